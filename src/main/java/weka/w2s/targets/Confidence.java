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

import java.util.Locale;

import weka.core.OptionMetadata;
import weka.w2s.core.ClassBalance;

/**
 * Burns et al.'s auxiliary confidence loss for a head without an inner training loop (W2SG-MATH.md
 * section 5): a few refits on (1 - a) weak + a hardened strong predictions, a rising in equal steps
 * to its maximum.
 */
public class Confidence extends TargetStrategy {

  private static final long serialVersionUID = 1L;

  protected double m_weight;
  protected int m_rounds;

  public Confidence() {
    resetOptions();
  }

  @Override
  protected void resetOptions() {
    m_weight = 0.5;
    m_rounds = 3;
  }

  @Override
  public String name() {
    return "confidence";
  }

  @Override
  public String label() {
    return String.format(Locale.ROOT, "confidence a=%.2g", m_weight);
  }

  @Override
  public String globalInfo() {
    return "Auxiliary confidence: the strong model learns a mix of the weak labels and its own hardened"
        + " predictions (Burns and others, 2023). The mix is (1 - a) * weak + a * hardened strong, so that it"
        + " can overrule weak labels it confidently disagrees with (the auxiliary confidence loss). Hardening keeps the weak labels' class balance (two classes: a"
        + " threshold at that quantile; more classes: the most likely class). For a numeric class the strong"
        + " model's own predictions are mixed in as they are. For a head without an inner"
        + " training loop the weight a rises in equal steps over a few refits, from a / rounds to a.";
  }

  @OptionMetadata(displayName = "confidence weight", description = "The final weight a of the strong model's own"
      + " hardened predictions, from 0 to 1; Burns and others use a half to three quarters.", commandLineParamName = "weight",
      commandLineParamSynopsis = "-weight <a>", displayOrder = 1)
  public double getWeight() {
    return m_weight;
  }

  public void setWeight(double value) {
    m_weight = value;
  }

  @OptionMetadata(displayName = "rounds", description = "The number of refits over which the weight rises to"
      + " its final value (at least 1).", commandLineParamName = "rounds", commandLineParamSynopsis = "-rounds <n>",
      displayOrder = 2)
  public int getRounds() {
    return m_rounds;
  }

  public void setRounds(int value) {
    m_rounds = value;
  }

  @Override
  public void validate() {
    if (!(m_weight >= 0 && m_weight <= 1)) {
      throw new IllegalArgumentException("The " + name() + " weight must lie in [0, 1], got " + m_weight + ".");
    }
    if (m_rounds < 1) {
      throw new IllegalArgumentException("The number of " + name() + " rounds must be at least 1, got " + m_rounds
          + ".");
    }
  }

  /**
   * The strong model's own targets mixed into the weak labels: its predictions hardened to the weak
   * labels' class balance; a numeric prediction has nothing to harden and is mixed in as it is.
   */
  protected double[][] own(double[][] strong, double[] weakBalance, WeakSupervision supervision) {
    return supervision.regression() ? strong : ClassBalance.harden(strong, weakBalance);
  }

  @Override
  public Targets build(WeakSupervision supervision) throws Exception {
    double[][] weak = supervision.weakLabels();
    double[] weakBalance = ClassBalance.mean(weak);
    Targets targets = Targets.of(weak, supervision);
    for (int round = 1; round <= m_rounds; round++) {
      double[][] strong = supervision.head().fit(targets).distributions(supervision.strongPool());
      double[][] own = own(strong, weakBalance, supervision);
      double a = m_weight * round / m_rounds;
      double[][] mixed = new double[weak.length][];
      for (int i = 0; i < weak.length; i++) {
        mixed[i] = new double[weak[i].length];
        for (int c = 0; c < mixed[i].length; c++) {
          mixed[i][c] = (1 - a) * weak[i][c] + a * own[i][c];
        }
      }
      targets = Targets.of(mixed, supervision);
    }
    return targets;
  }
}
