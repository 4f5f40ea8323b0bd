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

import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;

/**
 * The ridge head of W2SG-MATH.md section 1 on one fixed design, for many targets and ridges: the
 * one engine behind RidgeProbe and the strong head of weak-to-strong training.
 *
 * <p>With rows x_i, weights v_i normalised to sum 1, weighted means xbar and tbar and the centred
 * design Z = D^{1/2} (X - xbar), the head for targets T and ridge beta is
 * <pre>
 *   W = (Z^T Z + beta I)^{-1} Z^T D^{1/2} (T - tbar),   b = tbar - W^T xbar,
 * </pre>
 * the minimiser of sum_i v_i ||t_i - b - W^T x_i||^2 + beta ||W||^2. The path keeps the moment matrix
 * of the smaller side: the covariance Z^T Z (d x d) when there are at least as many rows as
 * attributes, the Gram matrix Z Z^T (n x n) otherwise (then W = Z^T (Z Z^T + beta I)^{-1} D^{1/2}
 * (T - tbar)); no n x n matrix is formed when n &gt; d. A single ridge is solved by Cholesky; once the
 * moment matrix is eigen-decomposed (M = V L V^T), every ridge and the exact leave-one-out
 * predictions cost matrix products only:
 * <pre>
 *   R = (X - xbar) V,  P = R^T D (T - tbar),
 *   yhat_i = tbar + sum_e R_ie P_e / (l_e + beta),   h_ii = v_i (1 + sum_e R_ie^2 / (l_e + beta)),
 *   loo_i = (yhat_i - h_ii t_i) / (1 - h_ii),
 * </pre>
 * the prediction for row i of the fit with row i left out (h_ii the hat matrix's diagonal; the penalty
 * held at the full fit's, in sum form, as scikit-learn's RidgeCV does). Eigenvalues at or below
 * max(n, d) ulp(lambda_max) count as zero (EJML's pseudo-inverse cut), so beta = 0 is the
 * minimum-norm least-squares fit. Fits with other weights on the same rows ({@link #reweighted}) downdate the
 * moment matrix when only a few rows leave, instead of forming it again. The products and the
 * decompositions run on a {@link LinearAlgebra} back end (native BLAS and LAPACK where present).
 */
public final class RidgePath {

  /** Which moment matrix to decompose. */
  public enum Side {
    /** The Gram matrix when there are fewer rows than attributes, the covariance otherwise. */
    AUTO,
    /** Always the d x d covariance. */
    PRIMAL,
    /** Always the n x n Gram matrix. */
    DUAL
  }

  /** Rows of the design per block when a covariance is accumulated. */
  private static final int BLOCK_ROWS = 512;

  private final LinearAlgebra algebra;
  private final double[][] rows;
  /** The caller's row count: targets and weights have this many rows. */
  private final int n;
  private final int d;
  /** The caller's rows that the design holds (positive weight, or kept as weight 0 by a downdate). */
  private final int[] used;
  /** Those rows, raw, |used| x d. */
  private final DMatrixRMaj x;
  /** Their normalised weights (sum 1). */
  private final double[] v;
  private final boolean uniform;
  private final double[] xbar;
  private final boolean dual;
  /** Primal: Z^T Z (d x d); dual: Z Z^T (|used| x |used|). */
  private final DMatrixRMaj moment;
  private final double meanEigenvalue;
  private SymmetricEigen eigen;
  private double tolerance;
  /** R = (X - xbar) V, |used| x rank, for fitted values and leverages; on first use. */
  private DMatrixRMaj coordinates;
  private String lastSolve = "";
  /** Cholesky solves so far: a path solved more often is decomposed (see {@link #CHOLESKY_SOLVES}). */
  private int choleskySolves;

  /**
   * A Cholesky solve costs d^3 / 3, the eigen-decomposition about 9 d^3 once, after which every ridge
   * costs products only: a path asked for more ridges than this (cross-fitted choices ask for dozens)
   * is decomposed.
   */
  private static final int CHOLESKY_SOLVES = 8;

  private RidgePath(LinearAlgebra algebra, double[][] rows, int[] used, DMatrixRMaj x, double[] v, boolean uniform,
      double[] xbar, boolean dual, DMatrixRMaj moment) {
    this.algebra = algebra;
    this.rows = rows;
    this.n = rows.length;
    this.d = x.numCols;
    this.used = used;
    this.x = x;
    this.v = v;
    this.uniform = uniform;
    this.xbar = xbar;
    this.dual = dual;
    this.moment = moment;
    double trace = 0;
    for (int i = 0; i < moment.numRows; i++) {
      trace += Math.max(moment.unsafe_get(i, i), 0);
    }
    meanEigenvalue = d == 0 ? 0 : trace / d;
    if (!Double.isFinite(trace)) {
      throw new IllegalArgumentException("The attributes' variance overflows double precision (a value near"
          + " 1e154 or beyond squares to infinity); rescale the attributes, for example with Weka's Standardize"
          + " filter.");
    }
  }

  /** The path on the preferred back end, primal or dual by the sizes. */
  public static RidgePath of(double[][] rows, double[] weights) {
    return of(rows, weights, Side.AUTO, LinearAlgebra.preferred());
  }

  /**
   * @param rows    n x d design, finite (not copied: the caller must not change it)
   * @param weights n non-negative weights (null: all equal); rows of weight 0 do not enter the loss
   * @param side    which moment matrix to decompose
   * @param algebra the back end of the products and decompositions
   */
  public static RidgePath of(double[][] rows, double[] weights, Side side, LinearAlgebra algebra) {
    if (rows.length == 0) {
      throw new IllegalArgumentException("The ridge design has no rows.");
    }
    int n = rows.length;
    double total = 0;
    int positive = 0;
    for (int i = 0; i < n; i++) {
      double w = weights == null ? 1 : weights[i];
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException("Weight " + (i + 1) + " is " + w + "; weights must be finite and >= 0.");
      }
      total += w;
      positive += w > 0 ? 1 : 0;
    }
    if (!(total > 0)) {
      throw new IllegalArgumentException("The ridge design has no row of positive weight.");
    }
    int d = rows[0].length;
    int[] used = new int[positive];
    double[] v = new double[positive];
    DMatrixRMaj x = new DMatrixRMaj(positive, d);
    boolean uniform = true;
    for (int i = 0, u = 0; i < n; i++) {
      double w = weights == null ? 1 : weights[i];
      uniform &= weights == null || w == weights[0];
      if (w > 0) {
        used[u] = i;
        v[u] = w / total;
        System.arraycopy(rows[i], 0, x.data, u * d, d);
        u++;
      }
    }
    double[] xbar = mean(x, v);
    boolean dual = side == Side.DUAL || (side == Side.AUTO && positive < d);
    DMatrixRMaj moment = dual ? gram(algebra, x, v, xbar) : covariance(algebra, x, v, xbar, null);
    return new RidgePath(algebra, rows, used, x, v, uniform, xbar, dual, moment);
  }

  private static double[] mean(DMatrixRMaj x, double[] v) {
    int d = x.numCols;
    double[] mean = new double[d];
    for (int i = 0; i < x.numRows; i++) {
      double w = v[i];
      for (int f = 0, at = i * d; f < d; f++) {
        mean[f] += w * x.data[at + f];
      }
    }
    return mean;
  }

  /** sum_i s_i (x_i - centre)(x_i - centre)^T over the rows with s_i &gt; 0 (s null: every row, weight 1). */
  private static DMatrixRMaj covariance(LinearAlgebra algebra, DMatrixRMaj x, double[] s, double[] centre,
      int[] only) {
    int d = x.numCols;
    int count = only == null ? x.numRows : only.length;
    SymmetricAccumulator sum = algebra.newAccumulator(d);
    DMatrixRMaj block = new DMatrixRMaj(Math.max(1, Math.min(BLOCK_ROWS, count)), d);
    for (int start = 0; start < count; start += BLOCK_ROWS) {
      int size = Math.min(BLOCK_ROWS, count - start);
      block.reshape(size, d);
      for (int r = 0; r < size; r++) {
        int i = only == null ? start + r : only[start + r];
        double scale = Math.sqrt(s == null ? 1 : s[i]);
        for (int f = 0; f < d; f++) {
          block.data[r * d + f] = scale * (x.data[i * d + f] - centre[f]);
        }
      }
      sum.addGram(block);
    }
    return sum.toSymmetric();
  }

  /** Z Z^T with Z = D^{1/2} (X - xbar). */
  private static DMatrixRMaj gram(LinearAlgebra algebra, DMatrixRMaj x, double[] v, double[] xbar) {
    DMatrixRMaj z = centred(x, v, xbar);
    return algebra.multiply(z, false, z, true);
  }

  private static DMatrixRMaj centred(DMatrixRMaj x, double[] v, double[] xbar) {
    int d = x.numCols;
    DMatrixRMaj z = new DMatrixRMaj(x.numRows, d);
    for (int i = 0; i < x.numRows; i++) {
      double s = Math.sqrt(v[i]);
      for (int f = 0; f < d; f++) {
        z.data[i * d + f] = s * (x.data[i * d + f] - xbar[f]);
      }
    }
    return z;
  }

  /**
   * The path of the same rows with other weights (n of them, 0 leaves a row out). Where this path has
   * equal weights, the new weights are 0 or 1 and fewer than half of the rows leave, the covariance
   * is downdated by the rows that leave (O(left d^2) instead of O(n d^2)); otherwise it is formed
   * anew. Nothing of this path changes.
   */
  public RidgePath reweighted(double[] weights) {
    if (weights.length != n) {
      throw new IllegalArgumentException("Expected " + n + " weights, got " + weights.length + ".");
    }
    if (!dual && uniform && used.length == n) {
      int left = 0;
      boolean binary = true;
      for (double w : weights) {
        binary &= w == 0 || w == 1;
        left += w == 0 ? 1 : 0;
      }
      if (binary && left == 0) {
        return this;
      }
      if (binary && 2 * left < n) {
        return downdated(weights, left);
      }
    }
    return of(rows, weights, dual ? Side.DUAL : Side.PRIMAL, algebra);
  }

  private RidgePath downdated(double[] weights, int leftCount) {
    int kept = n - leftCount;
    int[] left = new int[leftCount];
    double[] newV = new double[n];
    double[] newMean = new double[d];
    for (int i = 0, l = 0; i < n; i++) {
      if (weights[i] == 0) {
        left[l++] = i;
      } else {
        newV[i] = 1.0 / kept;
        for (int f = 0; f < d; f++) {
          newMean[f] += x.data[i * d + f] / kept;
        }
      }
    }
    // sum over kept rows of (x - xbar)(x - xbar)^T = n M - sum over the left rows; then recentre
    DMatrixRMaj leaving = covariance(algebra, x, null, xbar, left);
    DMatrixRMaj m = new DMatrixRMaj(d, d);
    double[] delta = new double[d];
    for (int f = 0; f < d; f++) {
      delta[f] = newMean[f] - xbar[f];
    }
    for (int a = 0; a < d; a++) {
      for (int b = 0; b < d; b++) {
        double sum = n * moment.data[a * d + b] - leaving.data[a * d + b] - kept * delta[a] * delta[b];
        m.data[a * d + b] = sum / kept;
      }
    }
    return new RidgePath(algebra, rows, used, x, newV, false, newMean, false, m);
  }

  /** tr(Z^T Z) / d: the average variance of a column, the natural unit of a ridge penalty. */
  public double meanEigenvalue() {
    return meanEigenvalue;
  }

  /** True if the Gram (rows x rows) matrix is decomposed, false for the covariance. */
  public boolean isDual() {
    return dual;
  }

  /** How the last solve went: the system, its size and the method. */
  public String lastSolve() {
    return lastSolve;
  }

  private void decompose() {
    if (eigen == null) {
      eigen = algebra.symmetricEigen(moment, true);
      double max = eigen.values.length == 0 ? 0 : Math.max(eigen.values[0], 0);
      tolerance = Math.max(used.length, d) * Math.ulp(max);
    }
  }

  /**
   * 1 / (l + beta) above the tolerance, 0 below: an eigenvalue at rounding level is a direction the
   * centred design does not span (the centring alone removes one in the Gram matrix), where the exact
   * coordinates vanish and a small ridge would only amplify the rounding.
   */
  private double factor(double lambda, double beta) {
    return lambda > tolerance ? 1.0 / (lambda + beta) : 0;
  }

  private int rank() {
    int r = 0;
    for (double l : eigen.values) {
      r += l > tolerance ? 1 : 0;
    }
    return r;
  }

  private double[] targetMean(double[][] targets, int c) {
    if (targets.length != n) {
      throw new IllegalArgumentException("Expected " + n + " target rows, got " + targets.length + ".");
    }
    double[] tbar = new double[c];
    for (int u = 0; u < used.length; u++) {
      for (int k = 0; k < c; k++) {
        tbar[k] += v[u] * targets[used[u]][k];
      }
    }
    return tbar;
  }

  /** D^{power} (T - tbar) on the design's rows, |used| x c. */
  private DMatrixRMaj weightedTargets(double[][] targets, double[] tbar, boolean squareRoot) {
    int c = tbar.length;
    DMatrixRMaj s = new DMatrixRMaj(used.length, c);
    for (int u = 0; u < used.length; u++) {
      double w = squareRoot ? Math.sqrt(v[u]) : v[u];
      for (int k = 0; k < c; k++) {
        s.data[u * c + k] = w * (targets[used[u]][k] - tbar[k]);
      }
    }
    return s;
  }

  private static void checkRidge(double beta) {
    if (!(beta >= 0) || Double.isInfinite(beta)) {
      throw new IllegalArgumentException("The ridge must be finite and >= 0, got " + beta + ".");
    }
  }

  /**
   * The ridge head for targets (n x c, rows of weight 0 are not read) and ridge beta &gt;= 0 (beta = 0:
   * the minimum-norm least-squares fit).
   */
  public Head solve(double[][] targets, double beta) {
    checkRidge(beta);
    int c = targets[0].length;
    double[] tbar = targetMean(targets, c);
    DMatrixRMaj w;
    if (dual) {
      DMatrixRMaj a = solveMoment(weightedTargets(targets, tbar, true), beta);
      // W = Z^T a = X^T D^{1/2} a - xbar (1^T D^{1/2} a)
      for (int u = 0; u < used.length; u++) {
        double s = Math.sqrt(v[u]);
        for (int k = 0; k < c; k++) {
          a.data[u * c + k] *= s;
        }
      }
      w = algebra.multiply(x, true, a, false);
      for (int k = 0; k < c; k++) {
        double sum = 0;
        for (int u = 0; u < used.length; u++) {
          sum += a.data[u * c + k];
        }
        for (int f = 0; f < d; f++) {
          w.data[f * c + k] -= xbar[f] * sum;
        }
      }
    } else {
      // Z^T D^{1/2} (T - tbar) = X^T D (T - tbar), as the weighted targets sum to zero
      w = solveMoment(algebra.multiply(x, true, weightedTargets(targets, tbar, false), false), beta);
    }
    double[][] weights = new double[d][c];
    double[] intercept = tbar.clone();
    for (int f = 0; f < d; f++) {
      for (int k = 0; k < c; k++) {
        weights[f][k] = w.data[f * c + k];
        intercept[k] -= weights[f][k] * xbar[f];
      }
    }
    return new Head(weights, intercept);
  }

  /** (M + beta I)^{-1} B: Cholesky for one ridge, the eigen-decomposition once it exists or for beta = 0. */
  private DMatrixRMaj solveMoment(DMatrixRMaj b, double beta) {
    int size = moment.numRows;
    String system = dual ? "dual, " + size + " x " + size + " system (instances), "
        : "primal, " + size + " x " + size + " system (attributes), ";
    if (eigen == null && beta > 0 && choleskySolves++ < CHOLESKY_SOLVES) {
      DMatrixRMaj a = moment.copy();
      for (int i = 0; i < size; i++) {
        a.data[i * size + i] += beta;
      }
      DMatrixRMaj solution = algebra.solvePositiveDefinite(a, b);
      if (solution != null && allFinite(solution)) {
        lastSolve = system + "Cholesky";
        return solution;
      }
      system += "Cholesky failed, ";
    }
    decompose();
    DMatrixRMaj coordinates = algebra.multiply(eigen.vectors, true, b, false);
    int c = b.numCols;
    for (int e = 0; e < eigen.values.length; e++) {
      double f = factor(eigen.values[e], beta);
      for (int k = 0; k < c; k++) {
        coordinates.data[e * c + k] *= f;
      }
    }
    lastSolve = system + (beta > 0 ? "symmetric eigen-decomposition"
        : "pseudo-inverse by symmetric eigen-decomposition, rank " + rank() + " of " + size);
    return algebra.multiply(eigen.vectors, false, coordinates, false);
  }

  private static boolean allFinite(DMatrixRMaj m) {
    for (double value : m.data) {
      if (!Double.isFinite(value)) {
        return false;
      }
    }
    return true;
  }

  /** R = (X - xbar) V (primal), sqrt(l_e) U_ie / sqrt(v_i) (dual), on first use. */
  private DMatrixRMaj coordinates() {
    decompose();
    if (coordinates == null) {
      int r = eigen.values.length;
      if (dual) {
        coordinates = new DMatrixRMaj(used.length, r);
        for (int u = 0; u < used.length; u++) {
          double s = 1 / Math.sqrt(v[u]);
          for (int e = 0; e < r; e++) {
            double l = eigen.values[e] > tolerance ? eigen.values[e] : 0;
            coordinates.data[u * r + e] = Math.sqrt(l) * eigen.vectors.data[u * r + e] * s;
          }
        }
      } else {
        coordinates = algebra.multiply(x, false, eigen.vectors, false);
        double[] shift = new double[r];
        for (int f = 0; f < d; f++) {
          for (int e = 0; e < r; e++) {
            shift[e] += xbar[f] * eigen.vectors.data[f * r + e];
          }
        }
        for (int u = 0; u < used.length; u++) {
          for (int e = 0; e < r; e++) {
            coordinates.data[u * r + e] -= shift[e];
          }
        }
      }
    }
    return coordinates;
  }

  /**
   * Leave-one-out predictions for targets and ridge beta, exactly and without refitting: row i's
   * prediction from the fit on the other rows (the formula in the class comment). Rows of weight 0
   * get the fit's prediction (the fit never saw them).
   */
  public double[][] leaveOneOut(double[][] targets, double beta) {
    checkRidge(beta);
    return new LeaveOneOut(targets).predictions(beta);
  }

  /**
   * The ridge of the grid with the smallest leave-one-out error on the targets: the weighted mean over
   * rows of ||t_i - loo_i||^2 (summed over the c outputs), as scikit-learn's RidgeCV. Ties go to the
   * larger ridge.
   *
   * @param targets n x c targets
   * @param ridges  the candidate ridges (absolute), each finite and &gt;= 0
   */
  public RidgeChoice chooseRidge(double[][] targets, double[] ridges) {
    if (ridges.length == 0) {
      throw new IllegalArgumentException("The grid of ridges is empty.");
    }
    LeaveOneOut loo = new LeaveOneOut(targets);
    double[] errors = new double[ridges.length];
    for (int g = 0; g < ridges.length; g++) {
      checkRidge(ridges[g]);
      errors[g] = loo.error(ridges[g]);
    }
    return RidgeChoice.smallest(ridges, errors);
  }

  /** The pieces of the leave-one-out formula that do not depend on the ridge. */
  private final class LeaveOneOut {
    private final double[][] targets;
    private final double[] tbar;
    private final int c;
    private final DMatrixRMaj r;
    /** P = R^T D (T - tbar), rank x c. */
    private final DMatrixRMaj p;

    LeaveOneOut(double[][] targets) {
      this.targets = targets;
      c = targets[0].length;
      tbar = targetMean(targets, c);
      r = coordinates();
      p = algebra.multiply(r, true, weightedTargets(targets, tbar, false), false);
    }

    /** Row u's fitted values (into fitted) and returns its leverage h_uu. */
    private double fit(int u, double[] factors, double[] fitted) {
      int rank = factors.length;
      System.arraycopy(tbar, 0, fitted, 0, c);
      double leverage = 0;
      for (int e = 0, at = u * rank; e < rank; e++) {
        double coordinate = r.data[at + e];
        double scaled = coordinate * factors[e];
        leverage += coordinate * scaled;
        for (int k = 0; k < c; k++) {
          fitted[k] += scaled * p.data[e * c + k];
        }
      }
      return v[u] * (1 + leverage);
    }

    private double[] factors(double beta) {
      double[] f = new double[eigen.values.length];
      for (int e = 0; e < f.length; e++) {
        f[e] = factor(eigen.values[e], beta);
      }
      return f;
    }

    double[][] predictions(double beta) {
      double[] factors = factors(beta);
      Head head = null;
      double[][] out = new double[n][];
      boolean[] seen = new boolean[n];
      double[] fitted = new double[c];
      for (int u = 0; u < used.length; u++) {
        int i = used[u];
        seen[i] = true;
        double h = fit(u, factors, fitted);
        out[i] = new double[c];
        double keep = Math.max(1 - h, 1e-12);
        for (int k = 0; k < c; k++) {
          out[i][k] = v[u] > 0 ? (fitted[k] - h * targets[i][k]) / keep : fitted[k];
        }
      }
      for (int i = 0; i < n; i++) {
        if (!seen[i]) {
          head = head == null ? solve(targets, beta) : head;
          out[i] = head.scores(rows[i]);
        }
      }
      return out;
    }

    double error(double beta) {
      double[] factors = factors(beta);
      double[] fitted = new double[c];
      double sum = 0;
      for (int u = 0; u < used.length; u++) {
        if (v[u] == 0) {
          continue;
        }
        double h = fit(u, factors, fitted);
        double keep = Math.max(1 - h, 1e-12);
        double squared = 0;
        for (int k = 0; k < c; k++) {
          double t = targets[used[u]][k];
          double residual = t - (fitted[k] - h * t) / keep;
          squared += residual * residual;
        }
        sum += v[u] * squared;
      }
      return sum;
    }
  }

  /** A ridge chosen from a grid by leave-one-out error, with the error of every ridge of the grid. */
  public static final class RidgeChoice implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final double[] ridges;
    private final double[] errors;
    private final int best;

    private RidgeChoice(double[] ridges, double[] errors, int best) {
      this.ridges = ridges.clone();
      this.errors = errors.clone();
      this.best = best;
    }

    /** The ridge with the smallest leave-one-out error; ties go to the larger ridge. */
    public static RidgeChoice smallest(double[] ridges, double[] errors) {
      int best = -1;
      for (int g = 0; g < ridges.length; g++) {
        if (best < 0 || errors[g] < errors[best] || (errors[g] == errors[best] && ridges[g] > ridges[best])) {
          best = g;
        }
      }
      return new RidgeChoice(ridges, errors, best);
    }

    /** The chosen ridge. */
    public double ridge() {
      return ridges[best];
    }

    /** Its leave-one-out error (weighted mean squared error over rows, summed over outputs). */
    public double error() {
      return errors[best];
    }

    public double[] ridges() {
      return ridges.clone();
    }

    public double[] errors() {
      return errors.clone();
    }

    public int chosenIndex() {
      return best;
    }

    @Override
    public String toString() {
      return "ridge " + ridge() + " (leave-one-out error " + error() + " over a grid of " + ridges.length + ")";
    }
  }

  /** A fitted linear head: scores b + W^T x. */
  public static final class Head implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
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

    /** W, d x c (a copy). */
    public double[][] weights() {
      double[][] copy = new double[weights.length][];
      for (int f = 0; f < copy.length; f++) {
        copy[f] = weights[f].clone();
      }
      return copy;
    }

    /** b, one per output (a copy). */
    public double[] intercept() {
      return intercept.clone();
    }

    /** True if every coefficient is finite. */
    public boolean isFinite() {
      for (double b : intercept) {
        if (!Double.isFinite(b)) {
          return false;
        }
      }
      return Arrays.stream(weights).flatMapToDouble(Arrays::stream).allMatch(Double::isFinite);
    }
  }
}
