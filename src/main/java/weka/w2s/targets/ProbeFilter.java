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

import java.util.Arrays;
import java.util.Locale;

import weka.core.OptionMetadata;

/**
 * Probe filtering, as in EleutherAI's w2s library: a probe on the strong representation learns the
 * weak labels, and the pool instances where its cross-fitted prediction disagrees most with the weak
 * label are left out of the strong model's training.
 */
public class ProbeFilter extends TargetStrategy {

  private static final long serialVersionUID = 1L;

  protected double m_fraction;

  public ProbeFilter() {
    resetOptions();
  }

  @Override
  protected void resetOptions() {
    m_fraction = 0.2;
  }

  @Override
  public String name() {
    return "filter";
  }

  @Override
  public String label() {
    return String.format(Locale.ROOT, "filter %.2g", m_fraction);
  }

  @Override
  public String globalInfo() {
    return "Probe filtering: the pool instances whose weak labels a strong probe disagrees with most are left"
        + " out. The probe is the strong model itself, trained on the weak labels with cross-fitting; the given"
        + " fraction of pool instances where its prediction differs most from the weak label (total variation"
        + " distance; for a numeric class the absolute residual) is dropped, and the strong model learns the weak labels of the rest. Weak labels the strong representation cannot explain are the likely"
        + " mistakes.";
  }

  @OptionMetadata(displayName = "fraction left out", description = "The fraction of the pool left out, in [0, 1).",
      commandLineParamName = "fraction", commandLineParamSynopsis = "-fraction <f>", displayOrder = 1)
  public double getFraction() {
    return m_fraction;
  }

  public void setFraction(double value) {
    m_fraction = value;
  }

  @Override
  public void validate() {
    if (!(m_fraction >= 0 && m_fraction < 1)) {
      throw new IllegalArgumentException("The probe filter's fraction left out must lie in [0, 1), got " + m_fraction
          + ".");
    }
  }

  @Override
  public Targets build(WeakSupervision supervision) throws Exception {
    double[][] weak = supervision.weakLabels();
    Targets all = Targets.of(weak, supervision);
    int n = weak.length;
    int drop = (int) Math.floor(m_fraction * n);
    double[][] probe = drop == 0 ? null : supervision.crossFittedStrong();
    if (probe == null) {
      return all;
    }
    double[] disagreement = new double[n];
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
      for (int c = 0; c < weak[i].length; c++) {
        disagreement[i] += 0.5 * Math.abs(probe[i][c] - weak[i][c]);
      }
    }
    Arrays.sort(order, (a, b) -> Double.compare(disagreement[b], disagreement[a]));
    double[] weights = all.weights().clone();
    for (int i = 0; i < drop; i++) {
      weights[order[i]] = 0;
    }
    return new Targets(weak, weights, supervision.head(), null);
  }
}
