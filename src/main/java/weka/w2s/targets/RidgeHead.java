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
import java.util.Comparator;
import java.util.List;

import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.w2s.core.LinearProbability;
import weka.w2s.core.RidgeGrid;
import weka.w2s.core.RidgePath;

/**
 * A ridge head (RidgeProbe) as the strong head, fitted in closed form on one {@link RidgePath} of the
 * pool (and of the gold rows it also learns), shared by every fold, strategy and ridge: fits of equal
 * weights are a few matrix products, other weights downdate the decomposition, and the cross-fitted
 * predictions are exact leave-one-out. The coefficients are RidgeProbe's own (same loss). Used when
 * the strong attributes are numeric and complete.
 */
public final class RidgeHead extends StrongHead {

  private final RidgeLearner template;
  private final RidgePath path;
  private final int poolSize;
  /** Weights of the path's rows before any target weight: 1 for the pool and the gold rows learned, else 0. */
  private final double[] baseWeights;
  private final double[][] goldTargets;
  /** This head's absolute ridge; NaN: the template's own rule (its fixed ridge, or leave-one-out). */
  private final double ridge;
  private final String variant;
  /** A numeric class: predictions are the head's value, not clipped into a distribution. */
  private final boolean regression;
  /** The last reweighted path, shared by the ridges and strategies that fit the same weights. */
  private final RidgePath[] cachedPath;
  private final double[][] cachedWeights;

  private RidgeHead(RidgeLearner template, RidgePath path, int poolSize, double[] baseWeights,
      double[][] goldTargets, double ridge, String variant, boolean regression, RidgePath[] cachedPath,
      double[][] cachedWeights) {
    this.template = template;
    this.path = path;
    this.poolSize = poolSize;
    this.baseWeights = baseWeights;
    this.goldTargets = goldTargets;
    this.ridge = ridge;
    this.variant = variant;
    this.regression = regression;
    this.cachedPath = cachedPath;
    this.cachedWeights = cachedWeights;
  }

  /**
   * @param template    the configured ridge learner (its ridge rule is used; never trained)
   * @param path        the path of the pool's strong rows followed by the gold rows (equal weights)
   * @param poolSize    the number of pool rows at the start of the path
   * @param goldTargets the target rows of the gold rows after the pool (one-hot, or the value)
   * @param goldUsed    which gold rows this head learns
   * @param regression  whether the class is numeric
   */
  public static RidgeHead of(RidgeLearner template, RidgePath path, int poolSize, double[][] goldTargets,
      boolean[] goldUsed, boolean regression) {
    double[] base = new double[poolSize + goldTargets.length];
    Arrays.fill(base, 0, poolSize, 1.0);
    for (int i = 0; i < goldTargets.length; i++) {
      base[poolSize + i] = goldUsed[i] ? 1 : 0;
    }
    return new RidgeHead(template, path, poolSize, base, goldTargets, Double.NaN, "", regression,
        new RidgePath[1], new double[1][]);
  }

  @Override
  public Fit fit(Targets targets) throws Exception {
    return fitSubset(targets, null);
  }

  @Override
  public Fit fitSubset(Targets targets, boolean[] keep) {
    double[] w = weights(targets, keep);
    RidgePath p = pathFor(w);
    double[][] t = stack(targets.distributions(), goldTargets);
    return predictor(p.solve(t, ridgeFor(p, t)));
  }

  /** The weights of the path's rows for targets (0 where keep is false). */
  private double[] weights(Targets targets, boolean[] keep) {
    double[] w = baseWeights.clone();
    double[] tw = targets.weights();
    for (int i = 0; i < poolSize; i++) {
      w[i] = keep != null && !keep[i] ? 0 : tw[i];
    }
    return w;
  }

  private RidgePath pathFor(double[] w) {
    boolean all = true;
    for (double x : w) {
      all &= x == 1.0;
    }
    if (all) {
      return path;
    }
    if (cachedWeights[0] == null || !Arrays.equals(cachedWeights[0], w)) {
      cachedPath[0] = path.reweighted(w);
      cachedWeights[0] = w;
    }
    return cachedPath[0];
  }

  private double ridgeFor(RidgePath p, double[][] targets) {
    if (!Double.isNaN(ridge)) {
      return ridge;
    }
    if (!template.choosesRidge()) {
      return template.getRidge();
    }
    return p.chooseRidge(targets, grid().absolute(p.meanEigenvalue())).ridge();
  }

  private RidgeGrid grid() {
    return RidgeGrid.parse(template.getRidgeGrid(), "The strong head's ridge grid");
  }

  /** The head's scores as a prediction: a class distribution (RidgeProbe's mapping), or the value. */
  private double[] prediction(double[] scores) {
    return regression ? scores : LinearProbability.clipAndNormalise(scores);
  }

  private Fit predictor(RidgePath.Head head) {
    return data -> {
      double[][] out = new double[data.numInstances()][];
      int d = data.numAttributes() - 1;
      double[] x = new double[d];
      for (int i = 0; i < out.length; i++) {
        for (int a = 0, f = 0; a < data.numAttributes(); a++) {
          if (a != data.classIndex()) {
            x[f++] = data.instance(i).value(a);
          }
        }
        out[i] = prediction(head.scores(x));
      }
      return out;
    };
  }

  /** Exact leave-one-out predictions on the pool, for any weights ({@link RidgePath#leaveOneOut}). */
  @Override
  public double[][] crossFitted(Targets targets, Instances pool, int folds, int seed) {
    RidgePath p = pathFor(weights(targets, null));
    double[][] t = stack(targets.distributions(), goldTargets);
    double[][] loo = p.leaveOneOut(t, ridgeFor(p, t));
    double[][] out = new double[poolSize][];
    for (int i = 0; i < out.length; i++) {
      out[i] = prediction(loo[i]);
    }
    return out;
  }

  @Override
  public Classifier classifier() throws Exception {
    return Double.isNaN(ridge) ? (Classifier) template : template.withFixedRidge(ridge);
  }

  /**
   * With an automatic ridge, one head per ridge of the template's grid (relative to the strong
   * attributes' mean variance on the pool), the largest (the simplest) first: the student's ridge is
   * then chosen by cross-fitted validation on the weak slice's gold labels, never on weak labels. A
   * fixed ridge is the user's: this head alone.
   */
  @Override
  public List<StrongHead> ridgeVariants() {
    List<StrongHead> out = new ArrayList<>();
    if (!Double.isNaN(ridge) || !template.choosesRidge()) {
      out.add(this);
      return out;
    }
    double[] relative = grid().relative();
    Integer[] order = new Integer[relative.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> relative[i]).reversed());
    for (int i : order) {
      out.add(new RidgeHead(template, path, poolSize, baseWeights, goldTargets, relative[i] * path.meanEigenvalue(),
          "ridge " + RidgeGrid.format(relative[i]) + " x mean variance", regression, cachedPath, cachedWeights));
    }
    return out;
  }

  @Override
  public boolean choosesRidge() {
    return Double.isNaN(ridge) && template.choosesRidge();
  }

  @Override
  public String variant() {
    return variant;
  }

  private static double[][] stack(double[][] a, double[][] b) {
    double[][] out = new double[a.length + b.length][];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
