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

import org.junit.jupiter.api.Test;

/**
 * The split by row key behaves as independent Bernoulli draws per key: each part's share lies within
 * four binomial standard deviations of its fraction, the three questions (test, slice, fold) are
 * independent of each other and of the seed, and a key always gets the same answer.
 */
class RowKeySplitTest {

  static final int N = 100_000;

  /** |count - n p| within four binomial standard deviations. */
  static void assertBinomial(long count, long n, double p, String what) {
    double sd = Math.sqrt(n * p * (1 - p));
    assertTrue(Math.abs(count - n * p) <= 4 * sd, what + ": " + count + " of " + n + ", expected " + n * p
        + " +/- " + 4 * sd);
  }

  @Test
  void eachPartGetsItsFraction() {
    long test = 0;
    long slice = 0;
    long[] folds = new long[5];
    for (int key = 1; key <= N; key++) {
      test += RowKeySplit.inTest(key, 1, 0.3) ? 1 : 0;
      slice += RowKeySplit.inWeakSlice(key, 1, 0.5) ? 1 : 0;
      folds[RowKeySplit.fold(key, 1, 5)]++;
    }
    assertBinomial(test, N, 0.3, "test");
    assertBinomial(slice, N, 0.5, "slice");
    for (int f = 0; f < 5; f++) {
      assertBinomial(folds[f], N, 0.2, "fold " + f);
    }
  }

  @Test
  void theQuestionsAndTheSeedsAreIndependent() {
    long test = 0;
    long testAndSlice = 0;
    long testAndFirstFold = 0;
    long testUnderBothSeeds = 0;
    for (int key = 1; key <= N; key++) {
      boolean t = RowKeySplit.inTest(key, 1, 0.3);
      if (t) {
        test++;
        testAndSlice += RowKeySplit.inWeakSlice(key, 1, 0.5) ? 1 : 0;
        testAndFirstFold += RowKeySplit.fold(key, 1, 5) == 0 ? 1 : 0;
        testUnderBothSeeds += RowKeySplit.inTest(key, 2, 0.3) ? 1 : 0;
      }
    }
    assertBinomial(testAndSlice, test, 0.5, "slice among test rows");
    assertBinomial(testAndFirstFold, test, 0.2, "fold 0 among test rows");
    assertBinomial(testUnderBothSeeds, test, 0.3, "test under seed 2 among seed 1's test rows");
  }

  @Test
  void aKeyAlwaysGetsTheSameAnswer() {
    for (double key : new double[] {0.0, 1, 17.5, -3, 1e12}) {
      assertEquals(RowKeySplit.uniform(key, 5, 1), RowKeySplit.uniform(key, 5, 1));
    }
    assertEquals(RowKeySplit.uniform(0.0, 5, 1), RowKeySplit.uniform(-0.0, 5, 1));
    for (int key = 0; key < 1000; key++) {
      double u = RowKeySplit.uniform(key, 9, 3);
      assertTrue(u >= 0 && u < 1, "in [0, 1): " + u);
    }
    assertTrue(RowKeySplit.inTest(42, 3, 1.0) && !RowKeySplit.inTest(42, 3, 0.0), "fractions 1 and 0 are all and none");
  }
}
