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
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link PrincipalFeatureMap} against the brute-force kernel of {@link BruteForce}: the kernel
 * features reproduce P on the fitting rows, the scores have the eigenvalues as variances, and both
 * computation paths give the same features (the sign convention makes them identical).
 */
class PrincipalFeatureMapTest {

  @ParameterizedTest(name = "n={0} d={1} k={2} {3} ridge={4} m={5}")
  @CsvSource({"20, 30, 4, SOFT, 0.0, 20", "20, 30, 0, HARD, 0.0, 20", "60, 12, 5, SOFT, 0.05, 15",
      "60, 12, 0, SOFT, 0.0, 60", "60, 12, 40, SOFT, 0.0, 60"})
  void kernelFeaturesReproducePOnTheFittingRows(int n, int d, int fixedK, Shrinkage shrinkage,
      double ridge, double trainSize) {
    DMatrixRMaj rows = TestData.columns(TestData.related(70 + n + d, n, 0, d, 0), TestData.range(0, d));
    BruteForce.Rule rule = fixedK > 0 ? BruteForce.Rule.fixed(fixedK) : BruteForce.Rule.variance(0.8);
    BruteForce.Side side = new BruteForce.Side(rule, shrinkage, ridge, trainSize);
    BruteForce.Kernel expected = new BruteForce.Kernel(BruteForce.centre(rows), side,
        PrincipalSettings.DEFAULT_RANK_TOLERANCE);

    for (SampleGeometry.Path path : new SampleGeometry.Path[] {SampleGeometry.Path.COVARIANCE,
        SampleGeometry.Path.GRAM}) {
      PrincipalFeatureMap map = fit(rows, side.toCore(PrincipalSettings.DEFAULT_RANK_TOLERANCE), path,
          trainSize, PrincipalFeatureMap.Output.KERNEL);
      assertEquals(expected.k, map.k(), path + ": k");
      Checks.assertRelative(expected.gamma, map.space().gamma(), 1e-9, path + ": gamma");
      DMatrixRMaj z = features(map, rows);
      DMatrixRMaj kernel = new DMatrixRMaj(n, n);
      CommonOps_DDRM.multTransB(z, z, kernel);
      CommonOps_DDRM.divide(kernel, n);
      Checks.assertMatrixClose(expected.p, kernel, 1e-9, path + ": Z Z^T / n = P");
    }
  }

  @ParameterizedTest(name = "n={0} d={1}")
  @CsvSource({"20, 30", "60, 12"})
  void scoresHaveTheEigenvaluesAsVariancesAndPathsAgree(int n, int d) {
    DMatrixRMaj rows = TestData.columns(TestData.related(90 + n, n, 0, d, 0), TestData.range(0, d));
    PrincipalSettings settings = PrincipalSettings.defaults().withRule(PrincipalRule.fixed(5));
    PrincipalFeatureMap cov = fit(rows, settings, SampleGeometry.Path.COVARIANCE, n,
        PrincipalFeatureMap.Output.SCORES);
    PrincipalFeatureMap gram = fit(rows, settings, SampleGeometry.Path.GRAM, n,
        PrincipalFeatureMap.Output.SCORES);

    DMatrixRMaj z = features(cov, rows);
    DMatrixRMaj second = new DMatrixRMaj(5, 5);
    CommonOps_DDRM.multTransA(z, z, second);
    CommonOps_DDRM.divide(second, n);
    double[] lambda = cov.space().eigenvalues();
    for (int i = 0; i < 5; i++) {
      for (int j = 0; j < 5; j++) {
        double target = i == j ? lambda[i] : 0;
        assertEquals(target, second.get(i, j), 1e-9 * lambda[0], "second moment (" + i + "," + j + ")");
      }
    }
    // the sign convention makes the two paths agree feature by feature, also off the sample
    Checks.assertMatrixClose(cov.weights(), gram.weights(), 1e-8, "weights of the two paths");
    double[] fresh = new double[d];
    for (int j = 0; j < d; j++) {
      fresh[j] = Math.sin(j + 1.0) * 3;
    }
    double[] a = cov.apply(fresh);
    double[] b = gram.apply(fresh);
    for (int i = 0; i < 5; i++) {
      assertEquals(a[i], b[i], 1e-8 * (1 + Math.abs(a[i])), "new instance, feature " + i);
    }
  }

  @Test
  void largestWeightOfEveryFeatureIsPositiveAndApplyIsTheAffineMap() {
    DMatrixRMaj rows = TestData.columns(TestData.related(5, 40, 0, 8, 0), TestData.range(0, 8));
    PrincipalFeatureMap map = fit(rows, PrincipalSettings.defaults(), SampleGeometry.Path.AUTO, 40,
        PrincipalFeatureMap.Output.KERNEL);
    DMatrixRMaj w = map.weights();
    for (int i = 0; i < map.k(); i++) {
      double largest = 0;
      for (int j = 0; j < w.numRows; j++) {
        if (Math.abs(w.get(j, i)) > Math.abs(largest)) {
          largest = w.get(j, i);
        }
      }
      assertTrue(largest > 0, "feature " + i + " has its largest weight " + largest);
    }
    double[] h = TestData.row(rows, 3);
    double[] mean = map.mean();
    double[] z = map.apply(h);
    for (int i = 0; i < map.k(); i++) {
      double expected = 0;
      for (int j = 0; j < h.length; j++) {
        expected += w.get(j, i) * (h[j] - mean[j]);
      }
      assertEquals(expected, z[i], 1e-12 * (1 + Math.abs(expected)));
    }
    assertThrows(IllegalArgumentException.class, () -> map.apply(new double[3]));
  }

  private static PrincipalFeatureMap fit(DMatrixRMaj rows, PrincipalSettings settings,
      SampleGeometry.Path path, double trainSize, PrincipalFeatureMap.Output output) {
    JointStatistics stats = TestData.stats(rows, rows.numRows);
    SampleGeometry geometry = SampleGeometry.of(stats, settings, path);
    PrincipalSpace space = geometry.decompose(TestData.range(0, rows.numCols), trainSize);
    return PrincipalFeatureMap.of(geometry, space, output);
  }

  private static DMatrixRMaj features(PrincipalFeatureMap map, DMatrixRMaj rows) {
    DMatrixRMaj z = new DMatrixRMaj(rows.numRows, map.k());
    double[] out = new double[map.k()];
    for (int r = 0; r < rows.numRows; r++) {
      map.apply(TestData.row(rows, r), out);
      for (int i = 0; i < out.length; i++) {
        z.set(r, i, out[i]);
      }
    }
    return z;
  }
}
