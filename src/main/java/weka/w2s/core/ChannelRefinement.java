package weka.w2s.core;

/**
 * The refinement of Somerstep et al. (ICLR 2025) for a fixed-representation head (W2SG-MATH.md
 * section 6): the weak labeller is a noisy channel Cm[c][y'] = P(weak label y' | true class c), and an
 * instance's in-context batch is its k nearest neighbours in the strong representation. Its refined
 * label is a posterior over the true class built from the batch's channel evidence
 * e_j(c) = log sum_{y'} q_j(y') Cm[c][y'], with three safeguards the plain product lacks:
 * <ul>
 * <li>The evidence is averaged, not summed: neighbours share the weak model's errors, so they are
 * not independent observations, and the sum over k of them made the posterior overconfident.</li>
 * <li>Neighbours are weighted by a Gaussian kernel of their distance with the batch's own radius
 * (w_j = exp(-d_j^2 / d_k^2)): the instance's own weak label weighs most (1), the farthest
 * neighbour, the one most likely outside the concept, least (1/e).</li>
 * <li>The posterior is calibrated to the gold class balance by one log-offset per class
 * ({@link ClassBalance#calibrate}); a prior multiplied into weak evidence collapsed the refined
 * labels to the majority class whenever the channel was close to uniform.</li>
 * </ul>
 */
public final class ChannelRefinement {

  private final double[][] channel;
  private final double[] balance;

  /**
   * @param channel channel[c][y'] = P(weak label y' | true class c); positive rows summing to 1
   * @param balance the class balance the refined labels keep (positive, summing to 1)
   */
  public ChannelRefinement(double[][] channel, double[] balance) {
    int c = balance.length;
    if (channel.length != c) {
      throw new IllegalArgumentException("The channel has " + channel.length + " rows for " + c + " classes.");
    }
    this.channel = new double[c][];
    for (int i = 0; i < c; i++) {
      if (channel[i].length != c) {
        throw new IllegalArgumentException("Channel row " + i + " has " + channel[i].length + " entries.");
      }
      double sum = 0;
      for (double p : channel[i]) {
        if (!(p > 0)) {
          throw new IllegalArgumentException("Channel probabilities must be positive (smooth them).");
        }
        sum += p;
      }
      if (Math.abs(sum - 1) > 1e-9) {
        throw new IllegalArgumentException("Channel row " + i + " sums to " + sum + ", not 1.");
      }
      if (!(balance[i] > 0)) {
        throw new IllegalArgumentException("Class balance entries must be positive.");
      }
      this.channel[i] = channel[i].clone();
    }
    this.balance = balance.clone();
  }

  /**
   * The refined label distribution of every row.
   *
   * @param weakLabels n x c weak label distributions q_j
   * @param batches    each row's in-context batch (the row itself first) with squared distances
   */
  public double[][] posterior(double[][] weakLabels, NearestNeighbours batches) {
    int c = balance.length;
    double[][] evidence = new double[weakLabels.length][c];
    for (int j = 0; j < weakLabels.length; j++) {
      for (int cls = 0; cls < c; cls++) {
        double s = 0;
        for (int y = 0; y < c; y++) {
          s += weakLabels[j][y] * channel[cls][y];
        }
        evidence[j][cls] = Math.log(s);
      }
    }
    int[][] index = batches.index();
    double[][] distance = batches.squaredDistance();
    double[][] logits = new double[index.length][c];
    for (int i = 0; i < index.length; i++) {
      double radius = distance[i][distance[i].length - 1];
      double total = 0;
      for (int m = 0; m < index[i].length; m++) {
        double w = radius > 0 ? Math.exp(-distance[i][m] / radius) : 1;
        total += w;
        for (int cls = 0; cls < c; cls++) {
          logits[i][cls] += w * evidence[index[i][m]][cls];
        }
      }
      for (int cls = 0; cls < c; cls++) {
        logits[i][cls] /= total;
      }
    }
    return ClassBalance.calibrate(logits, balance);
  }
}
