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

package weka.w2s;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import weka.classifiers.meta.WeakToStrong;
import weka.core.Instances;
import weka.core.SelectedTag;
import weka.core.converters.ConverterUtils.DataSource;
import weka.core.json.JSONNode;
import weka.w2s.data.DataFiles;

/**
 * W2SGExperiment end to end on the bundled latent-factor data. What the data's construction
 * (weka.w2s.sim.LatentFactorModel.bundled(1)) guarantees, and what these tests therefore assert:
 * the label y = w^T z depends on 12 latent factors; the strong view sees all 12 in 96 columns, the
 * weak views see random subsets: weakA 10 factors (93% of the variance of w^T z), weakC 4 (32%),
 * weakD 2 (18%). So the strong ceiling beats every weak model, weakA beats weakD, and the part of
 * the label the strong model can learn but the weak one misses (PredGap) grows from weakA through
 * weakC to weakD. How well a particular W2S mode does is not guaranteed by the data, so it is only
 * checked for sanity.
 */
class W2SGExperimentTest {

  static final String DATA = "test-data/w2sg-latent.arff.gz";
  static final String[] CANDIDATES = {"name:weakA_.*", "name:weakC_.*", "name:weakD_.*"};
  static final String[] MODES = {"naive", "confidence", "refine", "kernel", "auto"};

  static CommandRun tables;
  static CommandRun json;
  /** The JSON lines of the main run: one per candidate, then the summary. */
  static List<JSONNode> objects;

  static CommandRun run(String... args) {
    return CommandRun.of(W2SGExperiment::run, args);
  }

  static String[] mainArgs(String... extra) {
    List<String> args = new ArrayList<>(Arrays.asList("-i", DATA, "-strong", "name:strong_.*", "-runs", "2"));
    for (String c : CANDIDATES) {
      args.add("-weak");
      args.add(c);
    }
    args.addAll(Arrays.asList(extra));
    return args.toArray(new String[0]);
  }

  @BeforeAll
  static void runTheExperiment() throws Exception {
    tables = run(mainArgs());
    json = run(mainArgs("-json"));
    assertEquals(0, tables.code, tables.err);
    assertEquals(0, json.code, json.err);
    objects = new ArrayList<>();
    for (String line : json.out.split("\n")) {
      if (!line.isBlank()) {
        objects.add(JSONNode.read(new StringReader(line)));
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Output format

  @Test
  void tablesShowEveryCandidateModeScoreAndCorrelation() {
    String out = tables.out;
    assertTrue(out.startsWith("=== Weak-to-strong experiment ==="), out);
    assertTrue(out.contains("2 repetition(s)"), out);
    for (int c = 0; c < CANDIDATES.length; c++) {
      String block = section(out, "--- Weak candidate " + (c + 1) + ": " + CANDIDATES[c] + " (24 attributes) ---");
      assertTrue(block.contains("model        accuracy"), block);
      assertTrue(block.contains("AUROC"), block);
      assertTrue(block.contains("PGR (per run)") && block.contains("PGR (of means)"), block);
      assertTrue(row(block, "weak").contains("+/-"), block);
      assertNotNull(row(block, "ceiling"), block);
      for (String mode : MODES) {
        String line = row(block, mode);
        assertNotNull(line, mode + " row missing:\n" + block);
        // accuracy, AUROC, PGR per run and the targets' accuracy (mean +/- sd), PGR of means
        assertEquals(4, line.split("\\+/-", -1).length - 1, line);
      }
    }
    String scores = section(out, "--- Representation scores");
    assertTrue(Pattern.compile("(?m)^#\\s+score\\s+frob_norm\\s+exp_gap\\s+cka\\s+pred_gap\\s+misfit\\s+pred_err\\s+"
        + "weak error\\s+W2S error \\(naive\\)$").matcher(scores).find(), scores);
    String correlations = section(out, "--- Spearman rank correlation");
    for (String s : weka.w2s.experiment.Experiment.SCORES) {
      assertTrue(Pattern.compile("(?m)^" + s + " +-?[01]\\.\\d{4}( +~ saturated: .*)?$").matcher(correlations).find(),
          correlations);
    }
  }

  @Test
  void progressGoesToStandardError() {
    assertTrue(tables.err.contains("[W2SGExperiment] run 1/2 (seed 1), weak candidate 1/3 (name:weakA_.*)"),
        tables.err);
    assertTrue(tables.err.contains("run 2/2 (seed 2), weak candidate 3/3"), tables.err);
    assertFalse(tables.out.contains("[W2SGExperiment]"));
  }

  @Test
  void jsonHasOneObjectPerCandidateAndASummary() {
    assertEquals(CANDIDATES.length + 1, objects.size(), json.out);
    for (int c = 0; c < CANDIDATES.length; c++) {
      JSONNode o = objects.get(c);
      assertEquals("candidate", value(o, "type"));
      assertEquals(CANDIDATES[c], value(o, "weak"));
      assertEquals(24, number(o, "weak_attributes"), 0);
      assertEquals(96, number(o, "strong_attributes"), 0);
      for (String model : new String[] {"weak_model", "ceiling"}) {
        for (String metric : new String[] {"accuracy", "auroc"}) {
          assertEquals(2, o.getChild(model).getChild(metric).getChild("values").getChildCount());
          number(o, model, metric, "mean");
          number(o, model, metric, "sd");
        }
      }
      for (String mode : MODES) {
        for (String key : new String[] {"mean", "sd", "of_means", "defined_runs"}) {
          number(o, "modes", mode, "pgr", key);
        }
        number(o, "modes", mode, "accuracy", "mean");
        number(o, "modes", mode, "auroc", "mean");
        double targets = number(o, "modes", mode, "target_accuracy", "mean");
        assertTrue(targets > 0.5 && targets <= 1, mode + ": targets' accuracy " + targets);
        JSONNode chosen = o.getChild("modes").getChild(mode).getChild("chosen");
        // auto chooses a strategy and its ridge, every other strategy its student's ridge (cross-fitted)
        assertEquals(2, chosen.getChildCount(), mode + ": one choice per run");
        assertTrue(number(o, "modes", mode, "ridge", "mean") > 0, mode + ": the student's ridge");
        // f = p_1 - p_0 of two models lies in [-1, 1]: the squared difference in [0, 4]
        double gap = number(o, "modes", mode, "gap", "mean");
        assertTrue(gap >= 0 && gap <= 4, mode + ": measured gap " + gap);
      }
      double kWeak = number(o, "k_weak", "mean");
      assertTrue(kWeak >= 1 && kWeak <= 24, "k_weak " + kWeak);
      assertTrue(number(o, "k_strong", "mean") <= 96);
      assertTrue(number(o, "weak_model", "ridge", "mean") > 0, "the weak model's leave-one-out ridge");
      assertTrue(number(o, "ceiling", "ridge", "mean") > 0, "the ceiling's leave-one-out ridge");
      double weakLabels = number(o, "weak_labels_accuracy", "mean");
      assertEquals(weakLabels, number(o, "modes", "naive", "target_accuracy", "mean"), 1e-12,
          "naive trains on the weak labels themselves");
      for (String s : weka.w2s.experiment.Experiment.SCORES) {
        number(o, "scores", s, "mean");
        number(o, "scores", s, "sd");
      }
    }
    JSONNode summary = objects.get(CANDIDATES.length);
    assertEquals("summary", value(summary, "type"));
    assertEquals(1000, number(summary, "instances"), 0);
    assertEquals(2, number(summary, "runs"), 0);
    assertEquals(CANDIDATES.length, number(summary, "candidates"), 0);
    assertEquals("naive", value(summary, "correlation_target"));
    for (String s : weka.w2s.experiment.Experiment.SCORES) {
      double rho = number(summary, "spearman", s);
      assertTrue(rho >= -1 && rho <= 1, s + ": " + rho);
    }
    assertNull(summary.getChild("spearman_note").getValue());
  }

  @Test
  void aPredictorIsMarkedSaturatedWhenItsCandidatesAreWithinThreeRunToRunSds() {
    String correlations = section(tables.out, "--- Spearman rank correlation");
    for (String s : weka.w2s.experiment.Experiment.SCORES) {
      // the rule by hand from the per-run values: spread of the means against 3 x their mean sd
      double lowest = Double.POSITIVE_INFINITY;
      double highest = Double.NEGATIVE_INFINITY;
      double sds = 0;
      for (int c = 0; c < CANDIDATES.length; c++) {
        double[] v = values(objects.get(c), "scores", s);
        double mean = (v[0] + v[1]) / 2;
        lowest = Math.min(lowest, mean);
        highest = Math.max(highest, mean);
        sds += Math.abs(v[0] - v[1]) / Math.sqrt(2); // the sd of two values
      }
      boolean expected = highest - lowest < 3 * sds / CANDIDATES.length;
      String line = row(correlations, s);
      assertEquals(expected, line.contains("~ saturated"), line);
      assertEquals(expected, json.out.contains("\"saturated\":[") && json.out.matches(
          "(?s).*\"saturated\":\\[[^\\]]*\"" + s + "\".*"), s);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // What the data guarantee

  @Test
  void theCeilingBeatsEveryWeakModelInEveryRun() {
    for (int c = 0; c < CANDIDATES.length; c++) {
      double[] weak = values(objects.get(c), "weak_model", "accuracy");
      double[] ceiling = values(objects.get(c), "ceiling", "accuracy");
      for (int r = 0; r < weak.length; r++) {
        assertTrue(ceiling[r] > weak[r] + 0.03, CANDIDATES[c] + " run " + r + ": ceiling " + ceiling[r]
            + ", weak " + weak[r]);
      }
      assertTrue(number(objects.get(c), "ceiling", "auroc", "mean")
          > number(objects.get(c), "weak_model", "auroc", "mean"));
    }
  }

  @Test
  void theWeakViewSeeingMoreFactorsIsTheBetterWeakModel() {
    double weakA = number(objects.get(0), "weak_model", "accuracy", "mean");
    double weakD = number(objects.get(2), "weak_model", "accuracy", "mean");
    assertTrue(weakA > weakD + 0.05, "weakA " + weakA + ", weakD " + weakD);
  }

  @Test
  void pgrIsConsistentWithTheAccuraciesAndWithinSensibleBounds() {
    for (int c = 0; c < CANDIDATES.length; c++) {
      JSONNode o = objects.get(c);
      double[] weak = values(o, "weak_model", "accuracy");
      double[] ceiling = values(o, "ceiling", "accuracy");
      for (String mode : MODES) {
        double[] w2s = values(o, "modes", mode, "accuracy");
        double[] pgr = values(o, "modes", mode, "pgr");
        for (int r = 0; r < pgr.length; r++) {
          assertEquals((w2s[r] - weak[r]) / (ceiling[r] - weak[r]), pgr[r], 1e-9);
        }
        double ofMeans = (mean(w2s) - mean(weak)) / (mean(ceiling) - mean(weak));
        assertEquals(ofMeans, number(o, "modes", mode, "pgr", "of_means"), 1e-9);
        assertEquals(mean(pgr), number(o, "modes", mode, "pgr", "mean"), 1e-9);
        assertEquals(2, number(o, "modes", mode, "pgr", "defined_runs"), 0);
        // a W2S model is neither far below its supervisor nor far above the ceiling
        assertTrue(Math.abs(ofMeans) < 3, CANDIDATES[c] + " " + mode + ": PGR " + ofMeans);
      }
      // naive fits the weak labels with a model that can express the weak model's function
      double naive = number(o, "modes", "naive", "pgr", "of_means");
      assertTrue(naive > -1 && naive < 1.5, CANDIDATES[c] + " naive PGR " + naive);
    }
  }

  @Test
  void predGapGrowsAsTheWeakViewSeesFewerFactorsAndRanksTheW2SError() {
    double a = number(objects.get(0), "scores", "pred_gap", "mean");
    double c = number(objects.get(1), "scores", "pred_gap", "mean");
    double d = number(objects.get(2), "scores", "pred_gap", "mean");
    assertTrue(a < c && c < d, "PredGap weakA " + a + ", weakC " + c + ", weakD " + d);
    // weakA's W2S model is clearly the best; with PredGap ordered, rho is 1 or (C, D swapped) 0.5
    double rho = number(objects.get(CANDIDATES.length), "spearman", "pred_gap");
    assertTrue(rho >= 0.5, "Spearman(PredGap, W2S error) = " + rho);
    for (int k = 0; k < CANDIDATES.length; k++) {
      double score = number(objects.get(k), "scores", "score", "mean");
      double frobenius = number(objects.get(k), "scores", "frobenius_normalized", "mean");
      assertTrue(score >= 0 && score <= 1 + 1e-9 && frobenius >= 0 && frobenius <= 1 + 1e-9);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Edge cases of the protocol

  @Test
  void pgrIsUndefinedNotDividedWhenTheCeilingEqualsTheWeakModel() throws Exception {
    // ZeroR on both sides: weak and ceiling both predict the majority class of a stratified split
    CommandRun r = run("-i", DATA, "-weak", "name:weakA_.*", "-strong", "name:strong_.*", "-runs", "1",
        "-modes", "naive", "-weak-classifier", "weka.classifiers.rules.ZeroR", "-strong-classifier",
        "weka.classifiers.rules.ZeroR");
    assertEquals(0, r.code, r.err);
    String naive = row(section(r.out, "--- Weak candidate 1"), "naive");
    assertTrue(naive.contains(weka.w2s.core.PerformanceGap.UNDEFINED), naive);
    assertFalse(r.out.contains("NaN") || r.out.contains("Infinity"), r.out);
    assertTrue(Double.isNaN(weka.w2s.core.PerformanceGap.recovered(0.7, 0.6, 0.6)));
    assertEquals(0.5, weka.w2s.core.PerformanceGap.recovered(0.7, 0.6, 0.8), 1e-12);

    CommandRun j = run("-i", DATA, "-weak", "name:weakA_.*", "-strong", "name:strong_.*", "-runs", "1",
        "-modes", "naive", "-weak-classifier", "weka.classifiers.rules.ZeroR", "-strong-classifier",
        "weka.classifiers.rules.ZeroR", "-json");
    JSONNode pgr = JSONNode.read(new StringReader(j.out.split("\n")[0])).getChild("modes").getChild("naive")
        .getChild("pgr");
    assertNull(pgr.getChild("mean").getValue());
    assertNull(pgr.getChild("of_means").getValue());
    assertEquals(0, ((Number) pgr.getChild("defined_runs").getValue()).intValue());
  }

  @Test
  void pgrIsUndefinedWhenTheCeilingIsBelowTheWeakModel() throws Exception {
    // a RidgeProbe weak model beats a ZeroR ceiling; W2S (ZeroR) then equals the ceiling, which the
    // old formula reported as PGR 1 although W2S is worse than weak
    String[] args = {"-i", DATA, "-weak", "name:weakA_.*", "-strong", "name:strong_.*", "-runs", "2",
        "-modes", "naive", "-strong-classifier", "weka.classifiers.rules.ZeroR"};
    CommandRun j = run(append(args, "-json"));
    assertEquals(0, j.code, j.err);
    JSONNode o = JSONNode.read(new StringReader(j.out.split("\n")[0]));
    double[] weak = values(o, "weak_model", "accuracy");
    double[] ceiling = values(o, "ceiling", "accuracy");
    for (int r = 0; r < weak.length; r++) {
      assertTrue(ceiling[r] < weak[r], "precondition: ceiling below weak in run " + r);
    }
    JSONNode pgr = o.getChild("modes").getChild("naive").getChild("pgr");
    assertNull(pgr.getChild("mean").getValue());
    assertNull(pgr.getChild("sd").getValue());
    assertNull(pgr.getChild("of_means").getValue());
    assertEquals(0, ((Number) pgr.getChild("defined_runs").getValue()).intValue());
    JSONNode perRun = pgr.getChild("values");
    assertEquals(2, perRun.getChildCount());
    for (int r = 0; r < 2; r++) {
      assertNull(((JSONNode) perRun.getChildAt(r)).getValue());
    }
    CommandRun t = run(args);
    assertEquals(0, t.code, t.err);
    String naive = row(section(t.out, "--- Weak candidate 1"), "naive");
    assertEquals(2, naive.split(Pattern.quote("undefined (ceiling <= weak)"), -1).length - 1, naive);
    assertFalse(naive.contains("1.0000"), naive);
  }

  @Test
  void pgrIsDefinedOnlyWhereTheCeilingIsAboveTheWeakModel() {
    assertTrue(Double.isNaN(weka.w2s.core.PerformanceGap.recovered(0.55, 0.6, 0.5)));
    assertTrue(Double.isNaN(weka.w2s.core.PerformanceGap.recovered(0.7, 0.6, 0.5)));
    assertTrue(Double.isNaN(weka.w2s.core.PerformanceGap.recovered(0.7, 0.6, 0.6)));
    assertEquals(-0.5, weka.w2s.core.PerformanceGap.recovered(0.55, 0.6, 0.7), 1e-12);
    assertEquals(1.5, weka.w2s.core.PerformanceGap.recovered(0.75, 0.6, 0.7), 1e-12);
  }

  static Stream<Arguments> damagedFiles() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("w2sg-damaged");
    byte[] gz = java.nio.file.Files.readAllBytes(java.nio.file.Paths.get(DATA));
    java.nio.file.Path cutGz = dir.resolve("cut.arff.gz");
    java.nio.file.Files.write(cutGz, Arrays.copyOf(gz, gz.length / 2));
    byte[] arff;
    try (java.io.InputStream in = new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(
        java.nio.file.Paths.get(DATA)))) {
      arff = in.readAllBytes();
    }
    String text = new String(arff, java.nio.charset.StandardCharsets.UTF_8);
    int mid = text.indexOf('\n', arff.length / 2) + 5; // five characters into a row
    java.nio.file.Path cut = dir.resolve("cut.arff");
    java.nio.file.Files.write(cut, Arrays.copyOf(arff, mid));
    int row = text.indexOf("\n", text.indexOf("@data") + 6) + 1; // the second data row
    java.nio.file.Path bad = dir.resolve("bad.arff");
    java.nio.file.Files.write(bad, (text.substring(0, row) + "oops" + text.substring(text.indexOf(',', row)))
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    java.nio.file.Path empty = dir.resolve("empty.arff");
    java.nio.file.Files.write(empty, new byte[0]);
    dir.toFile().deleteOnExit();
    return Stream.of(Arguments.of(cutGz.toString(), "Unexpected end of ZLIB input stream"),
        Arguments.of(cut.toString(), "premature end of"),
        Arguments.of(bad.toString(), "number expected, read Token[oops]"),
        Arguments.of(empty.toString(), "Unable to determine structure as arff"));
  }

  @ParameterizedTest
  @MethodSource("damagedFiles")
  void aDamagedFileGetsTheLoadersOwnMessage(String file, String loaderMessage) {
    java.io.ByteArrayOutputStream system = new java.io.ByteArrayOutputStream();
    java.io.PrintStream saved = System.err;
    CommandRun r;
    try {
      System.setErr(new java.io.PrintStream(system, true));
      r = run("-i", file, "-weak", "name:weakA_.*", "-runs", "1", "-modes", "naive");
    } finally {
      System.setErr(saved);
    }
    assertEquals(1, r.code, r.err);
    assertTrue(r.err.contains("'" + file + "'") && r.err.contains(loaderMessage), r.err);
    assertTrue(r.err.startsWith("W2SGExperiment: Cannot read "), r.err);
    assertFalse(r.err.contains("no loader"), r.err);
    assertEquals(1, r.err.trim().split("\n").length, "one message:\n" + r.err);
    assertEquals("", system.toString(), "no stack trace on System.err");
    assertEquals("", r.out);
  }

  @Test
  void wekaRunCanRunTheExperiment() throws Exception {
    // weka.Run runs a class that implements CommandlineRunnable and refuses others as "not runnable"
    Object instance = Class.forName("weka.w2s.W2SGExperiment").getConstructor().newInstance();
    assertTrue(instance instanceof weka.core.CommandlineRunnable);
  }

  static String[] append(String[] args, String... more) {
    String[] all = Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }

  @Test
  void correlationsNeedThreeCandidates() throws Exception {
    CommandRun r = run("-i", DATA, "-weak", "name:weakA_.*", "-weak", "name:weakD_.*", "-strong", "name:strong_.*",
        "-runs", "1", "-modes", "naive");
    assertEquals(0, r.code, r.err);
    assertTrue(r.out.contains("pred_gap               n/a (needs >= 3 weak candidates, got 2)"), r.out);
    // a single run: means without a standard deviation
    assertFalse(row(section(r.out, "--- Weak candidate 1"), "weak").contains("+/-"), r.out);
    CommandRun j = run("-i", DATA, "-weak", "name:weakA_.*", "-weak", "name:weakD_.*", "-strong", "name:strong_.*",
        "-runs", "1", "-modes", "naive", "-json");
    String[] lines = j.out.split("\n");
    JSONNode summary = JSONNode.read(new StringReader(lines[lines.length - 1]));
    assertNull(summary.getChild("spearman").getChild("pred_gap").getValue());
    assertTrue(value(summary, "spearman_note").toString().contains("needs >= 3"));
  }

  @Test
  void theSameSeedGivesTheSameOutput() {
    String[] args = {"-i", DATA, "-weak", "25-48", "-strong", "97-192", "-runs", "1", "-modes", "naive,refine",
      "-S", "7", "-json"};
    CommandRun first = run(args);
    CommandRun second = run(args);
    assertEquals(0, first.code, first.err);
    assertEquals(first.out, second.out);
    args[args.length - 2] = "8";
    assertFalse(first.out.equals(run(args).out), "another seed, another split");
  }

  @Test
  void theWeakModelIsTheSameInEveryModeForOneSeed() throws Exception {
    // the experiment measures the weak model once per run and candidate; that relies on this
    Instances data = new DataSource(DATA).getDataSet();
    data.setClassIndex(data.numAttributes() - 1);
    data.randomize(new Random(3));
    Instances train = new Instances(data, 0, 400);
    Instances test = new Instances(data, 400, 50);
    double[][] reference = null;
    for (String mode : new String[] {"gold", "naive", "refine"}) {
      WeakToStrong w2s = new WeakToStrong();
      w2s.setWeakAttributes("name:weakC_.*");
      w2s.setStrongAttributes("name:strong_.*");
      w2s.setTargets(weka.w2s.targets.TargetStrategy.forName(mode));
      w2s.setSeed(5);
      w2s.buildClassifier(train);
      double[][] weak = new double[test.numInstances()][];
      for (int i = 0; i < weak.length; i++) {
        weak[i] = w2s.weakDistributionForInstance(test.instance(i));
      }
      if (reference == null) {
        reference = weak;
      } else {
        for (int i = 0; i < weak.length; i++) {
          assertArrayEquals(reference[i], weak[i], 0, mode + ", instance " + i);
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Bad input: one clear message on stderr, nothing on stdout, exit code 1

  /** Arguments, the phrase of the message, and the exit code: 2 for a wrong command line, 1 for data that do not fit. */
  static Stream<Arguments> badInput() {
    return Stream.of(
        Arguments.of(new String[] {"-weak", "1-24"}, "No data file", 2),
        Arguments.of(new String[] {"-i", "no/such/file.arff", "-weak", "1-24"}, "does not exist", 1),
        Arguments.of(new String[] {"-i", DATA}, "No weak candidate", 2),
        Arguments.of(new String[] {"-i", DATA, "-weak", "1-24", "-runs", "0"}, "-runs must be at least 1", 2),
        Arguments.of(new String[] {"-i", DATA, "-weak", "1-24", "-runs", "five"}, "-runs expects a whole number", 2),
        Arguments.of(new String[] {"-i", DATA, "-weak", "1-24", "-test-fraction", "1.5"},
            "-test-fraction must lie strictly between 0 and 1", 2),
        Arguments.of(new String[] {"-i", DATA, "-weak", "1-24", "-weak-fraction", "0"},
            "-weak-fraction must lie strictly between 0 and 1", 2),
        Arguments.of(new String[] {"-i", DATA, "-weak", "1-24", "-modes", "naive,bogus"}, "Unknown mode 'bogus'", 2),
        Arguments.of(new String[] {"-i", DATA, "-weak", "1-24", "-modes", "gold"}, "always runs", 2),
        Arguments.of(new String[] {"-i", DATA, "-weak", "1-24", "-frobnicate"}, "Unknown option or extra argument: -frobnicate", 2),
        Arguments.of(new String[] {"-i", DATA, "-weak", "1-24", "-weak-classifier", "weka.NoSuchClassifier"},
            "Cannot create the weak classifier", 2),
        Arguments.of(new String[] {"-i", DATA, "-weak", "500-600"}, "not valid for data with 193 attributes", 1),
        Arguments.of(new String[] {"-i", DATA, "-weak", "190-193"}, "contains the class attribute", 1),
        Arguments.of(new String[] {"-i", DATA, "-weak", "name:nothing.*"}, "selects no attribute", 1),
        Arguments.of(new String[] {"-i", DATA, "-weak", "1-24", "-c", "999"}, "class index '-c 999' is not valid", 1));
  }

  @ParameterizedTest
  @MethodSource("badInput")
  void badInputGetsOneClearMessage(String[] args, String expected, int code) {
    CommandRun r = run(args);
    assertEquals(code, r.code, r.err);
    assertTrue(r.err.contains(expected), "expected '" + expected + "' in:\n" + r.err);
    assertEquals(1, r.err.split("W2SGExperiment: ", -1).length - 1, "one message:\n" + r.err);
    assertEquals("", r.out);
  }

  @Test
  void noArgumentsPrintsTheUsageAndFails() {
    CommandRun r = run();
    assertEquals(2, r.code);
    assertTrue(r.err.contains("Usage: java weka.w2s.W2SGExperiment"), r.err);
    CommandRun help = run("-h");
    assertEquals(0, help.code);
    assertTrue(help.out.contains("-weak <range>"), help.out);
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  /** The text from a heading line to the next blank line. */
  static String section(String out, String heading) {
    int start = out.indexOf(heading);
    assertTrue(start >= 0, "no '" + heading + "' in:\n" + out);
    int end = out.indexOf("\n\n", start);
    return out.substring(start, end < 0 ? out.length() : end);
  }

  /** The table row that starts with a label, or null. */
  static String row(String block, String label) {
    for (String line : block.split("\n")) {
      if (line.startsWith(label + " ")) {
        return line;
      }
    }
    return null;
  }

  static Object value(JSONNode node, String... path) {
    JSONNode n = node;
    for (String p : path) {
      assertTrue(n.hasChild(p), "missing key " + p + " in " + String.join(".", path));
      n = n.getChild(p);
    }
    return n.getValue();
  }

  /**
   * A numeric class runs the regression protocol: MSE, RMSE and R^2 per model, PGR on MSE by the one
   * rule, and the first run's naive MSE equals WeakToStrong trained and tested by hand on the same
   * random split (Weka's unsupervised Resample, seed 1).
   */
  @Test
  void aNumericClassRunsTheRegressionProtocol(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    Instances data = weka.w2s.targets.RegressionTargetsTest.simulation(300, 30, 1.5, 1);
    String file = dir.resolve("regression.arff").toString();
    weka.core.converters.ConverterUtils.DataSink.write(file, data);
    CommandRun run = run("-i", file, "-weak", "name:w_.*", "-strong", "name:s_.*", "-runs", "2", "-modes",
        "naive,kernel", "-json");
    assertEquals(0, run.code, run.err);
    JSONNode candidate = JSONNode.read(new StringReader(run.out.split("\n")[0]));
    double[] weak = values(candidate, "weak_model", "mse");
    double[] ceiling = values(candidate, "ceiling", "mse");
    double[] naive = values(candidate, "modes", "naive", "mse");
    double[] pgr = values(candidate, "modes", "naive", "pgr");
    double[] rmse = values(candidate, "modes", "naive", "rmse");
    for (int r = 0; r < 2; r++) {
      // the JSON's numbers carry about ten significant digits
      assertEquals((weak[r] - naive[r]) / (weak[r] - ceiling[r]), pgr[r], 1e-6, "PGR on MSE, run " + r);
      assertEquals(Math.sqrt(naive[r]), rmse[r], 1e-6);
    }
    assertTrue(ceiling[0] < weak[0], "the ceiling beats the weak model");
    number(candidate, "modes", "kernel", "r2", "mean");
    number(candidate, "modes", "naive", "target_mse", "mean");
    number(candidate, "weak_labels_mse", "mean");

    // run 1 by hand: the split, then WeakToStrong naive with the experiment's seed
    weka.filters.unsupervised.instance.Resample split = new weka.filters.unsupervised.instance.Resample();
    split.setRandomSeed(1);
    split.setSampleSizePercent(30);
    split.setNoReplacement(true);
    split.setInputFormat(data);
    Instances test = weka.filters.Filter.useFilter(data, split);
    split = new weka.filters.unsupervised.instance.Resample();
    split.setRandomSeed(1);
    split.setSampleSizePercent(30);
    split.setNoReplacement(true);
    split.setInvertSelection(true);
    split.setInputFormat(data);
    Instances train = weka.filters.Filter.useFilter(data, split);
    WeakToStrong w2s = new WeakToStrong();
    w2s.setWeakAttributes("name:w_.*");
    w2s.setStrongAttributes("name:s_.*");
    w2s.setTargets(weka.w2s.targets.TargetStrategy.forName("naive"));
    w2s.setSeed(1);
    w2s.buildClassifier(train);
    double sum = 0;
    for (int i = 0; i < test.numInstances(); i++) {
      double e = w2s.classifyInstance(test.instance(i)) - test.instance(i).classValue();
      sum += e * e;
    }
    assertEquals(sum / test.numInstances(), naive[0], 1e-6);

    CommandRun tables = run("-i", file, "-weak", "name:w_.*", "-strong", "name:s_.*", "-runs", "2", "-modes", "naive");
    assertEquals(0, tables.code, tables.err);
    assertTrue(tables.out.contains("class 'target' (numeric)") && tables.out.contains("random split"), tables.out);
    assertTrue(tables.out.contains("model        MSE                 RMSE                R^2"), tables.out);
    assertTrue(tables.out.contains("(MSE_weak - MSE_W2S) / (MSE_weak - MSE_ceiling)"), tables.out);
  }

  static double number(JSONNode node, String... path) {
    Object v = value(node, path);
    assertTrue(v instanceof Number, String.join(".", path) + " is not a number: " + v);
    return ((Number) v).doubleValue();
  }

  static double[] values(JSONNode node, String... path) {
    JSONNode n = node;
    for (String p : path) {
      n = n.getChild(p);
    }
    JSONNode array = n.getChild("values");
    double[] out = new double[array.getChildCount()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ((Number) ((JSONNode) array.getChildAt(i)).getValue()).doubleValue();
    }
    return out;
  }

  static double mean(double[] v) {
    return Arrays.stream(v).average().orElse(Double.NaN);
  }

  /** Issue 16 (low): an empty -modes is refused instead of running the defaults; weak = strong is flagged. */
  @Test
  void anEmptyModeListAndWeakEqualToStrongAreSaid() {
    CommandRun empty = run("-i", DATA, "-weak", "name:weakA_.*", "-modes", "");
    assertEquals(2, empty.code, empty.err);
    assertTrue(empty.err.contains("-modes is empty"), empty.err);
    CommandRun same = run("-i", DATA, "-weak", "name:strong_.*", "-strong", "name:strong_.*", "-runs", "1",
        "-modes", "naive");
    assertEquals(0, same.code, same.err);
    assertTrue(same.out.contains("Warning: this candidate's attributes are the strong ones"), same.out);
  }

  /** Issue 16: the scores leave out instances with missing values, and the table says how many. */
  @Test
  void scoresCountTheInstancesTheyLeaveOut(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
      throws Exception {
    weka.core.Instances data = DataFiles.readAll("test-data/w2sg-latent.arff.gz", "-i");
    for (int i = 0; i < 30; i++) {
      data.instance(i).setMissing(0);
    }
    java.nio.file.Path f = tmp.resolve("missing.arff");
    java.nio.file.Files.writeString(f, data.toString());
    CommandRun r = run("-i", f.toString(), "-weak", "1-24", "-strong", "97-192", "-runs", "1", "-modes", "naive");
    assertEquals(0, r.code, r.err);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("up to (\\d+) labelled training instances per run"
        + " left out: missing values").matcher(r.out);
    assertTrue(m.find(), r.out);
    // the stratified split keeps 70% for training: some, not all, of the 30
    int leftOut = Integer.parseInt(m.group(1));
    assertTrue(leftOut > 0 && leftOut <= 30, r.out);
  }
}
