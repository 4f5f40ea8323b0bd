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

package weka.w2s.core;

/**
 * When a predictor of weak-to-strong generalization has saturated (W2SG-MATH.md section 9). Over
 * repeated runs: its candidates' means lie within {@value #SEED_SDS} times their own run-to-run
 * standard deviation of each other, so any order among them is as likely as the one measured. On
 * one sample, for the operator-norm score: every candidate lies within {@value #SCORE_MARGIN} of its
 * bound 1.
 */
public final class Saturation {

  /** How many run-to-run standard deviations the candidates' spread must exceed. */
  public static final double SEED_SDS = 3;

  /** How close to its bound 1 every score must be for the score to count as saturated on one sample. */
  public static final double SCORE_MARGIN = 0.01;

  private Saturation() {
  }

  /**
   * Whether operator-norm scores ||P_s (I - P_w)||_op have all reached their bound: each weak
   * representation then misses some strong principal direction almost entirely, and the remaining
   * digits follow how much the strong kernel weights that direction rather than the labels.
   */
  public static boolean scoresAtBound(double[] scores) {
    if (scores.length < 2) {
      return false;
    }
    for (double s : scores) {
      if (!(s >= 1 - SCORE_MARGIN)) {
        return false;
      }
    }
    return true;
  }

  /**
   * @param runs per candidate, the predictor's value in each run (NaN values are left out)
   * @return true if the spread of the candidates' means is below SEED_SDS times their mean
   *         run-to-run standard deviation; false with fewer than two candidates (nothing to rank)
   *         or fewer than two runs (no noise to judge by)
   */
  public static boolean saturated(double[][] runs) {
    double lowest = Double.POSITIVE_INFINITY;
    double highest = Double.NEGATIVE_INFINITY;
    double sdSum = 0;
    int sds = 0;
    int candidates = 0;
    for (double[] candidate : runs) {
      double sum = 0;
      int count = 0;
      for (double v : candidate) {
        if (!Double.isNaN(v)) {
          sum += v;
          count++;
        }
      }
      if (count == 0) {
        continue;
      }
      candidates++;
      double mean = sum / count;
      lowest = Math.min(lowest, mean);
      highest = Math.max(highest, mean);
      if (count > 1) {
        double squares = 0;
        for (double v : candidate) {
          if (!Double.isNaN(v)) {
            squares += (v - mean) * (v - mean);
          }
        }
        sdSum += Math.sqrt(squares / (count - 1));
        sds++;
      }
    }
    return candidates >= 2 && sds > 0 && highest - lowest < SEED_SDS * sdSum / sds;
  }
}
