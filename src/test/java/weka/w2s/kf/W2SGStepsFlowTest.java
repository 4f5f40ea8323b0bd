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

package weka.w2s.kf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import weka.classifiers.functions.RidgeProbe;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Range;
import weka.core.SelectedTag;
import weka.core.Utils;
import weka.core.WekaException;
import weka.core.converters.ArffLoader;
import weka.core.converters.ArffSaver;
import weka.core.converters.ConverterUtils.DataSource;
import weka.gui.Logger;
import weka.knowledgeflow.Flow;
import weka.knowledgeflow.FlowRunner;
import weka.knowledgeflow.JSONFlowUtils;
import weka.knowledgeflow.StepManager;
import weka.knowledgeflow.StepManagerImpl;
import weka.knowledgeflow.steps.ClassAssigner;
import weka.knowledgeflow.steps.ImageViewer;
import weka.knowledgeflow.steps.Loader;
import weka.knowledgeflow.steps.Saver;
import weka.knowledgeflow.steps.Step;
import weka.knowledgeflow.steps.TextViewer;
import weka.w2s.AnalysisCli;
import weka.w2s.ExperimentCli;
import weka.w2s.analysis.AnalysisSettings;
import weka.w2s.analysis.Analyzer;
import weka.w2s.analysis.Quantity;
import weka.w2s.analysis.Ranking;
import weka.w2s.core.PrincipalRule;
import weka.w2s.core.PrincipalSettings;
import weka.w2s.core.Shrinkage;
import weka.w2s.experiment.Experiment;
import weka.w2s.experiment.ExperimentSettings;

/**
 * The two KnowledgeFlow steps headless through FlowRunner, in a flow saved and reloaded as a .kf
 * file: their text, data-set and image outputs against the command-line tools on the same data.
 */
class W2SGStepsFlowTest {

  static final Path DATA = Paths.get("test-data", "w2sg-latent.arff.gz").toAbsolutePath();
  static final String WEAK = "-weak name:weakA_.* -weak name:weakB_.* -weak name:weakC_.* -weak name:weakD_.*";
  static final String STRONG = "-strong name:strong_.*";

  @TempDir
  Path dir;

  @Test
  void theAnalysisStepEmitsTheCommandLinesRankingAsTextDataAndImages() throws Exception {
    W2SGAnalysisStep step = new W2SGAnalysisStep();
    step.setWeak(ranges("name:weakA_.*", "name:weakB_.*", "name:weakC_.*", "name:weakD_.*"));
    step.setStrong(ranges("name:strong_.*"));
    step.setPrincipalRule(new SelectedTag("auto", DataSetReportStep.K_RULES));
    step.setTop(5);
    Flow flow = run(step);
    String[] cli = ("-i " + DATA + " " + WEAK + " " + STRONG + " -c last -auto -top 5").split(" ");

    // text: W2SGAnalysis's table, the data named by its relation instead of its file
    Map<String, String> texts = ((TextViewer) flow.findStep("Report").getManagedStep()).getResults();
    assertEquals(1, texts.size(), texts.keySet().toString());
    String text = texts.values().iterator().next();
    String table = AnalysisCli.table(cli);
    assertEquals(table.substring(table.indexOf('\n')), text.substring(text.indexOf('\n')));
    assertTrue(texts.keySet().iterator().next().contains("W2SG analysis of w2sg-latent"), texts.keySet().toString());

    // data set: one instance per pair, best first, with the JSON's numbers
    Instances ranking = savedData();
    List<Map<String, Object>> json = AnalysisCli.json(cli);
    assertEquals(4, ranking.numInstances());
    for (int i = 0; i < json.size(); i++) {
      Instance row = ranking.instance(i);
      assertEquals(json.get(i).get("weak"), row.stringValue(ranking.attribute("weak")));
      assertEquals(json.get(i).get("strong"), row.stringValue(ranking.attribute("strong")));
      for (Quantity c : Quantity.values()) {
        double want = AnalysisCli.value(json.get(i), c.key());
        // the ARFF saver writes 6 significant digits
        assertEquals(want, row.value(ranking.attribute(c.key())), 1e-5 * Math.max(1, Math.abs(want)), c.key());
      }
    }

    // images: the scores, then the spectra of the best pair, drawn in their series' colours
    Map<String, BufferedImage> images = ((ImageViewer) flow.findStep("Plots").getManagedStep()).getImages();
    assertEquals(2, images.size(), images.keySet().toString());
    List<String> titles = new ArrayList<>(images.keySet());
    Collections.sort(titles, (a, b) -> a.endsWith("scores") ? -1 : 1);
    assertTrue(titles.get(0).endsWith("w2sg-latent: scores"), titles.toString());
    assertTrue(titles.get(1).endsWith("spectra of the best pair"), titles.toString());
    for (BufferedImage image : images.values()) {
      assertEquals(800, image.getWidth());
      assertEquals(500, image.getHeight());
    }
    assertTrue(colours(images.get(titles.get(1))).contains(0xD55E00), "the weak spectrum is drawn");
    assertTrue(colours(images.get(titles.get(1))).contains(0x0072B2), "the strong spectrum is drawn");
  }

  /** A numeric class: the step's data set has each model's test MSE and PGR on MSE, as the command line's. */
  @Test
  void theExperimentStepEmitsMseAndPgrForANumericClass() throws Exception {
    Path data = dir.resolve("regression.arff.gz");
    weka.core.converters.ConverterUtils.DataSink.write(data.toString(),
        weka.w2s.targets.RegressionTargetsTest.simulation(300, 30, 1.5, 1));
    W2SGExperimentStep step = new W2SGExperimentStep();
    step.setWeak(ranges("name:w_.*"));
    step.setStrong(new Range("name:s_.*"));
    step.setRuns(2);
    step.setStrategies("naive,kernel");
    Flow flow = run(step, data);
    Map<String, Object> candidate = ExperimentCli.json(("-i " + data + " -c last -weak name:w_.* -strong"
        + " name:s_.* -runs 2 -modes naive,kernel").split(" ")).get(0);
    Instances results = savedData();
    assertEquals("mse", results.attribute(2).name());
    assertEquals(ExperimentCli.number(candidate, "weak_model", "mse", "mean"), results.instance(0).value(2), 1e-6);
    assertEquals(ExperimentCli.number(candidate, "modes", "naive", "mse", "mean"), results.instance(1).value(2), 1e-6);
    assertEquals(ExperimentCli.number(candidate, "modes", "naive", "pgr", "mean"), results.instance(1).value(3), 1e-6);
    assertEquals(ExperimentCli.number(candidate, "ceiling", "mse", "mean"), results.instance(3).value(2), 1e-6);
    Map<String, BufferedImage> images = ((ImageViewer) flow.findStep("Plots").getManagedStep()).getImages();
    assertTrue(images.keySet().stream().anyMatch(t -> t.endsWith(": mean squared error")), images.keySet().toString());
  }

  @Test
  void theExperimentStepEmitsAccuracyAndPgrAsTheCommandLineComputesThem() throws Exception {
    W2SGExperimentStep step = new W2SGExperimentStep();
    step.setWeak(ranges("name:weakA_.*", "name:weakD_.*"));
    step.setStrong(new Range("name:strong_.*"));
    step.setRuns(2);
    step.setStrategies("naive,refine");
    Flow flow = run(step);
    String options = "-weak name:weakA_.* -weak name:weakD_.* " + STRONG + " -runs 2 -modes naive,refine";
    Map<String, Object> candidateA = ExperimentCli.json(("-i " + DATA + " -c last " + options).split(" ")).get(0);

    Instances results = savedData();
    assertEquals(2 * 4, results.numInstances(), "weak model, naive, refine and ceiling for two candidates");
    Instance weak = results.instance(0);
    assertEquals("name:weakA_.*", weak.stringValue(0));
    assertEquals("weak model", weak.stringValue(1));
    assertEquals(ExperimentCli.number(candidateA, "weak_model", "accuracy", "mean"), weak.value(2), 1e-6);
    Instance naive = results.instance(1);
    assertEquals("naive", naive.stringValue(1));
    assertEquals(ExperimentCli.number(candidateA, "modes", "naive", "accuracy", "mean"), naive.value(2), 1e-6);
    assertEquals(ExperimentCli.number(candidateA, "modes", "naive", "pgr", "mean"), naive.value(3), 1e-6);
    Instance ceiling = results.instance(3);
    assertEquals("ceiling (gold)", ceiling.stringValue(1));
    assertEquals(ExperimentCli.number(candidateA, "ceiling", "accuracy", "mean"), ceiling.value(2), 1e-6);
    // PGR = (W2S - weak) / (ceiling - weak) per run, then the mean: from the per-run accuracies
    List<Double> w2s = ExperimentCli.values(candidateA, "modes", "naive", "accuracy", "values");
    List<Double> weakRuns = ExperimentCli.values(candidateA, "weak_model", "accuracy", "values");
    List<Double> ceilingRuns = ExperimentCli.values(candidateA, "ceiling", "accuracy", "values");
    double pgr = 0;
    for (int r = 0; r < 2; r++) {
      assertTrue(ceilingRuns.get(r) > weakRuns.get(r), "the strong view beats weakA in run " + r);
      pgr += (w2s.get(r) - weakRuns.get(r)) / (ceilingRuns.get(r) - weakRuns.get(r)) / 2;
    }
    assertEquals(pgr, naive.value(3), 1e-6); // the ARFF saver writes 6 significant digits

    Map<String, String> texts = ((TextViewer) flow.findStep("Report").getManagedStep()).getResults();
    assertTrue(texts.values().iterator().next().contains("=== Weak-to-strong experiment ==="));
    Map<String, BufferedImage> images = ((ImageViewer) flow.findStep("Plots").getManagedStep()).getImages();
    assertEquals(2, images.size());
    assertTrue(images.keySet().stream().anyMatch(t -> t.endsWith(": PGR")), images.keySet().toString());
  }

  @Test
  void aWrongSelectionStopsTheFlowWithTheCommandLinesMessageOnOneLine() throws Exception {
    W2SGAnalysisStep step = new W2SGAnalysisStep();
    step.setWeak(ranges("1-24"));
    step.setStrong(ranges("97-193"));
    String error = failingRun(step);
    assertTrue(error.contains("contains the class attribute 'class'"), error);
    assertFalse(Files.list(dir).anyMatch(p -> p.toString().endsWith(".arff")), "nothing saved");
  }

  @Test
  void stepsDroppedOnTheCanvasInitializeAndAskForTheirWeakSelectionOnOneLine() throws Exception {
    String analysis = failingRun(new W2SGAnalysisStep());
    assertTrue(analysis.contains("W2SG, property 'weak representations': set at least one weak representation"),
        analysis);
    String experiment = failingRun(new W2SGExperimentStep());
    assertTrue(experiment.contains("W2SG, property 'weak candidates': set at least one weak candidate"),
        experiment);
  }

  @Test
  void everyAnalysisPropertyReachesTheSettingsAndTheRanking() throws Exception {
    W2SGAnalysisStep step = new W2SGAnalysisStep();
    step.setName("W2SG");
    step.setWeak(ranges("name:weakA_.*", "25-48"));
    step.setStrong(ranges("name:strong_.*", "97-120"));
    step.setPrincipalRule(new SelectedTag("fixed", DataSetReportStep.K_RULES));
    step.setK(3);
    step.setRidge(0.5);
    step.setHard(true);
    step.setWeakTrainingSize(200);
    step.setRankBy(new SelectedTag("frobenius_normalized", W2SGAnalysisStep.RANK_BY));
    step.setTop(3);
    step.setSkipMissing(true);
    W2SGAnalysisStep saved = (W2SGAnalysisStep) reloaded(step);
    Instances data = data();

    AnalysisSettings settings = saved.settings(data);
    assertEquals(List.of("-weak", "name:weakA_.*", "-weak", "25-48", "-strong", "name:strong_.*", "-strong", "97-120",
        "-c", "193", "-k", "3", "-ridge", "0.5", "-hard", "-weak-train-size", "200", "-rank-by",
        "frobenius_normalized", "-skip-missing", "-top", "3"), settings.toOptions());

    // the same typed settings handed to the analysis directly
    AnalysisSettings direct = AnalysisSettings.builder().weak(List.of("name:weakA_.*", "25-48"))
        .strong(List.of("name:strong_.*", "97-120")).classSpec("193")
        .principal(new PrincipalSettings(PrincipalRule.fixed(3), 0.5, Shrinkage.HARD,
            PrincipalSettings.DEFAULT_RANK_TOLERANCE))
        .weakTrainSize(200).rankBy(Quantity.FROB_NORM).top(3).skipMissing(true).build();
    Ranking want = new Analyzer(direct, "W2SG", new PrintStream(OutputStream.nullOutputStream())).rank(data,
        "w2sg-latent");
    Ranking got = saved.analyze(data);
    assertEquals(want.table(), got.table());
    assertEquals(4, got.pairs().size());
    for (int i = 0; i < got.pairs().size(); i++) {
      assertEquals(3, got.pairs().get(i).analysis().weak().k(), "k = 3 fixed");
      if (i > 0) {
        assertTrue(Quantity.FROB_NORM.value(got.pairs().get(i - 1).analysis())
            <= Quantity.FROB_NORM.value(got.pairs().get(i).analysis()), "ranked by frob_norm");
      }
    }
    assertEquals(3, got.top().size());
  }

  @Test
  void everyExperimentPropertyReachesTheSettingsAndTheResults() throws Exception {
    RidgeProbe weak = new RidgeProbe();
    weak.setRidge(0.01);
    RidgeProbe strong = new RidgeProbe();
    strong.setRidge(0.1);
    W2SGExperimentStep step = new W2SGExperimentStep();
    step.setName("W2SG");
    step.setWeak(ranges("name:weakA_.*", "name:weakD_.*"));
    step.setStrong(new Range("name:strong_.*"));
    step.setRuns(2);
    step.setTestFraction(0.25);
    step.setWeakFraction(0.4);
    step.setStrategies("confidence,naive");
    step.setSeed(7);
    step.setWeakClassifier(weak);
    step.setStrongClassifier(strong);
    step.setPrincipalRule(new SelectedTag("fixed", DataSetReportStep.K_RULES));
    step.setK(4);
    Instances data = data();

    ExperimentSettings settings = ((W2SGExperimentStep) reloaded(step)).settings(data);
    assertEquals(List.of("-c", "193", "-weak", "name:weakA_.*", "-weak", "name:weakD_.*", "-strong", "name:strong_.*",
        "-runs", "2", "-test-fraction", "0.25", "-weak-fraction", "0.4", "-modes", "confidence,naive", "-S", "7",
        "-weak-classifier", Utils.toCommandLine(weak), "-strong-classifier", Utils.toCommandLine(strong), "-k", "4"),
        settings.toOptions());

    Flow flow = run(step);
    ExperimentSettings direct = new ExperimentSettings().setClass("last")
        .setWeak(List.of("name:weakA_.*", "name:weakD_.*")).setStrong("name:strong_.*").setRuns(2)
        .setTestFraction(0.25).setWeakFraction(0.4).setModes("confidence,naive").setSeed(7)
        .setWeakClassifier(weak).setStrongClassifier(strong)
        .setPrincipal(PrincipalSettings.defaults().withRule(PrincipalRule.fixed(4)));
    Experiment experiment = new Experiment(direct, direct.withClass(new Instances(data)), "w2sg-latent",
        new PrintStream(OutputStream.nullOutputStream()));
    experiment.run();
    Instances want = experiment.resultInstances();
    Instances got = savedData();
    assertEquals(2 * 4, want.numInstances(), "weak model, confidence, naive and ceiling for two candidates");
    assertEquals(want.numInstances(), got.numInstances());
    for (int i = 0; i < want.numInstances(); i++) {
      assertEquals(want.instance(i).stringValue(0), got.instance(i).stringValue(0));
      assertEquals(want.instance(i).stringValue(1), got.instance(i).stringValue(1));
      for (int a = 2; a < want.numAttributes(); a++) {
        double w = want.instance(i).value(a);
        double g = got.instance(i).value(a);
        if (Double.isNaN(w)) { // an undefined PGR, missing in both
          assertTrue(Double.isNaN(g), want.attribute(a).name() + " of " + got.instance(i));
        } else { // the ARFF saver writes 6 significant digits
          assertEquals(w, g, 1e-5 * Math.max(1, Math.abs(w)), want.attribute(a).name());
        }
      }
    }
    assertEquals("confidence", got.instance(1).stringValue(1));
    String report = ((TextViewer) flow.findStep("Report").getManagedStep()).getResults().values().iterator().next();
    assertTrue(report.contains("k = 4"), report);
  }

  @Test
  void aWrongValueIsOneMessageNamingItsProperty() throws Exception {
    Instances data = data();
    W2SGAnalysisStep analysis = new W2SGAnalysisStep();
    analysis.setName("W2SG");
    analysis.setWeak(ranges("1-24"));
    analysis.setStrong(ranges("25-120"));
    analysis.setPrincipalRule(new SelectedTag("fixed", DataSetReportStep.K_RULES));
    analysis.setK(0);
    assertProblem("W2SG, property 'k': The principal dimension k must be at least 1, got 0.",
        () -> analysis.settings(data));
    String error = failingRun(analysis);
    assertTrue(error.endsWith("W2SG, property 'k': The principal dimension k must be at least 1, got 0."), error);

    analysis.setK(3);
    analysis.setWeakTrainingSize(2.5);
    assertProblem("W2SG, property 'weak training size': -weak-train-size is a number of instances: give a whole"
        + " number from 1 to 1e15, got 2.5.", () -> analysis.settings(data));
    analysis.setWeakTrainingSize(0);
    analysis.setUseClass(false);
    analysis.setTop(5);
    assertProblem("W2SG, property 'top': listing instances needs the labels: set the class with a ClassAssigner"
        + " and keep 'use the class' on, or set top to 0.", () -> analysis.settings(data));

    W2SGExperimentStep experiment = new W2SGExperimentStep();
    experiment.setName("W2SG");
    experiment.setWeak(ranges("1-24"));
    experiment.setTestFraction(1.5);
    assertProblem("W2SG, property 'test fraction': -test-fraction must lie strictly between 0 and 1, got 1.5.",
        () -> experiment.settings(data));
    error = failingRun(experiment);
    assertTrue(error.endsWith("W2SG, property 'test fraction': -test-fraction must lie strictly between 0 and 1,"
        + " got 1.5."), error);
    experiment.setTestFraction(0.3);
    experiment.setStrategies("naive,gold");
    assertProblem("W2SG, property 'strategies': Mode gold is the strong ceiling and always runs; list only modes"
        + " from naive,confidence,refine,kernel,filter,rounds,confident,product,window,entropy,auto.", () -> experiment.settings(data));
  }

  @Test
  void flowsSavedWithTheOptionsStringStillLoad() throws Exception {
    String json = "{\"flow_name\" : \"old\", \"steps\" : ["
        + "{\"class\" : \"weka.w2s.kf.W2SGAnalysisStep\", \"properties\" : {\"analysisOptions\" :"
        + " \"-weak 1-24 -weak name:weakB_.* -strong 25-120 -auto -ridge 0.5 -top 10\", \"name\" : \"A\","
        + " \"useClass\" : true}, \"connections\" : {}},"
        + "{\"class\" : \"weka.w2s.kf.W2SGExperimentStep\", \"properties\" : {\"experimentOptions\" :"
        + " \"-weak 1-24 -strong 25-120 -runs 3 -modes naive,refine -S 2 -k 6\", \"name\" : \"E\"},"
        + " \"connections\" : {}}]}";
    Flow flow = JSONFlowUtils.JSONToFlow(json, false);
    W2SGAnalysisStep analysis = (W2SGAnalysisStep) flow.findStep("A").getManagedStep();
    assertEquals("1-24\nname:weakB_.*", analysis.getWeakText());
    // Weka's array editor lists the elements by toString()
    assertEquals("name:weakB_.*", analysis.getWeak()[1].toString());
    assertEquals("25-120", analysis.getStrongText());
    assertEquals("auto", analysis.getPrincipalRuleText());
    assertEquals(0.5, analysis.getRidge());
    assertEquals(10, analysis.getTop());
    W2SGExperimentStep experiment = (W2SGExperimentStep) flow.findStep("E").getManagedStep();
    assertEquals("1-24", experiment.getWeakText());
    assertEquals("25-120", experiment.getStrongText());
    assertEquals(3, experiment.getRuns());
    assertEquals("naive,refine", experiment.getStrategies());
    assertEquals(2, experiment.getSeed());
    assertEquals("fixed", experiment.getPrincipalRuleText());
    assertEquals(6, experiment.getK());
    // saved again, the flow has the typed properties only
    String saved = JSONFlowUtils.flowToJSON(flow);
    assertFalse(saved.contains("Options\""), saved);
    assertTrue(saved.contains("\"weakText\" : \"1-24\\nname:weakB_.*\""), saved);

    // an options string that cannot be read is reported when data arrive (until the flow is saved again)
    W2SGAnalysisStep unreadable = (W2SGAnalysisStep) JSONFlowUtils.JSONToFlow(json.replace("-top 10",
        "-frobnicate"), false).findStep("A").getManagedStep();
    assertProblem("A, property 'analysis options': the options '-weak 1-24 -weak name:weakB_.* -strong 25-120 -auto"
        + " -ridge 0.5 -frobnicate' of an older flow cannot be read (Unknown option or extra argument: -frobnicate.);"
        + " set the step's properties instead.", () -> unreadable.settings(data()));
  }

  // ---------------------------------------------------------------- helpers

  static Instances data() throws Exception {
    Instances data = DataSource.read(DATA.toString());
    data.setClassIndex(data.numAttributes() - 1);
    return data;
  }

  /** The step after a save and a load of its flow, as a user's .kf file. */
  static Step reloaded(Step step) throws Exception {
    Flow flow = new Flow();
    flow.addStep(new StepManagerImpl(step));
    Flow back = JSONFlowUtils.JSONToFlow(JSONFlowUtils.flowToJSON(flow), false);
    return back.findStep(step.getName()).getManagedStep();
  }

  static void assertProblem(String message, Executable settings) {
    WekaException e = assertThrows(WekaException.class, settings);
    assertEquals(message, e.getMessage());
    assertNull(e.getCause(), "a message for the user, not a stack trace");
  }

  static Range[] ranges(String... selections) {
    Range[] out = new Range[selections.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = new Range(selections[i]);
    }
    return out;
  }

  /**
   * Runs the flow around a step that must fail: the flow initializes, stops, saves nothing, and the
   * log has exactly one error, on one line, with no stack trace.
   *
   * @return the error line
   */
  String failingRun(Step w2sg) throws Exception {
    CollectingLogger log = new CollectingLogger();
    FlowRunner runner = runner(flow(w2sg), log);
    runner.run();
    runner.waitUntilFinished();
    String all = String.join("\n", log.messages);
    assertFalse(all.contains("did not initializeFlow"), all);
    List<String> errors = log.messages.stream().filter(m -> m.contains("ERROR")).collect(Collectors.toList());
    assertEquals(1, errors.size(), all);
    assertFalse(errors.get(0).contains("\n"), "one line, no stack trace: " + errors.get(0));
    assertFalse(all.contains("\tat weka."), all);
    return errors.get(0);
  }

  /** Loader -> ClassAssigner -> step -> TextViewer "Report", Saver (ARFF into dir), ImageViewer "Plots". */
  Flow flow(Step w2sg) throws Exception {
    return flow(w2sg, DATA);
  }

  Flow flow(Step w2sg, Path data) throws Exception {
    Flow flow = new Flow();
    ArffLoader arff = new ArffLoader();
    arff.setFile(data.toFile());
    Loader loader = new Loader();
    loader.setLoader(arff);
    ClassAssigner classAssigner = new ClassAssigner();
    classAssigner.setClassColumn("last");
    ArffSaver arffSaver = new ArffSaver();
    arffSaver.setDir(dir.toString());
    Saver saver = new Saver();
    saver.setSaver(arffSaver);
    saver.setRelationNameForFilename(true);
    TextViewer text = new TextViewer();
    text.setName("Report");
    ImageViewer images = new ImageViewer();
    images.setName("Plots");
    w2sg.setName("W2SG");
    StepManagerImpl l = add(flow, loader);
    StepManagerImpl c = add(flow, classAssigner);
    StepManagerImpl w = add(flow, w2sg);
    assertTrue(l.addOutgoingConnection(StepManager.CON_DATASET, c));
    assertTrue(c.addOutgoingConnection(StepManager.CON_DATASET, w));
    assertTrue(w.addOutgoingConnection(StepManager.CON_TEXT, add(flow, text)));
    assertTrue(w.addOutgoingConnection(StepManager.CON_DATASET, add(flow, saver)));
    assertTrue(w.addOutgoingConnection(StepManager.CON_IMAGE, add(flow, images)));
    // as a user's .kf file: the step's properties must survive the JSON round trip
    return JSONFlowUtils.JSONToFlow(JSONFlowUtils.flowToJSON(flow), false);
  }

  private static StepManagerImpl add(Flow flow, Step step) {
    StepManagerImpl manager = new StepManagerImpl(step);
    flow.addStep(manager);
    return manager;
  }

  private Flow run(Step w2sg) throws Exception {
    return run(w2sg, DATA);
  }

  private Flow run(Step w2sg, Path data) throws Exception {
    Flow flow = flow(w2sg, data);
    CollectingLogger log = new CollectingLogger();
    FlowRunner runner = runner(flow, log);
    runner.run();
    runner.waitUntilFinished();
    assertFalse(runner.wasStopped(), String.join("\n", log.messages));
    for (String m : log.messages) {
      assertFalse(m.contains("ERROR") || m.contains("Exception"), m);
    }
    return flow;
  }

  private static FlowRunner runner(Flow flow, Logger log) {
    FlowRunner runner = new FlowRunner();
    runner.setLogger(log);
    runner.setFlow(flow);
    return runner;
  }

  private Instances savedData() throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".arff")).collect(Collectors.toList());
    }
    assertEquals(1, files.size(), files.toString());
    Instances data = DataSource.read(files.get(0).toString());
    assertNotNull(data);
    return data;
  }

  private static Set<Integer> colours(BufferedImage image) {
    Set<Integer> out = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        out.add(image.getRGB(x, y) & 0xFFFFFF);
      }
    }
    return out;
  }

  static final class CollectingLogger implements Logger {
    final List<String> messages = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void logMessage(String message) {
      messages.add(message);
    }

    @Override
    public void statusMessage(String message) {
    }
  }

}
