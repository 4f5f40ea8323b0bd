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

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.RandomMatrices_DDRM;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * PrincipalRule.automatic() recovers a planted principal dimension: k strong spikes over an isotropic
 * Gaussian tail (X = Z diag(sqrt(theta)) V^T + E, V a random d x k orthonormal frame, unit noise).
 * The weakest spike is 4 max(1, d/n): well above the detection limit sqrt(d/n) of a spiked covariance.
 */
class AutomaticRuleTest {

  private static final long[] SEEDS = {1, 2, 3};

  @ParameterizedTest(name = "n={0} d={1} k={2}")
  @CsvSource({"1000, 40, 2", "500, 100, 3", "2000, 200, 8", "300, 300, 4", "200, 600, 5", "150, 1200, 6"})
  void recoversThePlantedPrincipalDimension(int n, int d, int k) {
    double ratio = (double) d / n;
    double weakest = 4 * Math.max(1, ratio);
    StringBuilder line = new StringBuilder();
    line.append(String.format("auto rule | n=%5d d=%5d planted k=%d weakest spike %.1f |", n, d, k, weakest));
    int[] found = new int[SEEDS.length];
    for (int s = 0; s < SEEDS.length; s++) {
      DMatrixRMaj x = spiked(n, d, k, weakest, new Random(1000 * n + d + SEEDS[s]));
      JointStatistics stats = TestData.stats(x, d);
      SampleGeometry geometry = SampleGeometry.of(stats, PrincipalSettings.defaults().withRule(PrincipalRule.automatic()),
          SampleGeometry.Path.AUTO);
      PrincipalSpace space = new W2SGAnalyzer(geometry).strongSpace(TestData.range(0, d));
      found[s] = space.k();
      double[] lambda = space.eigenvalues();
      line.append(String.format(" seed %d: k=%d (%s, lambda_k/lambda_k+1 = %.2f)", SEEDS[s], found[s],
          geometry.path(), lambda[k - 1] / lambda[k]));
    }
    System.out.println(line);
    for (int s = 0; s < SEEDS.length; s++) {
      assertEquals(k, found[s], "seed " + SEEDS[s]);
    }
  }

  /** n rows of k spikes with variances weakest * (1 + j / 2), j < k, plus unit isotropic noise. */
  private static DMatrixRMaj spiked(int n, int d, int k, double weakest, Random rnd) {
    DMatrixRMaj z = TestData.gaussian(n, k, rnd);
    double[] scales = new double[k];
    for (int j = 0; j < k; j++) {
      scales[j] = Math.sqrt(weakest * (1 + 0.5 * j));
    }
    TestData.scaleColumns(z, scales);
    DMatrixRMaj frame = RandomMatrices_DDRM.orthogonal(d, k, rnd);
    DMatrixRMaj x = new DMatrixRMaj(n, d);
    CommonOps_DDRM.multTransB(z, frame, x);
    CommonOps_DDRM.addEquals(x, TestData.gaussian(n, d, rnd));
    double[] offsets = new double[d];
    for (int j = 0; j < d; j++) {
      offsets[j] = rnd.nextGaussian();
    }
    TestData.shiftColumns(x, offsets);
    return x;
  }
}
