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

import weka.w2s.analysis.Quantity;
import weka.w2s.core.RankCorrelation;
import weka.w2s.core.Saturation;

/**
 * docs/predictors.md: every predictor of weak-to-strong generalization that W2SGExperiment reports
 * (every quantity -rank-by takes), head to head on the whole suite of docs/modes.md (classification
 * and regression): per task, the rank correlation (Spearman and Kendall's tau-b) across the weak
 * candidates between the predictor's seed mean and the seed mean of the measured W2S test error
 * (1 - accuracy, or the MSE) of naive and of auto. Each predictor is oriented as rankings use it
 * ({@link Quantity#oriented}: the misfit negated), so +1 always means "ranks as the W2S errors do".
 * A predictor whose candidates' means lie within {@value weka.w2s.core.Saturation#SEED_SDS} times their own seed-to-seed
 * standard deviation of each other is marked saturated: it ranks noise. With runs under other k
 * rules of the scores, a last section compares the rules.
 */
public final class PredictorsReport {

  /** The labelled baseline beside the predictors: the weak model's own test error. */
  static final String WEAK_ERROR = "weak_error";

  private PredictorsReport() {
  }

  /** The predictors by their -rank-by names, then the baseline. */
  static List<String> predictors() {
    List<String> out = new ArrayList<>();
    for (Quantity q : Quantity.rankable()) {
      out.add(q.rankName());
    }
    out.add(WEAK_ERROR);
    return out;
  }

  private static String description(String predictor) {
    if (predictor.equals(WEAK_ERROR)) {
      return "the weak model's test error (gold labels on the test part; a baseline no analysis has)";
    }
    Quantity q = Quantity.forRankName(predictor);
    return q.description() + (q.needsLabels() ? " (gold labels of the training part)"
        : q.description().contains("label-free") ? "" : " (label-free)")
        + (q.oriented(1) < 0 ? "; negated here" : "");
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
      for (Quantity q : Quantity.rankable()) {
        double[] values = ModesReport.values(o.path("scores").path(q.rankName()));
        for (int i = 0; i < values.length; i++) {
          values[i] = q.oriented(values[i]);
        }
        c.put(q.rankName(), values);
      }
      c.put(WEAK_ERROR, error(ModesReport.values(o.path("weak_model").path(measure)), t.regression));
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

  /** Whether a predictor's candidates are within their own seed noise of each other ({@link Saturation}). */
  static boolean saturated(Task t, String predictor) {
    return Saturation.saturated(t.candidates.stream().map(c -> c.get(predictor)).toArray(double[][]::new));
  }

  static double correlation(Task t, String predictor, String target,
      BiFunction<double[], double[], Double> statistic) {
    return statistic.apply(means(t, predictor), means(t, target));
  }

  private static List<Task> tasks(List<ModesReport.TaskRun> runs) {
    List<Task> tasks = new ArrayList<>();
    for (ModesReport.TaskRun r : runs) {
      tasks.add(parse(r.task, r.jsonLines));
    }
    return tasks;
  }

  /**
   * The page.
   *
   * @param runs  every task's run under the default k rule
   * @param rules other k rules of the scores (W2SGExperiment's options) and every task's run under
   *              each; empty for no comparison of rules
   */
  public static String render(ModesReport.Meta meta, List<ModesReport.TaskRun> runs,
      Map<String, List<ModesReport.TaskRun>> rules) {
    List<Task> tasks = tasks(runs);
    StringBuilder md = new StringBuilder();
    md.append("# Predicting weak-to-strong generalization: the predictors head to head\n\n");
    md.append("Written by `weka.w2s.encoders.bench.ModesBenchmark` (the same run as docs/modes.md): from each task's"
        + " `W2SGExperiment -json`, for every predictor the rank correlation across the weak candidates between"
        + " its mean over the seeds and the mean measured W2S test error (1 - accuracy, or the MSE) of the"
        + " naive student and of auto. Higher is better: a predictor that ranks the candidates as their W2S"
        + " errors do has +1. `~` marks a predictor that is saturated on the task: its candidates' means lie"
        + " within " + (int) Saturation.SEED_SDS + " times their own seed-to-seed standard deviation of each other, so"
        + " its ranking there is noise.\n\n");
    md.append("- Command: `").append(meta.command.isEmpty() ? "(not recorded)" : meta.command).append("`\n");
    md.append("- Date: ").append(meta.date).append("\n\n");
    md.append("Predictors (W2SG-MATH.md sections 3 and 9; computed on the labelled training part of each run):\n\n");
    for (String p : predictors()) {
      md.append("- `").append(p).append("`: ").append(description(p)).append('\n');
    }
    md.append('\n');
    summary(md, tasks);
    for (String target : new String[] {"naive", "auto"}) {
      table(md, tasks, target, "Spearman", RankCorrelation::spearman);
      table(md, tasks, target, "Kendall's tau-b", RankCorrelation::kendall);
    }
    if (!rules.isEmpty()) {
      rules(md, tasks, rules);
    }
    return md.toString();
  }

  /** Per predictor, its Spearman against naive's W2S error on every task (NaN where undefined). */
  private static Map<String, List<Double>> spearmanAgainstNaive(List<Task> tasks) {
    Map<String, List<Double>> out = new LinkedHashMap<>();
    for (String p : predictors()) {
      List<Double> values = new ArrayList<>();
      for (Task t : tasks) {
        double v = correlation(t, p, "naive", RankCorrelation::spearman);
        if (!Double.isNaN(v)) {
          values.add(v);
        }
      }
      out.put(p, values);
    }
    return out;
  }

  private static double mean(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }

  private static double min(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  /**
   * The best predictor by mean Spearman against naive's W2S error, label-free and with labels,
   * whether W2SGAnalysis's default is that one, and where each predictor fails.
   */
  private static void summary(StringBuilder md, List<Task> tasks) {
    Map<String, List<Double>> rho = spearmanAgainstNaive(tasks);
    md.append("## Summary\n\n");
    for (boolean labels : new boolean[] {false, true}) {
      String best = null;
      for (Quantity q : Quantity.rankable()) {
        if (q.needsLabels() == labels && (best == null || mean(rho.get(q.rankName())) > mean(rho.get(best)))) {
          best = q.rankName();
        }
      }
      String chosen = Quantity.defaultRanking(labels).rankName();
      md.append(String.format(Locale.ROOT, "- Best %s predictor by mean Spearman against naive's W2S test error"
          + " over the %d tasks: `%s`, %.2f (min %.2f). W2SGAnalysis's default %s: `%s`%s.%n",
          labels ? "labelled" : "label-free", tasks.size(), best, mean(rho.get(best)), min(rho.get(best)),
          labels ? "with the class" : "without it", chosen,
          chosen.equals(best) ? "" : " (**not the best here: change Quantity.defaultRanking**)"));
    }
    int saturated = 0;
    double lowestScore = Double.POSITIVE_INFINITY;
    for (Task t : tasks) {
      saturated += saturated(t, "score") ? 1 : 0;
      for (double m : means(t, "score")) {
        lowestScore = Math.min(lowestScore, m);
      }
    }
    md.append(String.format(Locale.ROOT, "- `score` (the operator norm) is saturated by the seed rule on %d of the"
        + " %d tasks, but every candidate's mean score on the suite lies between %.4f and 1.%n", saturated,
        tasks.size(), lowestScore));
    md.append("- Where each predictor ranks worst (Spearman against naive's W2S error, then the task):");
    for (String p : predictors()) {
      double worst = Double.POSITIVE_INFINITY;
      String where = "";
      for (Task t : tasks) {
        double v = correlation(t, p, "naive", RankCorrelation::spearman);
        if (v < worst) {
          worst = v;
          where = t.name;
        } else if (v == worst) {
          where += ", " + t.name;
        }
      }
      md.append(String.format(Locale.ROOT, " `%s` %.2f (%s);", p, worst, where));
    }
    md.setLength(md.length() - 1);
    md.append(".\n\n");
    md.append("Why, from the definitions (W2SG-MATH.md sections 3 and 9):\n\n"
        + "- `score` is the largest singular value of P_s (I - P_w). One strong principal direction outside the"
        + " weak span with a large shrinkage factor puts it near 1, and its remaining digits then follow how"
        + " much the strong kernel weights that direction, not how much of the label lies there.\n"
        + "- `frobenius_normalized` and `expected_gap` sum over every missed direction instead of taking the"
        + " largest, so they keep ordering views the operator norm lumps together; like `score` they never see"
        + " the label, so a low-dimensional view that happens to hold the label is ranked as a poor one.\n"
        + "- `cka` measures how alike the two representations are, not how good a teacher the weak one is: a"
        + " weak view that captures more of the strong representation's variance is both more similar and a"
        + " better teacher, so where the candidates' weak errors differ more than their gains, a higher CKA"
        + " goes with a lower W2S error, the opposite of the orientation the gain claim suggests.\n"
        + "- `misfit` bounds the gain over the weak teacher, not the W2S error: a poor teacher's labels are also"
        + " hard for the strong head to fit, so a large misfit comes with both good and bad teachers. Subtracted"
        + " from the weak model's cross-validated error (`predicted_error`) it predicts the W2S error itself.\n"
        + "- `pred_gap` is the part of the labels the strong model can learn and the weak one cannot, the"
        + " quantity Xue et al. show the W2S shortfall follows; it needs the gold labels of the analysed"
        + " rows.\n\n");
  }

  /** The k rules of the scores side by side: mean (min) Spearman against naive's W2S error. */
  private static void rules(StringBuilder md, List<Task> defaultTasks, Map<String, List<ModesReport.TaskRun>> rules) {
    md.append("## The k rule of the scores\n\n");
    md.append("The same tasks and seeds with W2SGExperiment's `-modes naive` and another rule for the principal"
        + " dimension k of the scores (the naive W2S errors are the same runs'); per rule and predictor the mean"
        + " (min) Spearman against naive's W2S test error over the tasks, and how many tasks the predictor is"
        + " saturated on (`~`).\n\n");
    md.append("| k rule |");
    List<String> predictors = predictors();
    predictors.remove(WEAK_ERROR);
    for (String p : predictors) {
      md.append(' ').append(p).append(" |");
    }
    md.append("\n|---|");
    predictors.forEach(p -> md.append("---:|"));
    md.append('\n');
    Map<String, List<Task>> byRule = new LinkedHashMap<>();
    byRule.put("-variance 0.9 (default)", defaultTasks);
    rules.forEach((rule, runs) -> byRule.put(rule, tasks(runs)));
    for (Map.Entry<String, List<Task>> e : byRule.entrySet()) {
      Map<String, List<Double>> rho = spearmanAgainstNaive(e.getValue());
      md.append("| `").append(e.getKey()).append("` |");
      for (String p : predictors) {
        int saturated = 0;
        for (Task t : e.getValue()) {
          saturated += saturated(t, p) ? 1 : 0;
        }
        md.append(String.format(Locale.ROOT, " %.2f (min %.2f)%s |", mean(rho.get(p)), min(rho.get(p)),
            saturated == 0 ? "" : ", " + saturated + " ~"));
      }
      md.append('\n');
    }
    md.append('\n');
  }

  private static void table(StringBuilder md, List<Task> tasks, String target, String name,
      BiFunction<double[], double[], Double> statistic) {
    md.append("## ").append(name).append(" against the W2S test error of ").append(target).append("\n\n");
    md.append("| task | candidates |");
    for (String p : predictors()) {
      md.append(' ').append(p).append(" |");
    }
    md.append("\n|---|---:|");
    predictors().forEach(p -> md.append("---:|"));
    md.append('\n');
    Map<String, List<Double>> all = new LinkedHashMap<>();
    Map<String, List<Double>> classification = new LinkedHashMap<>();
    Map<String, List<Double>> regression = new LinkedHashMap<>();
    for (Task t : tasks) {
      md.append("| ").append(t.name).append(t.regression ? " (regression)" : "").append(" | ")
          .append(t.candidates.size()).append(" |");
      for (String p : predictors()) {
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
    for (String p : predictors()) {
      List<Double> v = values.getOrDefault(p, List.of());
      md.append(v.isEmpty() ? " n/a" : String.format(Locale.ROOT, " **%.2f** (min %.2f)",
          v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN),
          v.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN))).append(" |");
    }
    md.append('\n');
  }
}
