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
 * candidate's validation accuracy on the weak slice's gold labels, its paired standard error against
 * the best candidate, and which one was chosen.
 */
public final class Selection implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One candidate's validation result. */
  public static final class Score implements Serializable {
    private static final long serialVersionUID = 1L;
    public final String candidate;
    public final double accuracy;
    /** Standard error of the paired difference to the best candidate (0 for the best). */
    public final double standardError;
    /** Mean squared error of the class distribution against the one-hot gold class (Brier score). */
    public final double squaredError;
    /** Whether this is its strategy's ridge (the smallest squared error), a finalist of the choice. */
    public final boolean finalist;

    public Score(String candidate, double accuracy, double standardError, double squaredError, boolean finalist) {
      this.candidate = candidate;
      this.accuracy = accuracy;
      this.standardError = standardError;
      this.squaredError = squaredError;
      this.finalist = finalist;
    }
  }

  private final List<Score> scores;
  private final int chosen;
  private final int validationRows;

  public Selection(List<Score> scores, int chosen, int validationRows) {
    this.scores = Collections.unmodifiableList(scores);
    this.chosen = chosen;
    this.validationRows = validationRows;
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

  /**
   * A table of every candidate's validation accuracy, paired standard error and squared error; "+"
   * marks each strategy's ridge (a finalist), "*" the choice.
   */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    int width = 9;
    for (Score s : scores) {
      width = Math.max(width, s.candidate.length());
    }
    sb.append(String.format(Locale.ROOT, "  %-" + width + "s  %-8s  %-19s  %s%n", "candidate", "accuracy",
        "paired s.e. vs best", "squared error"));
    for (int i = 0; i < scores.size(); i++) {
      Score s = scores.get(i);
      sb.append(String.format(Locale.ROOT, "%s %-" + width + "s  %.4f    %.4f               %.4f%n",
          i == chosen ? "*" : s.finalist ? "+" : " ", s.candidate, s.accuracy, s.standardError, s.squaredError));
    }
    return sb.toString();
  }
}
