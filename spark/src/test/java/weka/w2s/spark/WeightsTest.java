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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import weka.core.Instances;

/**
 * -weight: instance weights are frequencies, as W2SGAnalysis takes ARFF weights. A row of weight w
 * gives the analysis of the data with the row repeated w times (weight 0 leaves it out), and the
 * same numbers as the single-machine tool on the ARFF file with the same weights.
 */
class WeightsTest {

  static final double TOLERANCE = 1e-9;
  static final String[] OPTS = {"-weak", "name:weakA_.*", "-weak", "name:weakC_.*", "-strong", "name:strong_.*",
      "-c", "last", "-json"};

  @TempDir
  static Path dir;
  static String weighted;
  static String repeated;
  static String weightedArff;

  /** Row i's weight: 0, 1, 2 or 3 in turn. */
  static int weight(int i) {
    return i % 4;
  }

  /** The rows with a first column "w" of weights (so that -c last is still the class). */
  static List<Row> withWeights(List<Row> rows, Object... replaced) {
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Object[] values = new Object[rows.get(i).size() + 1];
      values[0] = i < replaced.length ? replaced[i] : (Object) (double) weight(i);
      for (int j = 1; j < values.length; j++) {
        values[j] = rows.get(i).get(j - 1);
      }
      out.add(RowFactory.create(values));
    }
    return out;
  }

  static StructType weightedSchema() {
    StructType schema = new StructType().add(DataTypes.createStructField("w", DataTypes.DoubleType, true));
    for (org.apache.spark.sql.types.StructField f : TestData.scalarSchema().fields()) {
      schema = schema.add(f);
    }
    return schema;
  }

  @BeforeAll
  static void write() throws IOException {
    List<Row> rows = TestData.scalarRows();
    weighted = dir.resolve("weighted.parquet").toString();
    TestData.frame(withWeights(rows), weightedSchema(), 400, 0, 600).write().parquet(weighted);
    List<Row> copies = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      for (int k = 0; k < weight(i); k++) {
        copies.add(rows.get(i));
      }
    }
    repeated = dir.resolve("repeated.parquet").toString();
    TestData.frame(copies, TestData.scalarSchema(), copies.size()).write().parquet(repeated);

    Instances data = new Instances(TestData.latent());
    for (int i = 0; i < data.numInstances(); i++) {
      data.instance(i).setWeight(weight(i));
    }
    Path arff = dir.resolve("weighted.arff");
    try (BufferedWriter w = Files.newBufferedWriter(arff, StandardCharsets.UTF_8)) {
      w.write(data.toString()); // Weka writes a weight other than 1 as {w} after the row
    }
    weightedArff = arff.toString();
  }

  @Test
  void weightsGiveTheSingleMachinesWeightedAnalysis() {
    LocalSpark.session();
    Run single = Run.singleMachine(W2SGSparkAnalysisTest.concat(new String[] {"-i", weightedArff}, 
        W2SGSparkAnalysisTest.concat(OPTS, "-linalg", "java")));
    assertEquals(0, single.code, single.toString());
    Run spark = Run.spark(W2SGSparkAnalysisTest.concat(new String[] {"-i", weighted, "-weight", "w"}, OPTS));
    assertEquals(0, spark.code, spark.toString());
    assertTrue(spark.out.contains("\"total_weight\":1500"), spark.out);
    JsonLines.assertSame(single.out, spark.out, TOLERANCE, Set.of());
  }

  @Test
  void aWeightCountsTheRowThatManyTimes() {
    LocalSpark.session();
    Run spark = Run.spark(W2SGSparkAnalysisTest.concat(new String[] {"-i", weighted, "-weight", "w"}, OPTS));
    Run copies = Run.spark(W2SGSparkAnalysisTest.concat(new String[] {"-i", repeated}, OPTS));
    assertEquals(0, copies.code, copies.toString());
    // n counts the rows of positive weight (750) against 1500 copies; total_weight only with weights
    JsonLines.assertSame(copies.out.replace("\"n\":1500", "\"n\":750"),
        spark.out.replaceAll(",\"total_weight\":1500", ""), TOLERANCE, Set.of());
  }

  @Test
  void aWeightThatIsNotAFrequencyIsRefusedWithItsRow() {
    for (Object bad : new Object[] {-1.0, Double.NaN, null, Double.POSITIVE_INFINITY}) {
      Run r = BadInputTest.sparkOn(TestData.frame(withWeights(TestData.scalarRows(), 1.0, 1.0, bad),
          weightedSchema(), 1000), W2SGSparkAnalysisTest.concat(new String[] {"-i", "bad", "-weight", "w"}, OPTS));
      String shown = bad == null ? "NaN" : bad.toString();
      BadInputTest.assertFails(1, r, "Instance 3 has the weight " + shown,
          "instance weights must be finite and >= 0");
    }
  }

  @Test
  void aWeightColumnMustExistBeNumericAndStandApart() {
    LocalSpark.session();
    BadInputTest.assertFails(1, Run.spark(W2SGSparkAnalysisTest.concat(new String[] {"-i", weighted, "-weight",
        "nope"}, OPTS)), "There is no column 'nope' for -weight");
    BadInputTest.assertFails(1, Run.spark(W2SGSparkAnalysisTest.concat(new String[] {"-i", weighted, "-weight",
        "class"}, OPTS)), "The -weight column 'class' is not a numeric column");
    BadInputTest.assertFails(1, Run.spark(W2SGSparkAnalysisTest.concat(new String[] {"-i", weighted, "-weight",
        "strong_0"}, OPTS)), "The -weight column 'strong_0' is also in a representation or the class");
  }
}
