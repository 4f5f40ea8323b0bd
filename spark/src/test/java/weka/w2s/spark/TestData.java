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

import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import weka.core.Instance;
import weka.core.Instances;

/**
 * The bundled test-data/w2sg-latent.arff.gz (1000 instances: weakA..weakD of 24 columns, strong of
 * 96, a two-class class) as Spark data: one double column per attribute, or one array column per
 * representation, or the strong view as an ML vector.
 */
final class TestData {

  static final Path LATENT = Paths.get(System.getProperty("w2s.testdata", "../test-data"), "w2sg-latent.arff.gz");
  static final String[] VIEWS = {"weakA", "weakB", "weakC", "weakD", "strong"};

  private static Instances latent;

  private TestData() {
  }

  static synchronized Instances latent() {
    if (latent == null) {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(
          new GZIPInputStream(new FileInputStream(LATENT.toFile())), StandardCharsets.UTF_8))) {
        latent = new Instances(r);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      latent.setClassIndex(latent.numAttributes() - 1);
    }
    return latent;
  }

  /**
   * One double column per attribute (same names), the class as text, in file order, in partitions of
   * the given sizes (zeros for empty partitions; they must sum to 1000).
   */
  static Dataset<Row> scalars(int... sizes) {
    return frame(scalarRows(), scalarSchema(), sizes);
  }

  static StructType scalarSchema() {
    return schemaOf(latent());
  }

  /** One double column per numeric attribute, a text column per nominal one (same names). */
  static StructType schemaOf(Instances data) {
    List<StructField> fields = new ArrayList<>();
    for (int a = 0; a < data.numAttributes(); a++) {
      fields.add(DataTypes.createStructField(data.attribute(a).name(),
          data.attribute(a).isNominal() ? DataTypes.StringType : DataTypes.DoubleType, true));
    }
    return DataTypes.createStructType(fields);
  }

  /** The instances as rows of {@link #scalarSchema()}, in file order. */
  static List<Row> scalarRows() {
    return rowsOf(latent());
  }

  /** The instances as rows of {@link #schemaOf}, in order (a missing value is null). */
  static List<Row> rowsOf(Instances data) {
    List<Row> rows = new ArrayList<>();
    for (Instance in : data) {
      Object[] values = new Object[data.numAttributes()];
      for (int a = 0; a < values.length; a++) {
        values[a] = in.isMissing(a) ? null : data.attribute(a).isNominal() ? in.stringValue(a) : (Object) in.value(a);
      }
      rows.add(RowFactory.create(values));
    }
    return rows;
  }

  /** A copy of the rows with one value replaced (row and column 0-based). */
  static List<Row> withValue(List<Row> rows, int row, int column, Object value) {
    List<Row> out = new ArrayList<>(rows);
    Object[] values = new Object[rows.get(row).size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = rows.get(row).get(i);
    }
    values[column] = value;
    out.set(row, RowFactory.create(values));
    return out;
  }

  /** A data frame of the rows, in order, in partitions of the given sizes. */
  static Dataset<Row> frame(List<Row> rows, StructType schema, int... sizes) {
    return LocalSpark.session().createDataFrame(partitioned(rows, sizes), schema);
  }

  /** The rows, in order, as an RDD whose partitions have the given sizes. */
  static JavaRDD<Row> partitioned(List<Row> rows, int... sizes) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(LocalSpark.session().sparkContext());
    JavaRDD<Row> all = null;
    int from = 0;
    for (int size : sizes) {
      JavaRDD<Row> part = jsc.parallelize(new ArrayList<>(rows.subList(from, from + size)), 1);
      all = all == null ? part : all.union(part);
      from += size;
    }
    if (from != rows.size()) {
      throw new IllegalArgumentException("partition sizes sum to " + from + ", not " + rows.size());
    }
    return all;
  }

  /**
   * One array&lt;double&gt; column per view (named weakA ... strong, in file order), the class as
   * text; with {@code vector}, the strong view is an ML dense vector instead.
   */
  static Dataset<Row> arrays(boolean vector) {
    Instances data = latent();
    List<StructField> fields = new ArrayList<>();
    for (String view : VIEWS) {
      fields.add(DataTypes.createStructField(view, vector && view.equals("strong") ? SQLDataTypes.VectorType()
          : DataTypes.createArrayType(DataTypes.DoubleType), true));
    }
    fields.add(DataTypes.createStructField("label", DataTypes.StringType, true));
    StructType schema = DataTypes.createStructType(fields);
    List<Row> rows = new ArrayList<>();
    for (Instance in : data) {
      Object[] values = new Object[VIEWS.length + 1];
      int a = 0;
      for (int v = 0; v < VIEWS.length; v++) {
        int width = VIEWS[v].equals("strong") ? 96 : 24;
        double[] x = new double[width];
        for (int j = 0; j < width; j++) {
          x[j] = in.value(a++);
        }
        if (vector && VIEWS[v].equals("strong")) {
          values[v] = Vectors.dense(x);
        } else {
          values[v] = x;
        }
      }
      values[VIEWS.length] = in.stringValue(data.classIndex());
      rows.add(RowFactory.create(values));
    }
    return LocalSpark.session().createDataFrame(partitioned(rows, 400, 600), schema);
  }
}
