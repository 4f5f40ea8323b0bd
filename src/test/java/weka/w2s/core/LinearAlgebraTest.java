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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The two linear-algebra back ends: each against matrices of known spectrum, and the native one
 * against the Java one on whole analyses (to 1e-10 relative). The native tests are skipped, with the
 * reason, on a machine without an optimized BLAS; with {@code -Dw2s.test.requireNative=true} (as CI
 * runs them) they fail instead.
 */
class LinearAlgebraTest {

  private static final double AGREEMENT = 1e-10;

  static LinearAlgebra nativeOrSkip() {
    NativeLibrary lib = NativeLibrary.detected();
    if (Boolean.getBoolean("w2s.test.requireNative")) {
      assertTrue(lib.available(), () -> "w2s.test.requireNative is set, but " + lib.unavailableReason());
    }
    assumeTrue(lib.available(), () -> "Skipped: no native back end on this machine, because "
        + lib.unavailableReason() + " Install OpenBLAS (apt-get install libopenblas0) to run it.");
    return LinearAlgebra.of(LinearAlgebra.Choice.NATIVE);
  }

  /** Q diag(spectrum) Q^T for a random orthogonal Q. */
  private static DMatrixRMaj withSpectrum(double[] spectrum, long seed) {
    int d = spectrum.length;
    DMatrixRMaj q = TestData.orthogonal(d, new Random(seed));
    DMatrixRMaj qd = q.copy();
    TestData.scaleColumns(qd, spectrum);
    DMatrixRMaj a = new DMatrixRMaj(d, d);
    CommonOps_DDRM.multTransB(qd, q, a);
    return a;
  }

  /** Eigenvalues 1, 1/2, ..., with the last {@code zeros} exactly zero (a rank-deficient matrix). */
  private static double[] spectrum(int d, int zeros) {
    double[] s = new double[d];
    for (int i = 0; i < d - zeros; i++) {
      s[i] = 1.0 / (1 + i);
    }
    return s;
  }

  private static void assertDecomposes(LinearAlgebra la, int d, int zeros) {
    double[] expected = spectrum(d, zeros);
    DMatrixRMaj a = withSpectrum(expected, 7 + d);
    DMatrixRMaj before = a.copy();
    SymmetricEigen eig = la.symmetricEigen(a, true);
    assertTrue(java.util.Arrays.equals(before.data, a.data), "the argument was modified");
    for (int i = 0; i < d; i++) {
      Checks.assertClose(expected[i], eig.values[i], 1e-12, 1.0, la + " eigenvalue " + i);
    }
    // A V = V Lambda and V^T V = I, measured, not assumed
    DMatrixRMaj av = new DMatrixRMaj(d, d);
    CommonOps_DDRM.mult(a, eig.vectors, av);
    DMatrixRMaj vl = eig.vectors.copy();
    TestData.scaleColumns(vl, eig.values);
    Checks.assertMatrixClose(av, vl, 1e-12, la + ": A V = V Lambda");
    DMatrixRMaj vtv = new DMatrixRMaj(d, d);
    CommonOps_DDRM.multTransA(eig.vectors, eig.vectors, vtv);
    Checks.assertMatrixClose(CommonOps_DDRM.identity(d), vtv, 1e-12, la + ": V^T V = I");
    SymmetricEigen valuesOnly = la.symmetricEigen(a, false);
    for (int i = 0; i < d; i++) {
      Checks.assertClose(expected[i], valuesOnly.values[i], 1e-12, 1.0, la + " eigenvalue " + i + " alone");
    }
    Checks.assertRelative(1.0, la.largestEigenvalue(a), 1e-12, la + " largest eigenvalue");
  }

  @ParameterizedTest(name = "java, d={0}, {1} zero eigenvalues")
  @CsvSource({"1, 0", "2, 0", "17, 0", "60, 5", "130, 30"})
  void javaBackEndFindsAKnownSpectrum(int d, int zeros) {
    assertDecomposes(LinearAlgebra.java(), d, zeros);
  }

  @ParameterizedTest(name = "native, d={0}, {1} zero eigenvalues")
  @CsvSource({"1, 0", "2, 0", "17, 0", "60, 5", "130, 30"})
  void nativeBackEndFindsAKnownSpectrum(int d, int zeros) {
    assertDecomposes(nativeOrSkip(), d, zeros);
  }

  @ParameterizedTest(name = "n={0} dw={1} ds={2} labels={3} {4} {5}")
  @CsvSource({"24, 30, 50, 3, SOFT, GRAM", "24, 30, 50, 1, HARD, COVARIANCE", "40, 6, 12, 3, SOFT, COVARIANCE",
      "40, 6, 12, 0, HARD, GRAM", "300, 40, 70, 1, SOFT, COVARIANCE", "700, 20, 300, 2, SOFT, COVARIANCE"})
  void backEndsGiveTheSameAnalysis(int n, int dw, int ds, int labels, Shrinkage shrinkage, SampleGeometry.Path path) {
    LinearAlgebra nat = nativeOrSkip();
    DMatrixRMaj rows = TestData.related(900 + n, n, dw, ds, labels);
    TestData.Layout layout = new TestData.Layout(dw, ds, labels);
    PrincipalSettings settings = new PrincipalSettings(PrincipalRule.variance(0.85), 0.1, shrinkage,
        PrincipalSettings.DEFAULT_RANK_TOLERANCE);
    int rowLimit = path == SampleGeometry.Path.GRAM ? n : 0;
    JointStatistics javaStats = new JointStatistics(rows.numCols, rowLimit, LinearAlgebra.java());
    JointStatistics nativeStats = new JointStatistics(rows.numCols, rowLimit, nat);
    for (int i = 0; i < n; i++) {
      javaStats.add(TestData.row(rows, i));
      nativeStats.add(TestData.row(rows, i));
    }
    PairAnalysis java = analyze(javaStats, layout, settings, path, LinearAlgebra.java());
    PairAnalysis other = analyze(nativeStats, layout, settings, path, nat);
    Checks.assertSameAnalysis(java, other, AGREEMENT, 1e-14);
    double[] lj = java.strong().eigenvalues();
    double[] ln = other.strong().eigenvalues();
    for (int i = 0; i < lj.length; i++) {
      Checks.assertClose(lj[i], ln[i], AGREEMENT, lj[0], "strong eigenvalue " + i);
    }
    if (labels > 0) {
      Checks.assertMatrixClose(TestData.contributions(java, rows, layout.strong),
          TestData.contributions(other, rows, layout.strong), AGREEMENT, "contributions");
    }
  }

  private static PairAnalysis analyze(JointStatistics stats, TestData.Layout layout, PrincipalSettings settings,
      SampleGeometry.Path path, LinearAlgebra la) {
    SampleGeometry geometry = SampleGeometry.of(stats, settings, path, la);
    assertSame(la, geometry.linearAlgebra());
    W2SGAnalyzer analyzer = new W2SGAnalyzer(geometry, 30);
    return analyzer.analyze(analyzer.weakSpace(layout.weak), analyzer.strongSpace(layout.strong),
        layout.labelsOrNull());
  }

  @ParameterizedTest(name = "{0}: n={1} d={2}")
  @CsvSource({"java, 1000, 70", "native, 1000, 70", "java, 600, 300", "native, 600, 300", "native, 3, 2"})
  void eachBackEndFoldsTheWeightedCovarianceOfATwoPassSum(String kind, int n, int d) {
    LinearAlgebra la = kind.equals("java") ? LinearAlgebra.java() : nativeOrSkip();
    DMatrixRMaj rows = TestData.related(31 + d, n, d / 2, d - d / 2, 0);
    double[] weights = new double[n];
    Random rnd = new Random(d);
    for (int i = 0; i < n; i++) {
      weights[i] = i % 5 == 0 ? 2 : 0.5 + rnd.nextDouble();
    }
    // two passes, plain loops: the weighted mean, then sum_i w_i (x_i - mean)(x_i - mean)^T / sum w
    double total = 0;
    double[] mean = new double[d];
    for (int i = 0; i < n; i++) {
      total += weights[i];
      for (int j = 0; j < d; j++) {
        mean[j] += weights[i] * rows.get(i, j);
      }
    }
    for (int j = 0; j < d; j++) {
      mean[j] /= total;
    }
    DMatrixRMaj expected = new DMatrixRMaj(d, d);
    for (int i = 0; i < n; i++) {
      for (int a = 0; a < d; a++) {
        for (int b = 0; b < d; b++) {
          expected.data[a * d + b] += weights[i] * (rows.get(i, a) - mean[a]) * (rows.get(i, b) - mean[b]) / total;
        }
      }
    }
    // folded with this back end: in one stream, and in two shards, the second made with the other back end
    JointStatistics one = new JointStatistics(d, 0, la);
    JointStatistics first = new JointStatistics(d, 0, la);
    JointStatistics second = new JointStatistics(d, 0,
        kind.equals("java") && LinearAlgebra.nativeAvailable() ? LinearAlgebra.of(LinearAlgebra.Choice.NATIVE)
            : LinearAlgebra.java());
    for (int i = 0; i < n; i++) {
      one.add(TestData.row(rows, i), weights[i]);
      (i < n / 3 ? first : second).add(TestData.row(rows, i), weights[i]);
    }
    first.merge(second);
    Checks.assertMatrixClose(expected, one.covariance(), 1e-12, kind + " covariance");
    Checks.assertMatrixClose(expected, first.covariance(), 1e-12, kind + " merged covariance");
    for (int j = 0; j < d; j++) {
      Checks.assertClose(mean[j], one.mean()[j], 1e-12, 1.0, "mean " + j);
    }
  }

  @Test
  void nativeBackEndSaysWhichLibraryItLoaded() {
    LinearAlgebra nat = nativeOrSkip();
    assertEquals(LinearAlgebra.Choice.NATIVE, nat.kind());
    String file = NativeLibrary.detected().file;
    assertTrue(nat.description().contains(file), nat.description());
    assertTrue(NativeLibrary.isOptimized(file), file);
  }

  @Test
  void onlyOptimizedLibrariesAreAccepted() {
    assertTrue(NativeLibrary.isOptimized("/usr/lib/x86_64-linux-gnu/openblas-pthread/libopenblasp-r0.3.21.so"));
    assertTrue(NativeLibrary.isOptimized("/opt/intel/oneapi/mkl/latest/lib/libmkl_rt.so.2"));
    // Debian's reference BLAS and LAPACK (netlib's default names resolve to them without OpenBLAS)
    assertFalse(NativeLibrary.isOptimized("/usr/lib/x86_64-linux-gnu/blas/libblas.so.3.11.0"));
    assertFalse(NativeLibrary.isOptimized("/usr/lib/x86_64-linux-gnu/lapack/liblapack.so.3.11.0"));
  }

  @Test
  void choicesParseAndJavaIsTheDefaultOfTheThreeArgumentGeometry() {
    assertEquals(LinearAlgebra.Choice.NATIVE, LinearAlgebra.Choice.parse(" Native ", "x"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LinearAlgebra.Choice.parse("blas", "-linalg"));
    assertEquals("-linalg must be auto, java or native, got 'blas'.", e.getMessage());
    assertSame(LinearAlgebra.java(), LinearAlgebra.of(LinearAlgebra.Choice.JAVA));
    LinearAlgebra auto = LinearAlgebra.of(LinearAlgebra.Choice.AUTO);
    assertEquals(LinearAlgebra.nativeAvailable() ? LinearAlgebra.Choice.NATIVE : LinearAlgebra.Choice.JAVA,
        auto.kind());
    JointStatistics stats = TestData.stats(TestData.related(3, 30, 4, 5, 0), 0);
    assertSame(LinearAlgebra.java(),
        SampleGeometry.of(stats, PrincipalSettings.defaults(), SampleGeometry.Path.AUTO).linearAlgebra());
  }

  /**
   * Issue 16, item 10: a matrix with repeated eigenvalues (every shrinkage factor 1 under -hard gives
   * one) decomposes on both back ends to the eigenvalues it was built from; a LAPACK driver that
   * reports non-convergence is answered by the Java back end instead of stopping the analysis.
   */
  @Test
  void repeatedEigenvaluesDecomposeOnEveryBackEnd() {
    int n = 20;
    DMatrixRMaj q = new DMatrixRMaj(n, n);
    Random rnd = new Random(5);
    for (int i = 0; i < q.data.length; i++) {
      q.data[i] = rnd.nextGaussian();
    }
    // an orthogonal basis: the eigenvectors of a random positive definite matrix
    DMatrixRMaj orthogonal = LinearAlgebra.java().symmetricEigen(gram(q), true).vectors;
    double[] expected = new double[n];
    DMatrixRMaj d = new DMatrixRMaj(n, n);
    for (int i = 0; i < n; i++) {
      expected[i] = i < 7 ? 2 : 1;
      d.set(i, i, expected[i]);
    }
    DMatrixRMaj a = new DMatrixRMaj(n, n);
    DMatrixRMaj tmp = new DMatrixRMaj(n, n);
    CommonOps_DDRM.mult(orthogonal, d, tmp);
    CommonOps_DDRM.multTransB(tmp, orthogonal, a);
    java.util.List<LinearAlgebra> backEnds = new java.util.ArrayList<>(java.util.List.of(LinearAlgebra.java()));
    if (LinearAlgebra.nativeAvailable()) {
      backEnds.add(LinearAlgebra.of(LinearAlgebra.Choice.NATIVE));
    }
    for (LinearAlgebra la : backEnds) {
      double[] values = la.symmetricEigen(a, false).values;
      for (int i = 0; i < n; i++) {
        assertEquals(expected[i], values[i], 1e-12, la.description() + ", eigenvalue " + i);
      }
      assertEquals(2, la.largestEigenvalue(a), 1e-12, la.description());
    }
    assertTrue(NetlibLinearAlgebra.converged(new org.netlib.util.intW(0), n));
    assertFalse(NetlibLinearAlgebra.converged(new org.netlib.util.intW(3), n), "info > 0: fall back to Java");
    assertThrows(IllegalStateException.class, () -> NetlibLinearAlgebra.converged(new org.netlib.util.intW(-2), n));
  }

  private static DMatrixRMaj gram(DMatrixRMaj q) {
    DMatrixRMaj g = new DMatrixRMaj(q.numCols, q.numCols);
    CommonOps_DDRM.multTransA(q, q, g);
    return g;
  }
}
