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
