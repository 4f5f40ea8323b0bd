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

import weka.core.OptionMetadata;
import weka.w2s.core.ClassBalance;

/**
 * The window target of EleutherAI/w2s's {@code window} loss: the weak label where the strong
 * model's own (cross-fitted) prediction is uncertain, its hardened prediction elsewhere.
 */
public class Window extends TargetStrategy {

  private static final long serialVersionUID = 1L;

  /** The radius option's value for the median distance of the weak labels from 0.5. */
  public static final String MIDWEAK = "midweak";

  protected String m_radius;

  public Window() {
    resetOptions();
  }

  @Override
  protected void resetOptions() {
    m_radius = MIDWEAK;
  }

  @Override
  public String name() {
    return "window";
  }

  @Override
  public String label() {
    return "window " + m_radius;
  }

  @Override
  public String globalInfo() {
    return "Window: the strong model learns the weak label where its own prediction is unsure, and its own"
        + " hardened prediction elsewhere. Unsure means a top class probability below 0.5 + radius; hardened,"
        + " the most likely class (the window loss of EleutherAI's w2s library). The radius is fixed, or 'midweak': the"
        + " median distance of the weak labels' top probability from 0.5, so that the window is as wide as"
        + " the weak labels are typically sure. The strong model's prediction is cross-fitted on the weak"
        + " labels (each instance from a fit that did not see it). With many classes a top probability can"
        + " stay below 0.5 everywhere, and then every weak label is kept. Hardening needs classes: not for a"
        + " numeric class.";
  }

  @OptionMetadata(displayName = "radius", description = "Half the width of the window of unsure predictions:"
      + " a number from 0 to one half, or midweak (the median distance of the weak labels' top probability"
      + " from one half).",
      commandLineParamName = "radius", commandLineParamSynopsis = "-radius <r|midweak>", displayOrder = 1)
  public String getRadius() {
    return m_radius;
  }

  public void setRadius(String value) {
    m_radius = value;
  }

  @Override
  public void validate() {
    if (MIDWEAK.equals(m_radius)) {
      return;
    }
    double r;
    try {
      r = Double.parseDouble(m_radius);
    } catch (NumberFormatException | NullPointerException e) {
      throw new IllegalArgumentException("The window's radius must be a number in [0, 0.5] or " + MIDWEAK + ", got "
          + m_radius + ".");
    }
    if (!(r >= 0 && r <= 0.5)) {
      throw new IllegalArgumentException("The window's radius must lie in [0, 0.5] (or be " + MIDWEAK + "), got "
          + m_radius + ".");
    }
  }

  @Override
  public String regressionProblem() {
    return "window hardens the strong model's class probabilities, and a numeric prediction has none";
  }

  @Override
  public Targets build(WeakSupervision supervision) throws Exception {
    double radius = MIDWEAK.equals(m_radius) ? midweak(supervision.weakLabels()) : Double.parseDouble(m_radius);
    return supervision.weighedAgainstStrong((q, s) -> {
      int top = ClassBalance.argmax(s);
      if (s[top] < 0.5 + radius) {
        return q;
      }
      double[] hard = new double[q.length];
      hard[top] = 1;
      return hard;
    });
  }

  /** The median over the pool of (the weak label's top probability - 0.5). */
  static double midweak(double[][] weak) {
    double[] distance = new double[weak.length];
    for (int i = 0; i < weak.length; i++) {
      distance[i] = weak[i][ClassBalance.argmax(weak[i])] - 0.5;
    }
    Arrays.sort(distance);
    int n = distance.length;
    return n % 2 == 1 ? distance[n / 2] : 0.5 * (distance[n / 2 - 1] + distance[n / 2]);
  }
}
