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

package weka.w2s.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import weka.w2s.AnalysisCli;

/**
 * The Explorer tab as a user meets it: the package zip installed by Weka's package manager into a
 * fresh WEKA_HOME, the Explorer opened (Weka alone on the class path) on a display, the bundled data
 * loaded, an analysis run in the "Weak-to-strong" tab, its ranking table compared with the command
 * line's JSON, sorted by a header click, and a screenshot saved to target/gui-it/explorer-tab.png.
 * Uses $DISPLAY, or starts Xvfb (and openbox when present) itself; skipped when there is neither.
 */
class ExplorerTabIT {

  static final Path DATA = Paths.get("test-data", "w2sg-latent.arff.gz").toAbsolutePath();
  static final List<String> WEAK = List.of("name:weakA_.*", "name:weakB_.*", "name:weakC_.*", "name:weakD_.*");
  static final String STRONG = "name:strong_.*";
  static final Path SHOTS = Paths.get("target", "gui-it").toAbsolutePath();

  @TempDir
  static Path wekaHome;
  @TempDir
  static Path scratch;

  static String display;
  static Process xvfb;
  static Process windowManager;

  @BeforeAll
  static void displayAndPackage() throws Exception {
    String zip = System.getProperty("w2s.package.zip");
    String weka = System.getProperty("w2s.weka.classpath");
    assumeTrue(zip != null && new File(zip).isFile() && weka != null, "needs the package zip and Weka (mvn verify)");
    display = System.getenv("DISPLAY");
    if (display == null || display.isEmpty()) {
      assumeTrue(onPath("Xvfb"), "no DISPLAY and no Xvfb: the GUI test needs a display (apt-get install -y xvfb"
          + " openbox, or run with DISPLAY set)");
      display = startXvfb();
      if (onPath("openbox")) {
        ProcessBuilder openbox = new ProcessBuilder("openbox").redirectErrorStream(true)
            .redirectOutput(scratch.resolve("openbox.log").toFile());
        openbox.environment().put("DISPLAY", display);
        windowManager = openbox.start();
      }
    }
    Process install = java(weka, "weka.core.WekaPackageManager", "-offline", "-install-package", zip);
    assertEquals(0, waitFor(install), read(scratch.resolve("java.log")));
  }

  @AfterAll
  static void stopDisplay() {
    if (windowManager != null) {
      windowManager.destroy();
    }
    if (xvfb != null) {
      xvfb.destroy();
    }
  }

  @Test
  void theTabRanksTheBundledDataAsTheCommandLineDoes() throws Exception {
    Files.createDirectories(SHOTS);
    Path out = scratch.resolve("table.tsv");
    Path shot = SHOTS.resolve("explorer-tab.png");
    List<String> args = new ArrayList<>(List.of(DATA.toString(), out.toString(), shot.toString(), "pred_gap",
        STRONG));
    args.addAll(WEAK);
    String classpath = driverClasses() + File.pathSeparator + System.getProperty("w2s.weka.classpath");
    Process driver = java(classpath, ExplorerTabDriver.class.getName(), args.toArray(new String[0]));
    int code = waitFor(driver);
    assertEquals(0, code, "the driver failed:\n" + read(scratch.resolve("java.log")));

    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    List<String[]> model = new ArrayList<>();
    List<String[]> sorted = new ArrayList<>();
    Map<String, String[]> seen = new java.util.HashMap<>();
    for (String line : lines) {
      String[] cells = line.split("\t");
      String[] rest = Arrays.copyOfRange(cells, 1, cells.length);
      if (cells[0].equals("model")) {
        model.add(rest);
      } else if (cells[0].equals("sorted")) {
        sorted.add(rest);
      } else {
        seen.put(cells[0].equals("button") ? rest[0] : cells[0], rest);
      }
    }
    // before any scrolling, on the screen the Explorer had (the whole of it, 1024 x 768 under our Xvfb),
    // the three buttons are whole and on the screen, and the attribute list shows at least ten rows
    if (xvfb != null) {
      assertEquals("1024", seen.get("screen")[0], lines.toString());
      assertEquals("768", seen.get("screen")[1], lines.toString());
    }
    assertEquals(List.of("w2s.start", "true", "true", "Start"), Arrays.asList(seen.get("w2s.start")));
    assertEquals(List.of("w2s.stop", "true", "true", "Stop"), Arrays.asList(seen.get("w2s.stop")));
    assertEquals(List.of("w2s.experiment", "true", "true", "Run experiment"),
        Arrays.asList(seen.get("w2s.experiment")));
    weka.core.Instances data = weka.core.converters.ConverterUtils.DataSource.read(DATA.toString());
    long numeric = java.util.stream.IntStream.range(0, data.numAttributes())
        .filter(i -> data.attribute(i).isNumeric()).count();
    assertEquals(Long.toString(numeric), seen.get("attributeRows")[1], "the list holds the numeric attributes");
    assertTrue(Integer.parseInt(seen.get("attributeRows")[0]) >= 10, "attribute rows shown: "
        + seen.get("attributeRows")[0]);
    String[] header = model.remove(0);

    // the Explorer's data have no class; the tab chose the last attribute as the Classify tab does
    List<String> cli = new ArrayList<>(List.of("-i", DATA.toString()));
    WEAK.forEach(w -> cli.addAll(List.of("-weak", w)));
    cli.addAll(List.of("-strong", STRONG, "-c", "last", "-top", "10"));
    List<Map<String, Object>> json = AnalysisCli.json(cli.toArray(new String[0]));
    assertEquals(json.size(), model.size(), lines.toString());
    for (int r = 0; r < json.size(); r++) {
      assertEquals(Integer.toString(r + 1), model.get(r)[0]);
      assertEquals(json.get(r).get("weak"), model.get(r)[1], "ranking order");
      assertEquals(json.get(r).get("strong"), model.get(r)[2]);
      for (int c = 3; c < header.length; c++) {
        double want = AnalysisCli.value(json.get(r), header[c]);
        assertEquals(want, Double.parseDouble(model.get(r)[c]), 1e-12 * Math.max(1, Math.abs(want)), header[c]);
      }
    }
    // a click on the pred_gap header sorts the rows by it, ascending
    assertEquals(json.size(), sorted.size());
    for (int r = 1; r < sorted.size(); r++) {
      assertTrue(Double.parseDouble(sorted.get(r - 1)[1]) <= Double.parseDouble(sorted.get(r)[1]), sorted.toString());
    }
    assertEquals("name:weakA_.*", sorted.get(0)[0], "weakA has the smallest pred_gap (docs/cli.md)");

    BufferedImage image = ImageIO.read(shot.toFile());
    assertTrue(image.getWidth() >= 1000 && image.getHeight() >= 700 || xvfb == null, "screenshot " + image.getWidth() + "x"
        + image.getHeight());
  }

  // ---------------------------------------------------------------- processes

  /**
   * The driver's class files alone in a directory: with all of target/test-classes on the class path,
   * Weka's class discovery would load the package's test classes in its packages (weka.w2s.targets)
   * from the application class loader, without the package's libraries.
   */
  static String driverClasses() throws IOException {
    Path from = Paths.get("target", "test-classes", "weka", "w2s", "gui");
    Path root = scratch.resolve("driver");
    Path to = root.resolve("weka").resolve("w2s").resolve("gui");
    Files.createDirectories(to);
    try (java.util.stream.Stream<Path> files = Files.list(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (f.getFileName().toString().startsWith(ExplorerTabDriver.class.getSimpleName())) {
          Files.copy(f, to.resolve(f.getFileName()));
        }
      }
    }
    return root.toString();
  }

  static boolean onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Paths.get(dir, program))) {
        return true;
      }
    }
    return false;
  }

  /** Xvfb on the first free display from :90, 1024 x 768: the small screen the tab must fit (issue 20). */
  static String startXvfb() throws IOException, InterruptedException {
    for (int n = 90; n < 120; n++) {
      if (Files.exists(Paths.get("/tmp/.X11-unix/X" + n)) || Files.exists(Paths.get("/tmp/.X" + n + "-lock"))) {
        continue;
      }
      xvfb = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", "1024x768x24", "-nolisten", "tcp")
          .redirectErrorStream(true).redirectOutput(scratch.resolve("xvfb.log").toFile()).start();
      for (int i = 0; i < 50 && !Files.exists(Paths.get("/tmp/.X11-unix/X" + n)); i++) {
        Thread.sleep(100);
      }
      if (xvfb.isAlive()) {
        return ":" + n;
      }
    }
    fail("could not start Xvfb on displays :90 to :119");
    return null;
  }

  static Process java(String classpath, String mainClass, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Djava.awt.headless=false", "-Dweka.packageManager.offline=true", "-cp", classpath, mainClass));
    command.addAll(Arrays.asList(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(scratch.resolve("java.log").toFile());
    builder.environment().put("WEKA_HOME", wekaHome.toString());
    builder.environment().put("DISPLAY", display);
    return builder.start();
  }

  static int waitFor(Process p) throws InterruptedException {
    if (!p.waitFor(300, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("timed out");
    }
    return p.exitValue();
  }

  static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }
}
