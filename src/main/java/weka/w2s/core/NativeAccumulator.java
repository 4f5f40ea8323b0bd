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

import dev.ludovic.netlib.blas.BLAS;

/**
 * The native back end's accumulator: M, column-major, grows by BLAS dsyrk. A row-major block A
 * (rows x d) is, read column-major, the d x rows matrix A^T, so dsyrk("U", "N") adds A^T A to the
 * upper triangle without a copy. Blocks of a few hundred rows are first stacked, up to
 * {@link #batchRows} rows: M += [A1; A2; ...]^T [A1; A2; ...] is the same sum in one call, and a
 * deeper product runs closer to the library's peak. When the stack is flushed depends only on the
 * sequence of blocks, never on reads, so results are reproducible.
 */
final class NativeAccumulator extends SymmetricAccumulator {

  private static final long serialVersionUID = 1L;

  /** Rows stacked before one dsyrk; deeper products gain little past this. */
  static final int MAX_BATCH_ROWS = 1024;
  /** The stack never holds more doubles than this (64 MB), whatever the dimension. */
  static final int MAX_BATCH_VALUES = 8 << 20;

  /** Column-major d x d; only the upper triangle (row <= column) is maintained. */
  private final double[] upper;
  private final int batchRows;
  /** Rows stacked and not yet multiplied, row-major; allocated on first use. */
  private double[] stack;
  private int stackedRows;

  NativeAccumulator(int dimension) {
    super(dimension);
    this.upper = new double[dimension * dimension];
    this.batchRows = Math.min(MAX_BATCH_ROWS, MAX_BATCH_VALUES / dimension);
  }

  private NativeAccumulator(NativeAccumulator from) {
    super(from.dimension);
    this.upper = from.upper.clone();
    this.batchRows = from.batchRows;
    this.stack = from.stack == null ? null : from.stack.clone();
    this.stackedRows = from.stackedRows;
  }

  /** The native BLAS; netlib's Java kernels if this object was deserialized where there is none. */
  private static BLAS blas() {
    NativeLibrary lib = NativeLibrary.detected();
    return lib.available() ? lib.blas : dev.ludovic.netlib.blas.JavaBLAS.getInstance();
  }

  @Override
  void addGram(DMatrixRMaj a) {
    int rows = a.numRows;
    if (rows == 0) {
      return;
    }
    if (stackedRows + rows > batchRows) {
      flush();
    }
    if (rows > batchRows) {
      blas().dsyrk("U", "N", dimension, rows, 1.0, a.data, dimension, 1.0, upper, dimension);
      return;
    }
    if (stack == null) {
      stack = new double[batchRows * dimension];
    }
    System.arraycopy(a.data, 0, stack, stackedRows * dimension, rows * dimension);
    stackedRows += rows;
  }

  private void flush() {
    if (stackedRows > 0) {
      blas().dsyrk("U", "N", dimension, stackedRows, 1.0, stack, dimension, 1.0, upper, dimension);
      stackedRows = 0;
    }
  }

  /** M itself (upper triangle, column-major) with the stacked rows included; this object is unchanged. */
  private double[] total() {
    double[] m = upper.clone();
    if (stackedRows > 0) {
      blas().dsyrk("U", "N", dimension, stackedRows, 1.0, stack, dimension, 1.0, m, dimension);
    }
    return m;
  }

  @Override
  void add(SymmetricAccumulator other) {
    // the row-major symmetric matrix read column-major is itself; only the upper triangle matters
    double[] b = other instanceof NativeAccumulator ? ((NativeAccumulator) other).total()
        : other.toSymmetric().data;
    for (int i = 0; i < upper.length; i++) {
      upper[i] += b[i];
    }
  }

  @Override
  SymmetricAccumulator copy() {
    return new NativeAccumulator(this);
  }

  @Override
  DMatrixRMaj toSymmetric() {
    double[] m = total();
    // column-major upper = row-major lower: element (i, j), i <= j, sits at j * d + i
    int d = dimension;
    for (int j = 0; j < d; j++) {
      for (int i = 0; i < j; i++) {
        m[i * d + j] = m[j * d + i];
      }
    }
    return new DMatrixRMaj(d, d, true, m);
  }

  /** For tests: rows waiting in the stack. */
  int stackedRows() {
    return stackedRows;
  }
}
