package weka.w2s.core;

/**
 * The refinement posterior of Somerstep et al. (ICLR 2025) in its classical form (W2SG-MATH.md
 * section 6): the weak labeller is a noisy channel Cm[y' | c] from the true class c to its label y';
 * a batch of k weakly labelled neighbours that share a concept gives
 * log p(c | batch) = log prior(c) + sum_{j in batch} log sum_{y'} q_j(y') Cm[y' | c].
 */
public final class ChannelRefinement {

  private final double[][] channel;
  private final double[] logPrior;

  /**
   * @param channel channel[c][y'] = P(weak label y' | true class c); rows must sum to 1
   * @param prior   the class prior, positive, summing to 1
   */
  public ChannelRefinement(double[][] channel, double[] prior) {
    int c = prior.length;
    if (channel.length != c) {
      throw new IllegalArgumentException("The channel has " + channel.length + " rows for " + c + " classes.");
    }
    this.channel = new double[c][];
    this.logPrior = new double[c];
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
      if (!(prior[i] > 0)) {
        throw new IllegalArgumentException("Prior probabilities must be positive.");
      }
      this.channel[i] = channel[i].clone();
      this.logPrior[i] = Math.log(prior[i]);
    }
  }

  /**
   * The posterior over true classes for each row, given its batch of neighbours.
   *
   * @param weakLabels n x c weak label distributions q_j
   * @param batches    for each row, the indices of its in-context batch
   */
  public double[][] posterior(double[][] weakLabels, int[][] batches) {
    int c = logPrior.length;
    // log sum_{y'} q_j(y') Cm[y'|c] depends only on j: compute it once per row
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
    double[][] out = new double[batches.length][c];
    for (int i = 0; i < batches.length; i++) {
      double[] log = logPrior.clone();
      for (int j : batches[i]) {
        for (int cls = 0; cls < c; cls++) {
          log[cls] += evidence[j][cls];
        }
      }
      out[i] = softmax(log);
    }
    return out;
  }

  static double[] softmax(double[] log) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : log) {
      max = Math.max(max, v);
    }
    double[] p = new double[log.length];
    double sum = 0;
    for (int i = 0; i < log.length; i++) {
      p[i] = Math.exp(log[i] - max);
      sum += p[i];
    }
    for (int i = 0; i < p.length; i++) {
      p[i] /= sum;
    }
    return p;
  }
}
