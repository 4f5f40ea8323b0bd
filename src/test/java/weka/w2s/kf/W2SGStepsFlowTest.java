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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
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
import org.junit.jupiter.api.io.TempDir;

import weka.core.Instance;
import weka.core.Instances;
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
import weka.w2s.analysis.Quantity;

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
    step.setAnalysisOptions(WEAK + " " + STRONG + " -auto -top 5");
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

  @Test
  void theExperimentStepEmitsAccuracyAndPgrAsTheCommandLineComputesThem() throws Exception {
    W2SGExperimentStep step = new W2SGExperimentStep();
    String options = "-weak name:weakA_.* -weak name:weakD_.* " + STRONG + " -runs 2 -modes naive,refine";
    step.setExperimentOptions(options);
    Flow flow = run(step);
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
  void aWrongOptionStopsTheFlowWithTheCommandLinesMessage() throws Exception {
    W2SGAnalysisStep step = new W2SGAnalysisStep();
    step.setAnalysisOptions("-weak 1-24 -strong 97-193");
    CollectingLogger log = new CollectingLogger();
    FlowRunner runner = runner(flow(step), log);
    runner.run();
    runner.waitUntilFinished();
    String all = String.join("\n", log.messages);
    assertTrue(all.contains("contains the class attribute 'class'"), all);
    assertFalse(Files.list(dir).anyMatch(p -> p.toString().endsWith(".arff")), "nothing saved");
  }

  // ---------------------------------------------------------------- helpers

  /** Loader -> ClassAssigner -> step -> TextViewer "Report", Saver (ARFF into dir), ImageViewer "Plots". */
  Flow flow(Step w2sg) throws Exception {
    Flow flow = new Flow();
    ArffLoader arff = new ArffLoader();
    arff.setFile(DATA.toFile());
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
    Flow flow = flow(w2sg);
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
