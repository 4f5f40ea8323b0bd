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
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import weka.core.Attribute;
import weka.core.Instances;

/**
 * W2SGSparkExperiment against W2SGExperiment -id on the same rows: the same split by row key gives
 * the same weak models, students and ceilings (their ridges, accuracies and measured gaps to the
 * ceiling, which move with every coefficient), the same scores and correlations, to 1e-9 relative.
 */
class W2SGSparkExperimentTest {

  static final double TOLERANCE = 1e-9;
  static final String[] OPTS = {"-weak", "name:weakA_.*", "-weak", "name:weakC_.*", "-weak", "name:weakD_.*",
      "-strong", "name:strong_.*",
      "-c", "last", "-runs", "2", "-modes", "naive,kernel", "-json"};

  @TempDir
  static Path dir;
  static String arff;
  static String single;

  /** The single machine's report on the bundled data, numbered. */
  @BeforeAll
  static void write() throws Exception {
    arff = numbered(TestData.latent(), "numbered.arff").toString();
    Run r = singleMachine(W2SGSparkAnalysisTest.concat(new String[] {"-i", arff, "-id", "id"}, OPTS));
    assertEquals(0, r.code, r.toString());
    single = r.out;
  }

  /** An ARFF file of the data with their row numbers (1 ... n, as Weka's AddID gives them) as attribute "id". */
  static Path numbered(Instances data, String name) throws IOException {
    Instances numbered = new Instances(data);
    numbered.insertAttributeAt(new Attribute("id"), 0);
    for (int i = 0; i < numbered.numInstances(); i++) {
      numbered.instance(i).setValue(0, i + 1);
    }
    Path file = dir.resolve(name);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(numbered.toString());
    }
    return file;
  }

  static Run singleMachine(String... args) {
    return Run.of(weka.w2s.W2SGExperiment::run, args);
  }

  static Run spark(org.apache.spark.sql.Dataset<Row> data, String... args) {
    return Run.of((a, out, err) -> W2SGSparkExperiment.run(data, a, out, err), args);
  }

  /** The JSON without the data's names (a file, and its relation, against a data frame). */
  static String comparable(String json) {
    return json.replaceAll("\"(data|relation)\":\"[^\"]*\",", "");
  }

  @Test
  void theRowNumberSplitGivesTheSingleMachinesProtocol() {
    Run r = spark(TestData.scalars(400, 0, 600), W2SGSparkAnalysisTest.concat(new String[] {"-i", "latent"}, OPTS));
    assertEquals(0, r.code, r.toString());
    assertSameNumbers(single, r.out);
    assertTrue(r.out.contains("\"chosen\":[\"naive, ridge "), r.out);
  }

  @Test
  void anIdColumnGivesTheSameSplitInAnyOrderAndPartitioning() {
    List<Row> rows = new ArrayList<>();
    List<Row> plain = TestData.scalarRows();
    for (int i = 0; i < plain.size(); i++) {
      Object[] values = new Object[plain.get(i).size() + 1];
      values[0] = (double) (i + 1);
      for (int j = 1; j < values.length; j++) {
        values[j] = plain.get(i).get(j - 1);
      }
      rows.add(RowFactory.create(values));
    }
    Collections.shuffle(rows, new Random(7));
    StructType schema = new StructType().add(DataTypes.createStructField("id", DataTypes.DoubleType, false));
    for (org.apache.spark.sql.types.StructField f : TestData.scalarSchema().fields()) {
      schema = schema.add(f);
    }
    Run r = spark(TestData.frame(rows, schema, 0, 37, 900, 0, 63),
        W2SGSparkAnalysisTest.concat(new String[] {"-i", "shuffled", "-id", "id"}, OPTS));
    assertEquals(0, r.code, r.toString());
    assertSameNumbers(single, r.out);
  }

  /**
   * A numeric class (the bundled data's class as -1 / +1 plus a third of strong_0 and noise): the same
   * protocol with mean squared errors, R^2 and PGR of errors.
   */
  @Test
  void aNumericClassGivesTheSingleMachinesRegression() throws Exception {
    Instances data = new Instances(TestData.latent());
    data.insertAttributeAt(new Attribute("target"), data.numAttributes());
    Random noise = new Random(13);
    int strong0 = data.attribute("strong_0").index();
    for (int i = 0; i < data.numInstances(); i++) {
      weka.core.Instance in = data.instance(i);
      // four decimals: the ARFF text the single machine reads holds the same number
      in.setValue(data.numAttributes() - 1, Math.round(1e4 * ((in.classValue() == 1 ? 1 : -1) + in.value(strong0) / 3
          + 0.5 * noise.nextGaussian())) / 1e4);
    }
    data.setClassIndex(data.numAttributes() - 1);
    data.deleteAttributeAt(data.numAttributes() - 2);
    Path file = numbered(data, "regression.arff");
    Run expected = singleMachine(W2SGSparkAnalysisTest.concat(new String[] {"-i", file.toString(), "-id", "id"},
        OPTS));
    assertEquals(0, expected.code, expected.toString());
    assertTrue(expected.out.contains("\"mse\""), expected.out);
    Run r = spark(TestData.frame(TestData.rowsOf(data), TestData.schemaOf(data), 500, 500),
        W2SGSparkAnalysisTest.concat(new String[] {"-i", "regression"}, OPTS));
    assertEquals(0, r.code, r.toString());
    assertSameNumbers(expected.out, r.out);
  }

  /** Rows without a class (every seventh) join every run's pool, on Spark as in W2SGExperiment. */
  @Test
  void rowsWithoutAClassJoinThePool() throws Exception {
    Instances data = new Instances(TestData.latent());
    for (int i = 3; i < data.numInstances(); i += 7) {
      data.instance(i).setClassMissing();
    }
    Path file = numbered(data, "unlabelled.arff");
    Run expected = singleMachine(W2SGSparkAnalysisTest.concat(new String[] {"-i", file.toString(), "-id", "id"},
        OPTS));
    assertEquals(0, expected.code, expected.toString());
    assertTrue(expected.out.contains("\"unlabelled\":143"), expected.out);
    Run r = spark(TestData.frame(TestData.rowsOf(data), TestData.schemaOf(data), 300, 0, 700),
        W2SGSparkAnalysisTest.concat(new String[] {"-i", "unlabelled"}, OPTS));
    assertEquals(0, r.code, r.toString());
    assertSameNumbers(expected.out, r.out);
  }

  /** Fixed ridges (no leave-one-out, no cross-fitting): the heads at the user's ridges, as on the single machine. */
  @Test
  void fixedRidgesGiveTheSingleMachinesNumbers() {
    String[] fixed = W2SGSparkAnalysisTest.concat(OPTS, "-weak-classifier",
        "weka.classifiers.functions.RidgeProbe -ridge 0.05", "-strong-classifier",
        "weka.classifiers.functions.RidgeProbe -ridge 0.002");
    Run expected = singleMachine(W2SGSparkAnalysisTest.concat(new String[] {"-i", arff, "-id", "id"}, fixed));
    assertEquals(0, expected.code, expected.toString());
    Run r = spark(TestData.scalars(1000), W2SGSparkAnalysisTest.concat(new String[] {"-i", "latent"}, fixed));
    assertEquals(0, r.code, r.toString());
    assertSameNumbers(expected.out, r.out);
    assertTrue(!r.out.contains("\"chosen\""), "no choice to report with a fixed ridge: " + r.out);
  }

  static void assertFails(int code, Run r, String... parts) {
    assertEquals(code, r.code, r.toString());
    assertEquals("", r.out, "nothing on stdout");
    String last = r.err.strip().substring(r.err.strip().lastIndexOf('\n') + 1);
    assertTrue(last.startsWith("W2SGSparkExperiment: "), r.err);
    for (String part : parts) {
      assertTrue(last.contains(part), "'" + part + "' in: " + last);
    }
  }

  static Run onLatent(String... args) {
    return spark(TestData.scalars(400, 600), W2SGSparkAnalysisTest.concat(new String[] {"-i", "latent"}, args));
  }

  @Test
  void whatSparkCannotRunIsAUsageError() {
    assertFails(2, onLatent("-weak", "name:weakA_.*", "-strong", "name:strong_.*", "-modes", "naive,refine"),
        "The strategy refine cannot run on Spark", "Choose from naive, kernel (-modes).");
    assertFails(2, onLatent("-weak", "name:weakA_.*", "-strong", "name:strong_.*", "-weak-classifier",
        "weka.classifiers.functions.Logistic"), "The weak classifier must be RidgeProbe on Spark");
    assertFails(2, onLatent("-weak", "name:weakA_.*", "-strong", "name:strong_.*", "-runs", "0"),
        "-runs must be at least 1, got 0.");
    assertFails(2, onLatent("-weak", "name:weakA_.*", "-strong", "name:strong_.*", "-weight", "w"),
        "-weight");
  }

  @Test
  void badDataGetOneMessage() {
    String[] views = {"-weak", "name:weakA_.*", "-strong", "name:strong_.*"};
    assertFails(1, onLatent(W2SGSparkAnalysisTest.concat(views, "-id", "nope")), "There is no column 'nope' for -id");
    assertFails(1, onLatent(W2SGSparkAnalysisTest.concat(views, "-id", "class")),
        "The -id column 'class' is not a numeric column");
    List<Row> rows = TestData.withValue(TestData.scalarRows(), 41, 100, Double.NaN);
    assertFails(1, spark(TestData.frame(rows, TestData.scalarSchema(), 500, 500), W2SGSparkAnalysisTest.concat(
        new String[] {"-i", "nan"}, views)), "row 42", "Spark reads null and NaN as missing", "-skip-missing");
    Run skipping = spark(TestData.frame(rows, TestData.scalarSchema(), 500, 500), W2SGSparkAnalysisTest.concat(
        new String[] {"-i", "nan", "-skip-missing", "-runs", "1"}, views));
    assertEquals(0, skipping.code, skipping.toString());
    assertTrue(skipping.out.contains("999 instances") && skipping.err.contains("skipped 1 rows with a missing value"),
        skipping.toString());
    List<Row> oneClass = new ArrayList<>();
    for (Row row : TestData.scalarRows()) {
      if (row.getString(row.size() - 1).equals("pos")) {
        oneClass.add(row);
      }
    }
    assertFails(1, spark(TestData.frame(oneClass, TestData.scalarSchema(), oneClass.size()),
        W2SGSparkAnalysisTest.concat(new String[] {"-i", "one"}, views)),
        "1 value(s); a nominal class needs at least two");
    assertFails(1, onLatent(W2SGSparkAnalysisTest.concat(views, "-weak-fraction", "0.004")), "The weak fraction 0.004",
        "raise");
  }

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

  /** The same text around the numbers, and every number equal to the tolerance. */
  static void assertSameNumbers(String expected, String actual) {
    String e = comparable(expected);
    String a = comparable(actual);
    String shapeE = NUMBER.matcher(e).replaceAll("#");
    String shapeA = NUMBER.matcher(a).replaceAll("#");
    int at = 0;
    while (at < Math.min(shapeE.length(), shapeA.length()) && shapeE.charAt(at) == shapeA.charAt(at)) {
      at++;
    }
    assertEquals(shapeE.length(), at, "the text differs at: " + shapeE.substring(Math.max(0, at - 60),
        Math.min(shapeE.length(), at + 60)) + "\nagainst: " + shapeA.substring(Math.max(0, at - 60),
        Math.min(shapeA.length(), at + 60)));
    Matcher me = NUMBER.matcher(e);
    Matcher ma = NUMBER.matcher(a);
    while (me.find()) {
      assertTrue(ma.find());
      double x = Double.parseDouble(me.group());
      double y = Double.parseDouble(ma.group());
      assertTrue(Math.abs(x - y) <= TOLERANCE * Math.max(Math.abs(x), Math.abs(y)),
          x + " vs " + y + " at " + e.substring(Math.max(0, me.start() - 80), me.start()));
    }
  }
}
