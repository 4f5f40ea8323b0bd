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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import weka.w2s.DamagedInputFuzzTest.Damage;

/**
 * Every command-line tool run as a user runs it, in a child JVM through its own main, so that the
 * process's real exit code and everything it prints on its real stderr are checked (Weka prints some
 * traces to System.err, where an in-process test cannot see them): damaged data through each input
 * option (-i, -t, -T, -l), wrong generator options, standard output on a full device, a full disk
 * and a run killed during its write. Each failure is a non-zero exit with one message and no stack
 * trace, and leaves an existing output file byte for byte as it was.
 */
class ChildProcessFuzzTest {

  private static final String SENTINEL = "an existing output file\n";
  private static final String GENERATOR = "weka.datagenerators.classifiers.classification.W2SGLatentFactors";

  @TempDir
  static Path dir;

  static Path good;
  static Path model;

  /** The package's command-line tools, each with its main class and its arguments for an input file. */
  enum Tool {
    ANALYSIS("weka.w2s.W2SGAnalysis", in -> args("-i", in, "-weak", "1-3", "-strong", "4-6", "-c", "last")),
    EXPERIMENT("weka.w2s.W2SGExperiment",
        in -> args("-i", in, "-weak", "1-3", "-strong", "4-6", "-runs", "1", "-modes", "naive")),
    FILTER("weka.filters.unsupervised.attribute.PrincipalKernel",
        in -> args("-i", in, "-o", output(), "-c", "last", "-range", "1-6", "-k", "2")),
    RIDGE_PROBE_TRAIN("weka.classifiers.functions.RidgeProbe", in -> args("-t", in, "-d", output(), "-x", "2")),
    RIDGE_PROBE_TEST("weka.classifiers.functions.RidgeProbe",
        in -> args("-t", good.toString(), "-T", in, "-d", output())),
    WEAK_TO_STRONG_TRAIN("weka.classifiers.meta.WeakToStrong", in -> args("-t", in, "-d", output(), "-x", "2",
        "-weak-attributes", "1-3", "-strong-attributes", "4-6", "-mode", "naive")),
    WEAK_TO_STRONG_MODEL_TEST("weka.classifiers.meta.WeakToStrong", in -> args("-l", model.toString(), "-T", in));

    final String main;
    final Function<String, List<String>> args;

    Tool(String main, Function<String, List<String>> args) {
      this.main = main;
      this.args = args;
    }
  }

  @BeforeAll
  static void files() throws Exception {
    good = dir.resolve("good.arff");
    Files.writeString(good, String.join("\n", DamagedInputFuzzTest.goodFile(new Random(7))) + "\n");
    model = dir.resolve("w2s.model");
    Result r = run(null, "weka.classifiers.meta.WeakToStrong", "-t", good.toString(), "-no-cv", "-d",
        model.toString(), "-weak-attributes", "1-3", "-strong-attributes", "4-6", "-mode", "naive");
    assertEquals(0, r.code, r.err);
  }

  static Stream<Arguments> damagedInputs() {
    List<Arguments> all = new ArrayList<>();
    Damage[] damages = {Damage.TRUNCATED_ROW, Damage.TRUNCATED_GZIP, Damage.BAD_TOKEN, Damage.EXTRA_VALUE,
      Damage.NUL_BYTES, Damage.EMPTY};
    for (Tool tool : Tool.values()) {
      for (Damage damage : damages) {
        all.add(Arguments.of(tool, damage));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("damagedInputs")
  void damagedDataFailsWithOneMessage(Tool tool, Damage damage) throws Exception {
    Path input = dir.resolve("damaged" + (damage == Damage.TRUNCATED_GZIP ? ".arff.gz" : ".arff"));
    DamagedInputFuzzTest.damage(input, DamagedInputFuzzTest.goodFile(new Random(7)), damage,
        new Random(damage.ordinal()));
    Files.writeString(Paths.get(output()), SENTINEL);
    Result r = run(null, tool.main, tool.args.apply(input.toString()).toArray(new String[0]));
    r.assertCleanFailure(tool + " on " + damage);
    assertEquals(SENTINEL, Files.readString(Paths.get(output())), "the output file is untouched");
    assertNoTemporaryFiles(dir);
  }

  /** Weka's CSV loader prints a row it cannot parse on System.out: nothing of it may reach stdout. */
  @Test
  void aDamagedCsvLeavesStandardOutputEmpty() throws Exception {
    Path csv = dir.resolve("short-row.csv");
    Files.writeString(csv, "a,b,c,d,cls\n1,2,3,4,x\n2,3\n3,1,2,2,x\n");
    for (String main : new String[] {"weka.w2s.W2SGAnalysis", "weka.w2s.W2SGExperiment"}) {
      Result r = run(null, main, "-i", csv.toString(), "-weak", "1-2", "-strong", "3-4", "-c", "last");
      r.assertCleanFailure(main + " on a CSV with a short row");
    }
  }

  static Stream<Arguments> damagedModels() {
    return Stream.of(Arguments.of("truncated"), Arguments.of("not a model"));
  }

  @ParameterizedTest(name = "-l with a {0} file")
  @MethodSource("damagedModels")
  void aDamagedModelFailsWithOneMessage(String kind) throws Exception {
    byte[] bytes = Files.readAllBytes(model);
    Path bad = dir.resolve("bad.model");
    Files.write(bad, kind.equals("truncated") ? Arrays.copyOf(bytes, bytes.length / 2) : Files.readAllBytes(good));
    for (String main : new String[] {"weka.classifiers.meta.WeakToStrong", "weka.classifiers.functions.RidgeProbe"}) {
      Result r = run(null, main, "-l", bad.toString(), "-T", good.toString());
      r.assertCleanFailure(main + " -l " + kind);
      assertTrue(r.err.contains("-l"), r.err);
    }
  }

  static Stream<Arguments> wrongGeneratorOptions() {
    List<Arguments> all = new ArrayList<>();
    for (String generator : new String[] {GENERATOR,
      "weka.datagenerators.classifiers.classification.W2SGConceptMixture"}) {
      for (String[] wrong : new String[][] {{"-n", "abc"}, {"-n", "-5"}, {"-label-noise", "NaN"}, {"-bogus"}}) {
        all.add(Arguments.of(generator, wrong));
      }
    }
    all.add(Arguments.of(GENERATOR, new String[] {"-factors", "0"}));
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("wrongGeneratorOptions")
  void aWrongGeneratorOptionLeavesTheOutputAlone(String generator, String[] wrong) throws Exception {
    Path out = dir.resolve("generated.arff");
    Files.writeString(out, SENTINEL);
    List<String> a = new ArrayList<>(List.of("-o", out.toString()));
    a.addAll(Arrays.asList(wrong));
    Result r = run(null, generator, a.toArray(new String[0]));
    r.assertCleanFailure(generator + " " + String.join(" ", wrong));
    assertEquals(2, r.code, r.err);
    assertEquals(SENTINEL, Files.readString(out));
  }

  static Stream<Arguments> toolsWritingToStandardOutput() {
    String g = good.toString();
    return Stream.of(
        Arguments.of("weka.w2s.W2SGAnalysis", new String[] {"-i", g, "-weak", "1-3", "-strong", "4-6"}),
        Arguments.of("weka.w2s.W2SGExperiment", new String[] {"-i", g, "-weak", "1-3", "-strong", "4-6", "-runs",
          "1", "-modes", "naive"}),
        Arguments.of("weka.filters.unsupervised.attribute.PrincipalKernel", new String[] {"-i", g, "-range", "1-6",
          "-k", "2"}),
        Arguments.of("weka.classifiers.functions.RidgeProbe", new String[] {"-t", g, "-x", "2"}),
        Arguments.of("weka.classifiers.meta.WeakToStrong", new String[] {"-t", g, "-x", "2", "-weak-attributes",
          "1-3", "-strong-attributes", "4-6", "-mode", "naive"}),
        Arguments.of(GENERATOR, new String[] {"-n", "50"}));
  }

  @ParameterizedTest(name = "{0} > /dev/full")
  @MethodSource("toolsWritingToStandardOutput")
  void standardOutputOnAFullDeviceIsAFailure(String main, String[] args) throws Exception {
    File full = new File("/dev/full");
    assumeTrue(full.exists(), "no /dev/full on this system");
    Result r = run(full, main, args);
    r.assertCleanFailure(main + " > /dev/full");
    assertEquals(1, r.code, r.err);
    assertTrue(r.err.contains(CommandLine.STDOUT_FAILED), r.err);
  }

  /** A full disk, on a tmpfs this test mounts; only where it runs as root and may mount (else skipped). */
  @Test
  void aFullDiskLeavesEveryOutputFileAsItWas() throws Exception {
    Path disk = dir.resolve("small-disk");
    Files.createDirectories(disk);
    assumeTrue(mount(disk), "cannot mount a tmpfs here (needs root and the right to mount)");
    try {
      Path generated = disk.resolve("generated.arff");
      Path filtered = disk.resolve("filtered.arff");
      Path saved = disk.resolve("saved.model");
      for (Path p : List.of(generated, filtered, saved)) {
        Files.writeString(p, SENTINEL);
      }
      fill(disk.resolve("filler"));
      String[][] runs = {
        {GENERATOR, "-n", "200", "-o", generated.toString()},
        {"weka.filters.unsupervised.attribute.PrincipalKernel", "-i", good.toString(), "-o", filtered.toString(),
          "-range", "1-6", "-k", "2"},
        {"weka.classifiers.functions.RidgeProbe", "-t", good.toString(), "-no-cv", "-d", saved.toString()}};
      for (String[] a : runs) {
        Result r = run(null, a[0], Arrays.copyOfRange(a, 1, a.length));
        r.assertCleanFailure(String.join(" ", a) + " on a full disk");
      }
      for (Path p : List.of(generated, filtered, saved)) {
        assertEquals(SENTINEL, Files.readString(p), p + " is untouched");
      }
      assertNoTemporaryFiles(disk);
    } finally {
      new ProcessBuilder("umount", disk.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
    }
  }

  /**
   * kill -9 while the generator writes: the existing file is untouched, and the temporary file the
   * killed run left is removed by the next run that writes the same target.
   */
  @Test
  void aRunKilledDuringItsWriteLeavesTheOldFileAndNoLitter() throws Exception {
    Path out = dir.resolve("killed.arff");
    Files.writeString(out, SENTINEL);
    Process p = start(null, null, GENERATOR, "-n", "40000", "-o", out.toString());
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (temporaries(dir, out).stream().noneMatch(ChildProcessFuzzTest::nonEmpty) && p.isAlive()
          && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assumeTrue(p.isAlive(), "the generator finished before it could be killed");
      p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    } finally {
      p.destroyForcibly();
    }
    assertEquals(SENTINEL, Files.readString(out), "the old file is untouched");
    assertEquals(1, temporaries(dir, out).size(), "the killed run's temporary file is there");
    Result again = run(null, GENERATOR, "-n", "20", "-o", out.toString());
    assertEquals(0, again.code, again.err);
    assertTrue(Files.readString(out).contains("@data"));
    assertEquals(List.of(), temporaries(dir, out), "the next run removed it");
  }

  // ---------------------------------------------------------------------------------------------

  /** A child process's exit code and its real output. */
  static final class Result {
    final int code;
    final String out;
    final String err;

    Result(int code, String out, String err) {
      this.code = code;
      this.out = out;
      this.err = err;
    }

    void assertCleanFailure(String what) {
      String where = what + ": exit " + code + "\n" + err;
      assertNotEquals(0, code, where);
      assertFalse(err.contains("\tat ") || err.contains("Exception in thread") || err.contains("Exception:"),
          "no stack trace: " + where);
      List<String> messages = Arrays.stream(err.split("\n")).map(String::trim).filter(l -> !l.isEmpty())
          .filter(l -> !l.startsWith("[W2SGExperiment]") && !l.startsWith("Run with -h"))
          .filter(l -> !isWekasArpackNotice(l)).collect(Collectors.toList());
      assertEquals(1, messages.size(), "one message: " + where);
      assertFalse(messages.get(0).contains("internal error"), where);
      assertEquals("", out, "nothing on standard output: " + where);
    }

    /** Weka's netlib loader logs these two lines on its own when native ARPACK is absent. */
    private static boolean isWekasArpackNotice(String line) {
      return line.contains("com.github.fommil.netlib.ARPACK <clinit>")
          || line.startsWith("WARNING: Failed to load implementation from: com.github.fommil.netlib.");
    }
  }

  static Result run(File stdout, String main, String... args) throws Exception {
    Path out = Files.createTempFile(dir, "child", ".out");
    Path err = Files.createTempFile(dir, "child", ".err");
    try {
      Process p = start(stdout != null ? stdout : out.toFile(), err.toFile(), main, args);
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), main + " did not finish");
      return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.delete(out);
      Files.delete(err);
    }
  }

  /** A child JVM on this test's class path, its output going to the given files (null: discarded). */
  private static Process start(File stdout, File stderr, String main, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"), main));
    command.addAll(Arrays.asList(args));
    return new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(stdout != null ? ProcessBuilder.Redirect.to(stdout) : ProcessBuilder.Redirect.DISCARD)
        .redirectError(stderr != null ? ProcessBuilder.Redirect.to(stderr) : ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static List<String> args(String... a) {
    return Arrays.asList(a);
  }

  static String output() {
    return dir.resolve("output").toString();
  }

  private static boolean mount(Path at) {
    try {
      Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", at.toString())
          .redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /** Writes until the disk is full. */
  private static void fill(Path filler) {
    byte[] block = new byte[4096];
    try (OutputStream o = Files.newOutputStream(filler)) {
      while (true) {
        o.write(block);
      }
    } catch (IOException e) {
      // full
    }
  }

  private static List<Path> temporaries(Path directory, Path target) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(p -> p.getFileName().toString().startsWith("." + target.getFileName() + ".")
          && p.getFileName().toString().endsWith(".tmp")).collect(Collectors.toList());
    }
  }

  private static boolean nonEmpty(Path p) {
    try {
      return Files.size(p) > 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static void assertNoTemporaryFiles(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp"))
          .collect(Collectors.toList()), "no temporary file left behind");
    }
  }
}
