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

/** Eigen-decomposition of a symmetric matrix, eigenvalues sorted in descending order. */
final class SymmetricEigen {

  final double[] values;
  /** Eigenvectors as columns, in the order of {@link #values}; null if not requested. */
  final DMatrixRMaj vectors;

  SymmetricEigen(double[] values, DMatrixRMaj vectors) {
    this.values = values;
    this.vectors = vectors;
  }

  /** Through EJML (the Java back end); see {@link LinearAlgebra#symmetricEigen} for the others. */
  static SymmetricEigen of(DMatrixRMaj symmetric, boolean needVectors) {
    return LinearAlgebra.java().symmetricEigen(symmetric, needVectors);
  }

  static ArithmeticException notConverged(int n) {
    return new ArithmeticException("The symmetric eigen-decomposition of a " + n + " x " + n
        + " matrix did not converge.");
  }

  /** Number of leading eigenvalues above tolerance times the largest (and above zero). */
  int rank(double relativeTolerance) {
    if (values.length == 0 || !(values[0] > 0)) {
      return 0;
    }
    double threshold = relativeTolerance * values[0];
    int r = 0;
    while (r < values.length && values[r] > threshold) {
      r++;
    }
    return r;
  }
}
