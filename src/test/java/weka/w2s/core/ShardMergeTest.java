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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/**
 * Merging shard statistics gives the single-pass result (W2SG-MATH.md section 4): the means and the
 * covariance against a two-pass reference computed here, and the analysis against a single pass.
 */
class ShardMergeTest {

  private static final int N = 1000;
  private static final TestData.Layout LAYOUT = new TestData.Layout(5, 7, 1);
  private static final DMatrixRMaj ROWS = TestData.related(77, N, 5, 7, 1);
  private static final PrincipalSettings SETTINGS = new PrincipalSettings(PrincipalRule.variance(0.8), 0.05,
      Shrinkage.SOFT, PrincipalSettings.DEFAULT_RANK_TOLERANCE);

  /** Uneven shard sizes (summing to N) and row limits: some shards hold their rows, some fold. */
  private static final int[] SHARD_SIZES = {1, 2, 37, 256, 257, 447};
  private static final int[] SHARD_LIMITS = {5, 0, 100, 1000, 3, 500};

  @Test
  void unevenShardsMergeToTheTwoPassMomentsAndTheSinglePassAnalysis() {
    JointStatistics merged = mergeInOrder(shards(ROWS, SHARD_SIZES, SHARD_LIMITS), false);
    assertEquals(N, merged.count());
    assertMoments(ROWS, merged, 1e-12);

    JointStatistics reversed = mergeInOrder(shards(ROWS, SHARD_SIZES, SHARD_LIMITS), true);
    assertMoments(ROWS, reversed, 1e-12);

    JointStatistics tree = mergePairwise(shards(ROWS, SHARD_SIZES, SHARD_LIMITS));
    assertMoments(ROWS, tree, 1e-12);

    JointStatistics onePass = TestData.stats(ROWS, 0);
    assertMoments(ROWS, onePass, 1e-12);
    PairAnalysis expected = TestData.analyze(onePass, LAYOUT, SETTINGS, SampleGeometry.Path.COVARIANCE, 300);
    for (JointStatistics s : new JointStatistics[] {merged, reversed, tree}) {
      PairAnalysis actual = TestData.analyze(s, LAYOUT, SETTINGS, SampleGeometry.Path.COVARIANCE, 300);
      Checks.assertSameAnalysis(expected, actual, 1e-10, 1e-12);
      Checks.assertMatrixClose(TestData.contributions(expected, ROWS, LAYOUT.strong),
          TestData.contributions(actual, ROWS, LAYOUT.strong), 1e-10, "contributions");
    }
  }

  @Test
  void aRowHoldingShardMergesWithAFoldedShardInEitherOrder() {
    DMatrixRMaj rows = CommonOps_DDRM.extract(ROWS, 0, 330, 0, ROWS.numCols);
    JointStatistics holding = TestData.stats(rows, 0, 30, 100);
    JointStatistics folded = TestData.stats(rows, 30, 330, 10);
    assertTrue(holding.holdsAllRows());
    assertFalse(folded.holdsAllRows());
    holding.merge(folded);
    assertEquals(330, holding.count());
    assertFalse(holding.holdsAllRows(), "330 rows exceed the row limit of 100");
    assertMoments(rows, holding, 1e-12);

    JointStatistics holding2 = TestData.stats(rows, 0, 30, 100);
    JointStatistics folded2 = TestData.stats(rows, 30, 330, 10);
    folded2.merge(holding2);
    assertEquals(330, folded2.count());
    assertMoments(rows, folded2, 1e-12);
  }

  @Test
  void holdingShardsWithinTheLimitStillHoldTheirRows() {
    DMatrixRMaj rows = CommonOps_DDRM.extract(ROWS, 0, 60, 0, ROWS.numCols);
    JointStatistics a = TestData.stats(rows, 0, 25, 60);
    a.merge(TestData.stats(rows, 25, 60, 60));
    assertTrue(a.holdsAllRows());
    assertMoments(rows, a, 1e-12);
    Checks.assertMatrixClose(BruteForce.centre(rows), a.centredRows(), 1e-12, "centred rows");
  }

  @Test
  void mergeLeavesItsArgumentUnchanged() {
    DMatrixRMaj rows = CommonOps_DDRM.extract(ROWS, 0, 700, 0, ROWS.numCols);
    // arguments: holding all rows; folded; folded with rows pending in the last block
    JointStatistics[] arguments = {TestData.stats(rows, 0, 40, 100), TestData.stats(rows, 0, 512, 0),
        TestData.stats(rows, 0, 300, 10)};
    for (JointStatistics argument : arguments) {
      Snapshot before = new Snapshot(argument);
      // receivers: within the row limit together with the argument, holding beyond it, folded
      JointStatistics[] receivers = {TestData.stats(rows, 600, 620, 1000), TestData.stats(rows, 600, 620, 30),
          TestData.stats(rows, 600, 700, 0)};
      for (JointStatistics receiver : receivers) {
        receiver.merge(argument);
        // later changes to the receiver must not reach the argument either
        receiver.add(TestData.row(rows, 650));
        receiver.merge(TestData.stats(rows, 660, 670, 5));
        new Snapshot(argument).assertEquals(before);
      }
    }
  }

  @Test
  void sumsStayCentredUnderALargeOffset() {
    DMatrixRMaj rows = TestData.related(78, 2000, 3, 4, 1);
    double[] offsets = new double[rows.numCols];
    Arrays.fill(offsets, 1e8);
    TestData.shiftColumns(rows, offsets);
    // with an offset of 1e8 and unit-scale variance a sum-of-squares formula loses every digit
    assertMoments(rows, TestData.stats(rows, 0), 1e-9);
    assertMoments(rows, mergeInOrder(shards(rows, new int[] {3, 997, 1000}, new int[] {10, 0, 2000}), false),
        1e-9);
  }

  /** mean() and covariance() against the two-pass mean and covariance of the rows. */
  private static void assertMoments(DMatrixRMaj rows, JointStatistics stats, double tolerance) {
    assertEquals(rows.numRows, stats.count());
    DMatrixRMaj centred = BruteForce.centre(rows);
    DMatrixRMaj mean = new DMatrixRMaj(1, rows.numCols);
    for (int j = 0; j < rows.numCols; j++) {
      mean.set(0, j, rows.get(0, j) - centred.get(0, j));
    }
    DMatrixRMaj covariance = new DMatrixRMaj(rows.numCols, rows.numCols);
    CommonOps_DDRM.multTransA(centred, centred, covariance);
    CommonOps_DDRM.divide(covariance, rows.numRows);
    Checks.assertMatrixClose(mean, new DMatrixRMaj(1, rows.numCols, true, stats.mean()), tolerance, "mean");
    Checks.assertMatrixClose(covariance, stats.covariance(), tolerance, "covariance");
  }

  private static List<JointStatistics> shards(DMatrixRMaj rows, int[] sizes, int[] limits) {
    List<JointStatistics> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < sizes.length; i++) {
      out.add(TestData.stats(rows, start, start + sizes[i], limits[i]));
      start += sizes[i];
    }
    assertEquals(rows.numRows, start, "shard sizes must cover the rows");
    return out;
  }

  private static JointStatistics mergeInOrder(List<JointStatistics> shards, boolean reverse) {
    List<JointStatistics> order = new ArrayList<>(shards);
    if (reverse) {
      Collections.reverse(order);
    }
    JointStatistics first = order.get(0);
    for (int i = 1; i < order.size(); i++) {
      first.merge(order.get(i));
    }
    return first;
  }

  /** Merges neighbours until one is left, as a map-reduce tree would. */
  private static JointStatistics mergePairwise(List<JointStatistics> shards) {
    List<JointStatistics> level = new ArrayList<>(shards);
    while (level.size() > 1) {
      List<JointStatistics> next = new ArrayList<>();
      for (int i = 0; i < level.size(); i += 2) {
        if (i + 1 < level.size()) {
          level.get(i).merge(level.get(i + 1));
        }
        next.add(level.get(i));
      }
      level = next;
    }
    return level.get(0);
  }

  /** Everything observable about a statistics object, copied. */
  private static final class Snapshot {
    final long count;
    final boolean holds;
    final double[] mean;
    final double[] covariance;
    final double[] centred;

    Snapshot(JointStatistics s) {
      count = s.count();
      holds = s.holdsAllRows();
      mean = s.mean();
      covariance = s.covariance().data.clone();
      centred = holds ? s.centredRows().data.clone() : null;
    }

    void assertEquals(Snapshot before) {
      org.junit.jupiter.api.Assertions.assertEquals(before.count, count, "count");
      org.junit.jupiter.api.Assertions.assertEquals(before.holds, holds, "holdsAllRows");
      assertArrayEquals(before.mean, mean, 0.0, "mean");
      assertArrayEquals(before.covariance, covariance, 0.0, "covariance");
      assertArrayEquals(before.centred, centred, 0.0, "centred rows");
    }
  }
}
