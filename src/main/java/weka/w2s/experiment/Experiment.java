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
import java.math.BigDecimal;
import java.math.MathContext;
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
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Range;
import weka.core.Utils;
import weka.filters.Filter;
import weka.filters.supervised.instance.Resample;
import weka.w2s.analysis.Quantity;
import weka.w2s.core.JointStatistics;
import weka.w2s.core.LinearAlgebra;
import weka.w2s.core.PairAnalysis;
import weka.w2s.core.PerformanceGap;
import weka.w2s.core.Saturation;
import weka.w2s.core.RankCorrelation;
import weka.w2s.core.RepresentationAnalysis;
import weka.w2s.core.RowKeySplit;
import weka.w2s.targets.Selection;
import weka.w2s.targets.TargetStrategy;
import weka.w2s.data.RepresentationLayout;
import weka.w2s.format.Json;
import weka.w2s.format.TextTable;
import weka.w2s.targets.RidgeLearner;

/**
 * The weak-to-strong protocol (Burns et al.) on data in memory: repeated train/test splits
 * (stratified for a nominal class); per weak candidate WeakToStrong in each strategy plus gold (the
 * strong ceiling); on the test part accuracy and AUROC (nominal class) or mean squared error, its
 * root and R^2 (numeric class), and PGR; the label-free W2SG scores of each (weak, strong) pair and their Spearman
 * correlation with the W2S test error. {@link #run} computes and prints only progress lines; the
 * results are read from the object, or written as W2SGExperiment's tables ({@link #table}) or JSON
 * lines ({@link #json}).
 */
public final class Experiment {

  /** The representation scores, in table and JSON order: the quantities a ranking can use, by name. */
  public static final List<String> SCORES = rankNames();

  private static List<String> rankNames() {
    List<String> names = new ArrayList<>();
    for (Quantity q : Quantity.rankable()) {
      names.add(q.rankName());
    }
    return java.util.Collections.unmodifiableList(names);
  }
  static final String UNDEFINED_PGR = PerformanceGap.UNDEFINED;

  final ExperimentSettings settings;
  final String dataName;
  final Instances data;
  /** How many instances the data have (the report's count; data may hold only the header). */
  long instances;
  /** Whether the splits are by row key (-id, or measured elsewhere) rather than Weka's Resample. */
  final boolean splitByKey;
  /** The row-key attribute (-id), or -1: the splits are then Weka's stratified Resample. */
  final int rowKey;
  final PrintStream progress;
  final int[] strongAttributes;
  final List<CandidateResult> results = new ArrayList<>();
  final boolean twoClass;
  /** A numeric class: the measure is the mean squared error (lower is better), not accuracy. */
  final boolean regression;
  /** For a numeric class, the variance of the test part's class values per run (R^2's denominator). */
  final double[] testVariance;
  int unlabelled;
  /** The most labelled training instances a run's scores left out for missing values. */
  int scoresLeftOut;
  /** The weak slice of the current run, as WeakToStrong drew it (m_w of the analysis). */
  double weakSliceSize;
  int testSize;
  int trainSize;
  private final long started = System.nanoTime();

  /**
   * @param data the data, with its class set (nominal or numeric; {@link ExperimentSettings#withClass})
   * @param dataName the data's name in the report
   * @param progress receives one line per run and candidate
   */
  public Experiment(ExperimentSettings settings, Instances data, String dataName, PrintStream progress) {
    this(settings, data, data.numInstances(), dataName, progress, null, null);
  }

  private Experiment(ExperimentSettings settings, Instances data, long instances, String dataName,
      PrintStream progress, List<int[]> weakAttributes, int[] strongAttributes) {
    this.settings = settings;
    this.dataName = dataName;
    this.data = data;
    this.instances = instances;
    this.progress = progress;
    Instances header = new Instances(data, 0);
    rowKey = WeakToStrong.rowKeyAttribute(header, settings.rowKey);
    splitByKey = rowKey >= 0 || weakAttributes != null;
    this.strongAttributes = strongAttributes != null ? strongAttributes
        : WeakToStrong.representationAttributes(header, settings.strongSpec, "strong", rowKey);
    for (int c = 0; c < settings.weakSpecs.size(); c++) {
      String spec = settings.weakSpecs.get(c);
      results.add(new CandidateResult(spec, weakAttributes != null ? weakAttributes.get(c)
          : WeakToStrong.representationAttributes(header, spec, "weak", rowKey), settings.modes, settings.runs,
          data.classAttribute().isNumeric()));
    }
    twoClass = data.classAttribute().isNominal() && data.numClasses() == 2;
    regression = data.classAttribute().isNumeric();
    testVariance = nan(settings.runs);
  }

  /**
   * An experiment whose runs another engine measures (W2SGSparkExperiment's passes over data that
   * never sit in memory), recorded through {@link #recordSizes}, {@link #recordScores} and the
   * candidates' record methods, and reported by this class's tables and JSON.
   *
   * @param header           the data's attributes and class
   * @param instances        how many instances the data have
   * @param weakAttributes   each candidate's attribute indices in the header (the settings name them)
   * @param strongAttributes the strong attribute indices
   */
  public static Experiment measuredElsewhere(ExperimentSettings settings, Instances header, long instances,
      String dataName, List<int[]> weakAttributes, int[] strongAttributes) {
    return new Experiment(settings, new Instances(header, 0), instances, dataName, null, weakAttributes,
        strongAttributes);
  }

  /** How many instances the data measured elsewhere have. */
  public void recordInstances(long count) {
    instances = count;
  }

  /** How many of them have no class (they join every run's training pool). */
  public void recordUnlabelled(int count) {
    unlabelled = count;
  }

  /** The last run's sizes: its training part (weak slice and pool), test part and weak slice. */
  public void recordSizes(int train, int test, double weakSlice) {
    trainSize = train;
    testSize = test;
    weakSliceSize = weakSlice;
  }

  /** The population variance of a run's test class values (R^2's denominator; numeric class). */
  public void recordTestVariance(int run, double variance) {
    testVariance[run] = variance;
  }

  /** Runs the protocol. */
  public void run() throws Exception {
    WeakToStrong.refuseWeights(data);
    WeakToStrong.requireRowKeys(data, rowKey);
    Instances labelled = new Instances(data, data.numInstances());
    Instances unlabelledData = new Instances(data, 0);
    for (Instance inst : data) {
      (inst.classIsMissing() ? unlabelledData : labelled).add(inst);
    }
    unlabelled = unlabelledData.numInstances();
    long present = regression ? labelled.stream().mapToDouble(Instance::classValue).distinct().count()
        : classesPresent(labelled);
    if (present < 2) {
      throw new IllegalArgumentException(tooFewClasses(regression, present));
    }
    for (int r = 0; r < settings.runs; r++) {
      int seed = settings.seed + r;
      Instances test = split(labelled, seed, false);
      Instances train = split(labelled, seed, true);
      if (test.numInstances() == 0) {
        throw new IllegalArgumentException(noTestPart(settings.testFraction, labelled.numInstances()));
      }
      testSize = test.numInstances();
      trainSize = train.numInstances();
      if (regression) {
        testVariance[r] = test.variance(test.classIndex()) * (testSize - 1) / testSize; // 1/n: R^2's
      }
      // instances without a class cannot be tested; they join the training part (and so the pool)
      for (Instance inst : unlabelledData) {
        train.add(inst);
      }
      for (int c = 0; c < results.size(); c++) {
        CandidateResult result = results.get(c);
        progress.printf(Locale.ROOT, "[W2SGExperiment] run %d/%d (seed %d), weak candidate %d/%d (%s)%n",
            r + 1, settings.runs, seed, c + 1, results.size(), result.spec);
        runCandidate(result, r, seed, train, test);
      }
      analyzeScores(r, train);
    }
  }

  /** The refusal of labelled data with fewer than two classes (numeric class: distinct values). */
  public static String tooFewClasses(boolean regression, long present) {
    return regression ? "The labelled instances all have the same class value; the experiment needs a target that"
        + " varies." : "The labelled instances have " + present + " class(es); the experiment needs at least two.";
  }

  /** The refusal of a test fraction that leaves no test instance. */
  public static String noTestPart(double testFraction, long labelled) {
    return "-test-fraction " + testFraction + " leaves no test instance in " + labelled + " labelled instances;"
        + " raise it.";
  }

  private static long classesPresent(Instances labelled) {
    return Arrays.stream(labelled.attributeStats(labelled.classIndex()).nominalCounts).filter(k -> k > 0).count();
  }

  /**
   * A split of the labelled data, the test part or (inverted) the training part: by row key when one
   * is given, else stratified for a nominal class, random for a numeric one (Weka's supervised and
   * unsupervised Resample).
   */
  private Instances split(Instances labelled, int seed, boolean training) throws Exception {
    if (rowKey >= 0) {
      Instances part = new Instances(labelled, 0);
      for (Instance inst : labelled) {
        if (RowKeySplit.inTest(inst.value(rowKey), seed, settings.testFraction) != training) {
          part.add(inst);
        }
      }
      return part;
    }
    if (regression) {
      weka.filters.unsupervised.instance.Resample resample = new weka.filters.unsupervised.instance.Resample();
      resample.setRandomSeed(seed);
      resample.setSampleSizePercent(100.0 * settings.testFraction);
      resample.setNoReplacement(true);
      resample.setInvertSelection(training);
      resample.setInputFormat(labelled);
      return Filter.useFilter(labelled, resample);
    }
    Resample resample = new Resample();
    resample.setRandomSeed(seed);
    resample.setSampleSizePercent(100.0 * settings.testFraction);
    resample.setBiasToUniformClass(0); // keep the class distribution: stratified
    resample.setNoReplacement(true);
    resample.setInvertSelection(training);
    resample.setInputFormat(labelled);
    return Filter.useFilter(labelled, resample);
  }

  private WeakToStrong configure(CandidateResult result, String mode, int seed) throws Exception {
    WeakToStrong w2s = new WeakToStrong();
    w2s.setWeakClassifier(AbstractClassifier.makeCopy(settings.weakClassifier));
    w2s.setStrongClassifier(AbstractClassifier.makeCopy(settings.strongClassifier));
    w2s.setWeakAttributes(Range.indicesToRangeList(result.attributes));
    w2s.setStrongAttributes(Range.indicesToRangeList(strongAttributes));
    w2s.setWeakFraction(settings.weakFraction);
    w2s.setTargets(TargetStrategy.forName(mode));
    w2s.setSeed(seed);
    w2s.setRowKey(settings.rowKey);
    return w2s;
  }

  private void runCandidate(CandidateResult result, int r, int seed, Instances train, Instances test)
      throws Exception {
    WeakToStrong ceiling = configure(result, "gold", seed);
    ceiling.buildClassifier(train);
    weakSliceSize = ceiling.getReport().weakSliceSize();
    // the weak model is the same in every mode (same seed, same slice): measure it once
    Evaluation weak = new Evaluation(train);
    for (Instance inst : test) {
      weak.evaluateModelOnceAndRecordPrediction(ceiling.weakDistributionForInstance(inst), inst);
    }
    result.weakMeasure[r] = measure(weak);
    result.weakAuroc[r] = auroc(weak);
    Evaluation gold = new Evaluation(train);
    double[][] ceilingPredictions = predict(ceiling, test, gold);
    result.ceilingMeasure[r] = measure(gold);
    result.ceilingAuroc[r] = auroc(gold);
    result.weakLabelMeasure[r] = regression ? ceiling.getReport().weakLabelError()
        : ceiling.getReport().weakLabelAccuracy();
    result.weakRidge[r] = ridgeOf(ceiling.getWeakModel());
    result.ceilingRidge[r] = ridgeOf(ceiling.getStrongModel());
    for (String mode : settings.modes) {
      progress.printf(Locale.ROOT, "[W2SGExperiment] %.1f s: run %d, weak candidate %s, strategy %s%n",
          (System.nanoTime() - started) / 1e9, r + 1, result.spec, mode);
      WeakToStrong w2s = configure(result, mode, seed);
      w2s.buildClassifier(train);
      result.ridge.get(mode)[r] = ridgeOf(w2s.getStrongModel());
      Evaluation eval = new Evaluation(train);
      result.gap.get(mode)[r] = measuredGap(predict(w2s, test, eval), ceilingPredictions);
      result.measure.get(mode)[r] = measure(eval);
      result.auroc.get(mode)[r] = auroc(eval);
      result.targetMeasure.get(mode)[r] = regression ? w2s.getReport().targetError()
          : w2s.getReport().targetAccuracy();
      Selection selection = w2s.getSelection();
      if (selection != null) {
        result.recordChoice(mode, r, selection.chosen().candidate, selection.choseBelowBest());
      }
    }
  }

  /** The ridge a trained RidgeProbe used; NaN for another learner. */
  private static double ridgeOf(Classifier model) {
    return model instanceof RidgeProbe ? ((RidgeProbe) model).chosenRidge() : Double.NaN;
  }

  /** The model's class distributions on the test part, each recorded in the evaluation. */
  private static double[][] predict(Classifier model, Instances test, Evaluation eval) throws Exception {
    double[][] out = new double[test.numInstances()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = model.distributionForInstance(test.instance(i));
      eval.evaluateModelOnceAndRecordPrediction(out[i], test.instance(i));
    }
    return out;
  }

  /**
   * The measured prediction gap between a W2S model and the ceiling, the quantity PredGap estimates
   * (W2SG-MATH.md section 3): the mean over the test part of the squared difference of their
   * predictions in the label coding of section 1, from the class distributions: f = p_1 - p_0 for two
   * classes (the +1/-1 coding), the vector of class probabilities (one-hot coding) for more.
   */
  static double measuredGap(double[][] w2s, double[][] ceiling) {
    double sum = 0;
    for (int i = 0; i < w2s.length; i++) {
      sum += squaredGap(w2s[i], ceiling[i]);
    }
    return sum / w2s.length;
  }

  /** One test instance's term of {@link #measuredGap}: the two predictions' squared distance in the label coding. */
  public static double squaredGap(double[] w2s, double[] ceiling) {
    if (w2s.length == 2) {
      double d = (w2s[1] - w2s[0]) - (ceiling[1] - ceiling[0]);
      return d * d;
    }
    double sum = 0;
    for (int k = 0; k < w2s.length; k++) {
      double d = w2s[k] - ceiling[k];
      sum += d * d;
    }
    return sum;
  }

  /** The experiment's measure: accuracy, or the mean squared error for a numeric class. */
  private double measure(Evaluation eval) {
    if (regression) {
      double rmse = eval.rootMeanSquaredError();
      return rmse * rmse;
    }
    return eval.pctCorrect() / 100.0;
  }

  private double auroc(Evaluation eval) {
    // for two classes the area is the same whichever class is "positive"
    return twoClass ? eval.areaUnderROC(1) : Double.NaN;
  }

  /**
   * The scores of every (weak candidate, strong) pair on the labelled training part: one pass of
   * joint statistics, the weak gamma with m_w = the weak slice size WeakToStrong uses.
   */
  private void analyzeScores(int r, Instances train) {
    try {
      List<String> weakSpecs = new ArrayList<>();
      for (CandidateResult c : results) {
        weakSpecs.add(Range.indicesToRangeList(c.attributes));
      }
      RepresentationLayout layout = RepresentationLayout.resolve(train, weakSpecs,
          Collections.singletonList(Range.indicesToRangeList(strongAttributes)), true);
      JointStatistics stats = JointStatistics.forDimension(layout.dimension(), LinearAlgebra.preferred());
      double[] row = new double[layout.dimension()];
      int incomplete = 0;
      for (int i = 0; i < train.numInstances(); i++) {
        Instance inst = train.instance(i);
        if (!inst.classIsMissing()) {
          if (layout.fill(inst, row, i + 1, true)) {
            stats.add(row);
          } else {
            incomplete++;
          }
        }
      }
      scoresLeftOut = Math.max(scoresLeftOut, incomplete);
      recordScores(r, RepresentationAnalysis.of(stats, layout.weakColumns(), layout.strongColumns(),
          layout.labelColumns(), settings.principal, weakSliceSize));
    } catch (IllegalArgumentException e) {
      // e.g. nominal attributes: the modes still ran, only the scores are unavailable
      for (CandidateResult c : results) {
        c.scoreNote = e.getMessage();
      }
    }
  }

  /**
   * A run's representation scores: the analysis of every (weak candidate, strong) pair on the
   * labelled training part, candidates in order, with m_w the weak slice's size.
   */
  public void recordScores(int r, RepresentationAnalysis analysis) {
    for (int c = 0; c < results.size(); c++) {
      CandidateResult result = results.get(c);
      PairAnalysis pair = analysis.pair(c, 0);
      for (Quantity q : Quantity.rankable()) {
        result.scores.get(q.rankName())[r] = q.value(pair);
      }
      result.kWeak[r] = pair.weak().k();
      result.kStrong[r] = pair.strong().k();
    }
  }

  // -------------------------------------------------------------------------------------------
  // Output

  /** The report as W2SGExperiment prints it: the tables. */
  public String table() {
    return printed(this::printTables);
  }

  /** The report as W2SGExperiment -json prints it: one object per candidate, then a summary. */
  public String json() {
    return printed(this::printJson);
  }

  private static String printed(java.util.function.Consumer<PrintStream> writer) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, false, java.nio.charset.StandardCharsets.UTF_8)) {
      writer.accept(out);
    }
    return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The weak candidates' results, in the order of the settings. */
  public List<CandidateResult> candidates() {
    return java.util.Collections.unmodifiableList(results);
  }

  /**
   * The results as a data set: one instance per candidate and strategy (the weak model, each strategy,
   * the ceiling) with its mean test accuracy (numeric class: mean squared error, attribute mse) and PGR.
   */
  public Instances resultInstances() {
    List<String> candidates = new ArrayList<>();
    List<String> strategies = new ArrayList<>(List.of("weak model"));
    for (CandidateResult c : results) {
      candidates.add(c.weak());
    }
    strategies.addAll(settings.modes());
    strategies.add("ceiling (gold)");
    ArrayList<Attribute> attributes = new ArrayList<>();
    attributes.add(new Attribute("weak", candidates));
    attributes.add(new Attribute("strategy", strategies));
    attributes.add(new Attribute(regression ? "mse" : "accuracy"));
    attributes.add(new Attribute("pgr"));
    Instances out = new Instances("W2SG experiment on " + dataName, attributes, 0);
    for (CandidateResult c : results) {
      int weak = candidates.indexOf(c.weak());
      // the weak model and the ceiling are the references of PGR, not strategies: no PGR of their own
      out.add(new DenseInstance(1, new double[] {weak, 0, c.meanWeakMeasure(), Utils.missingValue()}));
      for (String mode : settings.modes()) {
        double pgr = c.meanPgr(mode);
        out.add(new DenseInstance(1, new double[] {weak, strategies.indexOf(mode), c.meanMeasure(mode),
            Double.isNaN(pgr) ? Utils.missingValue() : pgr}));
      }
      out.add(new DenseInstance(1, new double[] {weak, strategies.size() - 1, c.meanCeilingMeasure(),
          Utils.missingValue()}));
    }
    return out;
  }

  /** The size of the last run's training part (the weak slice and the pool) and of its test part. */
  public int trainSize() {
    return trainSize;
  }

  public int testSize() {
    return testSize;
  }

  /** The size of the weak slice WeakToStrong used in the last run. */
  public int weakSliceSize() {
    return (int) weakSliceSize;
  }

  /** Whether the class is numeric: the measure is then the mean squared error (lower is better). */
  public boolean regression() {
    return regression;
  }

  /** The name of the test measure: accuracy, or mean squared error for a numeric class. */
  public String measureName() {
    return regression ? "mean squared error" : "accuracy";
  }

  /** The strategies run (gold, the ceiling, is apart). */
  public List<String> modes() {
    return settings.modes();
  }

  private void printTables(PrintStream out) {
    out.println("=== Weak-to-strong experiment ===");
    out.println();
    out.printf(Locale.ROOT,
        "Data:       %s (relation %s): %d instances, %d attributes, class '%s' (%s)%s%n",
        dataName, data.relationName(), instances, data.numAttributes(),
        data.classAttribute().name(), regression ? "numeric" : data.numClasses() + " values",
        unlabelled > 0 ? ", " + unlabelled + " without class (training pool only)" : "");
    out.printf(Locale.ROOT, "Protocol:   %d repetition(s), %s split %d train / %d test"
        + " (test fraction %s), weak fraction %s of the training part, seeds %d..%d%n",
        settings.runs, splitByKey ? "row-key" : regression ? "random" : "stratified", trainSize, testSize,
        num(settings.testFraction), num(settings.weakFraction), settings.seed, settings.seed + settings.runs - 1);
    out.printf("Weak:       %s%n", settings.classifierSpec(settings.weakClassifier));
    out.printf("Strong:     %s on %s (%d attributes)%n", settings.classifierSpec(settings.strongClassifier),
        settings.strongSpec, strongAttributes.length);
    out.println("Ceiling:    WeakToStrong mode gold (the strong model trained on the pool's gold labels)");
    out.println("Ridges:     " + ridgeRule());
    out.println("Scores:     " + settings.principal + "; weak training size m_w = the weak slice");
    if (regression) {
      out.println("PGR:        (MSE_weak - MSE_W2S) / (MSE_weak - MSE_ceiling) on test mean squared error; 'per"
          + " run' is the mean +/- sd of the per-repetition PGRs, 'of means' uses the mean MSEs");
    } else {
      out.println("PGR:        (W2S - weak) / (ceiling - weak) on test accuracy; 'per run' is the mean +/- sd"
          + " of the per-repetition PGRs, 'of means' uses the mean accuracies");
    }
    out.println();
    for (int c = 0; c < results.size(); c++) {
      printCandidate(out, c + 1, results.get(c));
    }
    printScores(out);
    printCorrelations(out);
  }

  private void printCandidate(PrintStream out, int number, CandidateResult result) {
    out.printf(Locale.ROOT, "--- Weak candidate %d: %s (%d attributes) ---%n", number, result.spec,
        result.attributes.length);
    if (Arrays.equals(result.attributes, strongAttributes)) {
      out.println("Warning: this candidate's attributes are the strong ones, so the two models share one"
          + " representation: there is no weak-to-strong gap to measure. Give the weak model its own attributes.");
    }
    if (regression) {
      printRegressionCandidate(out, result);
    } else {
      String header = String.format(Locale.ROOT, "%-12s %-19s %-19s %-28s %-16s %-10s %s", "model", "accuracy",
          twoClass ? "AUROC" : "", "PGR (per run)", "PGR (of means)", "ridge", "targets' accuracy on the pool");
      out.println(header.replaceAll("\\s+$", ""));
      row(out, "weak", result.weakMeasure, result.weakAuroc, "", "", result.weakRidge,
          meanSd(result.weakLabelMeasure) + " (weak labels)");
      row(out, "ceiling", result.ceilingMeasure, result.ceilingAuroc, "", "", result.ceilingRidge, "");
      for (String mode : settings.modes) {
        row(out, mode, result.measure.get(mode), result.auroc.get(mode), pgrPerRun(result, mode),
            pgrText(result.pgrOfMeans(mode)), result.ridge.get(mode), meanSd(result.targetMeasure.get(mode)));
      }
    }
    if (settings.modes.stream().anyMatch(m -> result.pgrOfMeans(m) > 1)) {
      out.println("Note: a PGR above 1 is a W2S model better than the ceiling on this test set: with tuned"
          + " references, weak supervision plus a strategy beat the strong model trained on the pool's gold"
          + " labels (or the difference is within the test set's noise).");
    }
    for (Map.Entry<String, String[]> e : result.chosen.entrySet()) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (String choice : e.getValue()) {
        counts.merge(choice, 1, Integer::sum);
      }
      List<String> parts = new ArrayList<>();
      counts.forEach((choice, count) -> parts.add(choice + " (" + count + " of " + settings.runs + " runs)"));
      out.println(e.getKey() + " chose: " + String.join("; ", parts));
      int below = result.choseBelowBest.getOrDefault(e.getKey(), 0);
      if (below > 0) {
        out.println("  in " + below + " of " + settings.runs + " runs not the best-scoring candidate: "
            + (regression ? Selection.REGRESSION_RULE : Selection.RULE)
            + " (WeakToStrong's model text shows the candidates' scores).");
      }
    }
    out.println();
  }

  /** A numeric class: MSE, its root and R^2 instead of accuracy and AUROC. */
  private void printRegressionCandidate(PrintStream out, CandidateResult result) {
    String header = String.format(Locale.ROOT, "%-12s %-19s %-19s %-19s %-28s %-16s %-10s %s", "model", "MSE",
        "RMSE", "R^2", "PGR (per run)", "PGR (of means)", "ridge", "targets' MSE on the pool");
    out.println(header.replaceAll("\\s+$", ""));
    regressionRow(out, "weak", result.weakMeasure, "", "", result.weakRidge,
        meanSdSig(result.weakLabelMeasure) + " (weak labels)");
    regressionRow(out, "ceiling", result.ceilingMeasure, "", "", result.ceilingRidge, "");
    for (String mode : settings.modes) {
      regressionRow(out, mode, result.measure.get(mode), pgrPerRun(result, mode), pgrText(result.pgrOfMeans(mode)),
          result.ridge.get(mode), meanSdSig(result.targetMeasure.get(mode)));
    }
  }

  private void regressionRow(PrintStream out, String label, double[] mse, String pgr, String pgrMeans,
      double[] ridges, String targets) {
    String line = String.format(Locale.ROOT, "%-12s %-19s %-19s %-19s %-28s %-16s %-10s %s", label, meanSdSig(mse),
        meanSdSig(rmse(mse)), meanSd(rSquared(mse)), pgr, pgrMeans, ridgeText(ridges), targets);
    out.println(line.replaceAll("\\s+$", ""));
  }

  private static double[] rmse(double[] mse) {
    return Arrays.stream(mse).map(Math::sqrt).toArray();
  }

  /** R^2 = 1 - MSE / variance of the test part's class values, per run. */
  private double[] rSquared(double[] mse) {
    double[] out = new double[mse.length];
    for (int r = 0; r < out.length; r++) {
      out[r] = 1 - mse[r] / testVariance[r];
    }
    return out;
  }

  private void row(PrintStream out, String label, double[] acc, double[] auc, String pgr, String pgrMeans,
      double[] ridges, String targets) {
    String line = String.format(Locale.ROOT, "%-12s %-19s %-19s %-28s %-16s %-10s %s", label, meanSd(acc),
        twoClass ? aurocText(auc) : "", pgr, pgrMeans, ridgeText(ridges), targets);
    out.println(line.replaceAll("\\s+$", ""));
  }

  /**
   * AUROC over the runs where it is defined: a run whose test part holds one class has none (Weka's
   * NaN), which would make the mean NaN.
   */
  static String aurocText(double[] auc) {
    double[] defined = definedValues(auc);
    if (defined.length == 0) {
      return "n/a (one class)";
    }
    return meanSd(defined) + (defined.length < auc.length ? " (" + defined.length + " of " + auc.length + " runs)"
        : "");
  }

  /** The median ridge over the runs (ridges spread over decades: a mean would say little). */
  private static String ridgeText(double[] ridges) {
    double[] defined = definedValues(ridges);
    if (defined.length == 0) {
      return "";
    }
    Arrays.sort(defined);
    int h = defined.length / 2;
    double median = defined.length % 2 == 1 ? defined[h] : (defined[h - 1] + defined[h]) / 2;
    return String.format(Locale.ROOT, "%.3g", median);
  }

  private String pgrPerRun(CandidateResult result, String mode) {
    double[] defined = definedValues(result.pgrPerRun(mode));
    if (defined.length == 0) {
      return UNDEFINED_PGR;
    }
    String text = meanSd(defined);
    if (defined.length < settings.runs) {
      text += " (" + defined.length + "/" + settings.runs + " runs)";
    }
    return text;
  }

  private static String pgrText(double pgr) {
    return PerformanceGap.describe(pgr);
  }

  private void printScores(PrintStream out) {
    out.println("--- Representation scores (labelled training part; m_w = weak slice size;"
        + " mean +/- sd) ---");
    if (!results.get(0).scoreNote.isEmpty()) {
      out.println("not computed: " + results.get(0).scoreNote);
      out.println();
      return;
    }
    if (scoresLeftOut > 0) {
      out.println("(up to " + scoresLeftOut + " labelled training instances per run left out: missing values in"
          + " the weak or strong attributes)");
    }
    String target = correlationMode();
    List<String> header = new ArrayList<>(List.of("#"));
    for (Quantity q : Quantity.rankable()) {
      header.add(q.key());
    }
    header.add("weak error");
    header.add("W2S error (" + target + ")");
    TextTable table = new TextTable(header);
    for (int c = 0; c < results.size(); c++) {
      CandidateResult r = results.get(c);
      List<String> row = new ArrayList<>(List.of(Integer.toString(c + 1)));
      for (Quantity q : Quantity.rankable()) {
        row.add(meanSdShort(r.scores.get(q.rankName())));
      }
      row.add(errorText(error(r.weakMeasure)));
      row.add(errorText(error(r.measure.get(target))));
      table.add(row);
    }
    out.print(table);
    out.println();
  }

  private void printCorrelations(PrintStream out) {
    String target = correlationMode();
    out.println("--- Spearman rank correlation across weak candidates: predictor vs W2S (" + target
        + ") test error (misfit negated: +1 ranks as the errors do) ---");
    Map<String, Double> rho = correlations();
    String note = correlationNote();
    List<String> saturated = saturated();
    for (String s : SCORES) {
      Double v = rho.get(s);
      out.printf(Locale.ROOT, "%-22s %s%s%n", s, v == null || v.isNaN() ? note : num(v),
          saturated.contains(s) ? "  ~ saturated: the candidates are within " + (int) Saturation.SEED_SDS
              + " run-to-run sds of each other, so this order is noise" : "");
    }
    out.println();
  }

  /** The predictors whose candidates are within their own run-to-run noise of each other. */
  List<String> saturated() {
    List<String> out = new ArrayList<>();
    if (results.isEmpty() || !results.get(0).scoreNote.isEmpty()) {
      return out;
    }
    for (String s : SCORES) {
      if (Saturation.saturated(results.stream().map(r -> r.scores.get(s)).toArray(double[][]::new))) {
        out.add(s);
      }
    }
    return out;
  }

  /** How each model's ridge was chosen (the table's ridge column gives the median chosen value). */
  String ridgeRule() {
    String weak = ridgeRule(settings.weakClassifier, "the weak slice's gold labels");
    String ceiling = ridgeRule(settings.strongClassifier, "the pool's gold labels");
    String students = settings.strongClassifier instanceof RidgeLearner
        && ((RidgeLearner) settings.strongClassifier).choosesRidge()
        ? "cross-fitted on the weak slice's gold labels (never on weak labels)" : "fixed";
    return "weak " + weak + "; ceiling " + ceiling + "; students " + students + " (median chosen ridge per row)";
  }

  private static String ridgeRule(Classifier c, String labels) {
    if (!(c instanceof RidgeLearner)) {
      return "as its learner sets it";
    }
    return ((RidgeLearner) c).choosesRidge() ? "leave-one-out on " + labels : "fixed";
  }

  private String errorText(double error) {
    return regression ? sig(error) : num(error);
  }

  /** The mean test error of per-run measures: 1 - accuracy, or the mean squared error itself. */
  private double error(double[] measures) {
    return regression ? Utils.mean(measures) : 1 - Utils.mean(measures);
  }

  /** The W2S mode whose test error the scores are correlated with: naive, else the first mode. */
  String correlationMode() {
    return settings.modes.contains("naive") ? "naive" : settings.modes.get(0);
  }

  private String correlationNote() {
    if (results.size() < 3) {
      return "n/a (needs >= 3 weak candidates, got " + results.size() + ")";
    }
    if (!results.get(0).scoreNote.isEmpty()) {
      return "n/a (scores not computed)";
    }
    return "n/a (ties: a constant ranking)";
  }

  /** Spearman's rho of each mean score with the mean W2S test error; NaN where undefined. */
  Map<String, Double> correlations() {
    Map<String, Double> out = new LinkedHashMap<>();
    String target = correlationMode();
    double[] error = new double[results.size()];
    for (int c = 0; c < error.length; c++) {
      error[c] = error(results.get(c).measure.get(target));
    }
    for (Quantity q : Quantity.rankable()) {
      double[] score = new double[results.size()];
      for (int c = 0; c < score.length; c++) {
        score[c] = q.oriented(Utils.mean(results.get(c).scores.get(q.rankName())));
      }
      String s = q.rankName();
      out.put(s, results.size() < 3 ? Double.NaN : RankCorrelation.spearman(score, error));
    }
    return out;
  }

  private void printJson(PrintStream out) {
    for (int c = 0; c < results.size(); c++) {
      CandidateResult r = results.get(c);
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("type", "candidate");
      o.put("candidate", c + 1);
      o.put("weak", r.spec);
      o.put("weak_attributes", r.attributes.length);
      o.put("strong", settings.strongSpec);
      o.put("strong_attributes", strongAttributes.length);
      o.put("runs", settings.runs);
      Map<String, Object> weakModel = metrics(r.weakMeasure, r.weakAuroc);
      weakModel.put("ridge", stat(r.weakRidge));
      o.put("weak_model", weakModel);
      Map<String, Object> ceilingModel = metrics(r.ceilingMeasure, r.ceilingAuroc);
      ceilingModel.put("ridge", stat(r.ceilingRidge));
      o.put("ceiling", ceilingModel);
      o.put(regression ? "weak_labels_mse" : "weak_labels_accuracy", stat(r.weakLabelMeasure));
      Map<String, Object> modes = new LinkedHashMap<>();
      for (String mode : settings.modes) {
        Map<String, Object> m = metrics(r.measure.get(mode), r.auroc.get(mode));
        double[] perRun = r.pgrPerRun(mode);
        Map<String, Object> pgr = new LinkedHashMap<>();
        double[] defined = definedValues(perRun);
        pgr.put("mean", defined.length == 0 ? Double.NaN : Utils.mean(defined));
        pgr.put("sd", sd(defined));
        pgr.put("of_means", r.pgrOfMeans(mode));
        pgr.put("defined_runs", defined.length);
        pgr.put("values", perRun);
        m.put("pgr", pgr);
        m.put(regression ? "target_mse" : "target_accuracy", stat(r.targetMeasure.get(mode)));
        m.put("ridge", stat(r.ridge.get(mode)));
        m.put("gap", stat(r.gap.get(mode)));
        if (r.chosen.containsKey(mode)) {
          m.put("chosen", Arrays.asList(r.chosen.get(mode)));
        }
        modes.put(mode, m);
      }
      o.put("modes", modes);
      Map<String, Object> scores = new LinkedHashMap<>();
      for (String s : SCORES) {
        scores.put(s, stat(r.scores.get(s)));
      }
      o.put("scores", r.scoreNote.isEmpty() ? scores : null);
      if (r.scoreNote.isEmpty()) {
        o.put("k_weak", stat(r.kWeak));
        o.put("k_strong", stat(r.kStrong));
      }
      if (!r.scoreNote.isEmpty()) {
        o.put("scores_note", r.scoreNote);
      }
      out.println(Json.write(o));
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("type", "summary");
    summary.put("data", dataName);
    summary.put("relation", data.relationName());
    summary.put("instances", instances);
    summary.put("unlabelled", unlabelled);
    summary.put("class", data.classAttribute().name());
    summary.put("classes", data.numClasses());
    summary.put("runs", settings.runs);
    summary.put("seed", settings.seed);
    summary.put("test_fraction", settings.testFraction);
    summary.put("weak_fraction", settings.weakFraction);
    summary.put("train_size", trainSize);
    summary.put("test_size", testSize);
    summary.put("modes", settings.modes);
    summary.put("weak_classifier", settings.classifierSpec(settings.weakClassifier));
    summary.put("strong_classifier", settings.classifierSpec(settings.strongClassifier));
    summary.put("strong", settings.strongSpec);
    summary.put("principal_settings", settings.principal.toString());
    summary.put("ridges", ridgeRule());
    summary.put("candidates", results.size());
    summary.put("correlation_target", correlationMode());
    Map<String, Object> rho = new LinkedHashMap<>(correlations());
    summary.put("spearman", rho);
    boolean anyUndefined = rho.values().stream().anyMatch(v -> ((Double) v).isNaN());
    summary.put("spearman_note", anyUndefined ? correlationNote() : null);
    summary.put("saturated", saturated());
    out.println(Json.write(summary));
  }

  /** accuracy and AUROC, or (numeric class) mse, rmse and r2. */
  private Map<String, Object> metrics(double[] measure, double[] auroc) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (regression) {
      m.put("mse", stat(measure));
      m.put("rmse", stat(rmse(measure)));
      m.put("r2", stat(rSquared(measure)));
      return m;
    }
    m.put("accuracy", stat(measure));
    m.put("auroc", twoClass ? stat(auroc) : null);
    return m;
  }

  private static Map<String, Object> stat(double[] values) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("mean", Utils.mean(values));
    m.put("sd", sd(values));
    m.put("values", values);
    return m;
  }

  /** Per-run measurements of one weak candidate. */
  public static final class CandidateResult {
    final String spec;
    final int[] attributes;
    /** Whether the measures are mean squared errors (a numeric class) rather than accuracies. */
    final boolean regression;
    final double[] weakMeasure;
    final double[] weakAuroc;
    final double[] ceilingMeasure;
    final double[] ceilingAuroc;
    /** mode -> per-run values. */
    final Map<String, double[]> measure = new LinkedHashMap<>();
    final Map<String, double[]> auroc = new LinkedHashMap<>();
    /** mode -> per-run accuracy (numeric class: mean squared error) of the training targets on the pool's gold labels. */
    final Map<String, double[]> targetMeasure = new LinkedHashMap<>();
    /** mode -> per-run choice of a selecting strategy (auto); absent for fixed strategies. */
    final Map<String, String[]> chosen = new LinkedHashMap<>();
    /** mode -> the number of runs whose choice scored below the best candidate (the one-standard-error rule). */
    final Map<String, Integer> choseBelowBest = new LinkedHashMap<>();
    final double[] weakLabelMeasure;
    /** The ridge each model used (chosen or fixed), per run; NaN for a learner without one. */
    final double[] weakRidge;
    final double[] ceilingRidge;
    final Map<String, double[]> ridge = new LinkedHashMap<>();
    /** mode -> per-run measured prediction gap to the ceiling ({@link #measuredGap}). */
    final Map<String, double[]> gap = new LinkedHashMap<>();
    /** The principal dimensions of the scores' weak and strong representations, per run. */
    final double[] kWeak;
    final double[] kStrong;
    /** score name -> per-run values. */
    final Map<String, double[]> scores = new LinkedHashMap<>();
    String scoreNote = "";

    CandidateResult(String spec, int[] attributes, List<String> modes, int runs, boolean regression) {
      this.spec = spec;
      this.regression = regression;
      this.attributes = attributes;
      weakMeasure = nan(runs);
      weakAuroc = nan(runs);
      ceilingMeasure = nan(runs);
      ceilingAuroc = nan(runs);
      weakLabelMeasure = nan(runs);
      weakRidge = nan(runs);
      ceilingRidge = nan(runs);
      kWeak = nan(runs);
      kStrong = nan(runs);
      for (String m : modes) {
        gap.put(m, nan(runs));
        measure.put(m, nan(runs));
        auroc.put(m, nan(runs));
        targetMeasure.put(m, nan(runs));
        ridge.put(m, nan(runs));
      }
      for (String s : SCORES) {
        scores.put(s, nan(runs));
      }
    }

    /**
     * One run's references: the weak model's test measure and ridge, its labels' measure on the
     * pool's gold, the ceiling's test measure and ridge.
     */
    public void recordReferences(int run, double weak, double weakRidgeUsed, double weakLabels, double ceiling,
        double ceilingRidgeUsed) {
      weakMeasure[run] = weak;
      weakRidge[run] = weakRidgeUsed;
      weakLabelMeasure[run] = weakLabels;
      ceilingMeasure[run] = ceiling;
      ceilingRidge[run] = ceilingRidgeUsed;
    }

    /**
     * One run of a strategy: its test measure, the measured gap to the ceiling ({@link #measuredGap}),
     * the student's ridge and its targets' measure on the pool's gold.
     */
    public void recordStrategy(String mode, int run, double testMeasure, double measuredGap, double ridgeUsed,
        double targets) {
      measure.get(mode)[run] = testMeasure;
      gap.get(mode)[run] = measuredGap;
      ridge.get(mode)[run] = ridgeUsed;
      targetMeasure.get(mode)[run] = targets;
    }

    /** One run's choice of a selecting strategy (auto, or a student's ridge chosen by cross-fitting). */
    public void recordChoice(String mode, int run, String choice, boolean belowBest) {
      chosen.computeIfAbsent(mode, k -> new String[weakMeasure.length])[run] = choice;
      if (belowBest) {
        choseBelowBest.merge(mode, 1, Integer::sum);
      }
    }

    /** One run's AUROC (two classes) of the weak model and the ceiling. */
    public void recordReferenceAuroc(int run, double weak, double ceiling) {
      weakAuroc[run] = weak;
      ceilingAuroc[run] = ceiling;
    }

    /** One run's AUROC (two classes) of a strategy's model. */
    public void recordStrategyAuroc(String mode, int run, double value) {
      auroc.get(mode)[run] = value;
    }

    /** The candidate's weak selection, as given. */
    public String weak() {
      return spec;
    }

    /** Per-run test measure (accuracy, or mean squared error for a numeric class) of the weak model alone. */
    public double[] weakMeasures() {
      return weakMeasure.clone();
    }

    /** Per-run test measure of the ceiling. */
    public double[] ceilingMeasures() {
      return ceilingMeasure.clone();
    }

    /** Per-run test measure of a strategy. */
    public double[] measures(String mode) {
      return measure.get(mode).clone();
    }

    /** Per-run measured prediction gap between a strategy's model and the ceiling on the test part. */
    public double[] gaps(String mode) {
      return gap.get(mode).clone();
    }

    /** Per-run values of a score ({@link Experiment#SCORES}); NaN where the scores were not computed. */
    public double[] scores(String name) {
      return scores.get(name).clone();
    }

    /** Per-run principal dimension of the weak representation in the scores. */
    public double[] weakPrincipalDimensions() {
      return kWeak.clone();
    }

    /** Per-run principal dimension of the strong representation in the scores. */
    public double[] strongPrincipalDimensions() {
      return kStrong.clone();
    }

    /** The number of attributes of the weak selection. */
    public int weakDimension() {
      return attributes.length;
    }

    /** Mean test measure (accuracy, or mean squared error) of the weak model alone. */
    public double meanWeakMeasure() {
      return Utils.mean(weakMeasure);
    }

    /** Mean test measure of the strong ceiling (gold). */
    public double meanCeilingMeasure() {
      return Utils.mean(ceilingMeasure);
    }

    /** Mean test measure of a strategy. */
    public double meanMeasure(String mode) {
      return Utils.mean(measure.get(mode));
    }

    /**
     * The mean of the per-run PGRs of a strategy, over the runs where the ceiling beats the weak
     * model; NaN where no run does (W2SGExperiment's JSON {@code pgr.mean}).
     */
    public double meanPgr(String mode) {
      double[] defined = definedValues(pgrPerRun(mode));
      return defined.length == 0 ? Double.NaN : Utils.mean(defined);
    }

    /** PGR of one run, NaN unless the ceiling is above the weak model. */
    double pgr(String mode, int run) {
      return pgr(measure.get(mode)[run], weakMeasure[run], ceilingMeasure[run]);
    }

    double[] pgrPerRun(String mode) {
      double[] v = new double[weakMeasure.length];
      for (int r = 0; r < v.length; r++) {
        v[r] = pgr(mode, r);
      }
      return v;
    }

    /** PGR from the mean accuracies. */
    double pgrOfMeans(String mode) {
      return pgr(Utils.mean(measure.get(mode)), Utils.mean(weakMeasure), Utils.mean(ceilingMeasure));
    }

    /** PGR by the package's one rule, on accuracies or (numeric class) on mean squared errors. */
    double pgr(double w2s, double weak, double ceiling) {
      return regression ? PerformanceGap.recoveredOfErrors(w2s, weak, ceiling)
          : PerformanceGap.recovered(w2s, weak, ceiling);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Small numeric helpers

  static double[] nan(int n) {
    double[] v = new double[n];
    Arrays.fill(v, Double.NaN);
    return v;
  }

  static double[] definedValues(double[] values) {
    return Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
  }

  /** Sample standard deviation; NaN for fewer than two values. */
  static double sd(double[] values) {
    return values.length < 2 ? Double.NaN : Math.sqrt(Utils.variance(values));
  }

  static String num(double v) {
    // no "-0.0000" for values that round to zero
    return String.format(Locale.ROOT, "%.4f", Math.abs(v) < 5e-5 ? 0.0 : v);
  }

  /** "mean +/- sd", or the mean alone for a single run. */
  static String meanSd(double[] values) {
    if (values.length == 0) {
      return "n/a";
    }
    double sd = sd(values);
    return Double.isNaN(sd) ? num(Utils.mean(values)) : num(Utils.mean(values)) + " +/- " + num(sd);
  }

  /** Four significant digits: a numeric class's errors range over orders of magnitude. */
  static String sig(double v) {
    return String.format(Locale.ROOT, "%.4g", v);
  }

  /** Four significant digits of the mean and two of the sd: a score table's cell. */
  static String meanSdShort(double[] values) {
    double sd = sd(values);
    return values.length == 0 ? "n/a" : Double.isNaN(sd) ? sig(Utils.mean(values))
        : sig(Utils.mean(values)) + " +/- "
            + new BigDecimal(sd).round(new MathContext(2)).stripTrailingZeros().toPlainString();
  }

  static String meanSdSig(double[] values) {
    if (values.length == 0) {
      return "n/a";
    }
    double sd = sd(values);
    return Double.isNaN(sd) ? sig(Utils.mean(values)) : sig(Utils.mean(values)) + " +/- " + sig(sd);
  }
}
