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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.converters.ConverterUtils.DataSink;
import weka.core.converters.ConverterUtils.DataSource;
import weka.w2s.core.JointStatistics;
import weka.w2s.core.PairAnalysis;
import weka.w2s.core.PrincipalSettings;
import weka.w2s.core.PrincipalSpace;
import weka.w2s.core.SampleGeometry;
import weka.w2s.core.W2SGAnalyzer;
import weka.w2s.sim.LatentFactorModel;
import weka.w2s.format.Json;

/** The command line end to end: output, agreement with the core, and every bad-input path. */
class W2SGAnalysisTest {

  static final Path DATA = Paths.get("test-data", "w2sg-latent.arff.gz");
  /** The bundled data's weak views, seeing 10, 7, 4 and 2 of the 12 latent factors. */
  static final String[] VIEWS = {"weakA", "weakB", "weakC", "weakD"};

  static final List<String> REQUIRED = List.of("weak", "strong", "n", "k_weak", "k_strong", "gamma_weak",
      "gamma_strong", "w2sg_score", "w2sg_frobenius", "w2sg_frobenius_normalized", "w2sg_expected_gap", "linear_cka");
  static final List<String> LABELLED = List.of("pred_gap", "weak_residual", "ceiling_residual", "weak_cv_error",
      "misfit", "predicted_error");
  static final Set<String> EXTRAS = Set.of("position", "ranked_by", "score_saturated", "path", "m_weak", "rank_weak", "rank_strong",
      "k_weak_clamped", "k_strong_clamped", "eigenvalues_weak", "eigenvalues_strong", "skipped_missing",
      "top_contributions", "linear_algebra");

  @TempDir
  Path dir;

  // ---------------------------------------------------------------- helpers

  static CommandRun run(String... args) {
    return CommandRun.of(W2SGAnalysis::run, args);
  }

  /** The four weak views against the strong one on the bundled data, plus {@code extra}. */
  static String[] latent(String... extra) {
    List<String> args = new ArrayList<>(List.of("-i", DATA.toString()));
    for (String view : VIEWS) {
      args.add("-weak");
      args.add("name:" + view + "_.*");
    }
    args.add("-strong");
    args.add("name:strong_.*");
    args.addAll(List.of(extra));
    return args.toArray(new String[0]);
  }

  static List<Map<String, Object>> jsonLines(String out) {
    List<Map<String, Object>> lines = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isEmpty()) {
        lines.add(MiniJson.object(line));
      }
    }
    return lines;
  }

  static double num(Map<String, Object> o, String key) {
    Object v = o.get(key);
    assertTrue(v instanceof Double, key + " should be a number, is " + v);
    return (Double) v;
  }

  static String view(Map<String, Object> o) {
    String weak = (String) o.get("weak");
    return weak.substring("name:".length(), weak.indexOf('_'));
  }

  static void assertClose(double expected, double actual, String what) {
    assertEquals(expected, actual, 1e-9 * Math.max(1.0, Math.abs(expected)), what);
  }

  /** A failure: the given exit code, one line on stderr with the fragments, nothing on stdout. */
  static void assertFails(CommandRun r, int code, String... fragments) {
    assertEquals(code, r.code, "exit code; stderr: " + r.err);
    assertEquals("", r.out, "nothing may be written to stdout on failure");
    String message = r.err.trim();
    assertFalse(message.contains("\n"), "one message, got: " + r.err);
    assertFalse(message.contains("Exception") || message.contains("\tat "), "no stack trace: " + r.err);
    for (String f : fragments) {
      assertTrue(message.contains(f), "message should contain '" + f + "': " + message);
    }
  }

  /** A small ARFF with attributes a, b (numeric), s (nominal) and the class {neg, pos}. */
  Path arff(String name, String... dataLines) throws IOException {
    String text = "@relation fixture\n@attribute a numeric\n@attribute b numeric\n@attribute s {x,y}\n"
        + "@attribute class {neg,pos}\n@data\n" + String.join("\n", dataLines) + "\n";
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  Path fourRows() throws IOException {
    return arff("four.arff", "1,2,x,neg", "2,5,y,pos", "4,3,x,pos", "5,1,y,neg");
  }

  static int[] columnsOf(Instances data, String view) {
    Pattern p = Pattern.compile(view + "_\\d+");
    return java.util.stream.IntStream.range(0, data.numAttributes())
        .filter(i -> p.matcher(data.attribute(i).name()).matches()).toArray();
  }

  /**
   * The core called directly on the bundled data, with the label encoded by hand as W2SG-MATH.md
   * section 1 says (pos = +1, neg = -1): what the command line must reproduce.
   */
  static Map<String, PairAnalysis> direct(PrincipalSettings settings) throws Exception {
    Instances data = DataSource.read(DATA.toString());
    int label = data.numAttributes() - 1;
    JointStatistics stats = JointStatistics.forDimension(data.numAttributes());
    for (Instance instance : data) {
      double[] row = instance.toDoubleArray();
      row[label] = data.attribute(label).value((int) row[label]).equals("pos") ? 1.0 : -1.0;
      stats.add(row);
    }
    W2SGAnalyzer analyzer = new W2SGAnalyzer(SampleGeometry.of(stats, settings, SampleGeometry.Path.AUTO));
    PrincipalSpace strong = analyzer.strongSpace(columnsOf(data, "strong"));
    Map<String, PairAnalysis> out = new HashMap<>();
    for (String view : VIEWS) {
      out.put(view, analyzer.analyze(analyzer.weakSpace(columnsOf(data, view)), strong, new int[] {label}));
    }
    return out;
  }

  // ---------------------------------------------------------------- the bundled data

  @Test
  void jsonHasOneLinePerPairWithTheDocumentedKeysAndAgreesWithTheCore() throws Exception {
    CommandRun r = run(latent("-c", "last", "-json"));
    assertEquals(0, r.code, r.err);
    assertEquals("", r.err);
    List<Map<String, Object>> lines = jsonLines(r.out);
    assertEquals(4, lines.size(), "4 weak x 1 strong");

    Map<String, PairAnalysis> expected = direct(PrincipalSettings.defaults());
    Set<String> seen = new HashSet<>();
    double previous = -1;
    for (int i = 0; i < lines.size(); i++) {
      Map<String, Object> o = lines.get(i);
      for (String key : REQUIRED) {
        assertTrue(o.containsKey(key), "missing key " + key);
      }
      for (String key : LABELLED) {
        assertTrue(o.containsKey(key), "missing key " + key);
      }
      for (String key : o.keySet()) {
        assertTrue(REQUIRED.contains(key) || LABELLED.contains(key) || EXTRAS.contains(key), "unexpected key " + key);
      }
      for (Map.Entry<String, Object> e : o.entrySet()) {
        if (e.getValue() instanceof Double) {
          assertTrue(Double.isFinite((Double) e.getValue()), e.getKey());
        }
        assertNotNull(e.getValue(), e.getKey() + " is null");
      }
      assertEquals("name:strong_.*", o.get("strong"));
      assertEquals(1000.0, num(o, "n"));
      assertEquals(i + 1.0, num(o, "position"));
      assertEquals("covariance", o.get("path"));
      assertEquals("pred_gap", o.get("ranked_by"), "the default ranking with labels");
      assertTrue(num(o, "pred_gap") >= previous, "ranked by ascending pred_gap");
      previous = num(o, "pred_gap");
      // every score of the bundled views lies above 0.995, within 0.01 of 1
      assertEquals(Boolean.TRUE, o.get("score_saturated"));

      String view = view(o);
      assertTrue(seen.add(view), "each weak view once");
      PairAnalysis a = expected.get(view);
      assertClose(a.score(), num(o, "w2sg_score"), "score of " + view);
      assertClose(a.frobenius(), num(o, "w2sg_frobenius"), "frobenius of " + view);
      assertClose(a.frobeniusNormalized(), num(o, "w2sg_frobenius_normalized"), "normalized of " + view);
      assertClose(a.expectedGap(), num(o, "w2sg_expected_gap"), "expected gap of " + view);
      assertClose(a.predGap(), num(o, "pred_gap"), "pred gap of " + view);
      assertClose(a.weakResidual(), num(o, "weak_residual"), "weak error of " + view);
      assertClose(a.ceilingResidual(), num(o, "ceiling_residual"), "ceiling error of " + view);
      assertClose(a.cka(), num(o, "linear_cka"), "linear CKA of " + view);
      assertClose(a.weakCrossValidated(), num(o, "weak_cv_error"), "weak cv error of " + view);
      assertClose(a.misfit(), num(o, "misfit"), "misfit of " + view);
      assertClose(a.predictedError(), num(o, "predicted_error"), "predicted error of " + view);
      assertClose(a.weak().gamma(), num(o, "gamma_weak"), "gamma_weak of " + view);
      assertClose(a.strong().gamma(), num(o, "gamma_strong"), "gamma_strong of " + view);
      assertEquals(a.weak().k(), (int) num(o, "k_weak"));
      assertEquals(a.strong().k(), (int) num(o, "k_strong"));
    }
  }

  @Test
  void viewsThatSeeFewerFactorsHaveLargerPredGapAndWeakError() {
    // Independent expectation from the generator: weakA..weakD see 10, 7, 4, 2 of 12 factors.
    List<Map<String, Object>> lines = jsonLines(run(latent("-c", "last", "-json")).out);
    Map<String, Map<String, Object>> byView = new HashMap<>();
    lines.forEach(o -> byView.put(view(o), o));
    for (int i = 1; i < VIEWS.length; i++) {
      Map<String, Object> better = byView.get(VIEWS[i - 1]);
      Map<String, Object> worse = byView.get(VIEWS[i]);
      assertTrue(num(better, "weak_residual") < num(worse, "weak_residual"),
          VIEWS[i - 1] + " should have a smaller weak error than " + VIEWS[i]);
      assertTrue(num(better, "pred_gap") < num(worse, "pred_gap"),
          VIEWS[i - 1] + " should have a smaller pred_gap than " + VIEWS[i]);
      // the ceiling is the strong model's alone
      assertClose(num(better, "ceiling_residual"), num(worse, "ceiling_residual"), "ceiling");
    }
  }

  @Test
  void rankByPredGapOrFrobeniusFollowsTheFactorsEachViewSees() {
    // weakA..weakD see 10, 7, 4, 2 of 12 factors: ranked best first they must come out in that order
    for (String key : List.of("pred_gap", "frobenius_normalized")) {
      List<Map<String, Object>> lines = jsonLines(run(latent("-c", "last", "-json", "-rank-by", key)).out);
      List<String> order = new ArrayList<>();
      lines.forEach(o -> order.add(view(o)));
      assertEquals(List.of(VIEWS), order, "ranking by " + key);
    }
  }

  @Test
  void rankByRejectsUnknownQuantitiesAndPredGapWithoutLabels() {
    assertFails(run(latent("-rank-by", "accuracy")), 2, "-rank-by", "frobenius_normalized");
    assertFails(run(latent("-rank-by", "pred_gap")), 2, "-c");
  }

  @Test
  void tableListsThePairsInTheJsonOrderWithTheirRepresentations() {
    CommandRun table = run(latent("-c", "last"));
    assertEquals(0, table.code, table.err);
    assertEquals("", table.err);
    assertTrue(table.out.startsWith("W2SG analysis of " + DATA + "\n"), table.out);
    assertTrue(table.out.contains("instances: n = 1000; path: covariance"), table.out);
    assertTrue(table.out.contains("k rule: variance fraction 0.9; ridge beta = 0; soft shrinkage;"
        + " weak training size m_w = 1000"), table.out);
    assertTrue(table.out.contains("labels: class 'class', encoded -1 = neg, +1 = pos"), table.out);

    List<Map<String, Object>> json = jsonLines(run(latent("-c", "last", "-json")).out);
    String[] lines = table.out.split("\n");
    int header = Arrays.asList(lines).indexOf(Arrays.stream(lines).filter(l -> l.startsWith("#  weak"))
        .findFirst().orElseThrow());
    assertTrue(lines[header].matches("#\\s+weak\\s+strong\\s+score\\s+frob_norm\\s+frobenius\\s+exp_gap\\s+cka\\s+"
        + "pred_gap\\s+weak_res\\s+ceil_res\\s+weak_cv\\s+misfit\\s+pred_err\\s+k_w\\s+k_s\\s+gamma_w\\s+gamma_s\\s+"
        + "lambda1_w\\s+lambda1_s"),
        lines[header]);
    for (int i = 0; i < 4; i++) {
      String[] cells = lines[header + 1 + i].trim().split("\\s+");
      Map<String, Object> o = json.get(i);
      assertEquals(Integer.toString(i + 1), cells[0]);
      assertEquals(o.get("weak"), cells[1]);
      assertEquals(o.get("strong"), cells[2]);
      assertEquals(String.format(java.util.Locale.ROOT, "%.6g", num(o, "w2sg_score")), cells[3], "six significant digits");
      assertEquals(String.format(java.util.Locale.ROOT, "%.6g", num(o, "w2sg_frobenius_normalized")), cells[4]);
      assertEquals(Integer.toString((int) num(o, "k_weak")), cells[14]);
      assertEquals(Integer.toString((int) num(o, "k_strong")), cells[15]);
    }
    for (String view : VIEWS) {
      assertTrue(table.out.matches("(?s).*\nweak +name:" + view + "_\\.\\* +24 +24 .*"), "spectrum of " + view);
    }
    assertTrue(table.out.matches("(?s).*\nstrong +name:strong_\\.\\* +96 +96 .*"), table.out);
  }

  @Test
  void withoutAClassOnlyTheLabelFreeQuantitiesAreReportedAndTheyDoNotChange() {
    CommandRun free = run(latent("-json"));
    assertEquals(0, free.code, free.err);
    Map<String, Map<String, Object>> labelled = new HashMap<>();
    jsonLines(run(latent("-c", "last", "-json")).out).forEach(o -> labelled.put(view(o), o));
    List<Map<String, Object>> lines = jsonLines(free.out);
    assertEquals(4, lines.size());
    for (Map<String, Object> o : lines) {
      for (String key : LABELLED) {
        assertFalse(o.containsKey(key), key + " needs labels");
      }
      for (String key : List.of("w2sg_score", "w2sg_frobenius", "w2sg_frobenius_normalized",
          "w2sg_expected_gap")) {
        assertClose(num(labelled.get(view(o)), key), num(o, key), key);
      }
    }
    assertTrue(run(latent()).out.contains("labels: none"));
  }

  @Test
  void runsAreDeterministic() {
    assertEquals(run(latent("-c", "last", "-json", "-top", "5")).out,
        run(latent("-c", "last", "-json", "-top", "5")).out);
  }

  @Test
  void aFixedKAboveTheRankIsClampedWithANoteNotAnError() {
    CommandRun r = run(latent("-c", "last", "-json", "-k", "30"));
    assertEquals(0, r.code, r.err);
    assertTrue(r.err.contains("k = 30 exceeds the rank 24 of the weak representation 'name:weakA_.*';"
        + " using k = 24."), r.err);
    assertFalse(r.err.contains("strong representation"), "the strong rank is 96: " + r.err);
    for (Map<String, Object> o : jsonLines(r.out)) {
      assertEquals(24.0, num(o, "k_weak"));
      assertEquals(Boolean.TRUE, o.get("k_weak_clamped"));
      assertEquals(30.0, num(o, "k_strong"));
      assertEquals(Boolean.FALSE, o.get("k_strong_clamped"));
      assertEquals(0.0, num(o, "gamma_weak"), "no tail left");
    }
    assertTrue(run(latent("-c", "last", "-k", "30")).out.contains(" 24* "), "the table marks clamped k");
  }

  @Test
  void tiedScoresAreOrderedByTheNormalizedFrobeniusVariant() {
    // hard projections: every weak view misses a strong direction, so every score is 1
    List<Map<String, Object>> lines = jsonLines(run(latent("-c", "last", "-json", "-hard", "-auto", "-rank-by",
        "score")).out);
    double min = lines.stream().mapToDouble(o -> num(o, "w2sg_score")).min().orElseThrow();
    double max = lines.stream().mapToDouble(o -> num(o, "w2sg_score")).max().orElseThrow();
    assumeTrue(max - min < 1e-10, "the scores should tie here: " + min + " .. " + max);
    for (int i = 1; i < lines.size(); i++) {
      assertTrue(num(lines.get(i - 1), "w2sg_frobenius_normalized") <= num(lines.get(i), "w2sg_frobenius_normalized"));
    }
  }

  @Test
  void theDefaultRankingIsPredGapWithLabelsAndTheExpectedGapWithout() {
    List<Map<String, Object>> labelled = jsonLines(run(latent("-c", "last", "-json")).out);
    List<Map<String, Object>> explicit = jsonLines(run(latent("-c", "last", "-json", "-rank-by", "default")).out);
    List<Map<String, Object>> free = jsonLines(run(latent("-json")).out);
    for (int i = 0; i < 4; i++) {
      assertEquals("pred_gap", labelled.get(i).get("ranked_by"));
      assertEquals(view(labelled.get(i)), view(explicit.get(i)), "-rank-by default is the default");
      assertEquals("expected_gap", free.get(i).get("ranked_by"));
      if (i > 0) {
        assertTrue(num(free.get(i - 1), "w2sg_expected_gap") <= num(free.get(i), "w2sg_expected_gap"));
      }
    }
    // the generator's order: weakA..weakD see 10, 7, 4 and 2 of the 12 factors
    for (int i = 0; i < 4; i++) {
      assertEquals(VIEWS[i], view(labelled.get(i)), "PredGap ranks the views in their generated order");
    }
  }

  @Test
  void aRankingByMisfitPutsTheLargestFirst() {
    List<Map<String, Object>> lines = jsonLines(run(latent("-c", "last", "-json", "-rank-by", "misfit")).out);
    for (int i = 1; i < lines.size(); i++) {
      assertTrue(num(lines.get(i - 1), "misfit") >= num(lines.get(i), "misfit"), "descending misfit");
    }
  }

  @Test
  void optionsReachTheCore() throws Exception {
    CommandRun r = run(latent("-c", "last", "-json", "-ridge", "0.5", "-weak-train-size", "250", "-auto"));
    assertEquals(0, r.code, r.err);
    Map<String, PairAnalysis> expected = direct(new PrincipalSettings(weka.w2s.core.PrincipalRule.automatic(),
        0.5, weka.w2s.core.Shrinkage.SOFT, PrincipalSettings.DEFAULT_RANK_TOLERANCE));
    for (Map<String, Object> o : jsonLines(r.out)) {
      PairAnalysis a = expected.get(view(o));
      assertEquals(250.0, num(o, "m_weak"));
      assertEquals(a.weak().k(), (int) num(o, "k_weak"));
      // m_w = 250 instead of n = 1000 makes the weak gamma four times larger
      assertClose(4 * a.weak().gamma(), num(o, "gamma_weak"), "gamma_weak");
      assertClose(a.strong().gamma(), num(o, "gamma_strong"), "gamma_strong");
    }
  }

  // ---------------------------------------------------------------- -top

  @Test
  void topListsTheLargestContributionsWhoseSquaresSumToPredGap() {
    CommandRun all = run(latent("-c", "last", "-json", "-top", "1000"));
    assertEquals(0, all.code, all.err);
    List<Map<String, Object>> lines = jsonLines(all.out);
    Map<String, Object> best = lines.get(0);
    for (int i = 1; i < lines.size(); i++) {
      assertFalse(lines.get(i).containsKey("top_contributions"), "only the best pair has the list");
    }
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> top = (List<Map<String, Object>>) best.get("top_contributions");
    assertEquals(1000, top.size());
    Set<Double> rows = new HashSet<>();
    double sum = 0;
    for (int i = 0; i < top.size(); i++) {
      Map<String, Object> c = top.get(i);
      assertTrue(rows.add(num(c, "row")), "each row once");
      assertTrue(num(c, "row") >= 1 && num(c, "row") <= 1000);
      assertTrue(Set.of("neg", "pos").contains(c.get("class")));
      if (i > 0) {
        assertTrue(num(top.get(i - 1), "magnitude") >= num(c, "magnitude"), "largest first");
      }
      sum += num(c, "magnitude") * num(c, "magnitude");
    }
    // PredGap = ||P_s (I - P_w) y||^2 / n: the per-instance entries add up to it
    assertClose(num(best, "pred_gap"), sum / 1000, "sum of squared contributions / n");

    CommandRun three = run(latent("-c", "last", "-json", "-top", "3"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> first = (List<Map<String, Object>>) jsonLines(three.out).get(0).get("top_contributions");
    assertEquals(top.subList(0, 3), first);

    CommandRun table = run(latent("-c", "last", "-top", "3"));
    assertTrue(table.out.contains("Instances with the largest |P_s (I - P_w) y| for the best pair ("
        + best.get("weak") + " -> name:strong_.*):"), table.out);
    assertTrue(table.out.contains("\n1  " + (long) num(first.get(0), "row") + "  "), table.out);
  }

  // ---------------------------------------------------------------- input formats

  @Test
  void compressedAndPlainArffGiveTheSameResult() throws Exception {
    LatentFactorModel model = new LatentFactorModel(4, 0.3, 7).addView("w", 6, new int[] {0, 1}, 1.0, 0.5)
        .addView("s", 10, new int[] {0, 1, 2, 3}, 1.0, 0.3);
    Instances data = model.sample("small", 200, true, 8);
    Path plain = dir.resolve("small.arff");
    Path gz = dir.resolve("small.arff.gz");
    DataSink.write(plain.toString(), data);
    DataSink.write(gz.toString(), data);
    assertTrue(Files.size(gz) < Files.size(plain), "really compressed");
    CommandRun a = run("-i", plain.toString(), "-weak", "1-6", "-strong", "7-16", "-c", "last", "-json");
    CommandRun b = run("-i", gz.toString(), "-weak", "1-6", "-strong", "7-16", "-c", "last", "-json");
    assertEquals(0, a.code, a.err);
    assertEquals(a.out, b.out);
    assertEquals(200.0, num(jsonLines(b.out).get(0), "n"));
  }

  @Test
  void longInputsReportProgressOnStderr() throws Exception {
    LatentFactorModel model = new LatentFactorModel(2, 0.3, 3).addView("w", 2, new int[] {0}, 1.0, 0.5)
        .addView("s", 3, new int[] {0, 1}, 1.0, 0.3);
    Path file = dir.resolve("long.arff");
    DataSink.write(file.toString(), model.sample("long", 10_000, false, 4));
    CommandRun r = run("-i", file.toString(), "-weak", "1-2", "-strong", "3-5", "-c", "last", "-top", "1");
    assertEquals(0, r.code, r.err);
    assertTrue(r.err.contains("W2SGAnalysis: reading: 10,000 rows"), r.err);
    assertTrue(r.err.contains("W2SGAnalysis: decomposing 2 representations"), r.err);
    assertTrue(r.err.contains("W2SGAnalysis: second pass: 10,000 rows"), r.err);
    assertTrue(r.out.contains("labels: numeric class 'class'"), r.out);

    Path shorter = dir.resolve("short.arff");
    DataSink.write(shorter.toString(), model.sample("short", 9_999, false, 4));
    assertEquals("", run("-i", shorter.toString(), "-weak", "1-2", "-strong", "3-5").err, "quiet when short");
  }

  // ---------------------------------------------------------------- JSON escaping

  @Test
  void jsonStringsRoundTripAndStayAscii() {
    String[] odd = {"", "plain", "quote \" and backslash \\", "tab\tnew\nline\rcr\bback\fform",
        "control \u0001\u001f\u007f", "caf\u00e9 \u2028 \u2029", "emoji \ud83d\ude00", "lone \ud800 surrogate",
        "slash / and name:we\"ird\\.*"};
    for (String s : odd) {
      String quoted = Json.write(s);
      assertTrue(quoted.chars().allMatch(c -> c >= 0x20 && c < 0x7f), "printable ASCII: " + quoted);
      assertEquals(s, MiniJson.parse(quoted), "round trip of " + quoted);
    }
    assertEquals("null", Json.number(Double.NaN), "JSON has no NaN");
    assertEquals("null", Json.number(Double.POSITIVE_INFINITY));
    assertEquals(1e-300, (Double) MiniJson.parse(Json.number(1e-300)));
    assertEquals("0.00001", Json.number(1e-5), "plain notation, which Weka's JSONNode reads");
    assertEquals("3", Json.number(3.0), "whole numbers without a fraction");
    assertEquals("[1,0.5,null]", Json.write(new double[] {1, 0.5, Double.NaN}));
  }

  @Test
  void oddAttributeNamesAndSelectionsAreEscapedInTheJsonOutput() throws Exception {
    String weakName = "we\"ird\\ caf\u00e9\tname";
    ArrayList<Attribute> atts = new ArrayList<>();
    atts.add(new Attribute(weakName + "_0"));
    atts.add(new Attribute(weakName + "_1"));
    atts.add(new Attribute("str'ong"));
    atts.add(new Attribute("s2"));
    Instances data = new Instances("odd", atts, 0);
    double[][] rows = {{1, 2, 3, 1}, {2, 1, 5, 0}, {4, 4, 2, 2}, {3, 5, 1, 4}, {0, 1, 2, 2}};
    for (double[] row : rows) {
      data.add(new DenseInstance(1.0, row));
    }
    Path file = dir.resolve("odd.arff");
    DataSink.write(file.toString(), data);
    String weakSpec = "name:" + Pattern.quote(weakName) + "_.*";
    String strongSpec = "name:str'ong|s2";
    CommandRun r = run("-i", file.toString(), "-weak", weakSpec, "-strong", strongSpec, "-json");
    assertEquals(0, r.code, r.err);
    String line = r.out.trim();
    assertTrue(line.chars().allMatch(c -> c >= 0x20 && c < 0x7f), line);
    Map<String, Object> o = MiniJson.object(line);
    assertEquals(weakSpec, o.get("weak"));
    assertEquals(strongSpec, o.get("strong"));
    assertEquals(2.0, num(o, "rank_weak"), "both weak columns were selected");
    assertEquals(2.0, num(o, "rank_strong"), "both strong columns were selected");
  }

  // ---------------------------------------------------------------- bad input

  @Test
  void aNonNumericAttributeInARangeIsRejected() throws Exception {
    Path f = fourRows();
    assertFails(run("-i", f.toString(), "-weak", "1-3", "-strong", "2"), 1, "nominal attribute 's'",
        "must be numeric");
  }

  @Test
  void aStringAttributeIsRefusedWithTheWayToEmbedIt() throws Exception {
    // the bundled text task: a string attribute 'text' and the class
    assertFails(run("-i", "test-data/names-gender-300.arff.gz", "-weak", "1", "-strong", "first-last", "-c", "last"), 1,
        "weak selection '1' contains the string attribute 'text' (index 1)", "SentenceEmbedding",
        "Preprocess > Filter > unsupervised > attribute > SentenceEmbedding", "weakToStrongEncoders",
        "Pretrained encoders");
  }

  @Test
  void firstLastIsEveryAttributeButTheClass() throws Exception {
    Path f = fourRows();
    // first-last on data whose class is last: no refusal of the class, the nominal 's' is the one refused
    assertFails(run("-i", f.toString(), "-weak", "1", "-strong", "first-last", "-c", "last"), 1,
        "strong selection 'first-last' contains the nominal attribute 's'");
  }

  @Test
  void aRangeWithTheClassOrOutOfBoundsIsRejected() throws Exception {
    Path f = fourRows();
    assertFails(run("-i", f.toString(), "-weak", "1", "-strong", "2,4", "-c", "last"), 1,
        "strong selection '2,4' contains the class attribute 'class'");
    assertFails(run("-i", f.toString(), "-weak", "1-9", "-strong", "2"), 1, "weak range '1-9'",
        "4 attributes");
    assertFails(run("-i", f.toString(), "-weak", "1", "-strong", "2", "-c", "9"), 1, "-c 9", "first, last");
  }

  @Test
  void anEmptyRangeIsRejected() throws Exception {
    Path f = fourRows();
    assertFails(run("-i", f.toString(), "-weak", "", "-strong", "2"), 2, "-weak was given an empty range");
    assertFails(run("-i", f.toString(), "-weak", "1", "-weak", " ", "-strong", "2"), 2, "empty range");
    assertFails(run("-i", f.toString(), "-weak", "name:nothing.*", "-strong", "2"), 1, "selects no attribute",
        "regular expression");
  }

  @Test
  void nanAndInfiniteValuesAreRejectedWithTheirAttributeAndRow() throws Exception {
    Path nan = arff("nan.arff", "1,2,x,neg", "2,5,y,pos", "NaN,3,x,pos");
    assertFails(run("-i", nan.toString(), "-weak", "1", "-strong", "2"), 1, "Attribute 'a' is missing in row 3",
        "NaN");
    Path inf = arff("inf.arff", "1,2,x,neg", "2,-Infinity,y,pos", "4,3,x,pos");
    assertFails(run("-i", inf.toString(), "-weak", "1", "-strong", "2"), 1,
        "Attribute 'b' has the value -Infinity in row 2", "finite");
  }

  @Test
  void fewerThanTwoInstancesAreRejected() throws Exception {
    Path one = arff("one.arff", "1,2,x,neg");
    assertFails(run("-i", one.toString(), "-weak", "1", "-strong", "2"), 1, "at least two instances", "has 1");
    Path empty = arff("empty.arff");
    assertFails(run("-i", empty.toString(), "-weak", "1", "-strong", "2"), 1, "at least two instances", "has 0");
    Path mostlyMissing = arff("mostly.arff", "1,?,x,neg", "2,5,y,pos");
    assertFails(run("-i", mostlyMissing.toString(), "-weak", "1", "-strong", "2", "-skip-missing"), 1,
        "at least two instances", "1 of 2 skipped for missing values");
  }

  @Test
  void rhoOutsideTheUnitIntervalIsAUsageError() throws Exception {
    Path f = fourRows();
    for (String rho : new String[] {"0", "1.5", "-0.2"}) {
      assertFails(run("-i", f.toString(), "-weak", "1", "-strong", "2", "-variance", rho), 2,
          "variance fraction rho must lie in (0, 1], got ");
    }
    assertFails(run("-i", f.toString(), "-weak", "1", "-strong", "2", "-variance", "lots"), 2,
        "-variance expects a number, got 'lots'");
    assertEquals(0, run("-i", f.toString(), "-weak", "1", "-strong", "2", "-variance", "1").code, "rho = 1 is fine");
  }

  @Test
  void aMissingValueIsAnErrorUnlessSkipped() throws Exception {
    Path f = arff("missing.arff", "1,2,x,neg", "2,?,y,pos", "4,3,x,pos", "5,1,y,neg", "3,3,x,pos");
    assertFails(run("-i", f.toString(), "-weak", "1", "-strong", "2"), 1, "Attribute 'b' is missing in row 2",
        "-skip-missing");
    Path classMissing = arff("cm.arff", "1,2,x,neg", "2,2,y,?", "4,3,x,pos");
    assertFails(run("-i", classMissing.toString(), "-weak", "1", "-strong", "2", "-c", "last"), 1,
        "Attribute 'class' is missing in row 2");

    CommandRun skipped = run("-i", f.toString(), "-weak", "1", "-strong", "2", "-c", "last", "-json", "-skip-missing");
    assertEquals(0, skipped.code, skipped.err);
    assertEquals("W2SGAnalysis: skipped 1 of 5 instances with missing values (-skip-missing).", skipped.err.trim());
    Map<String, Object> o = jsonLines(skipped.out).get(0);
    assertEquals(4.0, num(o, "n"));
    assertEquals(1.0, num(o, "skipped_missing"));

    // skipping must equal leaving the row out of the file
    Path without = arff("without.arff", "1,2,x,neg", "4,3,x,pos", "5,1,y,neg", "3,3,x,pos");
    Map<String, Object> reference = jsonLines(run("-i", without.toString(), "-weak", "1", "-strong", "2", "-c",
        "last", "-json").out).get(0);
    for (String key : List.of("w2sg_score", "w2sg_frobenius", "w2sg_expected_gap", "pred_gap",
        "weak_residual", "ceiling_residual")) {
      assertClose(num(reference, key), num(o, key), key);
    }
    assertTrue(run("-i", f.toString(), "-weak", "1", "-strong", "2", "-skip-missing").out
        .contains("n = 4 (1 skipped for missing values)"));
  }

  @Test
  void unreadableFilesAreReported() throws Exception {
    Path absent = dir.resolve("absent.arff");
    assertFails(run("-i", absent.toString(), "-weak", "1", "-strong", "2"), 1, "does not exist", "-i");
    assertFails(run("-i", dir.toString(), "-weak", "1", "-strong", "2"), 1, "not a readable file");
    Path corrupt = arff("corrupt.arff", "1,2,x,neg", "2,oops,y,pos");
    assertFails(run("-i", corrupt.toString(), "-weak", "1", "-strong", "2"), 1, "Cannot read", "line");
    Path header = dir.resolve("header.arff");
    Files.writeString(header, "@relation r\n@attribute a numeric\n@attribute b nonsense\n@data\n1,2\n");
    assertFails(run("-i", header.toString(), "-weak", "1", "-strong", "2"), 1, "Cannot read the header");
    Path unknown = dir.resolve("data.xyz");
    Files.writeString(unknown, "1,2\n");
    assertFails(run("-i", unknown.toString(), "-weak", "1", "-strong", "2"), 1, "no loader", ".arff");
  }

  @Test
  void aConstantRepresentationIsRejected() throws Exception {
    Path f = arff("constant.arff", "1,2,x,neg", "1,5,y,pos", "1,3,x,pos");
    assertFails(run("-i", f.toString(), "-weak", "1", "-strong", "2"), 1, "weak representation '1'",
        "no variance");
  }

  @Test
  void theLargestRidgeStillGivesNumbers() {
    CommandRun r = run(latent("-c", "last", "-json", "-ridge", "1e100"));
    assertEquals(0, r.code, r.err);
    assertFalse(r.out.contains("null") || r.out.contains("NaN"), r.out);
  }

  @Test
  void commandLineMistakesAreUsageErrors() throws Exception {
    String f = fourRows().toString();
    assertFails(run("-i", f, "-strong", "2"), 2, "-weak <range>");
    assertFails(run("-i", f, "-weak", "1"), 2, "-strong <range>");
    assertFails(run("-weak", "1", "-strong", "2"), 2, "-i <file>");
    assertFails(run("-i", f, "-weak", "1", "-strong", "2", "-bogus", "3"), 2, "Unknown option", "-bogus 3");
    assertFails(run("-i", f, "-weak", "1", "-strong", "2", "stray"), 2, "stray");
    assertFails(run("-i", f, "-weak", "1", "-strong", "2", "-k", "2", "-auto"), 2, "one rule for k");
    assertFails(run("-i", f, "-weak", "1", "-strong", "2", "-k", "0"), 2, "principal dimension k must be at least 1, got 0");
    assertFails(run("-i", f, "-weak", "1", "-strong", "2", "-k", "two"), 2, "-k expects a whole number");
    assertFails(run("-i", f, "-weak", "1", "-strong", "2", "-k"), 2, "No value given for -k");
    assertFails(run("-i", f, "-weak", "1", "-strong", "2", "-ridge", "-1"), 2, "ridge beta must be a number from 0 to 1e100, got -1");
    assertFails(run("-i", f, "-weak", "1", "-strong", "2", "-ridge", "1e300"), 2, "from 0 to 1e100, got 1.0E300");
    assertFails(run("-i", f, "-weak", "1", "-strong", "2", "-weak-train-size", "2.5"), 2,
        "a whole number from 1 to 1e15, got 2.5");
    assertFails(run("-i", f, "-weak", "1", "-strong", "2", "-weak-train-size", "1e-300"), 2,
        "a whole number from 1 to 1e15, got 1e-300");
    assertFails(run("-i", f, "-weak", "1", "-strong", "2", "-weak-train-size", "0"), 2, "-weak-train-size");
    assertFails(run("-i", f, "-weak", "1", "-strong", "2", "-top", "3"), 2, "-top needs the labels", "-c");
    assertFails(run("-i", f, "-weak", "1", "-strong", "2", "-c", "last", "-top", "0"), 2, "-top must be at least 1");
    assertFails(run("-i", f, "-weak", "1", "-strong", "2", "-linalg", "blas"), 2,
        "-linalg must be auto, java or native, got 'blas'.");
  }

  @Test
  void theBackEndsGiveTheSameNumbersAndTheHeaderSaysWhichRan() {
    CommandRun java = run(latent("-c", "last", "-json", "-linalg", "java"));
    assertEquals(0, java.code, java.err);
    CommandRun table = run(latent("-c", "last", "-linalg", "java"));
    assertTrue(table.out.contains("; path: covariance; linear algebra: java (EJML)\n"), table.out);
    for (Map<String, Object> o : jsonLines(java.out)) {
      assertEquals("java (EJML)", o.get("linear_algebra"));
    }
    assumeTrue(weka.w2s.core.LinearAlgebra.nativeAvailable(), "Skipped: no optimized native BLAS here"
        + " (install OpenBLAS: apt-get install libopenblas0).");
    CommandRun nat = run(latent("-c", "last", "-json", "-linalg", "native"));
    assertEquals(0, nat.code, nat.err);
    assertEquals("", nat.err);
    List<Map<String, Object>> a = jsonLines(java.out);
    List<Map<String, Object>> b = jsonLines(nat.out);
    assertEquals(a.size(), b.size());
    for (int i = 0; i < a.size(); i++) {
      assertTrue(((String) b.get(i).get("linear_algebra")).startsWith("native ("), (String) b.get(i).get("linear_algebra"));
      assertEquals(a.get(i).get("weak"), b.get(i).get("weak"), "the same ranking");
      for (String key : a.get(i).keySet()) {
        Object x = a.get(i).get(key);
        if (x instanceof Double) {
          double y = num(b.get(i), key);
          assertTrue(Math.abs((Double) x - y) <= 1e-10 * Math.max(Math.abs((Double) x), 1e-14),
              key + ": " + x + " (java) vs " + y + " (native)");
        }
      }
    }
  }

  @Test
  void helpListsEveryOption() {
    for (String flag : new String[] {"-h", "-help"}) {
      CommandRun r = run(flag);
      assertEquals(0, r.code);
      assertEquals("", r.err);
      for (String option : List.of("-i ", "-weak ", "-strong ", "-c ", "-k ", "-variance ", "-auto", "-ridge ",
          "-weak-train-size ", "-hard", "-json", "-skip-missing", "-top ", "-linalg ", "Exit codes")) {
        assertTrue(r.out.contains(option), option);
      }
    }
  }

  /** Issue 16, item 6: output that cannot be written is exit 1 with one message, not exit 0. */
  @Test
  void aFailedWriteToStandardOutputIsExitOne() {
    java.io.OutputStream full = new java.io.OutputStream() {
      @Override
      public void write(int b) throws java.io.IOException {
        throw new java.io.IOException("No space left on device");
      }
    };
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int code = W2SGAnalysis.run(latent("-c", "last"), new java.io.PrintStream(full),
        new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
    String message = err.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(1, code, message);
    assertTrue(message.contains("W2SGAnalysis: Writing to standard output failed"), message);
  }

  /**
   * Issue 16: a column in units 1e8 times larger than its neighbours' makes a full-rank representation
   * numerically rank 1; the analysis says so and points to Standardize, and says nothing for equal scales.
   */
  @Test
  void arbitraryScalesThatHideColumnsGetANote(@TempDir Path tmp) throws Exception {
    java.util.Random rnd = new java.util.Random(3);
    for (double scale : new double[] {1, 1e8}) {
      StringBuilder arff = new StringBuilder("@relation s\n");
      for (int a = 0; a < 8; a++) {
        arff.append("@attribute a").append(a).append(" numeric\n");
      }
      arff.append("@attribute c {n,p}\n@data\n");
      for (int i = 0; i < 60; i++) {
        for (int a = 0; a < 8; a++) {
          arff.append(rnd.nextGaussian() * (a == 0 ? scale : 1)).append(',');
        }
        arff.append(i % 2 == 0 ? "n" : "p").append('\n');
      }
      Path f = tmp.resolve("scaled-" + scale + ".arff");
      java.nio.file.Files.writeString(f, arff);
      CommandRun r = CommandRun.of(W2SGAnalysis::run, "-i", f.toString(), "-weak", "1-4", "-strong", "5-8",
          "-c", "last");
      assertEquals(0, r.code, r.err);
      assertEquals(scale > 1, r.err.contains("note: the weak representation '1-4' has rank 1 for 4 varying"
          + " columns"), r.err);
      assertEquals(scale > 1, r.err.contains("weka.filters.unsupervised.attribute.Standardize"), r.err);
    }
  }
}
