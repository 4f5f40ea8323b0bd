/*
 *   This program is free software: you can redistribute it and/or modify
 *   it under the terms of the GNU General Public License as published by
 *   the Free Software Foundation, either version 3 of the License, or
 *   (at your option) any later version.
 *
 *   This program is distributed in the hope that it will be useful,
 *   but WITHOUT ANY WARRANTY; without even the implied warranty of
 *   MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the
 *   GNU General Public License for more details.
 *
 *   You should have received a copy of the GNU General Public License
 *   along with this program. If not, see <https://www.gnu.org/licenses/>.
 */

package weka.w2s.core;

import java.util.Locale;

/**
 * The performance gap recovered of Burns et al., the one rule of the package (W2SG-MATH.md section
 * 5): PGR = (W2S - weak) / (ceiling - weak) for a score where higher is better (accuracy), and
 * (err_weak - err_W2S) / (err_weak - err_ceiling) for an error (mean squared error). It is undefined
 * (NaN, never a division) where the ceiling is not better than the weak model by more than
 * {@link #EQUAL}: there is no gap to recover. A PGR above 1 is a W2S model better than its ceiling,
 * reported as it is, with a note.
 */
public final class PerformanceGap {

  /** Two scores on the same test set closer than this are equal. */
  public static final double EQUAL = 1e-12;

  /** What an undefined PGR reads as. */
  public static final String UNDEFINED = "undefined (ceiling <= weak)";

  private PerformanceGap() {
  }

  /** PGR of accuracies (or any score where higher is better); NaN unless ceiling &gt; weak. */
  public static double recovered(double w2s, double weak, double ceiling) {
    double gap = ceiling - weak;
    if (!(gap >= EQUAL)) { // ceiling <= weak, or NaN
      return Double.NaN;
    }
    return (w2s - weak) / gap;
  }

  /** PGR of errors (lower is better); NaN unless the ceiling's error is below the weak model's. */
  public static double recoveredOfErrors(double w2sError, double weakError, double ceilingError) {
    return recovered(-w2sError, -weakError, -ceilingError);
  }

  /** The value with four decimals, the undefined text, or the value with a note when above 1. */
  public static String describe(double pgr) {
    if (Double.isNaN(pgr)) {
      return UNDEFINED;
    }
    String value = String.format(Locale.ROOT, "%.4f", Math.abs(pgr) < 5e-5 ? 0.0 : pgr);
    return pgr > 1 ? value + " (above 1: W2S beats the ceiling)" : value;
  }
}
