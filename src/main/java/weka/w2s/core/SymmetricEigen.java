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
