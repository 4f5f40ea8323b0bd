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

package weka.w2s.spark;

import java.io.Serializable;

import weka.core.Utils;
import weka.w2s.core.LinearProbability;
import weka.w2s.core.RidgePath;
import weka.w2s.core.RowKeySplit;

/**
 * What every task of the protocol needs: where each view and the label sit in the joint row, the class
 * coding, the seed and fractions of the split by row key, and the heads' prediction rule.
 */
final class ProtocolSetup implements Serializable {

  private static final long serialVersionUID = 1L;
  final int[][] weakColumns;
  final int[] strongColumns;
  final int[] labelColumns;
  /** Nominal class values, or 0 for a numeric class. */
  final int classes;
  final long seed;
  final double testFraction;
  final double weakFraction;
  final int folds;
  final boolean keyColumn;
  final boolean kernel;

  ProtocolSetup(int[][] weakColumns, int[] strongColumns, int[] labelColumns, int classes, long seed,
      double testFraction, double weakFraction, int folds, boolean keyColumn, boolean kernel) {
    this.weakColumns = weakColumns;
    this.strongColumns = strongColumns;
    this.labelColumns = labelColumns;
    this.classes = classes;
    this.seed = seed;
    this.testFraction = testFraction;
    this.weakFraction = weakFraction;
    this.folds = folds;
    this.keyColumn = keyColumn;
    this.kernel = kernel;
  }

  boolean regression() {
    return classes == 0;
  }

  /** The heads' outputs: one per class, or one value. */
  int outputs() {
    return regression() ? 1 : classes;
  }

  int candidates() {
    return weakColumns.length;
  }

  /** The class code (nominal) or value (numeric) of a joint row, from the layout's label coding. */
  double classOf(double[] joint) {
    if (regression()) {
      return joint[labelColumns[0]];
    }
    if (classes == 2) {
      return joint[labelColumns[0]] > 0 ? 1 : 0;
    }
    for (int k = 0; k < classes; k++) {
      if (joint[labelColumns[k]] == 1) {
        return k;
      }
    }
    throw new IllegalStateException("no class in the joint row");
  }

  /** The heads' target row: one-hot, or the value. */
  double[] target(double y) {
    if (regression()) {
      return new double[] {y};
    }
    double[] t = new double[classes];
    t[(int) y] = 1;
    return t;
  }

  /** The model's prediction: RidgeProbe's class distribution, or the value. */
  double[] predict(RidgePath.Head head, double[] x) {
    double[] scores = head.scores(x);
    return regression() ? scores : LinearProbability.clipAndNormalise(scores);
  }

  /** Whether a prediction is right (nominal) or its squared error (numeric): the test measure's term. */
  double measureTerm(double[] prediction, double y) {
    if (regression()) {
      double e = prediction[0] - y;
      return e * e;
    }
    return Utils.maxIndex(prediction) == (int) y ? 1 : 0;
  }

  /** The squared error of a prediction against the gold target (Brier for a distribution). */
  double squaredError(double[] prediction, double y) {
    double[] t = target(y);
    double sum = 0;
    for (int k = 0; k < t.length; k++) {
      double e = prediction[k] - t[k];
      sum += e * e;
    }
    return sum;
  }

  /**
   * Which part a row is in: -1 test, 0 pool, 1 + fold for the weak slice; a row without a class (y
   * NaN) cannot be tested or teach the weak model: it joins the pool, as on the single machine.
   */
  int part(double key, double y) {
    if (Double.isNaN(y)) {
      return 0;
    }
    if (RowKeySplit.inTest(key, seed, testFraction)) {
      return -1;
    }
    return RowKeySplit.inWeakSlice(key, seed, weakFraction) ? 1 + RowKeySplit.fold(key, seed, folds) : 0;
  }
}
