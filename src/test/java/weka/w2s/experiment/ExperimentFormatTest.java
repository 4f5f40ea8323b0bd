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

package weka.w2s.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The experiment's number format. */
class ExperimentFormatTest {

  @Test
  void numbersThatRoundToZeroHaveNoSign() {
    assertEquals("0.0000", Experiment.num(-1e-17));
    assertEquals("0.0000", Experiment.num(-0.0));
    assertEquals("-0.0001", Experiment.num(-0.0001));
  }

  /** A run whose test part holds one class has no AUROC: the others' mean is shown, with their count. */
  @Test
  void aurocLeavesOutTheRunsWhereItIsUndefined() {
    assertEquals("0.8000 +/- 0.1414 (2 of 3 runs)", Experiment.aurocText(new double[] {0.7, Double.NaN, 0.9}));
    assertEquals("0.7000 +/- 0.1414", Experiment.aurocText(new double[] {0.6, 0.8}));
    assertEquals("n/a (one class)", Experiment.aurocText(new double[] {Double.NaN}));
  }

  /** The measured gap in section 1's label coding: f = p_1 - p_0 for two classes, one-hot for more. */
  @Test
  void measuredGapUsesTheLabelCodingOfPredGap() {
    // two classes: f = -0.6 and 0 -> 0.36; f = 1 and 1 -> 0; mean 0.18
    assertEquals(0.18, Experiment.measuredGap(new double[][] {{0.8, 0.2}, {0, 1}},
        new double[][] {{0.5, 0.5}, {0, 1}}), 1e-15);
    // three classes: (1,0,0) against (0,1,0) is 1 + 1 = 2
    assertEquals(2, Experiment.measuredGap(new double[][] {{1, 0, 0}}, new double[][] {{0, 1, 0}}), 1e-15);
  }
}
