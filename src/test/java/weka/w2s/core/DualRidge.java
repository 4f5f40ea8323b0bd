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
 * Ridge regression with an intercept, exactly as W2SG-MATH.md section 1: minimise
 * (1/m) ||y - H w - b||^2 + beta ||w||^2 on a fixed representation. Solved in the dual (kernel) form,
 * w = Hc^T (Hc Hc^T + m beta I)^{-1} yc with centred Hc and yc, which costs m x m instead of d x d
 * when the sample is smaller than the dimension. Several target columns are fitted at once.
 */
final class DualRidge {

  private final double[] featureMean;
  private final double[] targetMean;
  private final DMatrixRMaj centred;
  /** The dual coefficients (Hc Hc^T + m beta I)^{-1} Yc, m x targets. */
  private final DMatrixRMaj dual;

  /**
   * @param h       m x d raw representation of the training sample
   * @param targets m x t raw targets
   * @param beta    the ridge, > 0 (the dual system must be positive definite)
   */
  DualRidge(DMatrixRMaj h, DMatrixRMaj targets, double beta) {
    int m = h.numRows;
    featureMean = columnMeans(h);
    targetMean = columnMeans(targets);
    centred = subtractRow(h, featureMean);
    DMatrixRMaj gram = new DMatrixRMaj(m, m);
    CommonOps_DDRM.multTransB(centred, centred, gram);
    for (int i = 0; i < m; i++) {
      gram.add(i, i, m * beta);
    }
    dual = new DMatrixRMaj(m, targets.numCols);
    if (!CommonOps_DDRM.solveSPD(gram, subtractRow(targets, targetMean), dual)) {
      throw new AssertionError("the ridge system is not positive definite");
    }
  }

  /** Predictions for the rows of x (raw), n x targets. */
  DMatrixRMaj predict(DMatrixRMaj x) {
    DMatrixRMaj cross = new DMatrixRMaj(x.numRows, centred.numRows);
    CommonOps_DDRM.multTransB(subtractRow(x, featureMean), centred, cross);
    DMatrixRMaj out = TestData.times(cross, dual);
    for (int i = 0; i < out.numRows; i++) {
      for (int j = 0; j < out.numCols; j++) {
        out.add(i, j, targetMean[j]);
      }
    }
    return out;
  }

  private static double[] columnMeans(DMatrixRMaj m) {
    double[] mean = new double[m.numCols];
    for (int i = 0; i < m.numRows; i++) {
      for (int j = 0; j < m.numCols; j++) {
        mean[j] += m.unsafe_get(i, j);
      }
    }
    for (int j = 0; j < m.numCols; j++) {
      mean[j] /= m.numRows;
    }
    return mean;
  }

  private static DMatrixRMaj subtractRow(DMatrixRMaj m, double[] row) {
    DMatrixRMaj out = m.copy();
    for (int i = 0; i < m.numRows; i++) {
      for (int j = 0; j < m.numCols; j++) {
        out.unsafe_set(i, j, m.unsafe_get(i, j) - row[j]);
      }
    }
    return out;
  }
}
