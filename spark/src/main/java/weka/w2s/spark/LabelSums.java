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
import weka.w2s.core.PrincipalFeatureMap;
import weka.w2s.core.RidgePath;

/**
 * Pass 3 of the protocol: per candidate and weak head, the pool's weak labels' sum and cross-moment
 * with the strong view, and the principal kernel's coordinates of them.
 */
final class LabelSums implements Serializable {
  private static final long serialVersionUID = 1L;
  /** [candidate][head][output]. */
  double[][][] sum;
  /** [candidate][head][strong column][output]: sum_j (x_j - mean) q_j^T. */
  double[][][][] cross;
  /** [candidate][head][kernel feature][output]: sum_j z_j q_j^T; kernel only. */
  double[][][][] kernel;
  /** sum_j z_j. */
  double[] kernelSum;
  /** Per candidate, the whole slice's weak labels' hits (or squared errors) on the pool's gold. */
  double[] measure;

  static LabelSums fold(Iterator<Tuple2<Row, Long>> rows, RowReader reader, ProtocolSetup s,
      RidgePath.Head[][] weakHeads, double[] poolMean, PrincipalFeatureMap kernelMap) {
    LabelSums m = new LabelSums();
    int candidates = weakHeads.length;
    int heads = weakHeads[0].length;
    int c = s.outputs();
    int k = kernelMap == null ? 0 : kernelMap.k();
    m.sum = new double[candidates][heads][c];
    m.cross = new double[candidates][heads][s.strongColumns.length][c];
    m.kernel = new double[candidates][heads][k][c];
    m.kernelSum = new double[k];
    m.measure = new double[candidates];
    Pass.eachAgain(rows, reader, s, (key, joint, y) -> {
      if (s.part(key, y) != 0) {
        return;
      }
      double[] x = Sums.extract(joint, s.strongColumns);
      double[] z = kernelMap == null ? null : kernelMap.apply(x);
      if (z != null) {
        Sums.add(m.kernelSum, z);
      }
      double[] origin = new double[k];
      for (int w = 0; w < candidates; w++) {
        double[] weakView = Sums.extract(joint, s.weakColumns[w]);
        for (int h = 0; h < heads; h++) {
          if (weakHeads[w][h] == null) {
            continue;
          }
          double[] q = s.predict(weakHeads[w][h], weakView);
          Sums.add(m.sum[w][h], q);
          Sums.addCross(m.cross[w][h], x, poolMean, q);
          if (z != null) {
            Sums.addCross(m.kernel[w][h], z, origin, q);
          }
          if (h == 0 && !Double.isNaN(y)) {
            m.measure[w] += s.measureTerm(q, y);
          }
        }
      }
    });
    return m;
  }

  /** The mean of a weak head's labels over the pool's n rows. */
  double[] mean(int w, int h, double n) {
    return Sums.scaled(sum[w][h], 1 / n);
  }

  /** The kernel's coordinates of a weak head's centred labels, sum_j z_j (q_j - mean q)^T / n (k x outputs). */
  double[][] kernelCoordinates(int w, int h, double n) {
    double[] mean = mean(w, h, n);
    double[][] out = new double[kernelSum.length][mean.length];
    for (int e = 0; e < out.length; e++) {
      for (int k = 0; k < mean.length; k++) {
        out[e][k] = (kernel[w][h][e][k] - kernelSum[e] * mean[k]) / n;
      }
    }
    return out;
  }

  LabelSums merge(LabelSums o) {
    for (int w = 0; w < sum.length; w++) {
      Sums.addAll(sum[w], o.sum[w]);
      for (int h = 0; h < cross[w].length; h++) {
        Sums.addAll(cross[w][h], o.cross[w][h]);
        Sums.addAll(kernel[w][h], o.kernel[w][h]);
      }
    }
    Sums.add(kernelSum, o.kernelSum);
    Sums.add(measure, o.measure);
    return this;
  }
}
