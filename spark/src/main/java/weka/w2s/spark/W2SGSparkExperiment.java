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

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import weka.core.Utils;
import weka.w2s.data.BadInputException;
import weka.w2s.data.RepresentationLayout;
import weka.w2s.experiment.Experiment;
import weka.w2s.experiment.ExperimentSettings;
import weka.w2s.options.OptionValues;
import weka.w2s.options.UsageException;

/**
 * W2SGExperiment's weak-to-strong protocol on Apache Spark, for data that outgrow one machine: with
 * ridge heads (RidgeProbe) every model is solved from moments folded in a few passes
 * ({@link ProtocolRun}); the same options, table and JSON as W2SGExperiment. Rows are split by a
 * seeded hash of a row key (-id, or the row number), so W2SGExperiment -id on the same rows gives the
 * same parts and the same numbers.
 */
public final class W2SGSparkExperiment {

  static final String NAME = "W2SGSparkExperiment";

  private W2SGSparkExperiment() {
  }

  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    System.out.flush();
    System.exit(code);
  }

  /** @return the exit code: 0 success, 1 bad input, 2 usage error, 3 internal error */
  public static int run(String[] argv, PrintStream out, PrintStream err) {
    return run(null, argv, out, err);
  }

  static int run(Dataset<Row> given, String[] argv, PrintStream out, PrintStream err) {
    return SparkTool.run(NAME, usage(), given, argv, out, err, Options::parse, W2SGSparkExperiment::experiment);
  }

  /** The command line: -i, -json, -h and W2SGExperiment's settings. */
  static final class Options implements SparkTool.Options {
    final boolean help;
    final String input;
    final boolean json;
    /** Leave rows with a missing representation value out (else they stop the run). */
    final boolean skipMissing;
    final ExperimentSettings settings;
    final ProtocolModels models;

    private Options(boolean help, String input, boolean json, boolean skipMissing, ExperimentSettings settings,
        ProtocolModels models) {
      this.help = help;
      this.input = input;
      this.json = json;
      this.skipMissing = skipMissing;
      this.settings = settings;
      this.models = models;
    }

    @Override
    public boolean help() {
      return help;
    }

    @Override
    public String input() {
      return input;
    }

    static Options parse(String[] argv) throws UsageException {
      String[] args = argv.clone(); // Weka's Utils blanks the options it consumes
      try {
        if (Utils.getFlag('h', args) || Utils.getFlag("help", args)) {
          return new Options(true, "", false, false, null, null);
        }
        String input = Utils.getOption('i', args);
        boolean json = Utils.getFlag("json", args);
        boolean skipMissing = Utils.getFlag("skip-missing", args);
        boolean modesGiven = Arrays.asList(args).contains("-modes");
        ExperimentSettings settings = ExperimentSettings.fromOptions(args);
        OptionValues.noneLeft(args);
        if (!modesGiven) {
          settings.setModes(String.join(",", ProtocolModels.SUPPORTED));
        }
        if (input.isEmpty()) {
          throw new UsageException("Give the data with -i <path>.");
        }
        return new Options(false, input, json, skipMissing, settings, ProtocolModels.of(settings));
      } catch (UsageException e) {
        throw e;
      } catch (Exception e) { // a value that does not parse, a strategy or learner Spark cannot run
        throw new UsageException(e.getMessage());
      }
    }
  }

  static String usage() {
    return String.join("\n",
        "Usage: w2sg-spark experiment -i <data> -weak <columns> [-weak <columns> ...] -strong <columns> [options]",
        "   or: spark-submit --class weka.w2s.spark.W2SGSparkExperiment ... -i <data> ...",
        "",
        "The weak-to-strong protocol of weka.w2s.W2SGExperiment on Apache Spark, with RidgeProbe heads solved",
        "from moments: per weak candidate the weak model, its labels, the student of each strategy and the",
        "ceiling, test accuracy (or mean squared error), PGR, the W2SG scores and their correlation with the",
        "W2S error; same table and JSON. Rows are split by a seeded hash of a row key, so W2SGExperiment -id",
        "gives the same parts. A selection names columns (1-based indices or name:REGEX); an array or",
        "vector column is one value per element.",
        "",
        "Options:",
        "  -i <path>                 a Spark data source: Parquet, CSV with a header, ORC or JSON",
        "  -format <format>          parquet, csv, orc or json (default: from the name's extension)",
        "  -master <url>             Spark master (default local[*], or the one spark-submit sets)",
        "  -c <column>               the class: first, last, a 1-based index or a name (default last);",
        "                            text (classification) or numeric (regression)",
        "  -weak <columns>           a weak candidate's columns; repeat for several candidates",
        "  -strong <columns>         the strong columns",
        "  -id <column>              a numeric column naming each row: the split's hash key (default: the",
        "                            row number from 1, as Weka's AddID numbers the rows of a file)",
        "  -runs <n>                 repetitions (default 5); each reads the data five or six times",
        "  -test-fraction <f>        expected fraction of the rows held out for testing (default 0.3)",
        "  -weak-fraction <f>        expected fraction of the training part that trains the weak model",
        "                            (default 0.5)",
        "  -modes <list>             naive and/or kernel (default naive,kernel); gold, the ceiling, always",
        "                            runs",
        "  -S <seed>                 seed; repetition r (0-based) uses seed + r (default 1)",
        "  -weak-classifier <spec>   RidgeProbe with its options (default RidgeProbe: leave-one-out ridge)",
        "  -strong-classifier <spec> RidgeProbe with its options; with leave-one-out (the default) the",
        "                            student's ridge is cross-fitted on the weak slice's gold, as auto does",
        "  -json                     one JSON object per weak candidate, then one summary object",
        "  -skip-missing             leave rows with a missing representation value out (default: such a",
        "                            row stops the run with its number; a row without a class joins the pool)",
        "  -h, -help                 print this help",
        "",
        "The principal options of the representation scores, as in W2SGAnalysis:",
        OptionValues.PRINCIPAL_OPTIONS.replaceAll("\n$", ""),
        "",
        "Exit codes: 0 success, 1 the data or the selections do not fit, 2 the command line is wrong.",
        "");
  }

  private static String experiment(Dataset<Row> data, Options o, PrintStream err) throws BadInputException {
    ExperimentSettings s = o.settings;
    W2SGSparkAnalysis.Prepared prepared = W2SGSparkAnalysis.prepare(data, s.weak(), List.of(s.strong()),
        s.classSpec(), "", s.rowKey(), o.skipMissing);
    // rows without a class join the pool, as in W2SGExperiment
    RowReader reader = prepared.reader.acceptingUnlabelled();
    RepresentationLayout layout = reader.layout();
    int classes = prepared.classValues == null ? 0 : prepared.classValues.size();
    int[][] weakColumns = new int[layout.weak().size()][];
    List<int[]> weakAttributes = new ArrayList<>();
    for (int w = 0; w < weakColumns.length; w++) {
      weakColumns[w] = layout.weak().get(w).columns();
      weakAttributes.add(layout.weak().get(w).attributes());
    }
    prepared.header.setRelationName(o.input);
    Experiment report = Experiment.measuredElsewhere(s, prepared.header, 0, o.input, weakAttributes,
        layout.strong().get(0).attributes());
    JavaPairRDD<Row, Long> rows = prepared.rows.zipWithIndex();
    for (int r = 0; r < s.runs(); r++) {
      ProtocolSetup setup = new ProtocolSetup(weakColumns, layout.strong().get(0).columns(),
          layout.labelColumns(), classes, s.seed() + r, s.testFraction(), s.weakFraction(), o.models.autoFolds,
          !s.rowKey().isEmpty(), s.modes().contains("kernel"));
      new ProtocolRun(rows, reader, setup, o.models, prepared.header, err).measure(report, r);
    }
    return o.json ? report.json() : report.table();
  }
}
