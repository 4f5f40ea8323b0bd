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

package weka.w2s.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import weka.core.Instance;
import weka.core.Instances;
import weka.core.converters.ArffLoader;

/** The fast data reader gives exactly the instances, and the errors, of Weka's ArffLoader. */
class DenseArffReaderTest {

  @TempDir
  Path dir;

  /** Every line here is either one the fast path reads or one it must hand to Weka. */
  static final String TRICKY = String.join("\n",
      "% a comment before the header",
      "@relation tricky",
      "@attribute x numeric",
      "@attribute 'y z' real",
      "@attribute n integer",
      "@attribute class {neg, pos, 'two words', 1}",
      "",
      "@data",
      "1,2,3,neg",
      "  -1.5 ,\t2.25e-3,  +4 , pos  ",
      ".5,5.,-0,1",
      "1E5,1e+5,1e-400,neg",
      "1e400,-1e400,7,pos",
      "0.1,0.2,0.30000000000000004,neg",
      "123456789012345678901234567890,4.9e-324,2.2250738585072014E-308,neg",
      "1 2 3 pos",
      "1,,2,3,neg",
      "",
      "% a comment line",
      "1,2,3,neg % a trailing comment",
      "?,2,3,pos",
      "1,2,3,?",
      "1,2,3,'two words'",
      "1,2,3,\"two words\"",
      "1,2,3,neg,{0.25}",
      "{0 1.5, 3 pos}",
      "{1 2}, {3}",
      "0x1p3,2,3,neg",
      "1d,2f,3,neg",
      "1,2,3,pos\r",
      "9,8,7,1",
      "");

  @Test
  void everyBundledArffFileReadsExactlyAsArffLoaderReadsIt() throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(Paths.get("test-data"))) {
      files = s.filter(p -> p.toString().endsWith(".arff") || p.toString().endsWith(".arff.gz"))
          .collect(Collectors.toList());
    }
    files.add(Paths.get("src/main/resources/weka/w2s/templates/w2sg-latent-template.arff"));
    Path tricky = dir.resolve("tricky.arff");
    Files.write(tricky, TRICKY.getBytes(StandardCharsets.UTF_8));
    files.add(tricky);
    int fast = 0;
    for (Path f : files) {
      if (assertSameAsArffLoader(f)) {
        fast++;
      }
    }
    assertTrue(fast >= 3, "the fast path read only " + fast + " of " + files.size() + " files");
  }

  @Test
  void theFastPathReadsPlainLinesItselfAndHandsTheRestToWeka() throws Exception {
    Path plain = dir.resolve("plain.arff");
    Files.write(plain, "@relation p\n@attribute a numeric\n@attribute b {u,v}\n@data\n1.5,u\n2,v\n".getBytes(
        StandardCharsets.UTF_8));
    try (DenseArffReader r = DenseArffReader.open(plain.toString(), header(plain))) {
      assertNotNull(r);
      Instance first = r.next();
      assertEquals(1.5, first.value(0), 0.0);
      assertEquals(0.0, first.value(1), 0.0);
      assertEquals(1.0, r.next().value(1), 0.0);
      assertNull(r.next());
    }
    // a string attribute anywhere: the whole file is Weka's
    Path strings = dir.resolve("strings.arff");
    Files.write(strings, "@relation s\n@attribute a numeric\n@attribute t string\n@data\n1,'x'\n".getBytes(
        StandardCharsets.UTF_8));
    assertNull(DenseArffReader.open(strings.toString(), header(strings)));
    System.setProperty(DenseArffReader.PROPERTY, "false");
    try {
      assertNull(DenseArffReader.open(plain.toString(), header(plain)));
    } finally {
      System.clearProperty(DenseArffReader.PROPERTY);
    }
    assertTrue(DenseArffReader.isPlainNumber("-1.5e-3", 0, 7));
    assertFalse(DenseArffReader.isPlainNumber("1.5.3", 0, 5));
    assertFalse(DenseArffReader.isPlainNumber("NaN", 0, 3));
    assertFalse(DenseArffReader.isPlainNumber("1e", 0, 2));
    assertFalse(DenseArffReader.isPlainNumber(".", 0, 1));
  }

  @Test
  void aBadLineGivesWekasMessageWithItsLineNumber() throws Exception {
    Path bad = dir.resolve("bad.arff");
    Files.write(bad, "@relation b\n@attribute a numeric\n@attribute c {u,v}\n@data\n1,u\n2,w\n".getBytes(
        StandardCharsets.UTF_8));
    IOException weka = assertThrows(IOException.class, () -> readWithArffLoader(bad));
    try (DenseArffReader r = DenseArffReader.open(bad.toString(), header(bad))) {
      r.next();
      IOException ours = assertThrows(IOException.class, r::next);
      assertEquals(weka.getMessage(), ours.getMessage());
      assertTrue(ours.getMessage().contains("line 6"), ours.getMessage());
    }
  }

  /**
   * Issue 16, item 2: where Weka's reader drops values silently, a row with more values than the header
   * (a stray comma splits a number) and a block of NUL bytes left by a crash are errors naming the line;
   * an instance weight in braces is still Weka's to read.
   */
  @Test
  void extraValuesAndNulBytesAreErrorsNamingTheLine() throws Exception {
    String head = "@relation b\n@attribute a numeric\n@attribute b numeric\n@attribute c {u,v}\n@data\n";
    String[][] cases = {
      {"1,2,u\n3,4,u,5\n", "line 7 has more values than the header's 3 attributes"},
      {"1,2,u\n3,4,u,v\n", "line 7 has more values"},
      {"1,2,u\n\0\0\0\0\0\0\n3,4,v\n", "line 7 contains NUL bytes"}};
    for (String[] c : cases) {
      Path f = dir.resolve("extra.arff");
      Files.write(f, (head + c[0]).getBytes(StandardCharsets.UTF_8));
      try (DenseArffReader r = DenseArffReader.open(f.toString(), header(f))) {
        r.next();
        IOException e = assertThrows(IOException.class, r::next);
        assertTrue(e.getMessage().contains(c[1]), e.getMessage());
      }
    }
    Path weighted = dir.resolve("weighted.arff");
    Files.write(weighted, (head + "1,2,u,{3}\n").getBytes(StandardCharsets.UTF_8));
    try (DenseArffReader r = DenseArffReader.open(weighted.toString(), header(weighted))) {
      assertEquals(3.0, r.next().weight(), 0);
    }
  }

  private static Instances header(Path f) throws IOException {
    ArffLoader loader = new ArffLoader();
    loader.setFile(f.toFile());
    return loader.getStructure();
  }

  private static List<Instance> readWithArffLoader(Path f) throws IOException {
    ArffLoader loader = new ArffLoader();
    loader.setFile(new File(f.toString()));
    Instances h = loader.getStructure();
    List<Instance> out = new ArrayList<>();
    for (Instance i = loader.getNextInstance(h); i != null; i = loader.getNextInstance(h)) {
      out.add(i);
    }
    return out;
  }

  /** True if the fast reader took the file (and then every instance was equal). */
  private static boolean assertSameAsArffLoader(Path f) throws IOException {
    List<Instance> expected = readWithArffLoader(f);
    DenseArffReader r = DenseArffReader.open(f.toString(), header(f));
    if (r == null) {
      return false;
    }
    try {
      for (int row = 0; row < expected.size(); row++) {
        Instance e = expected.get(row);
        Instance a = r.next();
        String where = f.getFileName() + " row " + (row + 1);
        assertNotNull(a, where + " missing");
        assertEquals(e.numAttributes(), a.numAttributes(), where);
        assertEquals(Double.doubleToLongBits(e.weight()), Double.doubleToLongBits(a.weight()), where + " weight");
        for (int j = 0; j < e.numAttributes(); j++) {
          assertEquals(Double.doubleToLongBits(e.value(j)), Double.doubleToLongBits(a.value(j)),
              where + " attribute " + (j + 1) + ": " + e.value(j) + " vs " + a.value(j));
        }
        assertEquals(e.toString(), a.toString(), where);
      }
      assertNull(r.next(), f + ": more instances than ArffLoader read");
    } finally {
      r.close();
    }
    return true;
  }
}
