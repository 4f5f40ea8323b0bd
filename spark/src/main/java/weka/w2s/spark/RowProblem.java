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

import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.w2s.analysis.Analyzer;
import weka.w2s.data.RepresentationLayout;

/**
 * A row the analysis cannot use, found on an executor. It keeps the row's values, so that the
 * driver can word the message with the row's number in the whole data set (which an executor does
 * not know) through the same code as the single-machine tool.
 */
final class RowProblem extends Exception {

  private static final long serialVersionUID = 1L;

  private enum Kind { MISSING, VALUE, WIDTH, WEIGHT, KEY }

  private final Kind kind;
  final int partition;
  final long localRow;
  private final double[] values;
  private final String column;
  private final int got;
  private final int expected;

  private RowProblem(Kind kind, int partition, long localRow, double[] values, String column, int got,
      int expected) {
    super(null, null, false, false);
    this.kind = kind;
    this.partition = partition;
    this.localRow = localRow;
    this.values = values == null ? null : values.clone();
    this.column = column;
    this.got = got;
    this.expected = expected;
  }

  static RowProblem missing(int partition, long localRow, double[] values) {
    return new RowProblem(Kind.MISSING, partition, localRow, values, null, 0, 0);
  }

  static RowProblem value(int partition, long localRow, double[] values) {
    return new RowProblem(Kind.VALUE, partition, localRow, values, null, 0, 0);
  }

  /** A weight that is not a frequency ({@link Analyzer#usableWeight}), kept as the row's one value. */
  static RowProblem weight(int partition, long localRow, double weight) {
    return new RowProblem(Kind.WEIGHT, partition, localRow, new double[] {weight}, null, 0, 0);
  }

  /** A row key (-id) that is missing or not finite. */
  static RowProblem key(int partition, long localRow, String column, double value) {
    return new RowProblem(Kind.KEY, partition, localRow, new double[] {value}, column, 0, 0);
  }

  static RowProblem width(int partition, long localRow, String column, int got, int expected) {
    return new RowProblem(Kind.WIDTH, partition, localRow, null, column, got, expected);
  }

  /** Whether this problem comes earlier in the data than the other. */
  boolean before(RowProblem other) {
    return other == null || partition < other.partition
        || (partition == other.partition && localRow < other.localRow);
  }

  /** The message, for the row's 1-based number in the data set. */
  String message(long row, Instances header, RepresentationLayout layout) {
    if (kind == Kind.WEIGHT) {
      return Analyzer.weightProblem(row, values[0]);
    }
    if (kind == Kind.KEY) {
      return "The row key '" + column + "' is " + (Double.isNaN(values[0]) ? "missing" : values[0]) + " in row " + row
          + "; every row needs a finite key (-id).";
    }
    if (kind == Kind.WIDTH) {
      return "Column '" + column + "' has " + got + " values in row " + row + " but " + expected
          + " in the first row; every row of an array or vector column needs the same length.";
    }
    Instance instance = new DenseInstance(1.0, values.clone());
    instance.setDataset(header);
    if (kind == Kind.MISSING) {
      return layout.missingMessage(instance, header.classIndex(), row,
          "Spark reads null and NaN as missing");
    }
    try {
      layout.fill(instance, new double[layout.dimension()], row, true);
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    throw new IllegalStateException("row " + row + " was reported unusable but reads without error");
  }
}
