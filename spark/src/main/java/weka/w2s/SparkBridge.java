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
import java.util.ArrayList;
import java.util.List;

import weka.core.Instance;
import weka.core.Instances;
import weka.w2s.data.BadInputException;
import weka.w2s.options.UsageException;
import weka.w2s.data.RepresentationLayout;
import weka.w2s.data.RepresentationLayout.Representation;
import weka.w2s.core.JointStatistics;
import weka.w2s.core.PairAnalysis;
import weka.w2s.core.PrincipalSettings;
import weka.w2s.core.PrincipalSpace;
import weka.w2s.core.RepresentationAnalysis;
import weka.w2s.core.SampleGeometry;
import weka.w2s.data.DataFiles;

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
    private final boolean help;

    private Settings(W2SGAnalysis.Options o, boolean help) {
      this.o = o;
      this.help = help;
    }

    public boolean help() {
      return help;
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
      return o.settings;
    }

    /** m_w: -weak-train-size, or n. */
    public double weakTrainSize(long n) {
      return Double.isNaN(o.weakTrainSize) ? n : o.weakTrainSize;
    }
  }

  /** Parses W2SGAnalysis's options (the Spark-only ones must already be taken out). */
  public static Settings parse(String[] argv) throws UsageException {
    String[] args = argv.clone(); // Weka's Utils blanks the options it consumes
    W2SGAnalysis.Options o;
    try {
      if (weka.core.Utils.getFlag('h', args) || weka.core.Utils.getFlag("help", args)) {
        return new Settings(null, true);
      }
      o = W2SGAnalysis.Options.parse(args);
    } catch (UsageException e) {
      throw e;
    } catch (Exception e) { // a value out of its range (PrincipalSettings.of), an option without its value
      throw new UsageException(DataFiles.describe(e));
    }
    if (o.linearAlgebra != null) {
      throw new UsageException("-linalg is not available on Spark: the executors fold with Java (EJML).");
    }
    return new Settings(o, false);
  }

  /** The option lines of W2SGAnalysis's usage from -weak on (-i is the Spark tool's own). */
  public static String optionLines() {
    String usage = W2SGAnalysis.usageText().replaceAll("(?m)^  -linalg .*\n(^   {20,}.*\n)*", "");
    int from = usage.indexOf("  -weak ");
    int to = usage.indexOf("\nExit codes:");
    return from >= 0 && to > from ? usage.substring(from, to) : usage; // the whole text if it changed shape
  }

  /** The analysed pairs, ranked, with what the report needs. */
  public static final class Analysis {
    private final List<W2SGReport.Pair> pairs;
    private final SampleGeometry.Path path;
    private final String linearAlgebra;
    private final PrincipalSettings settings;
    private final double weakTrainSize;

    private Analysis(List<W2SGReport.Pair> pairs, SampleGeometry.Path path, String linearAlgebra,
        PrincipalSettings settings, double weakTrainSize) {
      this.pairs = pairs;
      this.path = path;
      this.linearAlgebra = linearAlgebra;
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
    double weakTrainSize = s.weakTrainSize(stats.count());
    List<Representation> weak = relabel(layout.weak(), weakSpecs);
    List<Representation> strong = relabel(layout.strong(), strongSpecs);
    RepresentationAnalysis analysis;
    try {
      analysis = RepresentationAnalysis.of(stats, columns(weak), columns(strong),
          layout.hasLabels() ? layout.labelColumns() : null, s.o.settings, weakTrainSize);
    } catch (RepresentationAnalysis.RepresentationException e) {
      Representation rep = (e.isWeak() ? weak : strong).get(e.index());
      throw new BadInputException("The " + (e.isWeak() ? "weak" : "strong") + " representation '" + rep.spec()
          + "': " + e.getMessage());
    }
    noteClamped(analysis.weakSpaces(), weak, "weak", tool, err);
    noteClamped(analysis.strongSpaces(), strong, "strong", tool, err);
    List<W2SGReport.Pair> pairs = new ArrayList<>();
    for (int w = 0; w < weak.size(); w++) {
      for (int t = 0; t < strong.size(); t++) {
        pairs.add(new W2SGReport.Pair(weak.get(w), strong.get(t), w, t, analysis.pair(w, t)));
      }
    }
    pairs.sort(W2SGReport.ranking(s.o.rankBy));
    return new Analysis(pairs, analysis.geometry().path(), stats.linearAlgebra().description(), s.o.settings,
        weakTrainSize);
  }

  private static List<int[]> columns(List<Representation> reps) {
    List<int[]> out = new ArrayList<>();
    for (Representation r : reps) {
      out.add(r.columns());
    }
    return out;
  }

  private static void noteClamped(List<PrincipalSpace> spaces, List<Representation> reps, String role, String tool,
      PrintStream err) {
    for (int i = 0; i < spaces.size(); i++) {
      PrincipalSpace space = spaces.get(i);
      if (space.clamped()) {
        err.println(tool + ": note: k = " + space.requestedK() + " exceeds the rank " + space.rank() + " of the "
            + role + " representation '" + reps.get(i).spec() + "'; using k = " + space.k() + ".");
      }
    }
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
    W2SGReport report = new W2SGReport(file, n, Double.NaN, skipped, s.o.skipMissing, a.path, a.linearAlgebra,
        a.settings, a.weakTrainSize, labels, a.pairs, contributions);
    return s.o.json ? report.json() : report.table();
  }

  /** The header line on labels, as W2SGAnalysis writes it. */
  public static String labelDescription(Instances header) {
    return W2SGAnalysis.labelDescription(header);
  }

  /** W2SGAnalysis's message for a missing value, naming what Spark takes for missing. */
  public static String missingMessage(Instance instance, RepresentationLayout layout, int classIndex,
      long rowNumber, String missingValues) {
    return W2SGAnalysis.missingMessage(instance, layout, classIndex, rowNumber, missingValues);
  }

  private static List<Representation> relabel(List<Representation> reps, List<String> specs) {
    List<Representation> out = new ArrayList<>();
    for (int i = 0; i < reps.size(); i++) {
      Representation r = reps.get(i);
      out.add(new Representation(specs.get(i), r.attributes(), r.columns()));
    }
    return out;
  }
}
