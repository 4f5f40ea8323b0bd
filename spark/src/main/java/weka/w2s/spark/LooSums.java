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
import weka.w2s.core.MomentRidge;

/**
 * Pass 2 of the protocol: every weak head's and the ceiling's leave-one-out error sums at every ridge
 * of their grids.
 */
final class LooSums implements Serializable {
  private static final long serialVersionUID = 1L;
  /** [candidate][head][ridge]. */
  double[][][] weak;
  double[] ceiling;

  static LooSums fold(Iterator<Tuple2<Row, Long>> rows, RowReader reader, ProtocolSetup s,
      MomentRidge.Targets[][] weakTargets, double[][][] weakRidges, MomentRidge.Targets gold, double[] ceilingRidges) {
    LooSums m = new LooSums();
    m.weak = new double[weakTargets.length][weakTargets[0].length][];
    for (int w = 0; w < weakTargets.length; w++) {
      for (int h = 0; h < weakTargets[w].length; h++) {
        m.weak[w][h] = weakRidges[w][h] == null ? new double[0] : new double[weakRidges[w][h].length];
      }
    }
    m.ceiling = new double[ceilingRidges.length];
    Pass.eachAgain(rows, reader, s, (key, joint, y) -> {
      int part = s.part(key, y);
      if (part < 0) {
        return;
      }
      double[] t = s.target(y);
      if (part == 0) {
        if (ceilingRidges.length > 1 && !Double.isNaN(y)) { // the ceiling learns the labelled pool
          gold.addLeaveOneOut(Sums.extract(joint, s.strongColumns), t, 1, ceilingRidges, m.ceiling);
        }
        return;
      }
      for (int w = 0; w < weakTargets.length; w++) {
        double[] x = Sums.extract(joint, s.weakColumns[w]);
        for (int h = 0; h < weakTargets[w].length; h++) {
          // a slice row trains the whole slice's head and every fold's head but its own fold's
          if (weakTargets[w][h] != null && h != part && weakRidges[w][h].length > 1) {
            weakTargets[w][h].addLeaveOneOut(x, t, 1, weakRidges[w][h], m.weak[w][h]);
          }
        }
      }
    });
    return m;
  }

  LooSums merge(LooSums o) {
    for (int w = 0; w < weak.length; w++) {
      Sums.addAll(weak[w], o.weak[w]);
    }
    Sums.add(ceiling, o.ceiling);
    return this;
  }
}
