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

package weka.w2s.analysis;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;

import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;
import weka.w2s.core.BackgroundFold;
import weka.w2s.core.JointStatistics;
import weka.w2s.core.LinearAlgebra;
import weka.w2s.core.PrincipalSpace;
import weka.w2s.core.RepresentationAnalysis;
import weka.w2s.data.BadInputException;
import weka.w2s.data.DataFiles;
import weka.w2s.data.InstanceStream;
import weka.w2s.data.RepresentationLayout;
import weka.w2s.data.RepresentationLayout.Representation;

/**
 * Ranks the (weak, strong) representation pairs of a data set by the principal-kernel W2SG score
 * ||P_s (I - P_w)||_op and its companions (W2SG-MATH.md sections 2-4): the one analysis every face
 * calls (W2SGAnalysis, the Explorer tab, the KnowledgeFlow step, Spark).
 *
 * <p>A file is streamed once through Weka's loader into mergeable joint statistics (a second pass
 * only for -top), so memory depends on the number of columns, not of instances. Each representation
 * is decomposed once and reused across pairs. Notes (a clamped k, skipped instances, columns whose
 * scales hide one another, progress on long inputs) go to the notes stream, prefixed by the tool.
 */
public final class Analyzer {

  /** Progress is reported every this many rows, on long inputs only. */
  public static final long PROGRESS_EVERY = 10_000;

  private final AnalysisSettings settings;
  private final String tool;
  private final PrintStream notes;

  /**
   * @param tool the name that prefixes the notes (e.g. "W2SGAnalysis")
   * @param notes where notes go (stderr on the command line, the log in the GUI)
   */
  public Analyzer(AnalysisSettings settings, String tool, PrintStream notes) {
    this.settings = settings;
    this.tool = tool;
    this.notes = notes;
  }

  /** The analysis of a data file in any format Weka reads. */
  /** Whether an instance weight can count as a frequency: finite and at least 0. */
  public static boolean usableWeight(double weight) {
    return weight >= 0 && !Double.isInfinite(weight);
  }

  /** The message for an instance whose weight is not {@link #usableWeight usable}. */
  public static String weightProblem(long rowNumber, double weight) {
    return "Instance " + rowNumber + " has the weight " + weight
        + "; instance weights must be finite and >= 0 (a weight counts the instance that many times).";
  }

  public Ranking rankFile(String file) throws BadInputException {
    return rank(() -> InstanceStream.open(file, "-i"), file);
  }

  /**
   * The analysis of data in memory (the Explorer's current data, a KnowledgeFlow data set).
   *
   * @param name the data's name in the report and in messages
   */
  public Ranking rank(Instances data, String name) throws BadInputException {
    return rank(() -> InstanceStream.of(data, name), name);
  }

  /** Opens the data, once per pass. */
  private interface Source {
    InstanceStream open() throws BadInputException;
  }

  /** Reads the data once (twice with -top), decomposes and analyzes. */
  private Ranking rank(Source data, String name) throws BadInputException {
    Progress progress = new Progress();
    LinearAlgebra linearAlgebra = settings.linearAlgebra() == null ? LinearAlgebra.preferred()
        : LinearAlgebra.of(settings.linearAlgebra());
    InstanceStream source = data.open();
    Instances structure = source.structure();
    int classIndex = classIndex(structure);
    structure.setClassIndex(classIndex);
    RepresentationLayout layout = RepresentationLayout.resolve(structure, settings.weak(), settings.strong(),
        classIndex >= 0);

    JointStatistics stats = JointStatistics.forDimension(layout.dimension(), linearAlgebra);
    boolean[] weighted = {false};
    Counts counts;
    try (BackgroundFold fold = new BackgroundFold(stats)) { // parsing overlaps folding
      counts = pass(source, structure, layout, progress, "reading", (instance, row, rowNumber) -> {
        double weight = instance.weight();
        if (!usableWeight(weight)) {
          throw new IllegalArgumentException(weightProblem(rowNumber, weight));
        }
        weighted[0] |= weight != 1;
        fold.add(row, weight);
      });
      fold.finish();
    }
    if (stats.count() < 2) {
      throw new BadInputException("The analysis needs at least two instances of positive weight, but '"
          + name + "' has " + stats.count() + skippedNote(counts) + ". Give more data.");
    }
    if (counts.skipped > 0) {
      notes.println(tool + ": skipped " + counts.skipped + " of " + counts.read
          + " instances with missing values (-skip-missing).");
    }

    progress.phase("decomposing " + (layout.weak().size() + layout.strong().size()) + " representations and"
        + " analyzing " + layout.weak().size() * layout.strong().size() + " pairs");
    Ranking ranking = rank(stats, layout, name, counts.skipped, weighted[0] ? stats.weight() : Double.NaN,
        Ranking.labelDescription(structure));
    if (settings.top() > 0) {
      ranking = ranking.withTop(topContributions(data, layout, ranking.pairs().get(0), counts, progress));
    }
    return ranking;
  }

  /**
   * The analysis of joint statistics already gathered (merged from Spark's partitions, say): one
   * decomposition per representation, every (weak, strong) pair, ranked; -top is the caller's
   * second pass ({@link Ranking#withTop}).
   *
   * @param skipped the instances left out for missing values
   * @param totalWeight the instances' total weight, or NaN when every weight is 1
   * @param labels the header's line on labels ({@link Ranking#labelDescription})
   */
  public Ranking rank(JointStatistics stats, RepresentationLayout layout, String name, long skipped,
      double totalWeight, String labels) throws BadInputException {
    try {
      layout.checkSpread(stats);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
    double weakTrainSize = settings.weakTrainSize(stats.weight());
    RepresentationAnalysis analysis;
    try {
      analysis = RepresentationAnalysis.of(stats, layout.weakColumns(), layout.strongColumns(),
          layout.hasLabels() ? layout.labelColumns() : null, settings.principal(), weakTrainSize);
    } catch (RepresentationAnalysis.RepresentationException e) {
      Representation rep = (e.isWeak() ? layout.weak() : layout.strong()).get(e.index());
      throw new BadInputException("The " + (e.isWeak() ? "weak" : "strong") + " representation '" + rep.spec()
          + "': " + e.getMessage());
    }
    noteClamped(analysis.weakSpaces(), layout.weak(), "weak");
    noteClamped(analysis.strongSpaces(), layout.strong(), "strong");
    double[] spreads = stats.spreads();
    noteScales(analysis.weakSpaces(), layout.weak(), "weak", spreads);
    noteScales(analysis.strongSpaces(), layout.strong(), "strong", spreads);
    List<Ranking.Pair> pairs = new ArrayList<>();
    for (int w = 0; w < layout.weak().size(); w++) {
      for (int s = 0; s < layout.strong().size(); s++) {
        pairs.add(new Ranking.Pair(layout.weak().get(w), layout.strong().get(s), w, s, analysis.pair(w, s)));
      }
    }
    pairs.sort(Ranking.ranking(settings.rankBy()));
    return new Ranking(name, stats.count(), totalWeight, skipped, settings.skipMissing(), analysis.geometry().path(),
        stats.linearAlgebra().description(), settings.principal(), settings.rankBy(), weakTrainSize, labels, pairs, new ArrayList<>());
  }
  private void noteClamped(List<PrincipalSpace> spaces, List<Representation> reps, String role) {
    for (int i = 0; i < spaces.size(); i++) {
      PrincipalSpace space = spaces.get(i);
      if (space.clamped()) {
        notes.println(tool + ": note: k = " + space.requestedK() + " exceeds the rank " + space.rank() + " of the "
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
  private void noteScales(List<PrincipalSpace> spaces, List<Representation> reps, String role,
      double[] spreads) {
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
        notes.println(tool + ": note: the " + role + " representation '" + reps.get(i).spec() + "' has rank "
            + spaces.get(i).rank() + " for " + varying + " varying columns, whose ranges differ by a factor of "
            + String.format(Locale.ROOT, "%.1e", ratio) + "; the rank and k follow the widest columns."
            + " If the attributes' scales are arbitrary, standardize them first"
            + " (weka.filters.unsupervised.attribute.Standardize).");
      }
    }
  }

  /** The second pass of -top: the largest per-instance contributions of the best-ranked pair. */
  private List<Ranking.Contribution> topContributions(Source data, RepresentationLayout layout, Ranking.Pair best,
      Counts first, Progress progress) throws BadInputException {
    int m = settings.top();
    progress.phase("second pass for the " + m + " largest contributions");
    // the heap's head is the smallest kept entry: smaller magnitude, then later row
    Comparator<Ranking.Contribution> order = Comparator
        .comparingDouble((Ranking.Contribution c) -> c.magnitude)
        .thenComparing(Comparator.comparingLong((Ranking.Contribution c) -> c.row).reversed());
    PriorityQueue<Ranking.Contribution> heap = new PriorityQueue<>(order);
    InstanceStream source = data.open();
    Instances structure = source.structure();
    int classIndex = classIndex(structure);
    structure.setClassIndex(classIndex);
    Counts second = pass(source, structure, layout, progress, "second pass", (instance, row, rowNumber) -> {
      double[] values = best.analysis.contribution(layout.extract(row, best.strong));
      double sum = 0;
      for (double v : values) {
        sum += v * v;
      }
      String label = instance.classAttribute().isNominal() ? instance.stringValue(classIndex)
          : Utils.doubleToString(instance.classValue(), 6);
      heap.add(new Ranking.Contribution(rowNumber, label, values, Math.sqrt(sum)));
      if (heap.size() > m) {
        heap.poll();
      }
    });
    if (second.read != first.read || second.used != first.used) {
      throw new BadInputException("'" + source.name() + "' changed between the two passes of -top (" + first.read
          + " then " + second.read + " rows); run again on a file that is not being written.");
    }
    List<Ranking.Contribution> top = new ArrayList<>(heap);
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
  private Counts pass(InstanceStream source, Instances structure, RepresentationLayout layout, Progress progress,
      String phase, RowSink sink) throws BadInputException {
    Counts counts = new Counts();
    double[] row = new double[layout.dimension()];
    Instance instance;
    try {
      while ((instance = source.next()) != null) {
        counts.read++;
        if (!layout.fill(instance, row, counts.read, true)) {
          if (!settings.skipMissing()) {
            throw new BadInputException(layout.missingMessage(instance, structure.classIndex(), counts.read,
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

  /** -c: Weka's first/last/1-based syntax; -1 without a class. */
  private int classIndex(Instances structure) throws BadInputException {
    return settings.classSpec() == null ? -1 : DataFiles.classIndex(structure, settings.classSpec(), "-c");
  }

  private static String skippedNote(Counts counts) {
    return counts.skipped > 0 ? " (" + counts.skipped + " of " + counts.read + " skipped for missing values)" : "";
  }

  /** Progress on the notes for long inputs only: every PROGRESS_EVERY rows, then each phase. */
  private final class Progress {
    private boolean longInput;

    void row(long rows, String phase) {
      if (rows % PROGRESS_EVERY == 0) {
        longInput = true;
        notes.println(String.format(Locale.ROOT, "%s: %s: %,d rows", tool, phase, rows));
      }
    }

    void phase(String message) {
      if (longInput) {
        notes.println(tool + ": " + message);
      }
    }
  }

}
