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

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;

import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.classifiers.Evaluation;
import weka.w2s.data.BadInputException;
import weka.w2s.data.DataFiles;
import weka.w2s.options.UsageException;

/**
 * The command line of the package's classifiers: Weka's evaluation (-t, -T, -x, ...), with the exit
 * codes of {@link CommandLine} that scripts can test (Weka's own runClassifier prints a failure and
 * exits 0): 2 for a wrong option, 1 for data the classifier cannot learn from.
 */
public final class ClassifierMain {

  private ClassifierMain() {
  }

  /** Runs Weka's evaluation of the classifier and exits with {@link #run(Classifier, String[], PrintStream, PrintStream)}'s code. */
  public static void main(Classifier classifier, String[] args) {
    System.exit(run(classifier, args, System.out, System.err));
  }

  /**
   * Runs Weka's evaluation of the classifier.
   *
   * @return 0 on success or for help (-h); 2 for a wrong option, 1 for anything else, with one
   *         message on err
   */
  public static int run(Classifier classifier, String[] args, PrintStream out, PrintStream err) {
    List<String> given = Arrays.asList(args.clone()); // Weka's option parsing blanks what it reads
    String tool = classifier.getClass().getSimpleName();
    String[] work = args.clone();
    Path modelTarget = null;
    Path modelTemporary = null;
    try {
      if (!given.contains("-h") && !given.contains("-help")) {
        checkInputs(work);
        int d = given.indexOf("-d");
        if (d >= 0 && d + 1 < work.length) {
          modelTarget = Paths.get(work[d + 1]).toAbsolutePath().normalize();
          refuseInputAsModel(work, modelTarget);
          // Weka writes -d before it evaluates: write it aside, and replace the target only on success
          try {
            modelTemporary = CommandLine.AtomicOutput.create(modelTarget.getParent(), modelTarget.getFileName()
                .toString());
          } catch (IOException e) {
            throw new BadInputException("Cannot write the model to '" + work[d + 1] + "': its"
                + " directory does not exist or is not writable (" + e.getClass().getSimpleName() + ").");
          }
          work[d + 1] = modelTemporary.toString();
        }
      }
      out.println(Evaluation.evaluateModel(classifier, work));
      out.flush();
      if (out.checkError()) {
        err.println(CommandLine.prefixed(tool, CommandLine.STDOUT_FAILED));
        return CommandLine.EXIT_BAD_INPUT;
      }
      if (modelTemporary != null) {
        CommandLine.AtomicOutput.moveIntoPlace(modelTemporary, modelTarget);
        modelTemporary = null;
      }
      return CommandLine.EXIT_OK;
    } catch (BadInputException e) {
      err.println(CommandLine.prefixed(tool, e.getMessage()));
      return CommandLine.EXIT_BAD_INPUT;
    } catch (UsageException e) {
      err.println(CommandLine.prefixed(tool, e.getMessage()));
      return CommandLine.EXIT_USAGE;
    } catch (IOException e) {
      // the inputs were read in full before: what fails now is writing the model, if there is one
      err.println(CommandLine.prefixed(tool, modelTarget == null ? DataFiles.describe(e)
          : "Cannot write the model to '" + modelTarget + "': " + DataFiles.describe(e)
              + " Nothing was replaced; free some space, or choose another place for -d."));
      return CommandLine.EXIT_BAD_INPUT;
    } catch (Exception e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage().trim();
      if (given.contains("-h") || given.contains("-help")) {
        out.println(message);
        return CommandLine.EXIT_OK;
      }
      // Weka appends its whole option listing to a wrong option: keep the one message that matters
      int listing = message.indexOf("General options:");
      boolean usage = listing > 0;
      if (usage) {
        message = message.substring(0, listing).trim() + "\nRun with -h for the options.";
      }
      err.println(CommandLine.prefixed(tool, message.replaceFirst("^Weka exception: ", "")));
      return usage ? CommandLine.EXIT_USAGE : CommandLine.EXIT_BAD_INPUT;
    } catch (OutOfMemoryError e) {
      err.println(CommandLine.outOfMemory(tool));
      return CommandLine.EXIT_BAD_INPUT;
    } finally {
      if (modelTemporary != null) {
        try {
          Files.deleteIfExists(modelTemporary);
        } catch (IOException e) {
          // nothing more to do: the target was never touched
        }
      }
    }
  }

  /**
   * Reads -t and -T completely, and opens -l, before anything trains: Weka's evaluation reads a test
   * file incrementally and takes a damaged row for the end of the data, and reports a damaged model
   * or training file by a stack trace.
   */
  private static void checkInputs(String[] args) throws BadInputException {
    String trainFile = value(args, "-t");
    String testFile = value(args, "-T");
    for (String file : new String[] {trainFile, testFile}) {
      if (file != null && file.toLowerCase(java.util.Locale.ROOT).endsWith(".gz") && !file.endsWith(".gz")) {
        throw new BadInputException("Weka's evaluation takes a file for compressed only when its name"
            + " ends in a lower-case '.gz'; rename '" + file + "' to end in '.gz'.");
      }
    }
    Instances train = trainFile == null ? null : DataFiles.readAll(trainFile, "-t");
    Instances test = testFile == null ? null : DataFiles.readAll(testFile, "-T");
    if (test != null && test.numInstances() == 0) {
      throw new BadInputException("The test file '" + testFile + "' given to -T has no instances;"
          + " give it a file with data, or leave -T out.");
    }
    if (train != null && test != null && !train.equalHeaders(test)) {
      // Weka's own text spans several lines: one sentence, naming the attribute
      String why = train.equalHeadersMsg(test).trim().replaceAll("\\s*\n\\s*", " ").replaceAll(":$", "");
      throw new BadInputException("The test file '" + testFile + "' does not match the training file '"
          + trainFile + "': " + why + firstDifference(train, test) + ". Give -T a file with the attributes of -t.");
    }
    String model = value(args, "-l");
    // Weka also reads XML models (.xml, .koml): those it reports itself
    if (model != null && !model.endsWith(".xml") && !model.endsWith(".koml")) {
      try (ObjectInputStream in = new ObjectInputStream(modelStream(model))) {
        Object read = in.readObject();
        if (!(read instanceof Classifier)) {
          throw new BadInputException("'" + model + "' given to -l holds a "
              + read.getClass().getSimpleName() + ", not a classifier. Give a model saved with -d.");
        }
      } catch (IOException | ClassNotFoundException | RuntimeException e) {
        throw new BadInputException("Cannot read the model '" + model + "' given to -l: "
            + DataFiles.describe(e) + " It is not a saved Weka model, or it is damaged or truncated; save one"
            + " with -d.");
      }
    }
  }

  /** " (attribute 'name')" for the first attribute whose definition differs, or "" if none does. */
  private static String firstDifference(Instances train, Instances test) {
    for (int a = 0; a < Math.min(train.numAttributes(), test.numAttributes()); a++) {
      if (train.attribute(a).equalsMsg(test.attribute(a)) != null) {
        return " (attribute '" + train.attribute(a).name() + "')";
      }
    }
    return "";
  }

  /** The model file's bytes, gunzipped for a name ending in .gz as Weka does. */
  private static java.io.InputStream modelStream(String model) throws IOException {
    java.io.InputStream in = new BufferedInputStream(Files.newInputStream(Paths.get(model)));
    return model.endsWith(".gz") ? new java.util.zip.GZIPInputStream(in) : in;
  }

  /** Refuses a -d that names a file given to -t, -T or -l: it would be replaced by the model. */
  private static void refuseInputAsModel(String[] args, Path model) throws UsageException {
    for (String option : new String[] {"-t", "-T", "-l"}) {
      String file = value(args, option);
      if (file != null && sameFile(Paths.get(file), model)) {
        throw new UsageException("-d names '" + file + "', the file given to " + option
            + "; saving the model there would destroy it. Choose another file for -d.");
      }
    }
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
    } catch (IOException e) {
      // compare the names then
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  /** The value following an option, without consuming it; null if the option is absent. */
  private static String value(String[] args, String option) {
    int i = Arrays.asList(args).indexOf(option);
    return i >= 0 && i + 1 < args.length ? args[i + 1] : null;
  }
}
