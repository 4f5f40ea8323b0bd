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

package weka.w2s.spark;

import java.io.Serializable;
import java.util.Iterator;

import org.apache.spark.sql.Row;

import scala.Tuple2;
import weka.w2s.core.LinearProbability;
import weka.w2s.core.PrincipalFeatureMap;
import weka.w2s.core.RidgePath;

/**
 * Pass 4 of the protocol (kernel only): per candidate and weak head, the smoothed and clipped labels'
 * sum and cross-moment with the strong view.
 */
final class KernelSums implements Serializable {
  private static final long serialVersionUID = 1L;
  double[][][] sum;
  double[][][][] cross;
  double[] measure;

  /**
   * @param labelMean   [candidate][head]: the weak labels' mean over the pool
   * @param coordinates [candidate][head]: sum_j z_j (q_j - mean q)^T / n, k x outputs
   */
  static KernelSums fold(Iterator<Tuple2<Row, Long>> rows, RowReader reader, ProtocolSetup s,
      RidgePath.Head[][] weakHeads, double[] poolMean, PrincipalFeatureMap kernelMap, double[][][] labelMean,
      double[][][][] coordinates) {
    KernelSums m = new KernelSums();
    int candidates = weakHeads.length;
    int heads = weakHeads[0].length;
    int c = s.outputs();
    m.sum = new double[candidates][heads][c];
    m.cross = new double[candidates][heads][s.strongColumns.length][c];
    m.measure = new double[candidates];
    Pass.eachAgain(rows, reader, s, (key, joint, y) -> {
      if (s.part(key, y) != 0) {
        return;
      }
      double[] x = Sums.extract(joint, s.strongColumns);
      double[] z = kernelMap.apply(x);
      for (int w = 0; w < candidates; w++) {
        for (int h = 0; h < heads; h++) {
          if (weakHeads[w][h] == null) {
            continue;
          }
          // PrincipalPool.smooth, row by row: mean(q) + z_j^T sum_i z_i (q_i - mean q)^T / n
          double[] t = labelMean[w][h].clone();
          for (int e = 0; e < z.length; e++) {
            for (int k = 0; k < c; k++) {
              t[k] += z[e] * coordinates[w][h][e][k];
            }
          }
          if (!s.regression()) {
            t = LinearProbability.clipAndNormalise(t);
          }
          Sums.add(m.sum[w][h], t);
          Sums.addCross(m.cross[w][h], x, poolMean, t);
          if (h == 0 && !Double.isNaN(y)) {
            m.measure[w] += s.measureTerm(t, y);
          }
        }
      }
    });
    return m;
  }

  KernelSums merge(KernelSums o) {
    for (int w = 0; w < sum.length; w++) {
      Sums.addAll(sum[w], o.sum[w]);
      for (int h = 0; h < cross[w].length; h++) {
        Sums.addAll(cross[w][h], o.cross[w][h]);
      }
    }
    Sums.add(measure, o.measure);
    return this;
  }
}
