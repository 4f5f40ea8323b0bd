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

import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of a cross-fitted choice among target strategies (W2SG-MATH.md section 8): each
 * candidate's validation accuracy (mean squared error for a numeric class) on the weak slice's gold
 * labels, its paired standard error against
 * the best candidate, and which one was chosen.
 */
public final class Selection implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One candidate's validation result. */
  public static final class Score implements Serializable {
    private static final long serialVersionUID = 1L;
    public final String candidate;
    /** The name of the candidate's strategy ("naive", "refine", ...), without its parameters. */
    public final String strategy;
    /**
     * The validation criterion, higher is better: accuracy for a class, minus the mean squared error
     * for a numeric target ({@link Selection#criterion}).
     */
    public final double score;
    /** Standard error of the paired difference to the best candidate (0 for the best). */
    public final double standardError;
    /** Mean squared error of the class distribution against the one-hot gold class (Brier score). */
    public final double squaredError;
    /** Whether this is its strategy's ridge (the smallest squared error), a finalist of the choice. */
    public final boolean finalist;

    public Score(String candidate, String strategy, double score, double standardError, double squaredError,
        boolean finalist) {
      this.candidate = candidate;
      this.strategy = strategy;
      this.score = score;
      this.standardError = standardError;
      this.squaredError = squaredError;
      this.finalist = finalist;
    }
  }

  /**
   * The one-standard-error rule, in the words every face uses (WeakToStrong's model text, the
   * experiment's summary, the Explorer tab).
   */
  public static final String RULE = "auto keeps the first candidate in its list (naive first) whose accuracy is"
      + " within one paired standard error of the best";

  /** The rule for a numeric class, where the criterion is the mean squared error. */
  public static final String REGRESSION_RULE = "auto keeps the first candidate in its list (naive first) whose mean"
      + " squared error is within one paired standard error of the best";

  private final List<Score> scores;
  private final int chosen;
  private final int best;
  private final int validationRows;

  private final boolean regression;

  /**
   * @param regression whether the scores are minus mean squared errors (a numeric class) rather
   *                   than accuracies
   */
  public Selection(List<Score> scores, int chosen, int validationRows, boolean regression) {
    this.regression = regression;
    this.scores = Collections.unmodifiableList(scores);
    this.chosen = chosen;
    this.validationRows = validationRows;
    // the best-scoring finalist, the first of equals (as Auto.select finds it)
    int b = -1;
    for (int i = 0; i < scores.size(); i++) {
      if (scores.get(i).finalist && (b < 0 || scores.get(i).score > scores.get(b).score)) {
        b = i;
      }
    }
    this.best = b < 0 ? chosen : b;
  }

  public List<Score> scores() {
    return scores;
  }

  public Score chosen() {
    return scores.get(chosen);
  }

  public int validationRows() {
    return validationRows;
  }

  /** The name of the validation criterion: accuracy, or mean squared error for a numeric class. */
  public String criterion() {
    return regression ? "mean squared error" : "accuracy";
  }

  /** A score's criterion as it reads: the accuracy, or the mean squared error (positive). */
  public double value(Score s) {
    return regression ? -s.score : s.score;
  }

  /** The finalist with the best validation score (the first of equals). */
  public Score best() {
    return scores.get(best);
  }

  /** Whether the one-standard-error rule kept a candidate that scored below the best. */
  public boolean choseBelowBest() {
    return chosen != best && scores.get(chosen).score < scores.get(best).score;
  }

  /**
   * Why the choice is not the best-scoring candidate, in one sentence such as "auto chose naive (0.8940),
   * not the best-scoring refine k=32 (0.9140): ..."; empty when the choice is the best-scoring one.
   */
  public String rule() {
    if (!choseBelowBest()) {
      return "";
    }
    Score c = chosen();
    Score b = best();
    return String.format(Locale.ROOT, "auto chose %s (%.4f), not the best-scoring %s (%.4f): it is within one"
        + " paired standard error (%.4f) of it, and %s.", c.candidate, value(c), b.candidate, value(b),
        c.standardError, regression ? REGRESSION_RULE : RULE);
  }

  /**
   * A table of every candidate's validation accuracy, paired standard error and squared error; "+"
   * marks each strategy's ridge (a finalist), "*" the choice; then, when the choice is not the
   * best-scoring candidate, {@link #rule()}.
   */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    int width = 9;
    for (Score s : scores) {
      width = Math.max(width, s.candidate.length());
    }
    if (regression) { // the criterion is the squared error: one column
      sb.append(String.format(Locale.ROOT, "  %-" + width + "s  %-10s  %s%n", "candidate", "MSE",
          "paired s.e. vs best"));
    } else {
      sb.append(String.format(Locale.ROOT, "  %-" + width + "s  %-8s  %-19s  %s%n", "candidate", "accuracy",
          "paired s.e. vs best", "squared error"));
    }
    for (int i = 0; i < scores.size(); i++) {
      Score s = scores.get(i);
      String mark = i == chosen ? "*" : s.finalist ? "+" : " ";
      if (regression) {
        sb.append(String.format(Locale.ROOT, "%s %-" + width + "s  %-10.4g  %.4g%n", mark, s.candidate, value(s),
            s.standardError));
      } else {
        sb.append(String.format(Locale.ROOT, "%s %-" + width + "s  %.4f    %.4f               %.4f%n", mark,
            s.candidate, s.score, s.standardError, s.squaredError));
      }
    }
    String rule = rule();
    if (!rule.isEmpty()) {
      sb.append(rule).append(System.lineSeparator());
    }
    return sb.toString();
  }
}
