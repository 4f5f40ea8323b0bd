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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;
import weka.w2s.core.StratifiedFolds;

/**
 * The split of WeakToStrong's training data: the weak slice (gold labels, trains the weak model) and
 * the pool (weak labels train the strong model), stratified by class; unlabelled instances join the
 * pool after its labelled ones.
 */
public final class WeakSplit {
  private final Instances weakSlice;
  private final Instances pool;
  /** The first labelledInPool instances of the pool have known gold labels. */
  private final int labelledInPool;

  private WeakSplit(Instances weakSlice, Instances pool, int labelledInPool) {
    this.weakSlice = weakSlice;
    this.pool = pool;
    this.labelledInPool = labelledInPool;
  }

  /**
   * A split stratified by class (each class gives the weak slice its fraction of instances); for a
   * numeric class a random split.
   */
  public static WeakSplit of(Instances data, double fraction, Random random) {
    List<Instance> labelled = new ArrayList<>();
    List<Instance> unlabelled = new ArrayList<>();
    for (int i = 0; i < data.numInstances(); i++) {
      Instance inst = data.instance(i);
      (inst.classIsMissing() ? unlabelled : labelled).add(inst);
    }
    if (labelled.isEmpty()) {
      throw new IllegalArgumentException("No instance has a class label; the weak model needs labelled"
          + " instances to learn from.");
    }
    boolean numeric = data.classAttribute().isNumeric();
    int[] classOf = new int[labelled.size()];
    for (int i = 0; i < classOf.length; i++) {
      classOf[i] = numeric ? 0 : (int) labelled.get(i).classValue(); // a numeric class: one stratum
    }
    List<int[]> byClass = StratifiedFolds.shuffledByClass(classOf, numeric ? 1 : data.numClasses(), random);
    if (numeric) {
      if (distinctValues(labelled) < 2) {
        throw new IllegalArgumentException("All labelled instances have the same class value; weak-to-strong"
            + " regression needs a target that varies.");
      }
    } else if (byClass.stream().filter(members -> members.length > 0).count() < 2) {
      throw new IllegalArgumentException("All labelled instances have the same class; weak-to-strong"
          + " training needs at least two classes.");
    }
    Instances weakSlice = new Instances(data, 0);
    Instances pool = new Instances(data, 0);
    for (int[] members : byClass) {
      int toWeak = (int) Math.round(fraction * members.length);
      for (int i = 0; i < members.length; i++) {
        (i < toWeak ? weakSlice : pool).add(labelled.get(members[i]));
      }
    }
    if (weakSlice.numInstances() == 0) {
      throw new IllegalArgumentException("The weak fraction " + fraction + " leaves the weak model no"
          + " instance; raise it.");
    }
    if (numeric) {
      if (weakSlice.numInstances() < 2) {
        throw new IllegalArgumentException("The weak fraction " + fraction + " gives the weak model "
            + weakSlice.numInstances() + " instance; raise it so that it learns from at least two.");
      }
    } else {
      int[] weakCounts = weakSlice.attributeStats(weakSlice.classIndex()).nominalCounts;
      if (Arrays.stream(weakCounts).filter(count -> count > 0).count() < 2) {
        throw new IllegalArgumentException("The weak fraction " + fraction + " gives the weak model "
            + weakSlice.numInstances() + " instance(s), all of class '"
            + weakSlice.classAttribute().value(Utils.maxIndex(weakCounts)) + "'; raise the weak fraction"
            + " so that it learns from at least two classes.");
      }
    }
    int labelledInPool = pool.numInstances();
    for (Instance inst : unlabelled) {
      pool.add(inst);
    }
    if (pool.numInstances() < 2) {
      throw new IllegalArgumentException("The pool has " + pool.numInstances() + " instance(s); lower the"
          + " weak fraction or add unlabelled instances (missing class) so that the strong model has"
          + " at least two instances to learn from.");
    }
    return new WeakSplit(weakSlice, pool, labelledInPool);
  }

  private static long distinctValues(List<Instance> labelled) {
    return labelled.stream().mapToDouble(Instance::classValue).distinct().count();
  }

  /** The pool's instances with a known gold label (the first ones of the pool). */
  public Instances labelledPool() {
    return new Instances(pool, 0, labelledInPool);
  }

  public Instances weakSlice() {
    return weakSlice;
  }

  /** The labelled pool instances first, then the unlabelled ones. */
  public Instances pool() {
    return pool;
  }

  /** How many of the pool's first instances have a known gold label. */
  public int labelledInPool() {
    return labelledInPool;
  }
}
