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

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The covariance path: with S = H^T H / n and S_a = V_a Lambda_a V_a^T, the frame of a is
 * F_a = V_a Lambda_a^{-1/2}, so that U_a = H_a F_a / sqrt(n), U_a^T U_b = F_a^T S_ab F_b and
 * U_a^T Y = sqrt(n) F_a^T S_aY. Every product is d x d at most.
 */
final class CovarianceGeometry extends SampleGeometry {

  private final DMatrixRMaj covariance;

  CovarianceGeometry(JointStatistics stats, PrincipalSettings settings, LinearAlgebra linearAlgebra) {
    super(stats, settings, linearAlgebra);
    this.covariance = stats.covariance();
  }

  @Override
  public Path path() {
    return Path.COVARIANCE;
  }

  @Override
  public PrincipalSpace decompose(int[] columns, double trainSize) {
    checkColumns(columns, covariance.numRows);
    SymmetricEigen eig = linearAlgebra.symmetricEigen(block(columns, columns), true);
    int r = eig.rank(settings.rankTolerance());
    double[] lambda = new double[r];
    DMatrixRMaj frame = new DMatrixRMaj(columns.length, r);
    for (int i = 0; i < r; i++) {
      lambda[i] = eig.values[i];
      double scale = 1.0 / Math.sqrt(lambda[i]);
      for (int row = 0; row < columns.length; row++) {
        frame.unsafe_set(row, i, eig.vectors.unsafe_get(row, i) * scale);
      }
    }
    return new PrincipalSpace(columns, lambda, frame, settings, n, trainSize);
  }

  @Override
  public DMatrixRMaj cross(PrincipalSpace a, int ka, PrincipalSpace b, int kb) {
    DMatrixRMaj fa = leading(a, ka);
    DMatrixRMaj fb = leading(b, kb);
    DMatrixRMaj sab = block(a.columns(), b.columns());
    return linearAlgebra.multiply(fa, true, linearAlgebra.multiply(sab, false, fb, false), false);
  }

  @Override
  public DMatrixRMaj labelCoordinates(PrincipalSpace a, int ka, int[] labelColumns) {
    DMatrixRMaj say = block(a.columns(), labelColumns);
    DMatrixRMaj result = new DMatrixRMaj(ka, labelColumns.length);
    CommonOps_DDRM.multTransA(leading(a, ka), say, result);
    CommonOps_DDRM.scale(Math.sqrt((double) n), result);
    return result;
  }

  @Override
  public double crossCovarianceSquaredNorm(int[] a, int[] b) {
    DMatrixRMaj block = block(a, b);
    return CommonOps_DDRM.elementSum(CommonOps_DDRM.elementMult(block, block, null));
  }

  @Override
  public double labelSumOfSquares(int[] labelColumns) {
    double trace = 0;
    for (int c : labelColumns) {
      trace += covariance.get(c, c);
    }
    return n * trace;
  }

  @Override
  public DMatrixRMaj rowMap(PrincipalSpace a, int ka) {
    DMatrixRMaj g = leading(a, ka);
    CommonOps_DDRM.scale(1.0 / Math.sqrt((double) n), g);
    return g;
  }

  private DMatrixRMaj block(int[] rows, int[] cols) {
    DMatrixRMaj out = new DMatrixRMaj(rows.length, cols.length);
    CommonOps_DDRM.extract(covariance, rows, rows.length, cols, cols.length, out);
    return out;
  }
}
