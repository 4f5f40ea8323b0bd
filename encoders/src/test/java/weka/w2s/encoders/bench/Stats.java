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

package weka.w2s.encoders.bench;

import java.util.Arrays;

import weka.w2s.core.RankCorrelation;

/** Small statistics for the benchmark report. */
public final class Stats {

  private Stats() {
  }

  /** The performance gap recovered by the package's one rule (PerformanceGap): NaN unless ceiling > weak. */
  public static double pgr(double weak, double w2s, double ceiling) {
    return weka.w2s.core.PerformanceGap.recovered(w2s, weak, ceiling);
  }

  /** The mean of the finite values; NaN if there is none. */
  public static double mean(double[] values) {
    return Arrays.stream(values).filter(Double::isFinite).average().orElse(Double.NaN);
  }

  /** The sample standard deviation of the finite values; NaN for fewer than two. */
  public static double sd(double[] values) {
    double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
    if (finite.length < 2) {
      return Double.NaN;
    }
    double m = mean(finite);
    double ss = 0;
    for (double v : finite) {
      ss += (v - m) * (v - m);
    }
    return Math.sqrt(ss / (finite.length - 1));
  }

  /** The median of the finite values; NaN if there is none. */
  public static double median(double[] values) {
    double[] finite = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
    if (finite.length == 0) {
      return Double.NaN;
    }
    int h = finite.length / 2;
    return finite.length % 2 == 1 ? finite[h] : 0.5 * (finite[h - 1] + finite[h]);
  }

  /** Ranks from 1, ties given their average rank. */
  static double[] ranks(double[] values) {
    return RankCorrelation.ranks(values);
  }

  /** Pearson's correlation; NaN if either side is constant. */
  public static double pearson(double[] x, double[] y) {
    if (x.length != y.length || x.length < 2) {
      throw new IllegalArgumentException("Need two samples of the same length >= 2.");
    }
    double mx = mean(x);
    double my = mean(y);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    if (sxx == 0 || syy == 0) {
      return Double.NaN;
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  /** Spearman's rank correlation (Pearson's on average ranks). Values must be finite. */
  public static double spearman(double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
        throw new IllegalArgumentException("Spearman's correlation needs finite values.");
      }
    }
    return RankCorrelation.spearman(x, y);
  }
}
