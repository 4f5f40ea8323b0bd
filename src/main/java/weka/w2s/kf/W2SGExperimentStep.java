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

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.OptionMetadata;
import weka.core.Utils;
import weka.core.WekaException;
import weka.gui.knowledgeflow.KFGUIConsts;
import weka.knowledgeflow.Data;
import weka.knowledgeflow.StepManager;
import weka.knowledgeflow.steps.KFStep;
import weka.w2s.experiment.Experiment;
import weka.w2s.experiment.ExperimentSettings;
import weka.w2s.options.OptionValues;
import weka.w2s.charts.W2SGCharts;
import weka.w2s.data.BadInputException;
import weka.w2s.options.UsageException;

/**
 * A KnowledgeFlow step that runs the weak-to-strong protocol (W2SGExperiment) on each incoming data
 * set with a nominal class: for each weak candidate the weak model (WeakToStrong's own teacher, trained
 * on the weak slice), the strong ceiling and WeakToStrong in each strategy, on repeated stratified
 * splits. Emits the tables as text, one instance per candidate and strategy (accuracy, PGR) as a data
 * set, and the accuracy and PGR plots as images.
 */
@KFStep(name = "W2SGExperiment", category = "Evaluation",
    toolTipText = "Weak, ceiling and weak-to-strong accuracy and PGR per strategy (W2SGExperiment)",
    iconPath = KFGUIConsts.BASE_ICON_PATH + "DiamondPlain.gif")
public class W2SGExperimentStep extends DataSetReportStep {

  private static final long serialVersionUID = 1L;

  private String experimentOptions = "";

  public String globalInfo() {
    return "The weak-to-strong protocol of the command-line tool weka.w2s.W2SGExperiment on the incoming"
        + " data (its class must be set and nominal): repeated stratified train/test splits; per weak"
        + " candidate the weak model alone (trained on the weak slice, as WeakToStrong's teacher), the strong"
        + " ceiling (mode gold) and WeakToStrong in each strategy; accuracy and PGR = (W2S - weak) /"
        + " (ceiling - weak) on the test part. Outputs: text (the tables), dataSet (one instance per candidate"
        + " and strategy) and image (accuracy, then PGR).";
  }

  @OptionMetadata(displayName = "experiment options",
      description = "W2SGExperiment's options without -i and -c, for example -weak 1-24 -strong 25-120 -runs 3"
          + " -modes naive,refine. Each -weak is a candidate; -strong is the strong representation.",
      displayOrder = 1)
  public void setExperimentOptions(String options) {
    experimentOptions = options;
  }

  public String getExperimentOptions() {
    return experimentOptions;
  }

  @Override
  public void stepInit() throws WekaException {
    setStepIsResourceIntensive(true);
    if (environmentSubstitute(experimentOptions).trim().isEmpty()) {
      throw new WekaException("Give the experiment options of " + getName() + ", at least one -weak selection"
          + " (for example -weak 1-24 -strong 25-120 -runs 3).");
    }
  }

  @Override
  public void processIncoming(Data data) throws WekaException {
    getStepManager().processing();
    Instances instances = data.getPrimaryPayload();
    String name = instances.relationName().isEmpty() ? "the incoming data" : instances.relationName();
    Experiment experiment = run(instances, name);
    if (isStopRequested()) {
      getStepManager().interrupted();
      return;
    }
    String title = "W2SG experiment on " + name;
    Data text = titled(StepManager.CON_TEXT, experiment.table(), title);
    Data table = new Data(StepManager.CON_DATASET, experiment.resultInstances());
    table.setPayloadElement(StepManager.CON_AUX_DATA_SET_NUM, 1);
    table.setPayloadElement(StepManager.CON_AUX_DATA_MAX_SET_NUM, 1);
    Data accuracy = titled(StepManager.CON_IMAGE, W2SGCharts.image(W2SGCharts.experimentAccuracy(experiment)),
        title + ": accuracy");
    Data pgr = titled(StepManager.CON_IMAGE, W2SGCharts.image(W2SGCharts.experimentPgr(experiment)),
        title + ": PGR");
    getStepManager().outputData(text, table, accuracy, pgr);
    getStepManager().finished();
  }

  private Experiment run(Instances instances, String name) throws WekaException {
    List<String> options = splitOptions(experimentOptions, "experiment");
    if (instances.classIndex() < 0) {
      throw new WekaException(getName() + ": the experiment needs a class: set one with a ClassAssigner.");
    }
    // a stop request ends the protocol at its next progress line (between two models)
    PrintStream lines = new PrintStream(new StopAwareLog(), true, StandardCharsets.UTF_8);
    try {
      String[] args = options.toArray(new String[0]);
      Utils.getFlag("json", args); // the step gives the tables and the data set both
      ExperimentSettings settings = ExperimentSettings.fromOptions(args);
      OptionValues.noneLeft(args);
      settings.setClass(Integer.toString(instances.classIndex() + 1)); // the incoming data's class
      Experiment experiment = new Experiment(settings, settings.withClass(new Instances(instances)), name, lines);
      experiment.run();
      return experiment;
    } catch (StopRequested e) {
      return null;
    } catch (IllegalArgumentException | UsageException
        | BadInputException e) {
      // messages written for the user: no exception class in front of them
      throw new WekaException(getName() + ": " + e.getMessage());
    } catch (Exception e) {
      throw new WekaException(getName() + ": " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    } finally {
      lines.close();
    }
  }

  private static final class StopRequested extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  /** Passes the protocol's progress lines to the flow's log; throws at a line once a stop is requested. */
  private final class StopAwareLog extends java.io.OutputStream {
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    @Override
    public void write(int b) {
      if (isStopRequested()) {
        throw new StopRequested();
      }
      if (b == '\n') {
        getStepManager().statusMessage(line.toString(StandardCharsets.UTF_8));
        getStepManager().logDetailed(line.toString(StandardCharsets.UTF_8));
        line.reset();
      } else if (b != '\r') {
        line.write(b);
      }
    }
  }
}
