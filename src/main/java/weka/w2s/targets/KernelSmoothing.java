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

import weka.w2s.core.LinearProbability;
import weka.w2s.core.PrincipalPool;

/**
 * Refinement by principal-kernel smoothing (W2SG-MATH.md section 6): the weak labels projected by the
 * strong principal kernel P_s of Xue et al., mean(q) + P_s (q - mean(q)), clipped at zero and
 * normalised. Weak-label errors outside the strong principal span are the ones a strong ridge head
 * does not learn anyway; this removes them from the targets before it learns.
 */
public class KernelSmoothing extends PrincipalStrategy {

  private static final long serialVersionUID = 1L;

  public KernelSmoothing() {
    resetOptions();
  }

  @Override
  public boolean dependsOnHead() {
    return false;
  }

  @Override
  public String name() {
    return "kernel";
  }

  @Override
  public String label() {
    return "kernel" + ruleLabel();
  }

  @Override
  public String globalInfo() {
    return "Principal-kernel smoothing: the strong model learns the part of the weak labels it can learn"
        + " (Xue, Li and Mirzasoleiman, ICML 2025). The weak labels are projected by the strong model's"
        + " principal kernel P_s (mean(q) + P_s (q - mean(q))), clipped at zero and normalised to class"
        + " distributions (for a numeric class the projected values themselves), and the strong model learns"
        + " these.";
  }

  @Override
  public Targets build(WeakSupervision supervision) {
    PrincipalPool pool = supervision.principalPool(principalSettings(), name());
    double[][] scores = pool.smooth(supervision.weakLabels());
    for (int i = 0; !supervision.regression() && i < scores.length; i++) {
      scores[i] = LinearProbability.clipAndNormalise(scores[i]); // the same mapping as the strong head's own
    }
    return Targets.of(scores, supervision);
  }
}
