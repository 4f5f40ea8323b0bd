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

import weka.core.OptionMetadata;

/**
 * Strong-to-strong rounds: the strong model, trained on the weak labels, relabels the pool with
 * cross-fitted predictions, and learns those; repeated for a number of rounds.
 */
public class StrongToStrong extends TargetStrategy {

  private static final long serialVersionUID = 1L;

  protected int m_rounds;

  public StrongToStrong() {
    resetOptions();
  }

  @Override
  protected void resetOptions() {
    m_rounds = 1;
  }

  @Override
  public String name() {
    return "rounds";
  }

  @Override
  public String label() {
    return "rounds " + m_rounds;
  }

  @Override
  public String globalInfo() {
    return "Strong-to-strong rounds: the strong model relabels the pool with its own predictions and learns"
        + " those. It first learns the weak labels, then labels each pool instance by a fit that did not see it"
        + " (cross-fitting); after the given number of rounds the last labels are the targets. What the strong model"
        + " cannot fit across instances (isolated weak-label errors) fades with every round.";
  }

  @OptionMetadata(displayName = "rounds", description = "The number of relabelling rounds (at least 1).",
      commandLineParamName = "rounds", commandLineParamSynopsis = "-rounds <n>", displayOrder = 1)
  public int getRounds() {
    return m_rounds;
  }

  public void setRounds(int value) {
    m_rounds = value;
  }

  @Override
  public void validate() {
    if (m_rounds < 1) {
      throw new IllegalArgumentException("The number of strong-to-strong rounds must be at least 1, got " + m_rounds
          + ".");
    }
  }

  @Override
  public Targets build(WeakSupervision supervision) throws Exception {
    Targets targets = Targets.of(supervision.weakLabels(), supervision);
    if (supervision.poolSize() < StrongHead.CROSS_FIT_FOLDS) {
      return targets;
    }
    for (int round = 0; round < m_rounds; round++) {
      targets = Targets.of(supervision.head().crossFitted(targets, supervision.strongPool(), StrongHead.CROSS_FIT_FOLDS,
          supervision.seed() + round), supervision);
    }
    return targets;
  }
}
