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
import weka.core.Utils;
import weka.core.converters.ConverterUtils.DataSource;
import weka.w2s.data.BadInputException;
import weka.w2s.options.UsageException;
import weka.w2s.data.RepresentationLayout;
import weka.w2s.data.RepresentationLayout.Representation;
import weka.w2s.core.BackgroundFold;
import weka.w2s.core.JointStatistics;
import weka.w2s.core.LinearAlgebra;
import weka.w2s.core.PrincipalSettings;
import weka.w2s.core.PrincipalSpace;
import weka.w2s.core.RepresentationAnalysis;
import weka.w2s.data.InstanceStream;
import weka.w2s.data.DataFiles;
import weka.w2s.options.OptionValues;

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
public class W2SGAnalysis implements CommandlineRunnable, CommandLine.Tool<W2SGAnalysis.Options> {

  static final int EXIT_OK = CommandLine.EXIT_OK;
  static final int EXIT_BAD_INPUT = CommandLine.EXIT_BAD_INPUT;
  static final int EXIT_USAGE = CommandLine.EXIT_USAGE;
  static final int EXIT_INTERNAL = CommandLine.EXIT_INTERNAL;

  static final long PROGRESS_EVERY = 10_000;
  static final String NAME = "W2SGAnalysis";

  public static void main(String[] args) {
    CommandLine.quietWekaStartup();
    System.exit(run(args, System.out, System.err));
  }

  /** Entry point of {@code weka.Run}; an error still ends the JVM with its exit code. */
  @Override
  public void run(Object toRun, String[] options) {
    CommandLine.quietWekaStartup();
    CommandLine.exitOnFailure(run(options, System.out, System.err));
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
    return CommandLine.run(new W2SGAnalysis(), args, out, err);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Options parse(String[] args) throws Exception {
    return Options.parse(args);
  }

  @Override
  public String execute(Options options, PrintStream err) throws Exception {
    return analyze(options, err);
  }

  @Override
  public String usage() {
    return usageText();
  }

  static String usageText() {
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
        OptionValues.PRINCIPAL_OPTIONS,
        "  -weak-train-size <m_w>  size of the weak head's training set, for the weak gamma: a whole",
        "                          number from 1 to 1e15 (default n)",
        "  -json                   one JSON object per pair and line instead of the table",
        "  -rank-by <quantity>     rank pairs by score (default), frobenius_normalized, expected_gap or",
        "                          pred_gap (needs -c); the score saturates near 1 when a single strong",
        "                          direction is missed, the other variants keep ordering such pairs",
        "  -skip-missing           leave out instances with a missing value (default: stop with an error)",
        "  -top <m>                also list the m instances with the largest |P_s (I - P_w) y| for the",
        "                          best-ranked pair (needs -c; reads the file twice)",
        "  -linalg <back end>      auto (default: native BLAS/LAPACK when OpenBLAS or MKL is installed,",
        "                          else Java), java (EJML) or native (refused without such a library);",
        "                          the default can also be set with -D" + LinearAlgebra.PROPERTY + "=...",
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
    LinearAlgebra linearAlgebra = o.linearAlgebra == null ? LinearAlgebra.preferred()
        : LinearAlgebra.of(o.linearAlgebra);
    InstanceStream source = open(o);
    Instances structure = source.structure();
    int classIndex = classIndex(structure, o.classIndex);
    structure.setClassIndex(classIndex);
    RepresentationLayout layout = RepresentationLayout.resolve(structure, o.weak, o.strong, classIndex >= 0);

    JointStatistics stats = JointStatistics.forDimension(layout.dimension(), linearAlgebra);
    boolean[] weighted = {false};
    Counts counts;
    try (BackgroundFold fold = new BackgroundFold(stats)) { // parsing overlaps folding
      counts = pass(source, structure, layout, o, progress, "reading", (instance, row, rowNumber) -> {
        double weight = instance.weight();
        if (!(weight >= 0) || Double.isInfinite(weight)) {
          throw new IllegalArgumentException("Instance " + rowNumber + " has the weight " + weight
              + "; instance weights must be finite and >= 0 (a weight counts the instance that many times).");
        }
        weighted[0] |= weight != 1;
        fold.add(row, weight);
      });
      fold.finish();
    }
    if (stats.count() < 2) {
      throw new BadInputException("The analysis needs at least two instances of positive weight, but '"
          + o.input + "' has " + stats.count() + skippedNote(counts) + ". Give more data.");
    }
    try {
      layout.checkSpread(stats);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
    if (counts.skipped > 0) {
      err.println(NAME + ": skipped " + counts.skipped + " of " + counts.read
          + " instances with missing values (-skip-missing).");
    }

    progress.phase("decomposing " + (layout.weak().size() + layout.strong().size()) + " representations and"
        + " analyzing " + layout.weak().size() * layout.strong().size() + " pairs");
    double weakTrainSize = Double.isNaN(o.weakTrainSize) ? stats.weight() : o.weakTrainSize;
    RepresentationAnalysis analysis;
    try {
      analysis = RepresentationAnalysis.of(stats, columns(layout.weak()), columns(layout.strong()),
          layout.hasLabels() ? layout.labelColumns() : null, o.settings, weakTrainSize);
    } catch (RepresentationAnalysis.RepresentationException e) {
      Representation rep = (e.isWeak() ? layout.weak() : layout.strong()).get(e.index());
      throw new BadInputException("The " + (e.isWeak() ? "weak" : "strong") + " representation '" + rep.spec()
          + "': " + e.getMessage());
    }
    noteClamped(analysis.weakSpaces(), layout.weak(), "weak", err);
    noteClamped(analysis.strongSpaces(), layout.strong(), "strong", err);
    double[] spreads = stats.spreads();
    noteScales(analysis.weakSpaces(), layout.weak(), "weak", spreads, err);
    noteScales(analysis.strongSpaces(), layout.strong(), "strong", spreads, err);
    List<W2SGReport.Pair> pairs = new ArrayList<>();
    for (int w = 0; w < layout.weak().size(); w++) {
      for (int s = 0; s < layout.strong().size(); s++) {
        pairs.add(new W2SGReport.Pair(layout.weak().get(w), layout.strong().get(s), w, s, analysis.pair(w, s)));
      }
    }
    pairs.sort(W2SGReport.ranking(o.rankBy));

    List<W2SGReport.Contribution> top = new ArrayList<>();
    if (o.top > 0) {
      top = topContributions(o, layout, pairs.get(0), counts, progress);
    }
    return new W2SGReport(o.input, stats.count(), weighted[0] ? stats.weight() : Double.NaN,
        counts.skipped, o.skipMissing, analysis.geometry().path(), linearAlgebra.description(), o.settings,
        weakTrainSize, labelDescription(structure), pairs, top);
  }

  static List<int[]> columns(List<Representation> reps) {
    List<int[]> columns = new ArrayList<>();
    for (Representation rep : reps) {
      columns.add(rep.columns());
    }
    return columns;
  }

  private static void noteClamped(List<PrincipalSpace> spaces, List<Representation> reps, String role,
      PrintStream err) {
    for (int i = 0; i < spaces.size(); i++) {
      PrincipalSpace space = spaces.get(i);
      if (space.clamped()) {
        err.println(NAME + ": note: k = " + space.requestedK() + " exceeds the rank " + space.rank() + " of the "
            + role + " representation '" + reps.get(i).spec() + "'; using k = " + space.k() + ".");
      }
    }
  }

  /** Columns whose ranges differ by more than this factor make the smaller ones numerically invisible. */
  static final double SCALE_RATIO_NOTE = 1e4;

  /**
   * A note where a representation's rank falls short of its varying columns because their scales
   * differ by orders of magnitude: the rank then follows the widest columns alone, which is right
   * for meaningful units and an accident of arbitrary ones.
   */
  private static void noteScales(List<PrincipalSpace> spaces, List<Representation> reps, String role,
      double[] spreads, PrintStream err) {
    for (int i = 0; i < spaces.size(); i++) {
      double widest = 0;
      double narrowest = Double.POSITIVE_INFINITY;
      int varying = 0;
      for (int c : reps.get(i).columns()) {
        if (spreads[c] > 0) {
          varying++;
          widest = Math.max(widest, spreads[c]);
          narrowest = Math.min(narrowest, spreads[c]);
        }
      }
      double ratio = widest / narrowest;
      if (spaces.get(i).rank() < varying && ratio >= SCALE_RATIO_NOTE) {
        err.println(NAME + ": note: the " + role + " representation '" + reps.get(i).spec() + "' has rank "
            + spaces.get(i).rank() + " for " + varying + " varying columns, whose ranges differ by a factor of "
            + String.format(java.util.Locale.ROOT, "%.1e", ratio) + "; the rank and k follow the widest columns."
            + " If the attributes' scales are arbitrary, standardize them first"
            + " (weka.filters.unsupervised.attribute.Standardize).");
      }
    }
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
    InstanceStream source = open(o);
    Instances structure = source.structure();
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
  private static Counts pass(InstanceStream source, Instances structure, RepresentationLayout layout, Options o,
      Progress progress, String phase, RowSink sink) throws BadInputException {
    Counts counts = new Counts();
    double[] row = new double[layout.dimension()];
    Instance instance;
    try {
      while ((instance = source.next()) != null) {
        counts.read++;
        if (!layout.fill(instance, row, counts.read, true)) {
          if (!o.skipMissing) {
            throw new BadInputException(missingMessage(instance, layout, structure.classIndex(), counts.read,
                "Weka reads '?' and NaN as missing"));
          }
          counts.skipped++;
        } else {
          counts.used++;
          sink.accept(instance, row, counts.read);
        }
        progress.row(counts.read, phase);
      }
    } finally {
      source.close();
    }
    return counts;
  }

  /**
   * The message for a missing value: the first selected attribute (weak ranges, strong ranges, the
   * class) that is missing in the instance.
   *
   * @param missingValues what the reader takes for missing, for the message
   */
  static String missingMessage(Instance instance, RepresentationLayout layout, int classIndex,
      long rowNumber, String missingValues) {
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
        name = instance.dataset() != null ? instance.attribute(a).name() : Integer.toString(a + 1);
        break;
      }
    }
    return "Attribute '" + name + "' is missing in row " + rowNumber + " (" + missingValues + ")."
        + " Replace missing values (e.g. with weka.filters.unsupervised.attribute.ReplaceMissingValues)"
        + " or add -skip-missing to leave such instances out.";
  }

  /** The stream of -i's file, or of {@code o.data} when set. */
  private static InstanceStream open(Options o) throws BadInputException {
    return o.data != null ? InstanceStream.of(o.data, o.input) : InstanceStream.open(o.input, "-i");
  }

  /** -c: Weka's first/last/1-based syntax; -1 without -c. */
  private static int classIndex(Instances structure, String spec) throws BadInputException {
    return spec == null ? -1 : DataFiles.classIndex(structure, spec, "-c");
  }

  /** The header line on labels. */
  static String labelDescription(Instances structure) {
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
    /** Whole numbers up to here are exact in a double. */
    static final double MAX_TRAIN_SIZE = 1e15;
    static final String MAX_TRAIN_SIZE_TEXT = "1e15";

    String input;
    /** Data already in memory (the Explorer's, a flow's); null reads the file of -i. */
    Instances data;
    List<String> weak = new ArrayList<>();
    List<String> strong = new ArrayList<>();
    String classIndex;
    PrincipalSettings settings = PrincipalSettings.defaults();
    double weakTrainSize = Double.NaN;
    boolean json;
    boolean skipMissing;
    int top;
    String rankBy = "score";
    /** -linalg; null: the system property's choice. */
    LinearAlgebra.Choice linearAlgebra;

    static Options parse(String[] args) throws Exception {
      Options o = new Options();
      o.input = Utils.getOption('i', args);
      o.weak = OptionValues.repeated("weak", args);
      o.strong = OptionValues.repeated("strong", args);
      String classIndex = Utils.getOption('c', args);
      o.settings = OptionValues.principalSettings(args);
      String weakTrainSize = Utils.getOption("weak-train-size", args);
      o.json = Utils.getFlag("json", args);
      o.skipMissing = Utils.getFlag("skip-missing", args);
      String top = Utils.getOption("top", args);
      String linalg = Utils.getOption("linalg", args);
      if (!linalg.isEmpty()) {
        try {
          o.linearAlgebra = LinearAlgebra.Choice.parse(linalg, "-linalg");
        } catch (IllegalArgumentException e) {
          throw new UsageException(e.getMessage());
        }
      }
      String rankBy = Utils.getOption("rank-by", args);
      if (!rankBy.isEmpty()) {
        o.rankBy = rankBy;
      }
      OptionValues.noneLeft(args);

      if (o.input.isEmpty()) {
        throw new UsageException("Give the data file with -i <file>.");
      }
      if (o.weak.isEmpty()) {
        throw new UsageException("Give at least one weak representation with -weak <range> (such as -weak 1-24"
            + " or -weak name:weakA_.*).");
      }
      if (o.strong.isEmpty()) {
        throw new UsageException("Give at least one strong representation with -strong <range> (such as"
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
      if (!weakTrainSize.isEmpty()) {
        o.weakTrainSize = OptionValues.number("-weak-train-size", weakTrainSize);
        if (!(o.weakTrainSize >= 1 && o.weakTrainSize <= MAX_TRAIN_SIZE && o.weakTrainSize == Math.rint(
            o.weakTrainSize))) {
          throw new UsageException("-weak-train-size is a number of instances: give a whole number from 1 to "
              + MAX_TRAIN_SIZE_TEXT + ", got " + weakTrainSize + ".");
        }
      }
      if (!top.isEmpty()) {
        o.top = OptionValues.integer("-top", top);
        if (o.top < 1) {
          throw new UsageException("-top must be at least 1, got " + top + ".");
        }
        if (o.classIndex == null) {
          throw new UsageException("-top needs the labels: give the class with -c.");
        }
      }
      return o;
    }
  }
}
