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
 * The sample D^ seen through its joint statistics: builds principal spaces of column subsets and the
 * inner products between their eigenvectors and with the label columns, without n x n matrices on
 * the covariance path. Writing U_a for the n x r_a matrix of eigenvectors u_i of representation a:
 * {@link #cross} is U_a^T U_b, {@link #labelCoordinates} is U_a^T Y for the centred label columns Y.
 */
public abstract class SampleGeometry {

  /** Which linear algebra to use. */
  public enum Path {
    /** The Gram path when the rows are held and n is below the number of columns, else covariance. */
    AUTO,
    /** d x d eigenproblems on the covariance; memory independent of n. */
    COVARIANCE,
    /** n x n eigenproblems on the Gram matrix; needs the rows. */
    GRAM
  }

  /** The sample size: the total weight of the rows (their number when unweighted). */
  protected final double n;
  protected final PrincipalSettings settings;
  protected final LinearAlgebra linearAlgebra;
  private final double[] mean;

  protected SampleGeometry(JointStatistics stats, PrincipalSettings settings, LinearAlgebra linearAlgebra) {
    this.n = stats.weight();
    this.settings = settings;
    this.linearAlgebra = linearAlgebra;
    this.mean = stats.mean();
  }

  /** The geometry of the sample the statistics describe, computed with EJML's Java kernels. */
  public static SampleGeometry of(JointStatistics stats, PrincipalSettings settings, Path path) {
    return of(stats, settings, path, LinearAlgebra.java());
  }

  /** The geometry of the sample the statistics describe, with the given linear-algebra back end. */
  public static SampleGeometry of(JointStatistics stats, PrincipalSettings settings, Path path,
      LinearAlgebra linearAlgebra) {
    if (stats.count() < 2) {
      throw new IllegalArgumentException("The analysis needs at least two instances, got "
          + stats.count() + ".");
    }
    stats.checkSpread();
    boolean gram;
    switch (path) {
      case GRAM:
        if (!stats.holdsAllRows()) {
          throw new IllegalArgumentException("The Gram path needs the rows, but n = " + stats.count()
              + " rows were folded into moments; use the covariance path.");
        }
        gram = true;
        break;
      case COVARIANCE:
        gram = false;
        break;
      default:
        gram = stats.holdsAllRows() && stats.count() < stats.dimension();
    }
    return gram ? new GramGeometry(stats, settings, linearAlgebra)
        : new CovarianceGeometry(stats, settings, linearAlgebra);
  }

  public double sampleSize() {
    return n;
  }

  public PrincipalSettings settings() {
    return settings;
  }

  /** The back end of the decompositions. */
  public LinearAlgebra linearAlgebra() {
    return linearAlgebra;
  }

  /** Which path this geometry computes on. */
  public abstract Path path();

  /**
   * The principal space of the given columns.
   *
   * @param trainSize m, the size of the sample the head is trained on (for gamma)
   */
  public abstract PrincipalSpace decompose(int[] columns, double trainSize);

  /** U_a(:, 0..ka)^T U_b(:, 0..kb), a ka x kb matrix. */
  public abstract DMatrixRMaj cross(PrincipalSpace a, int ka, PrincipalSpace b, int kb);

  /** U_a(:, 0..ka)^T Y for the centred label columns, a ka x labels matrix. */
  public abstract DMatrixRMaj labelCoordinates(PrincipalSpace a, int ka, int[] labelColumns);

  /** ||Cov_ab||_F^2, the squared Frobenius norm of the covariance block of two column sets. */
  public abstract double crossCovarianceSquaredNorm(int[] a, int[] b);

  /** ||Y||_F^2 for the centred label columns. */
  public abstract double labelSumOfSquares(int[] labelColumns);

  /**
   * The d_a x ka matrix G with u_i(x) = (G^T (h_a(x) - mean_a))_i, i < ka: the eigenvector
   * coordinates of any instance, equal to the rows of U_a on the sample.
   */
  public abstract DMatrixRMaj rowMap(PrincipalSpace a, int ka);

  /** The sample means of the given columns. */
  public double[] mean(int[] columns) {
    double[] m = new double[columns.length];
    for (int i = 0; i < columns.length; i++) {
      m[i] = mean[columns[i]];
    }
    return m;
  }

  /** The first k frame columns of a space. */
  protected static DMatrixRMaj leading(PrincipalSpace a, int k) {
    if (k > a.frame.numCols) {
      throw new IllegalArgumentException("Asked for " + k + " eigenvectors of a rank-" + a.frame.numCols
          + " representation.");
    }
    return CommonOps_DDRM.extract(a.frame, 0, a.frame.numRows, 0, k);
  }

  static int[] firstColumns(int count) {
    int[] idx = new int[count];
    for (int i = 0; i < count; i++) {
      idx[i] = i;
    }
    return idx;
  }

  static void checkColumns(int[] columns, int dimension) {
    if (columns.length == 0) {
      throw new IllegalArgumentException("A representation needs at least one column.");
    }
    for (int c : columns) {
      if (c < 0 || c >= dimension) {
        throw new IllegalArgumentException("Column " + c + " is outside 0.." + (dimension - 1) + ".");
      }
    }
  }
}
