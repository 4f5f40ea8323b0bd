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
import java.util.List;
import java.util.Locale;

import weka.classifiers.Classifier;
import weka.classifiers.functions.RidgeProbe;
import weka.core.Instances;
import weka.w2s.core.RidgePath;

/**
 * {@link RidgeProbe} as the strong head, fitted in closed form: the pool (with any fixed gold rows)
 * is decomposed once ({@link RidgePath}) and every fit of equal weights is a few matrix products.
 * The coefficients are RidgeProbe's own (same loss), so intermediate fits agree with training the
 * classifier. Used when the strong attributes are numeric and complete.
 */
public final class RidgeHead extends StrongHead {

  private final RidgeProbe template;
  private final double[][] poolRows;
  private final double[][] goldRows;
  private final double[][] goldTargets;
  private final RidgePath path;
  private final String variant;

  private RidgeHead(RidgeProbe template, double[][] poolRows, double[][] goldRows, double[][] goldTargets,
      RidgePath path, String variant) {
    this.template = template;
    this.poolRows = poolRows;
    this.goldRows = goldRows;
    this.goldTargets = goldTargets;
    this.path = path;
    this.variant = variant;
  }

  /**
   * @param template    the configured RidgeProbe (its ridge is used; never trained)
   * @param poolRows    the pool's strong attribute values
   * @param goldRows    strong attribute values of gold-labelled rows every fit also learns (may be empty)
   * @param goldClasses their classes
   * @param classes     the number of classes
   */
  public static RidgeHead of(RidgeProbe template, double[][] poolRows, double[][] goldRows, int[] goldClasses,
      int classes) {
    double[][] goldTargets = new double[goldRows.length][classes];
    for (int i = 0; i < goldRows.length; i++) {
      goldTargets[i][goldClasses[i]] = 1;
    }
    return new RidgeHead(template, poolRows, goldRows, goldTargets, RidgePath.of(stack(poolRows, goldRows), null),
        "");
  }

  @Override
  public Fit fit(Targets targets) throws Exception {
    return fitSubset(targets, null);
  }

  @Override
  public Fit fitSubset(Targets targets, boolean[] keep) {
    double[] w = targets.weights();
    double[][] all = stack(targets.distributions(), goldTargets);
    boolean[] used = new boolean[all.length];
    boolean binary = true;
    int m = 0;
    for (int i = 0; i < all.length; i++) {
      boolean pool = i < poolRows.length;
      double weight = pool ? (keep != null && !keep[i] ? 0 : w[i]) : 1;
      binary &= weight == 0 || weight == 1;
      used[i] = weight > 0;
      m += used[i] ? 1 : 0;
    }
    return predictor(binary ? subsetByImputation(all, used, m) : decomposed(all, w, keep));
  }

  /**
   * The fit on the used rows only, from the one decomposition of all rows ({@link RidgePath#solveWithout}),
   * with the ridge rescaled by m / n to keep RidgeProbe's penalty per used row.
   */
  private RidgePath.Head subsetByImputation(double[][] all, boolean[] used, int m) {
    return path.solveWithout(all, used, template.getRidge() * m / all.length);
  }

  private double[] row(int i) {
    return i < poolRows.length ? poolRows[i] : goldRows[i - poolRows.length];
  }

  /** The fit of arbitrary weights: a decomposition of the rows that take part. */
  private RidgePath.Head decomposed(double[][] all, double[] w, boolean[] keep) {
    List<double[]> rows = new ArrayList<>();
    List<double[]> t = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (int i = 0; i < all.length; i++) {
      boolean pool = i < poolRows.length;
      double weight = pool ? (keep != null && !keep[i] ? 0 : w[i]) : 1;
      if (weight > 0) {
        rows.add(row(i));
        t.add(all[i]);
        weights.add(weight);
      }
    }
    return RidgePath.of(rows.toArray(new double[0][]), weights.stream().mapToDouble(Double::doubleValue).toArray())
        .solve(t.toArray(new double[0][]), template.getRidge());
  }

  private static Fit predictor(RidgePath.Head head) {
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
        out[i] = RidgeProbe.clipAndNormalise(head.scores(x));
      }
      return out;
    };
  }

  /**
   * Exact leave-one-out predictions from the one decomposition ({@link RidgePath#leaveOneOut}) when
   * the targets have equal weights; folds otherwise.
   */
  @Override
  public double[][] crossFitted(Targets targets, Instances pool, int folds, int seed) throws Exception {
    for (double w : targets.weights()) {
      if (w != 1.0) {
        return super.crossFitted(targets, pool, folds, seed);
      }
    }
    double[][] loo = path.leaveOneOut(stack(targets.distributions(), goldTargets), template.getRidge());
    double[][] out = new double[poolRows.length][];
    for (int i = 0; i < out.length; i++) {
      out[i] = RidgeProbe.clipAndNormalise(loo[i]);
    }
    return out;
  }

  @Override
  public Classifier classifier() {
    return template;
  }

  /**
   * The same head with ridges relative * tr(S) / d, S the covariance of the design: a ridge in units
   * of the average column variance means the same on any scale of the strong attributes. The
   * configured ridge comes first.
   */
  @Override
  public List<StrongHead> ridgeVariants(double[] relativeRidges) {
    List<StrongHead> out = new ArrayList<>();
    out.add(this);
    for (double r : relativeRidges) {
      RidgeProbe probe = new RidgeProbe();
      probe.setSolver(template.getSolver());
      probe.setRidge(r * path.meanEigenvalue());
      out.add(new RidgeHead(probe, poolRows, goldRows, goldTargets, path,
          String.format(Locale.ROOT, "ridge %.3g x mean variance", r)));
    }
    return out;
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
