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

package weka.w2s.encoders.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;

class StatsTest {

  @Test
  void spearmanUsesAverageRanksForTies() {
    assertArrayEquals(new double[] {1, 2.5, 2.5, 4}, Stats.ranks(new double[] {1, 5, 5, 9}));
    assertEquals(1.0, Stats.spearman(new double[] {1, 2, 3, 4}, new double[] {10, 20, 35, 100}), 1e-12);
    assertEquals(-1.0, Stats.spearman(new double[] {1, 2, 3, 4}, new double[] {4, 3, 2, 1}), 1e-12);
    // ranks (1, 2.5, 2.5, 4) against (1, 2, 3, 4): Pearson of the ranks
    assertEquals(0.9486832980505138, Stats.spearman(new double[] {1, 5, 5, 9}, new double[] {1, 2, 3, 4}), 1e-12);
    assertTrue(Double.isNaN(Stats.spearman(new double[] {1, 1, 1}, new double[] {1, 2, 3})));
  }

  @Test
  void pgrIsUndefinedWithoutAGap() {
    assertEquals(0.5, Stats.pgr(0.6, 0.7, 0.8), 1e-12);
    assertTrue(Double.isNaN(Stats.pgr(0.7, 0.75, 0.7)));
  }

  @Test
  void meanSdAndMedianIgnoreNaN() {
    double[] v = {1, Double.NaN, 3};
    assertEquals(2, Stats.mean(v), 1e-12);
    assertEquals(Math.sqrt(2), Stats.sd(v), 1e-12);
    assertEquals(2, Stats.median(v), 1e-12);
  }
}
