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

package weka.w2s.experiment;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.Evaluation;
import weka.classifiers.functions.RidgeProbe;
import weka.classifiers.meta.WeakToStrong;
import weka.core.CommandlineRunnable;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Range;
import weka.core.Utils;
import weka.filters.Filter;
import weka.filters.supervised.instance.Resample;
import weka.w2s.core.JointStatistics;
import weka.w2s.core.LinearAlgebra;
import weka.w2s.core.PairAnalysis;
import weka.w2s.core.PerformanceGap;
import weka.w2s.core.PrincipalSettings;
import weka.w2s.core.RankCorrelation;
import weka.w2s.core.RepresentationAnalysis;
import weka.w2s.targets.Selection;
import weka.w2s.targets.TargetStrategy;
import weka.w2s.data.RepresentationLayout;
import weka.w2s.data.BadInputException;
import weka.w2s.data.DataFiles;
import weka.w2s.options.OptionValues;
import weka.w2s.format.Json;
import weka.w2s.targets.RidgeLearner;

/**
 * What the weak-to-strong experiment runs: the class, the weak candidates and the strong attributes,
 * the repetitions and fractions of the protocol, the strategies, the seed, the weak and strong
 * learners and the principal settings of the representation scores. Every value is checked when it
 * is set; {@link #fromOptions} reads W2SGExperiment's options (all but -i and -json) and
 * {@link #toOptions} writes them back, for the equivalent command line the GUI logs.
 */
public final class ExperimentSettings {

  /** The strategies run by default (gold, the ceiling, always runs). */
  public static final String[] DEFAULT_MODES = {"naive", "confidence", "refine", "kernel", "auto"};
  /** The strong attributes by default: every attribute but the class. */
  public static final String ALL_ATTRIBUTES = weka.w2s.data.RepresentationLayout.ALL_ATTRIBUTES;

  String classSpec = "last";
  final List<String> weakSpecs = new ArrayList<>();
  String strongSpec = ALL_ATTRIBUTES;
  int runs = 5;
  double testFraction = 0.3;
  double weakFraction = 0.5;
  final List<String> modes = new ArrayList<>(Arrays.asList(DEFAULT_MODES));
  int seed = 1;
  /** The row-key attribute's name: splits by its seeded hash ({@code -id}); empty: stratified Resample. */
  String rowKey = "";
  Classifier weakClassifier = new RidgeProbe();
  Classifier strongClassifier = new RidgeProbe();
  PrincipalSettings principal = PrincipalSettings.defaults();

  /** The defaults: no weak candidate yet (set at least one). */
  public ExperimentSettings() {
  }

  /** The settings of W2SGExperiment's options but -i and -json, consumed from {@code options}. */
  public static ExperimentSettings fromOptions(String[] options) throws Exception {
    ExperimentSettings s = new ExperimentSettings();
    s.principal = OptionValues.principalSettings(options);
    String c = Utils.getOption('c', options);
    if (!c.isEmpty()) {
      s.classSpec = c;
    }
    s.setWeak(OptionValues.repeated("weak", options)); // each occurrence is one candidate
    String strong = Utils.getOption("strong", options);
    if (!strong.isEmpty()) {
      s.setStrong(strong);
    }
    String runs = Utils.getOption("runs", options);
    if (!runs.isEmpty()) {
      s.setRuns(parseInt("-runs", runs));
    }
    String testFraction = Utils.getOption("test-fraction", options);
    if (!testFraction.isEmpty()) {
      s.testFraction = checkFraction("-test-fraction", parseFraction("-test-fraction", testFraction), testFraction);
    }
    String weakFraction = Utils.getOption("weak-fraction", options);
    if (!weakFraction.isEmpty()) {
      s.weakFraction = checkFraction("-weak-fraction", parseFraction("-weak-fraction", weakFraction), weakFraction);
    }
    boolean modesGiven = Arrays.asList(options).contains("-modes");
    String modes = Utils.getOption("modes", options);
    if (modesGiven && modes.trim().isEmpty()) {
      // Weka's option reader takes an empty value for an absent option: say so rather than run the defaults
      throw new IllegalArgumentException("-modes is empty; name at least one strategy, e.g. -modes naive,auto.");
    }
    if (!modes.isEmpty()) {
      s.setModes(modes);
    }
    String seed = Utils.getOption('S', options);
    if (!seed.isEmpty()) {
      s.seed = parseInt("-S", seed);
    }
    s.setRowKey(Utils.getOption("id", options));
    String weakClassifier = Utils.getOption("weak-classifier", options);
    if (!weakClassifier.isEmpty()) {
      s.setWeakClassifier(classifier("weak", weakClassifier));
    }
    String strongClassifier = Utils.getOption("strong-classifier", options);
    if (!strongClassifier.isEmpty()) {
      s.setStrongClassifier(classifier("strong", strongClassifier));
    }
    return s;
  }

  /** The options {@link #fromOptions} reads back into these settings. */
  public List<String> toOptions() {
    List<String> o = new ArrayList<>(List.of("-c", classSpec));
    for (String w : weakSpecs) {
      o.add("-weak");
      o.add(w);
    }
    o.addAll(List.of("-strong", strongSpec, "-runs", Integer.toString(runs), "-test-fraction",
        Double.toString(testFraction), "-weak-fraction", Double.toString(weakFraction), "-modes",
        String.join(",", modes), "-S", Integer.toString(seed), "-weak-classifier", Utils.toCommandLine(weakClassifier),
        "-strong-classifier", Utils.toCommandLine(strongClassifier)));
    Collections.addAll(o, principal.rule().options());
    if (!rowKey.isEmpty()) {
      o.addAll(List.of("-id", rowKey));
    }
    return o;
  }

  /** The weak candidates, each a Weka range or name:REGEX; at least one. */
  public ExperimentSettings setWeak(List<String> candidates) {
    List<String> kept = new ArrayList<>();
    for (String w : candidates) {
      if (!w.trim().isEmpty()) {
        kept.add(w.trim());
      }
    }
    if (kept.isEmpty()) {
      throw new IllegalArgumentException("No weak candidate: give at least one -weak <range>.");
    }
    weakSpecs.clear();
    weakSpecs.addAll(kept);
    return this;
  }

  /** The strong attributes: a Weka range or name:REGEX, first-last for all but the class. */
  public ExperimentSettings setStrong(String selection) {
    strongSpec = selection.trim().isEmpty() ? ALL_ATTRIBUTES : selection.trim();
    return this;
  }

  /** The class, in Weka's first/last/1-based syntax. */
  public ExperimentSettings setClass(String spec) {
    classSpec = spec;
    return this;
  }

  public ExperimentSettings setRuns(int repetitions) {
    if (repetitions < 1) {
      throw new IllegalArgumentException("-runs must be at least 1, got " + repetitions + ".");
    }
    runs = repetitions;
    return this;
  }

  /** The strategies, comma-separated (gold always runs). */
  public ExperimentSettings setModes(String list) {
    List<String> parsed = parseModes(list);
    modes.clear();
    modes.addAll(parsed);
    return this;
  }

  public ExperimentSettings setSeed(int value) {
    seed = value;
    return this;
  }

  /**
   * The numeric attribute that names each instance, or empty: with it every split of the protocol
   * (test part, weak slice, the strategies' folds) is a seeded hash of its value, as on Spark.
   */
  public ExperimentSettings setRowKey(String attribute) {
    rowKey = attribute == null ? "" : attribute.trim();
    return this;
  }

  public String rowKey() {
    return rowKey;
  }

  /** The fraction of the labelled data held out for testing in each run, strictly between 0 and 1. */
  public ExperimentSettings setTestFraction(double fraction) {
    testFraction = checkFraction("-test-fraction", fraction, Double.toString(fraction));
    return this;
  }

  /** The fraction of each training part that trains the weak model, strictly between 0 and 1. */
  public ExperimentSettings setWeakFraction(double fraction) {
    weakFraction = checkFraction("-weak-fraction", fraction, Double.toString(fraction));
    return this;
  }

  /** The weak model's learner; the experiment trains copies of it. */
  public ExperimentSettings setWeakClassifier(Classifier classifier) {
    weakClassifier = given("weak", classifier);
    return this;
  }

  /** The strong learner (the ceiling and every student); the experiment trains copies of it. */
  public ExperimentSettings setStrongClassifier(Classifier classifier) {
    strongClassifier = given("strong", classifier);
    return this;
  }

  /** The principal settings of the representation scores (the weak training size is the weak slice). */
  public ExperimentSettings setPrincipal(PrincipalSettings settings) {
    if (settings == null) {
      throw new IllegalArgumentException("Give the principal settings of the scores.");
    }
    principal = settings;
    return this;
  }

  /** The weak candidates, in order. */
  public List<String> weak() {
    return Collections.unmodifiableList(weakSpecs);
  }

  /** The strategies, in order (gold is not among them). */
  public List<String> modes() {
    return Collections.unmodifiableList(modes);
  }

  /** The strong attributes: a Weka range or name:REGEX; first-last for all but the class. */
  public String strong() {
    return strongSpec;
  }

  /** The class in Weka's first/last/1-based syntax. */
  public String classSpec() {
    return classSpec;
  }

  public int runs() {
    return runs;
  }

  public double testFraction() {
    return testFraction;
  }

  public double weakFraction() {
    return weakFraction;
  }

  public int seed() {
    return seed;
  }

  public Classifier weakClassifier() {
    return weakClassifier;
  }

  public Classifier strongClassifier() {
    return strongClassifier;
  }

  public PrincipalSettings principal() {
    return principal;
  }

  private static int parseInt(String option, String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " expects a whole number, got '" + value + "'.");
    }
  }

  private static double parseFraction(String option, String value) {
    try {
      return Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " expects a number in (0, 1), got '" + value + "'.");
    }
  }

  /** @param shown the value as the user gave it, for the message */
  private static double checkFraction(String option, double f, String shown) {
    if (!(f > 0 && f < 1)) {
      throw new IllegalArgumentException(option + " must lie strictly between 0 and 1, got " + shown + ".");
    }
    return f;
  }

  private static Classifier given(String role, Classifier classifier) {
    if (classifier == null) {
      throw new IllegalArgumentException("Give the " + role + " classifier.");
    }
    return classifier;
  }

  private static List<String> parseModes(String list) {
    List<String> known = new ArrayList<>(Arrays.asList(TargetStrategy.NAMES));
    known.remove("gold");
    List<String> modes = new ArrayList<>();
    for (String part : list.split(",")) {
      String m = part.trim().toLowerCase(Locale.ROOT);
      if (m.isEmpty()) {
        continue;
      }
      if (m.equals("gold")) {
        throw new IllegalArgumentException("Mode gold is the strong ceiling and always runs; list only"
            + " modes from " + String.join(",", known) + ".");
      }
      if (!known.contains(m)) {
        throw new IllegalArgumentException("Unknown mode '" + part.trim() + "' in -modes; choose from "
            + String.join(",", known) + ".");
      }
      if (!modes.contains(m)) {
        modes.add(m);
      }
    }
    if (modes.isEmpty()) {
      throw new IllegalArgumentException("-modes names no mode; choose from " + String.join(",", known)
          + ".");
    }
    return modes;
  }

  private static Classifier classifier(String role, String spec) {
    try {
      String[] parts = Utils.splitOptions(spec);
      if (parts.length == 0) {
        throw new IllegalArgumentException("empty specification");
      }
      String name = parts[0];
      parts[0] = "";
      return AbstractClassifier.forName(name, parts);
    } catch (Exception e) {
      throw new IllegalArgumentException("Cannot create the " + role + " classifier from '" + spec + "': "
          + e.getMessage());
    }
  }

  /** Sets the class of -c on the data; it must be nominal (classification) or numeric (regression). */
  public Instances withClass(Instances data) {
    try {
      data.setClassIndex(DataFiles.classIndex(data, classSpec, "-c"));
    } catch (BadInputException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
    if (!data.classAttribute().isNominal() && !data.classAttribute().isNumeric()) {
      throw new IllegalArgumentException("The class '" + data.classAttribute().name() + "' is "
          + weka.core.Attribute.typeToString(data.classAttribute()) + "; weak-to-strong training needs a nominal"
          + " class (classification) or a numeric one (regression). Choose another class with -c.");
    }
    return data;
  }

  String classifierSpec(Classifier c) {
    return Utils.toCommandLine(c);
  }
}
