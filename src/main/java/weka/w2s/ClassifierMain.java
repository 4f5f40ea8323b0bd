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
import java.util.Arrays;
import java.util.List;

import weka.classifiers.Classifier;
import weka.classifiers.Evaluation;

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
    try {
      out.println(Evaluation.evaluateModel(classifier, args));
      return CommandLine.EXIT_OK;
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
      err.println(message.replaceFirst("^Weka exception: ", ""));
      return usage ? CommandLine.EXIT_USAGE : CommandLine.EXIT_BAD_INPUT;
    } catch (OutOfMemoryError e) {
      err.println(CommandLine.outOfMemory(classifier.getClass().getSimpleName()));
      return CommandLine.EXIT_BAD_INPUT;
    }
  }
}
