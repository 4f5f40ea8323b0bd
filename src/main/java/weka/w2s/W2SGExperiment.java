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

import weka.classifiers.meta.WeakToStrong;
import weka.core.CommandlineRunnable;
import weka.core.Instances;
import weka.core.Utils;
import weka.w2s.data.BadInputException;
import weka.w2s.data.DataFiles;
import weka.w2s.experiment.Experiment;
import weka.w2s.experiment.ExperimentSettings;
import weka.w2s.options.OptionValues;

/**
 * The weak-to-strong protocol of W2SG-MATH.md section 5 in one command. For every repetition the
 * labelled data are split (seeded; stratified for a nominal class) into a training and a test part;
 * for every weak candidate, {@link WeakToStrong} is trained on the training part in each requested
 * mode and in mode gold (the strong ceiling), all with the repetition's seed, so that the weak slice
 * and the pool are the same in every mode. The test part measures the weak model alone, the ceiling
 * and each mode (accuracy, AUROC for two classes, PGR; for a numeric class MSE, RMSE, R^2 and PGR on
 * MSE). The representation scores of sections 2-3 are computed on
 * the labelled training part, and their Spearman rank correlation with the W2S test error is taken
 * across the weak candidates.
 */
public final class W2SGExperiment implements CommandlineRunnable, CommandLine.Tool<W2SGExperiment.Options> {

  static final String NAME = "W2SGExperiment";

  /** For {@code weka.Run}, which instantiates the class; the work is in the static {@link #run}. */
  public W2SGExperiment() {
  }

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
   * Runs the experiment.
   *
   * @param out the tables (or JSON lines with -json)
   * @param err progress and error messages
   * @return 0 on success (and for -h), 2 for a wrong command line, 1 for data that do not fit or a
   *         failure (one message on err)
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return CommandLine.run(new W2SGExperiment(), args, out, err);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String usage() {
    return usageText();
  }

  @Override
  public Options parse(String[] args) throws Exception {
    return Options.parse(args);
  }

  @Override
  public String execute(Options o, PrintStream err) throws Exception {
    Instances data;
    try {
      data = DataFiles.readAll(o.input, "-i");
      DataFiles.requireFinite(data, o.input);
    } catch (BadInputException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
    Experiment experiment = new Experiment(o.settings, o.settings.withClass(data), o.input, err);
    experiment.run();
    return o.json ? experiment.json() : experiment.table();
  }

  static String usageText() {
    return "Usage: java weka.w2s.W2SGExperiment -i <data file> -weak <range> [-weak <range> ...] [options]\n"
        + "\n"
        + "The weak-to-strong protocol (Burns et al.): repeated train/test splits (stratified for a\n"
        + "nominal class); per weak candidate WeakToStrong in each mode plus mode gold (the strong\n"
        + "ceiling); accuracy, AUROC and PGR = (W2S - weak) / (ceiling - weak) on the test part (for a\n"
        + "numeric class MSE, RMSE, R^2 and PGR on MSE); the label-free W2SG scores of each (weak,\n"
        + "strong) pair and their Spearman correlation with the W2S (naive) test error.\n"
        + "\n"
        + "  -i <file>                 data file in any format Weka reads (.arff, .arff.gz, .csv, ...)\n"
        + "  -c <index>                class attribute: first, last or a 1-based index (default last);\n"
        + "                            nominal (classification) or numeric (regression)\n"
        + "  -weak <range>             a weak candidate's attributes: Weka range (1-24) or name:REGEX;\n"
        + "                            repeat for several candidates\n"
        + "  -strong <range>           the strong attributes (default first-last = all but the class)\n"
        + "  -runs <n>                 repetitions (default 5)\n"
        + "  -test-fraction <f>        fraction of the labelled data held out for testing (default 0.3)\n"
        + "  -weak-fraction <f>        fraction of the training part that trains the weak model\n"
        + "                            (default 0.5)\n"
        + "  -modes <list>             comma-separated target strategies of WeakToStrong, from\n"
        + "                            naive,confidence,refine,kernel,filter,rounds,auto\n"
        + "                            (default naive,confidence,refine,kernel,auto; gold always runs)\n"
        + "  -S <seed>                 seed; repetition r (0-based) uses seed + r (default 1)\n"
        + "  -id <attribute>           split by a seeded hash of this numeric attribute (a row key), not a\n"
        + "                            stratified shuffle: the same parts as W2SGSparkExperiment gives\n"
        + "  -weak-classifier <spec>   weak learner, e.g. \"weka.classifiers.functions.RidgeProbe -ridge 0.01\"\n"
        + "                            (default RidgeProbe)\n"
        + "  -strong-classifier <spec> strong learner (default RidgeProbe)\n"
        + "  -json                     one JSON object per weak candidate, then one summary object\n"
        + "\nThe principal options of the representation scores, as in W2SGAnalysis:\n"
        + OptionValues.PRINCIPAL_OPTIONS + "\n"
        + "  -h                        this help\n";
  }

  /** The parsed command line: the data file, the output form and the experiment's settings. */
  static final class Options {
    String input;
    boolean json;
    ExperimentSettings settings;

    static Options parse(String[] args) throws Exception {
      Options o = new Options();
      o.input = Utils.getOption('i', args);
      if (o.input.isEmpty()) {
        throw new IllegalArgumentException("No data file: give one with -i <file>.");
      }
      o.json = Utils.getFlag("json", args);
      o.settings = ExperimentSettings.fromOptions(args);
      OptionValues.noneLeft(args);
      return o;
    }
  }
}
