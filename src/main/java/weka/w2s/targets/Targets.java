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

/**
 * What a strategy gives the strong model to learn: one class distribution per pool instance, a
 * weight per instance (0 leaves it out, as the probe filter does), the strong head to train (a
 * strategy that selects the head's ridge, such as {@link Auto}, replaces it), and, for a strategy
 * that chose among candidates, its {@link Selection}.
 */
public final class Targets {

  private final double[][] distributions;
  private final double[] weights;
  private final StrongHead head;
  private final Selection selection;

  public Targets(double[][] distributions, double[] weights, StrongHead head, Selection selection) {
    this.distributions = distributions;
    this.weights = weights;
    this.head = head;
    this.selection = selection;
  }

  /** Targets of equal weight, to be learned by the supervision's own head. */
  public static Targets of(double[][] distributions, WeakSupervision supervision) {
    double[] weights = new double[distributions.length];
    Arrays.fill(weights, 1.0);
    return new Targets(distributions, weights, supervision.head(), null);
  }

  public double[][] distributions() {
    return distributions;
  }

  public double[] weights() {
    return weights;
  }

  public StrongHead head() {
    return head;
  }

  /** The choice among candidates that produced these targets, or null. */
  public Selection selection() {
    return selection;
  }

  public int size() {
    return distributions.length;
  }

  /** The number of instances of positive weight. */
  public int used() {
    int count = 0;
    for (double w : weights) {
      if (w > 0) {
        count++;
      }
    }
    return count;
  }

  public Targets withHead(StrongHead newHead) {
    return new Targets(distributions, weights, newHead, selection);
  }

  public Targets withSelection(Selection newSelection) {
    return new Targets(distributions, weights, head, newSelection);
  }
}
