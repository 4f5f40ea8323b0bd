package weka.w2s.core;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The strong representation of a W2S pool, seen through its principal kernel: the coordinates of
 * every pool row in the principal span (U, n x k) and the smoothing operator P_s = U D U^T of
 * W2SG-MATH.md section 6 ("refine by principal-kernel smoothing": refined scores = P_s y_weak).
 */
public final class PrincipalPool {

  private final PrincipalSpace space;
  private final DMatrixRMaj u; // n x k, orthonormal columns

  private PrincipalPool(PrincipalSpace space, DMatrixRMaj u) {
    this.space = space;
    this.u = u;
  }

  /**
   * Decomposes the pool's strong representation (rows are copied into the statistics).
   *
   * @param rows     n x d strong representation of the pool, n >= 2
   * @param settings principal rule, ridge and shrinkage of P_s
   */
  public static PrincipalPool of(double[][] rows, PrincipalSettings settings) {
    if (rows.length < 2) {
      throw new IllegalArgumentException("The pool needs at least two instances, got " + rows.length + ".");
    }
    int d = rows[0].length;
    JointStatistics stats = JointStatistics.forDimension(d);
    for (double[] row : rows) {
      stats.add(row);
    }
    SampleGeometry geometry = SampleGeometry.of(stats, settings, SampleGeometry.Path.AUTO);
    int[] columns = SampleGeometry.firstColumns(d);
    PrincipalSpace space = geometry.decompose(columns, rows.length);
    DMatrixRMaj g = geometry.rowMap(space, space.k());
    double[] mean = geometry.mean(columns);
    DMatrixRMaj centred = new DMatrixRMaj(rows.length, d);
    for (int i = 0; i < rows.length; i++) {
      for (int j = 0; j < d; j++) {
        centred.unsafe_set(i, j, rows[i][j] - mean[j]);
      }
    }
    DMatrixRMaj u = new DMatrixRMaj(rows.length, space.k());
    CommonOps_DDRM.mult(centred, g, u);
    return new PrincipalPool(space, u);
  }

  public PrincipalSpace space() {
    return space;
  }

  /** Principal-component scores v_i^T (h - mean) = sqrt(n lambda_i) u_i, an n x k array. */
  public double[][] principalScores() {
    int n = u.numRows;
    double[][] scores = new double[n][space.k()];
    for (int i = 0; i < space.k(); i++) {
      double scale = Math.sqrt(n * space.eigenvalue(i));
      for (int r = 0; r < n; r++) {
        scores[r][i] = scale * u.unsafe_get(r, i);
      }
    }
    return scores;
  }

  /**
   * Whitened principal coordinates z_i = sqrt(d_i / lambda_i) v_i^T (h - mean) = sqrt(n d_i) u_i, an
   * n x k array. Euclidean distances between these rows are distances in the principal kernel's own
   * geometry: every principal direction counts by its shrinkage factor d_i (about 1 for the directions
   * the strong head can learn), not by its variance, so a low-variance concept separates neighbours as
   * well as a high-variance one.
   */
  public double[][] whitenedScores() {
    int n = u.numRows;
    double[][] scores = new double[n][space.k()];
    for (int i = 0; i < space.k(); i++) {
      double scale = Math.sqrt(n * space.shrinkage(i));
      for (int r = 0; r < n; r++) {
        scores[r][i] = scale * u.unsafe_get(r, i);
      }
    }
    return scores;
  }

  /** mean(t) + P_s (t - mean(t)) for every target column t (targets is n x c). */
  public double[][] smooth(double[][] targets) {
    int n = u.numRows;
    if (targets.length != n) {
      throw new IllegalArgumentException("Expected " + n + " target rows, got " + targets.length + ".");
    }
    int c = targets[0].length;
    double[] mean = new double[c];
    DMatrixRMaj t = new DMatrixRMaj(n, c);
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < c; j++) {
        mean[j] += targets[r][j] / n;
      }
    }
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < c; j++) {
        t.unsafe_set(r, j, targets[r][j] - mean[j]);
      }
    }
    DMatrixRMaj a = new DMatrixRMaj(space.k(), c);
    CommonOps_DDRM.multTransA(u, t, a);
    for (int i = 0; i < space.k(); i++) {
      for (int j = 0; j < c; j++) {
        a.unsafe_set(i, j, a.unsafe_get(i, j) * space.shrinkage(i));
      }
    }
    DMatrixRMaj smoothed = new DMatrixRMaj(n, c);
    CommonOps_DDRM.mult(u, a, smoothed);
    double[][] out = new double[n][c];
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < c; j++) {
        out[r][j] = mean[j] + smoothed.unsafe_get(r, j);
      }
    }
    return out;
  }
}
