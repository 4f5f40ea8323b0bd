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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Cases whose answer is known from the theory, and invariances the answer must have. */
class KnownCasesTest {

  private static final double TOL = PrincipalSettings.DEFAULT_RANK_TOLERANCE;
  /**
   * An exact zero of score^2 = lambda_max(D_s (I - C (2 D_w - D_w^2) C^T) D_s) comes out as rounding
   * noise. On the covariance path C = Lambda_s^{-1/2} V_s^T S_sw V_w Lambda_w^{-1/2}, whose rounding error
   * grows with the spread lambda_1 / lambda_k of the principal eigenvalues, so the bound for a zero score
   * is sqrt(ZERO_SLACK * eps * spread). The other quantities are compared at 1e-12 of their natural scale.
   */
  private static final double ZERO_SLACK = 16;

  private static PrincipalSettings hard(PrincipalRule rule) {
    return new PrincipalSettings(rule, 0.0, Shrinkage.HARD, TOL);
  }

  @ParameterizedTest
  @EnumSource(value = SampleGeometry.Path.class, names = {"COVARIANCE", "GRAM"})
  void weakEqualToStrongScoresZeroInHardMode(SampleGeometry.Path path) {
    for (int[] shape : new int[][] {{60, 10}, {20, 35}}) {
      DMatrixRMaj rows = TestData.related(11, shape[0], 1, shape[1], 1);
      TestData.Layout layout = new TestData.Layout(1, shape[1], 1);
      JointStatistics stats = TestData.stats(rows, shape[0]);
      for (PrincipalRule rule : new PrincipalRule[] {PrincipalRule.fixed(3), PrincipalRule.variance(0.7),
          PrincipalRule.variance(1.0)}) {
        PairAnalysis a = TestData.analyze(stats, layout.strong, layout.strong, layout.labels, hard(rule), path,
            0.5 * shape[0]);
        assertZeroGap(a, rows, layout);
        Checks.assertRelative(a.ceilingResidual(), a.weakResidual(), 1e-12, "weak error = ceiling error");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(value = SampleGeometry.Path.class, names = {"COVARIANCE", "GRAM"})
  void aWeakRepresentationContainingTheStrongOneScoresZero(SampleGeometry.Path path) {
    for (int n : new int[] {80, 14}) {
      // weak columns = the strong columns plus four more
      DMatrixRMaj base = TestData.related(12, n, 4, 8, 1);
      TestData.Layout layout = new TestData.Layout(12, 8, 1);
      DMatrixRMaj strong = TestData.columns(base, TestData.range(4, 12));
      DMatrixRMaj rows = TestData.concatColumns(strong, TestData.columns(base, TestData.range(0, 4)), strong,
          TestData.columns(base, new int[] {12}));
      JointStatistics stats = TestData.stats(rows, n);

      // rho = 1 for both sides: P_w projects on the whole weak span, which holds the strong span
      assertZeroGap(TestData.analyze(stats, layout, hard(PrincipalRule.variance(1.0)), path, n), rows, layout);

      // any principal part of the strong side is inside the weak span too; the weak space comes from a
      // geometry with rho = 1 over the same statistics and path, the strong one from the analyzer's own
      W2SGAnalyzer weakSide = new W2SGAnalyzer(SampleGeometry.of(stats, hard(PrincipalRule.variance(1.0)), path));
      PrincipalSpace weak = weakSide.weakSpace(layout.weak);
      for (PrincipalRule strongRule : new PrincipalRule[] {PrincipalRule.fixed(2), PrincipalRule.variance(0.6)}) {
        W2SGAnalyzer analyzer = new W2SGAnalyzer(SampleGeometry.of(stats, hard(strongRule), path));
        PrincipalSpace strongSpace = analyzer.strongSpace(layout.strong);
        assertTrue(strongSpace.k() < weak.k());
        assertZeroGap(analyzer.analyze(weak, strongSpace, layout.labels), rows, layout);
      }
    }
  }

  @Test
  void independentRepresentationsScoreNearOne() {
    // k_w + k_s = 10 << n = 2000. For independent random principal spaces E||C||_F^2 = k_w k_s / (n - 1)
    // (C = U_s^T U_w, n - 1 dimensions after centring), so ||P_s (I - P_w)||_F^2 / ||P_s||_F^2 is about
    // 1 - k_w / (n - 1), and score^2 = 1 - lambda_min(C C^T) >= that fraction.
    int n = 2000;
    int k = 5;
    Random rnd = new Random(13);
    DMatrixRMaj rows = TestData.concatColumns(TestData.gaussian(n, 20, rnd), TestData.gaussian(n, 30, rnd));
    TestData.Layout layout = new TestData.Layout(20, 30, 0);
    PairAnalysis a = TestData.analyze(TestData.stats(rows, 0), layout, hard(PrincipalRule.fixed(k)),
        SampleGeometry.Path.AUTO, n);
    double expectedFraction = 1 - (double) k / (n - 1);
    // the fraction's standard deviation is about sqrt(2 k_w k_s) / ((n - 1) k_s) = 7e-4
    assertEquals(expectedFraction, a.frobeniusNormalized(), 0.0035);
    assertEquals(k * expectedFraction, a.frobenius(), k * 0.0035);
    assertTrue(a.score() > 0.995 && a.score() <= 1 + 1e-12, "score " + a.score());
  }

  @ParameterizedTest
  @EnumSource(value = SampleGeometry.Path.class, names = {"COVARIANCE", "GRAM"})
  void rotatingColumnsPermutingRowsOrShiftingColumnsChangesNothing(SampleGeometry.Path path) {
    for (int[] shape : new int[][] {{50, 6, 9}, {20, 25, 40}}) {
      int n = shape[0];
      DMatrixRMaj rows = TestData.related(14, n, shape[1], shape[2], 3);
      TestData.Layout layout = new TestData.Layout(shape[1], shape[2], 3);
      PrincipalSettings settings = new PrincipalSettings(PrincipalRule.variance(0.8), 0.1, Shrinkage.SOFT, TOL);
      PairAnalysis original = TestData.analyze(TestData.stats(rows, n), layout, settings, path, 35);
      DMatrixRMaj originalContributions = TestData.contributions(original, rows, layout.strong);
      Random rnd = new Random(15);

      // columns rotated by random orthogonal matrices, per representation
      DMatrixRMaj rotated = TestData.concatColumns(
          TestData.times(TestData.columns(rows, layout.weak), TestData.orthogonal(shape[1], rnd)),
          TestData.times(TestData.columns(rows, layout.strong), TestData.orthogonal(shape[2], rnd)),
          TestData.columns(rows, layout.labels));
      assertSame(original, originalContributions, rotated, layout, settings, path);

      // rows permuted: the contributions are those of the same instances, in the new order
      int[] order = permutation(n, rnd);
      DMatrixRMaj permuted = new DMatrixRMaj(n, rows.numCols);
      DMatrixRMaj permutedContributions = new DMatrixRMaj(n, 3);
      CommonOps_DDRM.extract(rows, order, n, TestData.range(0, rows.numCols), rows.numCols, permuted);
      CommonOps_DDRM.extract(originalContributions, order, n, TestData.range(0, 3), 3, permutedContributions);
      assertSame(original, permutedContributions, permuted, layout, settings, path);

      // every column shifted by a constant (the analysis centres)
      DMatrixRMaj shifted = rows.copy();
      double[] offsets = new double[rows.numCols];
      for (int j = 0; j < offsets.length; j++) {
        offsets[j] = 100 * rnd.nextGaussian();
      }
      TestData.shiftColumns(shifted, offsets);
      assertSame(original, originalContributions, shifted, layout, settings, path);
    }
  }

  @ParameterizedTest
  @EnumSource(value = SampleGeometry.Path.class, names = {"COVARIANCE", "GRAM"})
  void rankDeficientAndDuplicatedColumnsGiveTheBruteForceResult(SampleGeometry.Path path) {
    for (int n : new int[] {50, 12}) {
      DMatrixRMaj base = TestData.related(16, n, 4, 6, 1);
      DMatrixRMaj w = TestData.columns(base, TestData.range(0, 4));
      DMatrixRMaj s = TestData.columns(base, TestData.range(4, 10));
      // weak: rank 4 in 7 columns (a duplicate, a linear combination, a constant)
      DMatrixRMaj weak = TestData.concatColumns(w, TestData.columns(w, new int[] {0}),
          combination(w, new double[] {1, 2, 0, 0}), constant(n, 3.7));
      // strong: rank 6 in 11 columns (three duplicates, a difference, a constant)
      DMatrixRMaj strong = TestData.concatColumns(s, TestData.columns(s, new int[] {0, 1, 2}),
          combination(s, new double[] {0, 0, 0, 1, -1, 0}), constant(n, 0.1));
      DMatrixRMaj rows = TestData.concatColumns(weak, strong, TestData.columns(base, new int[] {10}));
      TestData.Layout layout = new TestData.Layout(7, 11, 1);
      JointStatistics stats = TestData.stats(rows, n);
      double worst = 0;
      for (BruteForce.Rule rule : new BruteForce.Rule[] {BruteForce.Rule.fixed(3), BruteForce.Rule.fixed(20),
          BruteForce.Rule.variance(0.9)}) {
        for (Shrinkage shrinkage : Shrinkage.values()) {
          BruteForce.Side weakSide = new BruteForce.Side(rule, shrinkage, 0.05, 0.7 * n);
          BruteForce.Side strongSide = new BruteForce.Side(rule, shrinkage, 0.05, n);
          BruteForce.Result expected = BruteForce.compute(rows, layout, weakSide, strongSide, TOL);
          assertEquals(4, expected.weak.rank, "the construction has weak rank 4");
          assertEquals(6, expected.strong.rank, "the construction has strong rank 6");

          PairAnalysis a = TestData.analyze(stats, layout, weakSide.toCore(TOL), path, 0.7 * n);
          String what = "n=" + n + " " + rule + " " + shrinkage + " ";
          assertEquals(4, a.weak().rank(), what + "weak rank");
          assertEquals(6, a.strong().rank(), what + "strong rank");
          assertEquals(expected.weak.k, a.weak().k(), what + "weak k");
          assertEquals(expected.strong.k, a.strong().k(), what + "strong k");
          assertEquals(rule.toString().equals("k=20"), a.strong().clamped(), what + "clamped");
          double[][] pairs = {{expected.score, a.score()}, {expected.frobenius, a.frobenius()},
              {expected.frobeniusNormalized, a.frobeniusNormalized()}, {expected.expectedGap, a.expectedGap()},
              {expected.predGap, a.predGap()}, {expected.weakError, a.weakResidual()},
              {expected.ceilingError, a.ceilingResidual()}};
          String[] names = {"score", "frobenius", "frobeniusNormalized", "expectedGap", "predGap", "weakError",
              "ceilingError"};
          for (int q = 0; q < pairs.length; q++) {
            worst = Math.max(worst, Checks.assertRelative(pairs[q][0], pairs[q][1], 1e-9, what + names[q]));
          }
          worst = Math.max(worst, Checks.assertMatrixClose(expected.contributions,
              TestData.contributions(a, rows, layout.strong), 1e-9, what + "contributions"));
        }
      }
      System.out.printf("Rank-deficient brute-force agreement (n=%d, %s): largest relative disagreement %.3g%n", n,
          path, worst);
    }
  }

  /** All the pair's gap quantities are zero: P_s (I - P_w) = 0. */
  private static void assertZeroGap(PairAnalysis a, DMatrixRMaj rows, TestData.Layout layout) {
    double strongVariance = 0;
    for (double lambda : a.strong().eigenvalues()) {
      strongVariance += lambda;
    }
    double labelVariance = CommonOps_DDRM.elementSum(
        CommonOps_DDRM.elementMult(BruteForce.centre(TestData.columns(rows, layout.labels)),
            BruteForce.centre(TestData.columns(rows, layout.labels)), null)) / rows.numRows;
    double spread = Math.max(spread(a.weak()), spread(a.strong()));
    double zeroScore = Math.sqrt(ZERO_SLACK * Math.ulp(1.0) * spread);
    assertTrue(a.score() < zeroScore, "score " + a.score() + " >= " + zeroScore);
    assertTrue(a.frobenius() < 1e-12 * a.strong().k(), "frobenius " + a.frobenius());
    assertTrue(a.expectedGap() < 1e-12 * strongVariance, "expected gap " + a.expectedGap());
    assertTrue(a.predGap() < 1e-12 * labelVariance, "predGap " + a.predGap());
    DMatrixRMaj contributions = TestData.contributions(a, rows, layout.strong);
    assertTrue(CommonOps_DDRM.elementMaxAbs(contributions) < 1e-6 * Math.sqrt(labelVariance),
        "contributions " + CommonOps_DDRM.elementMaxAbs(contributions));
  }

  /** lambda_1 / lambda_k of a principal space. */
  private static double spread(PrincipalSpace space) {
    double[] lambda = space.eigenvalues();
    return lambda[0] / lambda[space.k() - 1];
  }

  private static void assertSame(PairAnalysis expected, DMatrixRMaj expectedContributions, DMatrixRMaj rows,
      TestData.Layout layout, PrincipalSettings settings, SampleGeometry.Path path) {
    PairAnalysis actual = TestData.analyze(TestData.stats(rows, rows.numRows), layout, settings, path, 35);
    Checks.assertSameAnalysis(expected, actual, 1e-9, 1e-14);
    double[] le = expected.strong().eigenvalues();
    double[] la = actual.strong().eigenvalues();
    for (int i = 0; i < le.length; i++) {
      Checks.assertRelative(le[i], la[i], 1e-9, "strong eigenvalue " + i);
    }
    Checks.assertMatrixClose(expectedContributions, TestData.contributions(actual, rows, layout.strong), 1e-9,
        "contributions");
  }

  private static int[] permutation(int n, Random rnd) {
    int[] p = TestData.range(0, n);
    for (int i = n - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  /** m times the weights, as one column. */
  private static DMatrixRMaj combination(DMatrixRMaj m, double[] weights) {
    return TestData.times(m, new DMatrixRMaj(weights.length, 1, true, weights));
  }

  private static DMatrixRMaj constant(int n, double value) {
    DMatrixRMaj c = new DMatrixRMaj(n, 1);
    c.fill(value);
    return c;
  }

  /**
   * Charikar et al.'s bound holds with equality for projections onto a realizable strong class
   * (Pythagoras): with hard principal projections over the whole spans and labels that are a
   * linear function of the strong columns, the in-sample W2S error ||y - P_s P_w y||^2 / n equals
   * the weak residual minus the misfit. The W2S fit is computed here by two least-squares solves
   * on the centred columns, not by the principal machinery.
   */
  @ParameterizedTest
  @EnumSource(value = SampleGeometry.Path.class, names = {"COVARIANCE", "GRAM"})
  void theMisfitBoundIsAnEqualityForARealizableProjection(SampleGeometry.Path path) {
    Random rnd = new Random(21);
    int n = 60;
    DMatrixRMaj base = TestData.related(22, n, 5, 9, 0);
    DMatrixRMaj strong = TestData.columns(base, TestData.range(5, 14));
    DMatrixRMaj y = TestData.times(strong, TestData.gaussian(9, 1, rnd));
    DMatrixRMaj rows = TestData.concatColumns(TestData.columns(base, TestData.range(0, 5)), strong, y);
    TestData.Layout layout = new TestData.Layout(5, 9, 1);
    PairAnalysis a = TestData.analyze(TestData.stats(rows, n), layout, hard(PrincipalRule.variance(1.0)), path, n);

    DMatrixRMaj hw = BruteForce.centre(TestData.columns(rows, layout.weak));
    DMatrixRMaj hs = BruteForce.centre(TestData.columns(rows, layout.strong));
    DMatrixRMaj yc = BruteForce.centre(y);
    DMatrixRMaj weakLabels = leastSquaresFit(hw, yc);
    DMatrixRMaj student = leastSquaresFit(hs, weakLabels);
    double w2sError = squaredDistance(yc, student) / n;
    Checks.assertRelative(squaredDistance(yc, weakLabels) / n, a.weakResidual(), 1e-10, "weak residual");
    Checks.assertRelative(squaredDistance(weakLabels, student) / n, a.misfit(), 1e-10, "misfit");
    Checks.assertRelative(w2sError, a.weakResidual() - a.misfit(), 1e-9, "W2S error = weak error - misfit");
    assertTrue(a.misfit() > 0.01 * a.weakResidual(), "the case must have a misfit to speak of");
  }

  /** Linear CKA is 1 between a representation and a rotated, scaled, shifted copy of it. */
  @ParameterizedTest
  @EnumSource(value = SampleGeometry.Path.class, names = {"COVARIANCE", "GRAM"})
  void linearCkaIsOneForARotatedScaledCopy(SampleGeometry.Path path) {
    for (int n : new int[] {50, 8}) {
      Random rnd = new Random(23);
      DMatrixRMaj weak = TestData.gaussian(n, 6, rnd);
      DMatrixRMaj copy = TestData.times(weak, TestData.orthogonal(6, rnd));
      CommonOps_DDRM.scale(3.5, copy);
      TestData.shiftColumns(copy, new double[] {1, -2, 3, 0.5, 7, -1});
      DMatrixRMaj rows = TestData.concatColumns(weak, copy);
      TestData.Layout layout = new TestData.Layout(6, 6, 0);
      PairAnalysis a = TestData.analyze(TestData.stats(rows, n), layout, hard(PrincipalRule.variance(0.9)), path, n);
      assertEquals(1.0, a.cka(), 1e-12, "n = " + n);
    }
  }

  private static DMatrixRMaj leastSquaresFit(DMatrixRMaj x, DMatrixRMaj y) {
    DMatrixRMaj beta = new DMatrixRMaj(x.numCols, y.numCols);
    assertTrue(CommonOps_DDRM.solve(x.copy(), y.copy(), beta), "least squares");
    return TestData.times(x, beta);
  }

  private static double squaredDistance(DMatrixRMaj a, DMatrixRMaj b) {
    DMatrixRMaj d = a.copy();
    CommonOps_DDRM.subtractEquals(d, b);
    return CommonOps_DDRM.elementSum(CommonOps_DDRM.elementMult(d, d, null));
  }
}
