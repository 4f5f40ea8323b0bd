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

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Tolerance assertions shared by the core tests. Every check returns the relative disagreement it
 * measured, so that a test can report the largest one.
 */
final class Checks {

  private Checks() {
  }

  /** |actual - expected| / max(|expected|, scale). */
  static double relativeError(double expected, double actual, double scale) {
    return Math.abs(actual - expected) / Math.max(Math.abs(expected), scale);
  }

  /** actual agrees with expected to tolerance, relative to max(|expected|, scale). */
  static double assertClose(double expected, double actual, double tolerance, double scale, String what) {
    assertTrue(Double.isFinite(actual), () -> what + " is not finite: " + actual);
    double err = relativeError(expected, actual, scale);
    assertTrue(err <= tolerance, () -> what + ": expected " + expected + ", got " + actual
        + " (relative error " + err + " > " + tolerance + ")");
    return err;
  }

  /** Relative agreement, for quantities that are not close to zero. */
  static double assertRelative(double expected, double actual, double tolerance, String what) {
    return assertClose(expected, actual, tolerance, Double.MIN_NORMAL, what);
  }

  /** Entry-wise agreement, relative to the largest absolute entry of expected. */
  static double assertMatrixClose(DMatrixRMaj expected, DMatrixRMaj actual, double tolerance, String what) {
    assertEquals(expected.numRows, actual.numRows, what + ": rows");
    assertEquals(expected.numCols, actual.numCols, what + ": columns");
    double scale = Math.max(CommonOps_DDRM.elementMaxAbs(expected), Double.MIN_NORMAL);
    double worst = 0;
    for (int i = 0; i < expected.getNumElements(); i++) {
      assertTrue(Double.isFinite(actual.get(i)), what + " has a non-finite entry");
      worst = Math.max(worst, Math.abs(actual.get(i) - expected.get(i)) / scale);
    }
    double measured = worst;
    assertTrue(worst <= tolerance, () -> what + ": largest entry-wise disagreement " + measured
        + " of the largest entry > " + tolerance);
    return worst;
  }

  /**
   * Two analyses of the same sample agree on every scalar to tolerance (relative; values below
   * {@code scale} compare absolutely). Returns the largest relative disagreement.
   */
  static double assertSameAnalysis(PairAnalysis expected, PairAnalysis actual, double tolerance,
      double scale) {
    assertEquals(expected.weak().k(), actual.weak().k(), "weak k");
    assertEquals(expected.strong().k(), actual.strong().k(), "strong k");
    assertEquals(expected.weak().rank(), actual.weak().rank(), "weak rank");
    assertEquals(expected.strong().rank(), actual.strong().rank(), "strong rank");
    assertEquals(expected.hasLabels(), actual.hasLabels(), "labels");
    double worst = 0;
    worst = Math.max(worst, assertClose(expected.score(), actual.score(), tolerance, scale, "score"));
    worst = Math.max(worst, assertClose(expected.frobenius(), actual.frobenius(), tolerance, scale,
        "frobenius"));
    worst = Math.max(worst, assertClose(expected.frobeniusNormalized(), actual.frobeniusNormalized(),
        tolerance, scale, "frobeniusNormalized"));
    worst = Math.max(worst, assertClose(expected.expectedGap(), actual.expectedGap(), tolerance, scale,
        "expectedGap"));
    worst = Math.max(worst, assertClose(expected.weak().gamma(), actual.weak().gamma(), tolerance, scale,
        "weak gamma"));
    worst = Math.max(worst, assertClose(expected.strong().gamma(), actual.strong().gamma(), tolerance,
        scale, "strong gamma"));
    if (expected.hasLabels()) {
      worst = Math.max(worst, assertClose(expected.predGap(), actual.predGap(), tolerance, scale,
          "predGap"));
      worst = Math.max(worst, assertClose(expected.weakResidual(), actual.weakResidual(), tolerance, scale,
          "weakError"));
      worst = Math.max(worst, assertClose(expected.ceilingResidual(), actual.ceilingResidual(), tolerance,
          scale, "ceilingError"));
    }
    return worst;
  }
}
