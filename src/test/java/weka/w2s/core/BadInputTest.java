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

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input is refused by the core with a message that says what to change. */
class BadInputTest {

  private static final PrincipalSettings DEFAULTS = PrincipalSettings.defaults();

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void nonFiniteValuesAreRefusedNamingTheColumn(double bad) {
    JointStatistics stats = new JointStatistics(9, 100);
    stats.add(new double[9]);
    double[] row = new double[9];
    row[4] = bad;
    JointStatistics.ValueException e = assertThrows(JointStatistics.ValueException.class,
        () -> stats.add(row));
    assertEquals(4, e.column());
    assertTrue(e.getMessage().contains("column 4"), e.getMessage());
    assertTrue(e.getMessage().contains("remove or replace"), "the message must say what to change: "
        + e.getMessage());
    assertEquals(1, stats.count(), "the refused row must not be counted");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1})
  void fewerThanTwoInstancesAreRefused(int rows) {
    JointStatistics stats = new JointStatistics(3, 10);
    for (int i = 0; i < rows; i++) {
      stats.add(new double[] {i, 2 * i, 1});
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SampleGeometry.of(stats, DEFAULTS, SampleGeometry.Path.AUTO));
    assertTrue(e.getMessage().contains("at least two instances"), e.getMessage());
    assertTrue(e.getMessage().contains("got " + rows), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -0.5, 1.0000001, 1.5, Double.NaN, Double.POSITIVE_INFINITY})
  void rhoOutsideTheUnitIntervalIsRefused(double rho) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PrincipalRule.variance(rho));
    assertTrue(e.getMessage().contains("must lie in (0, 1]"), e.getMessage());
    assertTrue(e.getMessage().contains(String.valueOf(rho)), e.getMessage());
  }

  @Test
  void rhoAtTheEdgesOfTheIntervalIsAccepted() {
    PrincipalRule.variance(1.0);
    PrincipalRule.variance(1e-9);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void kBelowOneIsRefused(int k) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PrincipalRule.fixed(k));
    assertTrue(e.getMessage().contains("must be at least 1"), e.getMessage());
    assertTrue(e.getMessage().contains("got " + k), e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(value = SampleGeometry.Path.class, names = {"COVARIANCE", "GRAM"})
  void aFixedKAboveTheRankIsClampedToTheRank(SampleGeometry.Path path) {
    // 50 generic rows of 4 columns have rank 4; 8 generic centred rows of 20 columns have rank 7
    int[][] shapes = {{50, 4, 4}, {8, 20, 7}};
    for (int[] shape : shapes) {
      DMatrixRMaj rows = TestData.gaussian(shape[0], shape[1], new Random(shape[0]));
      int rank = shape[2];
      JointStatistics stats = TestData.stats(rows, shape[0]);
      int[] columns = TestData.range(0, shape[1]);

      PrincipalSpace clamped = geometry(stats, PrincipalRule.fixed(rank + 6), path).decompose(columns, 10);
      assertEquals(rank, clamped.rank());
      assertEquals(rank, clamped.k());
      assertTrue(clamped.clamped());
      assertEquals(rank + 6, clamped.requestedK());
      assertEquals(0.0, clamped.gamma(), "no tail is left when k is the rank");

      PrincipalSpace exact = geometry(stats, PrincipalRule.fixed(rank), path).decompose(columns, 10);
      assertEquals(rank, exact.k());
      assertFalse(exact.clamped());
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 10, 1000})
  void constantColumnsOnlyAreRefusedClearly(int rowLimit) {
    // constants that are not exact binary fractions, so that their computed means carry rounding
    double[] constants = {0.1, 3.7, -2.3, 0.0};
    Random rnd = new Random(5);
    int n = 37;
    DMatrixRMaj rows = new DMatrixRMaj(n, constants.length + 2);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < constants.length; j++) {
        rows.set(i, j, constants[j]);
      }
      rows.set(i, constants.length, rnd.nextGaussian());
      rows.set(i, constants.length + 1, rnd.nextGaussian());
    }
    JointStatistics stats = TestData.stats(rows, rowLimit);
    int[] constantColumns = TestData.range(0, constants.length);
    for (SampleGeometry.Path path : new SampleGeometry.Path[] {SampleGeometry.Path.COVARIANCE,
        SampleGeometry.Path.GRAM}) {
      if (path == SampleGeometry.Path.GRAM && !stats.holdsAllRows()) {
        continue;
      }
      SampleGeometry geometry = SampleGeometry.of(stats, DEFAULTS, path);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> geometry.decompose(constantColumns, n), path.toString());
      assertTrue(e.getMessage().contains("constant"), e.getMessage());
      assertTrue(e.getMessage().contains("Choose columns that vary"), e.getMessage());

      // a constant column next to varying ones is simply no extra dimension
      PrincipalSpace mixed = geometry.decompose(new int[] {0, 1, constants.length, constants.length + 1}, n);
      assertEquals(2, mixed.rank(), path.toString());
    }
  }

  @Test
  void constantColumnsHaveExactlyTheirValueAsMeanAndZeroVariance() {
    // 0.1 summed n times and divided by n is not 0.1 in floating point; the statistics must not turn
    // that rounding into a variance (it would pass the relative rank test as a direction of its own)
    int n = 700;
    DMatrixRMaj rows = new DMatrixRMaj(n, 3);
    Random rnd = new Random(9);
    for (int i = 0; i < n; i++) {
      rows.set(i, 0, 0.1);
      rows.set(i, 1, rnd.nextGaussian());
      rows.set(i, 2, 3.7);
    }
    JointStatistics merged = TestData.stats(rows, 0, 11, 100);
    merged.merge(TestData.stats(rows, 11, 400, 0));
    merged.merge(TestData.stats(rows, 400, n, 1000));
    for (JointStatistics s : new JointStatistics[] {TestData.stats(rows, n), TestData.stats(rows, 0), merged}) {
      assertEquals(0.1, s.mean()[0], 0.0);
      assertEquals(3.7, s.mean()[2], 0.0);
      DMatrixRMaj cov = s.covariance();
      for (int j = 0; j < 3; j++) {
        assertEquals(0.0, cov.get(0, j), 0.0);
        assertEquals(0.0, cov.get(2, j), 0.0);
      }
    }
  }

  @Test
  void otherBadArgumentsAreRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> new PrincipalSettings(PrincipalRule.fixed(1), -1, Shrinkage.SOFT, 1e-10));
    assertThrows(IllegalArgumentException.class,
        () -> new PrincipalSettings(PrincipalRule.fixed(1), Double.NaN, Shrinkage.SOFT, 1e-10));
    assertThrows(IllegalArgumentException.class,
        () -> new PrincipalSettings(PrincipalRule.fixed(1), 0, Shrinkage.SOFT, 0));
    JointStatistics stats = TestData.stats(TestData.gaussian(10, 3, new Random(1)), 10);
    SampleGeometry geometry = SampleGeometry.of(stats, DEFAULTS, SampleGeometry.Path.AUTO);
    assertThrows(IllegalArgumentException.class, () -> new W2SGAnalyzer(geometry, 0));
    assertThrows(IllegalArgumentException.class, () -> geometry.decompose(new int[0], 10));
    assertThrows(IllegalArgumentException.class, () -> geometry.decompose(new int[] {3}, 10));
    assertThrows(IllegalArgumentException.class, () -> stats.add(new double[2]));
    assertThrows(IllegalArgumentException.class, () -> stats.merge(new JointStatistics(4, 10)));
  }

  private static SampleGeometry geometry(JointStatistics stats, PrincipalRule rule, SampleGeometry.Path path) {
    return SampleGeometry.of(stats, DEFAULTS.withRule(rule), path);
  }
}
