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
import java.util.Arrays;
import java.util.List;

import weka.core.Instances;
import weka.core.OptionMetadata;
import weka.core.Range;
import weka.core.SelectedTag;
import weka.core.Tag;
import weka.core.Utils;
import weka.core.WekaException;
import weka.gui.ProgrammaticProperty;
import weka.gui.knowledgeflow.KFGUIConsts;
import weka.knowledgeflow.Data;
import weka.knowledgeflow.StepManager;
import weka.knowledgeflow.steps.KFStep;
import weka.knowledgeflow.steps.NotPersistable;
import weka.w2s.analysis.AnalysisSettings;
import weka.w2s.analysis.Analyzer;
import weka.w2s.analysis.Quantity;
import weka.w2s.analysis.Ranking;
import weka.w2s.charts.W2SGCharts;
import weka.w2s.core.PrincipalSettings;
import weka.w2s.core.Shrinkage;
import weka.w2s.data.BadInputException;
import weka.w2s.options.OptionValues;

/**
 * A KnowledgeFlow step that runs the W2SG analysis (W2SGAnalysis) on each incoming data set and
 * emits the ranking as text (for a TextViewer), as a data set with one instance per (weak, strong)
 * pair (for a DataVisualizer, a TextViewer or a Saver) and as two images, the scores side by side and
 * the spectra of the best pair (for an ImageViewer or an ImageSaver). Its settings are typed
 * properties; it builds {@link AnalysisSettings} from them and calls {@link Analyzer}.
 */
@KFStep(name = "W2SGAnalysis", category = "Evaluation",
    toolTipText = "Ranks weak representations against strong ones by the W2SG analysis",
    iconPath = KFGUIConsts.BASE_ICON_PATH + "DiamondPlain.gif")
public class W2SGAnalysisStep extends DataSetReportStep {

  private static final long serialVersionUID = 1L;

  /** The quantities a ranking can use, by their -rank-by names. */
  public static final Tag[] RANK_BY = rankTags();

  private Range[] strong = new Range[0];
  private double ridge;
  private boolean hard;
  private double weakTrainingSize;
  private int rankBy;
  private int top;
  private boolean skipMissing;
  private boolean useClass = true;
  /** Why the options string of an older flow could not be read, reported when data arrive. */
  private String legacyProblem;

  private static Tag[] rankTags() {
    List<String> choices = Quantity.rankChoices();
    Tag[] tags = new Tag[choices.size()];
    tags[0] = new Tag(0, Quantity.DEFAULT_RANKING, Quantity.DEFAULT_RANKING + " (pred_gap with the class,"
        + " expected_gap without)", false);
    for (int i = 1; i < tags.length; i++) {
      Quantity q = Quantity.forRankName(choices.get(i));
      tags[i] = new Tag(i, q.rankName(), q.rankName() + (q.needsLabels() ? " (needs the class)" : ""), false);
    }
    return tags;
  }

  public String globalInfo() {
    return "Ranks every (weak, strong) pair of representations of the incoming data by the principal-kernel"
        + " W2SG score ||P_s (I - P_w)||_op and its companions (Xue, Li and Mirzasoleiman, ICML 2025), as the"
        + " command-line tool W2SGAnalysis does. Set at least one weak and one strong representation"
        + " (each a Weka range such as 1-24 or name:REGEX such as name:weak_.*); until then the step stops the"
        + " flow with one error line when data arrive. The other properties have the command line's defaults."
        + " The class, when set (ClassAssigner) and 'use the class' is on, adds pred_gap and the error"
        + " estimates. Outputs: text (the report), dataSet (the ranking, one instance per pair, best first)"
        + " and image (the scores side by side, then both spectra of the best pair with k marked). The log"
        + " shows the equivalent command line.";
  }

  // ---------------------------------------------------------------- representations

  @NotPersistable
  @OptionMetadata(displayName = "weak representations",
      description = "The weak representations, each a Weka range or name:REGEX, paired with every strong"
          + " one. For example 1-24, first-10,last or name:weakA_.*",
      displayOrder = 1)
  public Range[] getWeak() {
    return weak.clone();
  }

  public void setWeak(Range[] ranges) {
    weak = listed(ranges);
  }

  @NotPersistable
  @OptionMetadata(displayName = "strong representations",
      description = "The strong representations, each a Weka range or name:REGEX. For example 25-120 or"
          + " name:strong_.*",
      displayOrder = 2)
  public Range[] getStrong() {
    return strong.clone();
  }

  public void setStrong(Range[] ranges) {
    strong = listed(ranges);
  }

  /** The strong representations in a flow file, one a line. */
  @ProgrammaticProperty
  public String getStrongText() {
    return linesOf(strong);
  }

  public void setStrongText(String lines) {
    strong = rangesOf(lines);
  }

  // ---------------------------------------------------------------- principal kernels (k rule in the base)

  @OptionMetadata(displayName = "ridge",
      description = "The ridge beta of the heads, from 0 to 1e100 (default 0).",
      displayOrder = 23)
  public double getRidge() {
    return ridge;
  }

  public void setRidge(double ridge) {
    this.ridge = ridge;
  }

  @OptionMetadata(displayName = "hard",
      description = "Hard principal projections (shrinkage factors 1) instead of soft ones.",
      displayOrder = 24)
  public boolean getHard() {
    return hard;
  }

  public void setHard(boolean hard) {
    this.hard = hard;
  }

  @OptionMetadata(displayName = "weak training size",
      description = "The size m_w of the weak head's training set, for the weak gamma; 0 for the number of"
          + " instances n. Otherwise a whole number from 1 to 1e15.",
      displayOrder = 30)
  public double getWeakTrainingSize() {
    return weakTrainingSize;
  }

  public void setWeakTrainingSize(double size) {
    weakTrainingSize = size;
  }

  // ---------------------------------------------------------------- ranking

  @NotPersistable
  @OptionMetadata(displayName = "rank by",
      description = "The quantity that orders the pairs, best first. The default ranks by pred_gap with the"
          + " class and by expected_gap without it, the best on the suite of real tasks (docs/predictors.md);"
          + " pred_gap, misfit and predicted_error need the class.",
      displayOrder = 31)
  public SelectedTag getRankBy() {
    return new SelectedTag(rankBy, RANK_BY);
  }

  public void setRankBy(SelectedTag quantity) {
    rankBy = tagId(RANK_BY, quantity.getSelectedTag().getIDStr(), "rank by");
  }

  /** The ranking quantity in a flow file, by its -rank-by name. */
  @ProgrammaticProperty
  public String getRankByText() {
    return tagName(RANK_BY, rankBy);
  }

  public void setRankByText(String name) {
    rankBy = tagId(RANK_BY, name, "rank by");
  }

  @OptionMetadata(displayName = "top",
      description = "How many instances with the largest |P_s (I - P_w) y| to list for the best pair; 0 for"
          + " none. Needs the class.",
      displayOrder = 32)
  public int getTop() {
    return top;
  }

  public void setTop(int top) {
    this.top = top;
  }

  @OptionMetadata(displayName = "skip missing",
      description = "Leave out instances with a missing value in a selected attribute (default: stop with an"
          + " error).",
      displayOrder = 33)
  public boolean getSkipMissing() {
    return skipMissing;
  }

  public void setSkipMissing(boolean skip) {
    skipMissing = skip;
  }

  @OptionMetadata(displayName = "use the class",
      description = "Labels from the incoming data's class (set with a ClassAssigner). Adds pred_gap and the"
          + " error estimates, and allows top.",
      displayOrder = 34)
  public boolean getUseClass() {
    return useClass;
  }

  public void setUseClass(boolean useClass) {
    this.useClass = useClass;
  }

  // ---------------------------------------------------------------- flows saved before the typed properties

  /**
   * Older flows stored the settings as W2SGAnalysis's options (without -i); reading such a flow sets
   * the typed properties from them (a -c or -linalg in them is ignored: the step takes the incoming
   * class and the preferred back end). Never written: reads as empty.
   */
  @NotPersistable
  @ProgrammaticProperty
  public String getAnalysisOptions() {
    return "";
  }

  public void setAnalysisOptions(String options) {
    legacyProblem = null;
    if (options == null || options.trim().isEmpty()) {
      return;
    }
    try {
      String[] args = Utils.splitOptions(options);
      Utils.getFlag("json", args);
      Utils.getOption('c', args);
      Utils.getOption("linalg", args);
      String[] withClass = Arrays.copyOf(args, args.length + 2);
      withClass[args.length] = "-c"; // -top and pred_gap need a class; the incoming data's is used
      withClass[args.length + 1] = "last";
      AnalysisSettings s = AnalysisSettings.fromOptions(withClass);
      OptionValues.noneLeft(withClass);
      weak = rangesOf(s.weak());
      strong = rangesOf(s.strong());
      setRule(s.principal().rule());
      ridge = s.principal().ridge();
      hard = s.principal().shrinkage() == Shrinkage.HARD;
      weakTrainingSize = Double.isNaN(s.weakTrainSize(Double.NaN)) ? 0 : s.weakTrainSize(Double.NaN);
      rankBy = tagId(RANK_BY, s.rankByChoice() == null ? Quantity.DEFAULT_RANKING : s.rankByChoice().rankName(),
          "rank by");
      top = s.top();
      skipMissing = s.skipMissing();
    } catch (Exception e) {
      legacyProblem = "the options '" + options + "' of an older flow cannot be read (" + e.getMessage() + "); set"
          + " the step's properties instead.";
    }
  }

  // ---------------------------------------------------------------- running

  @Override
  public void stepInit() throws WekaException {
    // every property has a valid default; what needs the data is checked when they arrive
  }

  @Override
  public void processIncoming(Data data) throws WekaException {
    getStepManager().processing();
    Instances instances = data.getPrimaryPayload();
    reportProblems(() -> report(data, instances));
  }

  private void report(Data data, Instances instances) throws WekaException {
    Ranking result = analyze(instances);
    if (isStopRequested()) {
      getStepManager().interrupted();
      return;
    }
    String title = "W2SG analysis of " + result.dataName();
    Integer set = data.getPayloadElement(StepManager.CON_AUX_DATA_SET_NUM);
    Integer maxSet = data.getPayloadElement(StepManager.CON_AUX_DATA_MAX_SET_NUM);
    if (set != null && maxSet != null && maxSet > 1) {
      title += " (set " + set + " of " + maxSet + ")";
    }
    Data text = titled(StepManager.CON_TEXT, result.table(), title);
    Data ranking = new Data(StepManager.CON_DATASET, result.rankingInstances());
    ranking.setPayloadElement(StepManager.CON_AUX_DATA_SET_NUM, set == null ? 1 : set);
    ranking.setPayloadElement(StepManager.CON_AUX_DATA_MAX_SET_NUM, maxSet == null ? 1 : maxSet);
    Data scores = titled(StepManager.CON_IMAGE, W2SGCharts.image(W2SGCharts.scores(result)), title + ": scores");
    Data spectra = titled(StepManager.CON_IMAGE, W2SGCharts.image(W2SGCharts.spectra(result.pairs().get(0))),
        title + ": spectra of the best pair");
    getStepManager().outputData(text, ranking, scores, spectra);
    getStepManager().finished();
  }

  /**
   * The settings of the properties for these data: the class is the data's when it is set and 'use
   * the class' is on.
   *
   * @throws WekaException one line naming the property to change
   */
  AnalysisSettings settings(Instances instances) throws WekaException {
    if (legacyProblem != null) {
      throw problem("analysis options", legacyProblem);
    }
    List<String> weakSelections = selections(weak);
    List<String> strongSelections = selections(strong);
    if (weakSelections.isEmpty()) {
      throw problem("weak representations", "set at least one weak representation, a Weka range such as 1-24"
          + " or name:REGEX such as name:weak_.*.");
    }
    if (strongSelections.isEmpty()) {
      throw problem("strong representations", "set at least one strong representation, a Weka range such as"
          + " 25-120 or name:REGEX such as name:strong_.*.");
    }
    boolean labels = useClass && instances.classIndex() >= 0;
    Quantity quantity = Quantity.forRankChoice(tagName(RANK_BY, rankBy));
    if (quantity != null && quantity.needsLabels() && !labels) {
      throw problem("rank by", quantity.rankName() + " needs the labels: set the class with a ClassAssigner and"
          + " keep 'use the class' on.");
    }
    if (top < 0) {
      throw problem("top", "a number of instances, 0 for none; got " + top + ".");
    }
    if (top > 0 && !labels) {
      throw problem("top", "listing instances needs the labels: set the class with a ClassAssigner and keep"
          + " 'use the class' on, or set top to 0.");
    }
    PrincipalSettings principal = checked("ridge", () -> PrincipalSettings.defaults().withRidge(ridge))
        .withRule(buildRule()).withShrinkage(hard ? Shrinkage.HARD : Shrinkage.SOFT);
    AnalysisSettings.Builder builder = AnalysisSettings.builder().weak(weakSelections).strong(strongSelections)
        .classSpec(labels ? Integer.toString(instances.classIndex() + 1) : null).principal(principal)
        .weakTrainSize(weakTrainingSize == 0 ? Double.NaN : weakTrainingSize).rankBy(quantity).top(top)
        .skipMissing(skipMissing);
    // the checks above leave the weak training size to the builder
    return checked("weak training size", builder::build);
  }

  /** The analysis of one data set; a problem is one WekaException naming what to change. */
  Ranking analyze(Instances instances) throws WekaException {
    AnalysisSettings settings = settings(instances);
    String name = instances.relationName().isEmpty() ? "the incoming data" : instances.relationName();
    getStepManager().logBasic("Equivalent command line: "
        + commandLine("weka.w2s.W2SGAnalysis", name, settings.toOptions()));
    ByteArrayOutputStream notes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(notes, true, StandardCharsets.UTF_8)) {
      return new Analyzer(settings, getName(), out).rank(instances, name);
    } catch (BadInputException | IllegalArgumentException e) {
      throw new WekaException(getName() + ": " + e.getMessage());
    } finally {
      for (String line : notes.toString(StandardCharsets.UTF_8).split("\\R")) {
        if (!line.isEmpty()) {
          getStepManager().logBasic(line);
        }
      }
    }
  }
}
