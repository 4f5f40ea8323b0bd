package weka.w2s;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import weka.classifiers.Classifier;
import weka.classifiers.Evaluation;

/**
 * The command line of the package's classifiers: Weka's evaluation (-t, -T, -x, ...), with an exit
 * code scripts can test. Weka's own runClassifier prints a failure and exits 0.
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
   * @return 0 on success or for help (-h), 1 with one message on err otherwise
   */
  public static int run(Classifier classifier, String[] args, PrintStream out, PrintStream err) {
    List<String> given = Arrays.asList(args.clone()); // Weka's option parsing blanks what it reads
    try {
      out.println(Evaluation.evaluateModel(classifier, args));
      return 0;
    } catch (Exception e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage().trim();
      if (given.contains("-h") || given.contains("-help")) {
        out.println(message);
        return 0;
      }
      // Weka appends its whole option listing to a wrong option: keep the one message that matters
      int listing = message.indexOf("General options:");
      if (listing > 0) {
        message = message.substring(0, listing).trim() + "\nRun with -h for the options.";
      }
      err.println(message.replaceFirst("^Weka exception: ", ""));
      return 1;
    }
  }
}
