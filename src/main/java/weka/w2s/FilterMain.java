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
import java.io.PrintWriter;
import java.util.Enumeration;

import weka.core.Instance;
import weka.core.Instances;
import weka.core.Option;
import weka.core.Utils;
import weka.core.converters.ArffLoader;
import weka.filters.Filter;
import weka.w2s.CommandLine.AtomicOutput;
import weka.w2s.data.BadInputException;
import weka.w2s.options.UsageException;
import weka.w2s.data.DataFiles;
import weka.w2s.options.OptionValues;

/**
 * The command line of the package's filters: the options of Weka's {@code Filter.runFilter} (-i, -o,
 * -c, -decimal, -h; batch mode -b with -r and -s), with an exit code scripts can test. Unlike Weka's
 * runner, the whole input is read before anything is written, so a damaged file is an error rather
 * than a shorter output, and an output appears only when complete: a failure leaves an existing -o
 * or -s file unchanged.
 */
public final class FilterMain {

  private FilterMain() {
  }

  /** Runs the filter and exits with {@link #run}'s code. */
  public static void main(Filter filter, String[] args) {
    int code = run(filter, args, System.out, System.err);
    System.out.flush();
    System.exit(code);
  }

  /** The entry point of {@code weka.Run}: returns on success, ends the JVM with the exit code otherwise. */
  public static void runOrExit(Filter filter, String[] args) {
    CommandLine.exitOnFailure(run(filter, args, System.out, System.err));
  }

  /**
   * Filters a file (or, with -b, a first file and then a second one with the same filter).
   *
   * @return 0 on success or for help, 1 for data that cannot be read or filtered, 2 for a wrong command
   *         line, 3 for an internal error; every failure prints one message on err
   */
  public static int run(Filter filter, String[] args, PrintStream out, PrintStream err) {
    String name = filter.getClass().getSimpleName();
    String[] options = args.clone(); // Weka's option parsing blanks what it reads
    boolean batch;
    Settings s;
    try {
      batch = Utils.getFlag('b', options);
      if (Utils.getFlag('h', options) || Utils.getFlag("help", options)) {
        out.print(help(filter, batch));
        out.flush();
        return CommandLine.EXIT_OK;
      }
      s = Settings.parse(filter, options, batch);
    } catch (Exception e) { // UsageException, or Utils: an option without its value
      err.println(CommandLine.prefixed(name, e.getMessage()) + " Run with -h for the options.");
      return CommandLine.EXIT_USAGE;
    }
    try {
      filter.preExecution();
      filterAll(filter, s, out);
      filter.postExecution();
      return CommandLine.EXIT_OK;
    } catch (Exception | OutOfMemoryError e) {
      return CommandLine.fail(name, e, err);
    }
  }

  private static void filterAll(Filter filter, Settings s, PrintStream out) throws Exception {
    Instances first = s.input.isEmpty() ? DataFiles.readStandardInput() : DataFiles.readAll(s.input, "-i");
    Instances second = null;
    if (s.batch) {
      second = DataFiles.readAll(s.secondInput, "-r");
      if (!second.equalHeaders(first)) {
        throw new BadInputException("The files given with -i and -r differ in their attributes ("
            + second.equalHeadersMsg(first) + "); batch mode needs two files of the same format.");
      }
    }
    if (s.classIndex != null) {
      int index = DataFiles.classIndex(first, s.classIndex, "-c");
      first.setClassIndex(index);
      if (second != null) {
        second.setClassIndex(index);
      }
    }
    filter.setInputFormat(first);
    Instances firstOut = Filter.useFilter(first, filter);
    Instances secondOut = second == null ? null : Filter.useFilter(second, filter);
    try (AtomicOutput o1 = AtomicOutput.to(s.output);
        AtomicOutput o2 = secondOut == null ? null : AtomicOutput.to(s.secondOutput)) {
      write(firstOut, s.decimals, o1.writer());
      if (o2 != null) {
        write(secondOut, s.decimals, o2.writer());
      }
      o1.commit(out);
      if (o2 != null) {
        o2.commit(out);
      }
    }
  }

  /** As Weka's filterFile writes it: the header, then one line per instance. */
  private static void write(Instances data, int decimals, PrintWriter w) {
    w.println(new Instances(data, 0).toString());
    for (Instance inst : data) {
      w.println(inst.toStringMaxDecimalDigits(decimals));
    }
  }

  /** The parsed general options; the filter's own options are set on the filter. */
  private static final class Settings {
    boolean batch;
    String input;
    String output;
    String secondInput;
    String secondOutput;
    String classIndex;
    int decimals = 6;

    static Settings parse(Filter filter, String[] options, boolean batch) throws UsageException {
      Settings s = new Settings();
      s.batch = batch;
      try {
        Utils.getFlag('d', options); // Weka's debug flag of filterFile: accepted, prints nothing here
        s.input = Utils.getOption('i', options);
        s.output = Utils.getOption('o', options);
        if (batch) {
          s.secondInput = Utils.getOption('r', options);
          s.secondOutput = Utils.getOption('s', options);
        }
        String c = Utils.getOption('c', options);
        s.classIndex = c.isEmpty() ? null : c;
        String decimals = Utils.getOption("decimal", options);
        if (!decimals.isEmpty()) {
          try {
            s.decimals = Integer.parseInt(decimals.trim());
          } catch (NumberFormatException e) {
            s.decimals = -1;
          }
          if (s.decimals < 0) {
            throw new UsageException("-decimal expects a whole number >= 0, got '" + decimals + "'.");
          }
        }
      } catch (UsageException e) {
        throw e;
      } catch (Exception e) { // Utils: an option without its value
        throw new UsageException(e.getMessage().trim());
      }
      try {
        filter.setOptions(options);
      } catch (Exception e) {
        throw new UsageException(e.getMessage() == null ? e.toString() : e.getMessage().trim());
      }
      OptionValues.noneLeft(options);
      if (batch && s.input.isEmpty()) {
        throw new UsageException("Batch mode (-b) needs the first input file: give it with -i <file>.");
      }
      if (batch && s.secondInput.isEmpty()) {
        throw new UsageException("Batch mode (-b) needs the second input file: give it with -r <file>.");
      }
      return s;
    }
  }

  static String help(Filter filter, boolean batch) {
    StringBuilder sb = new StringBuilder();
    sb.append("Filter options:\n\n");
    for (Enumeration<Option> e = filter.listOptions(); e.hasMoreElements();) {
      Option o = e.nextElement();
      sb.append(o.synopsis()).append('\n').append(o.description()).append('\n');
    }
    sb.append("\nGeneral options:\n\n");
    sb.append("-h\n\tGet help on available options.\n\t(use -b -h for help on batch mode.)\n");
    if (batch) {
      sb.append("-b\n\tBatch mode: fit the filter on the first input file, then apply it unchanged to the"
          + " second.\n");
      sb.append("-i <file>\n\tThe file containing the first input instances.\n");
      sb.append("-o <file>\n\tThe file the first output instances are written to (default: stdout).\n");
      sb.append("-r <file>\n\tThe file containing the second input instances.\n");
      sb.append("-s <file>\n\tThe file the second output instances are written to (default: stdout).\n");
    } else {
      sb.append("-i <file>\n\tThe name of the file containing input instances.\n"
          + "\tIf not supplied then instances will be read from stdin.\n");
      sb.append("-o <file>\n\tThe name of the file output instances will be written to.\n"
          + "\tIf not supplied then instances will be written to stdout.\n");
    }
    sb.append("-c <class index>\n\tThe number of the attribute to use as the class.\n"
        + "\t\"first\" and \"last\" are also valid entries.\n\tIf not supplied then no class is assigned.\n");
    sb.append("-decimal <integer>\n\tThe maximum number of digits to print after the decimal\n"
        + "\tplace for numeric values (default: 6)\n");
    sb.append("\nExit codes: 0 success, 1 the data cannot be read or filtered, 2 the command line is wrong.\n"
        + "An output file is replaced only when the whole output is ready.\n");
    return sb.toString();
  }
}
