package weka.w2s;

import java.io.PrintStream;

/** The single-machine tool's testable entry point (package-private in the core). */
public final class SingleMachine {

  private SingleMachine() {
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    return W2SGAnalysis.run(args, out, err);
  }
}
