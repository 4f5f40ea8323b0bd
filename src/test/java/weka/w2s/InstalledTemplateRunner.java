package weka.w2s;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import weka.core.WekaPackageManager;
import weka.gui.knowledgeflow.TemplateManager;
import weka.knowledgeflow.Flow;
import weka.knowledgeflow.FlowRunner;
import weka.knowledgeflow.steps.TextViewer;

/**
 * Runs in a separate JVM whose class path holds Weka only (TemplatePackageIT): loads the installed
 * packages of $WEKA_HOME, then opens and runs a plugin template the way the KnowledgeFlow's
 * Templates menu finds it. Refers to Weka classes only, so that everything of weakToStrong comes
 * through the package's own class loader. Prints "plugin-templates: [...]", one "result: <title> |
 * <text>" line per TextViewer result, and "stopped: true|false"; any failure exits non-zero.
 */
public final class InstalledTemplateRunner {

  private InstalledTemplateRunner() {
  }

  public static void main(String[] args) throws Exception {
    WekaPackageManager.loadPackages(false, true, false);
    TemplateManager templates = new TemplateManager();
    System.out.println("plugin-templates: " + templates.getPluginTemplateDescriptions());
    Flow flow = templates.getTemplateFlow(args[0]);
    List<String> log = Collections.synchronizedList(new ArrayList<>());
    FlowRunner runner = new FlowRunner();
    runner.setLogger(new weka.gui.Logger() {
      @Override
      public void logMessage(String message) {
        log.add(message);
      }

      @Override
      public void statusMessage(String message) {
        // progress only
      }
    });
    runner.setFlow(flow);
    runner.run();
    runner.waitUntilFinished();
    for (String m : log) {
      if (m.contains("ERROR")) {
        System.out.println("log: " + m.replace('\n', ' '));
      }
    }
    Map<String, String> results = ((TextViewer) flow.findStep(args[1]).getManagedStep()).getResults();
    for (Map.Entry<String, String> e : results.entrySet()) {
      System.out.println("result: " + e.getKey() + " | " + e.getValue().replace('\n', ' '));
    }
    System.out.println("stopped: " + runner.wasStopped());
    System.exit(0); // the flow's executor threads are not daemons
  }
}
