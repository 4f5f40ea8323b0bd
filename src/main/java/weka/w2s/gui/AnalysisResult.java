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

package weka.w2s.gui;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.w2s.InstancesAnalysis;
import weka.w2s.InstancesAnalysis.RankedPair;
import weka.w2s.InstancesAnalysis.TopInstance;
import weka.w2s.core.PairAnalysis;

/**
 * The outcome of one analysis run on a data set: the ranking, the spectra, the report in text and
 * JSON, and the top instances; computed by W2SGAnalysis (through {@link InstancesAnalysis}) and
 * shaped here for the tab, the KnowledgeFlow step and the charts. Needs no display.
 */
public final class AnalysisResult {

  /** The name of the attribute added to the top instances: the norm of their contribution. */
  public static final String CONTRIBUTION_ATTRIBUTE = "w2sg_contribution";
  /** The name of the attribute added to the top instances: their 1-based row in the data. */
  public static final String ROW_ATTRIBUTE = "w2sg_row";

  private final String dataName;
  private final String commandLine;
  private final Instances data;
  private final InstancesAnalysis analysis;

  private AnalysisResult(String dataName, String commandLine, Instances data, InstancesAnalysis analysis) {
    this.dataName = dataName;
    this.commandLine = commandLine;
    this.data = data;
    this.analysis = analysis;
  }

  /**
   * Runs the analysis of {@code request} on {@code data} (its class, if set, gives the labels).
   *
   * @param notes W2SGAnalysis's notes (a clamped k, skipped instances)
   * @throws IllegalArgumentException with W2SGAnalysis's message when an input does not fit
   */
  public static AnalysisResult compute(Instances data, AnalysisRequest request, PrintStream notes) {
    String name = data.relationName().isEmpty() ? "the current data" : data.relationName();
    List<String> options = request.options(data.classIndex());
    InstancesAnalysis analysis = InstancesAnalysis.run(data, name, options, notes);
    return of(name, data, analysis, request.commandLine("<file of " + name + ">", data.classIndex()));
  }

  /** Wraps an analysis of {@code data} made with W2SGAnalysis's options directly (the KnowledgeFlow step). */
  public static AnalysisResult of(String dataName, Instances data, InstancesAnalysis analysis, String commandLine) {
    return new AnalysisResult(dataName, commandLine, data, analysis);
  }

  public String dataName() {
    return dataName;
  }

  /** The equivalent W2SGAnalysis command line. */
  public String commandLine() {
    return commandLine;
  }

  /** W2SGAnalysis's table. */
  public String text() {
    return analysis.table();
  }

  /** W2SGAnalysis -json. */
  public String json() {
    return analysis.json();
  }

  public long n() {
    return analysis.n();
  }

  /** Best first. */
  public List<RankedPair> pairs() {
    return analysis.pairs();
  }

  public boolean hasLabels() {
    return analysis.pairs().get(0).analysis().hasLabels();
  }

  public List<RankingColumn> columns() {
    return RankingColumn.present(hasLabels());
  }

  /** Largest first; empty without labels or with top = 0. */
  public List<TopInstance> top() {
    return analysis.top();
  }

  /** A short label of a pair: the weak selection, with the strong one when several strong were given. */
  public String label(RankedPair pair) {
    return strongSelections().size() > 1 ? pair.weak() + " -> " + pair.strong() : pair.weak();
  }

  private List<String> strongSelections() {
    LinkedHashSet<String> strong = new LinkedHashSet<>();
    for (RankedPair p : pairs()) {
      strong.add(p.strong());
    }
    return new ArrayList<>(strong);
  }

  /**
   * The ranking as a data set, one instance per (weak, strong) pair, best first: position, weak,
   * strong (nominal, values in ranking order) and the numeric columns of W2SGAnalysis's table.
   */
  public Instances rankingInstances() {
    LinkedHashSet<String> weakValues = new LinkedHashSet<>();
    LinkedHashSet<String> strongValues = new LinkedHashSet<>();
    for (RankedPair p : pairs()) {
      weakValues.add(p.weak());
      strongValues.add(p.strong());
    }
    ArrayList<Attribute> attributes = new ArrayList<>();
    attributes.add(new Attribute("position"));
    attributes.add(new Attribute("weak", new ArrayList<>(weakValues)));
    attributes.add(new Attribute("strong", new ArrayList<>(strongValues)));
    for (RankingColumn c : columns()) {
      attributes.add(new Attribute(c.key()));
    }
    Instances out = new Instances("W2SG ranking of " + dataName, attributes, pairs().size());
    int position = 1;
    for (RankedPair p : pairs()) {
      double[] v = new double[attributes.size()];
      v[0] = position++;
      v[1] = out.attribute(1).indexOfValue(p.weak());
      v[2] = out.attribute(2).indexOfValue(p.strong());
      int j = 3;
      PairAnalysis a = p.analysis();
      for (RankingColumn c : columns()) {
        v[j++] = c.value(a);
      }
      out.add(new DenseInstance(1, v));
    }
    return out;
  }

  /**
   * The top instances (largest |P_s (I - P_w) y| for the best pair) as a data set: the instances
   * themselves, largest first, with their row and the norm of their contribution appended.
   */
  public Instances topInstances() {
    Instances out = new Instances(data, top().size());
    out.setRelationName("W2SG top contributions of " + dataName + " (" + pairs().get(0).weak() + " -> "
        + pairs().get(0).strong() + ")");
    int classIndex = out.classIndex();
    out.setClassIndex(-1);
    out.insertAttributeAt(new Attribute(ROW_ATTRIBUTE), out.numAttributes());
    out.insertAttributeAt(new Attribute(CONTRIBUTION_ATTRIBUTE), out.numAttributes());
    for (TopInstance t : top()) {
      Instance original = data.instance((int) t.row() - 1);
      double[] v = new double[out.numAttributes()];
      double[] values = original.toDoubleArray();
      System.arraycopy(values, 0, v, 0, values.length);
      v[values.length] = t.row();
      v[values.length + 1] = t.magnitude();
      Instance copy = new DenseInstance(original.weight(), v);
      copy.setDataset(out);
      // string and relational values are indices into the original header
      for (int a = 0; a < data.numAttributes(); a++) {
        if (original.isMissing(a)) {
          copy.setMissing(a);
        } else if (data.attribute(a).isString()) {
          copy.setValue(a, original.stringValue(a));
        }
      }
      out.add(copy);
    }
    out.setClassIndex(classIndex);
    return out;
  }
}
