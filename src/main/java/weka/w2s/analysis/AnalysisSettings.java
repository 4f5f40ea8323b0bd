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

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import weka.core.Utils;
import weka.w2s.core.LinearAlgebra;
import weka.w2s.core.PrincipalSettings;
import weka.w2s.options.OptionValues;
import weka.w2s.options.UsageException;

/**
 * What an analysis computes: the weak and strong representations, the class, the principal rule,
 * the weak training size, the ranking quantity, -top and the handling of missing values. Immutable
 * and checked when built, so that every face (the command line, the Explorer tab, the KnowledgeFlow
 * step, Spark) holds a valid one; {@link #fromOptions} and {@link #toOptions} are its command-line
 * form, the latter also the equivalent command line the GUI logs.
 */
public final class AnalysisSettings implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Whole numbers up to here are exact in a double. */
  public static final double MAX_TRAIN_SIZE = 1e15;

  /** The help lines of the options {@link #fromOptions} reads. */
  public static final String OPTIONS_HELP = String.join("\n",
      "  -weak <range>           a weak representation: attribute range (1-24, first-10; first-last is",
      "                          every attribute but the class) or name:REGEX; repeatable",
      "  -strong <range>         a strong representation, as -weak; repeatable",
      "  -c <index>              class attribute (first, last or 1-based number); adds pred_gap and",
      "                          the error estimates",
      OptionValues.PRINCIPAL_OPTIONS,
      "  -weak-train-size <m_w>  size of the weak head's training set, for the weak gamma: a whole",
      "                          number from 1 to 1e15 (default n)",
      "  -rank-by <quantity>     default (pred_gap with -c, expected_gap without: the best on the suite",
      "                          of real tasks in docs/predictors.md), score, frobenius_normalized,",
      "                          expected_gap, cka, pred_gap, misfit or predicted_error (the last three",
      "                          need -c)",
      "  -skip-missing           leave out instances with a missing value (default: stop with an error)",
      "  -top <m>                also list the m instances with the largest |P_s (I - P_w) y| for the",
      "                          best-ranked pair (needs -c; reads the file twice)",
      "  -linalg <back end>      auto (default: native BLAS/LAPACK when OpenBLAS or MKL is installed,",
      "                          else Java), java (EJML) or native (refused without such a library);",
      "                          the default can also be set with -D" + LinearAlgebra.PROPERTY + "=...");

  private final List<String> weak;
  private final List<String> strong;
  private final String classSpec;
  private final PrincipalSettings principal;
  private final double weakTrainSize;
  private final boolean skipMissing;
  private final int top;
  private final Quantity rankBy;
  /** The ranking asked for, or null for the default (kept so that a changed class changes it too). */
  private final Quantity rankByChoice;
  private final LinearAlgebra.Choice linearAlgebra;

  private AnalysisSettings(Builder b) {
    weak = Collections.unmodifiableList(new ArrayList<>(b.weak));
    strong = Collections.unmodifiableList(new ArrayList<>(b.strong));
    classSpec = b.classSpec;
    principal = b.principal;
    weakTrainSize = b.weakTrainSize;
    skipMissing = b.skipMissing;
    top = b.top;
    rankByChoice = b.rankBy;
    rankBy = b.rankBy != null ? b.rankBy : Quantity.defaultRanking(b.classSpec != null);
    linearAlgebra = b.linearAlgebra;
    if (weak.isEmpty()) {
      throw new IllegalArgumentException("Give at least one weak representation with -weak <range> (such as"
          + " -weak 1-24 or -weak name:weakA_.*).");
    }
    if (strong.isEmpty()) {
      throw new IllegalArgumentException("Give at least one strong representation with -strong <range> (such as"
          + " -strong 97-192 or -strong name:strong_.*).");
    }
    if (rankBy.needsLabels() && classSpec == null) {
      throw new IllegalArgumentException("-rank-by " + rankBy.rankName() + " needs labels: give the class with -c.");
    }
    if (!Double.isNaN(weakTrainSize)) {
      checkWeakTrainSize(weakTrainSize, plain(weakTrainSize));
    }
    if (top < 0) {
      throw new IllegalArgumentException("-top must be at least 1, got " + top + ".");
    }
    if (top > 0 && classSpec == null) {
      throw new IllegalArgumentException("-top needs the labels: give the class with -c.");
    }
  }

  /** @param shown the value as the user gave it, for the message */
  private static void checkWeakTrainSize(double size, String shown) {
    if (!(size >= 1 && size <= MAX_TRAIN_SIZE && size == Math.rint(size))) {
      throw new IllegalArgumentException("-weak-train-size is a number of instances: give a whole number from 1 to"
          + " 1e15, got " + shown + ".");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these settings, to change some of them. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.weak.addAll(weak);
    b.strong.addAll(strong);
    b.classSpec = classSpec;
    b.principal = principal;
    b.weakTrainSize = weakTrainSize;
    b.skipMissing = skipMissing;
    b.top = top;
    b.rankBy = rankByChoice;
    b.linearAlgebra = linearAlgebra;
    return b;
  }

  /**
   * The settings of W2SGAnalysis's options (all but -i, -json and -h), which are consumed from
   * {@code args}; whatever is left is the caller's.
   */
  public static AnalysisSettings fromOptions(String[] args) throws UsageException {
    try {
      Builder b = builder();
      b.weak.addAll(OptionValues.repeated("weak", args));
      b.strong.addAll(OptionValues.repeated("strong", args));
      String classSpec = Utils.getOption('c', args);
      b.classSpec = classSpec.isEmpty() ? null : classSpec;
      b.principal = OptionValues.principalSettings(args);
      String weakTrainSize = Utils.getOption("weak-train-size", args);
      if (!weakTrainSize.isEmpty()) {
        b.weakTrainSize = OptionValues.number("-weak-train-size", weakTrainSize);
        checkWeakTrainSize(b.weakTrainSize, weakTrainSize);
      }
      b.skipMissing = Utils.getFlag("skip-missing", args);
      String top = Utils.getOption("top", args);
      if (!top.isEmpty()) {
        b.top = OptionValues.integer("-top", top);
        if (b.top < 1) {
          throw new UsageException("-top must be at least 1, got " + top + ".");
        }
      }
      String rankBy = Utils.getOption("rank-by", args);
      if (!rankBy.isEmpty()) {
        b.rankBy = Quantity.forRankChoice(rankBy);
      }
      String linalg = Utils.getOption("linalg", args);
      if (!linalg.isEmpty()) {
        b.linearAlgebra = LinearAlgebra.Choice.parse(linalg, "-linalg");
      }
      return b.build();
    } catch (UsageException e) {
      throw e;
    } catch (Exception e) { // a value out of its range, or Weka's Utils: an option without its value
      throw new UsageException(e.getMessage());
    }
  }

  /** The options {@link #fromOptions} reads back into these settings (defaults left out). */
  public List<String> toOptions() {
    List<String> o = new ArrayList<>();
    for (String w : weak) {
      o.add("-weak");
      o.add(w);
    }
    for (String s : strong) {
      o.add("-strong");
      o.add(s);
    }
    if (classSpec != null) {
      o.add("-c");
      o.add(classSpec);
    }
    Collections.addAll(o, principal.rule().options());
    if (principal.ridge() != 0) {
      o.add("-ridge");
      o.add(plain(principal.ridge()));
    }
    if (principal.shrinkage() == weka.w2s.core.Shrinkage.HARD) {
      o.add("-hard");
    }
    if (!Double.isNaN(weakTrainSize)) {
      o.add("-weak-train-size");
      o.add(plain(weakTrainSize));
    }
    if (rankByChoice != null) {
      o.add("-rank-by");
      o.add(rankBy.rankName());
    }
    if (skipMissing) {
      o.add("-skip-missing");
    }
    if (top > 0) {
      o.add("-top");
      o.add(Integer.toString(top));
    }
    if (linearAlgebra != null) {
      o.add("-linalg");
      o.add(linearAlgebra.name().toLowerCase(Locale.ROOT));
    }
    return o;
  }

  /** The weak selections (Weka ranges or name:REGEX), in order. */
  public List<String> weak() {
    return weak;
  }

  public List<String> strong() {
    return strong;
  }

  /** The class in Weka's first/last/1-based syntax, or null for a label-free analysis. */
  public String classSpec() {
    return classSpec;
  }

  public PrincipalSettings principal() {
    return principal;
  }

  /** m_w of the weak gamma: the size given, or n when none was. */
  public double weakTrainSize(double n) {
    return Double.isNaN(weakTrainSize) ? n : weakTrainSize;
  }

  public boolean skipMissing() {
    return skipMissing;
  }

  /** How many instances with the largest contributions to list; 0 for none. */
  public int top() {
    return top;
  }

  /** The quantity the pairs are ranked by: the one asked for, else the default for the labels. */
  public Quantity rankBy() {
    return rankBy;
  }

  /** The quantity asked for, or null for the default ({@link Quantity#defaultRanking}). */
  public Quantity rankByChoice() {
    return rankByChoice;
  }

  /** The back end asked for, or null for the preferred one. */
  public LinearAlgebra.Choice linearAlgebra() {
    return linearAlgebra;
  }

  private static String plain(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  /** Collects settings; {@link #build} checks them. */
  public static final class Builder {
    private final List<String> weak = new ArrayList<>();
    private final List<String> strong = new ArrayList<>();
    private String classSpec;
    private PrincipalSettings principal = PrincipalSettings.defaults();
    private double weakTrainSize = Double.NaN;
    private boolean skipMissing;
    private int top;
    /** null: the default for the labels given ({@link Quantity#defaultRanking}). */
    private Quantity rankBy;
    private LinearAlgebra.Choice linearAlgebra;

    private Builder() {
    }

    public Builder weak(List<String> selections) {
      weak.clear();
      weak.addAll(selections);
      return this;
    }

    public Builder strong(List<String> selections) {
      strong.clear();
      strong.addAll(selections);
      return this;
    }

    /** @param spec first, last or a 1-based index; null for none */
    public Builder classSpec(String spec) {
      classSpec = spec;
      return this;
    }

    public Builder principal(PrincipalSettings settings) {
      principal = settings;
      return this;
    }

    /** @param size NaN for n */
    public Builder weakTrainSize(double size) {
      weakTrainSize = size;
      return this;
    }

    public Builder skipMissing(boolean skip) {
      skipMissing = skip;
      return this;
    }

    public Builder top(int m) {
      top = m;
      return this;
    }

    public Builder rankBy(Quantity quantity) {
      rankBy = quantity;
      return this;
    }

    /** @param choice null for the preferred back end */
    public Builder linearAlgebra(LinearAlgebra.Choice choice) {
      linearAlgebra = choice;
      return this;
    }

    /** @throws IllegalArgumentException naming what to change */
    public AnalysisSettings build() {
      if (principal == null) {
        throw new IllegalArgumentException("Set the principal settings.");
      }
      return new AnalysisSettings(this);
    }
  }
}
