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

  /** The rules for the principal dimension; the IDs are {@link PrincipalRule.Kind}'s ordinals. */
  public static final Tag[] TAGS_RULE = Tags.principalRules();

  protected int m_principalRule = PrincipalRule.Kind.AUTOMATIC.ordinal();
  protected double m_principalVariance = PrincipalSettings.DEFAULT_VARIANCE;
  protected int m_principalK = DEFAULT_K;

  /** The k of the fixed rule until one is set. */
  public static final int DEFAULT_K = 10;

  @Override
  protected void resetOptions() {
    m_principalRule = PrincipalRule.Kind.AUTOMATIC.ordinal();
    m_principalVariance = PrincipalSettings.DEFAULT_VARIANCE;
    m_principalK = DEFAULT_K;
  }

  @Override
  public boolean needsNumericStrong() {
    return true;
  }

  @OptionMetadata(displayName = "principal rule", description = "How the strong principal dimension is chosen:"
      + " auto (Gavish and Donoho's threshold), variance (a variance fraction) or fixed (a fixed k).",
      commandLineParamName = "principal", commandLineParamSynopsis = "-principal <auto|variance|fixed>",
      displayOrder = 20)
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

  @OptionMetadata(displayName = "principal k", description = "With the fixed rule, the principal dimension k, at"
      + " least 1 (clamped to the strong representation's rank).", commandLineParamName = "principal-k",
      commandLineParamSynopsis = "-principal-k <k>", displayOrder = 22)
  public int getPrincipalK() {
    return m_principalK;
  }

  public void setPrincipalK(int value) {
    m_principalK = value;
  }

  @Override
  public void validate() {
    // the one check of each number, even while another rule is chosen
    PrincipalRule.variance(m_principalVariance);
    PrincipalRule.fixed(m_principalK);
  }

  private PrincipalRule.Kind kind() {
    return PrincipalRule.Kind.values()[m_principalRule];
  }

  /** The settings of the strong principal space. */
  public PrincipalSettings principalSettings() {
    return PrincipalSettings.defaults().withRule(PrincipalRule.of(kind(), m_principalK, m_principalVariance));
  }

  protected String ruleLabel() {
    switch (kind()) {
      case VARIANCE:
        return " rho=" + m_principalVariance;
      case FIXED:
        return " k_s=" + m_principalK;
      default:
        return "";
    }
  }
}
