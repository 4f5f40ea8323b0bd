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
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Ridge heads on one fixed design for many targets and ridges: the weighted centred design
 * Z = D^{1/2} (X - xbar) is decomposed once (Z^T Z = V L V^T, or Z Z^T = U L U^T when n &lt; d), after
 * which the head of W2SG-MATH.md section 1 for targets T and ridge beta,
 * W = (Z^T Z + beta I)^{-1} Z^T D^{1/2} (T - tbar), b = tbar - W^T xbar,
 * costs O(n d c) instead of a new factorisation. This is the loss of RidgeProbe with weights
 * normalised to sum 1, so the coefficients agree with it. Cross-fitted selection among training
 * strategies refits the strong head dozens of times on the same pool: this is what makes it cheap.
 */
public final class RidgePath {

  private final double[][] rows;
  private final double[] v;
  private final double[] xbar;
  /** The weighted centred design Z = D^{1/2} (X - xbar), n x d, formed once. */
  private final DMatrixRMaj z;
  private final int n;
  private final int d;
  private final boolean dual;
  /** Covariance path: V (d x d); dual path: U (n x n). Columns are eigenvectors. */
  private final DMatrixRMaj vectors;
  private final double[] values;
  private final double tolerance;
  private final double meanEigenvalue;
  private final boolean uniform;
  /** Coordinates of the centred rows on the eigenvectors (n x r), for hat-matrix diagonals; lazily. */
  private DMatrixRMaj rowCoordinates;

  private RidgePath(double[][] rows, double[] weights) {
    this.rows = rows;
    n = rows.length;
    d = n == 0 ? 0 : rows[0].length;
    v = new double[n];
    uniform = weights == null;
    double total = 0;
    for (int i = 0; i < n; i++) {
      double w = weights == null ? 1 : weights[i];
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException("Weight " + (i + 1) + " is " + w + "; weights must be finite and >= 0.");
      }
      v[i] = w;
      total += w;
    }
    if (!(total > 0)) {
      throw new IllegalArgumentException("The ridge design has no row of positive weight.");
    }
    for (int i = 0; i < n; i++) {
      v[i] /= total;
    }
    xbar = new double[d];
    for (int i = 0; i < n; i++) {
      for (int f = 0; f < d; f++) {
        xbar[f] += v[i] * rows[i][f];
      }
    }
    z = centred();
    dual = n < d;
    DMatrixRMaj m = new DMatrixRMaj(dual ? n : d, dual ? n : d);
    if (dual) {
      CommonOps_DDRM.multOuter(z, m);
    } else {
      CommonOps_DDRM.multInner(z, m);
    }
    SymmetricEigen eig = SymmetricEigen.of(m, true);
    vectors = eig.vectors;
    values = eig.values;
    double max = values.length == 0 ? 0 : Math.max(values[0], 0);
    tolerance = Math.max(n, d) * Math.ulp(max);
    double trace = 0;
    for (double value : values) {
      trace += Math.max(value, 0);
    }
    meanEigenvalue = d == 0 ? 0 : trace / d;
  }

  /**
   * @param rows    n x d design, finite
   * @param weights n non-negative weights (null: all equal); rows of weight 0 do not enter the loss
   */
  public static RidgePath of(double[][] rows, double[] weights) {
    if (rows.length == 0) {
      throw new IllegalArgumentException("The ridge design has no rows.");
    }
    return new RidgePath(rows, weights);
  }

  /** tr(Z^T Z) / d: the average variance of a column, the natural unit of a ridge penalty. */
  public double meanEigenvalue() {
    return meanEigenvalue;
  }

  private DMatrixRMaj centred() {
    DMatrixRMaj z = new DMatrixRMaj(n, d);
    for (int i = 0; i < n; i++) {
      double s = Math.sqrt(v[i]);
      for (int f = 0; f < d; f++) {
        z.unsafe_set(i, f, s * (rows[i][f] - xbar[f]));
      }
    }
    return z;
  }

  /**
   * The ridge head for targets (n x c) and ridge beta >= 0 (beta = 0: the minimum-norm least-squares
   * solution, eigenvalues at or below max(n, d) ulp(lambda_max) counting as zero).
   */
  public Head solve(double[][] targets, double beta) {
    if (targets.length != n) {
      throw new IllegalArgumentException("Expected " + n + " target rows, got " + targets.length + ".");
    }
    if (!(beta >= 0) || Double.isInfinite(beta)) {
      throw new IllegalArgumentException("The ridge must be finite and >= 0, got " + beta + ".");
    }
    int c = targets[0].length;
    double[] tbar = new double[c];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < c; k++) {
        tbar[k] += v[i] * targets[i][k];
      }
    }
    // y = D^{1/2} (T - tbar), n x c
    DMatrixRMaj y = new DMatrixRMaj(n, c);
    for (int i = 0; i < n; i++) {
      double s = Math.sqrt(v[i]);
      for (int k = 0; k < c; k++) {
        y.unsafe_set(i, k, s * (targets[i][k] - tbar[k]));
      }
    }
    DMatrixRMaj w = new DMatrixRMaj(d, c);
    if (dual) {
      // W = Z^T U (L + beta)^{-1} U^T y
      DMatrixRMaj coordinates = new DMatrixRMaj(n, c);
      CommonOps_DDRM.multTransA(vectors, y, coordinates);
      scaleRows(coordinates, beta);
      DMatrixRMaj a = new DMatrixRMaj(n, c);
      CommonOps_DDRM.mult(vectors, coordinates, a);
      CommonOps_DDRM.multTransA(z, a, w);
    } else {
      // W = V (L + beta)^{-1} V^T Z^T y
      DMatrixRMaj b = new DMatrixRMaj(d, c);
      CommonOps_DDRM.multTransA(z, y, b);
      DMatrixRMaj coordinates = new DMatrixRMaj(d, c);
      CommonOps_DDRM.multTransA(vectors, b, coordinates);
      scaleRows(coordinates, beta);
      CommonOps_DDRM.mult(vectors, coordinates, w);
    }
    double[][] weights = new double[d][c];
    double[] intercept = tbar.clone();
    for (int f = 0; f < d; f++) {
      for (int k = 0; k < c; k++) {
        weights[f][k] = w.unsafe_get(f, k);
        intercept[k] -= weights[f][k] * xbar[f];
      }
    }
    return new Head(weights, intercept);
  }

  private void scaleRows(DMatrixRMaj coordinates, double beta) {
    for (int r = 0; r < coordinates.numRows; r++) {
      double lambda = values[r];
      double factor = beta > 0 ? 1.0 / (Math.max(lambda, 0) + beta) : lambda > tolerance ? 1.0 / lambda : 0;
      for (int k = 0; k < coordinates.numCols; k++) {
        coordinates.unsafe_set(r, k, factor * coordinates.unsafe_get(r, k));
      }
    }
  }

  /**
   * Leave-one-out predictions of the head for targets and ridge beta, exactly and without refitting:
   * for a ridge smoother with an unpenalised intercept, the prediction for row i from the fit on the
   * other rows is (yhat_i - h_ii t_i) / (1 - h_ii), where h_ii = 1/n + sum_j (z_i . v_j)^2 / (l_j + beta)
   * is the hat matrix's diagonal. (The penalty is held at n beta, the fit on all n rows' penalty.)
   * Only for equal weights.
   */
  public double[][] leaveOneOut(double[][] targets, double beta) {
    if (!uniform) {
      throw new IllegalStateException("Leave-one-out predictions need a design of equal weights.");
    }
    Head head = solve(targets, beta);
    int c = targets[0].length;
    double[][] out = new double[n][c];
    for (int i = 0; i < n; i++) {
      double h = hat(i, i, beta);
      double[] fitted = head.scores(rows[i]);
      double keep = Math.max(1 - h, 1e-12);
      for (int k = 0; k < c; k++) {
        out[i][k] = (fitted[k] - h * targets[i][k]) / keep;
      }
    }
    return out;
  }

  /**
   * The head fitted to the used rows only, from this decomposition of all rows (equal weights):
   * the left-out rows D get targets t_D = f(x_D), the fit's own predictions, which add no loss, so
   * the fit on all rows is the fit on the used rows. The fixed point solves (I - H_DD) t_D = H_DU t_U
   * with H the hat matrix, a |D| x |D| system. The penalty is n beta in sum form, as for all rows: a
   * caller that wants the used rows' own mean-form ridge passes beta * m / n.
   */
  public Head solveWithout(double[][] targets, boolean[] used, double beta) {
    if (!uniform) {
      throw new IllegalStateException("Fits without rows need a design of equal weights.");
    }
    int[] left = java.util.stream.IntStream.range(0, n).filter(i -> !used[i]).toArray();
    if (left.length == 0) {
      return solve(targets, beta);
    }
    if (left.length == n) {
      throw new IllegalArgumentException("The ridge design has no row left.");
    }
    int c = targets[0].length;
    double[][] t = new double[n][];
    for (int i = 0; i < n; i++) {
      t[i] = used[i] ? targets[i].clone() : new double[c];
    }
    Head withZeros = solve(t, beta);
    DMatrixRMaj system = new DMatrixRMaj(left.length, left.length);
    DMatrixRMaj rhs = new DMatrixRMaj(left.length, c);
    for (int a = 0; a < left.length; a++) {
      for (int b = 0; b < left.length; b++) {
        system.unsafe_set(a, b, (a == b ? 1 : 0) - hat(left[a], left[b], beta));
      }
      double[] fitted = withZeros.scores(rows[left[a]]);
      for (int k = 0; k < c; k++) {
        rhs.unsafe_set(a, k, fitted[k]);
      }
    }
    DMatrixRMaj imputed = new DMatrixRMaj(left.length, c);
    LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.lu(left.length);
    if (!solver.setA(system)) {
      throw new ArithmeticException("The rows left out determine the fit on their own (I - H_DD is singular).");
    }
    solver.solve(rhs, imputed);
    for (int a = 0; a < left.length; a++) {
      for (int k = 0; k < c; k++) {
        t[left[a]][k] = imputed.unsafe_get(a, k);
      }
    }
    return solve(t, beta);
  }

  /** Entry (i, j) of the hat matrix 11^T / n + Z (Z^T Z + beta)^{-1} Z^T (equal weights). */
  private double hat(int i, int j, double beta) {
    if (rowCoordinates == null) {
      rowCoordinates = new DMatrixRMaj(n, values.length);
      if (dual) {
        // Z Z^T = U L U^T: the coordinates of row i are sqrt(l_j) U_ij
        for (int r = 0; r < n; r++) {
          for (int e = 0; e < values.length; e++) {
            rowCoordinates.unsafe_set(r, e, Math.sqrt(Math.max(values[e], 0)) * vectors.unsafe_get(r, e));
          }
        }
      } else {
        CommonOps_DDRM.mult(z, vectors, rowCoordinates);
      }
    }
    double h = 1.0 / n;
    for (int e = 0; e < values.length; e++) {
      double lambda = Math.max(values[e], 0);
      double factor = beta > 0 ? 1.0 / (lambda + beta) : lambda > tolerance ? 1.0 / lambda : 0;
      h += rowCoordinates.unsafe_get(i, e) * rowCoordinates.unsafe_get(j, e) * factor;
    }
    return h;
  }

  /** A fitted linear head: scores b + W^T x. */
  public static final class Head {
    private final double[][] weights;
    private final double[] intercept;

    Head(double[][] weights, double[] intercept) {
      this.weights = weights;
      this.intercept = intercept;
    }

    public double[] scores(double[] x) {
      double[] s = intercept.clone();
      for (int f = 0; f < weights.length; f++) {
        double value = x[f];
        for (int k = 0; k < s.length; k++) {
          s[k] += weights[f][k] * value;
        }
      }
      return s;
    }

  }
}
