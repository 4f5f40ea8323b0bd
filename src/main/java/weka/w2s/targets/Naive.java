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
import weka.w2s.core.ClassBalance;

/** Naive weak-to-strong training: the strong model fits the weak labels. */
public class Naive extends TargetStrategy {

  private static final long serialVersionUID = 1L;

  protected boolean m_hardLabels;

  public Naive() {
    resetOptions();
  }

  @Override
  protected void resetOptions() {
    m_hardLabels = false;
  }

  @Override
  public boolean dependsOnHead() {
    return false;
  }

  @Override
  public String name() {
    return "naive";
  }

  @Override
  public String label() {
    return m_hardLabels ? "naive hard" : "naive";
  }

  @Override
  public String globalInfo() {
    return "Naive weak-to-strong training: the strong model fits the weak model's labels (its class"
        + " distributions, or its most likely class; for a numeric class its predictions). Somerstep and others show that it inherits the weak model's"
        + " errors; it is the baseline every other strategy is compared with.";
  }

  @OptionMetadata(displayName = "hard labels", description = "Fit the weak model's most likely class instead"
      + " of its class distribution.", commandLineParamName = "hard-labels",
      commandLineParamSynopsis = "-hard-labels", commandLineParamIsFlag = true, displayOrder = 1)
  public boolean getHardLabels() {
    return m_hardLabels;
  }

  public void setHardLabels(boolean value) {
    m_hardLabels = value;
  }

  @Override
  public String regressionProblem() {
    return m_hardLabels ? "naive -hard-labels takes the weak model's most likely class, and a numeric class has"
        + " none" : null;
  }

  @Override
  public Targets build(WeakSupervision supervision) {
    double[][] weak = supervision.weakLabels();
    return Targets.of(m_hardLabels ? ClassBalance.mostLikely(weak) : weak, supervision);
  }
}
