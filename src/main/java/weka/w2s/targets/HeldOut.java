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

package weka.w2s.targets;

/**
 * Weak-slice instances labelled by weak models that did not train on them (cross-validation within
 * the slice): their gold classes, those held-out weak labels, their strong attribute values (null
 * when the strong attributes are not numeric), and, for each instance, the pool's labels by the
 * same held-out weak model, so that a strategy can calibrate itself on the slice exactly as it
 * will work on the pool, without the instance's own gold label reaching it through the weak model.
 */
public final class HeldOut {

  /** Gold class indices (nominal class) or values (numeric class). */
  private final double[] gold;
  private final double[][] weakLabels;
  private final double[][] strongRows;
  private final int[] fold;
  private final double[][][] poolLabelsByFold;

  HeldOut(double[] gold, double[][] weakLabels, double[][] strongRows, int[] fold, double[][][] poolLabelsByFold) {
    this.gold = gold;
    this.weakLabels = weakLabels;
    this.strongRows = strongRows;
    this.fold = fold;
    this.poolLabelsByFold = poolLabelsByFold;
  }

  public int size() {
    return gold.length;
  }

  /** The gold classes, for a nominal class. */
  public int[] gold() {
    return java.util.Arrays.stream(gold).mapToInt(v -> (int) v).toArray();
  }

  /** The gold class values (a numeric class's targets). */
  public double[] goldValues() {
    return gold.clone();
  }

  public double[][] weakLabels() {
    return weakLabels;
  }

  /** Strong attribute values, or null if they are not numeric and complete. */
  public double[][] strongRows() {
    return strongRows;
  }

  /** The number of held-out weak models (folds). */
  public int folds() {
    return poolLabelsByFold.length;
  }

  /** The fold of each instance: the held-out weak model that labelled it. */
  public int[] fold() {
    return fold.clone();
  }

  /** The pool's labels by the weak model of one fold. */
  public double[][] poolLabels(int f) {
    return poolLabelsByFold[f];
  }
}
