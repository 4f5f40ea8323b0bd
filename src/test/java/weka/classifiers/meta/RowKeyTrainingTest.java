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

package weka.classifiers.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import weka.classifiers.functions.RidgeProbe;
import weka.core.Attribute;
import weka.core.Instances;
import weka.core.Utils;
import weka.w2s.core.RowKeySplit;
import weka.w2s.experiment.Experiment;
import weka.w2s.experiment.ExperimentSettings;
import weka.w2s.targets.TargetStrategy;

/**
 * WeakToStrong and W2SGExperiment -id: the test part and the weak slice are the rows whose key the
 * hash puts there, whatever their order, so a shuffled copy of the data trains the same models; the
 * key is no representation attribute; a key that cannot serve is refused with a message that says
 * what to change.
 */
class RowKeyTrainingTest {

  /** The bundled data with an attribute "id" (the row number from 1) in front. */
  static Instances numbered() throws Exception {
    Instances data = W2STestData.latent();
    data.insertAttributeAt(new Attribute("id"), 0);
    for (int i = 0; i < data.numInstances(); i++) {
      data.instance(i).setValue(0, i + 1);
    }
    return data;
  }

  static WeakToStrong byKey(String mode) {
    WeakToStrong w2s = new WeakToStrong();
    w2s.setWeakAttributes(W2STestData.WEAK_C);
    w2s.setStrongAttributes(W2STestData.STRONG);
    w2s.setTargets(TargetStrategy.forName(mode));
    w2s.setSeed(4);
    w2s.setRowKey("id");
    return w2s;
  }

  @Test
  void theSliceIsTheRowsTheHashPutsThere() throws Exception {
    Instances data = numbered();
    WeakToStrong w2s = byKey("naive");
    w2s.buildClassifier(data);
    int expected = 0;
    for (int i = 0; i < data.numInstances(); i++) {
      expected += RowKeySplit.inWeakSlice(data.instance(i).value(0), 4, 0.5) ? 1 : 0;
    }
    assertEquals(expected, w2s.getReport().weakSliceSize());
    assertEquals(1000 - expected, w2s.getReport().poolSize());
  }

  @Test
  void aShuffledCopyTrainsTheSameModels() throws Exception {
    Instances data = numbered();
    Instances shuffled = new Instances(data);
    shuffled.randomize(new Random(9));
    for (String mode : new String[] {"naive", "kernel"}) {
      WeakToStrong a = byKey(mode);
      a.buildClassifier(data);
      WeakToStrong b = byKey(mode);
      b.buildClassifier(shuffled);
      assertSameHead((RidgeProbe) a.getWeakModel(), (RidgeProbe) b.getWeakModel(), mode + " weak");
      assertSameHead((RidgeProbe) a.getStrongModel(), (RidgeProbe) b.getStrongModel(), mode + " strong");
      assertEquals(a.getSelection().chosen().candidate, b.getSelection().chosen().candidate);
    }
    // without -id the stratified shuffle depends on the order: the control that the check can fail
    WeakToStrong a = byKey("naive");
    a.setRowKey("");
    a.buildClassifier(data);
    WeakToStrong b = byKey("naive");
    b.setRowKey("");
    b.buildClassifier(shuffled);
    double[][] wa = ((RidgeProbe) a.getWeakModel()).coefficients();
    double[][] wb = ((RidgeProbe) b.getWeakModel()).coefficients();
    assertTrue(Math.abs(wa[0][0] - wb[0][0]) > 1e-6, "a different slice gives a different weak model");
  }

  @Test
  void theExperimentSplitsByKeyInAnyOrder() throws Exception {
    Instances data = numbered();
    Instances shuffled = new Instances(data);
    shuffled.randomize(new Random(5));
    ExperimentSettings settings = new ExperimentSettings().setWeak(java.util.List.of(W2STestData.WEAK_C))
        .setStrong(W2STestData.STRONG).setRuns(2).setModes("naive").setRowKey("id");
    Experiment a = new Experiment(settings, data, "numbered", new java.io.PrintStream(
        java.io.OutputStream.nullOutputStream()));
    a.run();
    Experiment b = new Experiment(settings, shuffled, "shuffled", new java.io.PrintStream(
        java.io.OutputStream.nullOutputStream()));
    b.run();
    int test = 0;
    for (int i = 0; i < data.numInstances(); i++) {
      test += RowKeySplit.inTest(i + 1, settings.seed() + 1, settings.testFraction()) ? 1 : 0;
    }
    assertEquals(test, a.testSize(), "the last run's test part is the rows the hash puts there");
    Experiment.CandidateResult ra = a.candidates().get(0);
    Experiment.CandidateResult rb = b.candidates().get(0);
    for (int r = 0; r < 2; r++) {
      assertEquals(ra.weakMeasures()[r], rb.weakMeasures()[r], 1e-12);
      assertEquals(ra.ceilingMeasures()[r], rb.ceilingMeasures()[r], 1e-12);
      assertEquals(ra.measures("naive")[r], rb.measures("naive")[r], 1e-12);
      assertEquals(ra.gaps("naive")[r], rb.gaps("naive")[r], 1e-9 * ra.gaps("naive")[r]);
    }
    assertTrue(a.table().contains("row-key split"), a.table());
  }

  static void assertSameHead(RidgeProbe a, RidgeProbe b, String what) {
    assertEquals(a.chosenRidge(), b.chosenRidge(), 1e-12 * a.chosenRidge(), what + " ridge");
    double[][] wa = a.coefficients();
    double[][] wb = b.coefficients();
    for (int f = 0; f < wa.length; f++) {
      for (int k = 0; k < wa[f].length; k++) {
        assertEquals(wa[f][k], wb[f][k], 1e-9 * (1 + Math.abs(wa[f][k])), what + " coefficient " + f);
      }
    }
  }

  @Test
  void theKeyIsNoRepresentationAttribute() throws Exception {
    WeakToStrong w2s = byKey("naive");
    w2s.setStrongAttributes("first-last");
    w2s.buildClassifier(numbered());
    assertTrue(!Utils.arrayToString(((RidgeProbe) w2s.getStrongModel()).coefficientNames()).contains("id"),
        "first-last leaves the key out");
    WeakToStrong explicit = byKey("naive");
    explicit.setWeakAttributes("1-25");
    Exception e = assertThrows(IllegalArgumentException.class, () -> explicit.buildClassifier(numbered()));
    assertEquals("The row key 'id' is also a weak attribute; leave it out of the weak attributes.", e.getMessage());
  }

  @Test
  void aKeyThatCannotServeIsRefused() throws Exception {
    WeakToStrong none = byKey("naive");
    none.setRowKey("nope");
    assertEquals("There is no attribute 'nope' for the row key (-id); give the name of the attribute that identifies"
        + " each instance.", assertThrows(IllegalArgumentException.class, () -> none.buildClassifier(numbered()))
        .getMessage());
    WeakToStrong cls = byKey("naive");
    cls.setRowKey("class");
    assertEquals("The row key 'class' must be a numeric attribute other than the class (it is the class).",
        assertThrows(IllegalArgumentException.class, () -> cls.buildClassifier(numbered())).getMessage());
    Instances missing = numbered();
    missing.instance(6).setMissing(0);
    Exception e = assertThrows(Exception.class, () -> byKey("naive").buildClassifier(missing));
    assertEquals("The row key 'id' is missing in instance 7; every instance needs its key (-id).", e.getMessage());
  }
}
