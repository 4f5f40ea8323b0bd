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
