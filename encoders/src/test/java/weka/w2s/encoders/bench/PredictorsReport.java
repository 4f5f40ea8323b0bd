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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;

import weka.w2s.core.RankCorrelation;

/**
 * docs/predictors.md: every predictor of weak-to-strong generalization that W2SGExperiment reports,
 * head to head on the whole suite of docs/modes.md (classification and regression): per task, the
 * rank correlation (Spearman and Kendall's tau-b) across the weak candidates between the predictor's
 * seed mean and the seed mean of the measured W2S test error (1 - accuracy, or the MSE) of naive and
 * of auto; a predictor whose candidates' means lie within {@value #SATURATION} times their own
 * seed-to-seed standard deviation of each other is marked saturated: it ranks noise.
 */
public final class PredictorsReport {

  /** A predictor's candidates are saturated when their spread is below this many seed sds. */
  static final double SATURATION = 3;

  /** The predictors, JSON key and whether they need gold labels; "weak_error" is the labelled baseline. */
  static final Map<String, String> PREDICTORS = new LinkedHashMap<>();

  static {
    PREDICTORS.put("score", "||P_s(I-P_w)||_op (label-free)");
    PREDICTORS.put("frobenius_normalized", "||P_s(I-P_w)||_F^2 / ||P_s||_F^2 (label-free)");
    PREDICTORS.put("expected_gap", "tr(P_s(I-P_w)K_s(I-P_w)P_s) (label-free)");
    PREDICTORS.put("pred_gap", "PredGap ||P_s(I-P_w)y||^2/n (gold labels)");
    PREDICTORS.put("weak_error", "the weak model's test error (gold labels; baseline)");
  }

  private PredictorsReport() {
  }

  /** One task: per candidate, per predictor and per target error, the seed values. */
  static final class Task {
    String name;
    boolean regression;
    final List<Map<String, double[]>> candidates = new ArrayList<>();
  }

  static Task parse(String name, String jsonLines) {
    Task t = new Task();
    t.name = name;
    for (JsonNode o : ModesReport.objects(name, jsonLines)) {
      if (!o.path("type").asText("").equals("candidate")) {
        continue;
      }
      t.regression = o.path("weak_model").has("mse");
      String measure = t.regression ? "mse" : "accuracy";
      Map<String, double[]> c = new LinkedHashMap<>();
      for (String p : PREDICTORS.keySet()) {
        if (!p.equals("weak_error")) {
          c.put(p, ModesReport.values(o.path("scores").path(p)));
        }
      }
      c.put("weak_error", error(ModesReport.values(o.path("weak_model").path(measure)), t.regression));
      c.put("naive", error(ModesReport.values(o.path("modes").path("naive").path(measure)), t.regression));
      c.put("auto", error(ModesReport.values(o.path("modes").path("auto").path(measure)), t.regression));
      t.candidates.add(c);
    }
    return t;
  }

  private static double[] error(double[] measure, boolean regression) {
    double[] out = measure.clone();
    for (int i = 0; !regression && i < out.length; i++) {
      out[i] = 1 - out[i];
    }
    return out;
  }

  private static double[] means(Task t, String key) {
    return t.candidates.stream().mapToDouble(c -> Stats.mean(c.get(key))).toArray();
  }

  /** Whether a predictor's candidate means lie within SATURATION seed sds of each other. */
  static boolean saturated(Task t, String predictor) {
    double[] m = means(t, predictor);
    double spread = java.util.Arrays.stream(m).max().orElse(0) - java.util.Arrays.stream(m).min().orElse(0);
    double noise = t.candidates.stream().mapToDouble(c -> Stats.sd(c.get(predictor))).filter(Double::isFinite)
        .average().orElse(0);
    return spread < SATURATION * noise;
  }

  static double correlation(Task t, String predictor, String target,
      BiFunction<double[], double[], Double> statistic) {
    return statistic.apply(means(t, predictor), means(t, target));
  }

  public static String render(ModesReport.Meta meta, List<ModesReport.TaskRun> runs) {
    List<Task> tasks = new ArrayList<>();
    for (ModesReport.TaskRun r : runs) {
      tasks.add(parse(r.task, r.jsonLines));
    }
    StringBuilder md = new StringBuilder();
    md.append("# Predicting weak-to-strong generalization: the predictors head to head\n\n");
    md.append("Written by `weka.w2s.encoders.bench.ModesBenchmark` (the same run as docs/modes.md): from each task's"
        + " `W2SGExperiment -json`, for every predictor the rank correlation across the weak candidates between"
        + " its mean over the seeds and the mean measured W2S test error (1 - accuracy, or the MSE) of the"
        + " naive student and of auto. Higher is better: a predictor that ranks the candidates as their W2S"
        + " errors do has +1. `~` marks a predictor that is saturated on the task: its candidates' means lie"
        + " within " + (int) SATURATION + " times their own seed-to-seed standard deviation of each other, so"
        + " its ranking there is noise.\n\n");
    md.append("- Command: `").append(meta.command.isEmpty() ? "(not recorded)" : meta.command).append("`\n");
    md.append("- Date: ").append(meta.date).append("\n\n");
    md.append("Predictors (W2SG-MATH.md section 3; the scores on the labelled training part of each run):\n\n");
    for (Map.Entry<String, String> p : PREDICTORS.entrySet()) {
      md.append("- `").append(p.getKey()).append("`: ").append(p.getValue()).append('\n');
    }
    md.append('\n');
    for (String target : new String[] {"naive", "auto"}) {
      table(md, tasks, target, "Spearman", RankCorrelation::spearman);
      table(md, tasks, target, "Kendall's tau-b", RankCorrelation::kendall);
    }
    return md.toString();
  }

  private static void table(StringBuilder md, List<Task> tasks, String target, String name,
      BiFunction<double[], double[], Double> statistic) {
    md.append("## ").append(name).append(" against the W2S test error of ").append(target).append("\n\n");
    md.append("| task | candidates |");
    for (String p : PREDICTORS.keySet()) {
      md.append(' ').append(p).append(" |");
    }
    md.append("\n|---|---:|");
    for (int i = 0; i < PREDICTORS.size(); i++) {
      md.append("---:|");
    }
    md.append('\n');
    Map<String, List<Double>> all = new LinkedHashMap<>();
    Map<String, List<Double>> classification = new LinkedHashMap<>();
    Map<String, List<Double>> regression = new LinkedHashMap<>();
    for (Task t : tasks) {
      md.append("| ").append(t.name).append(t.regression ? " (regression)" : "").append(" | ")
          .append(t.candidates.size()).append(" |");
      for (String p : PREDICTORS.keySet()) {
        double v = correlation(t, p, target, statistic);
        md.append(' ').append(Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f", v))
            .append(saturated(t, p) ? " ~" : "").append(" |");
        if (!Double.isNaN(v)) {
          all.computeIfAbsent(p, k -> new ArrayList<>()).add(v);
          (t.regression ? regression : classification).computeIfAbsent(p, k -> new ArrayList<>()).add(v);
        }
      }
      md.append('\n');
    }
    meanRow(md, "mean, classification", classification);
    meanRow(md, "mean, regression", regression);
    meanRow(md, "mean, all tasks", all);
    md.append('\n');
  }

  private static void meanRow(StringBuilder md, String label, Map<String, List<Double>> values) {
    if (values.isEmpty()) {
      return;
    }
    md.append("| ").append(label).append(" | |");
    for (String p : PREDICTORS.keySet()) {
      List<Double> v = values.getOrDefault(p, List.of());
      md.append(v.isEmpty() ? " n/a" : String.format(Locale.ROOT, " **%.2f** (min %.2f)",
          v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN),
          v.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN))).append(" |");
    }
    md.append('\n');
  }
}
