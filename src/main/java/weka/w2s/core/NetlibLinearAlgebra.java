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
import org.netlib.util.intW;

/**
 * The native back end: BLAS and LAPACK of an optimized library (see {@link NativeLibrary}) through
 * dev.ludovic.netlib. The eigen-decompositions use LAPACK's divide and conquer (dsyevd), the fastest
 * driver when every eigenvector is needed, and dsyevr restricted to one eigenvalue for the largest.
 * Matrices are symmetric, so row-major storage is its own column-major transpose.
 */
final class NetlibLinearAlgebra extends LinearAlgebra {

  private static NetlibLinearAlgebra instance;

  private final NativeLibrary lib;

  private NetlibLinearAlgebra(NativeLibrary lib) {
    this.lib = lib;
  }

  static synchronized NetlibLinearAlgebra instance(NativeLibrary lib) {
    if (instance == null) {
      instance = new NetlibLinearAlgebra(lib);
    }
    return instance;
  }

  @Override
  public Choice kind() {
    return Choice.NATIVE;
  }

  @Override
  public String description() {
    return "native (" + lib.file + " through netlib)";
  }

  @Override
  SymmetricEigen symmetricEigen(DMatrixRMaj symmetric, boolean needVectors) {
    int n = symmetric.numRows;
    double[] a = symmetric.data.clone(); // LAPACK overwrites it (with the eigenvectors)
    double[] w = new double[n];
    String jobz = needVectors ? "V" : "N";
    intW info = new intW(0);
    double[] workSize = new double[1];
    int[] iworkSize = new int[1];
    lib.lapack.dsyevd(jobz, "U", n, a, Math.max(1, n), w, workSize, -1, iworkSize, -1, info);
    check(info, n);
    double[] work = new double[(int) workSize[0]];
    int[] iwork = new int[iworkSize[0]];
    lib.lapack.dsyevd(jobz, "U", n, a, Math.max(1, n), w, work, work.length, iwork, iwork.length, info);
    if (!converged(info, n)) {
      return LinearAlgebra.java().symmetricEigen(symmetric, needVectors);
    }
    // LAPACK sorts ascending; the analysis wants descending
    double[] values = new double[n];
    DMatrixRMaj vectors = needVectors ? new DMatrixRMaj(n, n) : null;
    for (int c = 0; c < n; c++) {
      int from = n - 1 - c;
      values[c] = w[from];
      if (needVectors) {
        for (int r = 0; r < n; r++) {
          vectors.data[r * n + c] = a[from * n + r]; // column 'from' of the column-major result
        }
      }
    }
    return new SymmetricEigen(values, vectors);
  }

  @Override
  double largestEigenvalue(DMatrixRMaj symmetric) {
    int n = symmetric.numRows;
    double[] a = symmetric.data.clone();
    double[] w = new double[n];
    intW found = new intW(0);
    intW info = new intW(0);
    // not referenced without vectors, but netlib's argument checks want their full sizes
    double[] z = new double[Math.max(1, n)];
    int[] isuppz = new int[2 * Math.max(1, n)];
    double[] workSize = new double[1];
    int[] iworkSize = new int[1];
    double safeMinimum = lib.lapack.dlamch("S");
    lib.lapack.dsyevr("N", "I", "U", n, a, Math.max(1, n), 0, 0, n, n, 2 * safeMinimum, found, w, z, 1, isuppz,
        workSize, -1, iworkSize, -1, info);
    check(info, n);
    double[] work = new double[(int) workSize[0]];
    int[] iwork = new int[iworkSize[0]];
    lib.lapack.dsyevr("N", "I", "U", n, a, Math.max(1, n), 0, 0, n, n, 2 * safeMinimum, found, w, z, 1, isuppz,
        work, work.length, iwork, iwork.length, info);
    if (!converged(info, n)) {
      return LinearAlgebra.java().largestEigenvalue(symmetric);
    }
    return w[0];
  }

  /**
   * Whether a LAPACK eigensolver converged. A driver that did not (reported on valid input with
   * repeated eigenvalues, with some LAPACK builds) is answered by the Java back end's algorithm, a
   * different one, instead of stopping the analysis.
   */
  static boolean converged(intW info, int n) {
    if (info.val < 0) {
      throw new IllegalStateException("LAPACK refused argument " + (-info.val) + " (a bug in this package).");
    }
    return info.val == 0;
  }

  private static void check(intW info, int n) {
    if (info.val > 0) {
      throw SymmetricEigen.notConverged(n);
    }
    if (info.val < 0) {
      throw new IllegalStateException("LAPACK refused argument " + (-info.val) + " (a bug in this package).");
    }
  }

  @Override
  SymmetricAccumulator newAccumulator(int dimension) {
    return new NativeAccumulator(dimension);
  }

  @Override
  DMatrixRMaj multiply(DMatrixRMaj a, boolean transposeA, DMatrixRMaj b, boolean transposeB) {
    int rows = transposeA ? a.numCols : a.numRows;
    int inner = transposeA ? a.numRows : a.numCols;
    int cols = transposeB ? b.numRows : b.numCols;
    DMatrixRMaj c = new DMatrixRMaj(rows, cols);
    if (rows == 0 || cols == 0 || inner == 0) {
      return c;
    }
    // a row-major matrix is its transpose in column-major order: C^T = op(B)^T op(A)^T
    lib.blas.dgemm(transposeB ? "T" : "N", transposeA ? "T" : "N", cols, rows, inner, 1.0, b.data,
        Math.max(1, b.numCols), a.data, Math.max(1, a.numCols), 0.0, c.data, Math.max(1, cols));
    return c;
  }

  @Override
  DMatrixRMaj solvePositiveDefinite(DMatrixRMaj a, DMatrixRMaj b) {
    int n = a.numRows;
    int c = b.numCols;
    double[] factor = a.data.clone(); // row-major upper triangle = column-major lower triangle
    intW info = new intW(0);
    lib.lapack.dpotrf("L", n, factor, Math.max(1, n), info);
    if (info.val > 0) {
      return null;
    }
    check(info, n);
    double[] x = new double[n * c]; // column-major n x c
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < c; k++) {
        x[k * n + i] = b.data[i * c + k];
      }
    }
    lib.lapack.dpotrs("L", n, c, factor, Math.max(1, n), x, Math.max(1, n), info);
    check(info, n);
    DMatrixRMaj out = new DMatrixRMaj(n, c);
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < c; k++) {
        out.data[i * c + k] = x[k * n + i];
      }
    }
    return out;
  }
}
