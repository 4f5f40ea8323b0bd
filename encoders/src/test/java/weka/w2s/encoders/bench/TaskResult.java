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

package weka.w2s.encoders.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import weka.core.Instances;

/** Everything measured on one task, with the per-candidate and per-seed summaries of the report. */
public final class TaskResult {

  /** A label-free (or label-aware) quantity of a pair, by name. */
  public static final class Quantity {
    public final String name;
    public final String symbol;
    public final ToDoubleFunction<TaskExperiment.PairResult> value;

    Quantity(String name, String symbol, ToDoubleFunction<TaskExperiment.PairResult> value) {
      this.name = name;
      this.symbol = symbol;
      this.value = value;
    }
  }

  /** The quantities whose rank correlation with the W2S error the report gives. */
  public static final List<Quantity> SCORES = List.of(
      new Quantity("W2SG score", "‖P_s(I−P_w)‖_op", r -> r.score),
      new Quantity("Frobenius, normalized", "‖P_s(I−P_w)‖_F² / ‖P_s‖_F²", r -> r.frobeniusNormalized),
      new Quantity("expected gap", "tr(P_s(I−P_w)K_s(I−P_w)P_s)", r -> r.expectedGap),
      new Quantity("PredGap (gold labels)", "‖P_s(I−P_w)y‖²/n", r -> r.predGap));

  /**
   * A baseline that needs labels: the weak head's own test error. A label-free score is useful to
   * the extent that it ranks the candidates about as well without them.
   */
  public static final Quantity WEAK_ERROR = new Quantity("baseline: weak head's test error (labels)",
      "1 − weak accuracy", r -> 1 - r.weakAccuracy);

  public final String name;
  public final int size;
  public final int[] classCounts;
  public final String[] classNames;
  public Representation strong;
  public final List<Representation> weak = new ArrayList<>();
  public final List<TaskExperiment.PairResult> pairs = new ArrayList<>();
  public final List<TaskExperiment.ModeResult> modes = new ArrayList<>();
  public String[] modeNames = new String[0];
  /** Weak slice, pool and test sizes of a split. */
  public int[] splitSizes = new int[3];
  public double seconds;
  public double representationSeconds;
  public double experimentSeconds;

  public TaskResult(Instances task) {
    this.name = task.relationName();
    this.size = task.numInstances();
    this.classCounts = task.attributeStats(task.classIndex()).nominalCounts.clone();
    this.classNames = new String[] {task.classAttribute().value(0), task.classAttribute().value(1)};
  }

  /** The weak candidates' names, in order. */
  public List<String> candidates() {
    List<String> names = new ArrayList<>();
    for (Representation r : weak) {
      names.add(r.name());
    }
    return names;
  }

  /** The values of a quantity over the seeds for one candidate. */
  public double[] perSeed(String candidate, ToDoubleFunction<TaskExperiment.PairResult> f) {
    return pairs.stream().filter(p -> p.weak.equals(candidate)).mapToDouble(f).toArray();
  }

  /** The seed mean of a quantity, one value per candidate. */
  public double[] meanPerCandidate(ToDoubleFunction<TaskExperiment.PairResult> f) {
    List<String> names = candidates();
    double[] out = new double[names.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Stats.mean(perSeed(names.get(i), f));
    }
    return out;
  }

  /** Spearman's correlation across candidates of the seed means of two quantities. */
  public double spearmanOfMeans(ToDoubleFunction<TaskExperiment.PairResult> x, ToDoubleFunction<TaskExperiment.PairResult> y) {
    return Stats.spearman(meanPerCandidate(x), meanPerCandidate(y));
  }

  /** Spearman's correlation across candidates within each seed, one value per seed. */
  public double[] spearmanPerSeed(ToDoubleFunction<TaskExperiment.PairResult> x, ToDoubleFunction<TaskExperiment.PairResult> y) {
    int seeds = (int) pairs.stream().mapToInt(p -> p.seed).distinct().count();
    double[] out = new double[seeds];
    int s = 0;
    for (int seed : pairs.stream().mapToInt(p -> p.seed).distinct().sorted().toArray()) {
      double[] xs = pairs.stream().filter(p -> p.seed == seed).mapToDouble(x).toArray();
      double[] ys = pairs.stream().filter(p -> p.seed == seed).mapToDouble(y).toArray();
      out[s++] = Stats.spearman(xs, ys);
    }
    return out;
  }

  /** The mode results of one mode, candidate and seed order. */
  public List<TaskExperiment.ModeResult> modeResults(String mode) {
    List<TaskExperiment.ModeResult> out = new ArrayList<>();
    for (TaskExperiment.ModeResult m : modes) {
      if (m.mode.equals(mode)) {
        out.add(m);
      }
    }
    return out;
  }
}
