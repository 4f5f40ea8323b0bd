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

package weka.w2s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import weka.classifiers.meta.WeakToStrong;

/** The classifiers' command line: one message and exit code 2 for a wrong option, 1 for bad data, never a trace. */
class ClassifierMainTest {

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "-mode bogus; Unknown strategy 'bogus'",
    "-weak-fraction abc; -weak-fraction expects a number, got 'abc'",
    "-weak-fraction 1.5; strictly between 0 and 1",
    "-targets \"weka.w2s.targets.Refine -k 0\"; at least 1",
    "-targets \"weka.w2s.targets.Confidence -weight 2\"; [0, 1]",
    "-S x; -S expects a whole number",
    "-bogus 3; Illegal options: -bogus 3",
    "-batch-size abc; -batch-size expects a whole number",
    "-num-decimal-places x; -num-decimal-places expects a whole number",
    "-mode naive -targets weka.w2s.targets.Refine; give one of them, not both",
    "-weak-attributes \"\"; -weak-attributes is given an empty value"})
  void aWrongOptionExitsWithOneMessage(String options, String phrase) throws Exception {
    assertWrongOption(new WeakToStrong(), options, phrase);
  }

  /** RidgeProbe's general options go through Weka's own setOptions, which took any batch size. */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "-batch-size abc; -batch-size expects a whole number >= 1, got 'abc'",
    "-batch-size 0; -batch-size expects a whole number >= 1",
    "-num-decimal-places -1; -num-decimal-places expects a whole number >= 0"})
  void aWrongGeneralOptionOfRidgeProbeExitsWithOneMessage(String options, String phrase) throws Exception {
    assertWrongOption(new weka.classifiers.functions.RidgeProbe(), options, phrase);
  }

  private static void assertWrongOption(weka.classifiers.Classifier c, String options, String phrase)
      throws Exception {
    String[] args = weka.core.Utils.splitOptions("-t test-data/w2sg-latent.arff.gz -no-cv " + options);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = ClassifierMain.run(c, args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    String message = err.toString(StandardCharsets.UTF_8);
    assertEquals(2, code, message);
    assertTrue(message.startsWith(c.getClass().getSimpleName() + ": "), message);
    assertTrue(message.contains(phrase), message);
    assertFalse(message.contains("\tat "), "no stack trace: " + message);
    assertFalse(message.contains("General options"), "no option listing: " + message);
    assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing trained, nothing printed");
  }

  @org.junit.jupiter.api.Test
  void dataItCannotLearnFromExitsWithOne() throws Exception {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("one-class", ".arff");
    java.nio.file.Files.writeString(file, "@relation r\n@attribute x numeric\n@attribute c {a,b}\n@data\n1,a\n2,a\n3,a\n4,a\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = ClassifierMain.run(new WeakToStrong(), new String[] {"-t", file.toString(), "-no-cv"},
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    java.nio.file.Files.delete(file);
    assertEquals(1, code, err.toString(StandardCharsets.UTF_8));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("same class"), err.toString(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @CsvSource({"-h"})
  void helpExitsWithZero(String option) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = ClassifierMain.run(new WeakToStrong(), new String[] {option},
        new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    assertEquals(0, code);
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("-targets <strategy specification>"));
  }

  /** Runs RidgeProbe's command line in a temporary directory; returns the exit code, err in messages[0]. */
  private static int ridgeProbe(String[] messages, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = ClassifierMain.run(new weka.classifiers.functions.RidgeProbe(), args,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    messages[0] = err.toString(StandardCharsets.UTF_8);
    return code;
  }

  /** A training file and the same cut in the middle of a row. */
  private static java.nio.file.Path[] files(java.nio.file.Path dir) throws Exception {
    StringBuilder arff = new StringBuilder("@relation r\n@attribute x numeric\n@attribute y numeric\n@attribute c {a,b}\n@data\n");
    java.util.Random r = new java.util.Random(3);
    for (int i = 0; i < 200; i++) {
      double x = r.nextGaussian();
      arff.append(x).append(',').append(r.nextGaussian()).append(',').append(x > 0 ? "a" : "b").append('\n');
    }
    java.nio.file.Path base = dir.resolve("base.arff");
    java.nio.file.Files.writeString(base, arff);
    java.nio.file.Path cut = dir.resolve("cut.arff");
    java.nio.file.Files.writeString(cut, arff.substring(0, arff.length() / 2));
    return new java.nio.file.Path[] {base, cut};
  }

  /** Issue 16: a damaged -t, -T or -l is refused before anything trains, with one message and exit 1. */
  @org.junit.jupiter.api.Test
  void aDamagedInputIsRefusedBeforeTraining(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path[] f = files(dir);
    String[] m = new String[1];
    assertEquals(1, ridgeProbe(m, "-t", f[0].toString(), "-T", f[1].toString()), m[0]);
    assertTrue(m[0].contains("Cannot read '" + f[1] + "'") && m[0].contains("truncated"), m[0]);
    assertEquals(1, ridgeProbe(m, "-t", f[1].toString()), m[0]);
    assertTrue(m[0].contains("Cannot read '" + f[1] + "'"), m[0]);
    java.nio.file.Path model = dir.resolve("good.model");
    assertEquals(0, ridgeProbe(m, "-t", f[0].toString(), "-no-cv", "-d", model.toString()), m[0]);
    byte[] bytes = java.nio.file.Files.readAllBytes(model);
    java.nio.file.Path cutModel = dir.resolve("cut.model");
    java.nio.file.Files.write(cutModel, java.util.Arrays.copyOf(bytes, bytes.length / 3));
    assertEquals(1, ridgeProbe(m, "-l", cutModel.toString(), "-T", f[0].toString()), m[0]);
    assertTrue(m[0].contains("Cannot read the model") && m[0].contains("truncated"), m[0]);
    assertEquals(1, ridgeProbe(m, "-l", f[0].toString(), "-T", f[0].toString()), m[0]);
    assertTrue(m[0].contains("not a saved Weka model"), m[0]);
    assertEquals(0, ridgeProbe(m, "-l", model.toString(), "-T", f[0].toString()), m[0]);
    assertFalse(m[0].contains("\tat "), "no stack trace: " + m[0]);
  }

  /** Issue 16: -d is replaced only by a run that succeeds, and never names an input. */
  @org.junit.jupiter.api.Test
  void theModelFileIsReplacedOnlyOnSuccess(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path[] f = files(dir);
    java.nio.file.Path model = dir.resolve("m.model");
    java.nio.file.Files.writeString(model, "KEEP");
    String[] m = new String[1];
    assertEquals(1, ridgeProbe(m, "-t", f[0].toString(), "-x", "1000", "-d", model.toString()), m[0]);
    assertEquals("KEEP", java.nio.file.Files.readString(model), "a failed run leaves the old model");
    assertEquals(2, ridgeProbe(m, "-t", f[0].toString(), "-no-cv", "-d", f[0].toString()), m[0]);
    assertTrue(m[0].contains("the file given to -t"), m[0]);
    assertTrue(java.nio.file.Files.readString(f[0]).startsWith("@relation"), "the training data is intact");
    assertEquals(0, ridgeProbe(m, "-t", f[0].toString(), "-no-cv", "-d", model.toString()), m[0]);
    assertFalse(java.nio.file.Files.readString(model, StandardCharsets.ISO_8859_1).equals("KEEP"));
    try (java.util.stream.Stream<java.nio.file.Path> left = java.nio.file.Files.list(dir)) {
      assertEquals(0, left.filter(p -> p.getFileName().toString().endsWith(".tmp")).count(), "no temporary file left");
    }
  }

  /** Issue 16, item 14: the general options -h lists are taken (they used to be refused as unknown). */
  @org.junit.jupiter.api.Test
  void theGeneralOptionsOfHelpAreTaken() throws Exception {
    WeakToStrong w2s = new WeakToStrong();
    w2s.setOptions(weka.core.Utils.splitOptions("-mode naive -num-decimal-places 3 -batch-size 50"));
    assertEquals(3, w2s.getNumDecimalPlaces());
    assertEquals("50", w2s.getBatchSize());
  }

  /** Weka's evaluation reads "x.Arff.GZ" as text: the run stops with a rename hint instead. */
  @org.junit.jupiter.api.Test
  void anUpperCaseGzSuffixGetsARenameHint(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path f = dir.resolve("x.Arff.GZ");
    java.nio.file.Files.copy(java.nio.file.Paths.get("test-data/w2sg-latent.arff.gz"), f);
    CommandRun r = CommandRun.of((a, out, err) -> ClassifierMain.run(new weka.classifiers.functions.RidgeProbe(), a,
        out, err), "-t", f.toString(), "-no-cv");
    assertEquals(1, r.code, r.err);
    assertTrue(r.err.contains("rename '" + f + "' to end in '.gz'"), r.err);
  }
}
