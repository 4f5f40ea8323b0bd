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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import weka.classifiers.functions.RidgeProbe;
import weka.classifiers.meta.WeakToStrong;
import weka.filters.unsupervised.attribute.PrincipalKernel;

/**
 * Damaged data files, generated from one good file with a seeded random generator, against every
 * command-line tool of the package: each run either fails with a non-zero exit code, one message
 * and no stack trace, with its output file (the filter's -o, the classifiers' -d model) byte for
 * byte as it was and nothing on standard output; or, where the damage leaves valid data (NaN is
 * Weka's missing value, which the classifiers impute), gives exactly the result of the same data
 * written without damage.
 */
class DamagedInputFuzzTest {

  private static final int ROWS = 40;
  private static final int SEEDS = 3;
  private static final String SENTINEL = "an existing output file\n";

  @TempDir
  static Path dir;

  /** How a good file is damaged. */
  enum Damage {
    /** Cut inside a data row, before its last value. */
    TRUNCATED_ROW,
    /** The gzip-compressed file, cut at a random byte. */
    TRUNCATED_GZIP,
    /** A random value replaced by a word. */
    BAD_TOKEN,
    /** A representation attribute declared as a string. */
    WRONG_TYPE,
    /** A value beyond the range of a double (read as infinity). */
    HUGE_VALUE,
    /** A value too many on a random row (a stray comma splitting a number). */
    EXTRA_VALUE,
    /** A run of NUL bytes in the middle of a row, as a crash while writing leaves. */
    NUL_BYTES,
    /** A random value written as NaN (Weka reads it as missing). */
    NAN,
    /** No bytes at all. */
    EMPTY,
    /** A class with one declared value. */
    ONE_CLASS,
    /** Only the header. */
    NO_ROWS
  }

  /** A tool: its name, how to call it on a file, and whether it writes a file given with {@code output}. */
  enum Tool {
    ANALYSIS(in -> new String[] {"-i", in, "-weak", "1-3", "-strong", "4-6", "-c", "last"}, false),
    EXPERIMENT(in -> new String[] {"-i", in, "-weak", "1-3", "-strong", "4-6", "-runs", "1", "-modes", "naive"},
        false),
    FILTER(in -> new String[] {"-i", in, "-o", output().toString(), "-c", "last", "-range", "1-6", "-k", "2"}, true),
    RIDGE_PROBE(in -> new String[] {"-t", in, "-d", output().toString(), "-x", "2"}, true),
    RIDGE_PROBE_TEST_SET(in -> new String[] {"-t", good().toString(), "-T", in, "-d", output().toString()}, true),
    WEAK_TO_STRONG(in -> new String[] {"-t", in, "-d", output().toString(), "-x", "2", "-weak-attributes", "1-3",
        "-strong-attributes", "4-6", "-mode", "naive"}, true);

    final Function<String, String[]> args;
    final boolean writesFile;

    Tool(Function<String, String[]> args, boolean writesFile) {
      this.args = args;
      this.writesFile = writesFile;
    }

    CommandRun run(String input) {
      String[] a = args.apply(input);
      switch (this) {
        case ANALYSIS:
          return CommandRun.of(W2SGAnalysis::run, a);
        case EXPERIMENT:
          return CommandRun.of(W2SGExperiment::run, a);
        case FILTER:
          return CommandRun.of(PrincipalKernel::run, a);
        case RIDGE_PROBE:
        case RIDGE_PROBE_TEST_SET:
          return CommandRun.of((x, out, err) -> ClassifierMain.run(new RidgeProbe(), x, out, err), a);
        default:
          return CommandRun.of((x, out, err) -> ClassifierMain.run(new WeakToStrong(), x, out, err), a);
      }
    }

    /** Damage the tool must take as valid data: NaN is a missing value, which the classifiers impute. */
    boolean accepts(Damage d) {
      return d == Damage.NAN && this != ANALYSIS && this != FILTER;
    }
  }

  static Path output() {
    return dir.resolve("output");
  }

  /** The undamaged file, for the tools that read a second one. */
  static Path good() {
    Path good = dir.resolve("good.arff");
    try {
      if (!Files.exists(good)) {
        write(good, goodFile(new Random(7)));
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return good;
  }

  static Stream<Arguments> cases() {
    List<Arguments> all = new ArrayList<>();
    for (Tool tool : Tool.values()) {
      for (Damage damage : Damage.values()) {
        boolean random = damage == Damage.TRUNCATED_ROW || damage == Damage.TRUNCATED_GZIP
            || damage == Damage.BAD_TOKEN || damage == Damage.NAN || damage == Damage.HUGE_VALUE
            || damage == Damage.EXTRA_VALUE || damage == Damage.NUL_BYTES;
        for (int seed = 1; seed <= (random ? SEEDS : 1); seed++) {
          all.add(Arguments.of(tool, damage, seed));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} on {1} (seed {2})")
  @MethodSource("cases")
  void damagedInputFailsCleanlyOrMatchesTheUndamagedData(Tool tool, Damage damage, int seed) throws Exception {
    Random rnd = new Random(seed * 31L + damage.ordinal());
    List<String> good = goodFile(new Random(7));
    String name = "data" + (damage == Damage.TRUNCATED_GZIP ? ".arff.gz" : ".arff");
    Path input = dir.resolve(name);

    if (tool.accepts(damage)) {
      List<String> damaged = new ArrayList<>(good);
      int row = rowIndex(good, rnd);
      int column = rnd.nextInt(6);
      String[] values = damaged.get(row).split(",");
      values[column] = "NaN";
      damaged.set(row, String.join(",", values));
      values[column] = "?";
      List<String> reference = new ArrayList<>(good);
      reference.set(row, String.join(",", values));
      write(input, reference);
      CommandRun expected = tool.run(input.toString());
      assertEquals(0, expected.code, expected.err);
      write(input, damaged);
      CommandRun actual = tool.run(input.toString());
      assertEquals(0, actual.code, actual.err);
      assertEquals(withoutTimings(expected.out), withoutTimings(actual.out), "NaN reads as '?'");
      return;
    }
    if (tool == Tool.FILTER && damage == Damage.ONE_CLASS) {
      // the filter is unsupervised: a one-valued class passes through, the features are the good file's
      write(input, good);
      CommandRun expected = tool.run(input.toString());
      assertEquals(0, expected.code, expected.err);
      String reference = oneClass(Files.readString(output()));
      damage(input, good, damage, rnd);
      CommandRun actual = tool.run(input.toString());
      assertEquals(0, actual.code, actual.err);
      assertEquals(reference, Files.readString(output()));
      return;
    }

    damage(input, good, damage, rnd);
    Files.writeString(output(), SENTINEL);
    CommandRun r = tool.run(input.toString());
    String where = tool + " on " + damage + " (seed " + seed + "): exit " + r.code + "\n" + r.err;
    assertNotEquals(0, r.code, where);
    assertFalse(r.err.contains("\tat ") || r.err.contains("Exception in thread"), "no stack trace: " + where);
    assertEquals(1, messages(r.err).size(), "one message: " + where);
    assertFalse(messages(r.err).get(0).contains("internal error"), where);
    assertEquals("", r.out, "nothing on standard output: " + where);
    assertEquals(SENTINEL, Files.readString(output()), "the output file is untouched: " + where);
    try (Stream<Path> files = Files.list(dir)) {
      List<String> left = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp"))
          .collect(Collectors.toList());
      assertEquals(List.of(), left, "no temporary file left behind");
    }
  }

  /** The lines of stderr that are messages, not progress. */
  private static List<String> messages(String err) {
    return Arrays.stream(err.split("\n")).map(String::trim).filter(l -> !l.isEmpty())
        .filter(l -> !l.startsWith("[W2SGExperiment]") && !l.startsWith("Run with -h"))
        .collect(Collectors.toList());
  }

  private static String withoutTimings(String out) {
    return Arrays.stream(out.split("\n")).filter(l -> !l.contains("Time taken")).collect(Collectors.joining("\n"));
  }

  /** A two-class data set: a0..a5 numeric (a score and noise), class {neg, pos} last. */
  static List<String> goodFile(Random rnd) {
    List<String> lines = new ArrayList<>(List.of("@relation fuzz"));
    for (int a = 0; a < 6; a++) {
      lines.add("@attribute a" + a + " numeric");
    }
    lines.add("@attribute class {neg,pos}");
    lines.add("@data");
    for (int i = 0; i < ROWS; i++) {
      int cls = i % 2;
      double score = (cls == 0 ? -1 : 1) + 0.7 * rnd.nextGaussian();
      StringBuilder row = new StringBuilder();
      for (int a = 0; a < 6; a++) {
        double v = a % 3 == 0 ? score + 0.5 * rnd.nextGaussian() : rnd.nextGaussian();
        row.append(String.format(Locale.ROOT, "%.6f", v)).append(',');
      }
      lines.add(row.append(cls == 0 ? "neg" : "pos").toString());
    }
    return lines;
  }

  /** A random data row (not the first, so that truncation leaves rows before it). */
  private static int rowIndex(List<String> lines, Random rnd) {
    int data = lines.indexOf("@data") + 1;
    return data + 1 + rnd.nextInt(lines.size() - data - 1);
  }

  static void damage(Path file, List<String> good, Damage damage, Random rnd) throws IOException {
    List<String> lines = new ArrayList<>(good);
    switch (damage) {
      case TRUNCATED_ROW: {
        int row = rowIndex(lines, rnd);
        String line = lines.get(row);
        int cut = rnd.nextInt(line.lastIndexOf(',')); // at least the last value is lost
        List<String> kept = new ArrayList<>(lines.subList(0, row));
        String text = String.join("\n", kept) + "\n" + line.substring(0, cut);
        Files.writeString(file, text);
        return;
      }
      case TRUNCATED_GZIP: {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
          gz.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        byte[] all = bytes.toByteArray();
        Files.write(file, Arrays.copyOf(all, 1 + rnd.nextInt(all.length - 1)));
        return;
      }
      case BAD_TOKEN:
      case HUGE_VALUE: {
        int row = rowIndex(lines, rnd);
        String[] values = lines.get(row).split(",");
        values[rnd.nextInt(6)] = damage == Damage.BAD_TOKEN ? "abc" : "1e400";
        lines.set(row, String.join(",", values));
        break;
      }
      case EXTRA_VALUE: {
        int row = rowIndex(lines, rnd);
        String[] values = lines.get(row).split(",");
        int at = rnd.nextInt(6);
        values[at] = values[at].replaceFirst("\\.", ",");
        lines.set(row, String.join(",", values));
        break;
      }
      case NUL_BYTES: {
        int row = rowIndex(lines, rnd);
        String line = lines.get(row);
        int at = rnd.nextInt(line.length());
        lines.set(row, line.substring(0, at) + "\0".repeat(1 + rnd.nextInt(64)) + line.substring(at));
        break;
      }
      case NAN: {
        int row = rowIndex(lines, rnd);
        String[] values = lines.get(row).split(",");
        values[rnd.nextInt(6)] = "NaN";
        lines.set(row, String.join(",", values));
        break;
      }
      case WRONG_TYPE:
        lines.set(lines.indexOf("@attribute a1 numeric"), "@attribute a1 string");
        break;
      case EMPTY:
        Files.write(file, new byte[0]);
        return;
      case ONE_CLASS:
        lines = Arrays.asList(oneClass(String.join("\n", lines)).split("\n"));
        break;
      default: // NO_ROWS
        lines = lines.subList(0, lines.indexOf("@data") + 1);
    }
    write(file, lines);
  }

  /** The class declared with one value, pos, and every row of class pos. */
  static String oneClass(String arff) {
    return arff.replace("@attribute class {neg,pos}", "@attribute class {pos}").replaceAll("(?m),neg$", ",pos");
  }

  private static void write(Path file, List<String> lines) throws IOException {
    Files.writeString(file, String.join("\n", lines) + "\n");
  }
}
