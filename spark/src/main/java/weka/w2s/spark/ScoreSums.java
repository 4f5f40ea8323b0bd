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
import weka.w2s.core.RidgePath;
import weka.w2s.experiment.Experiment;

/**
 * Pass 5 of the protocol: the fold students' Brier sums on their folds, and the test part's hits (or
 * squared errors) and gaps to the ceiling.
 */
final class ScoreSums implements Serializable {
  private static final long serialVersionUID = 1L;
  /** [candidate][mode][variant]. */
  double[][][] brier;
  double[][][] student;
  double[][][] gap;
  double[] weak;
  double ceiling;

  static ScoreSums fold(Iterator<Tuple2<Row, Long>> rows, RowReader reader, ProtocolSetup s,
      RidgePath.Head[][] weakHeads, RidgePath.Head ceilingHead, RidgePath.Head[][][][] students, boolean[] validFold) {
    ScoreSums m = new ScoreSums();
    int candidates = students.length;
    int modes = students[0].length;
    int variants = students[0][0][0].length;
    m.brier = new double[candidates][modes][variants];
    m.student = new double[candidates][modes][variants];
    m.gap = new double[candidates][modes][variants];
    m.weak = new double[candidates];
    Pass.eachAgain(rows, reader, s, (key, joint, y) -> {
      int part = s.part(key, y);
      if (part == 0) {
        return;
      }
      double[] x = Sums.extract(joint, s.strongColumns);
      if (part > 0) {
        if (!validFold[part - 1] || students[0][0][part] == null) {
          return;
        }
        for (int w = 0; w < candidates; w++) {
          for (int md = 0; md < modes; md++) {
            for (int v = 0; v < variants; v++) {
              m.brier[w][md][v] += s.squaredError(s.predict(students[w][md][part][v], x), y);
            }
          }
        }
        return;
      }
      double[] ceiling = s.predict(ceilingHead, x);
      m.ceiling += s.measureTerm(ceiling, y);
      for (int w = 0; w < candidates; w++) {
        m.weak[w] += s.measureTerm(s.predict(weakHeads[w][0], Sums.extract(joint, s.weakColumns[w])), y);
        for (int md = 0; md < modes; md++) {
          for (int v = 0; v < variants; v++) {
            double[] p = s.predict(students[w][md][0][v], x);
            m.student[w][md][v] += s.measureTerm(p, y);
            m.gap[w][md][v] += Experiment.squaredGap(p, ceiling);
          }
        }
      }
    });
    return m;
  }

  ScoreSums merge(ScoreSums o) {
    for (int w = 0; w < brier.length; w++) {
      Sums.addAll(brier[w], o.brier[w]);
      Sums.addAll(student[w], o.student[w]);
      Sums.addAll(gap[w], o.gap[w]);
    }
    Sums.add(weak, o.weak);
    ceiling += o.ceiling;
    return this;
  }
}
