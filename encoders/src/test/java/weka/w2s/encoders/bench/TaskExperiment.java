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

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.w2s.experiment.Experiment;
import weka.w2s.experiment.ExperimentSettings;

/**
 * One task's weak candidates through the shipped protocol, {@link Experiment} (what W2SGExperiment
 * runs), so that every figure of results.md is one a user gets from the package: the candidates'
 * representations side by side with the strong one in one data set, one experiment over the seeds,
 * and its per-run results turned into the report's rows.
 */
public final class TaskExperiment {

  /** One (weak, strong) pair on one run: the references, naive W2S and the quantities. */
  public static final class PairResult {
    public String weak;
    public int seed;
    public double weakAccuracy;
    public double w2sAccuracy;
    public double ceilingAccuracy;
    /** The measured prediction gap between naive W2S and the ceiling on the test part. */
    public double measuredGap;
    public double score;
    public double frobeniusNormalized;
    public double expectedGap;
    public double predGap;
    public double kWeak;
    public double kStrong;

    public double w2sError() {
      return 1 - w2sAccuracy;
    }
  }

  /** One strategy for one weak candidate on one run. */
  public static final class ModeResult {
    public String weak;
    public int seed;
    public String mode;
    public double accuracy;
    public double weakAccuracy;
    public double ceilingAccuracy;
  }

  private TaskExperiment() {
  }

  /**
   * Runs the experiment and fills the task's pairs, modes and split sizes.
   *
   * @param modes the strategies besides gold; naive, whose W2S error the scores are correlated
   *              with, is added first when missing
   */
  public static void run(TaskResult result, int[] labels, int seeds, String[] modes, PrintStream progress)
      throws Exception {
    List<String> strategies = new ArrayList<>(Arrays.asList(modes));
    if (!strategies.contains("naive")) {
      strategies.add(0, "naive");
    }
    List<String> weakSpecs = new ArrayList<>();
    for (int w = 0; w < result.weak.size(); w++) {
      weakSpecs.add("name:" + prefix(w) + "_.*");
    }
    ExperimentSettings settings = new ExperimentSettings().setWeak(weakSpecs).setStrong("name:s_.*")
        .setRuns(seeds).setSeed(1).setModes(String.join(",", strategies));
    Instances data = instances(result, labels);
    Experiment experiment = new Experiment(settings, data, result.name, progress);
    experiment.run();
    result.splitSizes = new int[] {experiment.weakSliceSize(),
        experiment.trainSize() - experiment.weakSliceSize(), experiment.testSize()};
    result.modeNames = strategies.toArray(new String[0]);
    List<Experiment.CandidateResult> candidates = experiment.candidates();
    for (int w = 0; w < candidates.size(); w++) {
      Experiment.CandidateResult c = candidates.get(w);
      String name = result.weak.get(w).name();
      double[] weak = c.weakMeasures();
      double[] ceiling = c.ceilingMeasures();
      double[] naive = c.measures("naive");
      double[] gap = c.gaps("naive");
      double[] score = c.scores("score");
      double[] frobenius = c.scores("frobenius_normalized");
      double[] expectedGap = c.scores("expected_gap");
      double[] predGap = c.scores("pred_gap");
      double[] kWeak = c.weakPrincipalDimensions();
      double[] kStrong = c.strongPrincipalDimensions();
      java.util.Map<String, double[]> byMode = new java.util.HashMap<>();
      for (String mode : strategies) {
        byMode.put(mode, c.measures(mode));
      }
      for (int r = 0; r < seeds; r++) {
        PairResult p = new PairResult();
        p.weak = name;
        p.seed = 1 + r;
        p.weakAccuracy = weak[r];
        p.ceilingAccuracy = ceiling[r];
        p.w2sAccuracy = naive[r];
        p.measuredGap = gap[r];
        p.score = score[r];
        p.frobeniusNormalized = frobenius[r];
        p.expectedGap = expectedGap[r];
        p.predGap = predGap[r];
        p.kWeak = kWeak[r];
        p.kStrong = kStrong[r];
        result.pairs.add(p);
        for (String mode : strategies) {
          ModeResult m = new ModeResult();
          m.weak = name;
          m.seed = 1 + r;
          m.mode = mode;
          m.accuracy = byMode.get(mode)[r];
          m.weakAccuracy = weak[r];
          m.ceilingAccuracy = ceiling[r];
          result.modes.add(m);
        }
      }
    }
    // gold is the ceiling: its rows make the report's modes table complete
    for (PairResult p : result.pairs) {
      ModeResult m = new ModeResult();
      m.weak = p.weak;
      m.seed = p.seed;
      m.mode = "gold";
      m.accuracy = p.ceilingAccuracy;
      m.weakAccuracy = p.weakAccuracy;
      m.ceilingAccuracy = p.ceilingAccuracy;
      result.modes.add(m);
    }
  }

  /** Attribute-name prefix of weak candidate w ("w03"; "w1_.*" must not match "w10_0"). */
  static String prefix(int w) {
    return String.format(Locale.ROOT, "w%02d", w);
  }

  /** The candidates' columns (w00_0, ...), the strong columns (s_0, ...) and the nominal class. */
  static Instances instances(TaskResult result, int[] labels) {
    ArrayList<Attribute> atts = new ArrayList<>();
    List<Representation> reps = new ArrayList<>(result.weak);
    reps.add(result.strong);
    for (int r = 0; r < reps.size(); r++) {
      String prefix = r < result.weak.size() ? prefix(r) : "s";
      for (int j = 0; j < reps.get(r).dimension(); j++) {
        atts.add(new Attribute(prefix + "_" + j));
      }
    }
    atts.add(new Attribute("class", new ArrayList<>(Arrays.asList(result.classNames))));
    Instances data = new Instances(result.name, atts, labels.length);
    data.setClassIndex(atts.size() - 1);
    for (int i = 0; i < labels.length; i++) {
      double[] v = new double[atts.size()];
      int offset = 0;
      for (Representation rep : reps) {
        System.arraycopy(rep.rows()[i], 0, v, offset, rep.dimension());
        offset += rep.dimension();
      }
      v[offset] = labels[i];
      data.add(new DenseInstance(1.0, v));
    }
    return data;
  }
}
