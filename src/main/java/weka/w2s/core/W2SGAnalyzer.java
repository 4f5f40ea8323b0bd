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
 * Computes the W2SG quantities of (weak, strong) pairs from the principal factors alone
 * (W2SG-MATH.md section 4). With C = U_s^T U_w and the shrinkage diagonals D_w, D_s:
 * <ul>
 * <li>||P_s (I - P_w)||_op^2 = lambda_max(D_s M D_s), M = I - C (2 D_w - D_w^2) C^T;</li>
 * <li>||P_s (I - P_w)||_F^2 = tr(D_s M D_s);</li>
 * <li>tr(P_s (I - P_w) K_s (I - P_w) P_s) = sum_i lambda_i ||row i of (J - C_full D_w C^T) D_s||^2,
 *     with C_full = U_full^T U_w over all non-zero strong eigenvectors;</li>
 * <li>P_s (I - P_w) y = U_s D_s (U_s^T y - C D_w U_w^T y);</li>
 * <li>the misfit ||(I - P_s) P_w y||^2 = ||z||^2 - sum_i (2 d_s,i - d_s,i^2) ||(C z)_i||^2 with
 *     z = D_w U_w^T y (section 9);</li>
 * <li>linear CKA = ||Cov_ws||_F^2 / (||Cov_ww||_F ||Cov_ss||_F), the denominators from the
 *     eigenvalues (section 9).</li>
 * </ul>
 */
public final class W2SGAnalyzer {

  private final SampleGeometry geometry;
  private final double weakTrainSize;

  /**
   * @param geometry      the sample D^
   * @param weakTrainSize m_w, the size of the weak head's training set, for the weak gamma
   */
  public W2SGAnalyzer(SampleGeometry geometry, double weakTrainSize) {
    if (!(weakTrainSize > 0) || Double.isInfinite(weakTrainSize)) {
      throw new IllegalArgumentException("The weak training-set size m_w must be positive, got "
          + weakTrainSize + ".");
    }
    this.geometry = geometry;
    this.weakTrainSize = weakTrainSize;
  }

  /** An analyzer whose weak head is trained on a sample as large as D^ (m_w = n). */
  public W2SGAnalyzer(SampleGeometry geometry) {
    this(geometry, geometry.sampleSize());
  }

  public SampleGeometry geometry() {
    return geometry;
  }

  /** The principal space of a weak representation (gamma uses m_w). */
  public PrincipalSpace weakSpace(int[] columns) {
    return geometry.decompose(columns, weakTrainSize);
  }

  /** The principal space of a strong representation (gamma uses n). */
  public PrincipalSpace strongSpace(int[] columns) {
    return geometry.decompose(columns, geometry.sampleSize());
  }

  /**
   * Analyzes one pair.
   *
   * @param labelColumns the label columns, or null (or empty) for the label-free quantities only
   */
  public PairAnalysis analyze(PrincipalSpace weak, PrincipalSpace strong, int[] labelColumns) {
    double n = geometry.sampleSize();
    int kw = weak.k();
    int ks = strong.k();
    int rs = strong.rank();
    double[] dw = weak.shrinkage();
    double[] ds = strong.shrinkage();

    DMatrixRMaj cFull = geometry.cross(strong, rs, weak, kw); // rs x kw
    DMatrixRMaj c = CommonOps_DDRM.extract(cFull, 0, ks, 0, kw);

    // M = I - C diag(2 d_w - d_w^2) C^T, then D_s M D_s
    DMatrixRMaj cScaled = c.copy();
    for (int j = 0; j < kw; j++) {
      double f = 2 * dw[j] - dw[j] * dw[j];
      for (int i = 0; i < ks; i++) {
        cScaled.unsafe_set(i, j, cScaled.unsafe_get(i, j) * f);
      }
    }
    DMatrixRMaj m = new DMatrixRMaj(ks, ks);
    CommonOps_DDRM.multTransB(-1.0, cScaled, c, m);
    for (int i = 0; i < ks; i++) {
      m.unsafe_set(i, i, m.unsafe_get(i, i) + 1.0);
    }
    DMatrixRMaj dmd = new DMatrixRMaj(ks, ks);
    double frobenius = 0;
    double strongFrobenius = 0;
    for (int i = 0; i < ks; i++) {
      for (int j = 0; j < ks; j++) {
        dmd.unsafe_set(i, j, ds[i] * m.unsafe_get(i, j) * ds[j]);
      }
      frobenius += dmd.unsafe_get(i, i);
      strongFrobenius += ds[i] * ds[i];
    }
    symmetrize(dmd);
    // ||P_s (I - P_w)||_op <= 1 exactly; rounding can push the eigenvalue a few ulps past 1
    double score = Math.min(1.0, Math.sqrt(Math.max(0.0, geometry.linearAlgebra().largestEigenvalue(dmd))));
    frobenius = Math.max(0.0, frobenius);

    // E = (J - C_full D_w C^T) D_s, an rs x ks matrix; expected gap = sum_i lambda_i ||E_i||^2
    DMatrixRMaj cFullDw = cFull.copy();
    for (int j = 0; j < kw; j++) {
      for (int i = 0; i < rs; i++) {
        cFullDw.unsafe_set(i, j, cFullDw.unsafe_get(i, j) * dw[j]);
      }
    }
    DMatrixRMaj e = new DMatrixRMaj(rs, ks);
    CommonOps_DDRM.multTransB(-1.0, cFullDw, c, e);
    double expectedGap = 0;
    for (int i = 0; i < rs; i++) {
      double rowNorm = 0;
      for (int j = 0; j < ks; j++) {
        double v = (e.unsafe_get(i, j) + (i == j ? 1.0 : 0.0)) * ds[j];
        rowNorm += v * v;
      }
      expectedGap += strong.eigenvalue(i) * rowNorm;
    }
    double cka = geometry.crossCovarianceSquaredNorm(weak.columns(), strong.columns())
        / Math.sqrt(sumOfSquares(weak.eigenvalues()) * sumOfSquares(strong.eigenvalues()));

    if (labelColumns == null || labelColumns.length == 0) {
      return new PairAnalysis(weak, strong, n, score, frobenius, frobenius / strongFrobenius, expectedGap, cka,
          null, null, null);
    }

    DMatrixRMaj aw = geometry.labelCoordinates(weak, kw, labelColumns); // kw x c
    DMatrixRMaj as = geometry.labelCoordinates(strong, ks, labelColumns); // ks x c
    double yy = geometry.labelSumOfSquares(labelColumns);

    // g = D_s (a_s - C D_w a_w)
    DMatrixRMaj dwAw = aw.copy();
    scaleRows(dwAw, dw);
    DMatrixRMaj g = as.copy();
    CommonOps_DDRM.multAdd(-1.0, c, dwAw, g);
    scaleRows(g, ds);
    double predGap = CommonOps_DDRM.elementSum(CommonOps_DDRM.elementMult(g, g, null)) / n;

    double weakResidual = Math.max(0.0, yy - explained(aw, dw)) / n;
    double ceilingResidual = Math.max(0.0, yy - explained(as, ds)) / n;

    // the weak labels q = P_w y = U_w z; the naive student P_s q; its misfit ||(I - P_s) q||^2 / n
    DMatrixRMaj cz = new DMatrixRMaj(ks, labelColumns.length);
    CommonOps_DDRM.mult(c, dwAw, cz);
    double qq = CommonOps_DDRM.elementSum(CommonOps_DDRM.elementMult(dwAw, dwAw, null));
    double misfit = Math.max(0.0, qq - explained(cz, ds)) / n;
    // generalized cross-validation (Craven and Wahba): the in-sample residual inflated by the
    // smoother's degrees of freedom tr(P_w) = sum d_w, the rotation-invariant leave-one-out estimate
    double dof = 0;
    for (double d : dw) {
      dof += d;
    }
    double weakCrossValidated = dof < n ? weakResidual / ((1 - dof / n) * (1 - dof / n)) : Double.NaN;

    DMatrixRMaj weights = new DMatrixRMaj(strong.columns().length, labelColumns.length);
    CommonOps_DDRM.mult(geometry.rowMap(strong, ks), g, weights);
    PairAnalysis.Labelled labelled = new PairAnalysis.Labelled(predGap, weakResidual, ceilingResidual, misfit,
        weakCrossValidated);
    return new PairAnalysis(weak, strong, n, score, frobenius, frobenius / strongFrobenius, expectedGap, cka,
        labelled, weights, geometry.mean(strong.columns()));
  }

  /** y^T (2P - P^2) y = sum_i (2 d_i - d_i^2) ||a_i||^2, so that ||(I - P) y||^2 = ||y||^2 minus it. */
  private static double explained(DMatrixRMaj a, double[] d) {
    double sum = 0;
    for (int i = 0; i < a.numRows; i++) {
      double rowNorm = 0;
      for (int j = 0; j < a.numCols; j++) {
        rowNorm += a.unsafe_get(i, j) * a.unsafe_get(i, j);
      }
      sum += (2 * d[i] - d[i] * d[i]) * rowNorm;
    }
    return sum;
  }

  private static double sumOfSquares(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v * v;
    }
    return sum;
  }

  private static void scaleRows(DMatrixRMaj a, double[] factors) {
    for (int i = 0; i < a.numRows; i++) {
      for (int j = 0; j < a.numCols; j++) {
        a.unsafe_set(i, j, a.unsafe_get(i, j) * factors[i]);
      }
    }
  }

  private static void symmetrize(DMatrixRMaj a) {
    for (int i = 0; i < a.numRows; i++) {
      for (int j = i + 1; j < a.numCols; j++) {
        double v = 0.5 * (a.unsafe_get(i, j) + a.unsafe_get(j, i));
        a.unsafe_set(i, j, v);
        a.unsafe_set(j, i, v);
      }
    }
  }
}
