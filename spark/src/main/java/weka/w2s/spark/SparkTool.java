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

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import weka.core.Utils;
import weka.w2s.CommandLine;
import weka.w2s.data.BadInputException;
import weka.w2s.options.UsageException;

/**
 * What the Spark tools share: -format and -master, the session, reading a data source, and the
 * mapping of every failure to an exit code and a one-line message.
 */
final class SparkTool {

  static final List<String> FORMATS = List.of("parquet", "csv", "orc", "json");

  /** A tool's parsed command line. */
  interface Options {
    boolean help();

    String input();
  }

  interface Parser<O extends Options> {
    O parse(String[] args) throws UsageException;
  }

  /** The tool's work on the data: the report to print. */
  interface Job<O> {
    String run(Dataset<Row> data, O options, PrintStream err) throws Exception;
  }

  private SparkTool() {
  }

  /**
   * Runs a tool on the given data (then -i only names them in the report), or on the data -i names if
   * {@code given} is null, on the active Spark session if there is one (it is left running), else on
   * a new one for -master (default local[*], or the master spark-submit configured), stopped at the
   * end. Standard output is written only after the job succeeded; a problem ends with one message on
   * stderr.
   *
   * @return the exit code: 0 success, 1 bad input, 2 usage error, 3 internal error
   */
  static <O extends Options> int run(String name, String usage, Dataset<Row> given, String[] argv, PrintStream out,
      PrintStream err, Parser<O> parser, Job<O> job) {
    String[] args = argv.clone();
    String format;
    String master;
    O settings;
    try {
      try {
        format = Utils.getOption("format", args);
        master = Utils.getOption("master", args);
      } catch (Exception e) { // an option without its value
        throw new UsageException(e.getMessage());
      }
      settings = parser.parse(args);
      if (!settings.help() && given == null) {
        format = format(settings.input(), format);
      }
    } catch (UsageException e) {
      err.println(name + ": " + e.getMessage() + " Run with -h for the options.");
      return CommandLine.EXIT_USAGE;
    }
    if (settings.help()) {
      out.print(usage);
      out.flush();
      return CommandLine.EXIT_OK;
    }
    SparkSession active = given != null ? given.sparkSession()
        : SparkSession.getActiveSession().getOrElse(() -> null);
    SparkSession spark;
    try {
      if (active == null && !master.isEmpty()
          && !master.matches("local(\\[.+\\])?|local-cluster\\[.+\\]|spark://.+|yarn|k8s://.+|mesos://.+")) {
        // checked here: Spark would log its own error and trace before refusing it
        throw new IllegalArgumentException("Could not parse Master URL: '" + master + "'.");
      }
      spark = active != null ? active : session(name, master);
    } catch (Exception e) { // Spark's own check of the master URL, with a long Scala trace
      err.println(name + ": cannot start Spark with -master '" + master + "': " + firstLine(e) + " Give a master"
          + " Spark knows, such as local[*] or spark://host:7077. Run with -h for the options.");
      return CommandLine.EXIT_USAGE;
    }
    try {
      Dataset<Row> data = given != null ? given : read(spark, settings.input(), format);
      String report = job.run(data, settings, err);
      out.print(report);
      out.flush();
      if (out.checkError()) {
        err.println(name + ": " + CommandLine.STDOUT_FAILED);
        return CommandLine.EXIT_BAD_INPUT;
      }
      return CommandLine.EXIT_OK;
    } catch (BadInputException | IllegalArgumentException e) {
      err.println(name + ": " + e.getMessage());
      return CommandLine.EXIT_BAD_INPUT;
    } catch (OutOfMemoryError e) {
      err.println(CommandLine.outOfMemory(name));
      return CommandLine.EXIT_BAD_INPUT;
    } catch (Exception e) { // Spark's Scala code throws SparkException (checked) undeclared
      String cause = sparkReadError(e);
      if (cause != null) {
        err.println(name + ": Cannot read '" + settings.input() + "': " + cause);
        return CommandLine.EXIT_BAD_INPUT;
      }
      err.println(name + ": internal error (" + e + "); please report it with the command line.");
      return CommandLine.EXIT_INTERNAL;
    } finally {
      if (active == null) {
        spark.stop();
      }
    }
  }

  /** -format, or the format the path's extension names (a compression suffix is ignored). */
  static String format(String input, String format) throws UsageException {
    if (!format.isEmpty()) {
      String f = format.toLowerCase(Locale.ROOT);
      if (!FORMATS.contains(f)) {
        throw new UsageException("-format must be one of " + String.join(", ", FORMATS) + ", got " + format + ".");
      }
      return f;
    }
    String name = input.toLowerCase(Locale.ROOT).replaceAll("/+$", "")
        .replaceAll("\\.(gz|bz2|snappy|zst|lz4|deflate)$", "");
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1);
    if (ext.equals("jsonl") || ext.equals("ndjson")) {
      return "json";
    }
    if (!FORMATS.contains(ext)) {
      throw new UsageException("Cannot tell the format of '" + input + "' from its name; give -format "
          + String.join(", ", FORMATS) + ".");
    }
    return ext;
  }

  private static SparkSession session(String name, String master) {
    SparkSession.Builder builder = SparkSession.builder().appName(name);
    boolean submitted = new SparkConf().contains("spark.master");
    String url = !master.isEmpty() ? master : submitted ? null : "local[*]";
    if (url != null) {
      builder.master(url);
    }
    if (url != null && url.startsWith("local")) {
      builder.config("spark.ui.enabled", "false");
    }
    return builder.getOrCreate();
  }

  static Dataset<Row> read(SparkSession spark, String input, String format) throws BadInputException {
    try {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      FileStatus[] matches = fs.globStatus(path); // Spark reads globs such as data/part-*.parquet
      if (matches == null || matches.length == 0) {
        throw new BadInputException("The data file '" + input + "' does not exist; check the path given with -i.");
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new BadInputException("Cannot open '" + input + "': " + e.getMessage());
    }
    DataFrameReader reader = spark.read().format(format);
    if (format.equals("csv")) {
      // "?" is Weka's missing value, as Weka's CSVLoader reads it (else it would turn its column into text)
      reader = reader.option("header", "true").option("inferSchema", "true").option("nullValue", "?");
    }
    if (format.equals("csv") || format.equals("json")) {
      reader = reader.option("mode", "FAILFAST"); // a damaged record is an error, not a row of nulls
    }
    try {
      Dataset<Row> data = reader.load(input);
      if (data.columns().length == 0) {
        throw new BadInputException("'" + input + "' has no columns: the file is empty.");
      }
      if (data.limit(1).count() == 0) {
        throw new BadInputException("'" + input + "' has no data rows" + (format.equals("csv")
            ? " (only a header line)." : "."));
      }
      return data;
    } catch (BadInputException e) {
      throw e;
    } catch (Exception e) { // SparkException, thrown undeclared
      String cause = sparkReadError(e);
      throw new BadInputException("Cannot read '" + input + "': " + (cause != null ? cause : e.getMessage()));
    }
  }

  static String firstLine(Exception e) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    int nl = m.indexOf('\n');
    return (nl < 0 ? m : m.substring(0, nl)).trim();
  }

  /** The first line of a Spark or Hadoop read failure (a damaged file, a malformed record), or null. */
  static String sparkReadError(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    StackTraceElement[] where = root.getStackTrace();
    if (where.length > 0 && where[0].getClassName().startsWith("weka.")) {
      return null; // a failure of this package's code inside a task, not of the data
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      String name = t.getClass().getName();
      if (name.startsWith("org.apache.spark.") || name.startsWith("org.apache.parquet.")
          || name.startsWith("org.apache.orc.") || t instanceof IOException) {
        String msg = root.getMessage() != null ? root.getMessage() : t.getMessage();
        return msg == null ? root.toString() : msg.split("\n")[0].trim();
      }
    }
    return null;
  }
}
