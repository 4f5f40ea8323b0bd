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
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Spearman's and Kendall's rank correlations, the statistics that relate W2SG scores to measured W2S
 * errors.
 */
public final class RankCorrelation {

  private RankCorrelation() {
  }

  /**
   * Spearman's rank correlation: Pearson's correlation of the mid-ranks, so ties are handled.
   *
   * @return NaN if the samples differ in length, have fewer than two values, or a side is constant
   */
  public static double spearman(double[] x, double[] y) {
    if (x.length != y.length || x.length < 2) {
      return Double.NaN;
    }
    double[] rx = ranks(x);
    double[] ry = ranks(y);
    double mx = (rx.length + 1) / 2.0; // mid-ranks always average (n + 1) / 2
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < rx.length; i++) {
      sxy += (rx[i] - mx) * (ry[i] - mx);
      sxx += (rx[i] - mx) * (rx[i] - mx);
      syy += (ry[i] - mx) * (ry[i] - mx);
    }
    if (sxx == 0 || syy == 0) {
      return Double.NaN;
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  /**
   * Kendall's tau-b: (concordant - discordant) pairs over the square root of the product of the pairs
   * untied in x and the pairs untied in y, so ties are handled.
   *
   * @return NaN if the samples differ in length, have fewer than two values, or a side is constant
   */
  public static double kendall(double[] x, double[] y) {
    if (x.length != y.length || x.length < 2) {
      return Double.NaN;
    }
    long concordant = 0;
    long discordant = 0;
    long untiedX = 0;
    long untiedY = 0;
    for (int i = 0; i < x.length; i++) {
      for (int j = i + 1; j < x.length; j++) {
        int sx = Double.compare(x[i], x[j]);
        int sy = Double.compare(y[i], y[j]);
        untiedX += sx != 0 ? 1 : 0;
        untiedY += sy != 0 ? 1 : 0;
        if (sx != 0 && sy != 0) {
          if (sx == sy) {
            concordant++;
          } else {
            discordant++;
          }
        }
      }
    }
    if (untiedX == 0 || untiedY == 0) {
      return Double.NaN;
    }
    return (concordant - discordant) / Math.sqrt((double) untiedX * untiedY);
  }

  /** 1-based ranks, tied values sharing their mean rank. */
  public static double[] ranks(double[] values) {
    Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
    double[] ranks = new double[values.length];
    int i = 0;
    while (i < order.length) {
      int j = i;
      while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        ranks[order[k]] = rank;
      }
      i = j + 1;
    }
    return ranks;
  }
}
