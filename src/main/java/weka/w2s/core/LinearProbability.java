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
 * The class distribution of a linear probability model (a ridge head fitted to class indicators or
 * distributions): its scores sum to 1 but may leave [0, 1].
 */
public final class LinearProbability {

  private LinearProbability() {
  }

  /**
   * p_k = max(s_k, 0) / sum_j max(s_j, 0), which leaves in-range scores unchanged; uniform if no score is
   * positive (only possible with targets whose rows do not sum to 1).
   */
  public static double[] clipAndNormalise(double[] scores) {
    double[] p = new double[scores.length];
    double sum = 0;
    for (int k = 0; k < scores.length; k++) {
      p[k] = scores[k] > 0 ? scores[k] : 0;
      sum += p[k];
    }
    if (!(sum > 0)) {
      java.util.Arrays.fill(p, 1.0 / scores.length);
      return p;
    }
    for (int k = 0; k < p.length; k++) {
      p[k] /= sum;
    }
    return p;
  }
}
