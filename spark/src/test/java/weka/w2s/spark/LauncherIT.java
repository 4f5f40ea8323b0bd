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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The w2sg-spark launcher run as a user runs it, in a child process: its real exit code and real
 * stderr (where Spark and its logging write), for damaged data, a wrong master and standard output on
 * a full device. Each failure is one message, no stack trace.
 */
class LauncherIT {

  @TempDir
  Path dir;

  private static final String ROWS = "a,b,c,d,cls\n1,2,3,4,x\n2,3,1,0,y\n3,1,2,2,x\n0,2,1,3,y\n5,1,0,2,x\n";

  @Test
  void aMalformedCsvRecordIsOneMessage() throws Exception {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, ROWS + "1,2,3\n");
    Result r = run(null, "-i", csv.toString(), "-weak", "1-2", "-strong", "3-4", "-c", "last");
    r.assertOneMessage(1, "bad.csv");
  }

  @Test
  void anEmptyFileIsOneMessage() throws Exception {
    Path csv = dir.resolve("empty.csv");
    Files.writeString(csv, "");
    run(null, "-i", csv.toString(), "-weak", "1-2", "-strong", "3-4").assertOneMessage(1, "is empty");
  }

  @Test
  void aWrongMasterIsOneLine() throws Exception {
    Path csv = dir.resolve("good.csv");
    Files.writeString(csv, ROWS);
    run(null, "-master", "bogus://x", "-i", csv.toString(), "-weak", "1-2", "-strong", "3-4")
        .assertOneMessage(2, "cannot start Spark with -master 'bogus://x'");
  }

  @Test
  void standardOutputOnAFullDeviceIsAFailure() throws Exception {
    File full = new File("/dev/full");
    assumeTrue(full.exists(), "no /dev/full on this system");
    Path csv = dir.resolve("good.csv");
    Files.writeString(csv, ROWS);
    run(full, "-i", csv.toString(), "-weak", "1-2", "-strong", "3-4", "-c", "last")
        .assertOneMessage(1, "Writing to standard output failed");
  }

  @Test
  void theExperimentModeRunsTheProtocol() throws Exception {
    StringBuilder rows = new StringBuilder("w1,w2,s1,s2,s3,cls\n");
    java.util.Random r = new java.util.Random(1);
    for (int i = 0; i < 300; i++) {
      double y = r.nextBoolean() ? 1 : -1;
      rows.append(String.format(java.util.Locale.ROOT, "%.4f,%.4f,%.4f,%.4f,%.4f,%s%n", y + 2 * r.nextGaussian(),
          r.nextGaussian(), y + 0.3 * r.nextGaussian(), r.nextGaussian(), r.nextGaussian(), y > 0 ? "pos" : "neg"));
    }
    Path csv = dir.resolve("two-views.csv");
    Files.writeString(csv, rows.toString());
    Result ok = run(null, "experiment", "-i", csv.toString(), "-weak", "1-2", "-strong", "3-5", "-runs", "1");
    assertEquals(0, ok.code, ok.err);
    assertTrue(ok.out.startsWith("=== Weak-to-strong experiment ===") && ok.out.contains("row-key split"), ok.out);
    Result bad = run(null, "experiment", "-i", csv.toString(), "-weak", "1-2", "-strong", "3-5", "-modes", "auto");
    bad.assertOneMessage(2, "W2SGSparkExperiment: ", "The strategy auto cannot run on Spark");
  }

  /** The launcher's exit code and output. */
  private static final class Result {
    final int code;
    final String out;
    final String err;

    Result(int code, String out, String err) {
      this.code = code;
      this.out = out;
      this.err = err;
    }

    void assertOneMessage(int expectedCode, String phrase) {
      assertOneMessage(expectedCode, "W2SGSparkAnalysis: ", phrase);
    }

    void assertOneMessage(int expectedCode, String tool, String phrase) {
      String where = "exit " + code + "\n" + err;
      assertEquals(expectedCode, code, where);
      assertFalse(err.contains("\tat ") || err.contains("Exception in thread"), "no stack trace: " + where);
      List<String> lines = Arrays.stream(err.split("\n")).map(String::trim).filter(l -> !l.isEmpty())
          .filter(l -> !l.startsWith("WARNING: ")) // the JVM's own notices about Spark's reflective access
          .collect(Collectors.toList());
      assertEquals(1, lines.size(), "one message: " + where);
      assertTrue(lines.get(0).startsWith(tool) && lines.get(0).contains(phrase), where);
      assertEquals("", out, "nothing on standard output");
    }
  }

  private Result run(File stdout, String... args) throws Exception {
    String launcher = System.getProperty("w2s.launcher");
    assumeTrue(launcher != null && new File(launcher).canRead(), "the launcher's path is set by the build");
    List<String> command = new ArrayList<>(List.of("bash", launcher));
    command.addAll(Arrays.asList(args));
    Path out = dir.resolve("launcher.out");
    Path err = dir.resolve("launcher.err");
    ProcessBuilder b = new ProcessBuilder(command).redirectError(err.toFile())
        .redirectOutput(stdout != null ? stdout : out.toFile());
    b.environment().put("W2SG_SPARK_HEAP", "1g");
    Process p = b.start();
    assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the launcher did not finish");
    return new Result(p.exitValue(), stdout != null ? "" : Files.readString(out), Files.readString(err));
  }
}
