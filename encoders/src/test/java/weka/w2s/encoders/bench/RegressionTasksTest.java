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

package weka.w2s.encoders.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

/** The regression builder on tiny inputs written here (no network, no cache). */
class RegressionTasksTest {

  @TempDir
  Path dir;

  @Test
  void carsKeepTheRowsWithATargetAndReadTheModelYear() throws Exception {
    Path json = dir.resolve("cars.json");
    Files.writeString(json, "[{\"Name\":\"a\",\"Miles_per_Gallon\":18,\"Cylinders\":8,\"Displacement\":307,"
        + "\"Horsepower\":130,\"Weight_in_lbs\":3504,\"Acceleration\":12,\"Year\":\"1970-01-01\",\"Origin\":\"USA\"},"
        + "{\"Name\":\"b\",\"Miles_per_Gallon\":null,\"Cylinders\":4,\"Displacement\":97,\"Horsepower\":88,"
        + "\"Weight_in_lbs\":2130,\"Acceleration\":14.5,\"Year\":\"1971-01-01\",\"Origin\":\"Japan\"},"
        + "{\"Name\":\"c\",\"Miles_per_Gallon\":25.5,\"Cylinders\":4,\"Displacement\":98,\"Horsepower\":null,"
        + "\"Weight_in_lbs\":2046,\"Acceleration\":19,\"Year\":\"1971-01-01\",\"Origin\":\"Europe\"}]",
        StandardCharsets.UTF_8);
    Instances cars = RegressionTasks.cars(json);
    assertEquals(2, cars.numInstances());
    assertEquals(8, cars.numAttributes());
    assertEquals("Miles_per_Gallon", cars.classAttribute().name());
    assertTrue(cars.classAttribute().isNumeric());
    assertEquals(1970, cars.instance(0).value(cars.attribute("Year")), 0);
    assertEquals("Europe", cars.instance(1).stringValue(cars.attribute("Origin")));
    assertTrue(cars.instance(1).isMissing(cars.attribute("Horsepower")));
    assertEquals(25.5, cars.instance(1).classValue(), 0);
  }

  @Test
  void anes96PutsPartyIdentificationLastAndLeavesTheVoteOut() throws Exception {
    Path csv = dir.resolve("anes96.csv");
    Files.writeString(csv, "'popul'\t'selfLR'\t'PID'\t'age'\t'vote'\n0\t7\t6\t36\t1\n190\t3\t1\t20\t0\n",
        StandardCharsets.UTF_8);
    Instances data = RegressionTasks.anes96(csv);
    assertEquals(List.of("popul", "selfLR", "age", "PID"), names(data));
    assertEquals(6, data.instance(0).value(3), 0);
    assertEquals(20, data.instance(1).value(2), 0);
  }

  @Test
  void diabetesJoinsTheRawDataAndTheTarget() throws Exception {
    Path x = dir.resolve("x.csv.gz");
    Path y = dir.resolve("y.csv.gz");
    gzip(x, "59 2 32.1 101.0 157 93.2 38.0 4.0 4.8598 87\n48 1 21.6 87.0 183 103.2 70.0 3.0 3.8918 69\n");
    gzip(y, "1.510000000000000000e+02\n7.500000000000000000e+01\n");
    Instances data = RegressionTasks.diabetes(x, y);
    assertEquals(2, data.numInstances());
    assertEquals(11, data.numAttributes());
    assertEquals("bmi", data.attribute(2).name());
    assertEquals(21.6, data.instance(1).value(2), 1e-12);
    assertEquals(75, data.instance(1).value(10), 0);
    gzip(y, "151\n");
    assertThrows(IllegalStateException.class, () -> RegressionTasks.diabetes(x, y));
  }

  @Test
  void viewColumnsLoseConstantsAndDesc12IsStandardized() throws Exception {
    ArrayList<Attribute> atts = new ArrayList<>();
    for (String n : new String[] {"desc12_0", "desc12_1", "maccs_0", "maccs_1", "atompair_0", "morgan1_0",
        "strong_0", "strong_1", "strong_2", "target"}) {
      atts.add(new Attribute(n));
    }
    Instances raw = new Instances("m", atts, 3);
    raw.add(new DenseInstance(1, new double[] {300, 1, 0, 1, 2, 0, 5, 0, 1, 6.5}));
    raw.add(new DenseInstance(1, new double[] {400, 2, 0, 0, 3, 1, 5, 2, 1, 7.0}));
    raw.add(new DenseInstance(1, new double[] {500, 3, 0, 1, 4, 2, 5, 4, 0, 5.5}));
    Instances out = RegressionTasks.fromViewColumns("m", raw);
    assertEquals(Map.of("desc12", 2, "maccs", 1, "atompair", 1, "morgan1", 1, "strong", 2),
        RegressionTasks.viewDimensions(out));
    assertEquals(List.of("desc12_0", "desc12_1", "maccs_0", "atompair_0", "morgan1_0", "strong_0", "strong_1",
        "target"), names(out));
    assertEquals(0, out.attributeStats(0).numericStats.mean, 1e-12);
    assertEquals(1, out.attributeStats(0).numericStats.stdDev, 1e-12);
    assertEquals(2, out.instance(1).value(out.attribute("strong_0")), 0); // counts stay counts
    assertEquals(out.numAttributes() - 1, out.classIndex());
    assertEquals(5.5, out.instance(2).classValue(), 0);

    Instances stray = new Instances(raw);
    stray.insertAttributeAt(new Attribute("other_0"), 0);
    assertThrows(IllegalStateException.class, () -> RegressionTasks.fromViewColumns("m", stray));
  }

  @Test
  void tabularTasksHaveEveryViewNoMissingValueAndAreDeterministic() throws Exception {
    Instances raw = syntheticRaw(40);
    Instances a = RegressionTasks.tabular("t", raw);
    Instances b = RegressionTasks.tabular("t", syntheticRaw(40));
    assertEquals(List.of("pc2", "sub25", "sub50", "rp4", "bin3", "sub50_bin3", "strong"),
        new ArrayList<>(RegressionTasks.viewDimensions(a).keySet()));
    // x, z, w and three colour indicators (NominalToBinary; the constant dropped), then 200 random Fourier features
    assertEquals(6 + ModeTasks.FOURIER_FEATURES, (int) RegressionTasks.viewDimensions(a).get("strong"));
    assertEquals(RegressionTasks.TARGET, a.classAttribute().name());
    assertTrue(a.classAttribute().isNumeric());
    assertEquals(a.numAttributes() - 1, a.classIndex());
    for (int i = 0; i < a.numInstances(); i++) {
      assertFalse(a.instance(i).hasMissingValue());
      assertEquals(raw.instance(i).classValue(), a.instance(i).classValue(), 0);
      for (int j = 0; j < a.numAttributes(); j++) {
        assertEquals(a.instance(i).value(j), b.instance(i).value(j), 0);
      }
    }
    for (int j = 0; j < a.numAttributes(); j++) {
      if (a.attribute(j).name().startsWith("bin3_")) {
        for (int i = 0; i < a.numInstances(); i++) {
          double v = a.instance(i).value(j);
          assertTrue(v == 0 || v == 1, "indicator " + a.attribute(j).name() + " = " + v);
        }
      }
    }
    raw.instance(3).setClassMissing();
    assertThrows(IllegalStateException.class, () -> RegressionTasks.tabular("t", raw));
  }

  @Test
  void theLicenceIsTheLastCopyrightParagraphThatMatchesTheDataFile() {
    String dep5 = "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        + "Upstream-Name: statsmodels\n\nFiles: *\nCopyright: 2009-2022, Statsmodels Developers.\nLicense: BSD-3\n\n"
        + "Files: statsmodels/datasets/*\nCopyright: 2007, David Cournapeau\nLicense: BSD-3\n"
        + "Comment: concerns code parts\n\n"
        + "Files: statsmodels/datasets/anes96/anes96.csv\n       statsmodels/datasets/nile/nile.csv\n"
        + "Copyright: N/A\nLicense: public-domain\n\nFiles: docs/*\nCopyright: x\nLicense: MIT\n";
    assertEquals("public-domain (Copyright N/A), copyright file, Files: statsmodels/datasets/anes96/anes96.csv",
        RegressionTasks.licence(dep5, "statsmodels/datasets/anes96/anes96.csv"));
    assertEquals("BSD-3 (Copyright 2007, David Cournapeau), copyright file, Files: statsmodels/datasets/*",
        RegressionTasks.licence(dep5, "statsmodels/datasets/fair/fair.csv"));
    assertEquals("BSD-3 (Copyright 2009-2022, Statsmodels Developers), copyright file, Files: *",
        RegressionTasks.licence(dep5, "setup.py"));
  }

  /** x, z, w numeric (w with a missing value), colour nominal, a constant; target = 2x - z + noise. */
  private static Instances syntheticRaw(int n) {
    ArrayList<Attribute> atts = new ArrayList<>();
    atts.add(new Attribute("x"));
    atts.add(new Attribute("z"));
    atts.add(new Attribute("w"));
    atts.add(new Attribute("colour", new ArrayList<>(List.of("red", "green", "blue"))));
    atts.add(new Attribute("constant"));
    atts.add(new Attribute("y"));
    Instances raw = new Instances("t", atts, n);
    Random r = new Random(7);
    for (int i = 0; i < n; i++) {
      double x = r.nextGaussian();
      double z = r.nextGaussian();
      double w = i == 5 ? Double.NaN : r.nextDouble();
      raw.add(new DenseInstance(1, new double[] {x, z, w, i % 3, 1, 2 * x - z + 0.1 * r.nextGaussian()}));
    }
    raw.setClassIndex(raw.numAttributes() - 1);
    return raw;
  }

  private static List<String> names(Instances data) {
    List<String> out = new ArrayList<>();
    for (int j = 0; j < data.numAttributes(); j++) {
      out.add(data.attribute(j).name());
    }
    return out;
  }

  private static void gzip(Path file, String text) throws Exception {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
