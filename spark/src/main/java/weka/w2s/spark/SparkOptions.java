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

package weka.w2s.spark;

import weka.core.Utils;
import weka.w2s.analysis.AnalysisSettings;
import weka.w2s.options.OptionValues;
import weka.w2s.options.UsageException;

/**
 * The Spark tool's command line: -i, -json, -weight, -h and the analysis settings of W2SGAnalysis
 * (the Spark-only -format and -master are taken out before).
 */
final class SparkOptions implements SparkTool.Options {

  final boolean help;
  final String input;
  final boolean json;
  /** The column of the instance weights (frequencies), or "" for none. */
  final String weight;
  final AnalysisSettings settings;

  private SparkOptions(boolean help, String input, boolean json, String weight, AnalysisSettings settings) {
    this.help = help;
    this.input = input;
    this.json = json;
    this.weight = weight;
    this.settings = settings;
  }

  @Override
  public boolean help() {
    return help;
  }

  @Override
  public String input() {
    return input;
  }

  static SparkOptions parse(String[] argv) throws UsageException {
    String[] args = argv.clone(); // Weka's Utils blanks the options it consumes
    try {
      if (Utils.getFlag('h', args) || Utils.getFlag("help", args)) {
        return new SparkOptions(true, "", false, "", null);
      }
      String input = Utils.getOption('i', args);
      boolean json = Utils.getFlag("json", args);
      String weight = Utils.getOption("weight", args);
      AnalysisSettings settings = AnalysisSettings.fromOptions(args);
      OptionValues.noneLeft(args);
      if (input.isEmpty()) {
        throw new UsageException("Give the data file with -i <file>.");
      }
      if (settings.linearAlgebra() != null) {
        throw new UsageException("-linalg is not available on Spark: the executors fold with Java (EJML).");
      }
      return new SparkOptions(false, input, json, weight, settings);
    } catch (UsageException e) {
      throw e;
    } catch (Exception e) { // Weka's Utils: an option without its value
      throw new UsageException(e.getMessage());
    }
  }

  /** The help lines of the analysis options, without -linalg (Spark folds with Java). */
  static String analysisOptionLines() {
    return AnalysisSettings.OPTIONS_HELP.replaceAll("(?m)^  -linalg .*\n(^   {20,}.*(\n|$))*", "").replaceAll("\n$", "");
  }
}
