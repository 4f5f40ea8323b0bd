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
import weka.core.SelectedTag;
import weka.core.Tag;
import weka.w2s.options.Tags;
import weka.w2s.core.PrincipalRule;
import weka.w2s.core.PrincipalSettings;

/** A strategy that works in the strong principal space, with the rule that chooses its dimension. */
public abstract class PrincipalStrategy extends TargetStrategy {

  private static final long serialVersionUID = 1L;

  public static final int RULE_AUTOMATIC = 0;
  public static final int RULE_VARIANCE = 1;
  public static final Tag[] TAGS_RULE = {
    new Tag(RULE_AUTOMATIC, "auto", "auto"),
    new Tag(RULE_VARIANCE, "variance", "variance"),
  };

  protected int m_principalRule = RULE_AUTOMATIC;
  protected double m_principalVariance = 0.9;

  @Override
  protected void resetOptions() {
    m_principalRule = RULE_AUTOMATIC;
    m_principalVariance = 0.9;
  }

  @Override
  public boolean needsNumericStrong() {
    return true;
  }

  @OptionMetadata(displayName = "principal rule", description = "How the strong principal dimension is chosen:"
      + " auto (Gavish and Donoho's threshold) or variance (a variance fraction).", commandLineParamName = "principal",
      commandLineParamSynopsis = "-principal <auto|variance>", displayOrder = 20)
  public SelectedTag getPrincipalRule() {
    return new SelectedTag(m_principalRule, TAGS_RULE);
  }

  public void setPrincipalRule(SelectedTag value) {
    m_principalRule = Tags.idOf(value, TAGS_RULE);
  }

  @OptionMetadata(displayName = "variance fraction", description = "With the variance rule, the fraction of the"
      + " strong representation's variance the principal space keeps, in (0, 1].", commandLineParamName = "variance",
      commandLineParamSynopsis = "-variance <rho>", displayOrder = 21)
  public double getPrincipalVariance() {
    return m_principalVariance;
  }

  public void setPrincipalVariance(double value) {
    m_principalVariance = value;
  }

  @Override
  public void validate() {
    PrincipalRule.variance(m_principalVariance); // the one check of rho, even while the automatic rule is chosen
  }

  /** The settings of the strong principal space. */
  public PrincipalSettings principalSettings() {
    return PrincipalSettings.defaults().withRule(m_principalRule == RULE_VARIANCE
        ? PrincipalRule.variance(m_principalVariance) : PrincipalRule.automatic());
  }

  protected String ruleLabel() {
    return m_principalRule == RULE_VARIANCE ? " rho=" + m_principalVariance : "";
  }
}
