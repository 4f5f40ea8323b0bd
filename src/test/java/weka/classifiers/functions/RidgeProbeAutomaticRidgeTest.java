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

package weka.classifiers.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Random;

import org.junit.jupiter.api.Test;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.Utils;
import weka.w2s.core.RidgeGrid;
import weka.w2s.core.RidgePath;

/** RidgeProbe's automatic ridge: the leave-one-out choice of RidgePath, its options, report and serialization. */
class RidgeProbeAutomaticRidgeTest {

  /** A noisy binary task in 40 dimensions on 120 rows: a ridge of some size should win. */
  private static Instances data(long seed) {
    Random r = new Random(seed);
    ArrayList<Attribute> atts = new ArrayList<>();
    int d = 40;
    for (int j = 0; j < d; j++) {
      atts.add(new Attribute("a" + j));
    }
    ArrayList<String> values = new ArrayList<>();
    values.add("no");
    values.add("yes");
    atts.add(new Attribute("class", values));
    Instances data = new Instances("auto-ridge", atts, 120);
    data.setClassIndex(d);
    for (int i = 0; i < 120; i++) {
      double[] v = new double[d + 1];
      for (int j = 0; j < d; j++) {
        v[j] = 3 * r.nextGaussian();
      }
      v[d] = v[0] + v[1] + 4 * r.nextGaussian() > 0 ? 1 : 0;
      data.add(new DenseInstance(1 + (i % 3), v));
    }
    return data;
  }

  @Test
  void theDefaultChoosesTheLeaveOneOutRidgeOfTheGrid() throws Exception {
    Instances data = data(1);
    RidgeProbe probe = new RidgeProbe();
    assertTrue(probe.choosesRidge(), "leave-one-out is the default");
    probe.buildClassifier(data);

    int d = data.numAttributes() - 1;
    double[][] x = new double[data.numInstances()][d];
    double[][] t = new double[data.numInstances()][2];
    double[] w = new double[data.numInstances()];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < d; j++) {
        x[i][j] = data.instance(i).value(j);
      }
      t[i][(int) data.instance(i).classValue()] = 1;
      w[i] = data.instance(i).weight();
    }
    RidgePath path = RidgePath.of(x, w);
    RidgePath.RidgeChoice expected = path.chooseRidge(t,
        RidgeGrid.parse(RidgeGrid.DEFAULT, "test").absolute(path.meanEigenvalue()));
    assertEquals(expected.ridge(), probe.chosenRidge(), 0);
    assertEquals(expected.error(), probe.ridgeChoice().error(), 1e-12);
    assertTrue(probe.chosenRidge() > 1e-3 * path.meanEigenvalue(), "noise in 40 dimensions wants a real ridge: "
        + probe.chosenRidge());
    String text = probe.toString();
    assertTrue(text.contains("chosen by exact leave-one-out"), text);
    assertTrue(text.contains("<- chosen"), text);
  }

  @Test
  void aSerializedModelKeepsItsChosenRidge() throws Exception {
    Instances data = data(2);
    RidgeProbe probe = new RidgeProbe();
    probe.buildClassifier(data);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(probe);
    }
    RidgeProbe copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (RidgeProbe) in.readObject();
    }
    assertEquals(probe.chosenRidge(), copy.chosenRidge(), 0);
    assertEquals(probe.ridgeChoice().error(), copy.ridgeChoice().error(), 0);
    for (int i = 0; i < 10; i++) {
      assertEquals(probe.distributionForInstance(data.instance(i))[1],
          copy.distributionForInstance(data.instance(i))[1], 0);
    }
  }

  @Test
  void aRidgeOnTheCommandLineFixesIt() throws Exception {
    RidgeProbe fixed = new RidgeProbe();
    fixed.setOptions(Utils.splitOptions("-ridge 0.5"));
    assertFalse(fixed.choosesRidge());
    fixed.buildClassifier(data(3));
    assertEquals(0.5, fixed.chosenRidge(), 0);
    assertNull(fixed.ridgeChoice());
    assertTrue(fixed.toString().contains("beta: 0.5 (fixed)"), fixed.toString());

    RidgeProbe explicit = new RidgeProbe();
    explicit.setOptions(Utils.splitOptions("-ridge-selection loo -ridge 0.5 -ridge-grid 0.1,1"));
    assertTrue(explicit.choosesRidge(), "an explicit selection wins over -ridge");
    RidgeProbe again = new RidgeProbe();
    again.setOptions(explicit.getOptions());
    assertTrue(again.choosesRidge());
    assertEquals("0.1,1", again.getRidgeGrid());
    again.buildClassifier(data(3));
    assertEquals(2, again.ridgeChoice().ridges().length);

    Exception e = assertThrows(IllegalArgumentException.class,
        () -> new RidgeProbe().setOptions(Utils.splitOptions("-ridge-grid 0.1,-1")));
    assertTrue(e.getMessage().contains(">= 0"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new RidgeProbe().setOptions(Utils.splitOptions("-ridge-selection best")));
    assertTrue(e.getMessage().contains("loo or fixed"), e.getMessage());
  }
}
