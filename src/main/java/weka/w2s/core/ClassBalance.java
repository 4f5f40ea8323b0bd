package weka.w2s.core;

import java.util.Arrays;

/**
 * Class balance of label distributions: the two ways the training strategies keep targets from
 * drifting to one class. {@link #calibrate} shifts log-probabilities by one offset per class until
 * the mean distribution over the pool equals a target balance (the gold class prior of the weak
 * slice); {@link #harden} turns scores into one-hot labels at the quantile that keeps a balance
 * (Burns et al.'s hardening of the strong model's predictions).
 */
public final class ClassBalance {

  private static final int CALIBRATION_ITERATIONS = 200;
  private static final double CALIBRATION_TOLERANCE = 1e-9;

  private ClassBalance() {
  }

  /** The mean of the rows of an n x c array. */
  public static double[] mean(double[][] rows) {
    double[] mean = new double[rows[0].length];
    for (double[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        mean[c] += row[c] / rows.length;
      }
    }
    return mean;
  }

  /**
   * Distributions p_i(c) proportional to exp(logits_i(c) + b_c), with offsets b chosen so that
   * mean_i p_i = balance (to 1e-9, or after 200 fixed-point steps b_c += log(balance_c / mean_c)).
   * A row whose logits are constant gets the balance itself.
   *
   * @param logits  n x c log-scores
   * @param balance the target class balance, positive, summing to 1
   */
  public static double[][] calibrate(double[][] logits, double[] balance) {
    int c = balance.length;
    double[] offset = new double[c];
    double[][] p = new double[logits.length][];
    for (int iteration = 0; iteration < CALIBRATION_ITERATIONS; iteration++) {
      for (int i = 0; i < logits.length; i++) {
        double[] shifted = new double[c];
        for (int k = 0; k < c; k++) {
          shifted[k] = logits[i][k] + offset[k];
        }
        p[i] = softmax(shifted);
      }
      double[] mean = mean(p);
      double worst = 0;
      for (int k = 0; k < c; k++) {
        worst = Math.max(worst, Math.abs(mean[k] - balance[k]));
        offset[k] += Math.log(balance[k] / mean[k]);
      }
      if (worst < CALIBRATION_TOLERANCE) {
        break;
      }
    }
    return p;
  }

  /**
   * One-hot labels from class probabilities: for two classes, class 1 for the round(balance_1 * n)
   * rows of highest probability of class 1; for more classes, the most likely class.
   */
  public static double[][] harden(double[][] probabilities, double[] balance) {
    int n = probabilities.length;
    double[][] out = new double[n][balance.length];
    if (balance.length == 2) {
      double[] sorted = new double[n];
      for (int i = 0; i < n; i++) {
        sorted[i] = probabilities[i][1];
      }
      Arrays.sort(sorted);
      int positives = (int) Math.round(balance[1] * n);
      double threshold = positives >= n ? Double.NEGATIVE_INFINITY
          : positives <= 0 ? Double.POSITIVE_INFINITY : sorted[n - positives];
      for (int i = 0; i < n; i++) {
        out[i][probabilities[i][1] >= threshold ? 1 : 0] = 1;
      }
    } else {
      for (int i = 0; i < n; i++) {
        out[i][argmax(probabilities[i])] = 1;
      }
    }
    return out;
  }

  /** Index of the largest entry (the first one on ties). */
  public static int argmax(double[] v) {
    int best = 0;
    for (int i = 1; i < v.length; i++) {
      if (v[i] > v[best]) {
        best = i;
      }
    }
    return best;
  }

  /** One-hot rows of the most likely class. */
  public static double[][] mostLikely(double[][] distributions) {
    double[][] out = new double[distributions.length][distributions[0].length];
    for (int i = 0; i < out.length; i++) {
      out[i][argmax(distributions[i])] = 1;
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
