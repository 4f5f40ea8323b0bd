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
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * The quantities of W2SG-MATH.md sections 2-3 computed the slow, obvious way, independently of the
 * code under test: centre the columns, form K = H H^T / n, take its eigenpairs from an SVD (the core
 * uses a symmetric eigensolver), build P_w and P_s as explicit n x n matrices and evaluate every
 * quantity from its definition. Only for small n.
 */
final class BruteForce {

  private BruteForce() {
  }

  /** A rule for the principal dimension, applied here without the core's {@link PrincipalRule}. */
  static final class Rule {
    private final int fixedK;
    private final double rho;

    private Rule(int fixedK, double rho) {
      this.fixedK = fixedK;
      this.rho = rho;
    }

    static Rule fixed(int k) {
      return new Rule(k, Double.NaN);
    }

    static Rule variance(double rho) {
      return new Rule(0, rho);
    }

    /** k for the non-zero eigenvalues, in descending order. */
    int choose(double[] lambda, int rank) {
      if (fixedK > 0) {
        return Math.min(fixedK, rank);
      }
      double total = 0;
      for (int i = 0; i < rank; i++) {
        total += lambda[i];
      }
      double cumulative = 0;
      for (int i = 0; i < rank; i++) {
        cumulative += lambda[i];
        if (cumulative / total >= rho - 1e-12) {
          return i + 1;
        }
      }
      return rank;
    }

    /** The same rule for the code under test. */
    PrincipalRule toCore() {
      return fixedK > 0 ? PrincipalRule.fixed(fixedK) : PrincipalRule.variance(rho);
    }

    @Override
    public String toString() {
      return fixedK > 0 ? "k=" + fixedK : "rho=" + rho;
    }
  }

  /** How one side's kernel is built: the rule, the shrinkage, the ridge beta, the training size m. */
  static final class Side {
    final Rule rule;
    final Shrinkage shrinkage;
    final double ridge;
    final double trainSize;

    Side(Rule rule, Shrinkage shrinkage, double ridge, double trainSize) {
      this.rule = rule;
      this.shrinkage = shrinkage;
      this.ridge = ridge;
      this.trainSize = trainSize;
    }

    /** The settings of the code under test that describe the same kernel. */
    PrincipalSettings toCore(double rankTolerance) {
      return new PrincipalSettings(rule.toCore(), ridge, shrinkage, rankTolerance);
    }
  }

  /** One representation's principal kernel on the sample. */
  static final class Kernel {
    /** All n eigenvalues of K, descending. */
    final double[] lambda;
    final int rank;
    final int k;
    final double gamma;
    /** K = H H^T / n and P, both n x n. */
    final DMatrixRMaj gram;
    final DMatrixRMaj p;

    Kernel(DMatrixRMaj centred, Side side, double rankTolerance) {
      int n = centred.numRows;
      gram = new DMatrixRMaj(n, n);
      CommonOps_DDRM.multTransB(centred, centred, gram);
      CommonOps_DDRM.divide(gram, n);

      SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(n, n, true, true, false);
      if (!svd.decompose(gram.copy())) {
        throw new AssertionError("SVD failed");
      }
      DMatrixRMaj u = svd.getU(null, false);
      DMatrixRMaj w = svd.getW(null);
      DMatrixRMaj v = svd.getV(null, false);
      SingularOps_DDRM.descendingOrder(u, false, w, v, false);
      lambda = new double[n];
      for (int i = 0; i < n; i++) {
        lambda[i] = w.get(i, i);
      }
      int r = 0;
      while (r < n && lambda[r] > rankTolerance * lambda[0]) {
        r++;
      }
      rank = r;
      k = side.rule.choose(lambda, rank);
      double tail = 0;
      for (int i = k; i < rank; i++) {
        tail += lambda[i];
      }
      gamma = tail / side.trainSize;
      double alpha = side.ridge + gamma;

      p = new DMatrixRMaj(n, n);
      for (int i = 0; i < k; i++) {
        double d = side.shrinkage == Shrinkage.HARD ? 1.0 : lambda[i] / (lambda[i] + alpha);
        for (int a = 0; a < n; a++) {
          double ua = d * u.get(a, i);
          for (int b = 0; b < n; b++) {
            p.add(a, b, ua * u.get(b, i));
          }
        }
      }
    }
  }

  /** Everything the analyzer reports, from the definitions. */
  static final class Result {
    Kernel weak;
    Kernel strong;
    double score;
    double frobenius;
    double frobeniusNormalized;
    double expectedGap;
    double predGap = Double.NaN;
    double weakError = Double.NaN;
    double ceilingError = Double.NaN;
    double misfit = Double.NaN;
    double weakCrossValidated = Double.NaN;
    double cka;
    /** P_s (I - P_w) Y, n x labels; null without labels. */
    DMatrixRMaj contributions;
  }

  static Result compute(DMatrixRMaj rows, TestData.Layout layout, Side weakSide, Side strongSide,
      double rankTolerance) {
    int n = rows.numRows;
    Result r = new Result();
    r.weak = new Kernel(centre(TestData.columns(rows, layout.weak)), weakSide, rankTolerance);
    r.strong = new Kernel(centre(TestData.columns(rows, layout.strong)), strongSide, rankTolerance);

    DMatrixRMaj notWeak = CommonOps_DDRM.identity(n);
    CommonOps_DDRM.subtractEquals(notWeak, r.weak.p);
    DMatrixRMaj b = TestData.times(r.strong.p, notWeak); // P_s (I - P_w)

    r.score = max(SingularOps_DDRM.singularValues(b.copy()));
    r.frobenius = square(NormOps_DDRM.normF(b));
    r.frobeniusNormalized = r.frobenius / square(NormOps_DDRM.normF(r.strong.p));
    DMatrixRMaj bk = TestData.times(b, r.strong.gram);
    DMatrixRMaj bkbt = new DMatrixRMaj(n, n);
    CommonOps_DDRM.multTransB(bk, b, bkbt);
    r.expectedGap = CommonOps_DDRM.trace(bkbt);
    // linear CKA from the centred rows themselves: ||Hw^T Hs||_F^2 / (||Hw^T Hw||_F ||Hs^T Hs||_F)
    DMatrixRMaj hw = centre(TestData.columns(rows, layout.weak));
    DMatrixRMaj hs = centre(TestData.columns(rows, layout.strong));
    r.cka = square(NormOps_DDRM.normF(crossProduct(hw, hs)))
        / (NormOps_DDRM.normF(crossProduct(hw, hw)) * NormOps_DDRM.normF(crossProduct(hs, hs)));

    if (layout.labels.length > 0) {
      DMatrixRMaj y = centre(TestData.columns(rows, layout.labels));
      r.contributions = TestData.times(b, y);
      r.predGap = square(NormOps_DDRM.normF(r.contributions)) / n;
      r.weakError = square(NormOps_DDRM.normF(TestData.times(notWeak, y))) / n;
      DMatrixRMaj notStrong = CommonOps_DDRM.identity(n);
      CommonOps_DDRM.subtractEquals(notStrong, r.strong.p);
      r.ceilingError = square(NormOps_DDRM.normF(TestData.times(notStrong, y))) / n;
      // the weak labels P_w y, the student's fit P_s P_w y, and the misfit between them
      DMatrixRMaj weakLabels = TestData.times(r.weak.p, y);
      r.misfit = square(NormOps_DDRM.normF(TestData.times(notStrong, weakLabels))) / n;
      double dof = CommonOps_DDRM.trace(r.weak.p);
      r.weakCrossValidated = r.weakError / square(1 - dof / n);
    }
    return r;
  }

  private static DMatrixRMaj crossProduct(DMatrixRMaj a, DMatrixRMaj b) {
    DMatrixRMaj out = new DMatrixRMaj(a.numCols, b.numCols);
    CommonOps_DDRM.multTransA(a, b, out);
    return out;
  }

  /** The columns of m minus their means (two passes: means first, then differences). */
  static DMatrixRMaj centre(DMatrixRMaj m) {
    DMatrixRMaj out = m.copy();
    for (int j = 0; j < m.numCols; j++) {
      double mean = 0;
      for (int i = 0; i < m.numRows; i++) {
        mean += m.get(i, j);
      }
      mean /= m.numRows;
      for (int i = 0; i < m.numRows; i++) {
        out.set(i, j, m.get(i, j) - mean);
      }
    }
    return out;
  }

  private static double max(double[] values) {
    double m = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      m = Math.max(m, v);
    }
    return m;
  }

  private static double square(double x) {
    return x * x;
  }
}
