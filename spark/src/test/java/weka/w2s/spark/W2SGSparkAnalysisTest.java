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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark tool against the single-machine W2SGAnalysis on the bundled data, converted to Parquet,
 * CSV, ORC and JSON here: the same JSON (every key, numbers to 1e-9 relative) and the same table.
 */
class W2SGSparkAnalysisTest {

  static final double TOLERANCE = 1e-9;
  static final String ARFF = TestData.LATENT.toString();
  static final Set<String> SPECS = Set.of("weak", "strong");

  @TempDir
  static Path dir;
  static String parquet;
  static String csv;
  static String orc;
  static String arraysJson;
  static String vectorsParquet;

  @BeforeAll
  static void write() {
    parquet = dir.resolve("latent.parquet").toString();
    csv = dir.resolve("latent.csv").toString();
    orc = dir.resolve("latent.orc").toString();
    arraysJson = dir.resolve("arrays.json").toString();
    vectorsParquet = dir.resolve("vectors.parquet").toString();
    // one file each, so that Spark reads the rows in file order (-top's row numbers); ORC in two files
    TestData.scalars(1000).write().parquet(parquet);
    TestData.scalars(1000).write().option("header", "true").csv(csv);
    TestData.scalars(300, 700).write().orc(orc);
    TestData.arrays(false).coalesce(1).write().json(arraysJson);
    TestData.arrays(true).coalesce(1).write().parquet(vectorsParquet);
  }

  static String[] args(String input, String... rest) {
    List<String> a = new ArrayList<>(List.of("-i", input));
    a.addAll(Arrays.asList(rest));
    return a.toArray(new String[0]);
  }

  static final String[] FOUR_VIEWS = {"-weak", "name:weakA_.*", "-weak", "name:weakB_.*", "-weak", "name:weakC_.*",
      "-weak", "name:weakD_.*", "-strong", "name:strong_.*"};

  static String[] concat(String[] a, String... b) {
    String[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  static Run expected(String... rest) {
    // the back end the executors fold with (the single-machine default may be native BLAS)
    Run r = Run.singleMachine(args(ARFF, concat(rest, "-linalg", "java")));
    assertEquals(0, r.code, r.toString());
    return r;
  }

  static Run actual(String input, String... rest) {
    LocalSpark.session();
    Run r = Run.spark(args(input, rest));
    assertEquals(0, r.code, r.toString());
    return r;
  }

  @Test
  void softWithLabelsOnParquet() {
    String[] opts = concat(FOUR_VIEWS, "-c", "last", "-json");
    JsonLines.assertSame(expected(opts).out, actual(parquet, opts).out, TOLERANCE, Set.of());
  }

  @Test
  void aGlobOfPartFilesAndAnExplicitFormat() {
    String[] opts = {"-weak", "1-24", "-strong", "97-192", "-c", "last", "-json"};
    String single = expected(opts).out;
    JsonLines.assertSame(single, actual(parquet + "/part-*.parquet", opts).out, TOLERANCE, Set.of());
    JsonLines.assertSame(single, actual(orc, concat(opts, "-format", "ORC")).out, TOLERANCE, Set.of());
  }

  @Test
  void hardWithoutLabelsOnCsv() {
    String[] opts = {"-weak", "1-24", "-weak", "73-96", "-strong", "97-192", "-hard", "-auto", "-json"};
    JsonLines.assertSame(expected(opts).out, actual(csv, opts).out, TOLERANCE, Set.of());
  }

  @Test
  void fixedKRidgeAndWeakTrainSizeOnOrc() {
    String[] opts = concat(FOUR_VIEWS, "-c", "last", "-k", "10", "-ridge", "0.5", "-weak-train-size", "300",
        "-rank-by", "frobenius_normalized", "-json");
    JsonLines.assertSame(expected(opts).out, actual(orc, opts).out, TOLERANCE, Set.of());
  }

  @Test
  void clampedKSaysSoOnStderr() {
    String[] opts = {"-weak", "1-24", "-strong", "97-192", "-k", "30", "-json"};
    Run single = expected(opts);
    Run spark = actual(parquet, opts);
    JsonLines.assertSame(single.out, spark.out, TOLERANCE, Set.of());
    assertTrue(spark.err.contains("note: k = 30 exceeds the rank 24 of the weak representation '1-24'; using"
        + " k = 24."), spark.err);
  }

  @Test
  void theSameTableButTheFileName() {
    String[] opts = concat(FOUR_VIEWS, "-c", "last", "-top", "5");
    String single = expected(opts).out;
    String spark = actual(parquet, opts).out;
    assertTrue(spark.startsWith("W2SG analysis of " + parquet + "\n"), spark);
    assertEquals(single.substring(single.indexOf('\n')), spark.substring(spark.indexOf('\n')));
  }

  @Test
  void arrayColumnsInJsonWithTop() {
    String[] single = {"-weak", "name:weakA_.*", "-weak", "name:weakD_.*", "-strong", "name:strong_.*", "-c", "last",
        "-top", "7", "-json"};
    // Spark's JSON reader orders the columns by name: label, strong, weakA, weakB, weakC, weakD
    String[] spark = {"-weak", "name:weakA", "-weak", "6", "-strong", "name:str.*", "-c", "first", "-top", "7",
        "-json"};
    Run s = actual(arraysJson, spark);
    JsonLines.assertSame(expected(single).out, s.out, TOLERANCE, SPECS);
    assertTrue(s.out.startsWith("{\"weak\":\"name:weakA\",\"strong\":\"name:str.*\""), s.out); // first by pred_gap
  }

  @Test
  void vectorColumnHard() {
    String[] single = {"-weak", "1-24", "-weak", "25-48", "-strong", "97-192", "-c", "last", "-hard", "-json"};
    String[] spark = {"-weak", "1", "-weak", "2", "-strong", "5", "-c", "6", "-hard", "-json"};
    JsonLines.assertSame(expected(single).out, actual(vectorsParquet, spark).out, TOLERANCE, SPECS);
  }

  @Test
  void veryDifferentAndEmptyPartitions() {
    String[] opts = concat(FOUR_VIEWS, "-c", "last", "-top", "4", "-json");
    String single = expected(opts).out;
    int[][] layouts = {{0, 1, 0, 996, 0, 3}, {1, 1, 998}, {250, 250, 250, 250}};
    for (int[] sizes : layouts) {
      Dataset<Row> data = TestData.scalars(sizes);
      assertEquals(sizes.length, data.javaRDD().getNumPartitions());
      Run r = Run.of((a, out, err) -> W2SGSparkAnalysis.run(data, a, out, err), args("in-memory", opts));
      assertEquals(0, r.code, r.toString());
      JsonLines.assertSame(single, r.out, TOLERANCE, Set.of());
    }
  }

  @Test
  void helpListsTheSparkOptionsAndTheCoresOptions() {
    Run r = Run.spark("-h");
    assertEquals(0, r.code);
    for (String option : List.of("-format", "-master", "-weak", "-strong", "-c ", "-k ", "-variance", "-auto",
        "-ridge", "-weak-train-size", "-hard", "-json", "-rank-by", "-skip-missing", "-top")) {
      assertTrue(r.out.contains("  " + option), option + " in\n" + r.out);
    }
  }
}
