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

package weka.w2s.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import weka.w2s.data.RepresentationLayout;

/** The benchmark's results as a plain-text/markdown table and as the docs/benchmark.md report. */
final class Report {

  private Report() {
  }

  /** The rows of the back-end comparisons, the wide case and the file comparison. */
  static final class Extras {
    /** The streamed phase at n per back end ("java", "native"). */
    final Map<String, Map<String, String>> streams;
    /** The wide case per back end; empty if skipped. */
    final Map<String, Map<String, String>> wide;
    /** The numpy script's compute on the wide rows, or null. */
    final Map<String, String> wideNumpy;
    /** The file comparison, or null. */
    final AnalysisBenchmark.FileComparison file;

    Extras(Map<String, Map<String, String>> streams, Map<String, Map<String, String>> wide,
        Map<String, String> wideNumpy, AnalysisBenchmark.FileComparison file) {
      this.streams = streams;
      this.wide = wide;
      this.wideNumpy = wideNumpy;
      this.file = file;
    }
  }

  /** The targets, each as a ratio measured in this run. */
  static String targets(Extras x) {
    StringBuilder sb = new StringBuilder();
    Map<String, String> java = x.streams.get("java");
    Map<String, String> nat = x.streams.get("native");
    if (nat != null) {
      sb.append(String.format(Locale.ROOT, "- Statistics phase (streamed, n = %s, %s columns), java -> native:"
          + " %s s -> %s s, %.1fx faster (target >= 5x); whole analysis %s s -> %s s.%n",
          thousands(java.get("n")), java.get("columns"), java.get("accumulate_s"), nat.get("accumulate_s"),
          ratio(java.get("accumulate_s"), nat.get("accumulate_s")), java.get("time_s"), nat.get("time_s")));
    } else {
      sb.append("- No optimized native BLAS on this machine: only the java back end ran.\n");
    }
    if (!x.wide.isEmpty()) {
      Map<String, String> best = x.wide.containsKey("native") ? x.wide.get("native") : x.wide.get("java");
      sb.append(String.format(Locale.ROOT, "- Wide case (n = %s, %s columns):", thousands(best.get("n")),
          best.get("columns")));
      for (Map.Entry<String, Map<String, String>> e : x.wide.entrySet()) {
        sb.append(String.format(Locale.ROOT, " %s %s s (statistics %s s);", e.getKey(), e.getValue().get("time_s"),
            e.getValue().get("accumulate_s")));
      }
      if (x.wideNumpy != null) {
        sb.append(String.format(Locale.ROOT, " numpy compute %s s (score %s); best back end / numpy = %.2f"
            + " (target <= 2).%n", x.wideNumpy.get("compute_s"), x.wideNumpy.get("score"),
            ratio(best.get("time_s"), x.wideNumpy.get("compute_s"))));
      } else {
        sb.append(" numpy not available.\n");
      }
    }
    if (x.file != null) {
      String analysis = x.file.times.containsKey("W2SGAnalysis -linalg native") ? "W2SGAnalysis -linalg native"
          : "W2SGAnalysis -linalg java";
      double a = x.file.best(analysis);
      sb.append(String.format(Locale.ROOT, "- File (n = %s, %d columns): %s / ArffLoader pass = %.2f (target <= 1.3)",
          thousands(Integer.toString(x.file.n)), x.file.columns, analysis, a / x.file.best("ArffLoader pass")));
      if (x.file.times.containsKey("numpy script")) {
        sb.append(String.format(Locale.ROOT, ", / numpy script = %.2f (target <= 1.5; stretch <= 1)",
            a / x.file.best("numpy script")));
      }
      sb.append(".\n");
    }
    return sb.toString();
  }

  /** The file comparison: best and every round per command. */
  static String fileTable(AnalysisBenchmark.FileComparison c) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "One ARFF file of %s rows x %d columns (%.0f MB), whole-process wall"
        + " times, %d interleaved rounds:%n%n", thousands(Integer.toString(c.n)), c.columns, c.bytes / 1048576.0,
        c.rounds));
    sb.append("| Command | Best (s) | Rounds (s) | Result |\n| --- | ---: | ---: | --- |\n");
    for (Map.Entry<String, List<Double>> e : c.times.entrySet()) {
      StringBuilder all = new StringBuilder();
      for (double t : e.getValue()) {
        all.append(all.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", t));
      }
      sb.append(String.format(Locale.ROOT, "| %s | %.2f | %s | %s |%n", e.getKey(), c.best(e.getKey()), all,
          c.results.get(e.getKey())));
    }
    return sb.toString();
  }

  private static double ratio(String a, String b) {
    return Double.parseDouble(a) / Double.parseDouble(b);
  }

  private static final String[] HEADER = {"Phase", "n", "Columns", "Wall time (s)",
      "Data generation (s, not in wall time)", "Heap limit", "Heap before (MB)", "Peak heap (MB)",
      "Peak live heap (MB)", "Load (1 min) start -> end", "Result"};

  /** The results table in markdown syntax (also readable as plain text). */
  static String table(List<Map<String, String>> rows) {
    StringBuilder sb = new StringBuilder();
    sb.append('|');
    for (String h : HEADER) {
      sb.append(' ').append(h).append(" |");
    }
    sb.append('\n').append('|');
    for (int i = 0; i < HEADER.length; i++) {
      sb.append(i == 0 || i == HEADER.length - 1 ? " --- |" : " ---: |");
    }
    sb.append('\n');
    for (Map<String, String> r : rows) {
      String[] cells = {label(r.get("phase")) + (r.containsKey("linalg") ? ", " + r.get("linalg") : ""), thousands(r.get("n")), r.get("columns"), r.get("time_s"),
          r.getOrDefault("generation_s", "-"), "-Xmx" + r.get("xmx"), r.getOrDefault("baseline_mb", "-"),
          r.getOrDefault("peak_mb", "-"),
          r.getOrDefault("live_mb", "-"), r.getOrDefault("load", "-"), outcome(r)};
      sb.append('|');
      for (String c : cells) {
        sb.append(' ').append(c).append(" |");
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** Speed-up and heap growth, one line each. */
  static String summary(Map<String, String> stream, Map<String, String> instances, Map<String, String> weka,
      Map<String, String> large) {
    StringBuilder sb = new StringBuilder();
    speedUp(sb, "streamed analysis", stream, weka);
    if (instances != null) {
      speedUp(sb, "analysis from Instances", instances, weka);
    }
    if (large.containsKey("peak_mb")) {
      double small = Double.parseDouble(stream.get("peak_mb"));
      double big = Double.parseDouble(large.get("peak_mb"));
      double smallLive = Double.parseDouble(stream.get("live_mb"));
      double bigLive = Double.parseDouble(large.get("live_mb"));
      sb.append(String.format(Locale.ROOT, "- Streaming heap, n = %s -> %s: peak %.1f -> %.1f MB (x%.2f),"
          + " peak live %.1f -> %.1f MB (x%.2f); rows x %.0f.%n", thousands(stream.get("n")),
          thousands(large.get("n")), small, big, big / small, smallLive, bigLive, bigLive / smallLive,
          Double.parseDouble(large.get("n")) / Double.parseDouble(stream.get("n"))));
    }
    return sb.toString();
  }

  private static void speedUp(StringBuilder sb, String what, Map<String, String> ours,
      Map<String, String> weka) {
    double time = Double.parseDouble(ours.get("time_s"));
    String wekaTime = weka.get("time_s");
    boolean limited = wekaTime.startsWith(">");
    double theirs = Double.parseDouble(limited ? wekaTime.substring(1) : wekaTime);
    sb.append(String.format(Locale.ROOT, "- Speed-up of the %s over PrincipalComponents at n = %s: %s%.1fx"
        + " (%.3f s vs %s s; target >= 10x).%n", what, thousands(ours.get("n")), limited ? "> " : "",
        theirs / time, time, wekaTime));
  }

  static String markdown(AnalysisBenchmark.Workload w, List<Map<String, String>> rows,
      Map<String, String> stream, Map<String, String> instances, Map<String, String> weka,
      Map<String, String> large, Extras extras, List<String> streamFlags, List<String> dataFlags,
      String[] load,
      Map<String, String> machine, String command) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Benchmark: W2SG analysis vs Weka's PrincipalComponents\n\n");
    sb.append("This file is written by the benchmark itself; rerun it with\n\n```\n").append(command)
        .append("\n```\n\n(`bench/run-benchmark.sh -h` lists the options; the script builds the package and the"
            + " test classes first if needed.) The benchmark is test code, not part of the package jar; without"
            + " the script it runs from a build (`mvn package -DskipTests` compiles the test classes too):\n\n```\n"
            + "java -cp \"target/test-classes:target/weakToStrong.jar:lib/*:target/weka/*\" "
            + AnalysisBenchmark.class.getName() + " -o docs/benchmark.md\n```\n\n");

    sb.append("## Results\n\n");
    sb.append(table(rows)).append('\n');
    sb.append(summary(stream, instances, weka, large));
    sb.append(targets(extras)).append('\n');
    if (extras.file != null) {
      sb.append("### Reading a file: the analysis beside Weka's ArffLoader and numpy\n\n");
      sb.append(fileTable(extras.file)).append('\n');
      sb.append("The **ArffLoader pass** (`weka.w2s.bench.ArffReadPass`) reads the file with Weka's ArffLoader,"
          + " incrementally, and does nothing else: the floor of any analysis that reads ARFF through Weka."
          + " **W2SGAnalysis** is the command line a user runs (`-weak 1-d_w -strong ... -c last -json -linalg"
          + " ...`), parsing on one thread while another folds the statistics; Weka parses the header and"
          + " the package's dense reader the data lines (numbers by fastdoubleparser); *read by ArffLoader*"
          + " is the same run with `-Dw2s.fastArff=false`, where Weka's ArffLoader parses every line. The **numpy script**"
          + " (`bench/numpy/w2sg_score.py`: `np.loadtxt`, two covariance `eigh`, the score) is what a Python"
          + " user would write; it runs with `OPENBLAS_CORETYPE` and `OPENBLAS_L2_SIZE` unset. Every command"
          + " is a new process (JVM or interpreter start included); the best of the rounds is kept.\n\n");
    }

    sb.append("## Machine\n\n");
    for (Map.Entry<String, String> e : machine.entrySet()) {
      if (e.getKey().equals("java -version")) {
        continue;
      }
      sb.append("- ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
    }
    sb.append("- Load average before the run: ").append(load[0]).append('\n');
    sb.append("- Load average after the run: ").append(load[1]).append('\n');
    sb.append("- Child JVM flags: `").append(String.join(" ", streamFlags)).append("` (streamed analysis), `")
        .append(String.join(" ", dataFlags)).append("` (phases that hold an `Instances`)\n");
    sb.append("\n`java -version`:\n\n```\n").append(machine.get("java -version")).append("\n```\n\n");

    sb.append("## Workload\n\n");
    sb.append(String.format(Locale.ROOT, "Rows of `weka.w2s.sim.LatentFactorModel` (seed %d): %d latent"
        + " factors; a weak view of d_w = %d columns that sees %d of them (signal 1, noise %s); a strong view"
        + " of d_s = %d columns that sees all of them (signal 1, noise %s); a numeric label (noise %s)."
        + " Every phase uses the same row stream, so the same numbers. Each analysis row names its"
        + " linear-algebra back end: java (EJML) or native (OpenBLAS or MKL through netlib). The wide case has"
        + " a strong view of the given width (4,096 by default, the hidden state of a 7B-parameter language"
        + " model); numpy's compute time on it is measured on the same rows, written as raw doubles"
        + " (loading excluded), and compared with the whole streamed analysis (statistics included).%n%n", w.seed, w.factors, w.weakDim,
        w.weakFactors, AnalysisBenchmark.Workload.WEAK_NOISE, w.strongDim,
        AnalysisBenchmark.Workload.STRONG_NOISE, AnalysisBenchmark.Workload.LABEL_NOISE));
    sb.append("- **stream**: rows go from the generator straight into `JointStatistics` (no `Instances`);"
        + " then `SampleGeometry.of(stats, defaults, AUTO)` (the covariance path, as n > d), the weak and"
        + " the strong principal spaces, and `W2SGAnalyzer.analyze` with the label. Wall time = adding the"
        + " rows + decompositions + analysis; the generator's time is measured separately and excluded.\n");
    sb.append("- **instances**: the same analysis fed from a Weka `Instances` already in memory (the user who"
        + " has the data loaded): `RepresentationLayout.resolve` + `fill` of every instance + the same"
        + " statistics and analysis. Building the `Instances` is excluded.\n");
    sb.append("- **weka-pca**: `weka.filters.unsupervised.attribute.PrincipalComponents` with `")
        .append(String.join(" ", AnalysisBenchmark.WEKA_PCA_OPTIONS))
        .append("`, `setInputFormat` + `Filter.useFilter`, on an `Instances` of the strong columns only"
            + " (no class). `-C` centres without standardising, i.e. PCA of the covariance matrix as in our"
            + " analysis (the default would standardise to the correlation matrix); `-R 0.9` keeps the"
            + " components covering 90% of the variance, our default rho; `-A 5` (the default) only"
            + " shortens the names of the new attributes; `-M -1` puts no cap on their number. The filter"
            + " also transforms the data (n x d_s x k_s), which is part of what `useFilter` does. Building"
            + " the `Instances` is excluded.\n\n");
    sb.append("The analysis does strictly more work than the filter: co-moments of all d_w + d_s + 1 = ")
        .append(w.weakDim + w.strongDim + 1)
        .append(" columns instead of d_s, two symmetric eigen-decompositions (d_w and d_s) and the pair"
            + " analysis. `k_s` of the analysis and the filter's number of components should agree (the"
            + " same 90% rule on the same covariance spectrum).\n\n");

    sb.append("## How it is measured\n\n");
    sb.append("- Every phase runs in its own child JVM (flags above): no phase inherits another's JIT state,"
        + " garbage or data, and each one's heap is read in isolation. Times are single cold runs (what a"
        + " user sees), taken with `System.nanoTime` around the phase only (JVM start and data generation"
        + " excluded; the streamed phase times the generator chunk by chunk and leaves it out).\n");
    sb.append("- **Heap before**: heap in use after a full collection at the start of the phase; for the"
        + " phases that hold an `Instances` this is mostly the data set itself.\n");
    sb.append("- **Peak heap**: the sum over the heap memory pools of `MemoryPoolMXBean.getPeakUsage()`,"
        + " reset after that collection. It counts garbage not yet collected (an upper bound of what the"
        + " phase needed at any one time). The young generation is fixed (`-Xmn`) in every child, so this"
        + " figure cannot grow merely because a longer run let the collector enlarge it.\n");
    sb.append("- **Peak live heap**: the largest heap occupancy right after a garbage collection during the"
        + " phase (from the collectors' notifications): what the phase kept reachable at those moments.\n");
    long largeRowsMb =
        Long.parseLong(large.get("n")) * Long.parseLong(large.get("columns")) * 8 / (1024 * 1024);
    sb.append("- Streaming scaling: the **stream** phase at n = ").append(thousands(stream.get("n")))
        .append(" and at n = ").append(thousands(large.get("n")))
        .append(". The statistics are d x d, so both heap figures must stay flat. Both streamed runs have the"
            + " heap limit `").append(streamFlags.get(0)).append("`, while the raw rows at n = ")
        .append(thousands(large.get("n"))).append(" would take ")
        .append(String.format(Locale.ROOT, "%,d", largeRowsMb))
        .append(" MB: finishing under that limit is by itself a hard bound on what the streaming path"
            + " needs. (In the comparison with PrincipalComponents the small limit can only make the"
            + " analysis slower.)\n");
    sb.append("- The machine's cores are shared with other work: the load averages above say how busy it"
        + " was. Timings on a loaded machine are noisy (slower), heap figures are not affected.\n");
    return sb.toString();
  }

  private static String label(String phase) {
    switch (phase) {
      case "stream":
        return "W2SG analysis, streamed from the generator";
      case "instances":
        return "W2SG analysis, from Weka Instances";
      case "weka-pca":
        return "Weka PrincipalComponents, strong columns only";
      default:
        return phase;
    }
  }

  private static String outcome(Map<String, String> r) {
    if (r.containsKey("components")) {
      return r.get("components") + " components";
    }
    if (r.containsKey("k_s")) {
      return "statistics " + r.get("accumulate_s") + " s + decompositions and analysis "
          + r.get("decompose_s") + " s; k_w = " + r.get("k_w") + ", k_s = " + r.get("k_s") + ", score = "
          + shorten(r.get("score")) + ", PredGap = " + shorten(r.get("pred_gap")) + " (" + r.get("path")
          + " path)";
    }
    return r.containsKey("limited") ? "stopped at the time limit" : "";
  }

  private static String shorten(String number) {
    return String.format(Locale.ROOT, "%.6g", Double.parseDouble(number));
  }

  private static String thousands(String n) {
    return String.format(Locale.ROOT, "%,d", Long.parseLong(n));
  }
}
