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
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
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
 * The template as a Weka user gets it: the package zip installed by Weka's package manager into a
 * fresh WEKA_HOME, then listed and run from a JVM that has only Weka on its class path, so that the
 * registration (PluginManager.props at the package root), the flow resource and the bundled data
 * are all found through the package's own class loader. Runs in mvn verify (failsafe sets the
 * zip's and Weka's locations).
 */
class TemplatePackageIT {

  @TempDir
  Path wekaHome;

  @Test
  void theInstalledPackageOffersTheTemplateAndItRuns() throws Exception {
    String zip = System.getProperty("w2s.package.zip");
    String wekaClasspath = System.getProperty("w2s.weka.classpath");
    assumeTrue(zip != null && new File(zip).isFile() && wekaClasspath != null,
        "needs the package zip and Weka's class path (mvn verify)");

    String install = java(wekaClasspath, "weka.core.WekaPackageManager", "-install-package", zip);
    assertTrue(Files.isRegularFile(wekaHome.resolve("packages/weakToStrong/PluginManager.props")), install);

    String testClasses = new File("target/test-classes").getAbsolutePath();
    String out = java(testClasses + File.pathSeparator + wekaClasspath, InstalledTemplateRunner.class.getName(),
        WeakToStrongTemplateTest.DESCRIPTION, "Comparison");
    assertTrue(out.contains("plugin-templates: [" + WeakToStrongTemplateTest.DESCRIPTION + "]"), out);
    assertTrue(out.contains("stopped: false"), out);
    assertTrue(!out.contains("log: "), out);
    for (String model : WeakToStrongTemplateTest.MODELS) {
      assertTrue(out.contains(model + " : "), model + " missing:\n" + out);
    }
    assertEquals(WeakToStrongTemplateTest.MODELS.length, out.split("result: ", -1).length - 1, out);
  }

  /** Runs a Java main with WEKA_HOME set to the temporary directory; returns its output. */
  private String java(String classpath, String mainClass, String... args) throws IOException,
      InterruptedException {
    List<String> command = new ArrayList<>(Arrays.asList(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
        "-cp", classpath, mainClass));
    command.addAll(Arrays.asList(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("WEKA_HOME", wekaHome.toString());
    Process p = pb.start();
    byte[] output = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "timed out: " + command);
    String text = new String(output, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), String.join(" ", command) + "\n" + text);
    return text;
  }
}
