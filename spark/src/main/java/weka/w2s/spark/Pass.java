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

/**
 * One pass of the protocol over the data: what a partition folds its rows into, how two partitions'
 * results merge, and how a pass reads its rows.
 */
interface Pass<A> extends Serializable {

  A fold(Iterator<Tuple2<Row, Long>> rows, RowReader reader, ProtocolSetup setup);

  /** How two partitions' results merge. */
  interface Merge<A> extends Serializable {
    A merge(A a, A b);
  }

  /** Receives every usable row of a partition: its key, its joint row and its class (code or value; NaN: none). */
  interface RowVisitor {
    void visit(double key, double[] joint, double y);
  }

  /**
   * Reads a partition's rows into joint rows (key: the -id column, or the 1-based row number).
   *
   * @return how many rows were skipped for missing values (-skip-missing)
   */
  static long each(Iterator<Tuple2<Row, Long>> rows, RowReader reader, ProtocolSetup setup, RowVisitor visitor)
      throws RowProblem {
    double[] joint = new double[reader.dimension()];
    long skipped = 0;
    while (rows.hasNext()) {
      Tuple2<Row, Long> next = rows.next();
      long number = next._2() + 1;
      RowReader.Outcome read = reader.read(next._1(), joint, 0, number);
      if (read == RowReader.Outcome.SKIPPED) {
        skipped++;
      } else {
        visitor.visit(setup.keyColumn ? reader.key() : number, joint,
            read == RowReader.Outcome.UNLABELLED ? Double.NaN : setup.classOf(joint));
      }
    }
    return skipped;
  }

  /** Like {@link #each} in a pass after the first, which found every row usable. */
  static void eachAgain(Iterator<Tuple2<Row, Long>> rows, RowReader reader, ProtocolSetup setup, RowVisitor visitor) {
    try {
      each(rows, reader, setup, visitor);
    } catch (RowProblem p) {
      throw new IllegalStateException("Row " + p.localRow + " became unusable between two passes: the data changed"
          + " while they were read; run again on data that are not being written.");
    }
  }
}
