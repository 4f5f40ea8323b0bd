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
 * The upper triangle of a symmetric d x d matrix that grows by products M += A^T A of row blocks
 * (the co-moment of {@link JointStatistics}), stored in the layout its back end multiplies fastest.
 * Every block is added in one call, in the caller's order, so the sums do not depend on threads.
 */
abstract class SymmetricAccumulator implements Serializable {

  private static final long serialVersionUID = 1L;

  final int dimension;

  SymmetricAccumulator(int dimension) {
    this.dimension = dimension;
  }

  /** M += A^T A for the row-major rows x dimension matrix A (only the upper triangle is kept). */
  abstract void addGram(DMatrixRMaj a);

  /** M += the other accumulator's M (same dimension, any layout). */
  abstract void add(SymmetricAccumulator other);

  abstract SymmetricAccumulator copy();

  /** The whole symmetric matrix M, row-major (a new matrix). */
  abstract DMatrixRMaj toSymmetric();

  /** Copies the upper triangle of a row-major square matrix into its lower triangle. */
  static void mirrorUpper(double[] m, int d) {
    for (int i = 1; i < d; i++) {
      for (int j = 0; j < i; j++) {
        m[i * d + j] = m[j * d + i];
      }
    }
  }
}
