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

import java.io.Serializable;

import org.ejml.data.DMatrixRMaj;

/**
 * One representation's principal kernel on a sample (W2SG-MATH.md section 2): its non-zero spectrum,
 * the principal dimension k, gamma = tail / m, alpha = beta + gamma, and the k shrinkage factors of
 * P = sum_{i <= k} d_i u_i u_i^T. The eigenvector frame is kept in the form of the geometry that
 * made it (weights on the columns for the covariance path, the eigenvectors u_i for the Gram path).
 */
public final class PrincipalSpace implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int[] columns;
  private final double[] eigenvalues;
  private final int k;
  private final int requestedK;
  private final double trainSize;
  private final double gamma;
  private final double alpha;
  private final double[] shrinkage;
  final DMatrixRMaj frame;

  PrincipalSpace(int[] columns, double[] eigenvalues, DMatrixRMaj frame, PrincipalSettings settings,
      double sampleSize, double trainSize) {
    if (eigenvalues.length == 0) {
      throw new IllegalArgumentException("The representation has no variance: all of its columns are"
          + " constant on the sample. Choose columns that vary.");
    }
    if (!(trainSize > 0) || Double.isInfinite(trainSize)) {
      throw new IllegalArgumentException("The training-set size m must be a positive number, got "
          + trainSize + ".");
    }
    this.columns = columns.clone();
    this.eigenvalues = eigenvalues;
    this.frame = frame;
    this.trainSize = trainSize;
    this.requestedK = settings.rule().requestedK();
    this.k = settings.rule().choose(eigenvalues, sampleSize, columns.length);
    double tail = 0;
    for (int i = eigenvalues.length - 1; i >= k; i--) {
      tail += eigenvalues[i];
    }
    this.gamma = tail / trainSize;
    this.alpha = settings.ridge() + gamma;
    this.shrinkage = new double[k];
    for (int i = 0; i < k; i++) {
      shrinkage[i] = settings.shrinkage().factor(eigenvalues[i], alpha);
    }
  }

  /** The columns of the joint rows that form this representation. */
  public int[] columns() {
    return columns.clone();
  }

  /** The non-zero eigenvalues of the covariance (equivalently of K = H H^T / n), descending. */
  public double[] eigenvalues() {
    return eigenvalues.clone();
  }

  /** The numerical rank: how many eigenvalues are non-zero. */
  public int rank() {
    return eigenvalues.length;
  }

  public int k() {
    return k;
  }

  /** True if a fixed k larger than the rank was asked for and k was clamped to the rank. */
  public boolean clamped() {
    return requestedK > eigenvalues.length;
  }

  public int requestedK() {
    return requestedK;
  }

  /** The size m of the sample the head is trained on, used for gamma. */
  public double trainSize() {
    return trainSize;
  }

  public double gamma() {
    return gamma;
  }

  public double alpha() {
    return alpha;
  }

  /** The shrinkage factors d_1..d_k of P. */
  public double[] shrinkage() {
    return shrinkage.clone();
  }

  double shrinkage(int i) {
    return shrinkage[i];
  }

  double eigenvalue(int i) {
    return eigenvalues[i];
  }

  /** Fraction of the total variance in the principal part. */
  public double principalVarianceFraction() {
    double total = 0;
    double head = 0;
    for (int i = 0; i < eigenvalues.length; i++) {
      total += eigenvalues[i];
      if (i < k) {
        head += eigenvalues[i];
      }
    }
    return head / total;
  }
}
