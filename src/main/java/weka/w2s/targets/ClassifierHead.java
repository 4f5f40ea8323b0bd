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
import java.util.Collections;
import java.util.List;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;
import weka.core.WeightedInstancesHandler;
import weka.w2s.core.RidgeGrid;

/** Any Weka classifier as the strong head: every fit trains a fresh copy. */
public final class ClassifierHead extends StrongHead {

  private final Classifier template;
  private final Instances pool;
  private final Instances gold;
  private final String variant;

  /**
   * @param template the configured strong classifier (copied, never trained)
   * @param pool     the pool in the strong view (class values are not read)
   * @param gold     gold-labelled rows in the strong view that every fit also learns (may be empty)
   */
  public ClassifierHead(Classifier template, Instances pool, Instances gold) {
    this(template, pool, gold, "");
  }

  private ClassifierHead(Classifier template, Instances pool, Instances gold, String variant) {
    this.template = template;
    this.pool = pool;
    this.gold = gold;
    this.variant = variant;
  }

  /** A ridge learner that would choose its ridge on the targets: the student's ridge is chosen on gold instead. */
  @Override
  public boolean choosesRidge() {
    return template instanceof RidgeLearner && ((RidgeLearner) template).choosesRidge();
  }

  /**
   * For a ridge learner with an automatic ridge, one copy per ridge of its grid (relative to the mean
   * variance of its design on the pool), the largest first, as {@link RidgeHead} does in closed form.
   */
  @Override
  public List<StrongHead> ridgeVariants() throws Exception {
    if (!choosesRidge()) {
      return Collections.singletonList(this);
    }
    RidgeLearner learner = (RidgeLearner) template;
    double meanVariance = learner.meanVariance(pool);
    double[] relative = RidgeGrid.parse(learner.getRidgeGrid(), "The strong head's ridge grid").relative();
    Arrays.sort(relative);
    List<StrongHead> out = new ArrayList<>();
    for (int i = relative.length - 1; i >= 0; i--) {
      out.add(new ClassifierHead(learner.withFixedRidge(relative[i] * meanVariance), pool, gold,
          "ridge " + RidgeGrid.format(relative[i]) + " x mean variance"));
    }
    return out;
  }

  @Override
  public String variant() {
    return variant;
  }

  @Override
  public Fit fit(Targets targets) throws Exception {
    return fitSubset(targets, null);
  }

  @Override
  public Fit fitSubset(Targets targets, boolean[] keep) throws Exception {
    Classifier model = AbstractClassifier.makeCopy(template);
    double[] weights = targets.weights().clone();
    if (keep != null) {
      for (int i = 0; i < weights.length; i++) {
        if (!keep[i]) {
          weights[i] = 0;
        }
      }
    }
    train(model, pool, targets.distributions(), weights, gold);
    return data -> {
      double[][] out = new double[data.numInstances()][];
      for (int i = 0; i < out.length; i++) {
        out[i] = model.distributionForInstance(data.instance(i));
      }
      return out;
    };
  }

  @Override
  public Classifier classifier() {
    return template;
  }

  /**
   * Trains a classifier on target distributions with instance weights (rows of weight 0 left out)
   * plus gold-labelled rows: natively if it is a {@link SoftTargetLearner}; for a numeric class on
   * each row's target value; else as one weighted copy per class if it handles instance weights,
   * or on each row's most likely class.
   */
  public static void train(Classifier model, Instances pool, double[][] targets, double[] weights,
      Instances gold) throws Exception {
    boolean regression = pool.classAttribute().isNumeric();
    int c = pool.numClasses();
    Instances data = new Instances(pool, pool.numInstances() + gold.numInstances());
    java.util.List<double[]> rows = new java.util.ArrayList<>();
    for (int i = 0; i < pool.numInstances(); i++) {
      if (weights[i] > 0) {
        Instance copy = (Instance) pool.instance(i).copy();
        copy.setWeight(pool.instance(i).weight() * weights[i]);
        data.add(copy);
        rows.add(targets[i]);
      }
    }
    for (Instance inst : gold) {
      data.add((Instance) inst.copy());
      double[] target = new double[c];
      if (regression) {
        target[0] = inst.classValue();
      } else {
        target[(int) inst.classValue()] = 1;
      }
      rows.add(target);
    }
    double[][] all = rows.toArray(new double[0][]);
    if (model instanceof SoftTargetLearner) {
      ((SoftTargetLearner) model).buildFromTargets(data, all);
      return;
    }
    Instances expanded = new Instances(data, data.numInstances());
    boolean weighted = model instanceof WeightedInstancesHandler;
    for (int i = 0; i < data.numInstances(); i++) {
      Instance inst = data.instance(i);
      if (regression) { // the target value itself, with the row's weight
        Instance copy = (Instance) inst.copy();
        copy.setClassValue(all[i][0]);
        expanded.add(copy);
      } else if (weighted) {
        for (int k = 0; k < c; k++) {
          if (all[i][k] > 1e-12) {
            Instance copy = (Instance) inst.copy();
            copy.setClassValue(k);
            copy.setWeight(inst.weight() * all[i][k]);
            expanded.add(copy);
          }
        }
      } else {
        Instance copy = (Instance) inst.copy();
        copy.setClassValue(Utils.maxIndex(all[i]));
        expanded.add(copy);
      }
    }
    model.buildClassifier(expanded);
  }
}
