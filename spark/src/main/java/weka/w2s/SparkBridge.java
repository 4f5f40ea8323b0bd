package weka.w2s;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;
import weka.w2s.CommandLine.BadInputException;
import weka.w2s.CommandLine.UsageException;
import weka.w2s.RepresentationLayout.Representation;
import weka.w2s.core.JointStatistics;
import weka.w2s.core.PairAnalysis;
import weka.w2s.core.PrincipalSettings;
import weka.w2s.core.PrincipalSpace;
import weka.w2s.core.SampleGeometry;
import weka.w2s.core.Shrinkage;
import weka.w2s.core.W2SGAnalyzer;

/**
 * The Spark module's one adapter into the weakToStrong core: W2SGAnalysis's option parser, the
 * analysis of merged statistics and W2SGReport's table and JSON. It sits in package weka.w2s because
 * those are package-private there; every other class of the module goes through it, so a change of
 * the core's entry points changes this file only.
 */
public final class SparkBridge {

  private SparkBridge() {
  }

  /** W2SGAnalysis's options, parsed and validated by W2SGAnalysis itself. */
  public static final class Settings {
    private final W2SGAnalysis.Options o;

    private Settings(W2SGAnalysis.Options o) {
      this.o = o;
    }

    public boolean help() {
      return o.help;
    }

    public String input() {
      return o.input;
    }

    public List<String> weak() {
      return o.weak;
    }

    public List<String> strong() {
      return o.strong;
    }

    /** The -c value (first, last or a 1-based number), or null. */
    public String classIndex() {
      return o.classIndex;
    }

    public boolean skipMissing() {
      return o.skipMissing;
    }

    public boolean json() {
      return o.json;
    }

    /** -top's m, 0 without it. */
    public int top() {
      return o.top;
    }

    public PrincipalSettings principalSettings() {
      return new PrincipalSettings(o.rule, o.ridge, o.hard ? Shrinkage.HARD : Shrinkage.SOFT,
          PrincipalSettings.DEFAULT_RANK_TOLERANCE);
    }

    /** m_w: -weak-train-size, or n. */
    public double weakTrainSize(long n) {
      return Double.isNaN(o.weakTrainSize) ? n : o.weakTrainSize;
    }
  }

  /** Parses W2SGAnalysis's options (the Spark-only ones must already be taken out). */
  public static Settings parse(String[] args) throws UsageException {
    return new Settings(W2SGAnalysis.Options.parse(args));
  }

  /** The option lines of W2SGAnalysis's usage from -weak on (-i is the Spark tool's own). */
  public static String optionLines() {
    String usage = W2SGAnalysis.usage();
    int from = usage.indexOf("  -weak ");
    int to = usage.indexOf("\nExit codes:");
    return from >= 0 && to > from ? usage.substring(from, to) : usage; // the whole text if it changed shape
  }

  /** The analysed pairs, ranked, with what the report needs. */
  public static final class Analysis {
    private final List<W2SGReport.Pair> pairs;
    private final SampleGeometry.Path path;
    private final PrincipalSettings settings;
    private final double weakTrainSize;

    private Analysis(List<W2SGReport.Pair> pairs, SampleGeometry.Path path, PrincipalSettings settings,
        double weakTrainSize) {
      this.pairs = pairs;
      this.path = path;
      this.settings = settings;
      this.weakTrainSize = weakTrainSize;
    }

    /** The best-ranked pair's analysis (for -top's second pass). */
    public PairAnalysis best() {
      return pairs.get(0).analysis;
    }

    /** The best pair's strong representation, as joint-row columns. */
    public Representation bestStrong() {
      return pairs.get(0).strong;
    }
  }

  /**
   * W2SGAnalysis's analysis of merged statistics: one decomposition per representation, every
   * (weak, strong) pair, ranked by -rank-by.
   *
   * @param weakSpecs   the selections as the user wrote them (the layout may hold translated ones)
   * @param strongSpecs likewise
   */
  public static Analysis analyze(JointStatistics stats, RepresentationLayout layout, List<String> weakSpecs,
      List<String> strongSpecs, Settings s, String tool, PrintStream err) throws BadInputException {
    try {
      layout.checkSpread(stats);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
    PrincipalSettings settings = s.principalSettings();
    SampleGeometry geometry = SampleGeometry.of(stats, settings, SampleGeometry.Path.AUTO);
    double weakTrainSize = s.weakTrainSize(stats.count());
    W2SGAnalyzer analyzer = new W2SGAnalyzer(geometry, weakTrainSize);
    List<Representation> weak = relabel(layout.weak(), weakSpecs);
    List<Representation> strong = relabel(layout.strong(), strongSpecs);
    List<PrincipalSpace> weakSpaces = decompose(analyzer, weak, true, tool, err);
    List<PrincipalSpace> strongSpaces = decompose(analyzer, strong, false, tool, err);
    int[] labels = layout.hasLabels() ? layout.labelColumns() : null;
    List<W2SGReport.Pair> pairs = new ArrayList<>();
    for (int w = 0; w < weakSpaces.size(); w++) {
      for (int t = 0; t < strongSpaces.size(); t++) {
        PairAnalysis analysis = analyzer.analyze(weakSpaces.get(w), strongSpaces.get(t), labels);
        pairs.add(new W2SGReport.Pair(weak.get(w), strong.get(t), w, t, analysis));
      }
    }
    pairs.sort(W2SGReport.ranking(s.o.rankBy));
    return new Analysis(pairs, geometry.path(), settings, weakTrainSize);
  }

  /** One entry of -top: the 1-based row, its class as text, P_s (I - P_w) y there and its norm. */
  public static final class TopEntry implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    public final long row;
    public final String label;
    public final double[] values;
    public final double magnitude;

    public TopEntry(long row, String label, double[] values, double magnitude) {
      this.row = row;
      this.label = label;
      this.values = values;
      this.magnitude = magnitude;
    }
  }

  /** W2SGReport's table or JSON lines. */
  public static String report(Analysis a, Settings s, String file, long n, long skipped, String labels,
      List<TopEntry> top) {
    List<W2SGReport.Contribution> contributions = new ArrayList<>();
    for (TopEntry t : top) {
      contributions.add(new W2SGReport.Contribution(t.row, t.label, t.values, t.magnitude));
    }
    // Spark rows carry no instance weights: every row counts once (NaN: unweighted)
    W2SGReport report = new W2SGReport(file, n, Double.NaN, skipped, s.o.skipMissing, a.path, a.settings,
        a.weakTrainSize, labels, a.pairs, contributions);
    return s.o.json ? report.json() : report.table();
  }

  /** The header line on labels, as W2SGAnalysis writes it. */
  public static String labelDescription(Instances header) {
    if (header.classIndex() < 0) {
      return "none (label-free quantities only; give -c for pred_gap and the error estimates)";
    }
    Attribute cls = header.classAttribute();
    if (cls.isNumeric()) {
      return "numeric class '" + cls.name() + "'";
    }
    if (cls.numValues() == 2) {
      return "class '" + cls.name() + "', encoded -1 = " + cls.value(0) + ", +1 = " + cls.value(1);
    }
    return "class '" + cls.name() + "', one indicator column per value (" + cls.numValues()
        + "), quantities summed over them";
  }

  /**
   * W2SGAnalysis's message for a missing value: the first selected attribute (weak ranges, strong
   * ranges, the class) that is missing in the instance.
   */
  public static String missingMessage(Instance instance, RepresentationLayout layout, int classIndex,
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

  private static List<Representation> relabel(List<Representation> reps, List<String> specs) {
    List<Representation> out = new ArrayList<>();
    for (int i = 0; i < reps.size(); i++) {
      Representation r = reps.get(i);
      out.add(new Representation(specs.get(i), r.attributes(), r.columns()));
    }
    return out;
  }

  private static List<PrincipalSpace> decompose(W2SGAnalyzer analyzer, List<Representation> reps, boolean weak,
      String tool, PrintStream err) throws BadInputException {
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
        err.println(tool + ": note: k = " + space.requestedK() + " exceeds the rank " + space.rank() + " of the "
            + role + " representation '" + rep.spec() + "'; using k = " + space.k() + ".");
      }
      spaces.add(space);
    }
    return spaces;
  }
}
