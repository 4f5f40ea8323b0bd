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
 * Class balance of label distributions, and hardening: {@link #harden} turns scores into one-hot
 * labels at the quantile that keeps a balance (Burns et al.'s hardening of the strong model's
 * predictions); {@link #mostLikely} takes each row's most likely class.
 */
public final class ClassBalance {

  private ClassBalance() {
  }

  /** The mean of the rows of an n x c array. */
  public static double[] mean(double[][] rows) {
    double[] mean = new double[rows[0].length];
    for (double[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        mean[c] += row[c] / rows.length;
      }
    }
    return mean;
  }

  /**
   * One-hot labels from class probabilities: for two classes, class 1 for the round(balance_1 * n)
   * rows of highest probability of class 1; for more classes, the most likely class.
   */
  public static double[][] harden(double[][] probabilities, double[] balance) {
    int n = probabilities.length;
    double[][] out = new double[n][balance.length];
    if (balance.length == 2) {
      double[] sorted = new double[n];
      for (int i = 0; i < n; i++) {
        sorted[i] = probabilities[i][1];
      }
      Arrays.sort(sorted);
      int positives = (int) Math.round(balance[1] * n);
      double threshold = positives >= n ? Double.NEGATIVE_INFINITY
          : positives <= 0 ? Double.POSITIVE_INFINITY : sorted[n - positives];
      for (int i = 0; i < n; i++) {
        out[i][probabilities[i][1] >= threshold ? 1 : 0] = 1;
      }
    } else {
      for (int i = 0; i < n; i++) {
        out[i][argmax(probabilities[i])] = 1;
      }
    }
    return out;
  }

  /** Index of the largest entry (the first one on ties). */
  public static int argmax(double[] v) {
    int best = 0;
    for (int i = 1; i < v.length; i++) {
      if (v[i] > v[best]) {
        best = i;
      }
    }
    return best;
  }

  /** One-hot rows of the most likely class. */
  public static double[][] mostLikely(double[][] distributions) {
    double[][] out = new double[distributions.length][distributions[0].length];
    for (int i = 0; i < out.length; i++) {
      out[i][argmax(distributions[i])] = 1;
    }
    return out;
  }
}
