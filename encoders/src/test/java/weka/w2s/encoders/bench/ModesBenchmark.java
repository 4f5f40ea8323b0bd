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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import weka.core.Instances;
import weka.core.Utils;
import weka.core.converters.ConverterUtils.DataSource;
import weka.w2s.W2SGExperiment;
import weka.w2s.targets.TargetStrategy;

/**
 * The modes benchmark: for each task of {@link ModeTasks} (built once into the cache), runs
 * {@code weka.w2s.W2SGExperiment} in process with every weak candidate of the task against its strong
 * view ({@code -weak name:<candidate>_.* ... -strong name:strong_.* -runs R -S 1 -json}), keeps the
 * JSON Lines it prints, and writes docs/modes.md ({@link ModesReport}). The experiment's progress goes
 * to stderr; its JSON Lines are also kept in {@code <cache>/modes/results/<task>.jsonl}.
 *
 * <p>Options (Weka style):
 * <pre>
 * -cache &lt;dir&gt;      raw data and built tasks (default $W2S_CACHE, else ~/.cache/weakToStrong)
 * -tasks &lt;a,b,..&gt;    task ids (default all nine: names-gender,afinn-polarity,spam-subject,credit-g,
 *                   diabetes,ionosphere,segment,breast-cancer-wisconsin,digits)
 * -runs &lt;n&gt;         repetitions of W2SGExperiment, seeds 1..n (default 5)
 * -modes &lt;list&gt;     passed to W2SGExperiment as -modes (default: not passed, its default modes)
 * -score-rules &lt;a;b&gt;  other k rules of the scores, as W2SGExperiment options separated by ';'
 *                   (e.g. "-variance 0.5;-auto;-k 8"): every task again with -modes naive and each
 *                   rule, for docs/predictors.md's comparison of the rules (default: none)
 * -out &lt;dir&gt;        where modes.md and predictors.md go (default docs)
 * -command &lt;text&gt;   the command line to record in the report
 * </pre>
 */
public final class ModesBenchmark {

  private ModesBenchmark() {
  }

  /** $W2S_CACHE, else ~/.cache/weakToStrong. */
  static Path defaultCache() {
    String env = System.getenv("W2S_CACHE");
    return env != null && !env.isEmpty() ? Path.of(env)
        : Path.of(System.getProperty("user.home"), ".cache", "weakToStrong");
  }

  /** The run's settings. */
  static final class Config {
    Path cache;
    final List<String> tasks = new ArrayList<>();
    int runs = 5;
    String modes = "";
    final List<String> scoreRules = new ArrayList<>();
    Path out = Path.of("docs");
    String command = "";

    static Config parse(String[] args) throws Exception {
      Config c = new Config();
      String cache = Utils.getOption("cache", args);
      c.cache = cache.isEmpty() ? defaultCache() : Path.of(cache);
      String tasks = Utils.getOption("tasks", args);
      List<String> all = new ArrayList<>(ModeTasks.all());
      all.addAll(RegressionTasks.all());
      for (String t : (tasks.isEmpty() ? String.join(",", all) : tasks).split(",")) {
        if (!t.trim().isEmpty()) {
          if (RegressionTasks.all().contains(t.trim())) {
            RegressionTasks.check(t.trim());
          } else {
            ModeTasks.check(t.trim());
          }
          c.tasks.add(t.trim());
        }
      }
      String runs = Utils.getOption("runs", args);
      if (!runs.isEmpty()) {
        c.runs = Integer.parseInt(runs.trim());
        if (c.runs < 1) {
          throw new IllegalArgumentException("-runs must be at least 1.");
        }
      }
      c.modes = Utils.getOption("modes", args).trim();
      for (String rule : Utils.getOption("score-rules", args).split(";")) {
        if (!rule.trim().isEmpty()) {
          c.scoreRules.add(rule.trim());
        }
      }
      String out = Utils.getOption("out", args);
      if (!out.isEmpty()) {
        c.out = Path.of(out);
      }
      c.command = Utils.getOption("command", args);
      Utils.checkForRemainingOptions(args);
      if (c.tasks.isEmpty()) {
        throw new IllegalArgumentException("No task given.");
      }
      return c;
    }
  }

  public static void main(String[] args) throws Exception {
    Config config;
    try {
      config = Config.parse(args);
    } catch (Exception e) {
      System.err.println("ModesBenchmark: " + e.getMessage());
      System.exit(1);
      return;
    }
    long start = System.nanoTime();
    List<ModesReport.TaskRun> runs = new ArrayList<>();
    List<ModesReport.TaskRun> regressionRuns = new ArrayList<>();
    Map<String, List<ModesReport.TaskRun>> rules = new LinkedHashMap<>();
    try {
      for (String task : config.tasks) {
        (isRegression(task) ? regressionRuns : runs).add(runTask(config, task, config.modes, ""));
      }
      for (String rule : config.scoreRules) {
        List<ModesReport.TaskRun> ruleRuns = new ArrayList<>();
        for (String task : config.tasks) {
          ruleRuns.add(runTask(config, task, "naive", rule));
        }
        rules.put(rule, ruleRuns);
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      // missing raw data, a failed experiment: one line (the experiment has said why on stderr)
      System.err.println("ModesBenchmark: " + e.getMessage());
      System.exit(1);
      return;
    }
    ModesReport.Meta meta = new ModesReport.Meta();
    meta.command = config.command;
    meta.date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
    meta.machine = machine();
    meta.totalSeconds = (System.nanoTime() - start) / 1e9;
    Files.createDirectories(config.out);
    Path report = config.out.resolve("modes.md");
    String text = ModesReport.render(meta, runs)
        + (regressionRuns.isEmpty() ? "" : RegressionReport.render(regressionRuns));
    Files.writeString(report, text, StandardCharsets.UTF_8);
    List<ModesReport.TaskRun> everyTask = new ArrayList<>(runs);
    everyTask.addAll(regressionRuns);
    Files.writeString(config.out.resolve("predictors.md"), PredictorsReport.render(meta, everyTask, rules),
        StandardCharsets.UTF_8);
    System.err.printf(Locale.ROOT, "ModesBenchmark: wrote %s (%.1f min)%n", report, meta.totalSeconds / 60);
  }

  static boolean isRegression(String task) {
    return RegressionTasks.all().contains(task);
  }

  /**
   * Builds (if needed) and runs one task.
   *
   * @param scoreRule W2SGExperiment's options for the k rule of the scores, or "" for its default
   */
  static ModesReport.TaskRun runTask(Config config, String task, String modes, String scoreRule) throws Exception {
    long t0 = System.nanoTime();
    Path file = isRegression(task) ? RegressionTasks.ensure(config.cache, task) : ModeTasks.ensure(config.cache, task);
    double buildSeconds = (System.nanoTime() - t0) / 1e9;
    List<String> args = experimentArgs(file, candidates(file), config.runs,
        isRegression(task) ? regressionModes(modes) : modes);
    if (!scoreRule.isEmpty()) {
      args.addAll(Arrays.asList(Utils.splitOptions(scoreRule)));
    }
    System.err.println("ModesBenchmark: " + task + ": W2SGExperiment " + String.join(" ", args));
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    long t1 = System.nanoTime();
    int rc;
    try (PrintStream out = new PrintStream(json, true, StandardCharsets.UTF_8)) {
      rc = W2SGExperiment.run(args.toArray(new String[0]), out, System.err);
    }
    double experimentSeconds = (System.nanoTime() - t1) / 1e9;
    if (rc != 0) {
      throw new IllegalStateException("W2SGExperiment failed on " + task + " (exit code " + rc + "); see above.");
    }
    String lines = json.toString(StandardCharsets.UTF_8);
    Path results = config.cache.resolve("modes").resolve("results");
    Files.createDirectories(results);
    String suffix = scoreRule.isEmpty() ? "" : "@" + scoreRule.replaceAll("[^A-Za-z0-9.]+", "");
    Files.writeString(results.resolve(task + suffix + ".jsonl"), lines, StandardCharsets.UTF_8);
    System.err.printf(Locale.ROOT, "ModesBenchmark: %s done (task file %.0f s, experiment %.0f s)%n", task,
        buildSeconds, experimentSeconds);
    return new ModesReport.TaskRun(task, isRegression(task) ? RegressionTasks.source(config.cache, task)
        : ModeTasks.source(config.cache, task), lines, buildSeconds, experimentSeconds);
  }

  /**
   * The modes of a list that have a meaning for a numeric class (the strategy says so itself:
   * {@link TargetStrategy#regressionProblem}); a regression task runs those.
   */
  static String regressionModes(String modes) {
    if (modes.isEmpty()) {
      return modes;
    }
    List<String> kept = new ArrayList<>();
    for (String m : modes.split(",")) {
      if (TargetStrategy.forName(m.trim()).regressionProblem() == null) {
        kept.add(m.trim());
      }
    }
    return String.join(",", kept);
  }

  private static final Pattern VIEW = Pattern.compile("(.+)_\\d+");

  /** The weak candidates of a task file: the prefixes of its attributes {@code <name>_<j>}, but strong. */
  static List<String> candidates(Path file) throws Exception {
    Instances header = new DataSource(file.toString()).getStructure();
    Set<String> names = new LinkedHashSet<>();
    for (int i = 0; i < header.numAttributes() - 1; i++) {
      Matcher m = VIEW.matcher(header.attribute(i).name());
      if (m.matches() && !m.group(1).equals("strong")) {
        names.add(m.group(1));
      }
    }
    return new ArrayList<>(names);
  }

  static List<String> experimentArgs(Path file, List<String> candidates, int runs, String modes) {
    List<String> args = new ArrayList<>(List.of("-i", file.toString(), "-c", "last"));
    for (String c : candidates) {
      args.add("-weak");
      args.add("name:" + c + "_[0-9]+"); // exactly this view: sub50_.* would also take sub50_bin3_0
    }
    args.addAll(List.of("-strong", "name:strong_.*", "-runs", Integer.toString(runs), "-S", "1", "-json"));
    if (!modes.isEmpty()) {
      args.add("-modes");
      args.add(modes);
    }
    return args;
  }

  /** Cores, Java, OS and, on Linux, the CPU model. */
  static String machine() {
    String cpu = "";
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          cpu = line.substring(line.indexOf(':') + 1).trim() + ", ";
          break;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: no CPU model
    }
    return String.format(Locale.ROOT, "%s%d cores, Java %s (%s), %s %s, max heap %.1f GB", cpu,
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.arch"),
        Runtime.getRuntime().maxMemory() / 1e9);
  }
}
