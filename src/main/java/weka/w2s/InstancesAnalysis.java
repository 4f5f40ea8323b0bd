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
import java.util.Collections;
import java.util.List;

import weka.core.Instances;
import weka.w2s.core.PairAnalysis;
import weka.w2s.data.DataFiles;

/**
 * {@link W2SGAnalysis} on data already in memory (the Explorer's current data, a KnowledgeFlow data
 * set), with the command line's options, validation, ranking and report. This is the one place the
 * GUI calls the analysis; the options are those of W2SGAnalysis without {@code -i}.
 */
public final class InstancesAnalysis {

  /** One analyzed pair, in ranking order. */
  public static final class RankedPair {
    private final String weak;
    private final String strong;
    private final PairAnalysis analysis;

    RankedPair(String weak, String strong, PairAnalysis analysis) {
      this.weak = weak;
      this.strong = strong;
      this.analysis = analysis;
    }

    /** The weak selection as given (a range or name:REGEX). */
    public String weak() {
      return weak;
    }

    public String strong() {
      return strong;
    }

    /** Scores, spectra and principal dimensions of the pair. */
    public PairAnalysis analysis() {
      return analysis;
    }
  }

  /** One of the instances with the largest |P_s (I - P_w) y| for the best pair (-top). */
  public static final class TopInstance {
    private final long row;
    private final String label;
    private final double magnitude;
    private final double[] contribution;

    TopInstance(long row, String label, double magnitude, double[] contribution) {
      this.row = row;
      this.label = label;
      this.magnitude = magnitude;
      this.contribution = contribution;
    }

    /** 1-based position of the instance in the data (skipped instances count). */
    public long row() {
      return row;
    }

    public String label() {
      return label;
    }

    public double magnitude() {
      return magnitude;
    }

    /** The entries of P_s (I - P_w) y at the instance, one per label column. */
    public double[] contribution() {
      return contribution.clone();
    }
  }

  private final String table;
  private final String json;
  private final long n;
  private final List<RankedPair> pairs;
  private final List<TopInstance> top;

  private InstancesAnalysis(W2SGReport report) {
    table = report.table();
    json = report.json();
    n = report.n();
    List<RankedPair> p = new ArrayList<>();
    for (W2SGReport.Pair pair : report.pairs()) {
      p.add(new RankedPair(pair.weak.spec(), pair.strong.spec(), pair.analysis));
    }
    pairs = Collections.unmodifiableList(p);
    List<TopInstance> t = new ArrayList<>();
    for (W2SGReport.Contribution c : report.top()) {
      t.add(new TopInstance(c.row, c.label, c.magnitude, c.values.clone()));
    }
    top = Collections.unmodifiableList(t);
  }

  /**
   * Analyzes {@code data}.
   *
   * @param name the name the report gives the data (its first line)
   * @param options W2SGAnalysis's options without -i (-json is accepted and ignored: both forms are kept)
   * @param notes receives the notes W2SGAnalysis prints on stderr (a clamped k, skipped instances)
   * @throws IllegalArgumentException with W2SGAnalysis's message when an option or the data do not fit
   */
  public static InstancesAnalysis run(Instances data, String name, List<String> options, PrintStream notes) {
    List<String> args = new ArrayList<>(List.of("-i", name));
    args.addAll(options);
    if (options.contains("-h") || options.contains("-help")) {
      throw new IllegalArgumentException("-h is not an analysis option.");
    }
    try {
      W2SGAnalysis.Options o = W2SGAnalysis.Options.parse(args.toArray(new String[0]));
      o.data = data;
      return new InstancesAnalysis(W2SGAnalysis.report(o, notes));
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (Exception e) { // a usage error, the data, or Utils: an option without its value
      throw new IllegalArgumentException(DataFiles.describe(e), e);
    }
  }

  /** The report as W2SGAnalysis prints it. */
  public String table() {
    return table;
  }

  /** The report as W2SGAnalysis -json prints it: one object per pair and line. */
  public String json() {
    return json;
  }

  /** The number of instances analyzed. */
  public long n() {
    return n;
  }

  /** Best first. */
  public List<RankedPair> pairs() {
    return pairs;
  }

  /** Largest first; empty unless -top was given. */
  public List<TopInstance> top() {
    return top;
  }
}
