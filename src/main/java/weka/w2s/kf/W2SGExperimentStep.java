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
import weka.w2s.InstancesExperiment;
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
    InstancesExperiment experiment = run(instances, name);
    if (isStopRequested()) {
      getStepManager().interrupted();
      return;
    }
    String title = "W2SG experiment on " + name;
    Data text = titled(StepManager.CON_TEXT, experiment.text(), title);
    Data table = new Data(StepManager.CON_DATASET, results(experiment, name));
    table.setPayloadElement(StepManager.CON_AUX_DATA_SET_NUM, 1);
    table.setPayloadElement(StepManager.CON_AUX_DATA_MAX_SET_NUM, 1);
    Data accuracy = titled(StepManager.CON_IMAGE, W2SGCharts.image(W2SGCharts.experimentAccuracy(experiment)),
        title + ": accuracy");
    Data pgr = titled(StepManager.CON_IMAGE, W2SGCharts.image(W2SGCharts.experimentPgr(experiment)),
        title + ": PGR");
    getStepManager().outputData(text, table, accuracy, pgr);
    getStepManager().finished();
  }

  private InstancesExperiment run(Instances instances, String name) throws WekaException {
    List<String> options = splitOptions(experimentOptions, "experiment");
    // a stop request ends the protocol at its next progress line (between two models)
    PrintStream lines = new PrintStream(new StopAwareLog(), true, StandardCharsets.UTF_8);
    try {
      return InstancesExperiment.run(instances, name, options, lines);
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

  /** One instance per candidate and strategy: the weak model, each strategy, the ceiling; accuracy and PGR. */
  static Instances results(InstancesExperiment experiment, String name) {
    List<String> candidates = new ArrayList<>();
    List<String> strategies = new ArrayList<>(List.of("weak model"));
    for (InstancesExperiment.Candidate c : experiment.candidates()) {
      candidates.add(c.weak());
    }
    strategies.addAll(experiment.candidates().get(0).accuracy().keySet());
    strategies.add("ceiling (gold)");
    ArrayList<Attribute> attributes = new ArrayList<>();
    attributes.add(new Attribute("weak", candidates));
    attributes.add(new Attribute("strategy", strategies));
    attributes.add(new Attribute("accuracy"));
    attributes.add(new Attribute("pgr"));
    Instances out = new Instances("W2SG experiment on " + name, attributes, 0);
    for (InstancesExperiment.Candidate c : experiment.candidates()) {
      int weak = candidates.indexOf(c.weak());
      // the weak model and the ceiling are the references of PGR, not strategies: no PGR of their own
      out.add(new DenseInstance(1, new double[] {weak, 0, c.weakAccuracy(), Utils.missingValue()}));
      for (Map.Entry<String, Double> e : c.accuracy().entrySet()) {
        double pgr = c.pgr().get(e.getKey());
        out.add(new DenseInstance(1, new double[] {weak, strategies.indexOf(e.getKey()), e.getValue(),
            Double.isNaN(pgr) ? Utils.missingValue() : pgr}));
      }
      out.add(new DenseInstance(1, new double[] {weak, strategies.size() - 1, c.ceilingAccuracy(),
          Utils.missingValue()}));
    }
    return out;
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
