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

import java.util.Arrays;

/**
 * A grid of ridges relative to the mean variance of the attributes (tr(S) / d, S their covariance),
 * so that a grid means the same on any scale of the attributes: the candidates of every automatic
 * ridge of the package (RidgeProbe's leave-one-out, the strong head's cross-fitted choice).
 */
public final class RidgeGrid {

  /** Decades from almost no penalty (1e-6: least squares) to a penalty that leaves only the intercept. */
  public static final String DEFAULT = "1e-6,1e-5,1e-4,1e-3,0.01,0.1,1,10,100,1000";

  private final double[] relative;

  private RidgeGrid(double[] relative) {
    this.relative = relative;
  }

  /**
   * @param text comma-separated relative ridges, each finite and &gt;= 0, at least one
   * @param where the option's name, for the message
   */
  public static RidgeGrid parse(String text, String where) {
    if (text == null || text.trim().isEmpty()) {
      throw new IllegalArgumentException(where + " needs at least one relative ridge (comma-separated numbers >= 0),"
          + " e.g. " + DEFAULT + ".");
    }
    String[] parts = text.split(",");
    double[] out = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        out[i] = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(where + " expects numbers separated by commas, got '" + text + "'.");
      }
      if (!(out[i] >= 0) || Double.isInfinite(out[i])) {
        throw new IllegalArgumentException(where + ": every relative ridge must be finite and >= 0, got '"
            + parts[i].trim() + "'.");
      }
    }
    return new RidgeGrid(out);
  }

  /** The relative ridges, in the order given. */
  public double[] relative() {
    return relative.clone();
  }

  /** The absolute ridges for attributes of the given mean variance. */
  public double[] absolute(double meanVariance) {
    return Arrays.stream(relative).map(r -> r * meanVariance).toArray();
  }

  /** A relative ridge for reports: three significant digits, no exponent, no trailing zeros (1e-6 is 0.000001). */
  public static String format(double relative) {
    return new java.math.BigDecimal(String.format(java.util.Locale.ROOT, "%.3g", relative)).stripTrailingZeros()
        .toPlainString();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (double r : relative) {
      sb.append(sb.length() == 0 ? "" : ",").append(r);
    }
    return sb.toString();
  }
}
