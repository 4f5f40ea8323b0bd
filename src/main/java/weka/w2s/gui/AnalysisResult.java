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
import java.util.List;

import weka.core.Instances;
import weka.w2s.analysis.AnalysisSettings;
import weka.w2s.analysis.Analyzer;
import weka.w2s.analysis.Quantity;
import weka.w2s.analysis.Ranking;
import weka.w2s.data.BadInputException;

/**
 * One analysis as the tab's history keeps it: the {@link Ranking}, the data it was computed from
 * (for the top instances) and the equivalent command line.
 */
public final class AnalysisResult {

  private final String commandLine;
  private final Instances data;
  private final Ranking ranking;

  private AnalysisResult(String commandLine, Instances data, Ranking ranking) {
    this.commandLine = commandLine;
    this.data = data;
    this.ranking = ranking;
  }

  /**
   * Analyzes the data with the request's settings.
   *
   * @param notes receives the analysis's notes (a clamped k, skipped instances)
   * @throws IllegalArgumentException with the message to show when the request or the data do not fit
   */
  public static AnalysisResult compute(Instances data, AnalysisRequest request, PrintStream notes) {
    String name = data.relationName().isEmpty() ? "the current data" : data.relationName();
    AnalysisSettings settings = request.settings(data.classIndex());
    try {
      Ranking ranking = new Analyzer(settings, "W2SGAnalysis", notes).rank(data, name);
      return new AnalysisResult(request.commandLine("<file of " + name + ">", data.classIndex()), data, ranking);
    } catch (BadInputException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  public Ranking ranking() {
    return ranking;
  }

  public String dataName() {
    return ranking.dataName();
  }

  /** The same analysis on the command line. */
  public String commandLine() {
    return commandLine;
  }

  /** The report as W2SGAnalysis prints it. */
  public String text() {
    return ranking.table();
  }

  public String json() {
    return ranking.json();
  }

  public long n() {
    return ranking.n();
  }

  /** Best first. */
  public List<Ranking.Pair> pairs() {
    return ranking.pairs();
  }

  public boolean hasLabels() {
    return ranking.hasLabels();
  }

  /** The numeric columns of this ranking, in table order. */
  public List<Quantity> columns() {
    return Quantity.present(hasLabels());
  }

  /** Largest first; empty unless top instances were asked for. */
  public List<Ranking.Contribution> top() {
    return ranking.top();
  }

  /** A pair's name in charts and lists ({@link Ranking#label}). */
  public String label(Ranking.Pair pair) {
    return ranking.label(pair);
  }

  /** The ranking as a data set ({@link Ranking#rankingInstances}). */
  public Instances rankingInstances() {
    return ranking.rankingInstances();
  }

  /** The top instances as a data set ({@link Ranking#topInstances}). */
  public Instances topInstances() {
    return ranking.topInstances(data);
  }
}
