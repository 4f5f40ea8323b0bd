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

import java.util.Collections;
import java.util.List;
import java.util.Random;

import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.w2s.core.StratifiedFolds;

/**
 * The strong model as the strategies see it: a Weka classifier to be trained on the pool (plus any
 * fixed gold-labelled rows, see WeakToStrong's option to add the weak slice), and a way to fit it to
 * targets for intermediate use (refits, probes, cross-fitted validation) that returns its class
 * distributions. {@link RidgeHead} does the fits in closed form on one decomposition of the pool;
 * {@link ClassifierHead} trains a copy of any classifier.
 */
public abstract class StrongHead {

  /** Folds of the cross-fitted predictions on the pool, where a head cannot leave one out exactly. */
  public static final int CROSS_FIT_FOLDS = 5;

  /** A fitted strong model. */
  public interface Fit {
    /** Class distributions for instances in the strong view (strong attributes and the class). */
    double[][] distributions(Instances strongView) throws Exception;
  }

  /** Fits the head to targets on the pool (weights 0 leave rows out). */
  public abstract Fit fit(Targets targets) throws Exception;

  /**
   * Fits the head to targets on a subset of the pool only (rows with keep[i] false are left out,
   * as if their weight were 0), for cross-fitting on the pool itself.
   */
  public abstract Fit fitSubset(Targets targets, boolean[] keep) throws Exception;

  /**
   * Cross-fitted predictions on the pool: each row's class distribution comes from a fit that did
   * not see the row, so that it is not the fit replaying the row's own target. Here the pool is cut
   * into random folds; a head that can do it exactly (leave one out) does.
   */
  public double[][] crossFitted(Targets targets, Instances pool, int folds, int seed) throws Exception {
    int n = pool.numInstances();
    int[] fold = StratifiedFolds.foldOf(n, folds, new Random(seed));
    double[][] out = new double[n][];
    for (int f = 0; f < folds; f++) {
      boolean[] keep = new boolean[n];
      Instances held = new Instances(pool, 0);
      for (int i = 0; i < n; i++) {
        keep[i] = fold[i] != f;
        if (!keep[i]) {
          held.add(pool.instance(i));
        }
      }
      double[][] predicted = fitSubset(targets, keep).distributions(held);
      for (int i = 0, h = 0; i < n; i++) {
        if (!keep[i]) {
          out[i] = predicted[h++];
        }
      }
    }
    return out;
  }

  /** The configured classifier that the final strong model is a copy of. */
  public abstract Classifier classifier() throws Exception;

  /**
   * The heads among which the student's regularisation is chosen (by cross-fitted validation on the
   * weak slice's gold labels), simplest first; this head alone when its regularisation is fixed.
   */
  public List<StrongHead> ridgeVariants() throws Exception {
    return Collections.singletonList(this);
  }

  /**
   * True if this head would choose its own ridge on the targets it is fitted to: weak-to-strong
   * training then chooses among {@link #ridgeVariants()} instead, on gold labels.
   */
  public boolean choosesRidge() {
    return false;
  }

  /** A short description for reports (e.g. "ridge 0.01"); empty when it is the configured head. */
  public String variant() {
    return "";
  }
}
