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
 * The evidence of Somerstep et al.'s refinement (ICLR 2025; W2SG-MATH.md section 6): the weak
 * labeller is a noisy channel Cm[c][y'] = P(weak label y' | true class c), so a weak label q_j says
 * e_j(c) = log sum_{y'} q_j(y') Cm[c][y'] about the true class c, and an instance's in-context
 * batch (its neighbours in the strong representation, who share its concept) says the batch's
 * weighted mean of that. The mean, not the sum: neighbours share the weak model's errors and are no
 * independent observations, which is what made the plain product over k neighbours overconfident.
 * Weights are a Gaussian kernel of the distance with the batch's own radius (exp(-d_j^2 / d_k^2)),
 * so the nearest neighbours, the likeliest to share the concept, weigh most. How much the batch's
 * evidence is worth against the instance's own is not assumed here: the refinement learns it from
 * held-out gold labels (weka.w2s.targets.Refine).
 */
public final class ChannelRefinement {

  private final double[][] channel;

  /** @param channel channel[c][y'] = P(weak label y' | true class c); positive rows summing to 1 */
  public ChannelRefinement(double[][] channel) {
    int c = channel.length;
    this.channel = new double[c][];
    for (int i = 0; i < c; i++) {
      if (channel[i].length != c) {
        throw new IllegalArgumentException("Channel row " + i + " has " + channel[i].length + " entries for " + c
            + " classes.");
      }
      double sum = 0;
      for (double p : channel[i]) {
        if (!(p > 0)) {
          throw new IllegalArgumentException("Channel probabilities must be positive (smooth them).");
        }
        sum += p;
      }
      if (Math.abs(sum - 1) > 1e-9) {
        throw new IllegalArgumentException("Channel row " + i + " sums to " + sum + ", not 1.");
      }
      this.channel[i] = channel[i].clone();
    }
  }

  /** e_j(c) = log sum_{y'} q_j(y') Cm[c][y'] for every row of weak label distributions (n x c). */
  public double[][] evidence(double[][] weakLabels) {
    int c = channel.length;
    double[][] out = new double[weakLabels.length][c];
    for (int j = 0; j < weakLabels.length; j++) {
      for (int cls = 0; cls < c; cls++) {
        double s = 0;
        for (int y = 0; y < c; y++) {
          s += weakLabels[j][y] * channel[cls][y];
        }
        out[j][cls] = Math.log(s);
      }
    }
    return out;
  }

  /**
   * The kernel-weighted mean evidence of each query's neighbours.
   *
   * @param evidence   per-row evidence of the points the neighbours index
   * @param neighbours each query's neighbours among those points
   * @param skipFirst  leave out each query's first neighbour (the query itself, when queries are the points)
   * @return one row per query; zeros for a query without neighbours
   */
  public static double[][] batchEvidence(double[][] evidence, NearestNeighbours neighbours, boolean skipFirst) {
    int[][] index = neighbours.index();
    double[][] distance = neighbours.squaredDistance();
    int c = evidence[0].length;
    double[][] out = new double[index.length][c];
    for (int i = 0; i < index.length; i++) {
      int from = skipFirst ? 1 : 0;
      if (index[i].length <= from) {
        continue;
      }
      double radius = distance[i][distance[i].length - 1];
      double total = 0;
      for (int m = from; m < index[i].length; m++) {
        double w = radius > 0 ? Math.exp(-distance[i][m] / radius) : 1;
        total += w;
        for (int cls = 0; cls < c; cls++) {
          out[i][cls] += w * evidence[index[i][m]][cls];
        }
      }
      for (int cls = 0; cls < c; cls++) {
        out[i][cls] /= total;
      }
    }
    return out;
  }
}
