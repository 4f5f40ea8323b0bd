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
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RidgePath against a brute force written here: the weighted ridge with an unpenalised intercept as
 * (d + 1) x (d + 1) normal equations of the augmented design [1 X], solved by EJML's general solver,
 * and refitted without each row for leave-one-out. Covers both sides (covariance and Gram), weights,
 * one-hot, multi-class and soft targets, the automatic ridge, reweighted (downdated) paths and both
 * back ends.
 */
class RidgePathTest {

  static double[][] rows(int n, int d, long seed) {
    Random r = new Random(seed);
    double[][] x = new double[n][d];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        x[i][j] = r.nextGaussian() * (1 + j % 3) + 0.5;
      }
    }
    return x;
  }

  /** kind: "binary" one-hot of 2 classes, "multi" one-hot of 3, "soft" distributions over 3. */
  static double[][] targets(double[][] x, String kind, long seed) {
    Random r = new Random(seed);
    int c = kind.equals("binary") ? 2 : 3;
    double[][] t = new double[x.length][c];
    for (int i = 0; i < x.length; i++) {
      double s = x[i][0] - x[i][1] + r.nextGaussian();
      if (kind.equals("soft")) {
        double p = 1 / (1 + Math.exp(-s));
        t[i][0] = (1 - p) * 0.7;
        t[i][1] = p * 0.7;
        t[i][2] = 0.3;
      } else {
        t[i][kind.equals("binary") ? (s > 0 ? 1 : 0) : (s < -1 ? 0 : s < 1 ? 1 : 2)] = 1;
      }
    }
    return t;
  }

  static double[] weights(int n, boolean weighted, long seed) {
    double[] w = new double[n];
    Random r = new Random(seed);
    for (int i = 0; i < n; i++) {
      w[i] = !weighted ? 1 : i % 7 == 3 ? 0 : 0.5 + 2 * r.nextDouble();
    }
    return w;
  }

  /**
   * Minimises sum_i w_i ||t_i - b - W^T x_i||^2 + penalty ||W||^2 over the rows with skip[i] false;
   * returns the (d + 1) x c coefficients, intercept first.
   */
  static DMatrixRMaj bruteForce(double[][] x, double[][] t, double[] w, double penalty, boolean[] skip) {
    int d = x[0].length;
    int c = t[0].length;
    DMatrixRMaj a = new DMatrixRMaj(d + 1, d + 1);
    DMatrixRMaj b = new DMatrixRMaj(d + 1, c);
    for (int i = 0; i < x.length; i++) {
      if (skip != null && skip[i]) {
        continue;
      }
      double[] z = new double[d + 1];
      z[0] = 1;
      System.arraycopy(x[i], 0, z, 1, d);
      for (int p = 0; p <= d; p++) {
        for (int q = 0; q <= d; q++) {
          a.add(p, q, w[i] * z[p] * z[q]);
        }
        for (int k = 0; k < c; k++) {
          b.add(p, k, w[i] * z[p] * t[i][k]);
        }
      }
    }
    for (int p = 1; p <= d; p++) {
      a.add(p, p, penalty);
    }
    DMatrixRMaj theta = new DMatrixRMaj(d + 1, c);
    if (!CommonOps_DDRM.solve(a, b, theta)) {
      throw new AssertionError("singular brute-force system");
    }
    return theta;
  }

  static double[] predict(DMatrixRMaj theta, double[] x) {
    double[] s = new double[theta.numCols];
    for (int k = 0; k < s.length; k++) {
      s[k] = theta.get(0, k);
      for (int f = 0; f < x.length; f++) {
        s[k] += theta.get(f + 1, k) * x[f];
      }
    }
    return s;
  }

  private static double total(double[] w) {
    double s = 0;
    for (double v : w) {
      s += v;
    }
    return s;
  }

  private static void assertClose(double[] expected, double[] actual, double tolerance, String what) {
    for (int k = 0; k < expected.length; k++) {
      assertEquals(expected[k], actual[k], tolerance * (1 + Math.abs(expected[k])), what + ", output " + k);
    }
  }

  private static RidgePath.Side side(String name) {
    return RidgePath.Side.valueOf(name);
  }

  @ParameterizedTest
  @CsvSource({"60, 8, 0.01, AUTO, false", "60, 8, 0, AUTO, false", "12, 30, 0.01, AUTO, true", "40, 40, 0.1, PRIMAL, true",
      "40, 10, 0.1, DUAL, true", "25, 6, 0.3, DUAL, false"})
  void theFitIsTheBruteForceMinimiser(int n, int d, double beta, String side, boolean weighted) {
    double[][] x = rows(n, d, n * 31L + d);
    double[][] t = targets(x, "soft", 7);
    double[] w = weights(n, weighted, 3);
    RidgePath.Head head = RidgePath.of(x, w, side(side), LinearAlgebra.java()).solve(t, beta);
    DMatrixRMaj theta = bruteForce(x, t, w, total(w) * beta, null);
    for (double[] query : rows(5, d, 99)) {
      assertClose(predict(theta, query), head.scores(query), 1e-8, "n=" + n + " d=" + d);
    }
  }

  @ParameterizedTest
  @CsvSource({"40, 5, 0.05, binary, false", "40, 5, 0.05, multi, true", "15, 25, 0.05, soft, true",
      "30, 4, 0.2, soft, false", "20, 20, 0.01, multi, false"})
  void leaveOneOutIsTheRefitWithoutTheRow(int n, int d, double beta, String kind, boolean weighted) {
    double[][] x = rows(n, d, 5L * n + d);
    double[][] t = targets(x, kind, 3);
    double[] w = weights(n, weighted, 4);
    double[][] loo = RidgePath.of(x, w).leaveOneOut(t, beta);
    for (int i = 0; i < n; i++) {
      boolean[] skip = new boolean[n];
      skip[i] = true;
      // the penalty is held at the full fit's, V beta in sum form (V the total weight)
      double[] expected = predict(bruteForce(x, t, w, total(w) * beta, skip), x[i]);
      assertClose(expected, loo[i], 1e-8, "row " + i + " (weight " + w[i] + ")");
    }
  }

  @ParameterizedTest
  @CsvSource({"50, 6, binary, false", "40, 8, multi, true", "16, 24, soft, true"})
  void theAutomaticRidgeHasTheSmallestRefitError(int n, int d, String kind, boolean weighted) {
    double[][] x = rows(n, d, 7L * n + d);
    double[][] t = targets(x, kind, 5);
    double[] w = weights(n, weighted, 6);
    RidgePath path = RidgePath.of(x, w);
    double[] grid = RidgeGrid.parse(RidgeGrid.DEFAULT, "test").absolute(path.meanEigenvalue());
    RidgePath.RidgeChoice choice = path.chooseRidge(t, grid);
    double total = total(w);
    int best = -1;
    double bestError = Double.POSITIVE_INFINITY;
    for (int g = 0; g < grid.length; g++) {
      double error = 0;
      for (int i = 0; i < n; i++) {
        if (w[i] == 0) {
          continue;
        }
        boolean[] skip = new boolean[n];
        skip[i] = true;
        double[] p = predict(bruteForce(x, t, w, total * grid[g], skip), x[i]);
        for (int k = 0; k < p.length; k++) {
          error += w[i] / total * (t[i][k] - p[k]) * (t[i][k] - p[k]);
        }
      }
      // below 1e-4 of the mean variance, a path with fewer rows than attributes interpolates: 1 - h_ii is
      // then a difference of nearly equal numbers, and both computations keep fewer digits
      double tolerance = grid[g] >= 1e-4 * path.meanEigenvalue() ? 1e-8 : 1e-4;
      assertEquals(error, choice.errors()[g], tolerance * (1 + error), "grid point " + g);
      if (error < bestError - 1e-12) {
        bestError = error;
        best = g;
      }
    }
    assertEquals(grid[best], choice.ridge(), 0, "the chosen ridge");
    assertEquals(bestError, choice.error(), 1e-8 * (1 + bestError));
  }

  @ParameterizedTest
  @CsvSource({"80, 6, 0.05, 0.2", "80, 6, 0.05, 0.45", "80, 6, 0.05, 0.7", "30, 40, 0.1, 0.3"})
  void aReweightedPathIsTheFitOnTheKeptRows(int n, int d, double beta, double leftOut) {
    double[][] x = rows(n, d, 11L * n + d);
    double[][] t = targets(x, "soft", 8);
    double[] keep = new double[n];
    Random r = new Random(12);
    int kept = 0;
    for (int i = 0; i < n; i++) {
      keep[i] = r.nextDouble() >= leftOut ? 1 : 0;
      kept += (int) keep[i];
    }
    RidgePath all = RidgePath.of(x, null);
    all.leaveOneOut(t, beta); // a decomposed parent must not leak into its child
    RidgePath child = all.reweighted(keep);
    assertNotSame(all, child);
    DMatrixRMaj theta = bruteForce(x, t, keep, kept * beta, null);
    for (double[] query : rows(5, d, 13)) {
      assertClose(predict(theta, query), child.solve(t, beta).scores(query), 1e-8, "left out " + leftOut);
    }
    double[][] loo = child.leaveOneOut(t, beta);
    for (int i : new int[] {0, 1, n / 2, n - 1}) {
      boolean[] skip = new boolean[n];
      skip[i] = keep[i] > 0;
      assertClose(predict(bruteForce(x, t, keep, kept * beta, skip), x[i]), loo[i], 1e-8, "row " + i);
    }
  }

  @Test
  void theBackEndsAgree() {
    assumeTrue(LinearAlgebra.nativeAvailable(), "no native BLAS/LAPACK here (install OpenBLAS to run this test)");
    for (int[] shape : new int[][] {{200, 30}, {30, 120}}) {
      double[][] x = rows(shape[0], shape[1], 21);
      double[][] t = targets(x, "multi", 22);
      double[] w = weights(shape[0], true, 23);
      RidgePath java = RidgePath.of(x, w, RidgePath.Side.AUTO, LinearAlgebra.java());
      RidgePath fast = RidgePath.of(x, w, RidgePath.Side.AUTO, LinearAlgebra.of(LinearAlgebra.Choice.NATIVE));
      double[] grid = RidgeGrid.parse(RidgeGrid.DEFAULT, "test").absolute(java.meanEigenvalue());
      RidgePath.RidgeChoice a = java.chooseRidge(t, grid);
      RidgePath.RidgeChoice b = fast.chooseRidge(t, grid);
      assertEquals(a.ridge(), b.ridge(), 0);
      for (int g = 0; g < grid.length; g++) {
        // the smallest ridges interpolate when n < d (see above): fewer digits there
        double tolerance = grid[g] >= 1e-4 * java.meanEigenvalue() ? 1e-9 : 1e-4;
        assertEquals(a.errors()[g], b.errors()[g], tolerance * (1 + a.errors()[g]), "leave-one-out error " + g);
      }
      for (double beta : new double[] {0.01, a.ridge()}) {
        double[][] la = java.leaveOneOut(t, beta);
        double[][] lb = fast.leaveOneOut(t, beta);
        for (int i = 0; i < la.length; i++) {
          assertClose(la[i], lb[i], 1e-9, "row " + i);
        }
        for (double[] query : rows(4, shape[1], 24)) {
          assertClose(java.solve(t, beta).scores(query), fast.solve(t, beta).scores(query), 1e-9, "beta " + beta);
        }
      }
    }
  }

  /** Issue 16, item 11: values whose squares overflow are refused with the remedy, not an "infinite ridge". */
  @Test
  void valuesWhoseSquaresOverflowAreRefused() {
    double[][] x = rows(20, 3, 1);
    x[4][0] = 1e200;
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> RidgePath.of(x, null));
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("Standardize"), e.getMessage());
  }
}
