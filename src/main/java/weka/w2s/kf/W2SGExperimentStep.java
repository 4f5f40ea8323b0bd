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
import java.util.List;

import weka.classifiers.Classifier;
import weka.classifiers.functions.RidgeProbe;
import weka.core.Instances;
import weka.core.OptionMetadata;
import weka.core.Range;
import weka.core.Utils;
import weka.core.WekaException;
import weka.gui.ProgrammaticProperty;
import weka.gui.knowledgeflow.KFGUIConsts;
import weka.knowledgeflow.Data;
import weka.knowledgeflow.StepManager;
import weka.knowledgeflow.steps.KFStep;
import weka.knowledgeflow.steps.NotPersistable;
import weka.w2s.charts.W2SGCharts;
import weka.w2s.core.PrincipalSettings;
import weka.w2s.data.BadInputException;
import weka.w2s.experiment.Experiment;
import weka.w2s.experiment.ExperimentSettings;
import weka.w2s.options.OptionValues;

/**
 * A KnowledgeFlow step that runs the weak-to-strong protocol (W2SGExperiment) on each incoming data
 * set with a nominal or numeric class: for each weak candidate the weak model (WeakToStrong's own
 * teacher, trained on the weak slice), the strong ceiling and WeakToStrong in each strategy, on repeated
 * splits (stratified for a nominal class). Emits the tables as text, one instance per candidate and
 * strategy (accuracy or mean squared error, PGR) as a data set, and the measure and PGR plots as images. Its settings are typed properties; it fills
 * {@link ExperimentSettings} through its setters and runs {@link Experiment}.
 */
@KFStep(name = "W2SGExperiment", category = "Evaluation",
    toolTipText = "Weak, ceiling and weak-to-strong accuracy and PGR per strategy (W2SGExperiment)",
    iconPath = KFGUIConsts.BASE_ICON_PATH + "DiamondPlain.gif")
public class W2SGExperimentStep extends DataSetReportStep {

  private static final long serialVersionUID = 1L;

  private Range strong = new Range(ExperimentSettings.ALL_ATTRIBUTES);
  private int runs = 5;
  private double testFraction = 0.3;
  private double weakFraction = 0.5;
  private String strategies = String.join(",", ExperimentSettings.DEFAULT_MODES);
  private int seed = 1;
  private Classifier weakClassifier = new RidgeProbe();
  private Classifier strongClassifier = new RidgeProbe();
  /** Why the options string of an older flow could not be read, reported when data arrive. */
  private String legacyProblem;

  public String globalInfo() {
    return "The weak-to-strong protocol of the command-line tool W2SGExperiment on the incoming data: its"
        + " class must be set, with a ClassAssigner, and nominal (classification) or numeric (regression)."
        + " Repeated train/test splits (stratified for a nominal class); per weak candidate the weak model alone"
        + " (trained on the weak slice, as WeakToStrong's teacher), the strong ceiling (mode gold) and"
        + " WeakToStrong in each strategy; accuracy (or mean squared error) and PGR = (W2S - weak) / (ceiling"
        + " - weak) on the test part (on MSE: (MSE_weak - MSE_W2S) / (MSE_weak - MSE_ceiling)). Set at least one weak candidate (a Weka range"
        + " such as 1-24 or name:REGEX such as name:weak_.*); until then the step stops the flow with one error"
        + " line when data arrive. The other properties have the command line's defaults (the strong"
        + " representation: every attribute but the class). Outputs: text (the tables), dataSet (one instance"
        + " per candidate and strategy) and image (accuracy, then PGR). The log shows the equivalent command"
        + " line.";
  }

  @NotPersistable
  @OptionMetadata(displayName = "weak candidates",
      description = "The weak candidates, each a Weka range or name:REGEX, each compared with the strong"
          + " representation. For example 1-24 or name:weakA_.*",
      displayOrder = 1)
  public Range[] getWeak() {
    return weak.clone();
  }

  public void setWeak(Range[] ranges) {
    weak = listed(ranges);
  }

  @NotPersistable
  @OptionMetadata(displayName = "strong representation",
      description = "The strong model's attributes, a Weka range or name:REGEX. The default first-last is every"
          + " attribute but the class.",
      displayOrder = 2)
  public Range getStrong() {
    return new Range(strong.getRanges());
  }

  public void setStrong(Range range) {
    strong = new Range(range.getRanges());
  }

  /** The strong representation in a flow file. */
  @ProgrammaticProperty
  public String getStrongText() {
    return strong.getRanges();
  }

  public void setStrongText(String selection) {
    strong = new Range(selection.trim().isEmpty() ? ExperimentSettings.ALL_ATTRIBUTES : selection.trim());
  }

  @OptionMetadata(displayName = "runs",
      description = "The number of repeated train/test splits (stratified for a nominal class), at least 1"
          + " (default 5).",
      displayOrder = 3)
  public int getRuns() {
    return runs;
  }

  public void setRuns(int runs) {
    this.runs = runs;
  }

  @OptionMetadata(displayName = "test fraction",
      description = "The fraction of the labelled data held out for testing in each run, strictly between 0"
          + " and 1. The default is 0.3.",
      displayOrder = 4)
  public double getTestFraction() {
    return testFraction;
  }

  public void setTestFraction(double fraction) {
    testFraction = fraction;
  }

  @OptionMetadata(displayName = "weak fraction",
      description = "The fraction of each training part that trains the weak model, strictly between 0 and"
          + " 1. The rest is the pool the weak model labels; the default is 0.5.",
      displayOrder = 5)
  public double getWeakFraction() {
    return weakFraction;
  }

  public void setWeakFraction(double fraction) {
    weakFraction = fraction;
  }

  @OptionMetadata(displayName = "strategies",
      description = "The strategies to run, comma-separated: naive, confidence, refine, kernel, filter, rounds"
          + " or auto. The ceiling (gold) always runs.",
      displayOrder = 6)
  public String getStrategies() {
    return strategies;
  }

  public void setStrategies(String list) {
    strategies = list;
  }

  @OptionMetadata(displayName = "seed",
      description = "The random seed of the splits and of WeakToStrong (default 1).",
      displayOrder = 7)
  public int getSeed() {
    return seed;
  }

  public void setSeed(int seed) {
    this.seed = seed;
  }

  @OptionMetadata(displayName = "weak classifier",
      description = "The weak model's learner, trained on the weak slice of the weak candidate's attributes"
          + " (default RidgeProbe).",
      displayOrder = 8)
  public Classifier getWeakClassifier() {
    return weakClassifier;
  }

  public void setWeakClassifier(Classifier classifier) {
    weakClassifier = classifier;
  }

  @OptionMetadata(displayName = "strong classifier",
      description = "The strong learner of the ceiling and of every strategy, on the strong representation"
          + " (default RidgeProbe).",
      displayOrder = 9)
  public Classifier getStrongClassifier() {
    return strongClassifier;
  }

  public void setStrongClassifier(Classifier classifier) {
    strongClassifier = classifier;
  }

  // ---------------------------------------------------------------- flows saved before the typed properties

  /**
   * Older flows stored the settings as W2SGExperiment's options (without -i); reading such a flow
   * sets the typed properties from them (a -c in them is ignored: the step takes the incoming class,
   * and so are -ridge and -hard, which the step does not show). Never written: reads as empty.
   */
  @NotPersistable
  @ProgrammaticProperty
  public String getExperimentOptions() {
    return "";
  }

  public void setExperimentOptions(String options) {
    legacyProblem = null;
    if (options == null || options.trim().isEmpty()) {
      return;
    }
    try {
      String[] args = Utils.splitOptions(options);
      Utils.getFlag("json", args);
      ExperimentSettings s = ExperimentSettings.fromOptions(args);
      OptionValues.noneLeft(args);
      weak = rangesOf(s.weak());
      strong = new Range(s.strong());
      runs = s.runs();
      testFraction = s.testFraction();
      weakFraction = s.weakFraction();
      strategies = String.join(",", s.modes());
      seed = s.seed();
      weakClassifier = s.weakClassifier();
      strongClassifier = s.strongClassifier();
      setRule(s.principal().rule());
    } catch (Exception e) {
      legacyProblem = "the options '" + options + "' of an older flow cannot be read (" + e.getMessage() + "); set"
          + " the step's properties instead.";
    }
  }

  // ---------------------------------------------------------------- running

  @Override
  public void stepInit() throws WekaException {
    setStepIsResourceIntensive(true);
    // every property has a valid default; what needs the data is checked when they arrive
  }

  /**
   * The settings of the properties, with the class of the incoming data.
   *
   * @throws WekaException one line naming the property to change
   */
  ExperimentSettings settings(Instances instances) throws WekaException {
    if (legacyProblem != null) {
      throw problem("experiment options", legacyProblem);
    }
    if (instances.classIndex() < 0) {
      throw new WekaException(getName() + ": the experiment needs a class: set one with a ClassAssigner.");
    }
    List<String> candidates = selections(weak);
    if (candidates.isEmpty()) {
      throw problem("weak candidates", "set at least one weak candidate, a Weka range such as 1-24 or"
          + " name:REGEX such as name:weak_.*.");
    }
    ExperimentSettings s = new ExperimentSettings().setClass(Integer.toString(instances.classIndex() + 1))
        .setWeak(candidates).setStrong(strong.getRanges()).setSeed(seed);
    checked("runs", () -> s.setRuns(runs));
    checked("test fraction", () -> s.setTestFraction(testFraction));
    checked("weak fraction", () -> s.setWeakFraction(weakFraction));
    if (strategies.trim().isEmpty()) {
      throw problem("strategies", "name at least one strategy, e.g. naive,auto.");
    }
    checked("strategies", () -> s.setModes(strategies));
    checked("weak classifier", () -> s.setWeakClassifier(weakClassifier));
    checked("strong classifier", () -> s.setStrongClassifier(strongClassifier));
    s.setPrincipal(PrincipalSettings.defaults().withRule(buildRule()));
    return s;
  }

  @Override
  public void processIncoming(Data data) throws WekaException {
    getStepManager().processing();
    Instances instances = data.getPrimaryPayload();
    reportProblems(() -> report(instances));
  }

  private void report(Instances instances) throws WekaException {
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
    Data accuracy = titled(StepManager.CON_IMAGE, W2SGCharts.image(W2SGCharts.experimentMeasure(experiment)),
        title + (experiment.regression() ? ": mean squared error" : ": accuracy"));
    Data pgr = titled(StepManager.CON_IMAGE, W2SGCharts.image(W2SGCharts.experimentPgr(experiment)),
        title + ": PGR");
    getStepManager().outputData(text, table, accuracy, pgr);
    getStepManager().finished();
  }

  private Experiment run(Instances instances, String name) throws WekaException {
    ExperimentSettings settings = settings(instances);
    getStepManager().logBasic("Equivalent command line: "
        + commandLine("weka.w2s.W2SGExperiment", name, settings.toOptions()));
    // a stop request ends the protocol at its next progress line (between two models)
    PrintStream lines = new PrintStream(new StopAwareLog(), true, StandardCharsets.UTF_8);
    try {
      Experiment experiment = new Experiment(settings, settings.withClass(new Instances(instances)), name, lines);
      experiment.run();
      return experiment;
    } catch (StopRequested e) {
      return null;
    } catch (IllegalArgumentException | BadInputException e) {
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
