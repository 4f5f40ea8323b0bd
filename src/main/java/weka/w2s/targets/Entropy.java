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

/**
 * EleutherAI/w2s's {@code entropy} loss for a head without an inner training loop: Burns et al.'s
 * confidence mix with the strong model's own soft predictions instead of its hardened ones (logconf
 * without hardening), the weight rising over the same refits.
 */
public class Entropy extends Confidence {

  private static final long serialVersionUID = 1L;

  @Override
  public String name() {
    return "entropy";
  }

  @Override
  public String label() {
    return String.format(Locale.ROOT, "entropy a=%.2g", m_weight);
  }

  @Override
  public String globalInfo() {
    return "Entropy: the strong model learns a mix of the weak labels and its own soft predictions. The mix is"
        + " (1 - a) * weak + a * strong, the weight a rising in equal steps over a few refits (the entropy loss of"
        + " EleutherAI's w2s library: the auxiliary confidence loss without hardening, which pulls the strong"
        + " model towards confident predictions of its own without fixing which class). For a numeric class"
        + " the strong model's predictions are mixed in as they are, as with confidence.";
  }

  @Override
  @OptionMetadata(displayName = "own weight", description = "The final weight a of the strong model's own soft"
      + " predictions, from 0 to 1.", commandLineParamName = "weight", commandLineParamSynopsis = "-weight <a>",
      displayOrder = 1)
  public double getWeight() {
    return m_weight;
  }

  @Override
  public void setWeight(double value) {
    m_weight = value;
  }

  /** The strong model's predictions as they are: nothing is hardened. */
  @Override
  protected double[][] own(double[][] strong, double[] weakBalance, WeakSupervision supervision) {
    return strong;
  }
}
