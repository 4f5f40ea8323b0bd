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

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import weka.classifiers.functions.RidgeProbe;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

/** RidgeHead's closed-form fits against RidgeProbe trained on the same rows and targets. */
class RidgeHeadTest {

  private static Instances data(int n, int d, long seed) {
    ArrayList<Attribute> atts = new ArrayList<>();
    for (int j = 0; j < d; j++) {
      atts.add(new Attribute("s" + j));
    }
    atts.add(new Attribute("class", Arrays.asList("a", "b", "c")));
    Instances data = new Instances("pool", atts, n);
    data.setClassIndex(d);
    Random r = new Random(seed);
    for (int i = 0; i < n; i++) {
      double[] v = new double[d + 1];
      for (int j = 0; j < d; j++) {
        v[j] = r.nextGaussian() + (j == 0 ? i % 3 : 0);
      }
      v[d] = i % 3;
      data.add(new DenseInstance(1, v));
    }
    return data;
  }

  private static double[][] rows(Instances data) {
    double[][] x = new double[data.numInstances()][data.numAttributes() - 1];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x[i].length; j++) {
        x[i][j] = data.instance(i).value(j);
      }
    }
    return x;
  }

  private static double[][] softTargets(int n, long seed) {
    Random r = new Random(seed);
    double[][] t = new double[n][3];
    for (double[] row : t) {
      double a = r.nextDouble();
      double b = r.nextDouble() * (1 - a);
      row[0] = a;
      row[1] = b;
      row[2] = 1 - a - b;
    }
    return t;
  }

  /** Leaving rows out (probe filtering, cross-fitting) by imputation on one decomposition is the fit without them. */
  @ParameterizedTest
  @CsvSource({"80, 6, 0.01, 0.2", "80, 6, 0.01, 0.5", "30, 50, 0.1, 0.3", "60, 10, 0, 0.25"})
  void aSubsetFitIsRidgeProbeOnTheSubset(int n, int d, double beta, double leftOut) throws Exception {
    Instances pool = data(n, d, 11);
    Instances gold = data(10, d, 12);
    RidgeProbe probe = new RidgeProbe();
    probe.setRidge(beta);
    double[][] goldTargets = new double[gold.numInstances()][3];
    for (int i = 0; i < goldTargets.length; i++) {
      goldTargets[i][(int) gold.instance(i).classValue()] = 1;
    }
    double[][] all = java.util.stream.Stream.concat(Arrays.stream(rows(pool)), Arrays.stream(rows(gold)))
        .toArray(double[][]::new);
    boolean[] goldUsed = new boolean[goldTargets.length];
    Arrays.fill(goldUsed, true);
    RidgeHead head = RidgeHead.of(probe, weka.w2s.core.RidgePath.of(all, null), n, goldTargets, goldUsed, false);
    double[][] t = softTargets(n, 13);
    double[] w = new double[n];
    Arrays.fill(w, 1);
    boolean[] keep = new boolean[n];
    Random r = new Random(14);
    for (int i = 0; i < n; i++) {
      keep[i] = r.nextDouble() >= leftOut;
    }
    Targets targets = new Targets(t, w, head, null);
    double[][] fast = head.fitSubset(targets, keep).distributions(data(7, d, 15));

    RidgeProbe reference = new RidgeProbe();
    reference.setRidge(beta);
    double[] kept = w.clone();
    for (int i = 0; i < n; i++) {
      kept[i] = keep[i] ? 1 : 0;
    }
    ClassifierHead.train(reference, pool, t, kept, gold);
    Instances test = data(7, d, 15);
    for (int i = 0; i < test.numInstances(); i++) {
      double[] expected = reference.distributionForInstance(test.instance(i));
      for (int k = 0; k < 3; k++) {
        assertEquals(expected[k], fast[i][k], 1e-8, "row " + i);
      }
    }
  }
}
