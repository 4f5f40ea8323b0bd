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

package weka.w2s.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import weka.classifiers.functions.RidgeProbe;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

/**
 * RidgePath against RidgeProbe (an independent Cholesky / pseudo-inverse solve of the same loss),
 * on both paths (n > d: covariance, n &lt; d: Gram) and for beta = 0 and beta &gt; 0; its exact
 * leave-one-out predictions against RidgeProbe refitted without the row.
 */
class RidgePathTest {

  private static double[][] rows(int n, int d, long seed) {
    Random r = new Random(seed);
    double[][] x = new double[n][d];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        x[i][j] = r.nextGaussian() * (1 + j % 3) + 0.5;
      }
    }
    return x;
  }

  private static double[][] targets(double[][] x, long seed) {
    Random r = new Random(seed);
    double[][] t = new double[x.length][2];
    for (int i = 0; i < x.length; i++) {
      double p = 1 / (1 + Math.exp(-(x[i][0] - x[i][1] + r.nextGaussian())));
      t[i][0] = 1 - p;
      t[i][1] = p;
    }
    return t;
  }

  private static Instances instances(double[][] x) {
    ArrayList<Attribute> atts = new ArrayList<>();
    for (int j = 0; j < x[0].length; j++) {
      atts.add(new Attribute("a" + j));
    }
    ArrayList<String> values = new ArrayList<>();
    values.add("n");
    values.add("p");
    atts.add(new Attribute("class", values));
    Instances data = new Instances("ridge", atts, x.length);
    data.setClassIndex(x[0].length);
    for (double[] row : x) {
      double[] v = java.util.Arrays.copyOf(row, row.length + 1);
      v[row.length] = weka.core.Utils.missingValue();
      data.add(new DenseInstance(1, v));
    }
    return data;
  }

  private static double[] probeScores(double[][] x, double[][] t, double beta, double[] query) throws Exception {
    RidgeProbe probe = new RidgeProbe();
    probe.setRidge(beta);
    probe.buildFromTargets(instances(x), t);
    Instances q = instances(new double[][] {query});
    return probe.scoresForInstance(q.instance(0));
  }

  @ParameterizedTest
  @CsvSource({"60, 8, 0.01", "60, 8, 0", "12, 30, 0.01", "12, 30, 0", "40, 40, 0.1"})
  void agreesWithRidgeProbe(int n, int d, double beta) throws Exception {
    double[][] x = rows(n, d, n * 31L + d);
    double[][] t = targets(x, 7);
    RidgePath.Head head = RidgePath.of(x, null).solve(t, beta);
    for (double[] query : rows(5, d, 99)) {
      double[] expected = probeScores(x, t, beta, query);
      double[] actual = head.scores(query);
      for (int k = 0; k < expected.length; k++) {
        assertEquals(expected[k], actual[k], 1e-9 * (1 + Math.abs(expected[k])), "n=" + n + " d=" + d);
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"50, 6, 0.05", "15, 25, 0.05", "30, 4, 0"})
  void leaveOneOutIsTheFitWithoutTheRow(int n, int d, double beta) throws Exception {
    double[][] x = rows(n, d, 5L * n + d);
    double[][] t = targets(x, 3);
    double[][] loo = RidgePath.of(x, null).leaveOneOut(t, beta);
    for (int i : new int[] {0, n / 2, n - 1}) {
      double[][] xs = new double[n - 1][];
      double[][] ts = new double[n - 1][];
      for (int j = 0, m = 0; j < n; j++) {
        if (j != i) {
          xs[m] = x[j];
          ts[m++] = t[j];
        }
      }
      // the penalty is held at n * beta in sum form: on n - 1 rows, RidgeProbe's mean-form ridge is n beta / (n - 1)
      double[] expected = probeScores(xs, ts, beta * n / (n - 1), x[i]);
      for (int k = 0; k < expected.length; k++) {
        assertEquals(expected[k], loo[i][k], 1e-8, "row " + i);
      }
    }
  }
}
