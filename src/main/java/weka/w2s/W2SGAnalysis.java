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

package weka.w2s;

import java.io.PrintStream;

import weka.core.CommandlineRunnable;
import weka.core.Utils;
import weka.w2s.analysis.AnalysisSettings;
import weka.w2s.analysis.Analyzer;
import weka.w2s.analysis.Ranking;
import weka.w2s.data.BadInputException;
import weka.w2s.options.OptionValues;
import weka.w2s.options.UsageException;

/**
 * Ranks the (weak, strong) representation pairs of a data set by the principal-kernel W2SG score
 * ||P_s (I - P_w)||_op and its companions (W2SG-MATH.md sections 2-4), from the command line:
 *
 * <pre>
 * java weka.Run weka.w2s.W2SGAnalysis -i data.arff.gz -weak 1-24 -weak 25-48 -strong 97-192 -c last
 * </pre>
 *
 * The data are streamed once through Weka's loader into mergeable joint statistics (a second pass
 * only for -top), so memory depends on the number of columns, not of instances. Each representation
 * is decomposed once and reused across pairs. Standard output is written only after the whole
 * analysis succeeded; a problem ends with one message on stderr and a non-zero exit code.
 */
public class W2SGAnalysis implements CommandlineRunnable, CommandLine.Tool<W2SGAnalysis.Options> {

  static final int EXIT_OK = CommandLine.EXIT_OK;
  static final int EXIT_BAD_INPUT = CommandLine.EXIT_BAD_INPUT;
  static final int EXIT_USAGE = CommandLine.EXIT_USAGE;
  static final int EXIT_INTERNAL = CommandLine.EXIT_INTERNAL;

  static final String NAME = "W2SGAnalysis";

  public static void main(String[] args) {
    CommandLine.quietWekaStartup();
    System.exit(run(args, System.out, System.err));
  }

  /** Entry point of {@code weka.Run}; an error still ends the JVM with its exit code. */
  @Override
  public void run(Object toRun, String[] options) {
    CommandLine.quietWekaStartup();
    CommandLine.exitOnFailure(run(options, System.out, System.err));
  }

  @Override
  public void preExecution() {
  }

  @Override
  public void postExecution() {
  }

  /**
   * Runs the analysis.
   *
   * @return the exit code: 0 success, 1 bad input, 2 usage error, 3 internal error
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    return CommandLine.run(new W2SGAnalysis(), args, out, err);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Options parse(String[] args) throws Exception {
    return Options.parse(args);
  }

  @Override
  public String execute(Options options, PrintStream err) throws Exception {
    return analyze(options, err);
  }

  @Override
  public String usage() {
    return usageText();
  }

  static String usageText() {
    return String.join("\n",
        "Usage: java weka.Run weka.w2s.W2SGAnalysis -i <data file> -weak <range> [-weak <range> ...]",
        "         -strong <range> [-strong <range> ...] [options]",
        "",
        "Ranks every (weak, strong) pair of representations by the principal-kernel W2SG score",
        "||P_s (I - P_w)||_op (Xue, Li and Mirzasoleiman, ICML 2025): smaller predicts better",
        "weak-to-strong generalization.",
        "",
        "Options:",
        "  -i <file>               data in any format Weka reads (.arff, .arff.gz, .csv, ...), streamed",
        AnalysisSettings.OPTIONS_HELP,
        "  -json                   one JSON object per pair and line instead of the table",
        "  -h, -help               print this help",
        "",
        "Exit codes: 0 success, 1 the data or the ranges do not fit, 2 the command line is wrong.",
        "");
  }

  /** Reads, decomposes, analyzes and formats; returns the whole report. */
  private static String analyze(Options o, PrintStream err) throws BadInputException {
    Ranking ranking = new Analyzer(o.settings, NAME, err).rankFile(o.input);
    return o.json ? ranking.json() : ranking.table();
  }

  /** The parsed command line: the data file, the output form and the analysis settings. */
  static final class Options {
    String input;
    boolean json;
    AnalysisSettings settings;

    static Options parse(String[] args) throws Exception {
      Options o = new Options();
      o.input = Utils.getOption('i', args);
      o.json = Utils.getFlag("json", args);
      o.settings = AnalysisSettings.fromOptions(args);
      OptionValues.noneLeft(args);
      if (o.input.isEmpty()) {
        throw new UsageException("Give the data file with -i <file>.");
      }
      return o;
    }
  }
}
