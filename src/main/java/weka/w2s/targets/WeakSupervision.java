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

import java.util.List;

import weka.core.Instances;
import weka.w2s.core.NearestNeighbours;
import weka.w2s.core.PrincipalPool;
import weka.w2s.core.PrincipalSettings;

/**
 * What a target strategy may use: the pool in the strong view (its gold labels hidden), the weak
 * model's labels on it, the gold class balance and the weak model's noise channel from the weak
 * slice, the strong head, and, for strategies that validate their choices, cross-fitted copies of
 * all this. The pool's gold labels are never reachable from here.
 */
public final class WeakSupervision {

  private final WeakTeacher teacher;
  private final double[][] weakLabels;
  private final double[] classBalance;
  private final StrongHead head;
  private final int[] sliceRows;
  /** Held-out labels of the slice, computed on first use and shared with copies that differ in their head. */
  private final HeldOut[] heldOut;

  WeakSupervision(WeakTeacher teacher, double[][] weakLabels, double[] classBalance, StrongHead head,
      int[] sliceRows) {
    this(teacher, weakLabels, classBalance, head, sliceRows, new HeldOut[1]);
  }

  private WeakSupervision(WeakTeacher teacher, double[][] weakLabels, double[] classBalance, StrongHead head,
      int[] sliceRows, HeldOut[] heldOut) {
    this.teacher = teacher;
    this.weakLabels = weakLabels;
    this.classBalance = classBalance;
    this.head = head;
    this.sliceRows = sliceRows;
    this.heldOut = heldOut;
  }

  /** The same supervision with another strong head (e.g. another ridge). */
  public WeakSupervision withHead(StrongHead newHead) {
    return new WeakSupervision(teacher, weakLabels, classBalance, newHead, sliceRows, heldOut);
  }

  /** The pool in the strong view; class values are missing. */
  public Instances strongPool() {
    return teacher.strongPool();
  }

  public int poolSize() {
    return weakLabels.length;
  }

  /** The number of classes; 1 for a numeric class (one target column). */
  public int numClasses() {
    return classBalance.length;
  }

  /** The weak model's class distributions on the pool (copies; strategies may change them). */
  public double[][] weakLabels() {
    double[][] out = new double[weakLabels.length][];
    for (int i = 0; i < out.length; i++) {
      out[i] = weakLabels[i].clone();
    }
    return out;
  }

  /** The gold class balance of the weak slice the weak model learned from (add-one smoothed). */
  public double[] classBalance() {
    return classBalance.clone();
  }

  public StrongHead head() {
    return head;
  }

  /**
   * The slice's instances labelled by weak models trained without them (cross-validation within the
   * slice; computed on first use).
   */
  public HeldOut heldOut() throws Exception {
    if (heldOut[0] == null) {
      heldOut[0] = teacher.heldOut(sliceRows);
    }
    return heldOut[0];
  }

  /**
   * What the strong model makes of the weak labels: its predictions of them on the pool, cross-fitted
   * (each row from a fit that did not see the row, so that it is not the fit replaying the row's own
   * target), for the strategies that weigh the weak labels against it (filter, product, window).
   * Null for a pool too small to cut into {@link StrongHead#CROSS_FIT_FOLDS} folds.
   */
  public double[][] crossFittedStrong() throws Exception {
    if (weakLabels.length < StrongHead.CROSS_FIT_FOLDS) {
      return null;
    }
    return head.crossFitted(Targets.of(weakLabels(), this), strongPool(), StrongHead.CROSS_FIT_FOLDS, seed());
  }

  /** A pool row's target from its weak label q and the strong head's cross-fitted opinion s of it. */
  interface RowRule {
    double[] target(double[] q, double[] s);
  }

  /**
   * Each pool row's target by a rule that weighs its weak label against the cross-fitted strong
   * opinion (product, window); the weak labels themselves for a pool too small to cross-fit.
   */
  Targets weighedAgainstStrong(RowRule rule) throws Exception {
    double[][] weak = weakLabels();
    double[][] strong = crossFittedStrong();
    if (strong == null) {
      return Targets.of(weak, this);
    }
    double[][] targets = new double[weak.length][];
    for (int i = 0; i < weak.length; i++) {
      targets[i] = rule.target(weak[i], strong[i]);
    }
    return Targets.of(targets, this);
  }

  /** The weak model's noise channel Cm[c][y'], from its held-out labels on the slice (a nominal class). */
  public double[][] channel() throws Exception {
    if (regression()) {
      throw new IllegalStateException("A numeric class has no noise channel.");
    }
    return WeakTeacher.channel(heldOut(), numClasses());
  }

  /** True when the strong attributes are numeric and complete, as principal spaces need. */
  public boolean hasNumericStrong() {
    return teacher.strongRows() != null;
  }

  /** The pool's strong principal space under the given settings (shared by every fold). */
  public PrincipalPool principalPool(PrincipalSettings settings, String strategy) {
    return teacher.principalPool(settings, strategy);
  }

  /** Nearest neighbours of every pool row in a space of the strong representation (cached). */
  public NearestNeighbours neighbours(NeighbourSpace space, PrincipalSettings settings, int k, String strategy) {
    return teacher.neighbours(space, settings, k, strategy);
  }

  /** The k nearest pool rows of other strong rows (held-out slice rows), in the same space as {@link #neighbours}. */
  public NearestNeighbours poolNeighboursOf(double[][] rows, NeighbourSpace space, PrincipalSettings settings, int k,
      String strategy) {
    return teacher.poolNeighboursOf(rows, space, settings, k, strategy);
  }

  /**
   * Cross-fitted validation folds of the weak slice: for each, a supervision whose weak model never
   * saw the fold, and the fold's gold-labelled rows in the strong view.
   */
  public List<ValidationFold> crossFit(int folds, int seed) throws Exception {
    return teacher.crossFit(sliceRows, folds, seed);
  }

  /** The pool's gold targets (one-hot or the numeric value), null where unknown: for the ceiling ({@link Gold}) only. */
  double[][] poolGold() {
    double[] gold = teacher.poolGold();
    double[][] out = new double[gold.length][];
    for (int i = 0; i < gold.length; i++) {
      out[i] = Double.isNaN(gold[i]) ? null : teacher.goldTarget(gold[i]);
    }
    return out;
  }

  /**
   * Whether the class is numeric (weak-to-strong regression): every target is then a single number,
   * the weak labels are the weak model's predictions, and there are no classes, balance or channel.
   */
  public boolean regression() {
    return teacher.regression();
  }

  /** A seed for the strategy's own random choices (the classifier's seed). */
  public int seed() {
    return teacher.seed();
  }
}
