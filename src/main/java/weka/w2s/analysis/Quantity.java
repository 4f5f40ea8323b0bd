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

package weka.w2s.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import weka.w2s.core.PairAnalysis;

/**
 * The quantities of a (weak, strong) pair's analysis (W2SG-MATH.md sections 2-4): the one list the
 * table, the JSON, -rank-by, the Explorer tab's table, the KnowledgeFlow step's Instances and the
 * score chart use, each quantity with its names there (the table's short key, the JSON key, and
 * the -rank-by name of the four a ranking can use).
 */
public enum Quantity {
  SCORE("score", "w2sg_score", "score", "||P_s (I - P_w)||_op, label-free; smaller predicts better", false,
      PairAnalysis::score),
  FROB_NORM("frob_norm", "w2sg_frobenius_normalized", "frobenius_normalized",
      "fraction of the strong principal kernel the weak one misses", false, PairAnalysis::frobeniusNormalized),
  FROBENIUS("frobenius", "w2sg_frobenius", null, "||P_s (I - P_w)||_F^2", false, PairAnalysis::frobenius),
  EXP_GAP("exp_gap", "w2sg_expected_gap", "expected_gap",
      "prediction gap expected for a label drawn from the strong kernel", false, PairAnalysis::expectedGap),
  CKA("cka", "linear_cka", "cka",
      "linear CKA of the two representations, label-free; smaller (more dissimilar) predicts more gain", false,
      PairAnalysis::cka),
  PRED_GAP("pred_gap", "pred_gap", "pred_gap", "||P_s (I - P_w) y||^2 / n with the gold labels", true,
      PairAnalysis::predGap),
  WEAK_RES("weak_res", "weak_residual", null, "in-sample mean squared residual ||(I - P_w) y||^2 / n of the weak head", true,
      PairAnalysis::weakResidual),
  CEIL_RES("ceil_res", "ceiling_residual", null, "in-sample mean squared residual ||(I - P_s) y||^2 / n of the strong ceiling", true,
      PairAnalysis::ceilingResidual),
  WEAK_CV("weak_cv", "weak_cv_error", null,
      "the weak head's generalized cross-validation error, weak_res / (1 - tr(P_w) / n)^2", true,
      PairAnalysis::weakCrossValidated),
  MISFIT("misfit", "misfit", "misfit",
      "||(I - P_s) P_w y||^2 / n, the strong head's misfit on the weak labels; larger predicts more gain", true,
      PairAnalysis::misfit),
  PRED_ERR("pred_err", "predicted_error", "predicted_error",
      "weak_cv - misfit, the W2S error Charikar et al.'s bound predicts", true, PairAnalysis::predictedError),
  K_W("k_w", "k_weak", null, "principal dimension of the weak representation", false, a -> a.weak().k()),
  K_S("k_s", "k_strong", null, "principal dimension of the strong representation", false, a -> a.strong().k()),
  GAMMA_W("gamma_w", "gamma_weak", null, "tail eigenvalue sum over m_w of the weak representation", false,
      a -> a.weak().gamma()),
  GAMMA_S("gamma_s", "gamma_strong", null, "tail eigenvalue sum over n of the strong representation", false,
      a -> a.strong().gamma()),
  LAMBDA1_W("lambda1_w", null, null, "largest covariance eigenvalue of the weak representation", false,
      a -> a.weak().eigenvalues()[0]),
  LAMBDA1_S("lambda1_s", null, null, "largest covariance eigenvalue of the strong representation", false,
      a -> a.strong().eigenvalues()[0]);

  /** The -rank-by name of {@link #defaultRanking}, whichever quantity that is for the labels given. */
  public static final String DEFAULT_RANKING = "default";

  private final String key;
  private final String jsonKey;
  private final String rankName;
  private final String description;
  private final boolean needsLabels;
  private final ToDoubleFunction<PairAnalysis> value;

  Quantity(String key, String jsonKey, String rankName, String description, boolean needsLabels,
      ToDoubleFunction<PairAnalysis> value) {
    this.key = key;
    this.jsonKey = jsonKey;
    this.rankName = rankName;
    this.description = description;
    this.needsLabels = needsLabels;
    this.value = value;
  }

  /** The key of W2SGAnalysis -json (the leading eigenvalues are in its eigenvalue lists instead: null). */
  public String jsonKey() {
    return jsonKey;
  }

  /** The name -rank-by takes, or null for a quantity no ranking uses. */
  public String rankName() {
    return rankName;
  }

  public boolean needsLabels() {
    return needsLabels;
  }

  /**
   * The default ranking, chosen on the whole suite of docs/predictors.md (13 real tasks, never per
   * task) as the quantity with the best mean Spearman against the naive student's W2S test error:
   * with labels PredGap, without them the expected gap, the best label-free one.
   */
  public static Quantity defaultRanking(boolean labels) {
    return labels ? PRED_GAP : EXP_GAP;
  }

  /** The quantity of a -rank-by name, or null for {@value #DEFAULT_RANKING}. */
  public static Quantity forRankChoice(String name) {
    return DEFAULT_RANKING.equals(name) ? null : forRankName(name);
  }

  /** "default", then the -rank-by names of the rankable quantities: the choices a ranking offers. */
  public static List<String> rankChoices() {
    List<String> names = new ArrayList<>();
    names.add(DEFAULT_RANKING);
    for (Quantity q : rankable()) {
      names.add(q.rankName);
    }
    return names;
  }

  /** The quantities a ranking can use, by their -rank-by names. */
  public static List<Quantity> rankable() {
    List<Quantity> out = new ArrayList<>();
    for (Quantity q : values()) {
      if (q.rankName != null) {
        out.add(q);
      }
    }
    return out;
  }

  /** The quantity of a -rank-by name. */
  public static Quantity forRankName(String name) {
    for (Quantity q : rankable()) {
      if (q.rankName.equals(name)) {
        return q;
      }
    }
    throw new IllegalArgumentException("-rank-by must be one of " + String.join(", ", rankChoices()) + ", got "
        + name + ".");
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

  /** How a ranking by this quantity reads, for the tables' headings. */
  public String ordering() {
    return this == MISFIT ? "a larger misfit predicts a larger gain over the weak model"
        : "a smaller " + rankName + " predicts better weak-to-strong generalization";
  }

  /**
   * A value of this quantity turned so that smaller predicts better weak-to-strong generalization
   * (a smaller W2S error): the misfit, whose larger values predict more gain, is negated. Rankings
   * sort by it and rank correlations with the W2S error use it, so +1 always means "ranks the
   * candidates as their W2S errors do".
   */
  public double oriented(double value) {
    return this == MISFIT ? -value : value;
  }

  /** The columns an analysis with or without labels has, in table order. */
  public static List<Quantity> present(boolean labels) {
    List<Quantity> out = new ArrayList<>();
    for (Quantity c : values()) {
      if (labels || !c.needsLabels) {
        out.add(c);
      }
    }
    return out;
  }
}
