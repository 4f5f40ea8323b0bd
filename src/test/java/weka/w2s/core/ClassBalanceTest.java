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

import org.junit.jupiter.api.Test;

/** Hardening to a class balance, by hand. */
class ClassBalanceTest {

  @Test
  void twoClassesAreHardenedAtTheQuantileOfTheBalance() {
    double[][] p = {{0.9, 0.1}, {0.6, 0.4}, {0.45, 0.55}, {0.2, 0.8}};
    // a balance of 3/4 for class 1: the three highest probabilities of class 1 become class 1
    double[][] hard = ClassBalance.harden(p, new double[] {0.25, 0.75});
    assertArrayEquals(new double[] {1, 0}, hard[0]);
    assertArrayEquals(new double[] {0, 1}, hard[1]);
    assertArrayEquals(new double[] {0, 1}, hard[2]);
    assertArrayEquals(new double[] {0, 1}, hard[3]);
  }

  @Test
  void moreClassesTakeTheMostLikelyOne() {
    double[][] hard = ClassBalance.harden(new double[][] {{0.2, 0.5, 0.3}}, new double[] {0.9, 0.05, 0.05});
    assertArrayEquals(new double[] {0, 1, 0}, hard[0]);
    assertArrayEquals(new double[] {0, 0, 1}, ClassBalance.mostLikely(new double[][] {{0.1, 0.2, 0.7}})[0]);
  }
}
