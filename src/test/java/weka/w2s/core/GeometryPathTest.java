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

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Gram path (n x n) and the covariance path (d x d) compute the same analysis. */
class GeometryPathTest {

  @ParameterizedTest(name = "n={0} dw={1} ds={2} labels={3} {4}")
  @CsvSource({"24, 30, 50, 3, SOFT", "24, 30, 50, 1, HARD", "40, 6, 12, 3, SOFT", "40, 6, 12, 0, HARD",
      "90, 40, 70, 1, SOFT"})
  void gramPathEqualsCovariancePath(int n, int dw, int ds, int labels, Shrinkage shrinkage) {
    DMatrixRMaj rows = TestData.related(500 + n, n, dw, ds, labels);
    TestData.Layout layout = new TestData.Layout(dw, ds, labels);
    PrincipalSettings settings = new PrincipalSettings(PrincipalRule.variance(0.85), 0.1, shrinkage,
        PrincipalSettings.DEFAULT_RANK_TOLERANCE);
    JointStatistics stats = TestData.stats(rows, n);

    PairAnalysis covariance = TestData.analyze(stats, layout, settings, SampleGeometry.Path.COVARIANCE, 30);
    PairAnalysis gram = TestData.analyze(stats, layout, settings, SampleGeometry.Path.GRAM, 30);
    Checks.assertSameAnalysis(covariance, gram, 1e-9, 1e-14);
    double[] lc = covariance.strong().eigenvalues();
    double[] lg = gram.strong().eigenvalues();
    for (int i = 0; i < lc.length; i++) {
      Checks.assertRelative(lc[i], lg[i], 1e-9, "strong eigenvalue " + i);
    }
    if (labels > 0) {
      Checks.assertMatrixClose(TestData.contributions(covariance, rows, layout.strong),
          TestData.contributions(gram, rows, layout.strong), 1e-9, "contributions");
    }

    // AUTO picks the Gram path exactly when the rows are held and n is below the dimension
    SampleGeometry.Path auto = SampleGeometry.of(stats, settings, SampleGeometry.Path.AUTO).path();
    assertEquals(n < layout.dimension() ? SampleGeometry.Path.GRAM : SampleGeometry.Path.COVARIANCE, auto);
    JointStatistics folded = TestData.stats(rows, 0);
    assertEquals(SampleGeometry.Path.COVARIANCE,
        SampleGeometry.of(folded, settings, SampleGeometry.Path.AUTO).path());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SampleGeometry.of(folded, settings, SampleGeometry.Path.GRAM));
    assertTrue(e.getMessage().contains("covariance path"), e.getMessage());
  }
}
