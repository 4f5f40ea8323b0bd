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

import java.util.Locale;

import org.ejml.data.DMatrixRMaj;

/**
 * The dense kernels of the analysis behind one interface, with two back ends: {@link #java()}, EJML's
 * pure-Java kernels (always available, the default of training and filtering), and a native BLAS and
 * LAPACK (OpenBLAS or MKL through dev.ludovic.netlib, the binding Spark MLlib uses), used when an
 * optimized native library is installed. Both compute the same quantities; results agree to rounding.
 *
 * <p>{@link #preferred()} is the choice of the analysis: the system property {@value #PROPERTY}
 * ({@code auto}, {@code java} or {@code native}; default {@code auto}, the native back end when an
 * optimized library is found, else Java).
 */
public abstract class LinearAlgebra {

  /** System property that forces a back end: auto, java or native. */
  public static final String PROPERTY = "w2s.linalg";

  /** The choices of {@link #PROPERTY} and of the command line's -linalg. */
  public enum Choice {
    AUTO, JAVA, NATIVE;

    /** Parses auto, java or native (any case). */
    public static Choice parse(String text, String where) {
      for (Choice c : values()) {
        if (c.name().equalsIgnoreCase(text.trim())) {
          return c;
        }
      }
      throw new IllegalArgumentException(where + " must be auto, java or native, got '" + text + "'.");
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  LinearAlgebra() {
  }

  /** EJML's Java kernels. */
  public static LinearAlgebra java() {
    return EjmlLinearAlgebra.INSTANCE;
  }

  /** True if an optimized native BLAS and LAPACK was found and loaded. */
  public static boolean nativeAvailable() {
    return NativeLibrary.detected().available();
  }

  /** The back end for a choice; {@code native} without a usable library is refused with the reason. */
  public static LinearAlgebra of(Choice choice) {
    switch (choice) {
      case JAVA:
        return java();
      case NATIVE: {
        NativeLibrary lib = NativeLibrary.detected();
        if (!lib.available()) {
          throw new IllegalArgumentException("The native linear algebra was asked for, but "
              + lib.unavailableReason() + " Install OpenBLAS (Debian/Ubuntu: apt-get install libopenblas0)"
              + " or choose auto or java.");
        }
        return NetlibLinearAlgebra.instance(lib);
      }
      default:
        return nativeAvailable() ? NetlibLinearAlgebra.instance(NativeLibrary.detected()) : java();
    }
  }

  /** The back end chosen by the system property {@value #PROPERTY} (auto if unset). */
  public static LinearAlgebra preferred() {
    String value = System.getProperty(PROPERTY);
    return of(value == null || value.trim().isEmpty() ? Choice.AUTO
        : Choice.parse(value, "The system property " + PROPERTY));
  }

  /** Which choice this back end answers to: java or native. */
  public abstract Choice kind();

  /** One line for report headers: the back end and, for native, the library that was loaded. */
  public abstract String description();

  /**
   * The eigen-decomposition of a symmetric matrix (only its upper triangle is read), eigenvalues in
   * descending order, eigenvectors as columns if asked for. The argument is not modified.
   */
  abstract SymmetricEigen symmetricEigen(DMatrixRMaj symmetric, boolean vectors);

  /** The largest eigenvalue of a symmetric matrix. */
  abstract double largestEigenvalue(DMatrixRMaj symmetric);

  /** A zero d x d accumulator of products A^T A in this back end's layout. */
  abstract SymmetricAccumulator newAccumulator(int dimension);

  /** The product op(A) op(B), op the transpose where asked (a new matrix; the arguments are not modified). */
  abstract DMatrixRMaj multiply(DMatrixRMaj a, boolean transposeA, DMatrixRMaj b, boolean transposeB);

  /**
   * The solution X of A X = B for a symmetric positive definite A (only its upper triangle is read), by
   * Cholesky; null when the factorisation finds A not positive definite. The arguments are not modified.
   */
  abstract DMatrixRMaj solvePositiveDefinite(DMatrixRMaj a, DMatrixRMaj b);

  @Override
  public String toString() {
    return description();
  }
}
