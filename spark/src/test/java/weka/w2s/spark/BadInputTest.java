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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input: one message on stderr (the single-machine tool's where the problem is the same),
 * the exit code (2 command line, 1 data) and nothing on stdout.
 */
class BadInputTest {

  static final String ARFF = TestData.LATENT.toString();

  @TempDir
  static Path dir;
  static String parquet;

  @BeforeAll
  static void write() {
    parquet = dir.resolve("latent.parquet").toString();
    TestData.scalars(1000).write().parquet(parquet);
  }

  static Run spark(String... args) {
    LocalSpark.session();
    return Run.spark(args);
  }

  static Run sparkOn(Dataset<Row> data, String... args) {
    return Run.of((a, out, err) -> W2SGSparkAnalysis.run(data, a, out, err), args);
  }

  static void assertFails(int code, Run r, String... parts) {
    assertEquals(code, r.code, r.toString());
    assertEquals("", r.out, "nothing on stdout");
    assertTrue(r.err.startsWith("W2SGSparkAnalysis: "), r.err);
    assertEquals(1, r.err.strip().split("\n").length, "one line:\n" + r.err);
    for (String part : parts) {
      assertTrue(r.err.contains(part), "'" + part + "' in: " + r.err);
    }
  }

  /** The same message as W2SGAnalysis on the ARFF file for the same selection. */
  static void assertSameMessage(int code, String... selection) {
    List<String> single = new ArrayList<>(List.of("-i", ARFF));
    single.addAll(List.of(selection));
    single.addAll(List.of("-linalg", "java"));
    List<String> distributed = new ArrayList<>(List.of("-i", parquet));
    distributed.addAll(List.of(selection));
    Run expected = Run.singleMachine(single.toArray(new String[0]));
    Run actual = spark(distributed.toArray(new String[0]));
    assertEquals(code, expected.code, expected.toString());
    assertFails(code, actual);
    assertEquals(expected.err.replace("W2SGAnalysis: ", "W2SGSparkAnalysis: ").replace(ARFF, parquet), actual.err);
  }

  @Test
  void selectionsThatDoNotFitGetTheSingleMachineMessages() {
    assertSameMessage(1, "-weak", "name:nosuch_.*", "-strong", "97-192");
    assertSameMessage(1, "-weak", "1-24", "-strong", "97-300");
    assertSameMessage(1, "-weak", "1-24", "-strong", "97-193", "-c", "last");
    assertSameMessage(1, "-weak", "1-24", "-strong", "97-192", "-c", "200");
    assertSameMessage(1, "-weak", "name:weakA_(", "-strong", "97-192");
  }

  @Test
  void commandLineErrorsGetTheSingleMachineMessages() {
    assertSameMessage(2, "-weak", "1-24", "-strong", "97-192", "-variance", "1.5");
    assertSameMessage(2, "-weak", "1-24", "-strong", "97-192", "-k", "2", "-auto");
    assertSameMessage(2, "-weak", "1-24", "-strong", "97-192", "-top", "3");
    assertSameMessage(2, "-weak", "1-24", "-strong", "97-192", "-bogus");
    assertSameMessage(2, "-strong", "97-192");
  }

  @Test
  void aFormatThatCannotBeTold() {
    assertFails(2, spark("-i", "data.txt", "-weak", "1-24", "-strong", "97-192"), "Cannot tell the format of 'data.txt'",
        "-format");
    assertFails(2, spark("-i", parquet, "-format", "avro", "-weak", "1-24", "-strong", "97-192"),
        "-format must be one of parquet, csv, orc, json, got avro.");
  }

  @Test
  void aMissingOrDamagedFile() throws IOException {
    assertFails(1, spark("-i", dir.resolve("nothing.parquet").toString(), "-weak", "1", "-strong", "2"),
        "does not exist; check the path given with -i.");
    Path damaged = dir.resolve("damaged.parquet");
    Files.write(damaged, "PAR1 this is not a parquet file".getBytes(StandardCharsets.US_ASCII));
    assertFails(1, spark("-i", damaged.toString(), "-weak", "1", "-strong", "2"), "Cannot read '" + damaged + "'");
  }

  /** Issue 16, item 15: an empty CSV, a header without rows and a master Spark does not know: one message each. */
  @Test
  void anEmptyFileAHeaderOnlyAndABadMaster() throws IOException {
    Path empty = dir.resolve("empty.csv");
    Files.writeString(empty, "");
    assertFails(1, spark("-i", empty.toString(), "-weak", "1", "-strong", "2"), "has no columns: the file is empty.");
    Path header = dir.resolve("header-only.csv");
    Files.writeString(header, "a,b,c\n");
    assertFails(1, spark("-i", header.toString(), "-weak", "1", "-strong", "2-3"), "has no data rows (only a header");
  }

  /** Issue 16, item 15: a "?" in a CSV column is a missing value, as in Weka, not a reason to call it text. */
  @Test
  void aQuestionMarkInACsvIsAMissingValue() throws IOException {
    Path csv = dir.resolve("question.csv");
    StringBuilder text = new StringBuilder("x1,x2,x3\n");
    for (int i = 0; i < 20; i++) {
      text.append(i).append(',').append(i == 9 ? "?" : Integer.toString(i * i % 7)).append(',').append(i % 5)
          .append('\n');
    }
    Files.writeString(csv, text);
    assertFails(1, spark("-i", csv.toString(), "-weak", "1-2", "-strong", "3"), "Attribute 'x2' is missing in row 10");
  }

  @Test
  void aMalformedCsvRecord() throws IOException {
    Path csv = dir.resolve("short-row.csv");
    Files.writeString(csv, "a,b,c\n1,2,3\n4,5,6\n7,8\n");
    assertFails(1, spark("-i", csv.toString(), "-weak", "1", "-strong", "2-3"), "Cannot read '" + csv + "'");
  }

  @Test
  void aNonNumericValueMakesItsColumnText() throws IOException {
    Path csv = dir.resolve("text.csv");
    StringBuilder text = new StringBuilder("x1,x2,x3,y\n");
    for (int i = 0; i < 20; i++) {
      text.append(i).append(',').append(i == 9 ? "oops" : Integer.toString(i * i % 7)).append(',')
          .append(i % 5).append(',').append(i % 2 == 0 ? "a" : "b").append('\n');
    }
    Files.writeString(csv, text);
    assertFails(1, spark("-i", csv.toString(), "-weak", "1-2", "-strong", "3", "-c", "last"),
        "The weak selection '1-2' contains the string attribute 'x2' (index 2); representations must be numeric.");
  }

  @Test
  void missingAndNaNValuesNameTheAttributeAndTheRow() {
    List<Row> rows = TestData.scalarRows();
    int strong5 = 96 + 5; // the 0-based column of strong_5
    // row 995 lies in the fourth of partitions of 0, 1, 0, 996 and 3 rows
    Dataset<Row> nan = TestData.frame(TestData.withValue(rows, 994, strong5, Double.NaN), TestData.scalarSchema(),
        0, 1, 0, 996, 3);
    assertFails(1, sparkOn(nan, "-i", "nan", "-weak", "1-24", "-strong", "97-192", "-c", "last"),
        "Attribute 'strong_5' is missing in row 995", "-skip-missing");
    Dataset<Row> nul = TestData.frame(TestData.withValue(rows, 2, 192, null), TestData.scalarSchema(), 2, 998);
    assertFails(1, sparkOn(nul, "-i", "null", "-weak", "1-24", "-strong", "97-192", "-c", "last"),
        "Attribute 'class' is missing in row 3");

    Run skipped = sparkOn(nan, "-i", "nan", "-weak", "1-24", "-strong", "97-192", "-c", "last", "-skip-missing",
        "-json");
    assertEquals(0, skipped.code, skipped.toString());
    assertTrue(skipped.err.contains("skipped 1 of 1000 instances with missing values (-skip-missing)."), skipped.err);
    assertTrue(skipped.out.contains("\"n\":999,"), skipped.out);
  }

  @Test
  void anInfiniteValueNamesTheAttributeAndTheRow() {
    Dataset<Row> inf = TestData.frame(TestData.withValue(TestData.scalarRows(), 16, 3, Double.POSITIVE_INFINITY),
        TestData.scalarSchema(), 10, 990);
    assertFails(1, sparkOn(inf, "-i", "inf", "-weak", "1-24", "-strong", "97-192"),
        "Attribute 'weakA_3' has the value Infinity in row 17; the analysis needs finite numbers.");
  }

  @Test
  void arraysOfDifferentLengths() {
    org.apache.spark.sql.types.StructType schema = new org.apache.spark.sql.types.StructType()
        .add("w", "array<double>").add("s", "array<double>");
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      double[] s = i == 6 ? new double[] {i, 1} : new double[] {i, i * i % 3, 1 + i % 2};
      rows.add(RowFactory.create(new double[] {i % 4, i % 3}, s));
    }
    assertFails(1, sparkOn(TestData.frame(rows, schema, 5, 5), "-i", "arrays", "-weak", "1", "-strong", "2"),
        "Column 's' has 2 values in row 7 but 3 in the first row");
  }

  @Test
  void tooFewRowsAndAOneValueClass() throws IOException {
    List<Row> rows = TestData.scalarRows().subList(0, 1);
    assertFails(1, sparkOn(TestData.frame(rows, TestData.scalarSchema(), 0, 1, 0), "-i", "one", "-weak", "1-24",
        "-strong", "97-192"), "at least two instances", "has 1");
    Path csv = dir.resolve("one-class.csv");
    Files.writeString(csv, "x,y,c\n1,2,neg\n2,1,neg\n3,5,neg\n");
    assertFails(1, spark("-i", csv.toString(), "-weak", "1", "-strong", "2", "-c", "last"),
        "The class 'c' declares 1 value(s); a nominal class needs at least two.");
  }

  @Test
  void aConstantColumnIsRefusedByTheCore() throws IOException {
    Path csv = dir.resolve("constant.csv");
    Files.writeString(csv, "x,y,z\n1,2,7\n2,1,7\n3,5,7\n4,4,7\n");
    Path arff = dir.resolve("constant.arff");
    Files.writeString(arff, "@relation c\n@attribute x numeric\n@attribute y numeric\n@attribute z numeric\n@data\n"
        + "1,2,7\n2,1,7\n3,5,7\n4,4,7\n");
    Run r = spark("-i", csv.toString(), "-weak", "1", "-strong", "2-3", "-json");
    Run single = Run.singleMachine("-i", arff.toString(), "-weak", "1", "-strong", "2-3", "-json", "-linalg", "java");
    assertEquals(single.code, r.code, single + "\n" + r);
    if (single.code != 0) {
      assertEquals(single.err.replace("W2SGAnalysis: ", "W2SGSparkAnalysis: ").replace(arff.toString(), csv.toString()),
          r.err);
    } else {
      JsonLines.assertSame(single.out, r.out, 1e-9, java.util.Set.of());
    }
  }
}
