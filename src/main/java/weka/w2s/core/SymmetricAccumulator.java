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
