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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;

import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Utils;
import weka.w2s.analysis.Analyzer;
import weka.w2s.data.RepresentationLayout;

/**
 * Turns one row of the projected Spark data into the core's joint row, through the core's own
 * {@link RepresentationLayout#fill} (the same checks and class encoding as the single-machine tool).
 * Spark's null and NaN are Weka's missing value. One reader per task; it reuses its buffers.
 */
final class RowReader implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Outcome of reading a row. */
  /** Outcome of reading a row; UNLABELLED only when missing classes are accepted. */
  enum Outcome { USED, SKIPPED, UNLABELLED }

  private final RepresentationLayout layout;
  private final ColumnSchema.Kind[] kinds;
  private final String[] names;
  private final int[] starts;
  private final int[] widths;
  private final int classField;
  /** The projected field of the instance weights, or -1 (every weight 1). */
  private final int weightField;
  /** The projected field of the row key (-id), or -1. */
  private final int keyField;
  private final Map<String, Integer> classCodes;
  private final int attributes;
  private final boolean skipMissing;
  /** Whether a row without a class is read (its representations filled, its label columns not). */
  private boolean acceptsUnlabelled;

  private transient double[] values;
  private transient double weight;
  private transient Instance instance;

  /**
   * @param kinds      per projected field: how to read it
   * @param names      per projected field: the column's name (for messages)
   * @param starts     per projected field: its first attribute in the expanded header
   * @param widths     per projected field: its number of attributes
   * @param classField the projected field of the class, or -1
   * @param classValues the nominal class values in code order, or null
   * @param weightField the projected field of the instance weights, or -1
   * @param keyField    the projected field of the row key, or -1
   */
  RowReader(RepresentationLayout layout, ColumnSchema.Kind[] kinds, String[] names, int[] starts, int[] widths,
      int classField, List<String> classValues, int weightField, int keyField, int attributes, boolean skipMissing) {
    this.layout = layout;
    this.kinds = kinds;
    this.names = names;
    this.starts = starts;
    this.widths = widths;
    this.classField = classField;
    this.weightField = weightField;
    this.keyField = keyField;
    this.attributes = attributes;
    this.skipMissing = skipMissing;
    if (classValues == null) {
      this.classCodes = null;
    } else {
      this.classCodes = new HashMap<>();
      for (int i = 0; i < classValues.size(); i++) {
        classCodes.put(classValues.get(i), i);
      }
    }
  }

  int dimension() {
    return layout.dimension();
  }

  RepresentationLayout layout() {
    return layout;
  }

  /**
   * Fills {@code joint} from the row.
   *
   * @param localRow 1-based row number within the partition
   * @throws RowProblem for a value the analysis cannot use
   */
  Outcome read(Row row, double[] joint, int partition, long localRow) throws RowProblem {
    if (values == null) {
      values = new double[attributes];
      instance = new DenseInstance(1.0, values); // keeps the array: refilled for every row
    }
    for (int f = 0; f < kinds.length; f++) {
      int start = starts[f];
      if (row.isNullAt(f)) {
        for (int e = 0; e < widths[f]; e++) {
          values[start + e] = Utils.missingValue();
        }
      } else if (f == classField) {
        if (classCodes == null) {
          values[start] = row.getDouble(f);
        } else {
          Integer code = classCodes.get(row.getString(f)); // null only for a value the first pass did not see
          values[start] = code == null ? Utils.missingValue() : code;
        }
      } else if (kinds[f] == ColumnSchema.Kind.SCALAR) {
        values[start] = row.getDouble(f);
      } else {
        List<Object> elements = row.getList(f);
        if (elements.size() != widths[f]) {
          throw RowProblem.width(partition, localRow, names[f], elements.size(), widths[f]);
        }
        for (int e = 0; e < widths[f]; e++) {
          Object v = elements.get(e);
          values[start + e] = v == null ? Utils.missingValue() : (Double) v;
        }
      }
    }
    boolean unlabelled = acceptsUnlabelled && classField >= 0 && Double.isNaN(values[starts[classField]]);
    if (unlabelled) {
      values[starts[classField]] = 0; // a stand-in, so that the representations are read and checked
    }
    if (weightField >= 0) {
      weight = values[starts[weightField]]; // null reads as missing: NaN, refused with the rest
      if (!Analyzer.usableWeight(weight)) {
        throw RowProblem.weight(partition, localRow, weight);
      }
    }
    if (keyField >= 0 && !Double.isFinite(values[starts[keyField]])) {
      throw RowProblem.key(partition, localRow, names[keyField], values[starts[keyField]]);
    }
    try {
      if (layout.fill(instance, joint, localRow, true)) {
        return unlabelled ? Outcome.UNLABELLED : Outcome.USED;
      }
    } catch (IllegalArgumentException e) { // an infinite value
      throw RowProblem.value(partition, localRow, values);
    }
    if (!skipMissing) {
      throw RowProblem.missing(partition, localRow, values);
    }
    return Outcome.SKIPPED;
  }

  /** This reader, reading rows without a class as UNLABELLED (their label columns hold a stand-in). */
  RowReader acceptingUnlabelled() {
    acceptsUnlabelled = true;
    return this;
  }

  /** The instance weight of the row just read (a frequency; 1 without a weight column). */
  double weight() {
    return weightField >= 0 ? weight : 1.0;
  }

  /** The row key of the row just read (-id; finite). */
  double key() {
    return values[starts[keyField]];
  }

  /** The class of the row just read, as -top prints it. */
  String classText(List<String> classValues) {
    int index = layout.labelColumns().length == 0 ? -1 : starts[classField];
    if (index < 0) {
      return "";
    }
    double y = values[index];
    return classValues != null ? classValues.get((int) y) : Utils.doubleToString(y, 6);
  }
}
