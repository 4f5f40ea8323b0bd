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

import weka.core.Instances;
import weka.core.OptionMetadata;
import weka.core.WekaException;
import weka.gui.knowledgeflow.KFGUIConsts;
import weka.knowledgeflow.Data;
import weka.knowledgeflow.StepManager;
import weka.knowledgeflow.steps.KFStep;
import weka.core.Utils;
import weka.w2s.analysis.AnalysisSettings;
import weka.w2s.analysis.Analyzer;
import weka.w2s.analysis.Ranking;
import weka.w2s.charts.W2SGCharts;
import weka.w2s.data.BadInputException;
import weka.w2s.options.OptionValues;
import weka.w2s.options.UsageException;

/**
 * A KnowledgeFlow step that runs the W2SG analysis (W2SGAnalysis) on each incoming data set and
 * emits the ranking as text (for a TextViewer), as a data set with one instance per (weak, strong)
 * pair (for a DataVisualizer, a TextViewer or a Saver) and as two images, the scores side by side and
 * the spectra of the best pair (for an ImageViewer or an ImageSaver).
 */
@KFStep(name = "W2SGAnalysis", category = "Evaluation",
    toolTipText = "Ranks weak representations against strong ones by the W2SG analysis",
    iconPath = KFGUIConsts.BASE_ICON_PATH + "DiamondPlain.gif")
public class W2SGAnalysisStep extends DataSetReportStep {

  private static final long serialVersionUID = 1L;

  private String analysisOptions = "";
  private boolean useClass = true;

  public String globalInfo() {
    return "Ranks every (weak, strong) pair of representations of the incoming data by the principal-kernel"
        + " W2SG score ||P_s (I - P_w)||_op and its companions (Xue, Li and Mirzasoleiman, ICML 2025), as the"
        + " command-line tool weka.w2s.W2SGAnalysis does. Outputs: text (the report), dataSet (the ranking,"
        + " one instance per pair, best first) and image (the scores side by side, then both spectra of the"
        + " best pair with k marked).";
  }

  @OptionMetadata(displayName = "analysis options",
      description = "W2SGAnalysis's options without -i, for example -weak name:weakA_.* -weak 25-48"
          + " -strong name:strong_.* -auto -top 10. Each -weak is a candidate, each -strong a strong"
          + " representation (a Weka range or name:REGEX).",
      displayOrder = 1)
  public void setAnalysisOptions(String options) {
    analysisOptions = options;
  }

  public String getAnalysisOptions() {
    return analysisOptions;
  }

  @OptionMetadata(displayName = "use the class",
      description = "Labels from the incoming data's class (set with a ClassAssigner) unless the options give"
          + " -c: adds pred_gap, the error estimates and allows -top.",
      displayOrder = 2)
  public void setUseClass(boolean useClass) {
    this.useClass = useClass;
  }

  public boolean getUseClass() {
    return useClass;
  }

  @Override
  public void stepInit() throws WekaException {
    if (environmentSubstitute(analysisOptions).trim().isEmpty()) {
      throw new WekaException("Give the analysis options of " + getName() + ", at least one -weak and one -strong"
          + " selection (for example -weak 1-24 -strong 25-120).");
    }
  }

  @Override
  public void processIncoming(Data data) throws WekaException {
    getStepManager().processing();
    Instances instances = data.getPrimaryPayload();
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

  /** The analysis of one data set; a problem is one WekaException with the analysis's message. */
  Ranking analyze(Instances instances) throws WekaException {
    List<String> options = splitOptions(analysisOptions, "analysis");
    if (useClass && instances.classIndex() >= 0 && !options.contains("-c")) {
      options.addAll(List.of("-c", Integer.toString(instances.classIndex() + 1)));
    }
    String name = instances.relationName().isEmpty() ? "the incoming data" : instances.relationName();
    ByteArrayOutputStream notes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(notes, true, StandardCharsets.UTF_8)) {
      String[] args = options.toArray(new String[0]);
      Utils.getFlag("json", args); // the step gives the table and the data set both
      AnalysisSettings settings = AnalysisSettings.fromOptions(args);
      OptionValues.noneLeft(args);
      return new Analyzer(settings, getName(), out).rank(instances, name);
    } catch (UsageException | BadInputException e) {
      throw new WekaException(getName() + ": " + e.getMessage());
    } catch (Exception e) { // Weka's Utils: an option without its value
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
