package weka.w2s.core;

import java.util.Arrays;
import java.util.Comparator;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/** Eigen-decomposition of a symmetric matrix, eigenvalues sorted in descending order. */
final class SymmetricEigen {

  final double[] values;
  /** Eigenvectors as columns, in the order of {@link #values}; null if not requested. */
  final DMatrixRMaj vectors;

  private SymmetricEigen(double[] values, DMatrixRMaj vectors) {
    this.values = values;
    this.vectors = vectors;
  }

  static SymmetricEigen of(DMatrixRMaj symmetric, boolean needVectors) {
    int n = symmetric.numRows;
    EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, needVectors, true);
    if (!eig.decompose(symmetric.copy())) {
      throw new ArithmeticException("The symmetric eigen-decomposition of a " + n + " x " + n
          + " matrix did not converge.");
    }
    Integer[] order = new Integer[n];
    double[] raw = new double[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
      raw[i] = eig.getEigenvalue(i).real;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> raw[i]).reversed());
    double[] values = new double[n];
    DMatrixRMaj vectors = needVectors ? new DMatrixRMaj(n, n) : null;
    for (int c = 0; c < n; c++) {
      values[c] = raw[order[c]];
      if (needVectors) {
        DMatrixRMaj v = eig.getEigenVector(order[c]);
        for (int r = 0; r < n; r++) {
          vectors.unsafe_set(r, c, v.get(r, 0));
        }
      }
    }
    return new SymmetricEigen(values, vectors);
  }

  /** The largest eigenvalue. */
  static double largest(DMatrixRMaj symmetric) {
    return of(symmetric, false).values[0];
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
