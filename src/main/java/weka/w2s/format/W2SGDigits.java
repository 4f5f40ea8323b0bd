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

package weka.w2s.format;

import java.util.Locale;

/**
 * How the package prints a W2SG score (the score, its Frobenius variants, PredGap): six significant
 * digits whatever a component's decimal places say, so that scores close to 1 (the operator norm
 * saturates there) or to 0 stay apart in every table and text.
 */
public final class W2SGDigits {

  private W2SGDigits() {
  }

  /** Six significant digits: 0.998734, 1.23457e-05; NaN as "NaN". */
  public static String significant(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    return String.format(Locale.ROOT, "%.6g", v == 0 ? 0.0 : v); // no "-0.00000"
  }
}
