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

package weka.filters.unsupervised.attribute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import weka.core.Instance;
import weka.core.Instances;
import weka.core.converters.ArffSaver;
import weka.core.converters.ConverterUtils.DataSource;
import weka.filters.Filter;

/**
 * The filter's command line in process ({@link PrincipalKernel#run}): damaged input is an error with
 * one message and a non-zero exit code, an existing output file survives every failure byte for
 * byte, and a good run writes what Filter.useFilter computes for the same data.
 */
class PrincipalKernelCommandLineTest {

  private static final Path BUNDLED = Paths.get("test-data", "w2sg-latent.arff.gz");
  private static final String[] FILTER_OPTIONS = {"-range", "name:strong_.*", "-K", "5"};
  private static final byte[] EXISTING = "an existing output file\n".getBytes(StandardCharsets.UTF_8);

  @TempDir
  static Path dir;
  /** The bundled file, uncompressed. */
  static byte[] arff;
  /** Its first 200 rows, as a good input. */
  static Path good;

  @BeforeAll
  static void data() throws Exception {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(BUNDLED))) {
      arff = in.readAllBytes();
    }
    Instances all = new DataSource(BUNDLED.toString()).getDataSet();
    Instances part = new Instances(all, 0, 200);
    good = dir.resolve("good.arff");
    ArffSaver saver = new ArffSaver();
    saver.setInstances(part);
    saver.setFile(good.toFile());
    saver.writeBatch();
  }

  /** One run, with System.err watched too (Weka's loaders print stack traces there). */
  private static final class Result {
    int code;
    String out;
    String err;
    String systemErr;
  }

  private static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ByteArrayOutputStream system = new ByteArrayOutputStream();
    PrintStream saved = System.err;
    Result r = new Result();
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream s = new PrintStream(system, true, StandardCharsets.UTF_8)) {
      System.setErr(s);
      r.code = PrincipalKernel.run(args, o, e);
    } finally {
      System.setErr(saved);
    }
    r.out = out.toString(StandardCharsets.UTF_8);
    r.err = err.toString(StandardCharsets.UTF_8);
    r.systemErr = system.toString(StandardCharsets.UTF_8);
    return r;
  }

  private static String[] args(String input, Path output, String... more) {
    String[] general = {"-i", input, "-o", output.toString(), "-c", "last"};
    String[] a = Arrays.copyOf(general, general.length + FILTER_OPTIONS.length + more.length);
    System.arraycopy(FILTER_OPTIONS, 0, a, general.length, FILTER_OPTIONS.length);
    System.arraycopy(more, 0, a, general.length + FILTER_OPTIONS.length, more.length);
    return a;
  }

  /** Runs on a bad input with an existing -o file and checks the failure contract. */
  private static Result failsKeepingOutput(String input, int expectedCode, String... more) throws Exception {
    Path output = Files.createTempFile(dir, "existing", ".arff");
    Files.write(output, EXISTING);
    Result r = run(args(input, output, more));
    assertEquals(expectedCode, r.code, r.err);
    assertArrayEquals(EXISTING, Files.readAllBytes(output), "the existing -o file must be unchanged");
    assertEquals("", r.out);
    assertEquals(1, r.err.trim().split("\n").length, "one message:\n" + r.err);
    assertTrue(r.err.startsWith("PrincipalKernel: "), r.err);
    assertFalse(r.err.contains("\tat ") || r.err.contains("Exception"), r.err);
    assertEquals("", r.systemErr, "nothing on System.err (no stack trace)");
    try (var files = Files.list(dir)) {
      assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "temporary file left");
    }
    return r;
  }

  /** Cuts mid-line (a cut right after a line end leaves a shorter, valid file). */
  private static int midLine(int offset) {
    return arff[offset - 1] == '\n' ? offset + 1 : offset;
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 60_000, 900_000, 1_811_700})
  void aTruncatedArffIsAnError(int offset) throws Exception {
    assertTrue(offset < arff.length);
    Path cut = dir.resolve("cut-" + offset + ".arff");
    Files.write(cut, Arrays.copyOf(arff, midLine(offset)));
    Result r = failsKeepingOutput(cut.toString(), 1);
    assertTrue(r.err.matches("(?s).*Cannot read (the header of )?'" + java.util.regex.Pattern.quote(cut.toString()) + "'.*"),
        r.err);
  }

  @ParameterizedTest
  @ValueSource(ints = {100, 5_000, 200_000, -10})
  void aTruncatedGzipIsAnError(int offset) throws Exception {
    byte[] gz = Files.readAllBytes(BUNDLED);
    int length = offset < 0 ? gz.length + offset : offset;
    Path cut = dir.resolve("cut-" + length + ".arff.gz");
    Files.write(cut, Arrays.copyOf(gz, length));
    Result r = failsKeepingOutput(cut.toString(), 1);
    assertTrue(r.err.matches("(?s).*Cannot read (the header of )?'" + java.util.regex.Pattern.quote(cut.toString()) + "'.*"),
        r.err);
  }

  @Test
  void aBadTokenInANumericColumnIsAnErrorNamingItsLine() throws Exception {
    String text = new String(Files.readAllBytes(good), StandardCharsets.UTF_8);
    String[] lines = text.split("\n", -1);
    int data = Arrays.asList(lines).indexOf("@data");
    int row = data + 100;
    lines[row] = "abc" + lines[row].substring(lines[row].indexOf(','));
    Path bad = dir.resolve("bad-token.arff");
    Files.write(bad, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    Result r = failsKeepingOutput(bad.toString(), 1);
    assertTrue(r.err.contains("abc") && r.err.contains("line " + (row + 1)), r.err);
  }

  @Test
  void anEmptyFileIsAnError() throws Exception {
    Path empty = dir.resolve("empty.arff");
    Files.write(empty, new byte[0]);
    failsKeepingOutput(empty.toString(), 1);
  }

  @Test
  void aMissingFileIsAnError() throws Exception {
    Result r = failsKeepingOutput(dir.resolve("no-such-file.arff").toString(), 1);
    assertTrue(r.err.contains("does not exist"), r.err);
  }

  @Test
  void wrongOptionValuesAreCommandLineErrors() throws Exception {
    assertTrue(failsKeepingOutput(good.toString(), 2, "-R", "2").err.contains("(0, 1]"));
    assertTrue(failsKeepingOutput(good.toString(), 2, "-ridge", "x").err.contains("-ridge"));
    assertTrue(failsKeepingOutput(good.toString(), 2, "-path", "nowhere").err.contains("-path"));
    assertTrue(failsKeepingOutput(good.toString(), 2, "-decimal", "many").err.contains("-decimal"));
    assertTrue(failsKeepingOutput(good.toString(), 2, "-no-such-option").err.contains("-no-such-option"));
  }

  @Test
  void aClassIndexOutsideTheDataIsAnError() throws Exception {
    Path output = dir.resolve("class-existing.arff");
    Files.write(output, EXISTING);
    Result r = run("-i", good.toString(), "-o", output.toString(), "-c", "999", "-K", "3");
    assertEquals(1, r.code, r.err);
    assertTrue(r.err.contains("-c 999"), r.err);
    assertArrayEquals(EXISTING, Files.readAllBytes(output));
  }

  @Test
  void aFailureInTheSecondBatchKeepsBothOutputs() throws Exception {
    Path cut = dir.resolve("second-cut.arff");
    Files.write(cut, Arrays.copyOf(arff, midLine(70_000)));
    Path first = dir.resolve("first-existing.arff");
    Path second = dir.resolve("second-existing.arff");
    Files.write(first, EXISTING);
    Files.write(second, EXISTING);
    Result r = run("-b", "-i", good.toString(), "-o", first.toString(), "-r", cut.toString(), "-s",
        second.toString(), "-c", "last", "-K", "3");
    assertEquals(1, r.code, r.err);
    assertArrayEquals(EXISTING, Files.readAllBytes(first));
    assertArrayEquals(EXISTING, Files.readAllBytes(second));
  }

  /** What Weka's filter command line writes for a data set: the header, then one line per row. */
  private static String asWritten(Instances data) {
    StringBuilder sb = new StringBuilder(new Instances(data, 0).toString()).append(System.lineSeparator());
    for (Instance inst : data) {
      sb.append(inst.toStringMaxDecimalDigits(6)).append(System.lineSeparator());
    }
    return sb.toString();
  }

  private static Instances load(Path file) throws Exception {
    Instances data = new DataSource(file.toString()).getDataSet();
    data.setClassIndex(data.numAttributes() - 1);
    return data;
  }

  @Test
  void aGoodRunWritesWhatUseFilterGives() throws Exception {
    Instances data = load(good);
    PrincipalKernel reference = new PrincipalKernel();
    reference.setOptions(FILTER_OPTIONS.clone());
    reference.setInputFormat(data);
    String expected = asWritten(Filter.useFilter(data, reference));

    Path output = dir.resolve("good-out.arff");
    Files.write(output, EXISTING);
    Result r = run(args(good.toString(), output));
    assertEquals(0, r.code, r.err);
    assertEquals(expected, new String(Files.readAllBytes(output), StandardCharsets.UTF_8));
    assertEquals("", r.out);

    Result stdout = run("-i", good.toString(), "-c", "last", "-range", "name:strong_.*", "-K", "5");
    assertEquals(0, stdout.code, stdout.err);
    assertEquals(expected, stdout.out);
  }

  @Test
  void batchModeAppliesTheFirstFitToTheSecondFile() throws Exception {
    Instances all = load(good);
    Instances train = new Instances(all, 0, 120);
    Instances test = new Instances(all, 120, 80);
    Path trainFile = dir.resolve("train.arff");
    Path testFile = dir.resolve("test.arff");
    for (Object[] f : new Object[][] {{train, trainFile}, {test, testFile}}) {
      ArffSaver saver = new ArffSaver();
      saver.setInstances((Instances) f[0]);
      saver.setFile(((Path) f[1]).toFile());
      saver.writeBatch();
    }
    PrincipalKernel reference = new PrincipalKernel();
    reference.setOptions(new String[] {"-K", "3"});
    reference.setInputFormat(train);
    String expectedTrain = asWritten(Filter.useFilter(train, reference));
    String expectedTest = asWritten(Filter.useFilter(test, reference));
    assertNotEquals(expectedTrain, expectedTest);

    Path o = dir.resolve("train-out.arff");
    Path s = dir.resolve("test-out.arff");
    Result r = run("-b", "-i", trainFile.toString(), "-o", o.toString(), "-r", testFile.toString(), "-s",
        s.toString(), "-c", "last", "-K", "3");
    assertEquals(0, r.code, r.err);
    assertEquals(expectedTrain, new String(Files.readAllBytes(o), StandardCharsets.UTF_8));
    assertEquals(expectedTest, new String(Files.readAllBytes(s), StandardCharsets.UTF_8));
  }

  @Test
  void helpGoesToStandardOutputWithExitZero() {
    Result r = run("-h");
    assertEquals(0, r.code);
    assertTrue(r.out.contains("-range") && r.out.contains("-decimal") && r.out.contains("-o <file>"), r.out);
    assertEquals("", r.err);
  }

  @Test
  void batchModeNeedsBothInputs() {
    Result r = run("-b", "-i", good.toString(), "-K", "3");
    assertEquals(2, r.code);
    assertTrue(r.err.contains("-r <file>"), r.err);
    assertTrue(new File(good.toString()).isFile());
  }
}
