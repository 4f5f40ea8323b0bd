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
import weka.w2s.core.RowKeySplit;
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

  /** The row keys of the weak slice's instances (a split by key), or null (a stratified split). */
  private final double[] sliceKeys;

  private WeakSplit(Instances weakSlice, Instances pool, int labelledInPool, double[] sliceKeys) {
    this.weakSlice = weakSlice;
    this.pool = pool;
    this.labelledInPool = labelledInPool;
    this.sliceKeys = sliceKeys;
  }

  /**
   * A split stratified by class (each class gives the weak slice its fraction of instances); for a
   * numeric class a random split.
   */
  public static WeakSplit of(Instances data, double fraction, Random random) {
    List<Instance> labelled = labelled(data);
    boolean numeric = data.classAttribute().isNumeric();
    int[] classOf = new int[labelled.size()];
    for (int i = 0; i < classOf.length; i++) {
      classOf[i] = numeric ? 0 : (int) labelled.get(i).classValue(); // a numeric class: one stratum
    }
    List<Instance> slice = new ArrayList<>();
    List<Instance> pool = new ArrayList<>();
    for (int[] members : StratifiedFolds.shuffledByClass(classOf, numeric ? 1 : data.numClasses(), random)) {
      int toWeak = (int) Math.round(fraction * members.length);
      for (int i = 0; i < members.length; i++) {
        (i < toWeak ? slice : pool).add(labelled.get(members[i]));
      }
    }
    return split(data, slice, pool, fraction, -1);
  }

  /**
   * The split by row key ({@link RowKeySplit}): a labelled instance is in the weak slice when the
   * seeded hash of its key attribute's value says so, whatever the order of the data; the slice's
   * keys are kept for its cross-fitting folds.
   *
   * @param keyAttribute the index of a numeric attribute without missing values
   */
  public static WeakSplit byKey(Instances data, double fraction, int keyAttribute, long seed) {
    List<Instance> labelled = labelled(data);
    List<Instance> slice = new ArrayList<>();
    List<Instance> pool = new ArrayList<>();
    for (Instance inst : labelled) {
      (RowKeySplit.inWeakSlice(inst.value(keyAttribute), seed, fraction) ? slice : pool).add(inst);
    }
    return split(data, slice, pool, fraction, keyAttribute);
  }

  private static List<Instance> labelled(Instances data) {
    List<Instance> labelled = new ArrayList<>();
    for (Instance inst : data) {
      if (!inst.classIsMissing()) {
        labelled.add(inst);
      }
    }
    if (labelled.isEmpty()) {
      throw new IllegalArgumentException("No instance has a class label; the weak model needs labelled"
          + " instances to learn from.");
    }
    if (data.classAttribute().isNumeric()) {
      if (labelled.stream().mapToDouble(Instance::classValue).distinct().count() < 2) {
        throw new IllegalArgumentException("All labelled instances have the same class value; weak-to-strong"
            + " regression needs a target that varies.");
      }
    } else if (labelled.stream().mapToDouble(Instance::classValue).distinct().count() < 2) {
      throw new IllegalArgumentException("All labelled instances have the same class; weak-to-strong"
          + " training needs at least two classes.");
    }
    return labelled;
  }

  /** The split into the given slice and labelled pool instances (the unlabelled ones join the pool), checked. */
  private static WeakSplit split(Instances data, List<Instance> sliceRows, List<Instance> poolRows, double fraction,
      int keyAttribute) {
    Instances weakSlice = new Instances(data, sliceRows.size());
    sliceRows.forEach(weakSlice::add);
    Instances pool = new Instances(data, poolRows.size());
    poolRows.forEach(pool::add);
    boolean numeric = data.classAttribute().isNumeric();
    if (weakSlice.numInstances() == 0) {
      throw new IllegalArgumentException(emptySlice(fraction));
    }
    if (numeric) {
      if (weakSlice.numInstances() < 2) {
        throw new IllegalArgumentException(sliceOfOne(fraction));
      }
    } else {
      int[] weakCounts = weakSlice.attributeStats(weakSlice.classIndex()).nominalCounts;
      if (Arrays.stream(weakCounts).filter(count -> count > 0).count() < 2) {
        throw new IllegalArgumentException(sliceOfOneClass(fraction, weakSlice.numInstances(),
            weakSlice.classAttribute().value(Utils.maxIndex(weakCounts))));
      }
    }
    int labelledInPool = pool.numInstances();
    for (Instance inst : data) {
      if (inst.classIsMissing()) {
        pool.add(inst);
      }
    }
    if (pool.numInstances() < 2) {
      throw new IllegalArgumentException(smallPool(pool.numInstances()));
    }
    double[] sliceKeys = null;
    if (keyAttribute >= 0) {
      sliceKeys = new double[weakSlice.numInstances()];
      for (int i = 0; i < sliceKeys.length; i++) {
        sliceKeys[i] = weakSlice.instance(i).value(keyAttribute);
      }
    }
    return new WeakSplit(weakSlice, pool, labelledInPool, sliceKeys);
  }

  /** The refusal of a weak fraction that leaves the weak model no instance. */
  public static String emptySlice(double fraction) {
    return "The weak fraction " + fraction + " leaves the weak model no instance; raise it.";
  }

  /** The refusal of a weak slice of one instance (a numeric class). */
  public static String sliceOfOne(double fraction) {
    return "The weak fraction " + fraction + " gives the weak model 1 instance; raise it so that it learns from at"
        + " least two.";
  }

  /** The refusal of a weak slice whose instances are all of one class. */
  public static String sliceOfOneClass(double fraction, long size, String className) {
    return "The weak fraction " + fraction + " gives the weak model " + size + " instance(s), all of class '"
        + className + "'; raise the weak fraction so that it learns from at least two classes.";
  }

  /** The refusal of a pool of fewer than two instances. */
  public static String smallPool(long size) {
    return "The pool has " + size + " instance(s); lower the weak fraction or add unlabelled instances (missing"
        + " class) so that the strong model has at least two instances to learn from.";
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

  /** The row keys of the weak slice's instances in order, or null when the split is stratified. */
  public double[] sliceKeys() {
    return sliceKeys == null ? null : sliceKeys.clone();
  }

  /** How many of the pool's first instances have a known gold label. */
  public int labelledInPool() {
    return labelledInPool;
  }
}
