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
 * The Gram path, for samples smaller than the dimension: K_a = H_a H_a^T / n is decomposed directly,
 * its eigenvectors u_i are the frame, and U_a^T U_b, U_a^T Y are plain n-dimensional products.
 */
final class GramGeometry extends SampleGeometry {

  private final DMatrixRMaj centred;

  GramGeometry(JointStatistics stats, PrincipalSettings settings, LinearAlgebra linearAlgebra) {
    super(stats, settings, linearAlgebra);
    this.centred = stats.centredRows();
  }

  @Override
  public Path path() {
    return Path.GRAM;
  }

  @Override
  public PrincipalSpace decompose(int[] columns, double trainSize) {
    checkColumns(columns, centred.numCols);
    DMatrixRMaj h = columnsOf(columns);
    DMatrixRMaj gram = linearAlgebra.multiply(h, false, h, true);
    CommonOps_DDRM.divide(gram, (double) n);
    SymmetricEigen eig = linearAlgebra.symmetricEigen(gram, true);
    int r = eig.rank(settings.rankTolerance());
    double[] lambda = new double[r];
    System.arraycopy(eig.values, 0, lambda, 0, r);
    // r == 0 (constant columns) is refused by PrincipalSpace with a clear message; extract cannot take it
    DMatrixRMaj frame = r == 0 ? new DMatrixRMaj(h.numRows, 0)
        : CommonOps_DDRM.extract(eig.vectors, 0, eig.vectors.numRows, 0, r);
    return new PrincipalSpace(columns, lambda, frame, settings, n, trainSize);
  }

  @Override
  public DMatrixRMaj cross(PrincipalSpace a, int ka, PrincipalSpace b, int kb) {
    return linearAlgebra.multiply(leading(a, ka), true, leading(b, kb), false);
  }

  @Override
  public DMatrixRMaj labelCoordinates(PrincipalSpace a, int ka, int[] labelColumns) {
    DMatrixRMaj result = new DMatrixRMaj(ka, labelColumns.length);
    CommonOps_DDRM.multTransA(leading(a, ka), columnsOf(labelColumns), result);
    return result;
  }

  @Override
  public double crossCovarianceSquaredNorm(int[] a, int[] b) {
    DMatrixRMaj cov = linearAlgebra.multiply(columnsOf(a), true, columnsOf(b), false);
    return CommonOps_DDRM.elementSum(CommonOps_DDRM.elementMult(cov, cov, null)) / ((double) n * n);
  }

  @Override
  public double labelSumOfSquares(int[] labelColumns) {
    DMatrixRMaj y = columnsOf(labelColumns);
    return CommonOps_DDRM.elementSum(CommonOps_DDRM.elementMult(y, y, null));
  }

  @Override
  public DMatrixRMaj rowMap(PrincipalSpace a, int ka) {
    // u_i(x) = v_i^T (h - mean) / sqrt(n lambda_i) with v_i = H^T u_i / sqrt(n lambda_i)
    DMatrixRMaj g = new DMatrixRMaj(a.columns().length, ka);
    CommonOps_DDRM.multTransA(columnsOf(a.columns()), leading(a, ka), g);
    for (int i = 0; i < ka; i++) {
      double scale = 1.0 / (n * a.eigenvalue(i));
      for (int row = 0; row < g.numRows; row++) {
        g.unsafe_set(row, i, g.unsafe_get(row, i) * scale);
      }
    }
    return g;
  }

  private DMatrixRMaj columnsOf(int[] columns) {
    DMatrixRMaj out = new DMatrixRMaj(centred.numRows, columns.length);
    CommonOps_DDRM.extract(centred, firstColumns(centred.numRows), centred.numRows, columns,
        columns.length, out);
    return out;
  }
}
