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
 * The strong representation of a W2S pool seen through its principal kernel (W2SG-MATH.md section 6):
 * the principal-kernel features Z (n x k) of every pool row, whose linear kernel Z Z^T / n is exactly
 * P_s on the pool, and the smoothing "refine by principal-kernel smoothing": refined scores = P_s y_weak.
 */
public final class PrincipalPool {

  private final PrincipalSpace space;
  private final DMatrixRMaj features; // n x k, Z Z^T / n = P_s
  private final double[][] scores; // n x k principal-component scores v_i^T (h - mean)
  private final PrincipalFeatureMap kernelMap;
  private final PrincipalFeatureMap scoreMap;

  private PrincipalPool(PrincipalSpace space, DMatrixRMaj features, double[][] scores, PrincipalFeatureMap kernelMap,
      PrincipalFeatureMap scoreMap) {
    this.space = space;
    this.features = features;
    this.scores = scores;
    this.kernelMap = kernelMap;
    this.scoreMap = scoreMap;
  }

  /**
   * Decomposes the pool's strong representation.
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
    PrincipalSpace space = geometry.decompose(SampleGeometry.firstColumns(d), rows.length);
    PrincipalFeatureMap map = PrincipalFeatureMap.of(geometry, space, PrincipalFeatureMap.Output.KERNEL);
    PrincipalFeatureMap scoreMap = PrincipalFeatureMap.of(geometry, space, PrincipalFeatureMap.Output.SCORES);
    DMatrixRMaj features = new DMatrixRMaj(rows.length, map.k());
    double[][] scores = new double[rows.length][scoreMap.k()];
    double[] z = new double[map.k()];
    for (int i = 0; i < rows.length; i++) {
      map.apply(rows[i], z);
      for (int j = 0; j < z.length; j++) {
        features.unsafe_set(i, j, z[j]);
      }
      scoreMap.apply(rows[i], scores[i]);
    }
    return new PrincipalPool(space, features, scores, map, scoreMap);
  }

  /**
   * The principal-kernel map of a pool known by its statistics alone (moments read in passes): z_i
   * with Z Z^T / n = P_s on the pool, for the first d columns of the statistics (labels may follow).
   * {@link #smooth} is then mean(t) + z_i^T (sum_j z_j (t_j - mean(t))^T) / n row by row.
   */
  public static PrincipalFeatureMap kernelMap(JointStatistics stats, int d, PrincipalSettings settings) {
    SampleGeometry geometry = SampleGeometry.of(stats, settings, SampleGeometry.Path.COVARIANCE);
    PrincipalSpace space = geometry.decompose(SampleGeometry.firstColumns(d), stats.count());
    return PrincipalFeatureMap.of(geometry, space, PrincipalFeatureMap.Output.KERNEL);
  }

  public PrincipalSpace space() {
    return space;
  }

  /**
   * Whitened principal coordinates z_i = sqrt(d_i / lambda_i) v_i^T (h - mean), an n x k array.
   * Euclidean distances between these rows are distances in the principal kernel's own geometry:
   * every principal direction counts by its shrinkage factor d_i (about 1 for the directions the
   * strong head can learn), not by its variance, so a low-variance concept separates neighbours as
   * well as a high-variance one.
   */
  public double[][] whitenedScores() {
    double[][] out = new double[features.numRows][features.numCols];
    for (int i = 0; i < out.length; i++) {
      for (int j = 0; j < out[i].length; j++) {
        out[i][j] = features.unsafe_get(i, j);
      }
    }
    return out;
  }

  /**
   * Principal-component scores v_i^T (h - mean), i &lt;= k, an n x k array: the strong representation
   * without its tail, each direction at its own scale (high-variance concepts separate neighbours
   * most; the isotropic tail, which whitening would blow up to the size of a concept, is gone).
   */
  public double[][] scores() {
    double[][] out = new double[scores.length][];
    for (int i = 0; i < out.length; i++) {
      out[i] = scores[i].clone();
    }
    return out;
  }

  /** Principal-component scores of other rows (e.g. held-out instances), in the pool's coordinates. */
  public double[][] scoresOf(double[][] rows) {
    return apply(scoreMap, rows);
  }

  /** Whitened principal coordinates of other rows, in the pool's coordinates. */
  public double[][] whitenedScoresOf(double[][] rows) {
    return apply(kernelMap, rows);
  }

  private static double[][] apply(PrincipalFeatureMap map, double[][] rows) {
    double[][] out = new double[rows.length][map.k()];
    for (int i = 0; i < rows.length; i++) {
      map.apply(rows[i], out[i]);
    }
    return out;
  }

  /** mean(t) + P_s (t - mean(t)) for every target column t (targets is n x c), with P_s = Z Z^T / n. */
  public double[][] smooth(double[][] targets) {
    int n = features.numRows;
    if (targets.length != n) {
      throw new IllegalArgumentException("Expected " + n + " target rows, got " + targets.length + ".");
    }
    int c = targets[0].length;
    double[] mean = new double[c];
    for (double[] row : targets) {
      for (int j = 0; j < c; j++) {
        mean[j] += row[j] / n;
      }
    }
    DMatrixRMaj centred = new DMatrixRMaj(n, c);
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < c; j++) {
        centred.unsafe_set(r, j, targets[r][j] - mean[j]);
      }
    }
    DMatrixRMaj coordinates = new DMatrixRMaj(features.numCols, c);
    CommonOps_DDRM.multTransA(features, centred, coordinates);
    DMatrixRMaj smoothed = new DMatrixRMaj(n, c);
    CommonOps_DDRM.mult(1.0 / n, features, coordinates, smoothed);
    double[][] out = new double[n][c];
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < c; j++) {
        out[r][j] = mean[j] + smoothed.unsafe_get(r, j);
      }
    }
    return out;
  }
}
