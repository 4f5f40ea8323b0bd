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

package weka.w2s.encoders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Installs the built package zip with Weka's package manager into an empty WEKA_HOME and runs the
 * filter through weka.Run, in a separate JVM: checks the zip layout and that the models load through
 * Weka's per-package class loader.
 */
class PackageInstallIT {

  @TempDir
  Path home;

  private String run(String... args) throws Exception {
    List<String> command = new ArrayList<>(Arrays.asList(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
        "-cp", System.getProperty("w2s.weka.classpath")));
    command.addAll(Arrays.asList(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("WEKA_HOME", home.toString());
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "timed out");
    String text = new String(out, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), text);
    return text;
  }

  @Test
  void installedPackageEmbedsText() throws Exception {
    String zip = System.getProperty("w2s.package.zip");
    assertTrue(new File(zip).isFile(), "package zip missing: " + zip);
    run("weka.core.WekaPackageManager", "-offline", "-install-package", zip);
    assertTrue(Files.isRegularFile(home.resolve("packages/weakToStrongEncoders/weakToStrongEncoders.jar")));

    Path arff = home.resolve("texts.arff");
    Files.writeString(arff, "@relation t\n@attribute text string\n@attribute c {a,b}\n@data\n"
        + "'A man is playing a guitar.',a\n'The market fell.',b\n");
    String out = run("weka.Run", "weka.filters.unsupervised.attribute.SentenceEmbedding",
        "-model", "minilm_q", "-quiet", "-i", arff.toString(), "-c", "last");
    assertTrue(out.contains("@attribute minilm_q_383 numeric"), out);
    assertTrue(out.contains("@attribute c {a,b}"), out);
  }
}
