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
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PrincipalPool against the brute-force n x n principal kernel P_s. */
class PrincipalPoolTest {

  @ParameterizedTest(name = "n={0} d={1} k={2} {3}")
  @CsvSource({"60, 12, 4, SOFT", "60, 12, 4, HARD", "20, 40, 6, SOFT"})
  void smoothingAppliesTheBruteForcePrincipalKernel(int n, int d, int k, Shrinkage shrinkage) {
    Random rnd = new Random(11);
    DMatrixRMaj h = TestData.gaussian(n, d, rnd);
    TestData.scaleColumns(h, decaying(d));
    TestData.shiftColumns(h, constant(d, 3.0));
    double[][] rows = new double[n][];
    for (int i = 0; i < n; i++) {
      rows[i] = TestData.row(h, i);
    }
    double[][] targets = new double[n][2];
    for (int i = 0; i < n; i++) {
      targets[i][0] = rnd.nextDouble();
      targets[i][1] = 1 - targets[i][0];
    }
    double ridge = 0.05;
    PrincipalPool pool = PrincipalPool.of(rows,
        new PrincipalSettings(PrincipalRule.fixed(k), ridge, shrinkage, PrincipalSettings.DEFAULT_RANK_TOLERANCE));

    BruteForce.Kernel kernel = new BruteForce.Kernel(BruteForce.centre(h),
        new BruteForce.Side(BruteForce.Rule.fixed(k), shrinkage, ridge, n), PrincipalSettings.DEFAULT_RANK_TOLERANCE);
    double[][] smoothed = pool.smooth(targets);
    for (int c = 0; c < 2; c++) {
      double mean = 0;
      for (double[] t : targets) {
        mean += t[c] / n;
      }
      for (int a = 0; a < n; a++) {
        double expected = mean;
        for (int b = 0; b < n; b++) {
          expected += kernel.p.get(a, b) * (targets[b][c] - mean);
        }
        assertEquals(expected, smoothed[a][c], 1e-9, "row " + a + ", column " + c);
      }
    }
    // the whitened scores are principal-kernel features: their linear kernel over n is P_s
    double[][] z = pool.whitenedScores();
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        double dot = 0;
        for (int j = 0; j < z[a].length; j++) {
          dot += z[a][j] * z[b][j];
        }
        assertEquals(kernel.p.get(a, b), dot / n, 1e-9);
      }
    }
  }

  @Test
  void targetsMustMatchThePool() {
    double[][] rows = {{1, 2}, {3, 1}, {0, 5}};
    PrincipalPool pool = PrincipalPool.of(rows, PrincipalSettings.defaults());
    assertThrows(IllegalArgumentException.class, () -> pool.smooth(new double[2][2]));
    assertThrows(IllegalArgumentException.class, () -> PrincipalPool.of(new double[][] {{1, 2}}, PrincipalSettings.defaults()));
  }

  private static double[] decaying(int d) {
    double[] s = new double[d];
    for (int j = 0; j < d; j++) {
      s[j] = 3.0 / (1 + j);
    }
    return s;
  }

  private static double[] constant(int d, double v) {
    double[] s = new double[d];
    java.util.Arrays.fill(s, v);
    return s;
  }
}
