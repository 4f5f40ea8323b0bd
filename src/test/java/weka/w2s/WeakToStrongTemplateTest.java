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

import java.io.File;
import java.io.FileInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import weka.core.Instances;
import weka.core.PluginManager;
import weka.gui.Logger;
import weka.gui.knowledgeflow.TemplateManager;
import weka.knowledgeflow.Flow;
import weka.knowledgeflow.FlowRunner;
import weka.knowledgeflow.JSONFlowLoader;
import weka.knowledgeflow.StepManagerImpl;
import weka.knowledgeflow.steps.TextViewer;

/**
 * The package's KnowledgeFlow template: registered through the package's PluginManager.props the
 * way Weka's package manager registers it, found by the KnowledgeFlow's TemplateManager, and run
 * headless to the end on its bundled data.
 */
class WeakToStrongTemplateTest {

  static final String DESCRIPTION = "Weak-to-strong generalization (weakToStrong)";
  static final String FLOW = "weka/w2s/templates/weakToStrong.kf";
  static final String DATA = "weka/w2s/templates/w2sg-latent-template.arff";
  /** The ROC Area column of Weka's "Weighted Avg." row (the seventh number). */
  static final Pattern WEIGHTED_ROC = Pattern.compile("Weighted Avg\\.\\s+(?:\\S+\\s+){6}(\\S+)");
  static final String[] MODELS = {"Weak model", "Strong model", "W2S refine"};
  private static final Pattern CORRECT =
      Pattern.compile("Correctly Classified Instances\\s+\\d+\\s+([0-9.]+)\\s*%");

  @BeforeAll
  static void registerAsThePackageManagerDoes() throws Exception {
    Properties props = new Properties();
    try (InputStream in = new FileInputStream(new File("src/main/package/PluginManager.props"))) {
      props.load(in);
    }
    // no owning package name: on this flat class path the application class loader sees the jar's
    // resources, as an installed package's own class loader does
    PluginManager.addFromProperties(props, true);
  }

  @Test
  void theTemplateIsListedAmongThePluginTemplates() {
    TemplateManager templates = new TemplateManager();
    assertTrue(templates.getPluginTemplateDescriptions().contains(DESCRIPTION),
        "plugin templates: " + templates.getPluginTemplateDescriptions());
    assertTrue(templates.numBuiltinTemplates() > 0, "Weka's own templates are still there");
  }

  @Test
  void theBundledDataLoadsThroughThePackageLoader() throws Exception {
    PackageArffLoader loader = new PackageArffLoader();
    loader.setSource(new File(DATA)); // not on disk: found as a resource of the package's class loader
    Instances data = loader.getDataSet();
    assertEquals(600, data.numInstances());
    assertEquals(121, data.numAttributes());
    assertEquals("weakB_0", data.attribute(0).name());
    assertEquals("strong_0", data.attribute(24).name());
    assertEquals("class", data.attribute(120).name());
  }

  @Test
  void theFlowRunsHeadlessAndComparesTheFourModels() throws Exception {
    Flow flow = new TemplateManager().getTemplateFlow(DESCRIPTION);
    assertNotNull(flow);
    // the same JSON through the loader FlowRunner's main uses for .kf files
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(FLOW)) {
      Flow direct = Flow.loadFlow(in, new JSONFlowLoader());
      assertEquals(flow.size(), direct.size());
    }

    CollectingLogger log = new CollectingLogger();
    FlowRunner runner = new FlowRunner();
    runner.setLogger(log);
    runner.setFlow(flow);
    runner.run();
    runner.waitUntilFinished();
    assertFalse(runner.wasStopped(), "the flow was stopped: " + log.messages);
    List<String> errors = new ArrayList<>();
    for (String m : log.messages) {
      if (m.contains("ERROR") || m.contains("Exception")) {
        errors.add(m);
      }
    }
    assertTrue(errors.isEmpty(), "errors in the flow's log: " + errors);

    StepManagerImpl viewer = flow.findStep("Comparison");
    Map<String, String> results = ((TextViewer) viewer.getManagedStep()).getResults();
    assertEquals(MODELS.length, results.size(), "one evaluation per model: " + results.keySet());
    Map<String, Double> accuracy = new LinkedHashMap<>();
    for (String model : MODELS) {
      String text = null;
      for (Map.Entry<String, String> e : results.entrySet()) {
        if (e.getKey().contains(model + " : ")) {
          text = e.getValue();
        }
      }
      assertNotNull(text, model + " has no result among " + results.keySet());
      Matcher m = CORRECT.matcher(text);
      assertTrue(m.find(), "no accuracy in the result of " + model + ":\n" + text);
      accuracy.put(model, Double.parseDouble(m.group(1)) / 100);
      Matcher roc = WEIGHTED_ROC.matcher(text);
      System.out.println("KnowledgeFlow template, " + model + ": weighted AUROC " + (roc.find() ? roc.group(1) : "?"));
      assertTrue(text.contains("Total Number of Instances              600"), text);
    }

    System.out.println("KnowledgeFlow template, 10-fold CV accuracy: " + accuracy);
    // the bundled data: weakB sees 7 of the 12 latent factors, the strong view all 12 in 96 columns
    double weak = accuracy.get("Weak model");
    double strong = accuracy.get("Strong model");
    assertTrue(weak > 0.6 && weak < 0.75, "weak accuracy " + accuracy);
    assertTrue(strong > weak + 0.08, "the strong view must clearly beat the weak one: " + accuracy);
    double refine = accuracy.get("W2S refine");
    // weak supervision: well above chance, and never better than the strong model on gold labels
    assertTrue(refine > 0.55 && refine < strong, "W2S refine: " + accuracy);

    // the W2SG steps: the analysis report and the experiment's tables with PGR, and their four plots
    Map<String, String> reports = ((TextViewer) flow.findStep("Reports").getManagedStep()).getResults();
    assertEquals(2, reports.size(), reports.keySet().toString());
    String analysis = null;
    String experiment = null;
    for (Map.Entry<String, String> e : reports.entrySet()) {
      if (e.getKey().contains("W2SG analysis")) {
        analysis = e.getValue();
      } else if (e.getKey().contains("W2SG experiment")) {
        experiment = e.getValue();
      }
    }
    assertNotNull(analysis, reports.keySet().toString());
    assertNotNull(experiment, reports.keySet().toString());
    assertTrue(analysis.contains("Pairs, best first") && analysis.contains("Instances with the largest"), analysis);
    assertTrue(experiment.contains("PGR"), experiment);
    Map<String, java.awt.image.BufferedImage> plots =
        ((weka.knowledgeflow.steps.ImageViewer) flow.findStep("Plots").getManagedStep()).getImages();
    assertEquals(4, plots.size(), plots.keySet().toString());
  }

  @Test
  void everyStepLiesInsideTheCanvasOfA1024By768Window() throws Exception {
    // measured under Xvfb: the KnowledgeFlow at 1024 x 768 shows about 750 x 475 of the canvas;
    // a step's icon and label take about 80 x 80 from its coordinates
    Flow flow = new TemplateManager().getTemplateFlow(DESCRIPTION);
    String json;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(FLOW)) {
      json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    Matcher m = Pattern.compile("\"coordinates\" : \"(\\d+),(\\d+)\"").matcher(json);
    int steps = 0;
    while (m.find()) {
      steps++;
      int x = Integer.parseInt(m.group(1));
      int y = Integer.parseInt(m.group(2));
      assertTrue(x + 80 <= 750 && y + 80 <= 475, "a step at " + x + "," + y + " lies outside a 1024 x 768 window");
    }
    assertEquals(flow.size(), steps, "every step (the notes too) has coordinates");
  }

  /** Keeps the flow's log so that a failing step shows up in the assertion. */
  static final class CollectingLogger implements Logger {
    final List<String> messages = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void logMessage(String message) {
      messages.add(message);
    }

    @Override
    public void statusMessage(String message) {
      // progress only
    }
  }
}
