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

package weka.w2s.targets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static weka.w2s.targets.TeacherParts.ridge;
import static weka.w2s.targets.TeacherParts.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import weka.classifiers.meta.WeakToStrong;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

/**
 * The reference code bases' baselines (confident-label filter, product, window, entropy): each
 * strategy's targets against a computation of its rule written out here, from the weak labels and
 * the strong model's predictions that the supervision gives every strategy.
 */
class BaselineTargetsTest {

  /** Three classes, a weak view of two noisy attributes and a strong view of six, fixed ridges. */
  private static final class Setup {
    final WeakSupervision supervision;

    Setup(int classes) throws Exception {
      Instances data = simulation(150, classes, 5);
      Instances slice = new Instances(data, 0, 60);
      Instances pool = new Instances(data, 60, 90);
      WeakTeacher teacher = new WeakTeacher(ridge(0.1), ridge(0.1), view(slice, "1-2"), view(slice, "3-8"),
          view(pool, "1-2"), view(pool, "3-8"), false, 1);
      supervision = teacher.supervise(teacher.trainWeak(teacher.allSliceRows()), teacher.allSliceRows());
    }
  }

  static Instances simulation(int n, int classes, long seed) {
    Random r = new Random(seed);
    ArrayList<Attribute> atts = new ArrayList<>();
    for (int j = 0; j < 8; j++) {
      atts.add(new Attribute("a" + j));
    }
    List<String> values = new ArrayList<>();
    for (int c = 0; c < classes; c++) {
      values.add("c" + c);
    }
    atts.add(new Attribute("class", values));
    Instances data = new Instances("baselines", atts, n);
    data.setClassIndex(8);
    for (int i = 0; i < n; i++) {
      double[] z = {r.nextGaussian(), r.nextGaussian(), r.nextGaussian()};
      double[] v = new double[9];
      v[0] = z[0] + 1.5 * r.nextGaussian();
      v[1] = z[1] + 1.5 * r.nextGaussian();
      for (int j = 0; j < 6; j++) {
        v[2 + j] = z[j % 3] + 0.3 * r.nextGaussian();
      }
      int label = classes == 2 ? (z[0] + z[1] > 0 ? 1 : 0) : (z[0] > z[1] ? (z[0] > z[2] ? 0 : 2) : (z[1] > z[2] ? 1 : 2));
      v[8] = label;
      data.add(new DenseInstance(1, v));
    }
    return data;
  }



  static int top(double[] p) {
    int best = 0;
    for (int c = 1; c < p.length; c++) {
      if (p[c] > p[best]) {
        best = c;
      }
    }
    return best;
  }

  // ------------------------------------------------------------------ confident-label filter

  @Test
  void theConfidentFilterKeepsTheMostConfidentWeakLabels() throws Exception {
    Setup s = new Setup(3);
    double[][] q = s.supervision.weakLabels();
    Targets t = TargetStrategy.forName("weka.w2s.targets.ConfidentFilter -fraction 0.3").build(s.supervision);
    // by hand: the 27 (= 0.3 x 90) largest top probabilities
    double[] sorted = Arrays.stream(q).mapToDouble(p -> p[top(p)]).sorted().toArray();
    double cut = sorted[sorted.length - 27];
    int kept = 0;
    for (int i = 0; i < q.length; i++) {
      boolean keep = t.weights()[i] > 0;
      kept += keep ? 1 : 0;
      assertEquals(q[i][top(q[i])] >= cut, keep, "row " + i);
      assertArrayEquals(q[i], t.distributions()[i], 0, "the targets are the weak labels");
    }
    assertEquals(27, kept);
  }

  @Test
  void aThresholdKeepsEveryLabelThatReachesIt() throws Exception {
    Setup s = new Setup(3);
    double[][] q = s.supervision.weakLabels();
    double threshold = 0.6;
    Targets t = TargetStrategy.forName("weka.w2s.targets.ConfidentFilter -threshold " + threshold).build(s.supervision);
    int reaching = 0;
    for (int i = 0; i < q.length; i++) {
      boolean reaches = q[i][top(q[i])] >= threshold;
      reaching += reaches ? 1 : 0;
      assertEquals(reaches, t.weights()[i] > 0, "row " + i);
    }
    assertTrue(reaching >= 2 && reaching < q.length, reaching + " rows reach " + threshold + ": the case must filter");
  }

  @Test
  void balancedKeepsTheWeakLabelsClassShares() throws Exception {
    Setup s = new Setup(3);
    double[][] q = s.supervision.weakLabels();
    Targets t = TargetStrategy.forName("weka.w2s.targets.ConfidentFilter -fraction 0.4 -balanced").build(s.supervision);
    // the weak labels' mean distribution gives each class's share of the 36 kept rows
    double[] share = new double[3];
    for (double[] p : q) {
      for (int c = 0; c < 3; c++) {
        share[c] += p[c] / q.length;
      }
    }
    int[] keptOf = new int[3];
    for (int i = 0; i < q.length; i++) {
      if (t.weights()[i] > 0) {
        keptOf[top(q[i])]++;
      }
    }
    assertEquals(36, keptOf[0] + keptOf[1] + keptOf[2]);
    for (int c = 0; c < 3; c++) {
      assertEquals(share[c] * 36, keptOf[c], 1.0, "class " + c + ": " + Arrays.toString(keptOf));
    }
    // within a class, the kept rows are its most confident
    for (int c = 0; c < 3; c++) {
      double lowestKept = Double.POSITIVE_INFINITY;
      double highestDropped = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < q.length; i++) {
        if (top(q[i]) == c) {
          double conf = q[i][c];
          if (t.weights()[i] > 0) {
            lowestKept = Math.min(lowestKept, conf);
          } else {
            highestDropped = Math.max(highestDropped, conf);
          }
        }
      }
      assertTrue(lowestKept >= highestDropped, "class " + c);
    }
  }

  // ------------------------------------------------------------------ product

  @Test
  void productMultipliesAndRenormalises() {
    assertArrayEquals(new double[] {0.12 / 0.44, 0.32 / 0.44}, Product.product(new double[] {0.6, 0.4},
        new double[] {0.2, 0.8}, 1, 1), 1e-15);
    // alpha 2, beta 0: the weak label squared
    assertArrayEquals(new double[] {0.36 / 0.52, 0.16 / 0.52}, Product.product(new double[] {0.6, 0.4},
        new double[] {0.2, 0.8}, 2, 0), 1e-15);
    // no class in common: the weak label is kept
    assertArrayEquals(new double[] {1, 0}, Product.product(new double[] {1, 0}, new double[] {0, 1}, 1, 1), 0);
  }

  @Test
  void productTargetsComeFromTheWeakLabelsAndTheCrossFittedStrongModel() throws Exception {
    Setup s = new Setup(3);
    double[][] q = s.supervision.weakLabels();
    double[][] strong = s.supervision.crossFittedStrong();
    assertNotNull(strong);
    double[][] t = TargetStrategy.forName("weka.w2s.targets.Product -alpha 1 -beta 0.5").build(s.supervision)
        .distributions();
    for (int i = 0; i < q.length; i++) {
      double[] expected = new double[3];
      double sum = 0;
      for (int c = 0; c < 3; c++) {
        expected[c] = q[i][c] * Math.sqrt(strong[i][c]);
        sum += expected[c];
      }
      for (int c = 0; c < 3; c++) {
        expected[c] = sum > 0 ? expected[c] / sum : q[i][c];
      }
      assertArrayEquals(expected, t[i], 1e-12, "row " + i);
    }
  }

  // ------------------------------------------------------------------ window

  @Test
  void midweakIsTheMedianDistanceOfTheWeakLabelsFromOneHalf() {
    // top probabilities 0.9, 0.7, 0.55: distances 0.4, 0.2, 0.05
    assertEquals(0.2, Window.midweak(new double[][] {{0.9, 0.1}, {0.3, 0.7}, {0.55, 0.45}}), 1e-15);
    assertEquals(0.125, Window.midweak(new double[][] {{0.9, 0.1}, {0.3, 0.7}, {0.55, 0.45}, {0.5, 0.5}}), 1e-15);
  }

  @Test
  void windowKeepsTheWeakLabelWhereTheStrongModelIsUnsure() throws Exception {
    Setup s = new Setup(2);
    double[][] q = s.supervision.weakLabels();
    double[][] strong = s.supervision.crossFittedStrong();
    for (String radius : new String[] {"0.1", "midweak"}) {
      double r = radius.equals("midweak") ? Window.midweak(q) : 0.1;
      double[][] t = TargetStrategy.forName("weka.w2s.targets.Window -radius " + radius).build(s.supervision)
          .distributions();
      int kept = 0;
      for (int i = 0; i < q.length; i++) {
        int c = top(strong[i]);
        if (strong[i][c] < 0.5 + r) {
          kept++;
          assertArrayEquals(q[i], t[i], 0, "row " + i + ": unsure, the weak label");
        } else {
          double[] hard = new double[2];
          hard[c] = 1;
          assertArrayEquals(hard, t[i], 0, "row " + i + ": sure, its own hardened prediction");
        }
      }
      assertTrue(kept > 0 && kept < q.length, radius + ": " + kept + " weak labels kept; the case must mix");
    }
  }

  // ------------------------------------------------------------------ entropy

  @Test
  void entropyMixesInTheStrongModelsSoftPredictions() throws Exception {
    Setup s = new Setup(3);
    double[][] q = s.supervision.weakLabels();
    double[][] own = s.supervision.head().fit(Targets.of(q, s.supervision)).distributions(s.supervision.strongPool());
    double[][] t = TargetStrategy.forName("weka.w2s.targets.Entropy -weight 0.4 -rounds 1").build(s.supervision)
        .distributions();
    for (int i = 0; i < q.length; i++) {
      for (int c = 0; c < 3; c++) {
        assertEquals(0.6 * q[i][c] + 0.4 * own[i][c], t[i][c], 1e-12, "row " + i + " class " + c);
      }
    }
    // confidence mixes in the hardened predictions instead: one-hot rows, so its targets differ
    double[][] hardened = TargetStrategy.forName("weka.w2s.targets.Confidence -weight 0.4 -rounds 1")
        .build(s.supervision).distributions();
    assertTrue(!Arrays.deepEquals(t, hardened));
  }

  // ------------------------------------------------------------------ a numeric class

  @Test
  void strategiesWithoutARegressionMeaningAreRefusedForANumericClass() throws Exception {
    Instances data = simulation(80, 2, 9);
    data.setClassIndex(-1);
    data.deleteAttributeAt(8);
    data.insertAttributeAt(new Attribute("target"), 8);
    Random r = new Random(9);
    for (int i = 0; i < data.numInstances(); i++) {
      data.instance(i).setValue(8, data.instance(i).value(2) + data.instance(i).value(3) + 0.1 * r.nextGaussian());
    }
    data.setClassIndex(8);
    for (String strategy : new String[] {"confident", "product", "window"}) {
      WeakToStrong w2s = new WeakToStrong();
      w2s.setOptions(new String[] {"-weak-attributes", "1-2", "-strong-attributes", "3-8", "-mode", strategy});
      Exception e = assertThrows(Exception.class, () -> w2s.buildClassifier(data), strategy);
      assertTrue(e.getMessage().startsWith("The class 'target' is numeric, but " + strategy + " ")
          && e.getMessage().contains("choose naive, confidence, refine, kernel, filter, rounds, entropy, auto or gold"),
          e.getMessage());
    }
    WeakToStrong entropy = new WeakToStrong();
    entropy.setOptions(new String[] {"-weak-attributes", "1-2", "-strong-attributes", "3-8", "-mode", "entropy"});
    entropy.buildClassifier(data);
  }
}
