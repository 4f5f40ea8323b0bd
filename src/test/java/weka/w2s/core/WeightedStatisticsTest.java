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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/**
 * Instance weights are frequencies: a row of weight w is w copies of the row. Every expectation is
 * either the same data with the rows duplicated, or the weighted mean and covariance computed here
 * by a two-pass formula.
 */
class WeightedStatisticsTest {

  private static final TestData.Layout LAYOUT = new TestData.Layout(5, 7, 1);
  private static final PrincipalSettings SETTINGS = new PrincipalSettings(PrincipalRule.variance(0.8), 0.05,
      Shrinkage.SOFT, PrincipalSettings.DEFAULT_RANK_TOLERANCE);

  /** Integer weights 0..3, the first rows given 0 and 3 so that both occur. */
  private static int[] integerWeights(int n, long seed) {
    Random rnd = new Random(seed);
    int[] w = new int[n];
    for (int i = 0; i < n; i++) {
      w[i] = i == 0 ? 0 : i == 1 ? 3 : rnd.nextInt(4);
    }
    return w;
  }

  private static JointStatistics weighted(DMatrixRMaj rows, double[] weights, int rowLimit) {
    JointStatistics s = new JointStatistics(rows.numCols, rowLimit);
    for (int i = 0; i < rows.numRows; i++) {
      s.add(TestData.row(rows, i), weights[i]);
    }
    return s;
  }

  private static DMatrixRMaj duplicated(DMatrixRMaj rows, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    DMatrixRMaj out = new DMatrixRMaj(total, rows.numCols);
    int r = 0;
    for (int i = 0; i < rows.numRows; i++) {
      for (int c = 0; c < weights[i]; c++, r++) {
        for (int j = 0; j < rows.numCols; j++) {
          out.set(r, j, rows.get(i, j));
        }
      }
    }
    return out;
  }

  private static double[] asDouble(int[] w) {
    double[] out = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      out[i] = w[i];
    }
    return out;
  }

  @Test
  void integerWeightsGiveTheStatisticsAndTheAnalysisOfDuplicatedRows() {
    for (int n : new int[] {9, 40, 700}) { // Gram path, covariance path, several folded blocks
      DMatrixRMaj rows = TestData.related(91 + n, n, 5, 7, 1);
      int[] w = integerWeights(n, n);
      DMatrixRMaj copies = duplicated(rows, w);
      for (int limit : new int[] {0, 7, 100_000}) {
        JointStatistics a = weighted(rows, asDouble(w), limit);
        JointStatistics b = TestData.stats(copies, limit);
        assertEquals(b.weight(), a.weight(), 0);
        Checks.assertMatrixClose(new DMatrixRMaj(1, rows.numCols, true, b.mean()),
            new DMatrixRMaj(1, rows.numCols, true, a.mean()), 1e-12, "mean, n = " + n + ", limit " + limit);
        Checks.assertMatrixClose(b.covariance(), a.covariance(), 1e-12, "covariance, n = " + n);
        for (SampleGeometry.Path path : new SampleGeometry.Path[] {SampleGeometry.Path.COVARIANCE,
            SampleGeometry.Path.GRAM}) {
          if (path == SampleGeometry.Path.GRAM && !(a.holdsAllRows() && b.holdsAllRows())) {
            continue;
          }
          PairAnalysis expected = TestData.analyze(b, LAYOUT, SETTINGS, path, 0.5 * b.weight());
          PairAnalysis actual = TestData.analyze(a, LAYOUT, SETTINGS, path, 0.5 * a.weight());
          Checks.assertSameAnalysis(expected, actual, 1e-9, 1e-12);
          // an instance's contribution is that of each of its copies
          Checks.assertMatrixClose(TestData.contributions(expected, rows, LAYOUT.strong),
              TestData.contributions(actual, rows, LAYOUT.strong), 1e-9, "contributions " + path);
        }
      }
    }
  }

  @Test
  void fractionalWeightsGiveTheTwoPassWeightedMomentsAndScaleFreely() {
    int n = 600;
    DMatrixRMaj rows = TestData.related(5, n, 3, 4, 1);
    Random rnd = new Random(6);
    double[] w = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      w[i] = rnd.nextDouble() * 2;
      total += w[i];
    }
    int d = rows.numCols;
    double[] mean = new double[d];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        mean[j] += w[i] * rows.get(i, j) / total;
      }
    }
    DMatrixRMaj covariance = new DMatrixRMaj(d, d);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        for (int l = 0; l < d; l++) {
          covariance.add(j, l, w[i] * (rows.get(i, j) - mean[j]) * (rows.get(i, l) - mean[l]) / total);
        }
      }
    }
    for (int limit : new int[] {0, 300, 1000}) {
      JointStatistics s = weighted(rows, w, limit);
      assertEquals(total, s.weight(), 1e-9);
      Checks.assertMatrixClose(new DMatrixRMaj(1, d, true, mean), new DMatrixRMaj(1, d, true, s.mean()), 1e-12,
          "mean");
      Checks.assertMatrixClose(covariance, s.covariance(), 1e-12, "covariance");
    }
    // scaling every weight by 4 changes the sample size only
    double[] four = w.clone();
    for (int i = 0; i < n; i++) {
      four[i] *= 4;
    }
    JointStatistics s = weighted(rows, four, 0);
    assertEquals(4 * total, s.weight(), 1e-9);
    Checks.assertMatrixClose(covariance, s.covariance(), 1e-12, "covariance, weights x 4");
  }

  @Test
  void weightedShardsMergeToTheSinglePass() {
    int n = 900;
    DMatrixRMaj rows = TestData.related(8, n, 5, 7, 1);
    double[] w = asDouble(integerWeights(n, 3));
    w[500] = 0.25;
    JointStatistics single = weighted(rows, w, 0);
    int[] cuts = {0, 3, 280, 281, 700, n};
    int[] limits = {10, 0, 1000, 5, 100};
    JointStatistics merged = null;
    for (int c = 0; c + 1 < cuts.length; c++) {
      JointStatistics shard = new JointStatistics(rows.numCols, limits[c]);
      for (int i = cuts[c]; i < cuts[c + 1]; i++) {
        shard.add(TestData.row(rows, i), w[i]);
      }
      if (merged == null) {
        merged = shard;
      } else {
        merged.merge(shard);
      }
    }
    assertEquals(single.weight(), merged.weight(), 1e-12);
    assertEquals(single.count(), merged.count());
    Checks.assertMatrixClose(single.covariance(), merged.covariance(), 1e-12, "covariance");
    Checks.assertSameAnalysis(TestData.analyze(single, LAYOUT, SETTINGS, SampleGeometry.Path.COVARIANCE, 300),
        TestData.analyze(merged, LAYOUT, SETTINGS, SampleGeometry.Path.COVARIANCE, 300), 1e-10, 1e-12);
  }

  @Test
  void zeroWeightRowsAreLeftOutAndBadWeightsRefused() {
    JointStatistics s = new JointStatistics(2, 10);
    s.add(new double[] {1, 2}, 0);
    assertEquals(0, s.count());
    s.add(new double[] {3, 5});
    s.add(new double[] {5, 9}, 0);
    s.add(new double[] {7, 1});
    assertEquals(2, s.count());
    assertEquals(5.0, s.mean()[0], 0);
    assertEquals(3.0, s.mean()[1], 0);
    for (double bad : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> s.add(new double[] {1, 1}, bad));
      assertTrue(e.getMessage().contains("weight"), e.getMessage());
    }
  }

  @Test
  void valuesBeyondTheMagnitudeLimitAreRefusedWithTheirColumn() {
    JointStatistics s = new JointStatistics(3, 10);
    s.add(new double[] {1, -9.9e139, 0});
    JointStatistics.ValueException e = assertThrows(JointStatistics.ValueException.class,
        () -> s.add(new double[] {1, 2, 1.1e140}));
    assertEquals(2, e.column());
    assertTrue(e.getMessage().contains("overflow"), e.getMessage());
    assertEquals(1, s.count(), "a refused row is not added");
  }

  @Test
  void aColumnVaryingBelowTheSpreadLimitIsRefusedAndAConstantOneIsNot() {
    JointStatistics s = new JointStatistics(3, 0);
    JointStatistics t = new JointStatistics(3, 0);
    for (int i = 0; i < 300; i++) {
      s.add(new double[] {i, 1e-170 * (i % 7), 1e-170});
      t.add(new double[] {i, 1e-170, 1e-170});
    }
    JointStatistics.ValueException e = assertThrows(JointStatistics.ValueException.class, s::checkSpread);
    assertEquals(1, e.column());
    assertTrue(e.getMessage().contains("underflow"), e.getMessage());
    t.checkSpread(); // constant columns, however small, are fine

    // merged shards: each constant on its own, together varying by 1e-170
    JointStatistics a = new JointStatistics(1, 0);
    JointStatistics b = new JointStatistics(1, 0);
    a.add(new double[] {0});
    a.add(new double[] {0});
    b.add(new double[] {1e-170});
    a.checkSpread();
    b.checkSpread();
    a.merge(b);
    assertThrows(JointStatistics.ValueException.class, a::checkSpread);
  }

  @Test
  void theAnalysisIsTheSameAtTheMagnitudeLimitsWithoutARidge() {
    // scaling the representations by 2^c is exact; without a ridge the projections P_w, P_s are scale
    // free, so the scores and the label-based quantities (labels unscaled) stay, and gamma and the
    // kernel's expected gap scale by 2^(2c)
    PrincipalSettings noRidge = new PrincipalSettings(PrincipalRule.variance(0.8), 0, Shrinkage.SOFT,
        PrincipalSettings.DEFAULT_RANK_TOLERANCE);
    DMatrixRMaj rows = TestData.related(12, 500, 5, 7, 1);
    PairAnalysis expected = TestData.analyze(TestData.stats(rows, 0), LAYOUT, noRidge,
        SampleGeometry.Path.COVARIANCE, 500);
    for (int exponent : new int[] {450, -450}) {
      DMatrixRMaj scaled = rows.copy();
      double[] scales = new double[rows.numCols];
      for (int j = 0; j < scales.length; j++) {
        scales[j] = j < 12 ? Math.scalb(1.0, exponent) : 1.0;
      }
      TestData.scaleColumns(scaled, scales);
      assertTrue(CommonOps_DDRM.elementMaxAbs(scaled) < JointStatistics.MAX_MAGNITUDE);
      JointStatistics s = TestData.stats(scaled, 0);
      s.checkSpread();
      PairAnalysis actual = TestData.analyze(s, LAYOUT, noRidge, SampleGeometry.Path.COVARIANCE, 500);
      double square = Math.scalb(1.0, 2 * exponent); // variances, gamma and the kernel scale by this
      assertEquals(expected.weak().k(), actual.weak().k());
      assertEquals(expected.strong().k(), actual.strong().k());
      Checks.assertRelative(expected.score(), actual.score(), 1e-9, "score");
      Checks.assertRelative(expected.frobenius(), actual.frobenius(), 1e-9, "frobenius");
      Checks.assertRelative(expected.predGap(), actual.predGap(), 1e-9, "predGap");
      Checks.assertRelative(expected.weakResidual(), actual.weakResidual(), 1e-9, "weakError");
      Checks.assertRelative(expected.ceilingResidual(), actual.ceilingResidual(), 1e-9, "ceilingError");
      Checks.assertRelative(expected.weak().gamma() * square, actual.weak().gamma(), 1e-9, "weak gamma");
      Checks.assertRelative(expected.expectedGap() * square, actual.expectedGap(), 1e-9, "expected gap");
    }
  }
}
