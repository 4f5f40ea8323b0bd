package weka.w2s;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;

import weka.core.Attribute;
import weka.core.CommandlineRunnable;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.SingleIndex;
import weka.core.Utils;
import weka.core.converters.ConverterUtils.DataSource;
import weka.w2s.CommandLine.BadInputException;
import weka.w2s.CommandLine.UsageException;
import weka.w2s.RepresentationLayout.Representation;
import weka.w2s.core.JointStatistics;
import weka.w2s.core.PairAnalysis;
import weka.w2s.core.PrincipalRule;
import weka.w2s.core.PrincipalSettings;
import weka.w2s.core.PrincipalSpace;
import weka.w2s.core.SampleGeometry;
import weka.w2s.core.Shrinkage;
import weka.w2s.core.W2SGAnalyzer;

/**
 * Ranks the (weak, strong) representation pairs of a data set by the principal-kernel W2SG score
 * ||P_s (I - P_w)||_op and its companions (W2SG-MATH.md sections 2-4), from the command line:
 *
 * <pre>
 * java weka.Run weka.w2s.W2SGAnalysis -i data.arff.gz -weak 1-24 -weak 25-48 -strong 97-192 -c last
 * </pre>
 *
 * The data are streamed once through Weka's loader into mergeable joint statistics (a second pass
 * only for -top), so memory depends on the number of columns, not of instances. Each representation
 * is decomposed once and reused across pairs. Standard output is written only after the whole
 * analysis succeeded; a problem ends with one message on stderr and a non-zero exit code.
 */
public class W2SGAnalysis implements CommandlineRunnable {

  static final int EXIT_OK = CommandLine.EXIT_OK;
  static final int EXIT_BAD_INPUT = CommandLine.EXIT_BAD_INPUT;
  static final int EXIT_USAGE = CommandLine.EXIT_USAGE;
  static final int EXIT_INTERNAL = CommandLine.EXIT_INTERNAL;

  static final long PROGRESS_EVERY = 10_000;
  static final String NAME = "W2SGAnalysis";

  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    System.out.flush();
    System.exit(code);
  }

  /** Entry point of {@code weka.Run}; an error still ends the JVM with its exit code. */
  @Override
  public void run(Object toRun, String[] options) {
    int code = run(options, System.out, System.err);
    System.out.flush();
    if (code != EXIT_OK) {
      // weka.Run would print a stack trace for an exception and exit 0 on return.
      System.exit(code);
    }
  }

  @Override
  public void preExecution() {
  }

  @Override
  public void postExecution() {
  }

  /**
   * Runs the analysis.
   *
   * @return the exit code: 0 success, 1 bad input, 2 usage error, 3 internal error
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (UsageException e) {
      err.println(NAME + ": " + e.getMessage() + " Run with -h to list the options.");
      return EXIT_USAGE;
    }
    if (options.help) {
      out.print(usage());
      out.flush();
      return EXIT_OK;
    }
    try {
      String report = analyze(options, err);
      out.print(report);
      out.flush();
      return EXIT_OK;
    } catch (BadInputException | IllegalArgumentException e) {
      err.println(NAME + ": " + e.getMessage());
      return EXIT_BAD_INPUT;
    } catch (RuntimeException e) {
      err.println(NAME + ": internal error (" + e + "); please report it with the command line.");
      return EXIT_INTERNAL;
    } catch (OutOfMemoryError e) {
      err.println(CommandLine.outOfMemory(NAME));
      return EXIT_BAD_INPUT;
    }
  }

  static String usage() {
    return String.join("\n",
        "Usage: java weka.Run weka.w2s.W2SGAnalysis -i <data file> -weak <range> [-weak <range> ...]",
        "         -strong <range> [-strong <range> ...] [options]",
        "",
        "Ranks every (weak, strong) pair of representations by the principal-kernel W2SG score",
        "||P_s (I - P_w)||_op (Xue, Li and Mirzasoleiman, ICML 2025): smaller predicts better",
        "weak-to-strong generalization.",
        "",
        "Options:",
        "  -i <file>               data in any format Weka reads (.arff, .arff.gz, .csv, ...), streamed",
        "  -weak <range>           a weak representation: Weka range (1-24, first-10,last) or name:REGEX;",
        "                          repeatable",
        "  -strong <range>         a strong representation, as -weak; repeatable",
        "  -c <index>              class attribute (first, last or 1-based number); adds pred_gap and",
        "                          the error estimates",
        "  -k <k>                  fixed principal dimension (clamped to each representation's rank)",
        "  -variance <rho>         smallest k whose eigenvalues reach this variance fraction,",
        "                          0 < rho <= 1 (default 0.9)",
        "  -auto                   automatic k (Gavish-Donoho threshold)",
        "  -ridge <beta>           ridge beta of the heads, 0 <= beta <= 1e100 (default 0)",
        "  -weak-train-size <m_w>  size of the weak head's training set, for the weak gamma: a whole",
        "                          number from 1 to 1e15 (default n)",
        "  -hard                   hard principal projections (shrinkage factors 1)",
        "  -json                   one JSON object per pair and line instead of the table",
        "  -rank-by <quantity>     rank pairs by score (default), frobenius_normalized, expected_gap or",
        "                          pred_gap (needs -c); the score saturates near 1 when a single strong",
        "                          direction is missed, the other variants keep ordering such pairs",
        "  -skip-missing           leave out instances with a missing value (default: stop with an error)",
        "  -top <m>                also list the m instances with the largest |P_s (I - P_w) y| for the",
        "                          best-ranked pair (needs -c; reads the file twice)",
        "  -h, -help               print this help",
        "",
        "Exit codes: 0 success, 1 the data or the ranges do not fit, 2 the command line is wrong.",
        "");
  }

  /** Reads, decomposes, analyzes and formats; returns the whole report. */
  private static String analyze(Options o, PrintStream err) throws BadInputException {
    W2SGReport report = report(o, err);
    return o.json ? report.json() : report.table();
  }

  /** Reads (the file of -i, or {@code o.data} when set), decomposes and analyzes. */
  static W2SGReport report(Options o, PrintStream err) throws BadInputException {
    Progress progress = new Progress(err);
    DataSource source = open(o);
    Instances structure = structure(source, o.input);
    int classIndex = classIndex(structure, o.classIndex);
    structure.setClassIndex(classIndex);
    RepresentationLayout layout = RepresentationLayout.resolve(structure, o.weak, o.strong, classIndex >= 0);

    JointStatistics stats = JointStatistics.forDimension(layout.dimension());
    Counts counts = pass(source, structure, layout, o, progress, "reading",
        (instance, row, rowNumber) -> stats.add(row));
    if (counts.used < 2) {
      throw new BadInputException("The analysis needs at least two instances, but '" + o.input + "' has "
          + counts.used + " usable" + skippedNote(counts) + ". Give more data.");
    }
    if (counts.skipped > 0) {
      err.println(NAME + ": skipped " + counts.skipped + " of " + counts.read
          + " instances with missing values (-skip-missing).");
    }

    PrincipalSettings settings = new PrincipalSettings(o.rule, o.ridge,
        o.hard ? Shrinkage.HARD : Shrinkage.SOFT, PrincipalSettings.DEFAULT_RANK_TOLERANCE);
    progress.phase("computing the geometry of " + counts.used + " instances");
    SampleGeometry geometry = SampleGeometry.of(stats, settings, SampleGeometry.Path.AUTO);
    double weakTrainSize = Double.isNaN(o.weakTrainSize) ? counts.used : o.weakTrainSize;
    W2SGAnalyzer analyzer = new W2SGAnalyzer(geometry, weakTrainSize);

    progress.phase("decomposing " + (layout.weak().size() + layout.strong().size()) + " representations");
    List<PrincipalSpace> weakSpaces = decompose(analyzer, layout.weak(), true, err);
    List<PrincipalSpace> strongSpaces = decompose(analyzer, layout.strong(), false, err);

    progress.phase("analyzing " + weakSpaces.size() * strongSpaces.size() + " pairs");
    int[] labels = layout.hasLabels() ? layout.labelColumns() : null;
    List<W2SGReport.Pair> pairs = new ArrayList<>();
    for (int w = 0; w < weakSpaces.size(); w++) {
      for (int s = 0; s < strongSpaces.size(); s++) {
        PairAnalysis analysis = analyzer.analyze(weakSpaces.get(w), strongSpaces.get(s), labels);
        pairs.add(new W2SGReport.Pair(layout.weak().get(w), layout.strong().get(s), w, s, analysis));
      }
    }
    pairs.sort(W2SGReport.ranking(o.rankBy));

    List<W2SGReport.Contribution> top = new ArrayList<>();
    if (o.top > 0) {
      top = topContributions(o, layout, pairs.get(0), counts, progress);
    }
    return new W2SGReport(o.input, counts.used, counts.skipped, o.skipMissing,
        geometry.path(), settings, weakTrainSize, labelDescription(structure), pairs, top);
  }

  private static List<PrincipalSpace> decompose(W2SGAnalyzer analyzer, List<Representation> reps,
      boolean weak, PrintStream err) throws BadInputException {
    String role = weak ? "weak" : "strong";
    List<PrincipalSpace> spaces = new ArrayList<>();
    for (Representation rep : reps) {
      PrincipalSpace space;
      try {
        space = weak ? analyzer.weakSpace(rep.columns()) : analyzer.strongSpace(rep.columns());
      } catch (IllegalArgumentException e) {
        throw new BadInputException("The " + role + " representation '" + rep.spec() + "': " + e.getMessage());
      }
      if (space.clamped()) {
        err.println(NAME + ": note: k = " + space.requestedK() + " exceeds the rank " + space.rank() + " of the "
            + role + " representation '" + rep.spec() + "'; using k = " + space.k() + ".");
      }
      spaces.add(space);
    }
    return spaces;
  }

  /** The second pass of -top: the largest per-instance contributions of the best-ranked pair. */
  private static List<W2SGReport.Contribution> topContributions(Options o, RepresentationLayout layout,
      W2SGReport.Pair best, Counts first, Progress progress) throws BadInputException {
    progress.phase("second pass for the " + o.top + " largest contributions");
    // the heap's head is the smallest kept entry: smaller magnitude, then later row
    Comparator<W2SGReport.Contribution> order = Comparator
        .comparingDouble((W2SGReport.Contribution c) -> c.magnitude)
        .thenComparing(Comparator.comparingLong((W2SGReport.Contribution c) -> c.row).reversed());
    PriorityQueue<W2SGReport.Contribution> heap = new PriorityQueue<>(order);
    DataSource source = open(o);
    Instances structure = structure(source, o.input);
    int classIndex = classIndex(structure, o.classIndex);
    structure.setClassIndex(classIndex);
    Counts second = pass(source, structure, layout, o, progress, "second pass", (instance, row, rowNumber) -> {
      double[] values = best.analysis.contribution(layout.extract(row, best.strong));
      double sum = 0;
      for (double v : values) {
        sum += v * v;
      }
      String label = instance.classAttribute().isNominal() ? instance.stringValue(classIndex)
          : Utils.doubleToString(instance.classValue(), 6);
      heap.add(new W2SGReport.Contribution(rowNumber, label, values, Math.sqrt(sum)));
      if (heap.size() > o.top) {
        heap.poll();
      }
    });
    if (second.read != first.read || second.used != first.used) {
      throw new BadInputException("'" + o.input + "' changed between the two passes of -top (" + first.read
          + " then " + second.read + " rows); run again on a file that is not being written.");
    }
    List<W2SGReport.Contribution> top = new ArrayList<>(heap);
    top.sort(order.reversed());
    return top;
  }

  /** Receives each usable instance with its joint row. */
  private interface RowSink {
    void accept(Instance instance, double[] row, long rowNumber);
  }

  private static final class Counts {
    long read;
    long used;
    long skipped;
  }

  /** One pass over the file: validates each instance, fills its joint row and hands it on. */
  private static Counts pass(DataSource source, Instances structure, RepresentationLayout layout, Options o,
      Progress progress, String phase, RowSink sink) throws BadInputException {
    Counts counts = new Counts();
    double[] row = new double[layout.dimension()];
    Instance instance;
    while ((instance = next(source, structure, o.input)) != null) {
      counts.read++;
      if (!layout.fill(instance, row, counts.read, true)) {
        if (!o.skipMissing) {
          throw new BadInputException(missingMessage(instance, layout, structure.classIndex(), counts.read));
        }
        counts.skipped++;
      } else {
        counts.used++;
        sink.accept(instance, row, counts.read);
      }
      progress.row(counts.read, phase);
    }
    return counts;
  }

  private static String missingMessage(Instance instance, RepresentationLayout layout, int classIndex,
      long rowNumber) {
    List<Integer> used = new ArrayList<>();
    for (Representation r : layout.weak()) {
      for (int a : r.attributes()) {
        used.add(a);
      }
    }
    for (Representation r : layout.strong()) {
      for (int a : r.attributes()) {
        used.add(a);
      }
    }
    if (classIndex >= 0) {
      used.add(classIndex);
    }
    String name = "?";
    for (int a : used) {
      if (instance.isMissing(a)) {
        name = instance.attribute(a).name();
        break;
      }
    }
    return "Attribute '" + name + "' is missing in row " + rowNumber + " (Weka reads '?' and NaN as missing)."
        + " Replace missing values (e.g. with weka.filters.unsupervised.attribute.ReplaceMissingValues)"
        + " or add -skip-missing to leave such instances out.";
  }

  private static DataSource open(Options o) throws BadInputException {
    return o.data != null ? new DataSource(o.data) : CommandLine.source(o.input, "-i");
  }

  private static Instances structure(DataSource source, String file) throws BadInputException {
    try {
      return new Instances(source.getStructure(), 0);
    } catch (Exception e) {
      throw new BadInputException("Cannot read the header of '" + file + "': " + describe(e));
    }
  }

  private static Instance next(DataSource source, Instances structure, String file) throws BadInputException {
    try {
      if (source.isIncremental()) {
        // The loader itself: DataSource.hasMoreElements prints and swallows parse errors, which would
        // silently truncate the data.
        return source.getLoader().getNextInstance(structure);
      }
      return source.hasMoreElements(structure) ? source.nextElement(structure) : null;
    } catch (IOException | RuntimeException e) {
      throw new BadInputException("Cannot read '" + file + "': " + describe(e));
    }
  }

  private static String describe(Exception e) {
    return CommandLine.describe(e);
  }

  /** -c: Weka's first/last/1-based syntax; -1 without -c. */
  private static int classIndex(Instances structure, String spec) throws BadInputException {
    if (spec == null) {
      return -1;
    }
    try {
      SingleIndex index = new SingleIndex(spec);
      index.setUpper(structure.numAttributes() - 1);
      return index.getIndex();
    } catch (IllegalArgumentException e) {
      throw new BadInputException("The class index '-c " + spec + "' is not valid for data with "
          + structure.numAttributes() + " attributes; use first, last or a number from 1 to "
          + structure.numAttributes() + ".");
    }
  }

  private static String labelDescription(Instances structure) {
    if (structure.classIndex() < 0) {
      return "none (label-free quantities only; give -c for pred_gap and the error estimates)";
    }
    Attribute cls = structure.classAttribute();
    if (cls.isNumeric()) {
      return "numeric class '" + cls.name() + "'";
    }
    if (cls.numValues() == 2) {
      return "class '" + cls.name() + "', encoded -1 = " + cls.value(0) + ", +1 = " + cls.value(1);
    }
    return "class '" + cls.name() + "', one indicator column per value (" + cls.numValues()
        + "), quantities summed over them";
  }

  private static String skippedNote(Counts counts) {
    return counts.skipped > 0 ? " (" + counts.skipped + " of " + counts.read + " skipped for missing values)" : "";
  }

  /** Progress on stderr for long inputs only: every PROGRESS_EVERY rows, then each phase. */
  private static final class Progress {
    private final PrintStream err;
    private boolean longInput;

    Progress(PrintStream err) {
      this.err = err;
    }

    void row(long rows, String phase) {
      if (rows % PROGRESS_EVERY == 0) {
        longInput = true;
        err.println(String.format(Locale.ROOT, "%s: %s: %,d rows", NAME, phase, rows));
      }
    }

    void phase(String message) {
      if (longInput) {
        err.println(NAME + ": " + message);
      }
    }
  }

  /** The parsed command line; values are validated here, their fit to the data later. */
  static final class Options {
    /** Beyond this ridge the shrinkage factors' squares underflow and the ratios become 0/0. */
    static final double MAX_RIDGE = 1e100;
    static final String MAX_RIDGE_TEXT = "1e100";
    /** Whole numbers up to here are exact in a double. */
    static final double MAX_TRAIN_SIZE = 1e15;
    static final String MAX_TRAIN_SIZE_TEXT = "1e15";

    boolean help;
    String input;
    /** Data already in memory (the Explorer's, a flow's); null reads the file of -i. */
    Instances data;
    List<String> weak = new ArrayList<>();
    List<String> strong = new ArrayList<>();
    String classIndex;
    PrincipalRule rule = PrincipalRule.variance(0.9);
    double ridge;
    double weakTrainSize = Double.NaN;
    boolean hard;
    boolean json;
    boolean skipMissing;
    int top;
    String rankBy = "score";

    static Options parse(String[] argv) throws UsageException {
      String[] args = argv.clone(); // Weka's Utils blanks the options it consumes
      Options o = new Options();
      String k;
      String rho;
      boolean auto;
      String ridge;
      String weakTrainSize;
      String top;
      String classIndex;
      try {
        o.help = Utils.getFlag('h', args) | Utils.getFlag("help", args);
        if (o.help) {
          return o;
        }
        o.input = Utils.getOption('i', args);
        o.weak = repeated("weak", args);
        o.strong = repeated("strong", args);
        classIndex = Utils.getOption('c', args);
        k = Utils.getOption('k', args);
        rho = Utils.getOption("variance", args);
        auto = Utils.getFlag("auto", args);
        ridge = Utils.getOption("ridge", args);
        weakTrainSize = Utils.getOption("weak-train-size", args);
        o.hard = Utils.getFlag("hard", args);
        o.json = Utils.getFlag("json", args);
        o.skipMissing = Utils.getFlag("skip-missing", args);
        top = Utils.getOption("top", args);
        String rankBy = Utils.getOption("rank-by", args);
        if (!rankBy.isEmpty()) {
          o.rankBy = rankBy;
        }
      } catch (UsageException e) {
        throw e;
      } catch (Exception e) { // Utils: an option without its value
        throw new UsageException(e.getMessage());
      }
      try {
        Utils.checkForRemainingOptions(args);
      } catch (Exception e) {
        StringBuilder rest = new StringBuilder();
        for (String a : args) {
          if (!a.isEmpty()) {
            rest.append(' ').append(a);
          }
        }
        throw new UsageException("Unknown option or extra argument:" + rest + ".");
      }

      if (o.input.isEmpty()) {
        throw new UsageException("Give the data file with -i <file>.");
      }
      if (o.weak.isEmpty()) {
        throw new UsageException("Give at least one weak representation with -weak <range> (e.g. -weak 1-24"
            + " or -weak name:weakA_.*).");
      }
      if (o.strong.isEmpty()) {
        throw new UsageException("Give at least one strong representation with -strong <range> (e.g."
            + " -strong 97-192 or -strong name:strong_.*).");
      }
      o.classIndex = classIndex.isEmpty() ? null : classIndex;
      if (!W2SGReport.RANK_KEYS.contains(o.rankBy)) {
        throw new UsageException("-rank-by must be one of " + String.join(", ", W2SGReport.RANK_KEYS)
            + ", got " + o.rankBy + ".");
      }
      if (o.rankBy.equals("pred_gap") && o.classIndex == null) {
        throw new UsageException("-rank-by pred_gap needs labels: give the class with -c.");
      }
      int rules = (k.isEmpty() ? 0 : 1) + (rho.isEmpty() ? 0 : 1) + (auto ? 1 : 0);
      if (rules > 1) {
        throw new UsageException("Choose one rule for k: -k, -variance or -auto.");
      }
      if (!k.isEmpty()) {
        int value = integer("-k", k);
        if (value < 1) {
          throw new UsageException("-k must be at least 1, got " + k + ".");
        }
        o.rule = PrincipalRule.fixed(value);
      } else if (!rho.isEmpty()) {
        double value = number("-variance", rho);
        if (!(value > 0 && value <= 1)) {
          throw new UsageException("-variance must lie in (0, 1], got " + rho + "; e.g. -variance 0.9.");
        }
        o.rule = PrincipalRule.variance(value);
      } else if (auto) {
        o.rule = PrincipalRule.automatic();
      }
      if (!ridge.isEmpty()) {
        o.ridge = number("-ridge", ridge);
        if (!(o.ridge >= 0 && o.ridge <= MAX_RIDGE)) {
          throw new UsageException("-ridge must be a number >= 0 and at most " + MAX_RIDGE_TEXT + ", got " + ridge
              + "; a larger beta shrinks every direction to 0 and the scores lose all precision.");
        }
      }
      if (!weakTrainSize.isEmpty()) {
        o.weakTrainSize = number("-weak-train-size", weakTrainSize);
        if (!(o.weakTrainSize >= 1 && o.weakTrainSize <= MAX_TRAIN_SIZE && o.weakTrainSize == Math.rint(
            o.weakTrainSize))) {
          throw new UsageException("-weak-train-size is a number of instances: give a whole number from 1 to "
              + MAX_TRAIN_SIZE_TEXT + ", got " + weakTrainSize + ".");
        }
      }
      if (!top.isEmpty()) {
        o.top = integer("-top", top);
        if (o.top < 1) {
          throw new UsageException("-top must be at least 1, got " + top + ".");
        }
        if (o.classIndex == null) {
          throw new UsageException("-top needs the labels: give the class with -c.");
        }
      }
      return o;
    }

    /** Every value of a repeatable option, in order; an empty value is an error, not the end. */
    private static List<String> repeated(String name, String[] args) throws Exception {
      List<String> values = new ArrayList<>();
      while (Utils.getOptionPos(name, args) >= 0) {
        String value = Utils.getOption(name, args);
        if (value.trim().isEmpty()) {
          throw new UsageException("-" + name + " was given an empty range; give attribute indices such as"
              + " 1-24 or name:REGEX.");
        }
        values.add(value);
      }
      return values;
    }

    private static int integer(String option, String value) throws UsageException {
      try {
        return Integer.parseInt(value.trim());
      } catch (NumberFormatException e) {
        throw new UsageException(option + " expects a whole number, got '" + value + "'.");
      }
    }

    private static double number(String option, String value) throws UsageException {
      double d;
      try {
        d = Double.parseDouble(value.trim());
      } catch (NumberFormatException e) {
        throw new UsageException(option + " expects a number, got '" + value + "'.");
      }
      if (!Double.isFinite(d)) {
        throw new UsageException(option + " expects a finite number, got '" + value + "'.");
      }
      return d;
    }
  }
}
