package weka.w2s.core;

import org.ejml.data.DMatrixRMaj;

import dev.ludovic.netlib.blas.BLAS;

/**
 * The native back end's accumulator: M, column-major, grows by one BLAS dsyrk per block. A
 * row-major block A (rows x d) is, read column-major, the d x rows matrix A^T, so dsyrk("U", "N")
 * adds A^T A to the upper triangle without copying A.
 */
final class NativeAccumulator extends SymmetricAccumulator {

  private static final long serialVersionUID = 1L;

  /** Column-major d x d; only the upper triangle (row <= column) is maintained. */
  private final double[] upper;

  NativeAccumulator(int dimension) {
    this(dimension, new double[dimension * dimension]);
  }

  private NativeAccumulator(int dimension, double[] upper) {
    super(dimension);
    this.upper = upper;
  }

  /** The native BLAS; netlib's Java kernels if this object was deserialized where there is none. */
  private static BLAS blas() {
    NativeLibrary lib = NativeLibrary.detected();
    return lib.available() ? lib.blas : dev.ludovic.netlib.blas.JavaBLAS.getInstance();
  }

  @Override
  void addGram(DMatrixRMaj a) {
    if (a.numRows == 0) {
      return;
    }
    blas().dsyrk("U", "N", dimension, a.numRows, 1.0, a.data, dimension, 1.0, upper, dimension);
  }

  @Override
  void add(SymmetricAccumulator other) {
    if (other instanceof NativeAccumulator) {
      double[] b = ((NativeAccumulator) other).upper;
      for (int i = 0; i < upper.length; i++) {
        upper[i] += b[i];
      }
      return;
    }
    // the row-major symmetric matrix read column-major is itself
    double[] b = other.toSymmetric().data;
    for (int i = 0; i < upper.length; i++) {
      upper[i] += b[i];
    }
  }

  @Override
  SymmetricAccumulator copy() {
    return new NativeAccumulator(dimension, upper.clone());
  }

  @Override
  DMatrixRMaj toSymmetric() {
    // column-major upper = row-major lower: element (i, j), i <= j, sits at j * d + i
    DMatrixRMaj s = new DMatrixRMaj(dimension, dimension);
    double[] m = s.data;
    int d = dimension;
    for (int j = 0; j < d; j++) {
      for (int i = 0; i <= j; i++) {
        double v = upper[j * d + i];
        m[i * d + j] = v;
        m[j * d + i] = v;
      }
    }
    return s;
  }
}
