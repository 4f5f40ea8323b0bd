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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.w2s.core.PairAnalysis;
import weka.w2s.core.PrincipalSettings;
import weka.w2s.core.PrincipalSpace;
import weka.w2s.core.SampleGeometry;
import weka.w2s.data.RepresentationLayout.Representation;
import weka.w2s.format.Json;
import weka.w2s.core.Saturation;
import weka.w2s.format.TextTable;
import weka.w2s.format.W2SGDigits;

/**
 * The result of an analysis, the one type every face reads: the (weak, strong) pairs, best first,
 * the instances with the largest contributions (-top), and the facts of the header (the data, n,
 * the path, the settings); written as W2SGAnalysis's table or its JSON lines, or as Weka Instances
 * for a KnowledgeFlow or the Explorer.
 */
public final class Ranking implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  /** How many of each spectrum's leading eigenvalues are shown. */
  static final int LEADING_EIGENVALUES = 5;

  /**
   * Best first: ascending score; scores equal to 9 decimals (the operator norm saturates near 1) are
   * tied and ordered by the normalized Frobenius variant, then by the order of the options.
   */
  static final Comparator<Pair> RANKING = Comparator
      .comparingLong((Pair p) -> Math.round(p.analysis.score() * 1e9))
      .thenComparingDouble(p -> p.analysis.frobeniusNormalized())
      .thenComparingInt(p -> p.weakIndex)
      .thenComparingInt(p -> p.strongIndex);

  /** Best first by the chosen quantity ({@link Quantity#oriented}), then by the score's ranking. */
  static Comparator<Pair> ranking(Quantity by) {
    return by == Quantity.SCORE ? RANKING
        : Comparator.comparingDouble((Pair p) -> by.oriented(by.value(p.analysis))).thenComparing(RANKING);
  }

  /** One analyzed (weak, strong) pair. */
  public static final class Pair implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    final Representation weak;
    final Representation strong;
    final int weakIndex;
    final int strongIndex;
    final PairAnalysis analysis;

    Pair(Representation weak, Representation strong, int weakIndex, int strongIndex, PairAnalysis analysis) {
      this.weak = weak;
      this.strong = strong;
      this.weakIndex = weakIndex;
      this.strongIndex = strongIndex;
      this.analysis = analysis;
    }

    /** The weak selection as given (a range or name:REGEX). */
    public String weak() {
      return weak.spec();
    }

    public String strong() {
      return strong.spec();
    }

    /** Scores, spectra and principal dimensions of the pair. */
    public PairAnalysis analysis() {
      return analysis;
    }

    /** The joint-row columns of the strong representation (a second pass reads them, as -top does). */
    public int[] strongColumns() {
      return strong.columns();
    }
  }

  /** One instance's entries of P_s (I - P_w) y (one per label column) and their Euclidean norm. */
  public static final class Contribution implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    final long row;
    final String label;
    final double[] values;
    final double magnitude;

    public Contribution(long row, String label, double[] values, double magnitude) {
      this.row = row;
      this.label = label;
      this.values = values.clone();
      this.magnitude = magnitude;
    }

    /** 1-based position of the instance in the data (skipped instances count). */
    public long row() {
      return row;
    }

    /** The instance's class, as text. */
    public String label() {
      return label;
    }

    public double magnitude() {
      return magnitude;
    }

    /** The entries of P_s (I - P_w) y at the instance, one per label column. */
    public double[] values() {
      return values.clone();
    }
  }

  /** The data's name: its file, or the relation of data in memory. */
  private final String file;
  private final long n;
  /** The sample size of the analysis: the instances' total weight; NaN when every weight is 1. */
  private final double totalWeight;
  private final long skipped;
  private final boolean skipMissing;
  private final SampleGeometry.Path path;
  private final String linearAlgebra;
  private final PrincipalSettings settings;
  private final Quantity rankBy;
  private final double weakTrainSize;
  private final String labels;
  private final List<Pair> pairs;
  private final List<Contribution> top;

  Ranking(String file, long n, double totalWeight, long skipped, boolean skipMissing, SampleGeometry.Path path,
      String linearAlgebra, PrincipalSettings settings, Quantity rankBy, double weakTrainSize, String labels,
      List<Pair> pairs, List<Contribution> top) {
    this.file = file;
    this.n = n;
    this.totalWeight = totalWeight;
    this.skipped = skipped;
    this.skipMissing = skipMissing;
    this.path = path;
    this.linearAlgebra = linearAlgebra;
    this.settings = settings;
    this.rankBy = rankBy;
    this.weakTrainSize = weakTrainSize;
    this.labels = labels;
    this.pairs = pairs;
    this.top = top;
  }

  private boolean weighted() {
    return !Double.isNaN(totalWeight);
  }

  /** The pairs, best first. */
  public List<Pair> pairs() {
    return pairs;
  }

  /** Whether the pairs' scores have all reached their bound ({@link Saturation#scoresAtBound}). */
  public boolean scoreSaturated() {
    return Saturation.scoresAtBound(pairs.stream().mapToDouble(p -> p.analysis.score()).toArray());
  }

  /** The quantity the pairs are ranked by. */
  public Quantity rankBy() {
    return rankBy;
  }

  /** The largest contributions of the best pair (-top), largest first; empty without -top. */
  public List<Contribution> top() {
    return top;
  }

  /** This ranking with the contributions of a second pass (Spark's -top, computed where the rows are). */
  public Ranking withTop(List<Contribution> contributions) {
    return new Ranking(file, n, totalWeight, skipped, skipMissing, path, linearAlgebra, settings, rankBy,
        weakTrainSize, labels, pairs, new ArrayList<>(contributions));
  }

  /** The number of instances analyzed. */
  public long n() {
    return n;
  }

  /** The name of the data, as the report's first line gives it. */
  public String dataName() {
    return file;
  }

  /** A pair's name in charts and lists: the weak selection, with the strong one when there are several. */
  public String label(Pair pair) {
    for (Pair p : pairs) {
      if (!p.strong().equals(pair.strong())) {
        return pair.weak() + " -> " + pair.strong();
      }
    }
    return pair.weak();
  }

  /** Whether the pairs carry the label-dependent quantities (the class was given). */
  public boolean hasLabels() {
    return pairs.get(0).analysis.hasLabels();
  }

  /** The report as W2SGAnalysis prints it. */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append("W2SG analysis of ").append(file).append('\n');
    out.append("instances: n = ").append(n);
    if (weighted()) {
      out.append(" weighted, total weight ").append(plain(totalWeight)).append(" (the sample size)");
    }
    if (skipMissing) {
      out.append(" (").append(skipped).append(" skipped for missing values)");
    }
    out.append("; path: ").append(pathName()).append("; linear algebra: ").append(linearAlgebra).append('\n');
    out.append("k rule: ").append(settings.rule()).append("; ridge beta = ").append(plain(settings.ridge()))
        .append("; ").append(settings.shrinkage().name().toLowerCase(Locale.ROOT)).append(" shrinkage")
        .append("; weak training size m_w = ").append(plain(weakTrainSize)).append('\n');
    out.append("labels: ").append(labels).append("\n\n");

    out.append("Pairs, best first by ").append(rankBy.rankName()).append(" (").append(rankBy.ordering())
        .append("):\n");
    List<Quantity> columns = Quantity.present(hasLabels());
    List<String> header = new ArrayList<>(List.of("#", "weak", "strong"));
    for (Quantity q : columns) {
      header.add(q.key());
    }
    TextTable pairTable = new TextTable(header, 1, 2);
    int position = 1;
    for (Pair p : pairs) {
      List<String> row = new ArrayList<>(List.of(Integer.toString(position++), p.weak.spec(), p.strong.spec()));
      for (Quantity q : columns) {
        row.add(cell(q, p.analysis));
      }
      pairTable.add(row);
    }
    out.append(pairTable);
    if (scoreSaturated()) {
      out.append("score: saturated (every pair within ").append(Saturation.SCORE_MARGIN).append(" of its bound 1):")
          .append(" each weak representation misses some strong direction almost\n  entirely, and the last digits")
          .append(" follow how much the strong kernel weights that direction, not the labels; ")
          .append(rankBy == Quantity.SCORE ? "rank by " + Quantity.defaultRanking(hasLabels()).rankName() + " instead"
              : "the ranking uses " + rankBy.rankName()).append(".\n");
    }

    out.append("\nRepresentations (gamma with m = m_w for weak, n for strong; leading eigenvalues of the"
        + " covariance):\n");
    TextTable repTable = new TextTable(List.of("role", "representation", "columns", "rank", "k", "var_in_k",
        "gamma", "leading eigenvalues"), 0, 1, 7);
    for (Pair p : distinct(true)) {
      addRepresentation(repTable, "weak", p.weak, p.analysis.weak());
    }
    for (Pair p : distinct(false)) {
      addRepresentation(repTable, "strong", p.strong, p.analysis.strong());
    }
    out.append(repTable);

    if (!top.isEmpty()) {
      Pair best = pairs.get(0);
      out.append("\nInstances with the largest |P_s (I - P_w) y| for the best pair (").append(best.weak.spec())
          .append(" -> ").append(best.strong.spec()).append("):\n");
      TextTable topTable = new TextTable(List.of("#", "row", "class", "|contribution|", "contribution"), 2);
      int i = 1;
      for (Contribution c : top) {
        topTable.add(List.of(Integer.toString(i++), Long.toString(c.row), c.label, sig(c.magnitude),
            joined(c.values)));
      }
      out.append(topTable);
    }
    return out.toString();
  }

  /** The report as W2SGAnalysis -json prints it: one object per pair and line. */
  public String json() {
    StringBuilder out = new StringBuilder();
    boolean scoreSaturated = scoreSaturated();
    int position = 1;
    for (Pair p : pairs) {
      PairAnalysis a = p.analysis;
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("weak", p.weak.spec());
      o.put("strong", p.strong.spec());
      o.put("n", n);
      if (weighted()) {
        o.put("total_weight", totalWeight);
      }
      for (Quantity q : JSON_ORDER) {
        if (a.hasLabels() || !q.needsLabels()) {
          o.put(q.jsonKey(), q.isInteger() ? (Object) (int) q.value(a) : (Object) q.value(a));
        }
      }
      o.put("position", position);
      o.put("ranked_by", rankBy.rankName());
      o.put("score_saturated", scoreSaturated);
      o.put("path", pathName());
      o.put("linear_algebra", linearAlgebra);
      o.put("m_weak", weakTrainSize);
      o.put("rank_weak", a.weak().rank());
      o.put("rank_strong", a.strong().rank());
      o.put("k_weak_clamped", a.weak().clamped());
      o.put("k_strong_clamped", a.strong().clamped());
      o.put("eigenvalues_weak", leading(a.weak()));
      o.put("eigenvalues_strong", leading(a.strong()));
      if (skipMissing) {
        o.put("skipped_missing", skipped);
      }
      if (position == 1 && !top.isEmpty()) {
        List<Object> entries = new ArrayList<>();
        for (Contribution c : top) {
          Map<String, Object> entry = new LinkedHashMap<>();
          entry.put("row", c.row);
          entry.put("class", c.label);
          entry.put("magnitude", c.magnitude);
          entry.put("contribution", c.values);
          entries.add(entry);
        }
        o.put("top_contributions", entries);
      }
      out.append(Json.write(o)).append('\n');
      position++;
    }
    return out.toString();
  }

  /** The quantities of the JSON lines, in their order (the leading eigenvalues are in lists of their own). */
  private static final List<Quantity> JSON_ORDER = List.of(Quantity.K_W, Quantity.K_S, Quantity.GAMMA_W,
      Quantity.GAMMA_S, Quantity.SCORE, Quantity.FROBENIUS, Quantity.FROB_NORM, Quantity.EXP_GAP, Quantity.CKA,
      Quantity.PRED_GAP, Quantity.WEAK_RES, Quantity.CEIL_RES, Quantity.WEAK_CV, Quantity.MISFIT, Quantity.PRED_ERR);

  /** A quantity as the table shows it: the score and its normalized variant with the digits that tell pairs apart. */
  private static String cell(Quantity q, PairAnalysis a) {
    switch (q) {
      case SCORE:
      case FROB_NORM:
        return W2SGDigits.significant(q.value(a));
      case K_W:
        return k(a.weak());
      case K_S:
        return k(a.strong());
      default:
        return sig(q.value(a));
    }
  }

  private String pathName() {
    return path.name().toLowerCase(Locale.ROOT);
  }

  /** One pair per weak (or strong) representation, in the order of the options. */
  private List<Pair> distinct(boolean weak) {
    List<Pair> byIndex = new ArrayList<>();
    for (Pair p : pairs) {
      int index = weak ? p.weakIndex : p.strongIndex;
      while (byIndex.size() <= index) {
        byIndex.add(null);
      }
      byIndex.set(index, p);
    }
    return byIndex;
  }

  private static void addRepresentation(TextTable table, String role, Representation rep, PrincipalSpace space) {
    StringBuilder eig = new StringBuilder();
    for (double v : leading(space)) {
      eig.append(eig.length() > 0 ? " " : "").append(sig(v));
    }
    if (space.rank() > LEADING_EIGENVALUES) {
      eig.append(" ...");
    }
    table.add(List.of(role, rep.spec(), Integer.toString(rep.size()), Integer.toString(space.rank()), k(space),
        fixed(space.principalVarianceFraction()), sig(space.gamma()), eig.toString()));
  }

  private static double[] leading(PrincipalSpace space) {
    double[] all = space.eigenvalues();
    double[] out = new double[Math.min(LEADING_EIGENVALUES, all.length)];
    System.arraycopy(all, 0, out, 0, out.length);
    return out;
  }

  /** k, marked with '*' when a fixed k was clamped to the rank. */
  private static String k(PrincipalSpace space) {
    return space.k() + (space.clamped() ? "*" : "");
  }

  private static String fixed(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  private static String sig(double v) {
    return String.format(Locale.ROOT, "%.4g", v);
  }

  /** An integral value without a fraction, else the shortest exact form. */
  private static String plain(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  private static String joined(double[] values) {
    StringBuilder b = new StringBuilder();
    for (double v : values) {
      b.append(b.length() > 0 ? " " : "").append(sig(v));
    }
    return b.toString();
  }

  /** The header line on labels. */
  public static String labelDescription(Instances structure) {
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

  /** The name of the attribute that carries an instance's |contribution| in {@link #topInstances}. */
  public static final String CONTRIBUTION_ATTRIBUTE = "w2sg_contribution";
  /** The name of the attribute that carries an instance's row in {@link #topInstances}. */
  public static final String ROW_ATTRIBUTE = "w2sg_row";

  /**
   * The ranking as a data set, one instance per (weak, strong) pair, best first: position, weak,
   * strong (nominal, values in ranking order) and the numeric columns of W2SGAnalysis's table.
   */
  public Instances rankingInstances() {
    LinkedHashSet<String> weakValues = new LinkedHashSet<>();
    LinkedHashSet<String> strongValues = new LinkedHashSet<>();
    for (Pair p : pairs) {
      weakValues.add(p.weak());
      strongValues.add(p.strong());
    }
    ArrayList<Attribute> attributes = new ArrayList<>();
    attributes.add(new Attribute("position"));
    attributes.add(new Attribute("weak", new ArrayList<>(weakValues)));
    attributes.add(new Attribute("strong", new ArrayList<>(strongValues)));
    for (Quantity c : Quantity.present(hasLabels())) {
      attributes.add(new Attribute(c.key()));
    }
    Instances out = new Instances("W2SG ranking of " + file, attributes, pairs.size());
    int position = 1;
    for (Pair p : pairs) {
      double[] v = new double[attributes.size()];
      v[0] = position++;
      v[1] = out.attribute(1).indexOfValue(p.weak());
      v[2] = out.attribute(2).indexOfValue(p.strong());
      int j = 3;
      PairAnalysis a = p.analysis();
      for (Quantity c : Quantity.present(hasLabels())) {
        v[j++] = c.value(a);
      }
      out.add(new DenseInstance(1, v));
    }
    return out;
  }

  /**
   * The top instances (largest |P_s (I - P_w) y| for the best pair) as a data set: the instances
   * themselves, largest first, with their row and the norm of their contribution appended.
   *
   * @param data the data this ranking was computed from
   */
  public Instances topInstances(Instances data) {
    Instances out = new Instances(data, top.size());
    out.setRelationName("W2SG top contributions of " + file + " (" + pairs.get(0).weak() + " -> "
        + pairs.get(0).strong() + ")");
    int classIndex = out.classIndex();
    out.setClassIndex(-1);
    out.insertAttributeAt(new Attribute(ROW_ATTRIBUTE), out.numAttributes());
    out.insertAttributeAt(new Attribute(CONTRIBUTION_ATTRIBUTE), out.numAttributes());
    for (Contribution t : top) {
      Instance original = data.instance((int) t.row - 1);
      double[] v = new double[out.numAttributes()];
      double[] values = original.toDoubleArray();
      System.arraycopy(values, 0, v, 0, values.length);
      v[values.length] = t.row;
      v[values.length + 1] = t.magnitude;
      Instance copy = new DenseInstance(original.weight(), v);
      copy.setDataset(out);
      // string and relational values are indices into the original header
      for (int a = 0; a < data.numAttributes(); a++) {
        if (original.isMissing(a)) {
          copy.setMissing(a);
        } else if (data.attribute(a).isString()) {
          copy.setValue(a, original.stringValue(a));
        }
      }
      out.add(copy);
    }
    out.setClassIndex(classIndex);
    return out;
  }
}
