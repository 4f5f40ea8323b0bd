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

package weka.w2s.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import weka.core.Instance;
import weka.core.Instances;
import weka.core.converters.ConverterUtils.DataSource;
import weka.w2s.core.PrincipalRule;
import weka.w2s.AnalysisCli;
import weka.w2s.analysis.Ranking;
import weka.w2s.analysis.Quantity;

/** The tab's model without a display: its numbers against W2SGAnalysis's JSON and independent checks. */
class AnalysisResultTest {

  static final Path DATA = Paths.get("test-data", "w2sg-latent.arff.gz");
  static final List<String> WEAK = List.of("name:weakA_.*", "name:weakB_.*", "name:weakC_.*", "name:weakD_.*");
  static final List<String> STRONG = List.of("name:strong_.*");

  static Instances data;

  @BeforeAll
  static void load() throws Exception {
    data = DataSource.read(DATA.toString());
    data.setClassIndex(data.numAttributes() - 1);
  }

  static String[] cli(List<String> weak, List<String> strong, String... extra) {
    List<String> args = new ArrayList<>(List.of("-i", DATA.toString()));
    weak.forEach(w -> args.addAll(List.of("-weak", w)));
    strong.forEach(s -> args.addAll(List.of("-strong", s)));
    args.addAll(Arrays.asList(extra));
    return args.toArray(new String[0]);
  }

  static AnalysisResult compute(AnalysisRequest request) {
    return AnalysisResult.compute(data, request, new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8));
  }

  @Test
  void theRankingInstancesMatchTheCommandLineJson() {
    AnalysisResult result = compute(new AnalysisRequest().setWeak(WEAK).setStrong(STRONG).setTop(0));
    List<Map<String, Object>> expected = AnalysisCli.json(cli(WEAK, STRONG, "-c", "last"));
    Instances ranking = result.rankingInstances();
    assertEquals(expected.size(), ranking.numInstances());
    assertEquals(4, ranking.numInstances());
    for (int i = 0; i < expected.size(); i++) {
      Instance row = ranking.instance(i);
      Map<String, Object> line = expected.get(i);
      assertEquals(i + 1, row.value(0), 0);
      assertEquals(line.get("weak"), row.stringValue(1), "ranking order");
      assertEquals(line.get("strong"), row.stringValue(2));
      for (Quantity c : Quantity.values()) {
        double want = AnalysisCli.value(line, c.key());
        double got = row.value(ranking.attribute(c.key()));
        assertEquals(want, got, 1e-12 * Math.max(1, Math.abs(want)), c.key() + " of " + line.get("weak"));
      }
    }
  }

  @Test
  void withoutTheClassOnlyTheLabelFreeColumnsAndTheSameOptionsAsTheCommandLine() {
    AnalysisRequest request = new AnalysisRequest().setWeak(List.of("1-24", "73-96")).setStrong(List.of("97-192"))
        .setUseClass(false).setRule(PrincipalRule.Kind.FIXED).setK(30).setRidge(0.5).setHard(true)
        .setWeakTrainSize("400");
    AnalysisResult result = compute(request);
    List<Map<String, Object>> expected = AnalysisCli.json(cli(List.of("1-24", "73-96"), List.of("97-192"),
        "-k", "30", "-ridge", "0.5", "-hard", "-weak-train-size", "400"));
    assertTrue(!result.hasLabels());
    Instances ranking = result.rankingInstances();
    assertEquals(-1, ranking.attribute("pred_gap") == null ? -1 : 0, "no pred_gap without labels");
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i).get("weak"), ranking.instance(i).stringValue(1));
      for (Quantity c : result.columns()) {
        double want = AnalysisCli.value(expected.get(i), c.key());
        assertEquals(want, ranking.instance(i).value(ranking.attribute(c.key())),
            1e-12 * Math.max(1, Math.abs(want)), c.key());
      }
    }
    // k = 30 is above the weak rank 24: clamped as on the command line
    assertEquals(24, result.pairs().get(0).analysis().weak().k());
    assertTrue(result.pairs().get(0).analysis().weak().clamped());
  }

  @Test
  void theTextAndJsonAreTheCommandLinesOwn() {
    AnalysisRequest request = new AnalysisRequest().setWeak(WEAK).setStrong(STRONG).setRule(
        PrincipalRule.Kind.AUTOMATIC).setTop(5);
    AnalysisResult result = compute(request);
    String table = AnalysisCli.table(cli(WEAK, STRONG, "-c", "193", "-auto", "-top", "5"));
    // the first line names the data (a file there, the relation here); the rest is identical
    assertEquals(table.substring(table.indexOf('\n')), result.text().substring(result.text().indexOf('\n')));
    assertTrue(result.commandLine().contains("-auto") && result.commandLine().contains("-top 5"),
        result.commandLine());
  }

  @Test
  void theTopInstancesAreTheDataRowsWhoseSquaredContributionsSumToNTimesPredGap() {
    int n = data.numInstances();
    AnalysisResult result = compute(new AnalysisRequest().setWeak(WEAK).setStrong(STRONG).setTop(n));
    Instances top = result.topInstances();
    assertEquals(n, top.numInstances());
    assertEquals(data.numAttributes() + 2, top.numAttributes());
    assertEquals(data.classAttribute().name(), top.classAttribute().name());
    double sum = 0;
    double previous = Double.POSITIVE_INFINITY;
    for (Instance t : top) {
      int row = (int) t.value(top.attribute(Ranking.ROW_ATTRIBUTE));
      double magnitude = t.value(top.attribute(Ranking.CONTRIBUTION_ATTRIBUTE));
      assertTrue(magnitude <= previous, "largest first");
      previous = magnitude;
      sum += magnitude * magnitude;
      Instance original = data.instance(row - 1);
      for (int a = 0; a < data.numAttributes(); a++) {
        assertEquals(original.value(a), t.value(a), 0, "row " + row + " attribute " + a);
      }
    }
    // W2SG-MATH.md: the entries of P_s (I - P_w) y have squared norm n * pred_gap
    double predGap = result.pairs().get(0).analysis().predGap();
    assertEquals(n * predGap, sum, 1e-9 * n * predGap);
    // and the first ones are W2SGAnalysis's -top list
    List<Map<String, Object>> json = AnalysisCli.json(cli(WEAK, STRONG, "-c", "last", "-top", "3"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> cliTop = (List<Map<String, Object>>) json.get(0).get("top_contributions");
    for (int i = 0; i < 3; i++) {
      assertEquals((Double) cliTop.get(i).get("row"), top.instance(i).value(top.attribute(Ranking.ROW_ATTRIBUTE)),
          0);
    }
  }

  @Test
  void theSpectrumIsTheCovarianceSpectrumComputedDirectly() {
    AnalysisResult result = compute(new AnalysisRequest().setWeak(List.of("name:weakD_.*")).setStrong(STRONG));
    Ranking.Pair pair = result.pairs().get(0);
    double[] direct = covarianceEigenvalues(data, 72, 96); // weakD_ is attributes 73-96
    double[] spectrum = pair.analysis().weak().eigenvalues();
    assertEquals(24, spectrum.length);
    for (int i = 0; i < direct.length; i++) {
      assertEquals(direct[i], spectrum[i], 1e-9 * direct[0], "eigenvalue " + (i + 1));
    }
    // the variance rule: the smallest k whose eigenvalues reach 90% of the sum
    double total = Arrays.stream(direct).sum();
    int k = 0;
    double acc = 0;
    while (acc < 0.9 * total) {
      acc += direct[k++];
    }
    assertEquals(k, pair.analysis().weak().k());
  }

  /** Eigenvalues (descending) of the covariance (divided by n) of attributes [from, to). */
  static double[] covarianceEigenvalues(Instances d, int from, int to) {
    int n = d.numInstances();
    int p = to - from;
    DMatrixRMaj x = new DMatrixRMaj(n, p);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < p; j++) {
        x.set(i, j, d.instance(i).value(from + j));
      }
    }
    for (int j = 0; j < p; j++) {
      double mean = 0;
      for (int i = 0; i < n; i++) {
        mean += x.get(i, j) / n;
      }
      for (int i = 0; i < n; i++) {
        x.set(i, j, x.get(i, j) - mean);
      }
    }
    DMatrixRMaj c = new DMatrixRMaj(p, p);
    CommonOps_DDRM.multTransA(x, x, c);
    CommonOps_DDRM.scale(1.0 / n, c);
    EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(p, false, true);
    assertTrue(eig.decompose(c));
    double[] values = new double[p];
    for (int i = 0; i < p; i++) {
      values[i] = eig.getEigenvalue(i).getReal();
    }
    Arrays.sort(values);
    double[] desc = new double[p];
    for (int i = 0; i < p; i++) {
      desc[i] = values[p - 1 - i];
    }
    return desc;
  }

  /**
   * The tab's own examples work: first-10 as a weak candidate and first-last (every attribute but the
   * class, as in WeakToStrong) as the strong one give the numbers of the explicit ranges 1-10 and 1-192
   * on the command line (the class is attribute 193).
   */
  @Test
  void theTabsExampleRangesAreAccepted() {
    AnalysisResult result = compute(new AnalysisRequest().setWeak(List.of("first-10")).setStrong(
        List.of("first-last")).setTop(0));
    List<Map<String, Object>> expected = AnalysisCli.json(cli(List.of("1-10"), List.of("1-192"), "-c", "last"));
    Instances ranking = result.rankingInstances();
    assertEquals(1, ranking.numInstances());
    for (Quantity c : Quantity.values()) {
      double want = AnalysisCli.value(expected.get(0), c.key());
      assertEquals(want, ranking.instance(0).value(ranking.attribute(c.key())), 1e-12 * Math.max(1, Math.abs(want)),
          c.key());
    }
  }

  @Test
  void badInputsGiveTheCommandLinesMessage() {
    IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
        () -> compute(new AnalysisRequest().setWeak(List.of("1-24")).setStrong(List.of("97-193"))));
    assertTrue(range.getMessage().contains("contains the class attribute"), range.getMessage());
    IllegalArgumentException rho = assertThrows(IllegalArgumentException.class,
        () -> compute(new AnalysisRequest().setWeak(List.of("1-24")).setStrong(List.of("97-192")).setVariance(1.5)));
    assertTrue(rho.getMessage().contains("The variance fraction rho must lie in (0, 1], got 1.5"), rho.getMessage());
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> compute(new AnalysisRequest().setWeak(List.of(" ")).setStrong(List.of("97-192"))));
    assertTrue(none.getMessage().contains("at least one weak"), none.getMessage());
    assertArrayEquals(new String[] {"-weak", "1-24", "-strong", "97-192", "-variance", "0.9"},
        new AnalysisRequest().setWeak(List.of("1-24", "")).setStrong(List.of("97-192")).setUseClass(false)
            .settings(193).toOptions().toArray());
  }
}
