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
 * The product target of openai/weak-to-strong's {@code product} loss: the weak label's distribution
 * to the power alpha times the strong model's own (cross-fitted) prediction to the power beta,
 * renormalised.
 */
public class Product extends TargetStrategy {

  private static final long serialVersionUID = 1L;

  protected double m_alpha;
  protected double m_beta;

  public Product() {
    resetOptions();
  }

  @Override
  protected void resetOptions() {
    m_alpha = 1;
    m_beta = 1;
  }

  @Override
  public String name() {
    return "product";
  }

  @Override
  public String label() {
    return String.format(Locale.ROOT, "product a=%.2g b=%.2g", m_alpha, m_beta);
  }

  @Override
  public String globalInfo() {
    return "Product: the strong model learns the weak label's distribution times its own prediction, each to a"
        + " power, renormalised. For each pool instance the target is the weak label's class distribution to"
        + " the power alpha times the strong model's prediction to the power beta (the product loss of"
        + " openai/weak-to-strong, Burns and others, 2023). Where both agree the target sharpens, where they"
        + " disagree it softens. The strong model's prediction is cross-fitted on the weak labels (each"
        + " instance from a fit that did not see it), since a head without an inner training loop has no"
        + " 'current prediction' of its own; where the two distributions share no class the weak label is"
        + " kept. A distribution needs classes: not for a numeric class.";
  }

  @OptionMetadata(displayName = "alpha", description = "The weak label's exponent, at least 0 (1 by default).",
      commandLineParamName = "alpha", commandLineParamSynopsis = "-alpha <a>", displayOrder = 1)
  public double getAlpha() {
    return m_alpha;
  }

  public void setAlpha(double value) {
    m_alpha = value;
  }

  @OptionMetadata(displayName = "beta", description = "The strong prediction's exponent, at least 0 (1 by"
      + " default).", commandLineParamName = "beta", commandLineParamSynopsis = "-beta <b>", displayOrder = 2)
  public double getBeta() {
    return m_beta;
  }

  public void setBeta(double value) {
    m_beta = value;
  }

  @Override
  public void validate() {
    if (!(m_alpha >= 0) || Double.isInfinite(m_alpha)) {
      throw new IllegalArgumentException("The product's alpha must be a finite number of at least 0, got " + m_alpha
          + ".");
    }
    if (!(m_beta >= 0) || Double.isInfinite(m_beta)) {
      throw new IllegalArgumentException("The product's beta must be a finite number of at least 0, got " + m_beta
          + ".");
    }
  }

  @Override
  public String regressionProblem() {
    return "product multiplies class distributions, and a numeric label has none";
  }

  @Override
  public Targets build(WeakSupervision supervision) throws Exception {
    return supervision.weighedAgainstStrong((q, s) -> product(q, s, m_alpha, m_beta));
  }

  /** q^alpha s^beta, renormalised; q itself where the product vanishes for every class. */
  static double[] product(double[] q, double[] s, double alpha, double beta) {
    double[] t = new double[q.length];
    double sum = 0;
    for (int c = 0; c < q.length; c++) {
      t[c] = Math.pow(q[c], alpha) * Math.pow(s[c], beta);
      sum += t[c];
    }
    if (!(sum > 0)) {
      return q.clone();
    }
    for (int c = 0; c < t.length; c++) {
      t[c] /= sum;
    }
    return t;
  }
}
