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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * docs/modes.md: the JSON Lines output of {@code W2SGExperiment -json} for every task of the modes
 * benchmark, turned into one table per task and one summary table across tasks. Every number comes
 * from the runs; naive is the reference every mode is compared with (the only mode name this class
 * knows: the others are read from each task's summary object).
 *
 * <p>Definitions (also printed in the report): "accuracy" of a row is the mean over the candidates of
 * the candidate's mean test accuracy over the seeds, +/- the sample sd over the seeds of the seed's
 * mean over the candidates; PGR of means = (mode - weak) / (ceiling - weak) on those means, "(n/a)"
 * when ceiling <= weak; wins/losses/ties compare the mode's and naive's test accuracy on the same
 * (candidate, seed) run; the p-value is the exact two-sided sign test (binomial, p = 1/2, ties
 * dropped).
 */
public final class ModesReport {

  /** The reference mode. */
  public static final String NAIVE = "naive";
  /** A candidate counts as "below naive" when its mean is below naive's by more than this. */
  static final double BELOW = 0.03;
  /** A task counts as "not worse" when the task mean is at least naive's minus this. */
  static final double NOT_WORSE = 0.005;
  /** Accuracies closer than this are a tie. */
  static final double TIE = 1e-12;

  private ModesReport() {
  }

  // ---------------------------------------------------------------------------------------------
  // Input

  /** One task's run: what was run and the experiment's JSON Lines. */
  public static final class TaskRun {
    public final String task;
    public final ModeTasks.Source source;
    public final String jsonLines;
    public final double buildSeconds;
    public final double experimentSeconds;

    public TaskRun(String task, ModeTasks.Source source, String jsonLines, double buildSeconds,
        double experimentSeconds) {
      this.task = task;
      this.source = source;
      this.jsonLines = jsonLines;
      this.buildSeconds = buildSeconds;
      this.experimentSeconds = experimentSeconds;
    }
  }

  /** The header facts of the report. */
  public static final class Meta {
    public String command = "";
    public String date = "";
    public String machine = "";
    public double totalSeconds = Double.NaN;
  }

  /** One weak candidate's per-run values. */
  static final class Candidate {
    String name;
    int dimension;
    double[] weak;
    double[] ceiling;
    /** Accuracy of the weak labels on the pool (null when the JSON has no such key). */
    double[] weakLabels;
    final Map<String, double[]> accuracy = new LinkedHashMap<>();
    final Map<String, double[]> target = new LinkedHashMap<>();
    final Map<String, List<String>> chosen = new LinkedHashMap<>();
    final Map<String, Double> pgrOfMeans = new LinkedHashMap<>();
  }

  /** One task's parsed output. */
  static final class Parsed {
    String task;
    final List<String> modes = new ArrayList<>();
    final List<Candidate> candidates = new ArrayList<>();
    int instances = -1;
    int classes = -1;
    int strongDimension = -1;
    int runs;
    int trainSize = -1;
    int testSize = -1;
    String weakClassifier = "";
    String testFraction = "?";
    String weakFraction = "?";
    String strongClassifier = "";

    int seeds() {
      return candidates.isEmpty() ? 0 : candidates.get(0).weak.length;
    }

    boolean hasNaive() {
      return modes.contains(NAIVE);
    }
  }

  /** W2SGExperiment's JSON Lines as objects (candidates, then the summary); the one reader of every report. */
  static List<JsonNode> objects(String task, String jsonLines) {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    for (String line : jsonLines.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      try {
        out.add(json.readTree(line));
      } catch (IOException e) {
        throw new UncheckedIOException("Task " + task + ": not a JSON line: " + line, e);
      }
    }
    return out;
  }

  /** Parses W2SGExperiment's JSON Lines (candidate objects, then a summary object). */
  static Parsed parse(String task, String jsonLines) {
    Parsed p = new Parsed();
    p.task = task;
    JsonNode summary = null;
    for (JsonNode o : objects(task, jsonLines)) {
      String type = o.path("type").asText("");
      if (type.equals("summary")) {
        summary = o;
      } else if (type.equals("candidate")) {
        p.candidates.add(candidate(o));
        if (o.has("strong_attributes")) {
          p.strongDimension = o.path("strong_attributes").asInt();
        }
      }
    }
    if (p.candidates.isEmpty()) {
      throw new IllegalArgumentException("Task " + task + ": the experiment printed no candidate.");
    }
    if (summary != null && summary.path("modes").isArray()) {
      for (JsonNode m : summary.path("modes")) {
        p.modes.add(m.asText());
      }
    } else {
      p.modes.addAll(p.candidates.get(0).accuracy.keySet());
    }
    if (summary != null) {
      p.instances = summary.path("instances").asInt(-1);
      p.classes = summary.path("classes").asInt(-1);
      p.runs = summary.path("runs").asInt(p.seeds());
      p.trainSize = summary.path("train_size").asInt(-1);
      p.testSize = summary.path("test_size").asInt(-1);
      p.weakClassifier = summary.path("weak_classifier").asText("");
      p.testFraction = summary.path("test_fraction").asText("?");
      p.weakFraction = summary.path("weak_fraction").asText("?");
      p.strongClassifier = summary.path("strong_classifier").asText("");
    }
    for (Candidate c : p.candidates) {
      for (String m : p.modes) {
        if (!c.accuracy.containsKey(m)) {
          throw new IllegalArgumentException("Task " + task + ": candidate " + c.name + " has no mode " + m + ".");
        }
      }
    }
    return p;
  }

  private static Candidate candidate(JsonNode o) {
    Candidate c = new Candidate();
    c.name = candidateName(o.path("weak").asText("?"));
    c.dimension = o.path("weak_attributes").asInt(-1);
    c.weak = values(o.path("weak_model").path("accuracy"));
    c.ceiling = values(o.path("ceiling").path("accuracy"));
    c.weakLabels = o.has("weak_labels_accuracy") ? values(o.path("weak_labels_accuracy")) : null;
    Iterator<Map.Entry<String, JsonNode>> modes = o.path("modes").fields();
    while (modes.hasNext()) {
      Map.Entry<String, JsonNode> e = modes.next();
      JsonNode m = e.getValue();
      c.accuracy.put(e.getKey(), values(m.path("accuracy")));
      if (m.has("target_accuracy") && !m.path("target_accuracy").isNull()) {
        c.target.put(e.getKey(), values(m.path("target_accuracy")));
      }
      // an array of strings, one per run (also accepted as {"values": [...]})
      JsonNode chosenNode = m.path("chosen").isObject() ? m.path("chosen").path("values") : m.path("chosen");
      if (chosenNode.isArray()) {
        List<String> chosen = new ArrayList<>();
        for (JsonNode v : chosenNode) {
          chosen.add(v.isNull() ? "(none)" : v.asText());
        }
        c.chosen.put(e.getKey(), chosen);
      }
      c.pgrOfMeans.put(e.getKey(), number(m.path("pgr").path("of_means")));
    }
    return c;
  }

  /** "name:minilm_[0-9]+" (or "name:minilm_.*") -> "minilm"; any other selection is kept as it is. */
  static String candidateName(String spec) {
    String s = spec.startsWith("name:") ? spec.substring("name:".length()) : spec;
    for (String tail : new String[] {"_[0-9]+", "_.*"}) {
      if (s.endsWith(tail)) {
        return s.substring(0, s.length() - tail.length());
      }
    }
    return s;
  }

  /** The "values" array of a statistic, or the object itself when it is an array; null is NaN. */
  static double[] values(JsonNode stat) {
    JsonNode v = stat.isArray() ? stat : stat.path("values");
    double[] out = new double[v.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = number(v.get(i));
    }
    return out;
  }

  private static double number(JsonNode n) {
    return n != null && n.isNumber() ? n.asDouble() : Double.NaN;
  }

  // ---------------------------------------------------------------------------------------------
  // Statistics

  /**
   * The exact two-sided sign test: under H0 each non-tied run is a win with probability 1/2; p =
   * min(1, 2 P(X <= min(wins, losses))) for X ~ Binomial(wins + losses, 1/2). 1 without untied runs.
   */
  public static double signTest(int wins, int losses) {
    int n = wins + losses;
    if (n == 0) {
      return 1.0;
    }
    int k = Math.min(wins, losses);
    BigInteger tail = BigInteger.ZERO;
    BigInteger binomial = BigInteger.ONE; // C(n, 0)
    for (int i = 0; i <= k; i++) {
      tail = tail.add(binomial);
      binomial = binomial.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
    }
    BigDecimal p = new BigDecimal(tail.shiftLeft(1)).divide(new BigDecimal(BigInteger.ONE.shiftLeft(n)),
        MathContext.DECIMAL64);
    return Math.min(1.0, p.doubleValue());
  }

  /** Wins, losses and ties of a over b, run by run. */
  static int[] winsLossesTies(double[] a, double[] b) {
    int[] wlt = new int[3];
    for (int i = 0; i < a.length; i++) {
      double d = a[i] - b[i];
      wlt[Math.abs(d) <= TIE ? 2 : d > 0 ? 0 : 1]++;
    }
    return wlt;
  }

  /** A row's values: one array of per-seed accuracies per candidate. */
  private static List<double[]> rowValues(Parsed p, String row) {
    List<double[]> out = new ArrayList<>();
    for (Candidate c : p.candidates) {
      out.add(row.equals("weak") ? c.weak : row.equals("ceiling") ? c.ceiling : c.accuracy.get(row));
    }
    return out;
  }

  /** Mean over candidates of the per-candidate mean over seeds. */
  static double meanOfMeans(List<double[]> perCandidate) {
    double[] means = perCandidate.stream().mapToDouble(Stats::mean).toArray();
    return Stats.mean(means);
  }

  /** Sample sd over seeds of the seed's mean over candidates. */
  static double sdOverSeeds(List<double[]> perCandidate) {
    int seeds = perCandidate.get(0).length;
    double[] bySeed = new double[seeds];
    for (int r = 0; r < seeds; r++) {
      final int rr = r;
      bySeed[r] = Stats.mean(perCandidate.stream().mapToDouble(v -> v[rr]).toArray());
    }
    return Stats.sd(bySeed);
  }

  /** PGR on means; NaN when the ceiling is not above the weak model. */
  static double pgr(double weak, double mode, double ceiling) {
    return Stats.pgr(weak, mode, ceiling);
  }

  /** The statistics of one row of a task's table. */
  static final class Row {
    String name;
    double mean;
    double sd;
    double pgr = Double.NaN;
    int[] wlt; // null for the reference rows
    double p = Double.NaN;
    double worst = Double.NaN;
    int below;
    double target = Double.NaN;
    String chosen = "";
    /** per-candidate means */
    double[] candidateMeans;
  }

  static List<Row> rows(Parsed p) {
    List<String> names = new ArrayList<>(List.of("weak", "ceiling"));
    names.addAll(p.modes);
    List<double[]> weak = rowValues(p, "weak");
    List<double[]> ceiling = rowValues(p, "ceiling");
    double weakMean = meanOfMeans(weak);
    double ceilingMean = meanOfMeans(ceiling);
    List<Row> rows = new ArrayList<>();
    for (String name : names) {
      Row row = new Row();
      row.name = name;
      List<double[]> v = rowValues(p, name);
      row.mean = meanOfMeans(v);
      row.sd = sdOverSeeds(v);
      row.candidateMeans = v.stream().mapToDouble(Stats::mean).toArray();
      boolean isMode = p.modes.contains(name);
      if (isMode) {
        row.pgr = pgr(weakMean, row.mean, ceilingMean);
      }
      if (isMode && p.hasNaive() && !name.equals(NAIVE)) {
        List<double[]> naive = rowValues(p, NAIVE);
        row.wlt = new int[3];
        row.worst = Double.POSITIVE_INFINITY;
        for (int c = 0; c < v.size(); c++) {
          int[] w = winsLossesTies(v.get(c), naive.get(c));
          for (int k = 0; k < 3; k++) {
            row.wlt[k] += w[k];
          }
          double diff = Stats.mean(v.get(c)) - Stats.mean(naive.get(c));
          row.worst = Math.min(row.worst, diff);
          if (diff < -BELOW) {
            row.below++;
          }
        }
        row.p = signTest(row.wlt[0], row.wlt[1]);
      }
      List<Double> targets = new ArrayList<>();
      for (Candidate c : p.candidates) {
        double[] t = name.equals("weak") ? c.weakLabels : c.target.get(name);
        if (t != null) {
          for (double x : t) {
            targets.add(x);
          }
        }
      }
      row.target = Stats.mean(targets.stream().mapToDouble(Double::doubleValue).toArray());
      Map<String, Integer> chosen = choices(List.of(p), name);
      if (!chosen.isEmpty()) {
        row.chosen = describeChoices(chosen);
      }
      rows.add(row);
    }
    return rows;
  }

  /**
   * What a selecting mode chose: the counts per strategy (the leading word of each choice, "kernel 6,
   * naive 3", by count, then name), followed, when the choices carry settings, by the counts of the
   * exact choices ("naive: 2; naive, ridge 0.0100 x mean variance: 1").
   */
  static String describeChoices(Map<String, Integer> counts) {
    Map<String, Integer> strategies = new TreeMap<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      strategies.merge(strategy(e.getKey()), e.getValue(), Integer::sum);
    }
    String coarse = join(strategies, " ", ", ");
    return strategies.keySet().equals(counts.keySet()) ? coarse : coarse + " -- " + join(counts, ": ", "; ");
  }

  /** The leading word of a choice ("naive, ridge 0.01" -> "naive"). */
  static String strategy(String choice) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^[A-Za-z0-9_-]+").matcher(choice.trim());
    return m.find() ? m.group() : choice.trim();
  }

  private static String join(Map<String, Integer> counts, String between, String separator) {
    List<Map.Entry<String, Integer>> e = new ArrayList<>(counts.entrySet());
    e.sort((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey())
        : b.getValue() - a.getValue());
    StringBuilder s = new StringBuilder();
    for (Map.Entry<String, Integer> x : e) {
      s.append(s.length() == 0 ? "" : separator).append(x.getKey()).append(between).append(x.getValue());
    }
    return s.toString();
  }

  /** Every choice of a mode over the candidates and runs of the tasks, counted; empty if it chose nothing. */
  static Map<String, Integer> choices(List<Parsed> tasks, String mode) {
    Map<String, Integer> chosen = new TreeMap<>();
    for (Parsed p : tasks) {
      for (Candidate c : p.candidates) {
        for (String s : c.chosen.getOrDefault(mode, List.of())) {
          chosen.merge(s, 1, Integer::sum);
        }
      }
    }
    return chosen;
  }

  // ---------------------------------------------------------------------------------------------
  // Markdown

  /** The whole report. */
  public static String render(Meta meta, List<TaskRun> runs) {
    List<Parsed> parsed = new ArrayList<>();
    for (TaskRun r : runs) {
      parsed.add(parse(r.task, r.jsonLines));
    }
    StringBuilder md = new StringBuilder();
    md.append("# WeakToStrong's training modes on ").append(plural(runs.size(), "real task")).append("\n\n");
    md.append("Written by `weka.w2s.encoders.bench.ModesBenchmark` (bench/modes.sh): `W2SGExperiment -json` on every");
    md.append(" task, each with several weak candidates and one strong view; every number below is computed from");
    md.append(" those runs.\n\n");
    md.append("- Command: `").append(meta.command.isEmpty() ? "(not recorded)" : meta.command).append("`\n");
    md.append("- Date: ").append(meta.date).append('\n');
    md.append("- Machine: ").append(meta.machine).append('\n');
    double build = runs.stream().mapToDouble(r -> r.buildSeconds).sum();
    double experiment = runs.stream().mapToDouble(r -> r.experimentSeconds).sum();
    md.append("- Time: ").append(Double.isNaN(meta.totalSeconds) ? "n/a" : duration(meta.totalSeconds))
        .append(" in all (task files ").append(duration(build)).append(", experiments ")
        .append(duration(experiment)).append("; per task below)\n");
    if (!parsed.isEmpty()) {
      Parsed first = parsed.get(0);
      md.append("- Protocol (W2SGExperiment): ").append(plural(first.runs, "seeded stratified split"))
          .append(" per task (-S 1), test fraction ").append(first.testFraction).append(", weak fraction ")
          .append(first.weakFraction).append(" of the training part;")
          .append(" weak model ").append(code(first.weakClassifier)).append(", strong model ")
          .append(code(first.strongClassifier)).append("; ceiling = the strong model on the pool's gold labels\n");
    }
    md.append('\n');

    setup(md, runs, parsed);
    md.append("## Reading the tables\n\n");
    md.append("- **accuracy**: test accuracy, mean over the weak candidates of each candidate's mean over the seeds,")
        .append(" +/- the sample sd over the seeds of the seed's mean over the candidates.\n");
    md.append("- **PGR**: (mode - weak) / (ceiling - weak) on those means; (n/a) when ceiling <= weak.\n");
    md.append("- **W / L / T**: runs (candidate x seed) where the mode's test accuracy is above / below / equal to")
        .append(" naive's on the same split; **p**: exact two-sided sign test (binomial, ties dropped).\n");
    md.append(String.format(Locale.ROOT, "- **worst**: the lowest per-candidate difference (mode mean - naive mean"
        + " over the seeds); **< -%.2f**: candidates where the mode is more than %.2f below naive.%n", BELOW, BELOW));
    md.append("- **targets**: accuracy of the labels the strong model was trained on (weak row: the weak labels;")
        .append(" a mode's row: its targets, e.g. refined labels) against the pool's gold labels, mean over")
        .append(" candidates and seeds, where the experiment reports it; **chose**: what a mode that selects a strategy")
        .append(" chose, counted over candidates x seeds.\n\n");

    for (int t = 0; t < parsed.size(); t++) {
      taskSection(md, runs.get(t), parsed.get(t));
    }
    summary(md, parsed);
    md.append("## How to rerun\n\n");
    md.append("`bench/modes.sh` (fetches the data, builds both modules, builds the task files once into the cache")
        .append(" `$W2S_CACHE/modes`, runs everything); extra arguments pass to ModesBenchmark, e.g.")
        .append(" `bench/modes.sh -tasks diabetes,names-gender -runs 1` or `-modes naive,kernel`.\n");
    return md.toString();
  }

  private static void setup(StringBuilder md, List<TaskRun> runs, List<Parsed> parsed) {
    md.append("## Setup\n\n");
    md.append("| task | source | licence of the data | instances | classes | train / test | strong dim |")
        .append(" weak candidates (dim) | build s | experiment s |\n");
    md.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (int t = 0; t < parsed.size(); t++) {
      TaskRun r = runs.get(t);
      Parsed p = parsed.get(t);
      StringBuilder cands = new StringBuilder();
      for (Candidate c : p.candidates) {
        cands.append(cands.length() == 0 ? "" : ", ").append(c.name).append(" (").append(c.dimension).append(')');
      }
      String source = r.source == null ? "" : r.source.origin + ": " + r.source.files;
      String licence = r.source == null ? "" : r.source.licence;
      md.append("| ").append(r.task).append(" | ").append(cell(source)).append(" | ").append(cell(licence))
          .append(" | ").append(p.instances).append(" | ").append(p.classes).append(" | ")
          .append(p.trainSize).append(" / ").append(p.testSize).append(" | ").append(p.strongDimension)
          .append(" | ").append(cands).append(" | ").append(String.format(Locale.ROOT, "%.0f", r.buildSeconds))
          .append(" | ").append(String.format(Locale.ROOT, "%.0f", r.experimentSeconds)).append(" |\n");
    }
    md.append('\n');
    md.append("Text tasks: 2000 texts (stratified, seed 1); strong = bge-small-en-v1.5 embedding; minilm =")
        .append(" all-MiniLM-L6-v2 embedding; char_pca16/64 = principal components of a character 1-3-gram TF-IDF")
        .append(" bag; bge_rp8, e5_q_rp32 = Gaussian random projections of bge and quantized e5-small-v2.")
        .append(" Tabular tasks: ReplaceMissingValues, NominalToBinary, constant columns removed, Standardize;")
        .append(" strong = those attributes plus 200 random Fourier features (Gaussian kernel, median-distance")
        .append(" bandwidth); pc2 = first 2 principal components; sub25/sub50 = random 25% / 50% of the attributes;")
        .append(" rp4 = Gaussian random projection to 4 dimensions (ModeTasks' Javadoc has the details).\n\n");
  }

  private static void taskSection(StringBuilder md, TaskRun run, Parsed p) {
    md.append("## ").append(p.task).append("\n\n");
    List<Row> rows = rows(p);
    boolean anyTarget = rows.stream().anyMatch(r -> !Double.isNaN(r.target));
    boolean anyChosen = rows.stream().anyMatch(r -> !r.chosen.isEmpty());
    md.append(plural(p.candidates.size(), "candidate")).append(" x ").append(plural(p.seeds(), "seed")).append('.')
        .append(p.hasNaive() ? "" : " (naive was not run: no comparisons.)").append("\n\n");
    md.append("| model | accuracy | PGR | W / L / T vs naive | p | worst | < -").append(fmt2(BELOW)).append(" |");
    md.append(anyTarget ? " targets |" : "").append(anyChosen ? " chose |" : "").append('\n');
    md.append("| --- | --- | --- | --- | --- | --- | --- |").append(anyTarget ? " --- |" : "")
        .append(anyChosen ? " --- |" : "").append('\n');
    for (Row r : rows) {
      md.append("| ").append(r.name).append(" | ").append(meanSd(r.mean, r.sd)).append(" | ");
      md.append(p.modes.contains(r.name) ? (Double.isNaN(r.pgr) ? "(n/a)" : fmt3(r.pgr)) : "").append(" | ");
      if (r.wlt != null) {
        md.append(r.wlt[0]).append(" / ").append(r.wlt[1]).append(" / ").append(r.wlt[2]).append(" | ")
            .append(pValue(r.p)).append(" | ").append(signed(r.worst)).append(" | ").append(r.below).append(" |");
      } else {
        md.append(r.name.equals(NAIVE) ? "(reference)" : "").append(" | | | |");
      }
      if (anyTarget) {
        md.append(' ').append(Double.isNaN(r.target) ? "" : fmt4(r.target)).append(" |");
      }
      if (anyChosen) {
        md.append(' ').append(r.chosen).append(" |");
      }
      md.append('\n');
    }
    md.append('\n');
    // per candidate
    md.append("Per candidate (mean test accuracy over the seeds):\n\n");
    md.append("| candidate (dim) |");
    for (Row r : rows) {
      md.append(' ').append(r.name).append(" |");
    }
    md.append('\n').append("| ---").append(" | ---".repeat(rows.size())).append(" |\n");
    List<String> weakAtCeiling = new ArrayList<>();
    for (int c = 0; c < p.candidates.size(); c++) {
      Candidate cand = p.candidates.get(c);
      md.append("| ").append(cand.name).append(" (").append(cand.dimension).append(") |");
      for (Row r : rows) {
        md.append(' ').append(fmt4(r.candidateMeans[c])).append(" |");
      }
      md.append('\n');
      if (rows.get(0).candidateMeans[c] >= rows.get(1).candidateMeans[c]) {
        weakAtCeiling.add(cand.name);
      }
    }
    md.append('\n');
    if (!weakAtCeiling.isEmpty()) {
      md.append("Weak >= ceiling (mean over the seeds) for: ").append(String.join(", ", weakAtCeiling))
          .append(": there is no gap to recover for those candidates.\n\n");
    }
  }

  private static void summary(StringBuilder md, List<Parsed> parsed) {
    Set<String> modes = new LinkedHashSet<>();
    for (Parsed p : parsed) {
      modes.addAll(p.modes);
    }
    int candidates = parsed.stream().mapToInt(p -> p.candidates.size()).sum();
    md.append("## Summary across the tasks\n\n");
    md.append(String.format(Locale.ROOT, "%s, %s in all. accuracy: mean over all candidates of"
        + " all tasks of the candidate's mean over the seeds; diff: mean over the candidates of (mode mean - naive"
        + " mean); W / L / T and p over all (candidate, seed) runs; tasks >= naive - %.3f: tasks whose mean"
        + " accuracy (as in the task tables) is at least naive's minus %.3f; PGR: mean over the tasks of the task"
        + " PGR of means (tasks where it is defined), and the median over the candidates of the candidate's PGR of"
        + " means (W2SGExperiment's pgr.of_means; candidates whose ceiling is above their weak model).%n%n",
        plural(parsed.size(), "task"), plural(candidates, "candidate"), NOT_WORSE,
        NOT_WORSE));
    List<String> names = new ArrayList<>(List.of("weak", "ceiling"));
    names.addAll(modes);
    boolean anyChosen = names.stream().anyMatch(n -> !choices(parsed, n).isEmpty());
    md.append("| model | accuracy | diff to naive | W / L / T | p | tasks >= naive - ").append(fmt3(NOT_WORSE))
        .append(" | mean task PGR | median candidate PGR |").append(anyChosen ? " chose |" : "").append('\n');
    md.append("| --- | --- | --- | --- | --- | --- | --- | --- |").append(anyChosen ? " --- |" : "").append('\n');
    for (String name : names) {
      List<Double> means = new ArrayList<>();
      List<Double> diffs = new ArrayList<>();
      List<Double> taskPgr = new ArrayList<>();
      List<Double> candPgr = new ArrayList<>();
      int[] wlt = new int[3];
      int tasksNotWorse = 0;
      int tasksCompared = 0;
      int tasksWithMode = 0;
      boolean isMode = modes.contains(name);
      for (Parsed p : parsed) {
        if (isMode && !p.modes.contains(name)) {
          continue;
        }
        tasksWithMode++;
        List<double[]> v = rowValues(p, name);
        for (double[] x : v) {
          means.add(Stats.mean(x));
        }
        if (isMode) {
          double weakMean = meanOfMeans(rowValues(p, "weak"));
          double ceilingMean = meanOfMeans(rowValues(p, "ceiling"));
          double t = pgr(weakMean, meanOfMeans(v), ceilingMean);
          if (!Double.isNaN(t)) {
            taskPgr.add(t);
          }
          for (Candidate c : p.candidates) {
            Double x = c.pgrOfMeans.get(name);
            // as in the task tables: a candidate whose ceiling is not above its weak model has no PGR
            if (x != null && Double.isFinite(x) && Stats.mean(c.ceiling) > Stats.mean(c.weak)) {
              candPgr.add(x);
            }
          }
        }
        if (p.hasNaive()) {
          List<double[]> naive = rowValues(p, NAIVE);
          tasksCompared++;
          if (meanOfMeans(v) >= meanOfMeans(naive) - NOT_WORSE) {
            tasksNotWorse++;
          }
          for (int c = 0; c < v.size(); c++) {
            diffs.add(Stats.mean(v.get(c)) - Stats.mean(naive.get(c)));
            int[] w = winsLossesTies(v.get(c), naive.get(c));
            for (int k = 0; k < 3; k++) {
              wlt[k] += w[k];
            }
          }
        }
      }
      md.append("| ").append(name).append(" | ").append(fmt4(mean(means))).append(" | ");
      boolean compared = tasksCompared > 0 && !name.equals(NAIVE);
      md.append(compared ? signed(mean(diffs)) : "").append(" | ");
      md.append(compared ? wlt[0] + " / " + wlt[1] + " / " + wlt[2] : name.equals(NAIVE) ? "(reference)" : "")
          .append(" | ").append(compared ? pValue(signTest(wlt[0], wlt[1])) : "").append(" | ");
      md.append(compared ? tasksNotWorse + " of " + tasksCompared : "").append(" | ");
      md.append(isMode ? (taskPgr.isEmpty() ? "(n/a)" : fmt3(mean(taskPgr)) + " (" + taskPgr.size() + " of "
          + tasksWithMode + ")") : "").append(" | ");
      md.append(isMode ? (candPgr.isEmpty() ? "(n/a)" : fmt3(Stats.median(toArray(candPgr))) + " (" + candPgr.size()
          + ")") : "").append(" |");
      if (anyChosen) {
        Map<String, Integer> chosen = choices(parsed, name);
        md.append(' ').append(chosen.isEmpty() ? "" : describeChoices(chosen)).append(" |");
      }
      md.append('\n');
    }
    md.append('\n');
  }

  // ---------------------------------------------------------------------------------------------
  // Formatting

  private static double[] toArray(List<Double> v) {
    return v.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static double mean(List<Double> v) {
    return Stats.mean(toArray(v));
  }

  static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String meanSd(double mean, double sd) {
    return fmt4(mean) + (Double.isNaN(sd) ? "" : " +/- " + fmt4(sd));
  }

  static String fmt4(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.4f", v);
  }

  static String fmt3(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
  }

  private static String fmt2(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  static String signed(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%+.4f", v);
  }

  static String pValue(double p) {
    return p < 1e-4 ? String.format(Locale.ROOT, "%.1e", p) : String.format(Locale.ROOT, "%.4f", p);
  }

  private static String duration(double seconds) {
    return seconds < 120 ? String.format(Locale.ROOT, "%.0f s", seconds)
        : String.format(Locale.ROOT, "%.1f min", seconds / 60);
  }

  private static String code(String s) {
    return s.isEmpty() ? "(not reported)" : "`" + s + "`";
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }

  /** For the tests: the rows of one task's table. */
  static List<Row> rows(String task, String jsonLines) {
    return rows(parse(task, jsonLines));
  }
}
