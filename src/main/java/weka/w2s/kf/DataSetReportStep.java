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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import weka.core.Utils;
import weka.core.WekaException;
import weka.knowledgeflow.Data;
import weka.knowledgeflow.StepManager;
import weka.knowledgeflow.steps.BaseStep;

/**
 * What the package's two steps share: one incoming data set (dataSet, trainingSet or testSet), and
 * a report out as text, a data set and images; options typed as on the command line.
 */
public abstract class DataSetReportStep extends BaseStep {

  private static final long serialVersionUID = 1L;

  @Override
  public List<String> getIncomingConnectionTypes() {
    if (getStepManager().numIncomingConnections() > 0) {
      return new ArrayList<>();
    }
    return Arrays.asList(StepManager.CON_DATASET, StepManager.CON_TRAININGSET, StepManager.CON_TESTSET);
  }

  @Override
  public List<String> getOutgoingConnectionTypes() {
    if (getStepManager().numIncomingConnections() == 0) {
      return new ArrayList<>();
    }
    return Arrays.asList(StepManager.CON_TEXT, StepManager.CON_DATASET, StepManager.CON_IMAGE);
  }

  /** The options text, with environment variables substituted, split as Weka splits a command line. */
  protected List<String> splitOptions(String options, String what) throws WekaException {
    try {
      return new ArrayList<>(Arrays.asList(Utils.splitOptions(environmentSubstitute(options))));
    } catch (Exception e) {
      throw new WekaException("Cannot split the " + what + " options of " + getName() + ": " + e.getMessage());
    }
  }

  /** An output with a title (TextViewer's and ImageViewer's list entry). */
  protected static Data titled(String connection, Object payload, String title) {
    Data data = new Data(connection, payload);
    data.setPayloadElement(StepManager.CON_AUX_DATA_TEXT_TITLE, title);
    return data;
  }
}
