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

import weka.core.Instances;
import weka.core.Range;
import weka.core.Utils;
import weka.w2s.core.JointStatistics;
import weka.w2s.core.LinearAlgebra;
import weka.w2s.core.PairAnalysis;
import weka.w2s.core.PrincipalSettings;
import weka.w2s.core.RepresentationAnalysis;
import weka.w2s.data.RepresentationLayout;
import weka.w2s.format.W2SGDigits;

/**
 * What a W2SG user wants to know about a WeakToStrong training run: the sizes of the weak slice and
 * the pool, the accuracies of the weak labels, of the training targets and of the strong model on the
 * pool's gold labels, the representation scores of the two views, and the strategy's choice. Also
 * WeakToStrong's Experimenter measures ({@link #MEASURES}).
 */
public final class TrainingReport implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
  public static final String[] MEASURES = {"measureWeakSliceSize", "measurePoolSize", "measureLabelledPoolSize",
    "measureWeakLabelAccuracy", "measureTargetAccuracy", "measureStrongPoolAccuracy", "measureW2SGScore",
    "measureW2SGFrobeniusNormalized", "measurePredGap", "measureTargetsUsed", "measureValidationAccuracy",
    "measureChoseNaive", "measureChoseBelowBest", "measureWeakLabelMSE", "measureTargetMSE",
    "measureStrongPoolMSE", "measureValidationMSE"};

  int weakSliceSize;
  int poolSize;
  int labelledPool;
  double weakLabelAccuracy = Double.NaN;
  double targetAccuracy = Double.NaN;
  double strongPoolAccuracy = Double.NaN;
  /** For a numeric class: mean squared errors on the pool's gold values (the accuracies stay NaN). */
  boolean regression;
  double weakLabelError = Double.NaN;
  double targetError = Double.NaN;
  double strongPoolError = Double.NaN;
  double w2sgScore = Double.NaN;
  double w2sgFrobeniusNormalized = Double.NaN;
  double predGap = Double.NaN;
  int kWeak;
  int kStrong;
  String representationNote = "";
  String principalRule = "";
  boolean goldTargets;
  int targetsUsed;
  String strategy = "";
  String strongModel = "";
  /** Whether the weak and strong models see the same attributes (then there is no weak-to-strong gap). */
  boolean sameAttributes;
  Selection selection;

  /**
   * @param strategy the strategy's label
   * @param strongModel the strong model's command line
   * @param sameAttributes whether the weak and strong models see the same attributes
   */
  public static TrainingReport of(WeakSplit split, double[][] weakLabels, Targets targets, boolean goldTargets,
      double[][] strongOnLabelledPool, String strategy, String strongModel, boolean sameAttributes) {
    TrainingReport r = new TrainingReport();
    r.strategy = strategy;
    r.strongModel = strongModel;
    r.sameAttributes = sameAttributes;
    r.weakSliceSize = split.weakSlice().numInstances();
    r.poolSize = split.pool().numInstances();
    r.labelledPool = split.labelledInPool();
    r.goldTargets = goldTargets;
    r.targetsUsed = targets.used();
    r.selection = targets.selection();
    r.regression = split.pool().classAttribute().isNumeric();
    if (r.labelledPool > 0 && r.regression) {
      r.weakLabelError = meanSquaredError(weakLabels, split.pool(), r.labelledPool);
      r.targetError = meanSquaredError(targets.distributions(), split.pool(), r.labelledPool);
      r.strongPoolError = meanSquaredError(strongOnLabelledPool, split.pool(), r.labelledPool);
    } else if (r.labelledPool > 0) {
      r.weakLabelAccuracy = accuracy(weakLabels, split.pool(), r.labelledPool);
      r.targetAccuracy = accuracy(targets.distributions(), split.pool(), r.labelledPool);
      r.strongPoolAccuracy = accuracy(strongOnLabelledPool, split.pool(), r.labelledPool);
    }
    return r;
  }

  private static double accuracy(double[][] distributions, Instances pool, int labelled) {
    int correct = 0;
    for (int i = 0; i < labelled; i++) {
      if (Utils.maxIndex(distributions[i]) == (int) pool.instance(i).classValue()) {
        correct++;
      }
    }
    return (double) correct / labelled;
  }

  private static double meanSquaredError(double[][] predictions, Instances pool, int labelled) {
    double sum = 0;
    for (int i = 0; i < labelled; i++) {
      double e = predictions[i][0] - pool.instance(i).classValue();
      sum += e * e;
    }
    return sum / labelled;
  }

  public int weakSliceSize() {
    return weakSliceSize;
  }

  public int poolSize() {
    return poolSize;
  }

  /** Accuracy of the weak labels on the pool's gold labels; NaN without gold labels in the pool. */
  public double weakLabelAccuracy() {
    return weakLabelAccuracy;
  }

  /** Accuracy of the strategy's training targets on the pool's gold labels. */
  public double targetAccuracy() {
    return targetAccuracy;
  }

  /** Whether the class is numeric: the report then has mean squared errors instead of accuracies. */
  public boolean regression() {
    return regression;
  }

  /** Mean squared error of the weak labels on the pool's gold values (a numeric class); NaN otherwise. */
  public double weakLabelError() {
    return weakLabelError;
  }

  /** Mean squared error of the strategy's training targets on the pool's gold values (a numeric class). */
  public double targetError() {
    return targetError;
  }

  /** The strategy's choice (auto, or a strong ridge chosen by cross-fitting); null otherwise. */
  public Selection selection() {
    return selection;
  }

  /** The strategy, as its label. */
  public String strategy() {
    return strategy;
  }

  /** The strong model's command line. */
  public String strongModel() {
    return strongModel;
  }

  /** Whether the weak and strong models see the same attributes (then there is no weak-to-strong gap). */
  public boolean sameAttributes() {
    return sameAttributes;
  }

  /** What the representation analysis needs, until it runs (it runs on first use, or before serialization). */
  private transient Runnable pendingAnalysis;

  /**
   * W2SG score and PredGap of the two representations on the labelled pool (numeric only), computed
   * when first asked for: an experiment that trains many models on one split reads none of them.
   */
  public void analyzeRepresentations(WeakSplit split, Instances header, int[] weak, int[] strong,
      PrincipalSettings settings) {
    principalRule = settings.rule().toString();
    pendingAnalysis = () -> analyze(split, header, weak, strong, settings);
  }

  private void analyze(WeakSplit split, Instances header, int[] weak, int[] strong, PrincipalSettings settings) {
    if (labelledPool < 2) {
      representationNote = "fewer than two labelled pool instances";
      return;
    }
    try {
      RepresentationLayout layout = RepresentationLayout.resolve(header,
          Collections.singletonList(Range.indicesToRangeList(weak)),
          Collections.singletonList(Range.indicesToRangeList(strong)), true);
      JointStatistics stats = JointStatistics.forDimension(layout.dimension(), LinearAlgebra.preferred());
      double[] row = new double[layout.dimension()];
      for (int i = 0; i < labelledPool; i++) {
        layout.fill(split.pool().instance(i), row, i + 1, false);
        stats.add(row);
      }
      PairAnalysis pair = RepresentationAnalysis.of(stats,
          Collections.singletonList(layout.weak().get(0).columns()),
          Collections.singletonList(layout.strong().get(0).columns()), layout.labelColumns(), settings,
          weakSliceSize).pair(0, 0);
      w2sgScore = pair.score();
      w2sgFrobeniusNormalized = pair.frobeniusNormalized();
      predGap = pair.predGap();
      kWeak = pair.weak().k();
      kStrong = pair.strong().k();
    } catch (IllegalArgumentException e) {
      representationNote = e.getMessage();
    }
  }

  private void ensureAnalysed() {
    Runnable pending = pendingAnalysis;
    if (pending != null) {
      pendingAnalysis = null;
      pending.run();
    }
  }

  private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
    ensureAnalysed();
    out.defaultWriteObject();
  }

  /** The Experimenter measure of this name ({@link #MEASURES}). */
  public double measure(String name) {
    if (name.equals("measureW2SGScore") || name.equals("measureW2SGFrobeniusNormalized")
        || name.equals("measurePredGap")) {
      ensureAnalysed();
    }
    switch (name) {
      case "measureWeakSliceSize":
        return weakSliceSize;
      case "measurePoolSize":
        return poolSize;
      case "measureLabelledPoolSize":
        return labelledPool;
      case "measureWeakLabelAccuracy":
        return weakLabelAccuracy;
      case "measureTargetAccuracy":
        return targetAccuracy;
      case "measureStrongPoolAccuracy":
        return strongPoolAccuracy;
      case "measureW2SGScore":
        return w2sgScore;
      case "measureW2SGFrobeniusNormalized":
        return w2sgFrobeniusNormalized;
      case "measurePredGap":
        return predGap;
      case "measureTargetsUsed":
        return targetsUsed;
      case "measureValidationAccuracy":
        return selection == null || regression ? Double.NaN : selection.chosen().score;
      case "measureValidationMSE":
        return selection == null || !regression ? Double.NaN : selection.value(selection.chosen());
      case "measureWeakLabelMSE":
        return weakLabelError;
      case "measureTargetMSE":
        return targetError;
      case "measureStrongPoolMSE":
        return strongPoolError;
      // 0 or 1 per model, so that the Experimenter's mean over runs is a fraction of runs (a candidate's
      // row number, averaged, would mean nothing)
      case "measureChoseNaive":
        return selection == null ? Double.NaN : "naive".equals(selection.chosen().strategy) ? 1 : 0;
      case "measureChoseBelowBest":
        return selection == null ? Double.NaN : selection.choseBelowBest() ? 1 : 0;
      default:
        throw new IllegalArgumentException(name + " is not supported by WeakToStrong.");
    }
  }

  /** The report as WeakToStrong's model text shows it. */
  public String describe(int decimals) {
    ensureAnalysed();
    StringBuilder sb = new StringBuilder();
    sb.append("Weak slice (gold labels):  ").append(weakSliceSize).append(" instances\n");
    sb.append("Pool (trains the strong):  ").append(poolSize).append(" instances, ").append(labelledPool)
        .append(" with known gold labels");
    if (targetsUsed < poolSize) {
      sb.append(", ").append(targetsUsed).append(" kept by the strategy");
    }
    sb.append('\n');
    if (labelledPool > 0 && regression) {
      sb.append("\nOn the pool's gold values (mean squared error):\n");
      sb.append("  weak labels:        ").append(W2SGDigits.significant(weakLabelError)).append('\n');
      if (!goldTargets) {
        sb.append("  training targets:   ").append(W2SGDigits.significant(targetError)).append('\n');
      }
      sb.append("  strong model's fit: ").append(W2SGDigits.significant(strongPoolError)).append('\n');
    } else if (labelledPool > 0) {
      sb.append("\nOn the pool's gold labels:\n");
      sb.append("  weak labels' accuracy:        ").append(Utils.doubleToString(weakLabelAccuracy, decimals))
          .append('\n');
      if (!goldTargets) {
        sb.append("  training targets' accuracy:   ").append(Utils.doubleToString(targetAccuracy, decimals))
            .append('\n');
      }
      sb.append("  strong model's fit (accuracy): ")
          .append(Utils.doubleToString(strongPoolAccuracy, decimals)).append('\n');
    } else {
      sb.append("\nNo pool instance has a gold label: label accuracies are unknown.\n");
    }
    sb.append("\nRepresentations on the labelled pool (Xue et al.; principal dimensions by ").append(principalRule)
        .append(", as W2SGAnalysis):\n");
    if (Double.isNaN(w2sgScore)) {
      sb.append("  not computed: ").append(representationNote).append('\n');
    } else {
      // significant digits, whatever numDecimalPlaces says: scores near 1 or 0 must stay apart
      sb.append("  W2SG score ||P_s(I-P_w)||_op:  ").append(W2SGDigits.significant(w2sgScore))
          .append("  (k_weak = ").append(kWeak).append(", k_strong = ").append(kStrong).append(")\n");
      sb.append("  normalized Frobenius variant:  ")
          .append(W2SGDigits.significant(w2sgFrobeniusNormalized)).append('\n');
      sb.append("  PredGap ||P_s(I-P_w)y||^2/n:   ").append(W2SGDigits.significant(predGap))
          .append('\n');
    }
    return sb.toString();
  }
}
