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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The import rules of the package's layers (each package-info.java states its own): the core imports
 * no Weka; each layer imports only the layers below it; no layer below the faces imports the
 * command-line face (weka.w2s), except the components' main methods, which call its runners; the
 * KnowledgeFlow steps do not import the Explorer tab. Read from the sources' import lines.
 */
class ArchitectureTest {

  private static final Path SOURCES = Paths.get("src/main/java");
  private static final String CLI = "weka.w2s";
  private static final Set<String> COMPONENT_PACKAGES = Set.of("weka.classifiers.functions",
      "weka.classifiers.meta", "weka.filters.unsupervised.attribute",
      "weka.datagenerators.classifiers.classification");
  /** The command-line runners a component's main may call (Weka's components call Weka's the same way). */
  private static final Set<String> RUNNERS = Set.of("weka.w2s.ClassifierMain", "weka.w2s.FilterMain",
      "weka.w2s.GeneratorMain", "weka.w2s.CommandLine");

  /** Each package of the package's own, with the packages of this project it may import. */
  private static final Map<String, Set<String>> MAY_IMPORT = Map.ofEntries(
      Map.entry("weka.w2s.core", Set.of()),
      Map.entry("weka.w2s.format", Set.of()),
      Map.entry("weka.w2s.data", Set.of("weka.w2s.core")),
      Map.entry("weka.w2s.options", Set.of("weka.w2s.core")),
      Map.entry("weka.w2s.sim", Set.of("weka.w2s.core")),
      Map.entry("weka.w2s.analysis", Set.of("weka.w2s.core", "weka.w2s.data", "weka.w2s.options",
          "weka.w2s.format")),
      Map.entry("weka.w2s.targets", Set.of("weka.w2s.core", "weka.w2s.data", "weka.w2s.options",
          "weka.w2s.format")),
      Map.entry("component", Set.of("weka.w2s.core", "weka.w2s.data", "weka.w2s.options", "weka.w2s.format",
          "weka.w2s.targets", "weka.w2s.sim", "weka.w2s.analysis", "component")),
      Map.entry("weka.w2s.experiment", Set.of("weka.w2s.core", "weka.w2s.data", "weka.w2s.options",
          "weka.w2s.format", "weka.w2s.analysis", "weka.w2s.targets", "component")),
      Map.entry("weka.w2s.charts", Set.of("weka.w2s.core", "weka.w2s.analysis", "weka.w2s.experiment")),
      Map.entry("weka.w2s.kf", Set.of("weka.w2s.core", "weka.w2s.data", "weka.w2s.options", "weka.w2s.format",
          "weka.w2s.analysis", "weka.w2s.experiment", "weka.w2s.charts", "component")),
      Map.entry("weka.w2s.gui", Set.of("weka.w2s.core", "weka.w2s.data", "weka.w2s.options", "weka.w2s.format",
          "weka.w2s.analysis", "weka.w2s.experiment", "weka.w2s.charts", "component")),
      Map.entry(CLI, Set.of("weka.w2s.core", "weka.w2s.data", "weka.w2s.options", "weka.w2s.format",
          "weka.w2s.analysis", "weka.w2s.experiment", "weka.w2s.targets", "component")));

  private static final Pattern QUALIFIED = Pattern.compile("\\bweka\\.(?:w2s|classifiers|filters|datagenerators)"
      + "(?:\\.[a-z]\\w*)*\\.[A-Z]\\w*");
  private static final Pattern CLASS_IMPORT = Pattern.compile("^import (?:static )?([\\w.]*\\.[A-Z]\\w*)",
      Pattern.MULTILINE);

  @Test
  void everyLayerImportsOnlyTheLayersBelowIt() throws IOException {
    List<String> broken = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    for (Path file : sources()) {
      String text = Files.readString(file);
      String own = layer(packageOf(text), file);
      seen.add(own);
      assertTrue(MAY_IMPORT.containsKey(own), file + " is in a package no rule covers: add it to MAY_IMPORT");
      Matcher m = CLASS_IMPORT.matcher(text);
      List<String> used = new ArrayList<>();
      while (m.find()) {
        used.add(m.group(1));
      }
      // fully qualified names in the code, not only import lines
      Matcher q = QUALIFIED.matcher(code(text));
      while (q.find()) {
        used.add(q.group());
      }
      for (String imported : used) {
        String target = layerOfClass(imported);
        if (target == null || target.equals(own)) {
          continue; // Weka, Java or a library; or the same layer
        }
        boolean runner = own.equals("component") && RUNNERS.contains(imported);
        if (!runner && !MAY_IMPORT.get(own).contains(target)) {
          broken.add(SOURCES.relativize(file) + " (" + own + ") imports " + imported + " (" + target + ")");
        }
      }
    }
    assertEquals(List.of(), broken, "imports that run against the layers");
    assertTrue(seen.containsAll(List.of("weka.w2s.core", "weka.w2s.analysis", "weka.w2s.experiment",
        "weka.w2s.gui", "weka.w2s.kf", CLI, "component")), "the rules saw the layers: " + seen);
  }

  @Test
  void theCoreImportsNoWeka() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path file : sources()) {
      String text = Files.readString(file);
      if (!packageOf(text).equals("weka.w2s.core")) {
        continue;
      }
      Matcher m = CLASS_IMPORT.matcher(text);
      while (m.find()) {
        if (m.group(1).startsWith("weka.") && !m.group(1).startsWith("weka.w2s.core.")) {
          broken.add(SOURCES.relativize(file) + " imports " + m.group(1));
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void everyPackageSaysItsRule() throws IOException {
    Set<String> packages = new TreeSet<>();
    for (Path file : sources()) {
      String p = packageOf(Files.readString(file));
      if (p.startsWith("weka.w2s")) {
        packages.add(p);
      }
    }
    for (String p : packages) {
      assertTrue(Files.exists(SOURCES.resolve(p.replace('.', '/')).resolve("package-info.java")),
          p + " has no package-info.java");
    }
  }

  /** The text without its string literals, comments, package and import lines. */
  private static String code(String text) {
    return text.replaceAll("\"(?:\\\\.|[^\"\\\\\\n])*\"", "\"\"").replaceAll("(?s)/\\*.*?\\*/", "")
        .replaceAll("//[^\\n]*", "").replaceAll("(?m)^(package|import) .*$", "");
  }

  private static List<Path> sources() throws IOException {
    try (Stream<Path> s = Files.walk(SOURCES)) {
      return s.filter(p -> p.toString().endsWith(".java") && !p.endsWith("package-info.java"))
          .collect(Collectors.toList());
    }
  }

  private static String packageOf(String text) {
    Matcher m = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE).matcher(text);
    return m.find() ? m.group(1) : "";
  }

  /** The layer of a source file: its package, or "component" for the package's classifiers, filters, generators. */
  private static String layer(String pkg, Path file) {
    return COMPONENT_PACKAGES.contains(pkg) ? "component" : pkg;
  }

  /** The layer of an imported class of this project, or null for anything else. */
  private static String layerOfClass(String className) {
    String pkg = className.substring(0, className.lastIndexOf('.'));
    // a nested class: Outer.Inner
    while (!pkg.isEmpty() && Character.isUpperCase(pkg.charAt(pkg.lastIndexOf('.') + 1))) {
      pkg = pkg.substring(0, pkg.lastIndexOf('.'));
    }
    if (pkg.startsWith("weka.w2s")) {
      return pkg;
    }
    if (COMPONENT_PACKAGES.contains(pkg)) {
      String simple = className.substring(className.lastIndexOf('.') + 1);
      Path own = SOURCES.resolve(pkg.replace('.', '/')).resolve(simple + ".java");
      return Files.exists(own) ? "component" : null; // Weka's own classes in the same packages are Weka
    }
    return null;
  }
}
