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
}
