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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The low-rank formulas of W2SG-MATH.md section 4 (both paths) against the n x n definitions of
 * sections 2-3 computed by {@link BruteForce}, over every combination of shrinkage, labels (none,
 * one column, three one-hot columns), rule (fixed k, variance rho), ridge (0, > 0), m_w (= n, != n),
 * path, and shape (n > d and n < d).
 */
class BruteForceAgreementTest {

  /** "About 1e-9 relative" (W2SG-MATH.md section 4). */
  static final double TOLERANCE = 1e-9;

  private static double worstDisagreement;
  private static String worstCase = "";

  static final class Case {
    final int n;
    final int dw;
    final int ds;
    final int labels;
    final BruteForce.Rule rule;
    final Shrinkage shrinkage;
    final double ridge;
    final double weakTrainSize;
    final SampleGeometry.Path path;

    Case(int n, int dw, int ds, int labels, BruteForce.Rule rule, Shrinkage shrinkage, double ridge,
        double weakTrainSize, SampleGeometry.Path path) {
      this.n = n;
      this.dw = dw;
      this.ds = ds;
      this.labels = labels;
      this.rule = rule;
      this.shrinkage = shrinkage;
      this.ridge = ridge;
      this.weakTrainSize = weakTrainSize;
      this.path = path;
    }

    @Override
    public String toString() {
      return "n=" + n + " dw=" + dw + " ds=" + ds + " labels=" + labels + " " + rule + " " + shrinkage
          + " beta=" + ridge + " mw=" + weakTrainSize + " " + path;
    }
  }

  static Stream<Case> cases() {
    int[][] shapes = {{40, 6, 12}, {24, 30, 50}};
    List<Case> out = new ArrayList<>();
    for (int[] shape : shapes) {
      int n = shape[0];
      for (int labels : new int[] {0, 1, 3}) {
        for (BruteForce.Rule rule : new BruteForce.Rule[] {BruteForce.Rule.fixed(4), BruteForce.Rule.variance(0.8)}) {
          for (Shrinkage shrinkage : Shrinkage.values()) {
            for (double ridge : new double[] {0.0, 0.5}) {
              for (double mw : new double[] {n, 2.5 * n}) {
                for (SampleGeometry.Path path : new SampleGeometry.Path[] {SampleGeometry.Path.COVARIANCE,
                    SampleGeometry.Path.GRAM}) {
                  out.add(new Case(n, shape[1], shape[2], labels, rule, shrinkage, ridge, mw, path));
                }
              }
            }
          }
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void lowRankFormulasMatchTheNByNDefinitions(Case c) {
    DMatrixRMaj rows = TestData.related(1000L * c.n + c.labels, c.n, c.dw, c.ds, c.labels);
    TestData.Layout layout = new TestData.Layout(c.dw, c.ds, c.labels);
    BruteForce.Side weakSide = new BruteForce.Side(c.rule, c.shrinkage, c.ridge, c.weakTrainSize);
    BruteForce.Side strongSide = new BruteForce.Side(c.rule, c.shrinkage, c.ridge, c.n);
    double tol = PrincipalSettings.DEFAULT_RANK_TOLERANCE;
    BruteForce.Result expected = BruteForce.compute(rows, layout, weakSide, strongSide, tol);

    PairAnalysis actual = TestData.analyze(TestData.stats(rows, c.n), layout, weakSide.toCore(tol), c.path,
        c.weakTrainSize);

    assertEquals(expected.weak.rank, actual.weak().rank(), "weak rank");
    assertEquals(expected.strong.rank, actual.strong().rank(), "strong rank");
    assertEquals(expected.weak.k, actual.weak().k(), "weak k");
    assertEquals(expected.strong.k, actual.strong().k(), "strong k");
    assertTrue(expected.strong.k < expected.strong.rank, "the case must have a non-empty strong tail");
    double worst = 0;
    double[] weakLambda = actual.weak().eigenvalues();
    for (int i = 0; i < weakLambda.length; i++) {
      worst = Math.max(worst, Checks.assertRelative(expected.weak.lambda[i], weakLambda[i], TOLERANCE,
          "weak eigenvalue " + i));
    }
    worst = Math.max(worst, Checks.assertRelative(expected.weak.gamma, actual.weak().gamma(), TOLERANCE,
        "weak gamma"));
    worst = Math.max(worst, Checks.assertRelative(expected.strong.gamma, actual.strong().gamma(), TOLERANCE,
        "strong gamma"));
    worst = Math.max(worst, Checks.assertRelative(expected.score, actual.score(), TOLERANCE, "score"));
    worst = Math.max(worst, Checks.assertRelative(expected.frobenius, actual.frobenius(), TOLERANCE,
        "frobenius"));
    worst = Math.max(worst, Checks.assertRelative(expected.frobeniusNormalized,
        actual.frobeniusNormalized(), TOLERANCE, "frobeniusNormalized"));
    worst = Math.max(worst, Checks.assertRelative(expected.expectedGap, actual.expectedGap(), TOLERANCE,
        "expectedGap"));
    worst = Math.max(worst, Checks.assertRelative(expected.cka, actual.cka(), TOLERANCE, "cka"));

    if (c.labels == 0) {
      assertFalse(actual.hasLabels());
      assertTrue(Double.isNaN(actual.predGap()) && Double.isNaN(actual.weakResidual())
          && Double.isNaN(actual.ceilingResidual()) && Double.isNaN(actual.misfit())
          && Double.isNaN(actual.weakCrossValidated()) && Double.isNaN(actual.predictedError()),
          "label quantities must be NaN without labels");
      assertThrows(IllegalStateException.class, () -> actual.contribution(new double[c.ds]));
    } else {
      worst = Math.max(worst, Checks.assertRelative(expected.predGap, actual.predGap(), TOLERANCE,
          "predGap"));
      worst = Math.max(worst, Checks.assertRelative(expected.weakError, actual.weakResidual(), TOLERANCE,
          "weakError"));
      worst = Math.max(worst, Checks.assertRelative(expected.ceilingError, actual.ceilingResidual(),
          TOLERANCE, "ceilingError"));
      worst = Math.max(worst, Checks.assertMatrixClose(expected.contributions,
          TestData.contributions(actual, rows, layout.strong), TOLERANCE, "contributions"));
      worst = Math.max(worst, Checks.assertRelative(expected.misfit, actual.misfit(), TOLERANCE, "misfit"));
      worst = Math.max(worst, Checks.assertRelative(expected.weakCrossValidated, actual.weakCrossValidated(),
          TOLERANCE, "weakCrossValidated"));
      worst = Math.max(worst, Checks.assertRelative(expected.weakCrossValidated - expected.misfit,
          actual.predictedError(), TOLERANCE, "predictedError"));
    }
    record(worst, c);
  }

  private static synchronized void record(double disagreement, Case c) {
    if (disagreement > worstDisagreement) {
      worstDisagreement = disagreement;
      worstCase = c.toString();
    }
  }

  @AfterAll
  static void report() {
    System.out.printf("Brute-force agreement: largest relative disagreement %.3g (%s)%n", worstDisagreement,
        worstCase);
  }
}
