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

package weka.w2s.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import weka.w2s.core.PairAnalysis;

/**
 * The numeric columns of the ranking, named as in W2SGAnalysis's table (docs/cli.md): the one list
 * the tab's table, the step's Instances and the score chart use.
 */
public enum RankingColumn {
  SCORE("score", "||P_s (I - P_w)||_op, label-free; smaller predicts better", false, PairAnalysis::score),
  FROB_NORM("frob_norm", "fraction of the strong principal kernel the weak one misses", false,
      PairAnalysis::frobeniusNormalized),
  FROBENIUS("frobenius", "||P_s (I - P_w)||_F^2", false, PairAnalysis::frobenius),
  EXP_GAP("exp_gap", "prediction gap expected for a label drawn from the strong kernel", false,
      PairAnalysis::expectedGap),
  PRED_GAP("pred_gap", "||P_s (I - P_w) y||^2 / n with the gold labels", true, PairAnalysis::predGap),
  WEAK_ERR("weak_err", "in-sample error estimate of the weak head", true, PairAnalysis::weakError),
  CEIL_ERR("ceil_err", "in-sample error estimate of the strong ceiling", true, PairAnalysis::ceilingError),
  K_W("k_w", "principal dimension of the weak representation", false, a -> a.weak().k()),
  K_S("k_s", "principal dimension of the strong representation", false, a -> a.strong().k()),
  GAMMA_W("gamma_w", "tail eigenvalue sum over m_w of the weak representation", false, a -> a.weak().gamma()),
  GAMMA_S("gamma_s", "tail eigenvalue sum over n of the strong representation", false, a -> a.strong().gamma()),
  LAMBDA1_W("lambda1_w", "largest covariance eigenvalue of the weak representation", false,
      a -> a.weak().eigenvalues()[0]),
  LAMBDA1_S("lambda1_s", "largest covariance eigenvalue of the strong representation", false,
      a -> a.strong().eigenvalues()[0]);

  private final String key;
  private final String description;
  private final boolean needsLabels;
  private final ToDoubleFunction<PairAnalysis> value;

  RankingColumn(String key, String description, boolean needsLabels, ToDoubleFunction<PairAnalysis> value) {
    this.key = key;
    this.description = description;
    this.needsLabels = needsLabels;
    this.value = value;
  }

  /** The column's name in W2SGAnalysis's table. */
  public String key() {
    return key;
  }

  public String description() {
    return description;
  }

  public boolean isInteger() {
    return this == K_W || this == K_S;
  }

  public double value(PairAnalysis analysis) {
    return value.applyAsDouble(analysis);
  }

  /** The columns an analysis with or without labels has, in table order. */
  public static List<RankingColumn> present(boolean labels) {
    List<RankingColumn> out = new ArrayList<>();
    for (RankingColumn c : values()) {
      if (labels || !c.needsLabels) {
        out.add(c);
      }
    }
    return out;
  }
}
