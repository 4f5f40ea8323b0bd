package weka.w2s;

import weka.classifiers.Classifier;
import weka.classifiers.Evaluation;

/**
 * The command line of the package's classifiers: Weka's evaluation (-t, -T, -x, ...), with an exit
 * code scripts can test. Weka's own runClassifier prints a failure and exits 0.
 */
public final class ClassifierMain {

  private ClassifierMain() {
  }

  /** Runs Weka's evaluation of the classifier; exit 0 on success or help, 1 with one message otherwise. */
  public static void run(Classifier classifier, String[] args) {
    try {
      System.out.println(Evaluation.evaluateModel(classifier, args));
    } catch (Exception e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage().trim();
      boolean help = java.util.Arrays.asList(args).contains("-h") || java.util.Arrays.asList(args).contains("-help");
      System.err.println(message);
      System.exit(help ? 0 : 1);
    }
  }
}
