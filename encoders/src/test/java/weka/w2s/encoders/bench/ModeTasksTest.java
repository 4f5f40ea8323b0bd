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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

class ModeTasksTest {

  @TempDir
  Path dir;

  @Test
  void breastCancerSetsTheCountsLineAsideAndNamesTheClasses() throws Exception {
    Path csv = dir.resolve("breast_cancer.csv");
    Files.writeString(csv, "3,2,malignant,benign\n1.5,2,0\n3,4.25,1\n5,6,0\n", StandardCharsets.UTF_8);
    Instances data = ModeTasks.breastCancer(csv);
    assertEquals(3, data.numInstances());
    assertEquals(3, data.numAttributes());
    Attribute cls = data.attribute(2);
    assertTrue(cls.isNominal());
    assertEquals(List.of("malignant", "benign"), List.of(cls.value(0), cls.value(1)));
    assertEquals("benign", data.instance(1).stringValue(2));
    assertEquals(4.25, data.instance(1).value(1), 0);
  }

  @Test
  void theRecipeStandardizesAndDropsConstantColumnsButNotTheClass() throws Exception {
    ArrayList<Attribute> atts = new ArrayList<>();
    atts.add(new Attribute("x"));
    atts.add(new Attribute("constant"));
    atts.add(new Attribute("colour", new ArrayList<>(List.of("red", "green", "blue"))));
    atts.add(new Attribute("class", new ArrayList<>(List.of("no", "yes"))));
    Instances raw = new Instances("t", atts, 4);
    raw.add(new DenseInstance(1, new double[] {1, 7, 0, 0}));
    raw.add(new DenseInstance(1, new double[] {2, 7, 1, 1}));
    raw.add(new DenseInstance(1, new double[] {Double.NaN, 7, 2, 0}));
    raw.add(new DenseInstance(1, new double[] {5, 7, 1, 1}));
    raw.setClassIndex(3);
    Instances x = ModeTasks.standardized(raw);
    // x, and three indicators for colour; no constant, no class
    assertEquals(4, x.numAttributes(), x.toString());
    assertEquals(-1, x.classIndex());
    for (int j = 0; j < x.numAttributes(); j++) {
      assertTrue(x.attribute(j).isNumeric());
      assertEquals(0, x.attributeStats(j).numericStats.mean, 1e-12);
      assertEquals(1, x.attributeStats(j).numericStats.stdDev, 1e-12);
    }
  }

  @Test
  void randomFourierFeaturesAreDeterministicAndBounded() {
    double[][] x = new double[30][3];
    java.util.Random r = new java.util.Random(5);
    for (double[] row : x) {
      for (int j = 0; j < row.length; j++) {
        row[j] = r.nextGaussian();
      }
    }
    double[][] a = ModeTasks.randomFourierFeatures(x, 10, 1);
    double[][] b = ModeTasks.randomFourierFeatures(x, 10, 1);
    assertEquals(30, a.length);
    assertEquals(10, a[0].length);
    for (int i = 0; i < a.length; i++) {
      assertArrayEquals(a[i], b[i], 0);
      for (double v : a[i]) {
        assertTrue(v >= -1 && v <= 1);
      }
    }
    double[][] c = ModeTasks.randomFourierFeatures(x, 10, 2);
    assertTrue(c[0][0] != a[0][0]);
  }

  @Test
  void subsetsKeepAtLeastTwoAttributes() throws Exception {
    ArrayList<Attribute> atts = new ArrayList<>();
    for (int j = 0; j < 5; j++) {
      atts.add(new Attribute("a" + j));
    }
    Instances x = new Instances("x", atts, 2);
    x.add(new DenseInstance(1, new double[] {1, 2, 3, 4, 5}));
    x.add(new DenseInstance(1, new double[] {2, 3, 4, 5, 6}));
    assertEquals(2, ModeTasks.subset(x, 0.25, 1).numAttributes()); // round(1.25) = 1 -> 2
    assertEquals(3, ModeTasks.subset(x, 0.5, 2).numAttributes()); // round(2.5) = 3
  }

  @Test
  void assembledTasksNameEveryViewsColumns() {
    ArrayList<Attribute> atts = new ArrayList<>();
    atts.add(new Attribute("class", new ArrayList<>(List.of("a", "b"))));
    Instances labelled = new Instances("l", atts, 2);
    labelled.add(new DenseInstance(1, new double[] {1}));
    labelled.add(new DenseInstance(1, new double[] {0}));
    labelled.setClassIndex(0);
    Map<String, double[][]> views = new LinkedHashMap<>();
    views.put("pc2", new double[][] {{1, 2}, {3, 4}});
    views.put("strong", new double[][] {{5, 6, 7}, {8, 9, 10}});
    Instances out = ModeTasks.assemble("r", views, labelled);
    assertEquals(6, out.numAttributes());
    assertEquals("pc2_1", out.attribute(1).name());
    assertEquals("strong_2", out.attribute(4).name());
    assertEquals(5, out.classIndex());
    assertEquals("b", out.instance(0).stringValue(5));
    assertEquals(9, out.instance(1).value(3), 0);
  }

  @Test
  void licencesAreReadFromTheCopyrightFiles() {
    String dep5 = "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        + "Upstream-Name: scikit-learn\n\nFiles: *\nCopyright: 2007-2019 Scikit-Learn Developers\n"
        + "License: BSD-3-Clause\n\nFiles: doc/*\nCopyright: someone\nLicense: BSD-2-Clause\n";
    assertEquals("BSD-3-Clause (Copyright 2007-2019 Scikit-Learn Developers), copyright file, Files: *",
        ModeTasks.licence(dep5));
    String free = "This package was debianized by someone.\n\nCopyright: (C) 1998-2008  University of Waikato.\n\n"
        + "    This program is free software; you can redistribute it and/or modify\n"
        + "    it under the terms of the GNU General Public License as published by\n"
        + "    the Free Software Foundation; either version 2 of the License, or\n"
        + "    (at your option) any later version.\n";
    assertEquals("GPL-2+ (Copyright (C) 1998-2008 University of Waikato), copyright file", ModeTasks.licence(free));
  }

  @Test
  void candidatesAreTheAttributePrefixesButStrong() throws Exception {
    ArrayList<Attribute> atts = new ArrayList<>();
    for (String n : new String[] {"e5_q_rp32_0", "e5_q_rp32_1", "pc2_0", "strong_0", "strong_1"}) {
      atts.add(new Attribute(n));
    }
    atts.add(new Attribute("class", new ArrayList<>(List.of("a", "b"))));
    Instances header = new Instances("h", atts, 0);
    Path file = dir.resolve("h.arff");
    weka.core.converters.ConverterUtils.DataSink.write(file.toString(), header);
    assertEquals(List.of("e5_q_rp32", "pc2"), ModesBenchmark.candidates(file));
    assertEquals(List.of("-i", file.toString(), "-c", "last", "-weak", "name:e5_q_rp32_[0-9]+", "-weak", "name:pc2_[0-9]+",
        "-strong", "name:strong_.*", "-runs", "3", "-S", "1", "-json", "-modes", "naive,auto"),
        ModesBenchmark.experimentArgs(file, ModesBenchmark.candidates(file), 3, "naive,auto"));
  }
}
