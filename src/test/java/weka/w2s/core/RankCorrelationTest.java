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
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RankCorrelationTest {

  @Test
  void monotoneRelationsGiveOneOrMinusOne() {
    assertEquals(1.0, RankCorrelation.spearman(new double[] {1, 2, 3, 4}, new double[] {10, 20, 35, 100}), 1e-12);
    assertEquals(-1.0, RankCorrelation.spearman(new double[] {1, 2, 3}, new double[] {3, 2, 1}), 1e-12);
  }

  @Test
  void tiesShareTheirMidRank() {
    assertArrayEquals(new double[] {1, 2.5, 2.5, 4}, RankCorrelation.ranks(new double[] {1, 5, 5, 9}), 0);
    // ranks (1, 2.5, 2.5, 4) against (1, 2, 3, 4): sxy = 4.5, sxx = 4.5, syy = 5, rho = 4.5 / sqrt(22.5)
    assertEquals(4.5 / Math.sqrt(22.5), RankCorrelation.spearman(new double[] {1, 5, 5, 9}, new double[] {1, 2, 3, 4}), 1e-12);
  }

  @Test
  void undefinedCasesAreNaN() {
    assertTrue(Double.isNaN(RankCorrelation.spearman(new double[] {1, 1, 1}, new double[] {1, 2, 3})));
    assertTrue(Double.isNaN(RankCorrelation.spearman(new double[] {1}, new double[] {1})));
    assertTrue(Double.isNaN(RankCorrelation.spearman(new double[] {1, 2}, new double[] {1, 2, 3})));
  }

  /**
   * Kendall's tau-b by hand: x = (1, 2, 2, 3), y = (1, 3, 2, 4): of the 6 pairs, (1,2) (1,3) (1,4)
   * (2,4) (3,4) are concordant, (2,3) is tied in x; untied in x 5, in y 6: tau-b = 5 / sqrt(30).
   */
  @Test
  void kendallCountsConcordantPairsWithTies() {
    assertEquals(5 / Math.sqrt(30), RankCorrelation.kendall(new double[] {1, 2, 2, 3}, new double[] {1, 3, 2, 4}),
        1e-12);
    assertEquals(-1.0, RankCorrelation.kendall(new double[] {1, 2, 3}, new double[] {3, 2, 1}), 1e-12);
    // 3 concordant, 3 discordant of 6 pairs: 0
    assertEquals(0.0, RankCorrelation.kendall(new double[] {1, 2, 3, 4}, new double[] {2, 4, 1, 3}), 1e-12);
    assertTrue(Double.isNaN(RankCorrelation.kendall(new double[] {1, 1}, new double[] {1, 2})));
  }
}
