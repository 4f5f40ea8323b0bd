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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import weka.core.OptionMetadata;
import weka.w2s.core.ClassBalance;

/**
 * The confident-label filter (the train_only_on_confident_labels baseline of Anthropic's automated
 * weak-to-strong sandbox, and the oldest trick of weak supervision): the strong model learns only
 * the pool instances whose weak label is most confident.
 */
public class ConfidentFilter extends TargetStrategy {

  private static final long serialVersionUID = 1L;

  /** The fewest instances kept, so that the strong model has something to learn from. */
  static final int MINIMUM_KEPT = 2;

  protected double m_fraction;
  protected double m_threshold;
  protected boolean m_balanced;

  public ConfidentFilter() {
    resetOptions();
  }

  @Override
  protected void resetOptions() {
    m_fraction = 0.5;
    m_threshold = 0;
    m_balanced = false;
  }

  @Override
  public String name() {
    return "confident";
  }

  @Override
  public String label() {
    String kept = m_threshold > 0 ? String.format(Locale.ROOT, "p>=%.2g", m_threshold)
        : String.format(Locale.ROOT, "%.2g", m_fraction);
    return "confident " + kept + (m_balanced ? " balanced" : "");
  }

  @Override
  public String globalInfo() {
    return "Confident-label filter: the strong model learns only the pool instances whose weak label is most"
        + " confident. This is the train_only_on_confident_labels baseline of Anthropic's automated"
        + " weak-to-strong sandbox (2026), and the oldest trick of weak supervision. The confidence of a weak label is its largest"
        + " class probability. By default the given fraction of the pool with the most confident weak labels"
        + " is kept; with a threshold, every instance whose weak label reaches it (at least two). Balanced keeps"
        + " each weak class's share of the kept instances equal to its share of the weak labels, so that the"
        + " filter does not tilt the strong model towards the class the weak model is surest of. A numeric"
        + " weak label carries no confidence: not for a numeric class.";
  }

  @OptionMetadata(displayName = "fraction kept", description = "The fraction of the pool kept, the most"
      + " confident weak labels first, in (0, 1]; unused with a threshold.", commandLineParamName = "fraction",
      commandLineParamSynopsis = "-fraction <f>", displayOrder = 1)
  public double getFraction() {
    return m_fraction;
  }

  public void setFraction(double value) {
    m_fraction = value;
  }

  @OptionMetadata(displayName = "threshold", description = "Keep every instance whose weak label's largest"
      + " class probability reaches this, in [0, 1]; 0 (the default) keeps a fraction instead.",
      commandLineParamName = "threshold", commandLineParamSynopsis = "-threshold <p>", displayOrder = 2)
  public double getThreshold() {
    return m_threshold;
  }

  public void setThreshold(double value) {
    m_threshold = value;
  }

  @OptionMetadata(displayName = "balanced", description = "Keep each weak class's share of the weak labels"
      + " among the kept instances.", commandLineParamName = "balanced", commandLineParamSynopsis = "-balanced",
      commandLineParamIsFlag = true, displayOrder = 3)
  public boolean getBalanced() {
    return m_balanced;
  }

  public void setBalanced(boolean value) {
    m_balanced = value;
  }

  @Override
  public void validate() {
    if (!(m_fraction > 0 && m_fraction <= 1)) {
      throw new IllegalArgumentException("The confident filter's fraction kept must lie in (0, 1], got " + m_fraction
          + ".");
    }
    if (!(m_threshold >= 0 && m_threshold <= 1)) {
      throw new IllegalArgumentException("The confident filter's threshold must lie in [0, 1], got " + m_threshold
          + ".");
    }
  }

  @Override
  public String regressionProblem() {
    return "confident keeps the weak labels with the largest class probability, and a numeric weak label has"
        + " none";
  }

  @Override
  public boolean dependsOnHead() {
    return false;
  }

  @Override
  public Targets build(WeakSupervision supervision) throws Exception {
    double[][] weak = supervision.weakLabels();
    int n = weak.length;
    double[] confidence = new double[n];
    int[] weakClass = new int[n];
    for (int i = 0; i < n; i++) {
      weakClass[i] = ClassBalance.argmax(weak[i]);
      confidence[i] = weak[i][weakClass[i]];
    }
    int kept = m_threshold > 0 ? (int) Arrays.stream(confidence).filter(c -> c >= m_threshold).count()
        : (int) Math.round(m_fraction * n);
    kept = Math.min(n, Math.max(MINIMUM_KEPT, kept));
    boolean[] keep = m_balanced ? balanced(confidence, weakClass, ClassBalance.mean(weak), kept)
        : mostConfident(confidence, allOf(n), kept);
    double[] weights = new double[n];
    for (int i = 0; i < n; i++) {
      weights[i] = keep[i] ? 1 : 0;
    }
    return new Targets(weak, weights, supervision.head(), null);
  }

  private static List<Integer> allOf(int n) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(i);
    }
    return all;
  }

  /** The {@code count} members of highest confidence (the earlier instance first on ties). */
  private static boolean[] mostConfident(double[] confidence, List<Integer> members, int count) {
    List<Integer> order = new ArrayList<>(members);
    order.sort((a, b) -> Double.compare(confidence[b], confidence[a])); // stable: index order on ties
    boolean[] keep = new boolean[confidence.length];
    for (int i = 0; i < Math.min(count, order.size()); i++) {
      keep[order.get(i)] = true;
    }
    return keep;
  }

  /**
   * Each weak class keeps its share of {@code count} (largest remainders, so that the quotas sum to
   * count) of its most confident members; a class with fewer members than its quota leaves the rest
   * to the most confident of the other instances.
   */
  private static boolean[] balanced(double[] confidence, int[] weakClass, double[] share, int count) {
    int n = confidence.length;
    int[] quota = new int[share.length];
    double[] remainder = new double[share.length];
    int assigned = 0;
    for (int c = 0; c < share.length; c++) {
      double exact = share[c] * count;
      quota[c] = (int) Math.floor(exact);
      remainder[c] = exact - quota[c];
      assigned += quota[c];
    }
    while (assigned < count) {
      int best = ClassBalance.argmax(remainder);
      quota[best]++;
      remainder[best] = -1;
      assigned++;
    }
    boolean[] keep = new boolean[n];
    int taken = 0;
    for (int c = 0; c < share.length; c++) {
      List<Integer> members = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (weakClass[i] == c) {
          members.add(i);
        }
      }
      boolean[] mine = mostConfident(confidence, members, quota[c]);
      for (int i = 0; i < n; i++) {
        if (mine[i]) {
          keep[i] = true;
          taken++;
        }
      }
    }
    List<Integer> rest = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (!keep[i]) {
        rest.add(i);
      }
    }
    boolean[] more = mostConfident(confidence, rest, count - taken);
    for (int i = 0; i < n; i++) {
      keep[i] |= more[i];
    }
    return keep;
  }
}
