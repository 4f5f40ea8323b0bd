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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import weka.core.Instances;
import weka.core.converters.ArffLoader;

/**
 * Issue 16, item 2 on Weka's reader path: files the fast reader does not take (a string attribute
 * here) are read by Weka's ArffLoader, which keeps a row's first values and drops the rest; the
 * package's loader refuses them, naming the line, and otherwise reads exactly what ArffLoader reads.
 */
class StrictArffLoaderTest {

  private static final String HEAD = "@relation s\n@attribute t string\n@attribute x numeric\n"
      + "@attribute c {a,b}\n@data\n";

  @TempDir
  Path dir;

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "'hi',2,b,3            | line 7 has more values than the header's 3 attributes (from '3' on)",
    "'hi',2,b,'more'       | line 7 has more values",
    "'hi',2,b,?            | line 7 has more values"})
  void extraValuesAreRefusedWhereWekaDropsThem(String row, String message) throws Exception {
    Path f = write("'hello',1,a\n" + row + "\n'yo',3,a\n");
    assertEquals(3, wekaReads(f), "Weka's ArffLoader reads the damaged row as data");
    BadInputException e = assertThrows(BadInputException.class,
        () -> DataFiles.readAll(f.toString(), "-i"));
    assertTrue(e.getMessage().startsWith("Cannot read '" + f + "': " + message), e.getMessage());
    assertTrue(e.getMessage().endsWith("Repair the row."), e.getMessage());
  }

  @Test
  void twoExtraValuesAreBlamedOnTheirOwnLine() throws Exception {
    Path f = write("'hello',1,a\n'hi',2,b,3,4\n'yo',3,a\n");
    // Weka takes the second extra value for the start of the next row and blames line 8
    java.io.IOException weka = assertThrows(java.io.IOException.class, () -> wekaReads(f));
    assertTrue(weka.getMessage().contains("line 8"), weka.getMessage());
    BadInputException e = assertThrows(BadInputException.class,
        () -> DataFiles.readAll(f.toString(), "-i"));
    assertTrue(e.getMessage().contains("line 7 has more values than the header's 3 attributes (from '3' on)"),
        e.getMessage());
  }

  @Test
  void nulBytesAreRefusedNamingTheirLine() throws Exception {
    Path f = write("'hello',1,a\n\0\0\0\0\n'yo',3,a\n");
    assertEquals(2, wekaReads(f), "Weka's ArffLoader reads NUL bytes as blanks");
    BadInputException e = assertThrows(BadInputException.class,
        () -> DataFiles.readAll(f.toString(), "-i"));
    assertTrue(e.getMessage().contains("line 7 contains NUL bytes"), e.getMessage());
  }

  @Test
  void weightsAndCommentsReadAsWekaReadsThem() throws Exception {
    Path f = write("'hello',1,a,{2.5}\n'hi',2,b % a comment\n'yo',3,a\n");
    Instances ours = DataFiles.readAll(f.toString(), "-i");
    ArffLoader weka = new ArffLoader();
    weka.setFile(new File(f.toString()));
    Instances expected = weka.getDataSet();
    assertEquals(expected.numInstances(), ours.numInstances());
    for (int i = 0; i < expected.numInstances(); i++) {
      assertEquals(expected.instance(i).toString(), ours.instance(i).toString());
      assertEquals(expected.instance(i).weight(), ours.instance(i).weight(), 0.0);
    }
    assertEquals(2.5, ours.instance(0).weight(), 0.0);
  }

  @Test
  void aDenseFileReadsAsArffLoaderReadsIt() throws Exception {
    Path f = dir.resolve("dense.arff");
    Files.write(f, DenseArffReaderTest.TRICKY.getBytes(StandardCharsets.UTF_8));
    Instances ours = DataFiles.readAll(f.toString(), "-i");
    ArffLoader weka = new ArffLoader();
    weka.setFile(new File(f.toString()));
    Instances expected = weka.getDataSet();
    assertEquals(expected.numInstances(), ours.numInstances());
    for (int i = 0; i < expected.numInstances(); i++) {
      for (int a = 0; a < expected.numAttributes(); a++) {
        assertEquals(Double.doubleToLongBits(expected.instance(i).value(a)),
            Double.doubleToLongBits(ours.instance(i).value(a)), "row " + i + ", attribute " + a);
      }
      assertEquals(expected.instance(i).weight(), ours.instance(i).weight(), 0.0);
    }
  }

  /** Weka takes only a lower-case ".gz" for compressed and would read "x.Arff.GZ" as text. */
  @Test
  void anUpperCaseGzSuffixIsReadCompressed() throws Exception {
    Path f = dir.resolve("x.Arff.GZ");
    try (java.io.OutputStream o = new java.util.zip.GZIPOutputStream(Files.newOutputStream(f))) {
      o.write((HEAD + "'hello',1,a\n'yo',3,b\n").getBytes(StandardCharsets.UTF_8));
    }
    Instances data = DataFiles.readAll(f.toString(), "-i");
    assertEquals(2, data.numInstances());
    assertEquals(3.0, data.instance(1).value(1), 0.0);
  }

  private Path write(String data) throws Exception {
    Path f = dir.resolve("s.arff");
    Files.write(f, (HEAD + data).getBytes(StandardCharsets.UTF_8));
    return f;
  }

  private static int wekaReads(Path f) throws Exception {
    ArffLoader weka = new ArffLoader();
    weka.setFile(new File(f.toString()));
    return weka.getDataSet().numInstances();
  }
}
