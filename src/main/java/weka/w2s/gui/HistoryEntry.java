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

import java.util.LinkedHashMap;
import java.util.Map;

import org.jfree.chart.JFreeChart;

import weka.w2s.experiment.Experiment;
import weka.w2s.charts.W2SGCharts;

/** One item of the tab's result history: an analysis or an experiment, with its plots. */
final class HistoryEntry {

  final String name;
  final AnalysisResult analysis;
  final Experiment experiment;
  final String commandLine;

  private HistoryEntry(String name, AnalysisResult analysis, Experiment experiment, String commandLine) {
    this.name = name;
    this.analysis = analysis;
    this.experiment = experiment;
    this.commandLine = commandLine;
  }

  static HistoryEntry of(String name, AnalysisResult analysis) {
    return new HistoryEntry(name, analysis, null, analysis.commandLine());
  }

  static HistoryEntry of(String name, Experiment experiment, String commandLine) {
    return new HistoryEntry(name, null, experiment, commandLine);
  }

  String text() {
    String body = analysis != null ? analysis.text() : experiment.table();
    return "Equivalent command line:\n  " + commandLine + "\n\n" + body;
  }

  String json() {
    return analysis != null ? analysis.json() : experiment.json();
  }

  /** The plots by file-name stem: for an analysis the scores and each pair's spectra, else accuracy and PGR. */
  Map<String, JFreeChart> charts() {
    Map<String, JFreeChart> charts = new LinkedHashMap<>();
    if (analysis != null) {
      charts.put("scores", W2SGCharts.scores(analysis.ranking()));
      for (int i = 0; i < analysis.pairs().size(); i++) {
        charts.put("spectra-" + (i + 1), W2SGCharts.spectra(analysis.pairs().get(i)));
      }
    } else {
      charts.put(experiment.regression() ? "mse" : "accuracy", W2SGCharts.experimentMeasure(experiment));
      charts.put("pgr", W2SGCharts.experimentPgr(experiment));
    }
    return charts;
  }
}
