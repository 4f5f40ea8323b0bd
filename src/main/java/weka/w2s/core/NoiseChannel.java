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

/**
 * The weak labeller's noise channel Cm[c][y'] = P(weak label y' | true class c) (W2SG-MATH.md
 * section 6), estimated from held-out pairs (gold class, weak label distribution) with add-one
 * smoothing, so that every entry is positive and a class never seen keeps a uniform row.
 */
public final class NoiseChannel {

  private NoiseChannel() {
  }

  /**
   * @param truth      gold classes of held-out rows, each in [0, c)
   * @param weakLabels the weak model's class distributions on those rows (held out from its training)
   * @param c          the number of classes
   * @return c x c row-stochastic matrix
   */
  public static double[][] estimate(int[] truth, double[][] weakLabels, int c) {
    if (truth.length != weakLabels.length) {
      throw new IllegalArgumentException(truth.length + " gold classes for " + weakLabels.length + " weak labels.");
    }
    double[][] counts = new double[c][c];
    for (double[] row : counts) {
      java.util.Arrays.fill(row, 1.0);
    }
    for (int i = 0; i < truth.length; i++) {
      for (int y = 0; y < c; y++) {
        counts[truth[i]][y] += weakLabels[i][y];
      }
    }
    for (double[] row : counts) {
      double sum = 0;
      for (double p : row) {
        sum += p;
      }
      for (int y = 0; y < c; y++) {
        row[y] /= sum;
      }
    }
    return counts;
  }
}
