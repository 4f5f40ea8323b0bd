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

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampType;

import weka.core.Attribute;
import weka.core.Instances;
import weka.core.SingleIndex;
import weka.w2s.data.BadInputException;
import weka.w2s.data.RepresentationLayout;

/**
 * The top-level columns of a Spark data set as Weka attributes, so that the core's selections (Weka
 * ranges or name:REGEX), type checks and class encoding apply to them unchanged. A selection names
 * columns; a numeric column is one attribute of the joint row, an array or vector column of length L
 * is L attributes (named {@code column[0]} ... {@code column[L-1]}).
 */
final class ColumnSchema {

  /** How a column's values reach the joint row. */
  enum Kind {
    /** A numeric column: one value. */
    SCALAR,
    /** An array of numbers: one value per element. */
    ARRAY,
    /** A Spark ML vector (org.apache.spark.ml.linalg or mllib.linalg): one value per entry. */
    VECTOR,
    /** Anything else: not usable in a representation. */
    OTHER
  }

  private final StructField[] fields;

  ColumnSchema(StructType schema) {
    this.fields = schema.fields();
  }

  int size() {
    return fields.length;
  }

  String name(int column) {
    return fields[column].name();
  }

  /** The index of the column with this name, or -1. */
  int column(String name) {
    for (int c = 0; c < fields.length; c++) {
      if (fields[c].name().equals(name)) {
        return c;
      }
    }
    return -1;
  }

  Kind kind(int column) {
    DataType type = fields[column].dataType();
    if (type instanceof NumericType) {
      return Kind.SCALAR;
    }
    if (type instanceof ArrayType && ((ArrayType) type).elementType() instanceof NumericType) {
      return Kind.ARRAY;
    }
    String udt = type.getClass().getName();
    if (udt.equals("org.apache.spark.ml.linalg.VectorUDT") || udt.equals("org.apache.spark.mllib.linalg.VectorUDT")) {
      return Kind.VECTOR;
    }
    return Kind.OTHER;
  }

  /** Whether the class in this column is nominal: its distinct values become the classes. */
  boolean nominal(int column) {
    DataType type = fields[column].dataType();
    return type instanceof StringType || type instanceof BooleanType;
  }

  /** -c over the columns: Weka's first / last / 1-based syntax. */
  int classColumn(String spec) throws BadInputException {
    try {
      SingleIndex index = new SingleIndex(spec);
      index.setUpper(fields.length - 1);
      return index.getIndex();
    } catch (IllegalArgumentException e) {
      throw new BadInputException("The class index '-c " + spec + "' is not valid for data with "
          + fields.length + " attributes; use first, last or a number from 1 to " + fields.length + ".");
    }
  }

  /**
   * One attribute per column, typed so that the core's checks read the Spark types: numbers, arrays
   * and vectors are numeric; dates are dates; the class is nominal (with classValues) or numeric;
   * anything else is a string attribute.
   */
  Instances columnHeader(int classColumn, List<String> classValues) {
    ArrayList<Attribute> atts = new ArrayList<>();
    for (int c = 0; c < fields.length; c++) {
      atts.add(attribute(c, name(c), c == classColumn, classValues));
    }
    Instances header = new Instances("columns", atts, 0);
    header.setClassIndex(classColumn);
    return header;
  }

  /**
   * The joint attributes: column c becomes widths[c] attributes (widths[c] > 1 only for arrays and
   * vectors), in column order.
   */
  Instances expandedHeader(int[] widths, int classColumn, List<String> classValues) {
    ArrayList<Attribute> atts = new ArrayList<>();
    int classIndex = -1;
    for (int c = 0; c < fields.length; c++) {
      if (c == classColumn) {
        classIndex = atts.size();
      }
      boolean elements = kind(c) == Kind.ARRAY || kind(c) == Kind.VECTOR;
      for (int e = 0; e < widths[c]; e++) {
        String name = elements ? name(c) + "[" + e + "]" : name(c);
        atts.add(attribute(c, name, c == classColumn, classValues));
      }
    }
    Instances header = new Instances("joint", atts, 0);
    header.setClassIndex(classIndex);
    return header;
  }

  /** The columns a selection names, checked by the core (in range, numeric, not the class). */
  static int[] select(Instances columnHeader, String spec, String role) {
    return RepresentationLayout.selectAttributes(columnHeader, spec, role, true);
  }

  /** A Weka range over the expanded attributes for the given columns (1-based, "a-b,c"). */
  static String expandedRange(int[] columns, int[] starts, int[] widths) {
    StringBuilder range = new StringBuilder();
    for (int c : columns) {
      if (range.length() > 0) {
        range.append(',');
      }
      int first = starts[c] + 1;
      int last = starts[c] + widths[c];
      range.append(first == last ? Integer.toString(first) : first + "-" + last);
    }
    return range.toString();
  }

  /** The column as the joint row reads it: doubles, arrays of doubles, or the class as text. */
  Column projected(int column, boolean isClass) {
    Column col = functions.col("`" + name(column).replace("`", "``") + "`");
    if (isClass) {
      return (nominal(column) ? col.cast("string") : col.cast("double")).as("c" + column);
    }
    switch (kind(column)) {
      case SCALAR:
        return col.cast("double").as("c" + column);
      case ARRAY:
        return col.cast("array<double>").as("c" + column);
      case VECTOR:
        return org.apache.spark.ml.functions.vector_to_array(col, "float64").as("c" + column);
      default:
        throw new IllegalStateException("column " + name(column) + " is not numeric");
    }
  }

  private Attribute attribute(int column, String name, boolean isClass, List<String> classValues) {
    if (isClass && nominal(column)) {
      return new Attribute(name, classValues);
    }
    DataType type = fields[column].dataType();
    // a class is one number: an array or vector class is refused by the core as a string attribute
    if (kind(column) == Kind.SCALAR || (!isClass && kind(column) != Kind.OTHER)) {
      return new Attribute(name);
    }
    if (type instanceof DateType || type instanceof TimestampType) {
      return new Attribute(name, "yyyy-MM-dd");
    }
    return new Attribute(name, (List<String>) null);
  }
}
