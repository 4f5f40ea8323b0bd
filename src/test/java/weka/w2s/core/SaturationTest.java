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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The saturation rule on hand-computed examples. */
class SaturationTest {

  @Test
  void theSpreadIsComparedWithThreeRunToRunSds() {
    // means 0.1, 0.2, 0.3 (spread 0.2); the sd of two runs m - a, m + a is a sqrt(2): a = 0.05 gives
    // 0.0707, and 3 sds 0.212 > 0.2: saturated
    double a = 0.05;
    assertTrue(Saturation.saturated(new double[][] {{0.1 - a, 0.1 + a}, {0.2 - a, 0.2 + a}, {0.3 - a, 0.3 + a}}));
    // a = 0.04: sd 0.0566, 3 sds 0.170 < 0.2: the spread separates them
    double b = 0.04;
    assertFalse(Saturation.saturated(new double[][] {{0.1 - b, 0.1 + b}, {0.2 - b, 0.2 + b}, {0.3 - b, 0.3 + b}}));
  }

  @Test
  void withoutRepeatedRunsThereIsNoNoiseToJudgeBy() {
    assertFalse(Saturation.saturated(new double[][] {{0.1}, {0.1}, {0.1}}));
    assertFalse(Saturation.saturated(new double[][] {{0.1, 0.1}, {0.2, 0.2}}), "no noise: separated");
    assertFalse(Saturation.saturated(new double[][] {{0.1, 0.3}}), "one candidate: nothing to rank");
  }

  @Test
  void missingRunsAreLeftOut() {
    assertTrue(Saturation.saturated(new double[][] {{0.0, 1.0, Double.NaN}, {0.5, 0.6, Double.NaN}}));
  }
}
