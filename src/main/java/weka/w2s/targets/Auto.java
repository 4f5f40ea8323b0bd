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
import java.util.Locale;

import weka.core.Instances;
import weka.core.OptionMetadata;
import weka.w2s.core.ClassBalance;

/**
 * The cross-fitted choice of a strategy and its strength (W2SG-MATH.md section 8). The weak slice is
 * cut into folds; for each fold a weak model trained on the other folds labels the pool, every
 * candidate (a strategy with a strong-head ridge) builds its targets from those labels, the strong
 * head learns them, and the fold's gold labels score it. Fold rows were never seen by the weak model
 * that made the targets nor by the strong model, and the pool's and the test set's gold labels are
 * never used. The simplest candidate within one paired standard error of the best is chosen and
 * rebuilt from the weak model of the whole slice.
 */
public class Auto extends TargetStrategy {

  private static final long serialVersionUID = 1L;

  protected TargetStrategy[] m_candidates;
  protected int m_folds;

  public Auto() {
    resetOptions();
  }

  @Override
  protected void resetOptions() {
    Refine small = new Refine();
    small.setK(8);
    Refine large = new Refine();
    large.setK(32);
    m_candidates = new TargetStrategy[] {new Naive(), new Confidence(), small, large, new KernelSmoothing(),
      new ProbeFilter(), new StrongToStrong()};
    m_folds = 5;
  }

  /**
   * The cross-fitted choice of the strong head's ridge alone, for a fixed strategy: what weak-to-strong
   * training does when the strong head would otherwise choose its ridge on the weak labels.
   */
  public static Auto choosingRidgeOf(TargetStrategy strategy) {
    Auto auto = new Auto();
    auto.setCandidates(new TargetStrategy[] {strategy});
    return auto;
  }

  @Override
  public String name() {
    return "auto";
  }

  @Override
  public String globalInfo() {
    return "Chooses the target strategy and its strength by cross-fitted validation on the weak slice's gold"
        + " labels only. For each fold of the weak slice, a weak model trained on the other folds labels the"
        + " pool; each candidate strategy builds its targets and trains the strong head (at each ridge of its grid"
        + " when the strong head chooses its ridge automatically), which is scored on the fold's gold labels."
        + " Each strategy takes the ridge with the smallest squared error of its class distribution (Brier score;"
        + " for a numeric class of its prediction); among the strategies at their ridges, the simplest (the first"
        + " in the list; naive comes first) whose accuracy (for a numeric class: mean squared error) is within one"
        + " paired standard error of the best wins and is rebuilt with the"
        + " weak model of the whole slice. Candidates that need a numeric strong representation are skipped"
        + " when it is not numeric.";
  }

  @OptionMetadata(displayName = "candidates", description = "The candidate strategies, simplest first (ties go"
      + " to the earlier one); naive should be among them.", commandLineParamName = "C",
      commandLineParamSynopsis = "-C <strategy specification> (repeatable)", displayOrder = 1)
  public TargetStrategy[] getCandidates() {
    return m_candidates;
  }

  public void setCandidates(TargetStrategy[] value) {
    m_candidates = value;
  }

  @OptionMetadata(displayName = "folds", description = "The number of folds of the weak slice (at least 2).",
      commandLineParamName = "folds", commandLineParamSynopsis = "-folds <K>", displayOrder = 2)
  public int getFolds() {
    return m_folds;
  }

  public void setFolds(int value) {
    m_folds = value;
  }

  @Override
  public void validate() {
    if (m_candidates == null || m_candidates.length == 0) {
      throw new IllegalArgumentException("Auto needs at least one candidate strategy.");
    }
    for (TargetStrategy s : m_candidates) {
      if (s instanceof Auto || s instanceof Gold) {
        throw new IllegalArgumentException("Auto's candidates learn from weak labels: " + s.name()
            + " cannot be one.");
      }
      s.validate();
    }
    if (m_folds < 2) {
      throw new IllegalArgumentException("Auto needs at least 2 folds, got " + m_folds + ".");
    }
  }

  @Override
  public String regressionProblem() {
    for (TargetStrategy s : m_candidates) {
      if (s.regressionProblem() != null) {
        return "auto's candidate " + s.regressionProblem();
      }
    }
    return null;
  }

  @Override
  public Targets build(WeakSupervision supervision) throws Exception {
    List<TargetStrategy> strategies = new ArrayList<>();
    for (TargetStrategy s : m_candidates) {
      if (!s.needsNumericStrong() || supervision.hasNumericStrong()) {
        strategies.add(s);
      }
    }
    if (strategies.isEmpty()) {
      throw new IllegalArgumentException("None of auto's candidates can use these strong attributes (they need a"
          + " numeric strong representation); add naive to the candidates.");
    }
    int variants = supervision.head().ridgeVariants().size();
    List<ValidationFold> folds = supervision.crossFit(m_folds, supervision.seed());
    if (folds.isEmpty()) {
      throw new IllegalArgumentException(tooSmallToCrossFit(m_folds));
    }
    int candidates = strategies.size() * variants;
    boolean regression = supervision.regression();
    List<double[]> gain = new ArrayList<>();
    List<double[]> squaredError = new ArrayList<>();
    for (int c = 0; c < candidates; c++) {
      gain.add(new double[0]);
      squaredError.add(new double[0]);
    }
    for (ValidationFold fold : folds) {
      Instances validation = fold.validation();
      List<StrongHead> heads = fold.supervision().head().ridgeVariants();
      for (int s = 0; s < strategies.size(); s++) {
        TargetStrategy strategy = strategies.get(s);
        Targets shared = strategy.dependsOnHead() ? null : strategy.build(fold.supervision());
        for (int v = 0; v < variants; v++) {
          Targets t = shared != null ? shared.withHead(heads.get(v))
              : strategy.build(fold.supervision().withHead(heads.get(v)));
          double[][] p = t.head().fit(t).distributions(validation);
          double[] gains = new double[p.length];
          double[] errors = new double[p.length];
          for (int i = 0; i < p.length; i++) {
            double gold = validation.instance(i).classValue();
            for (int k = 0; k < p[i].length; k++) {
              double e = p[i][k] - (regression ? gold : k == (int) gold ? 1 : 0);
              errors[i] += e * e;
            }
            // the criterion, higher is better: a hit for a class, minus the squared error for a number
            gains[i] = regression ? -errors[i] : ClassBalance.argmax(p[i]) == (int) gold ? 1 : 0;
          }
          int index = s * variants + v;
          gain.set(index, concat(gain.get(index), gains));
          squaredError.set(index, concat(squaredError.get(index), errors));
        }
      }
    }
    List<StrongHead> heads = supervision.head().ridgeVariants();
    Selection selection = select(strategies, heads, gain, squaredError, regression);
    int chosen = selection.scores().indexOf(selection.chosen());
    TargetStrategy strategy = strategies.get(chosen / variants);
    Targets targets = strategy.build(supervision.withHead(heads.get(chosen % variants)));
    return targets.withSelection(selection);
  }

  /** The refusal of a weak slice with no fold whose complement has two classes. */
  public static String tooSmallToCrossFit(int folds) {
    return "The weak slice is too small to cross-fit " + folds + " folds (each training part needs two classes);"
        + " enlarge the weak slice or use a fixed strategy.";
  }

  /**
   * The choice in two steps. Each strategy's ridge is the one with the smallest cross-fitted squared
   * error of its prediction (the Brier score of a class distribution; ties to the larger ridge, listed
   * first): the loss the head minimises and the rule the reference models follow with leave-one-out,
   * where accuracy would hardly tell a ridge that shrinks the head to the class prior from one that
   * does not. Among the strategies, each at its ridge, the first (naive first) whose criterion
   * (accuracy; minus the mean squared error for a numeric class) is within one paired standard error
   * of the best wins.
   *
   * @param gain per candidate, each validation row's criterion (1/0 for a hit, or minus the squared error)
   */
  static Selection select(List<TargetStrategy> strategies, List<StrongHead> heads, List<double[]> gain,
      List<double[]> squaredError, boolean regression) {
    int variants = heads.size();
    int m = gain.get(0).length;
    double[] score = new double[gain.size()];
    double[] brier = new double[gain.size()];
    for (int c = 0; c < score.length; c++) {
      score[c] = Arrays.stream(gain.get(c)).sum() / m;
      brier[c] = Arrays.stream(squaredError.get(c)).sum() / m;
    }
    int[] ridgeOf = new int[strategies.size()];
    int best = -1;
    for (int s = 0; s < strategies.size(); s++) {
      int r = s * variants;
      for (int v = 1; v < variants; v++) {
        if (brier[s * variants + v] < brier[r]) {
          r = s * variants + v;
        }
      }
      ridgeOf[s] = r;
      if (best < 0 || score[r] > score[best]) {
        best = r;
      }
    }
    int chosen = -1;
    List<Selection.Score> scores = new ArrayList<>();
    for (int c = 0; c < score.length; c++) {
      double se = pairedStandardError(gain.get(best), gain.get(c));
      String variant = heads.get(c % variants).variant();
      boolean finalist = ridgeOf[c / variants] == c;
      scores.add(new Selection.Score(strategies.get(c / variants).label() + (variant.isEmpty() ? "" : ", "
          + variant), strategies.get(c / variants).name(), score[c], se, brier[c], finalist));
      if (chosen < 0 && finalist && score[c] >= score[best] - se) {
        chosen = c;
      }
    }
    return new Selection(scores, chosen, m, regression);
  }

  /** Standard error of the mean of the paired differences a_i - b_i. */
  static double pairedStandardError(double[] a, double[] b) {
    int m = a.length;
    if (m < 2) {
      return 0;
    }
    double[] d = new double[m];
    double mean = 0;
    for (int i = 0; i < m; i++) {
      d[i] = a[i] - b[i];
      mean += d[i] / m;
    }
    double ss = 0;
    for (double v : d) {
      ss += (v - mean) * (v - mean);
    }
    return Math.sqrt(ss / (m - 1) / m);
  }

  private static double[] concat(double[] a, double[] b) {
    double[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Override
  public String label() {
    return String.format(Locale.ROOT, "auto (%d candidates, %d folds)", m_candidates.length, m_folds);
  }
}
