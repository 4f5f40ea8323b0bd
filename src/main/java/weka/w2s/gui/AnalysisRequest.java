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

package weka.w2s.gui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import weka.w2s.analysis.AnalysisSettings;
import weka.w2s.analysis.Quantity;
import weka.w2s.core.PrincipalRule;
import weka.w2s.core.PrincipalSettings;
import weka.w2s.core.Shrinkage;

/**
 * The inputs of one W2SG analysis run in the GUI: the weak candidates and strong representations
 * (Weka ranges or name:REGEX, exactly as W2SGAnalysis's -weak and -strong take them) and its other
 * options, as the tab's form holds them; {@link #settings} makes the analysis's typed, checked settings
 * of them.
 */
public final class AnalysisRequest {

  private final List<String> weak = new ArrayList<>();
  private final List<String> strong = new ArrayList<>();
  private boolean useClass = true;
  private PrincipalRule.Kind rule = PrincipalRule.Kind.VARIANCE;
  private double variance = 0.9;
  private int k = 10;
  private double ridge;
  private boolean hard;
  /** Empty: the number of instances analyzed. */
  private String weakTrainSize = "";
  private String rankBy = Quantity.DEFAULT_RANKING;
  private boolean skipMissing;
  private int top = 10;

  public List<String> weak() {
    return Collections.unmodifiableList(weak);
  }

  public List<String> strong() {
    return Collections.unmodifiableList(strong);
  }

  /** Blank lines are dropped; each other line is one selection. */
  public AnalysisRequest setWeak(List<String> selections) {
    copy(selections, weak);
    return this;
  }

  public AnalysisRequest setStrong(List<String> selections) {
    copy(selections, strong);
    return this;
  }

  private static void copy(List<String> from, List<String> to) {
    to.clear();
    for (String s : from) {
      if (!s.trim().isEmpty()) {
        to.add(s.trim());
      }
    }
  }

  public boolean useClass() {
    return useClass;
  }

  /** Whether the data's class gives the labels (pred_gap, the error estimates and the top instances). */
  public AnalysisRequest setUseClass(boolean useClass) {
    this.useClass = useClass;
    return this;
  }

  public PrincipalRule.Kind rule() {
    return rule;
  }

  public AnalysisRequest setRule(PrincipalRule.Kind rule) {
    this.rule = rule;
    return this;
  }

  public double variance() {
    return variance;
  }

  public AnalysisRequest setVariance(double variance) {
    this.variance = variance;
    return this;
  }

  public int k() {
    return k;
  }

  public AnalysisRequest setK(int k) {
    this.k = k;
    return this;
  }

  public double ridge() {
    return ridge;
  }

  public AnalysisRequest setRidge(double ridge) {
    this.ridge = ridge;
    return this;
  }

  public boolean hard() {
    return hard;
  }

  public AnalysisRequest setHard(boolean hard) {
    this.hard = hard;
    return this;
  }

  public String weakTrainSize() {
    return weakTrainSize;
  }

  public AnalysisRequest setWeakTrainSize(String weakTrainSize) {
    this.weakTrainSize = weakTrainSize.trim();
    return this;
  }

  public String rankBy() {
    return rankBy;
  }

  public AnalysisRequest setRankBy(String rankBy) {
    this.rankBy = rankBy;
    return this;
  }

  public boolean skipMissing() {
    return skipMissing;
  }

  public AnalysisRequest setSkipMissing(boolean skipMissing) {
    this.skipMissing = skipMissing;
    return this;
  }

  public int top() {
    return top;
  }

  /** The number of top instances to list; 0 for none. Used only with the class. */
  public AnalysisRequest setTop(int top) {
    this.top = top;
    return this;
  }

  /**
   * The analysis settings of these inputs.
   *
   * @param classIndex the data's class (0-based), or -1 for none
   * @throws IllegalArgumentException naming the input to change
   */
  public AnalysisSettings settings(int classIndex) {
    boolean labels = useClass && classIndex >= 0;
    PrincipalRule principalRule = PrincipalRule.of(rule, k, variance);
    PrincipalSettings principal = PrincipalSettings.defaults().withRule(principalRule).withRidge(ridge)
        .withShrinkage(hard ? Shrinkage.HARD : Shrinkage.SOFT);
    double size = Double.NaN;
    if (!weakTrainSize.trim().isEmpty()) {
      try {
        size = Double.parseDouble(weakTrainSize.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("The weak training size must be a whole number, got '" + weakTrainSize
            + "'.");
      }
    }
    return AnalysisSettings.builder().weak(weak).strong(strong)
        .classSpec(labels ? Integer.toString(classIndex + 1) : null).principal(principal).weakTrainSize(size)
        .rankBy(Quantity.forRankChoice(rankBy)).skipMissing(skipMissing).top(labels ? top : 0).build();
  }

  /** The same analysis on the command line, for the log and the report. */
  public String commandLine(String dataFile, int classIndex) {
    StringBuilder b = new StringBuilder("java weka.Run weka.w2s.W2SGAnalysis -i ").append(quote(dataFile));
    for (String option : settings(classIndex).toOptions()) {
      b.append(' ').append(option.startsWith("-") ? option : quote(option));
    }
    return b.toString();
  }

  private static String quote(String s) {
    return s.matches("[A-Za-z0-9_./:,+=-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
  }
}
