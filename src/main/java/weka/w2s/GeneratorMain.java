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

import weka.core.Instances;
import weka.core.Utils;
import weka.datagenerators.DataGenerator;
import weka.w2s.data.DataFiles;

/**
 * The data generators' command line on the package's layer (Weka's runDataGenerator opens -o before
 * it parses the other options, so that a wrong option empties an existing file, prints a stack trace
 * and exits 0): the options are parsed first, the data is written to a temporary file beside -o (or
 * for standard output) and moved into place only when complete; one message and exit code 2 for a
 * wrong option, 1 for a failed write.
 */
public final class GeneratorMain {

  private GeneratorMain() {
  }

  /** Runs the generator and exits with {@link #run}'s code. */
  public static void main(DataGenerator generator, String[] args) {
    CommandLine.exitOnFailure(run(generator, args, System.out, System.err));
  }

  /** @return 0 on success or for help (-h), 2 for a wrong option, 1 for a failed write */
  public static int run(DataGenerator generator, String[] args, PrintStream out, PrintStream err) {
    String tool = generator.getClass().getSimpleName();
    String[] options = args.clone(); // Weka's Utils blanks what it reads
    String file;
    try {
      if (Utils.getFlag('h', options) || Utils.getFlag("help", options)) {
        out.print(usage(generator));
        out.flush();
        return CommandLine.EXIT_OK;
      }
      file = Utils.getOption('o', options); // kept from Weka's own -o, which opens the file at once
      generator.setOptions(options);
      Utils.checkForRemainingOptions(options);
    } catch (Exception e) {
      err.println(CommandLine.prefixed(tool, DataFiles.describe(e)) + " Run with -h for the options.");
      return CommandLine.EXIT_USAGE;
    }
    try (CommandLine.AtomicOutput output = CommandLine.AtomicOutput.to(file)) {
      write(generator, output.writer());
      output.commit(out);
      return CommandLine.EXIT_OK;
    } catch (Exception | OutOfMemoryError e) {
      return CommandLine.fail(tool, e, err);
    }
  }

  /** The header, the examples and the generator's comments, as Weka's makeData writes them. */
  private static void write(DataGenerator generator, PrintWriter writer) throws Exception {
    generator.setOutput(writer);
    generator.setDatasetFormat(generator.defineDataFormat());
    writer.println(generator.getPrologue());
    if (generator.getSingleModeFlag()) {
      writer.println(generator.getDatasetFormat());
      for (int i = 0; i < generator.getNumExamplesAct(); i++) {
        writer.println(generator.generateExample());
      }
    } else {
      Instances data = generator.generateExamples();
      for (int i = 0; i < data.numInstances(); i++) {
        writer.println(data.instance(i));
      }
    }
    writer.println(generator.getEpilogue());
  }

  private static String usage(DataGenerator generator) {
    StringBuilder sb = new StringBuilder("Usage: java " + generator.getClass().getName() + " [options]\n\n"
        + "Data Generator options:\n\n");
    java.util.Enumeration<weka.core.Option> e = generator.listOptions();
    while (e.hasMoreElements()) {
      weka.core.Option option = e.nextElement();
      sb.append(option.synopsis()).append('\n').append(option.description()).append('\n');
    }
    return sb.toString();
  }
}
