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

package weka.w2s.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import weka.core.Instances;
import weka.w2s.sim.ConceptMixtureModel.Supervision;

/** The generator of Somerstep et al.'s model against its own definition. */
class ConceptMixtureModelTest {

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  @Test
  void theConceptsAndTheBiasDirectionAreOrthonormal() {
    ConceptMixtureModel model = new ConceptMixtureModel(20, 5, 0.3, 7);
    double[][] v = new double[6][];
    for (int j = 0; j < 5; j++) {
      v[j] = model.concept(j);
    }
    v[5] = model.biasDirection();
    for (int a = 0; a < v.length; a++) {
      for (int b = 0; b < v.length; b++) {
        assertEquals(a == b ? 1 : 0, dot(v[a], v[b]), 1e-12, a + "," + b);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Supervision.class)
  void theClassIsTheTargetConceptsSignAndTheWeakScoreErrsAtTheStatedRate(Supervision supervision) {
    ConceptMixtureModel model = new ConceptMixtureModel(16, 3, 0.4, 3);
    double strength = model.strengthForError(supervision, 0.2);
    assertEquals(0.2, model.weakLabelError(supervision, strength), 1e-12);
    Instances data = model.sample(40000, supervision, strength, 11);
    double[] target = model.concept(0);
    int errors = 0;
    for (int i = 0; i < data.numInstances(); i++) {
      double[] row = data.instance(i).toDoubleArray();
      double[] h = java.util.Arrays.copyOfRange(row, 1, 17);
      assertEquals(dot(target, h) > 0 ? 1 : 0, row[17], 0.0);
      if ((row[0] > 0 ? 1 : 0) != row[17]) {
        errors++;
      }
    }
    // binomial sd sqrt(0.2 * 0.8 / 40000) = 0.002
    assertEquals(0.2, (double) errors / data.numInstances(), 0.01, supervision.toString());
  }

  @Test
  void badArgumentsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new ConceptMixtureModel(4, 4, 0.3, 1));
    assertThrows(IllegalArgumentException.class, () -> new ConceptMixtureModel(10, 1, 0.3, 1));
    assertThrows(IllegalArgumentException.class,
        () -> new ConceptMixtureModel(10, 2, 0, 1).strengthForError(Supervision.ORTHOGONAL_BIAS, 0.2));
    assertThrows(IllegalArgumentException.class,
        () -> new ConceptMixtureModel(10, 2, 0.3, 1).strengthForError(Supervision.NOISE, 0.5));
  }
}
