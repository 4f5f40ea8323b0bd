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

package weka.w2s.spark;

import java.io.PrintStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;

import scala.Tuple2;
import weka.core.Utils;
import weka.w2s.core.JointStatistics;
import weka.w2s.core.LinearAlgebra;
import weka.w2s.core.LinearProbability;
import weka.w2s.core.MomentRidge;
import weka.w2s.core.PrincipalFeatureMap;
import weka.w2s.core.PrincipalPool;
import weka.w2s.core.RepresentationAnalysis;
import weka.w2s.core.RidgeGrid;
import weka.w2s.core.RidgePath;
import weka.w2s.core.RowKeySplit;
import weka.w2s.data.BadInputException;
import weka.classifiers.functions.RidgeProbe;
import weka.w2s.core.PrincipalSettings;
import weka.w2s.experiment.Experiment;
import weka.w2s.experiment.ExperimentSettings;
import weka.w2s.targets.Auto;
import weka.w2s.targets.KernelSmoothing;
import weka.w2s.targets.TargetStrategy;

/**
 * One repetition of W2SGExperiment's protocol with ridge heads, over data read in passes (W2SG-MATH.md
 * section 5): every model is the solution of normal equations, so each pass folds what the next models
 * need and the driver solves them from moments ({@link MomentRidge}). Rows are assigned to test part,
 * weak slice (with its cross-fitting fold) and pool by their key ({@link RowKeySplit}), as the single
 * machine does with -id. Per run, five passes, every weak candidate in each:
 * <ol>
 * <li>moments: each candidate's [weak view, gold] per slice fold, the pool's [strong view, gold], the
 * training part's joint statistics (the representation scores), the test part's size;</li>
 * <li>leave-one-out errors of the weak heads (whole slice and each fold's complement) and the ceiling
 * at every ridge of their grids, which choose their ridges;</li>
 * <li>the pool's weak labels of every weak head: the students' cross-moments (naive) and the principal
 * kernel's coordinates of the labels (kernel);</li>
 * <li>kernel only: the smoothed and clipped labels' cross-moments;</li>
 * <li>each fold's students scored on the fold's gold (Brier, which chooses the student's ridge as auto
 * does), and every model's test predictions.</li>
 * </ol>
 * What travels to the tasks is the designs' decompositions (d x d per head); what comes back is
 * moments and sums, never rows.
 */
final class ProtocolRun {

  /** The row layout and the protocol's constants, shipped to every task. */
  static final class Setup implements Serializable {
    private static final long serialVersionUID = 1L;
    final int[][] weakColumns;
    final int[] strongColumns;
    final int[] labelColumns;
    /** Nominal class values, or 0 for a numeric class. */
    final int classes;
    final long seed;
    final double testFraction;
    final double weakFraction;
    final int folds;
    final boolean keyColumn;
    final boolean kernel;

    Setup(int[][] weakColumns, int[] strongColumns, int[] labelColumns, int classes, long seed, double testFraction,
        double weakFraction, int folds, boolean keyColumn, boolean kernel) {
      this.weakColumns = weakColumns;
      this.strongColumns = strongColumns;
      this.labelColumns = labelColumns;
      this.classes = classes;
      this.seed = seed;
      this.testFraction = testFraction;
      this.weakFraction = weakFraction;
      this.folds = folds;
      this.keyColumn = keyColumn;
      this.kernel = kernel;
    }

    boolean regression() {
      return classes == 0;
    }

    /** The heads' outputs: one per class, or one value. */
    int outputs() {
      return regression() ? 1 : classes;
    }

    int candidates() {
      return weakColumns.length;
    }

    /** The class code (nominal) or value (numeric) of a joint row, from the layout's label coding. */
    double classOf(double[] joint) {
      if (regression()) {
        return joint[labelColumns[0]];
      }
      if (classes == 2) {
        return joint[labelColumns[0]] > 0 ? 1 : 0;
      }
      for (int k = 0; k < classes; k++) {
        if (joint[labelColumns[k]] == 1) {
          return k;
        }
      }
      throw new IllegalStateException("no class in the joint row");
    }

    /** The heads' target row: one-hot, or the value. */
    double[] target(double y) {
      if (regression()) {
        return new double[] {y};
      }
      double[] t = new double[classes];
      t[(int) y] = 1;
      return t;
    }

    /** The model's prediction: RidgeProbe's class distribution, or the value. */
    double[] predict(RidgePath.Head head, double[] x) {
      double[] scores = head.scores(x);
      return regression() ? scores : LinearProbability.clipAndNormalise(scores);
    }

    /** Whether a prediction is right (nominal) or its squared error (numeric): the test measure's term. */
    double measureTerm(double[] prediction, double y) {
      if (regression()) {
        double e = prediction[0] - y;
        return e * e;
      }
      return Utils.maxIndex(prediction) == (int) y ? 1 : 0;
    }

    /** The squared error of a prediction against the gold target (Brier for a distribution). */
    double squaredError(double[] prediction, double y) {
      double[] t = target(y);
      double sum = 0;
      for (int k = 0; k < t.length; k++) {
        double e = prediction[k] - t[k];
        sum += e * e;
      }
      return sum;
    }

    /** Which part a row is in: -1 test, 0 pool, 1 + fold for the weak slice. */
    int part(double key) {
      if (RowKeySplit.inTest(key, seed, testFraction)) {
        return -1;
      }
      return RowKeySplit.inWeakSlice(key, seed, weakFraction) ? 1 + RowKeySplit.fold(key, seed, folds) : 0;
    }
  }

  /** Receives every usable row of a partition. */
  interface RowVisitor {
    void visit(double key, double[] joint, double y);
  }

  /** A pass: what a partition folds, and how two partitions' results merge. */
  interface Pass<A> extends Serializable {
    A fold(Iterator<Tuple2<Row, Long>> rows, RowReader reader, Setup setup);
  }

  interface Merge<A> extends Serializable {
    A merge(A a, A b);
  }

  /**
   * The models' rules: the weak and strong RidgeProbe's ridges (leave-one-out over a grid, or fixed),
   * the strategies and the folds of the student's cross-fitted ridge, as WeakToStrong applies them.
   */
  static final class Models implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The strategies whose targets the passes can carry: linear in the weak labels, up to a clip. */
    static final List<String> SUPPORTED = List.of("naive", "kernel");

    final List<String> modes;
    final List<String> strategyLabels = new ArrayList<>();
    final int autoFolds;
    final PrincipalSettings kernelSettings;
    final PrincipalSettings principal;
    private final RidgeProbe weak;
    private final RidgeProbe strong;

    private Models(List<String> modes, RidgeProbe weak, RidgeProbe strong, PrincipalSettings principal) {
      this.modes = modes;
      this.weak = weak;
      this.strong = strong;
      this.principal = principal;
      for (String mode : modes) {
        strategyLabels.add(TargetStrategy.forName(mode).label());
      }
      autoFolds = new Auto().getFolds();
      kernelSettings = ((KernelSmoothing) TargetStrategy.forName("kernel")).principalSettings();
    }

    /** The rules of W2SGExperiment's settings; an error says what Spark cannot run. */
    static Models of(ExperimentSettings settings) {
      for (String mode : settings.modes()) {
        if (!SUPPORTED.contains(mode)) {
          throw new IllegalArgumentException("The strategy " + mode + " cannot run on Spark: only strategies whose"
              + " targets are a fixed map of the weak labels are built on passes over moments (docs/spark.md)."
              + " Choose from " + String.join(", ", SUPPORTED) + " (-modes).");
        }
      }
      return new Models(settings.modes(), ridgeProbe(settings.weakClassifier(), "weak"),
          ridgeProbe(settings.strongClassifier(), "strong"), settings.principal());
    }

    private static RidgeProbe ridgeProbe(weka.classifiers.Classifier c, String role) {
      if (!(c instanceof RidgeProbe) || c.getClass() != RidgeProbe.class) {
        throw new IllegalArgumentException("The " + role + " classifier must be RidgeProbe on Spark (a ridge head is"
            + " solved from moments), not " + c.getClass().getName() + ".");
      }
      return (RidgeProbe) c;
    }

    boolean weakChoosesRidge() {
      return weak.choosesRidge();
    }

    boolean ceilingChoosesRidge() {
      return strong.choosesRidge();
    }

    /** Whether the student's ridge is cross-fitted on the weak slice (the strong head chooses its ridge). */
    boolean studentChoosesRidge() {
      return strong.choosesRidge();
    }

    /** The weak heads' candidate ridges for a design: its grid in order, or the fixed ridge. */
    double[] weakRidges(MomentRidge design) {
      return ridges(weak, design);
    }

    double[] ceilingRidges(MomentRidge design) {
      return ridges(strong, design);
    }

    private static double[] ridges(RidgeProbe probe, MomentRidge design) {
      return probe.choosesRidge() ? grid(probe).absolute(design.meanEigenvalue()) : new double[] {probe.getRidge()};
    }

    private static RidgeGrid grid(RidgeProbe probe) {
      return RidgeGrid.parse(probe.getRidgeGrid(), "RidgeProbe: the ridge grid");
    }

    /** The student's ridges: the strong grid, largest first (RidgeHead's variants), or the fixed ridge. */
    double[] studentRidges(MomentRidge pool) {
      if (!strong.choosesRidge()) {
        return new double[] {strong.getRidge()};
      }
      return Arrays.stream(descending()).map(r -> r * pool.meanEigenvalue()).toArray();
    }

    private double[] descending() {
      double[] relative = grid(strong).relative();
      return Arrays.stream(relative).boxed().sorted(Collections.reverseOrder()).mapToDouble(Double::doubleValue)
          .toArray();
    }

    /** RidgeHead's name of the student's ridge variant v. */
    String variantLabel(int v) {
      return "ridge " + RidgeGrid.format(descending()[v]) + " x mean variance";
    }
  }

  private final JavaPairRDD<Row, Long> rows;
  private final RowReader reader;
  private final Setup setup;
  private final Models models;
  private final weka.core.Instances header;
  private final PrintStream progress;
  private final long started = System.nanoTime();

  /**
   * @param rows    the data's rows with their 0-based row numbers
   * @param models  the heads' ridge rules and the strategies
   * @param header  the data's attributes (for messages)
   */
  ProtocolRun(JavaPairRDD<Row, Long> rows, RowReader reader, Setup setup, Models models, weka.core.Instances header,
      PrintStream progress) {
    this.rows = rows;
    this.reader = reader;
    this.setup = setup;
    this.models = models;
    this.header = header;
    this.progress = progress;
  }

  /** Reads a partition's rows into joint rows (key: the -id column, or the 1-based row number). */
  static void each(Iterator<Tuple2<Row, Long>> rows, RowReader reader, Setup setup, RowVisitor visitor)
      throws RowProblem {
    double[] joint = new double[reader.dimension()];
    while (rows.hasNext()) {
      Tuple2<Row, Long> next = rows.next();
      long number = next._2() + 1;
      if (reader.read(next._1(), joint, 0, number) == RowReader.Outcome.USED) {
        visitor.visit(setup.keyColumn ? reader.key() : number, joint, setup.classOf(joint));
      }
    }
  }

  /** Like {@link #each} in a pass after the first, which found every row usable. */
  static void eachAgain(Iterator<Tuple2<Row, Long>> rows, RowReader reader, Setup setup, RowVisitor visitor) {
    try {
      each(rows, reader, setup, visitor);
    } catch (RowProblem p) {
      throw new IllegalStateException("Row " + p.localRow + " became unusable between two passes: the data changed"
          + " while they were read; run again on data that are not being written.");
    }
  }

  /** Runs a pass over every partition and merges the results, sqrt(partitions) at a time. */
  private <A extends Serializable> A run(String what, Pass<A> pass, Merge<A> merge) {
    progress.printf(Locale.ROOT, "[%s] %.1f s: seed %d, %s%n", W2SGSparkExperiment.NAME,
        (System.nanoTime() - started) / 1e9, setup.seed, what);
    RowReader r = reader;
    Setup s = setup;
    // the pass carries the models (megabytes for wide views): one copy per executor, not per task
    Broadcast<Pass<A>> shipped = JavaSparkContext.fromSparkContext(rows.context()).broadcast(pass);
    try {
      return rows.mapPartitions(it -> Collections.singletonList(shipped.value().fold(it, r, s)).iterator())
          .treeReduce(merge::merge, W2SGSparkAnalysis.TREE_DEPTH);
    } finally {
      shipped.destroy();
    }
  }

  private static double[] extract(double[] joint, int[] columns) {
    double[] out = new double[columns.length];
    for (int i = 0; i < columns.length; i++) {
      out[i] = joint[columns[i]];
    }
    return out;
  }

  private static void add(double[] sum, double[] values) {
    for (int k = 0; k < values.length; k++) {
      sum[k] += values[k];
    }
  }

  /** sum += (x - mean) t^T. */
  private static void addCross(double[][] sum, double[] x, double[] mean, double[] t) {
    for (int f = 0; f < x.length; f++) {
      double centred = x[f] - mean[f];
      for (int k = 0; k < t.length; k++) {
        sum[f][k] += centred * t[k];
      }
    }
  }

  private static void addAll(double[][] a, double[][] b) {
    for (int i = 0; i < a.length; i++) {
      add(a[i], b[i]);
    }
  }

  // -------------------------------------------------------------------------------------------
  // The run

  /** Runs the five passes and records the run's numbers in the report. */
  void measure(Experiment report, int run) throws BadInputException {
    int candidates = setup.candidates();
    SplitMoments moments = run("pass 1 of 5: moments", SplitMoments::fold, SplitMoments::merge);
    if (moments.problem != null) {
      throw new BadInputException(moments.problem.message(moments.problem.localRow, header, reader.layout()));
    }
    Split split = new Split(moments, setup, models.autoFolds, models.studentChoosesRidge());
    split.check(header);

    // the designs: every weak head's (whole slice, each fold's complement), the pool's
    LinearAlgebra algebra = LinearAlgebra.java(); // as the analysis on Spark: no native probing on the driver
    int heads = 1 + setup.folds;
    MomentRidge.Targets[][] weakTargets = new MomentRidge.Targets[candidates][heads];
    double[][][] weakRidges = new double[candidates][heads][];
    for (int w = 0; w < candidates; w++) {
      for (int h = 0; h < heads; h++) {
        if (h == 0 || split.validFold[h - 1]) {
          JointStatistics stats = split.sliceWithout(w, h - 1);
          MomentRidge design = MomentRidge.of(stats, setup.weakColumns[w].length, algebra);
          weakTargets[w][h] = design.targetsOf(stats);
          weakRidges[w][h] = models.weakRidges(design);
        }
      }
    }
    MomentRidge pool = MomentRidge.of(moments.pool, setup.strongColumns.length, algebra);
    MomentRidge.Targets gold = pool.targetsOf(moments.pool);
    double[] ceilingRidges = models.ceilingRidges(pool);
    PrincipalFeatureMap kernelMap = setup.kernel ? PrincipalPool.kernelMap(moments.pool, setup.strongColumns.length,
        models.kernelSettings) : null;

    // pass 2: the leave-one-out errors that choose the weak heads' and the ceiling's ridges
    LooSums loo = null;
    if (models.weakChoosesRidge() || models.ceilingChoosesRidge()) {
      loo = run("pass 2 of 5: leave-one-out errors", (it, r, s) -> LooSums.fold(it, r, s, weakTargets, weakRidges,
          gold, ceilingRidges), LooSums::merge);
    }
    RidgePath.Head[][] weakHeads = new RidgePath.Head[candidates][heads];
    double[] weakRidge = new double[candidates];
    for (int w = 0; w < candidates; w++) {
      for (int h = 0; h < heads; h++) {
        if (weakTargets[w][h] != null) {
          double beta = loo == null || weakRidges[w][h].length == 1 ? weakRidges[w][h][0]
              : RidgePath.RidgeChoice.smallest(weakRidges[w][h], loo.weak[w][h]).ridge();
          weakHeads[w][h] = weakTargets[w][h].solve(beta);
          if (h == 0) {
            weakRidge[w] = beta;
          }
        }
      }
    }
    double ceilingRidge = loo == null || ceilingRidges.length == 1 ? ceilingRidges[0]
        : RidgePath.RidgeChoice.smallest(ceilingRidges, loo.ceiling).ridge();
    RidgePath.Head ceiling = gold.solve(ceilingRidge);

    // pass 3: the weak labels on the pool, as the students' cross-moments
    double[] poolMean = pool.mean();
    LabelSums labels = run("pass 3 of 5: weak labels", (it, r, s) -> LabelSums.fold(it, r, s, weakHeads, poolMean,
        kernelMap), LabelSums::merge);
    double n = pool.weight();
    // students[w][mode][h][variant]
    List<String> modes = models.modes;
    RidgePath.Head[][][][] students = new RidgePath.Head[candidates][modes.size()][heads][];
    double[] studentRidges = models.studentRidges(pool);
    KernelSums kernel = null;
    if (setup.kernel) {
      double[][][] labelMean = new double[candidates][heads][];
      double[][][][] coordinates = new double[candidates][heads][][];
      for (int w = 0; w < candidates; w++) {
        for (int h = 0; h < heads; h++) {
          if (weakHeads[w][h] != null) {
            labelMean[w][h] = labels.mean(w, h, n);
            coordinates[w][h] = labels.kernelCoordinates(w, h, n);
          }
        }
      }
      kernel = run("pass 4 of 5: kernel targets", (it, r, s) -> KernelSums.fold(it, r, s, weakHeads, poolMean,
          kernelMap, labelMean, coordinates), KernelSums::merge);
    }
    for (int w = 0; w < candidates; w++) {
      for (int m = 0; m < modes.size(); m++) {
        for (int h = 0; h < heads; h++) {
          if (weakHeads[w][h] == null || (h > 0 && !models.studentChoosesRidge())) {
            continue;
          }
          boolean smoothed = modes.get(m).equals("kernel");
          MomentRidge.Targets t = smoothed ? pool.targets(kernel.sum[w][h], kernel.cross[w][h])
              : pool.targets(labels.sum[w][h], labels.cross[w][h]);
          students[w][m][h] = new RidgePath.Head[studentRidges.length];
          for (int v = 0; v < studentRidges.length; v++) {
            students[w][m][h][v] = t.solve(studentRidges[v]);
          }
        }
      }
    }

    // pass 5: the students scored on their folds' gold, every model on the test part
    boolean[] validFold = split.validFold;
    Scores scores = run("pass 5 of 5: validation and test", (it, r, s) -> Scores.fold(it, r, s, weakHeads, ceiling,
        students, validFold), Scores::merge);

    report.recordInstances(split.train + moments.test);
    report.recordSizes((int) split.train, (int) moments.test, split.slice);
    if (setup.regression()) {
      report.recordTestVariance(run, moments.testM2 / moments.test);
    }
    report.recordScores(run, RepresentationAnalysis.of(moments.training, reader.layout().weakColumns(),
        reader.layout().strongColumns(), reader.layout().labelColumns(), models.principal, split.slice));
    for (int w = 0; w < candidates; w++) {
      Experiment.CandidateResult result = report.candidates().get(w);
      double labelled = split.pool;
      result.recordReferences(run, scores.weak[w] / moments.test, weakRidge[w], labels.measure[w] / labelled,
          scores.ceiling / moments.test, ceilingRidge);
      for (int m = 0; m < modes.size(); m++) {
        int v = smallest(scores.brier[w][m]);
        if (studentRidges.length > 1) {
          result.recordChoice(modes.get(m), run, models.strategyLabels.get(m) + ", " + models.variantLabel(v), false);
        }
        double targets = modes.get(m).equals("kernel") ? kernel.measure[w] / labelled : labels.measure[w] / labelled;
        result.recordStrategy(modes.get(m), run, scores.student[w][m][v] / moments.test,
            scores.gap[w][m][v] / moments.test, studentRidges[v], targets);
      }
    }
  }

  /**
   * Auto's rule with one strategy: the student's ridge with the smallest cross-fitted Brier score, ties
   * to the larger ridge (listed first).
   */
  private static int smallest(double[] brier) {
    int v = 0;
    for (int u = 1; u < brier.length; u++) {
      if (brier[u] < brier[v]) {
        v = u;
      }
    }
    return v;
  }

  private static double[] scaled(double[] v, double by) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] * by;
    }
    return out;
  }

  // -------------------------------------------------------------------------------------------
  // Pass 1: moments

  /** The first pass's sums: the split's moments and counts, and the first unusable row. */
  static final class SplitMoments implements Serializable {
    private static final long serialVersionUID = 1L;
    JointStatistics training;
    /** [candidate][fold]: [weak view, target] of the slice rows of the fold. */
    JointStatistics[][] slice;
    /** [strong view, target] of the pool. */
    JointStatistics pool;
    boolean numeric;
    /** [fold][class]: slice rows per fold and class (nominal); [fold][0, 1]: min and max value (numeric). */
    double[][] sliceClasses;
    /** The same over every labelled row. */
    double[] allClasses;
    long test;
    /** The test part's class values: mean and sum of squared deviations (Welford; numeric class). */
    double testMean;
    double testM2;
    RowProblem problem;

    static SplitMoments fold(Iterator<Tuple2<Row, Long>> rows, RowReader reader, Setup s) {
      SplitMoments m = new SplitMoments();
      m.numeric = s.regression();
      m.training = new JointStatistics(reader.dimension(), 0);
      m.slice = new JointStatistics[s.candidates()][s.folds];
      int c = s.outputs();
      for (int w = 0; w < s.candidates(); w++) {
        for (int f = 0; f < s.folds; f++) {
          m.slice[w][f] = new JointStatistics(s.weakColumns[w].length + c, 0);
        }
      }
      m.pool = new JointStatistics(s.strongColumns.length + c, 0);
      m.sliceClasses = new double[s.folds][];
      for (int f = 0; f < s.folds; f++) {
        m.sliceClasses[f] = m.emptyClasses(s);
      }
      m.allClasses = m.emptyClasses(s);
      double[][] weakRows = new double[s.candidates()][];
      for (int w = 0; w < weakRows.length; w++) {
        weakRows[w] = new double[s.weakColumns[w].length + c];
      }
      double[] poolRow = new double[s.strongColumns.length + c];
      try {
        each(rows, reader, s, (key, joint, y) -> {
          m.count(m.allClasses, y);
          int part = s.part(key);
          if (part < 0) {
            m.test++;
            double delta = y - m.testMean;
            m.testMean += delta / m.test;
            m.testM2 += delta * (y - m.testMean);
            return;
          }
          m.training.add(joint);
          double[] t = s.target(y);
          if (part == 0) {
            fill(poolRow, joint, s.strongColumns, t);
            m.pool.add(poolRow);
            return;
          }
          for (int w = 0; w < weakRows.length; w++) {
            fill(weakRows[w], joint, s.weakColumns[w], t);
            m.slice[w][part - 1].add(weakRows[w]);
          }
          m.count(m.sliceClasses[part - 1], y);
        });
      } catch (RowProblem p) {
        m.problem = p;
      }
      m.training = PartitionMoments.compact(m.training);
      m.pool = PartitionMoments.compact(m.pool);
      for (JointStatistics[] perFold : m.slice) {
        for (int f = 0; f < perFold.length; f++) {
          perFold[f] = PartitionMoments.compact(perFold[f]);
        }
      }
      return m;
    }

    private static void fill(double[] row, double[] joint, int[] columns, double[] t) {
      for (int i = 0; i < columns.length; i++) {
        row[i] = joint[columns[i]];
      }
      System.arraycopy(t, 0, row, columns.length, t.length);
    }

    private double[] emptyClasses(Setup s) {
      return numeric ? new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY} : new double[s.classes];
    }

    private void count(double[] classes, double y) {
      if (numeric) {
        classes[0] = Math.min(classes[0], y);
        classes[1] = Math.max(classes[1], y);
      } else {
        classes[(int) y]++;
      }
    }

    private void mergeClasses(double[] into, double[] other) {
      for (int k = 0; k < into.length; k++) {
        into[k] = !numeric ? into[k] + other[k] : k == 0 ? Math.min(into[k], other[k]) : Math.max(into[k], other[k]);
      }
    }

    SplitMoments merge(SplitMoments o) {
      training.merge(o.training);
      pool.merge(o.pool);
      for (int w = 0; w < slice.length; w++) {
        for (int f = 0; f < slice[w].length; f++) {
          slice[w][f].merge(o.slice[w][f]);
        }
      }
      for (int f = 0; f < sliceClasses.length; f++) {
        mergeClasses(sliceClasses[f], o.sliceClasses[f]);
      }
      mergeClasses(allClasses, o.allClasses);
      long n = test + o.test;
      if (n > 0) {
        double delta = o.testMean - testMean;
        testM2 += o.testM2 + delta * delta * test * (double) o.test / n;
        testMean += delta * o.test / n;
      }
      test = n;
      if (o.problem != null && o.problem.before(problem)) {
        problem = o.problem;
      }
      return this;
    }

    /** How many distinct class values (nominal) the counts hold, or whether the values vary (numeric: 2). */
    long distinct(double[] classes) {
      if (numeric) {
        return classes[0] < classes[1] ? 2 : classes[0] == classes[1] ? 1 : 0;
      }
      return Arrays.stream(classes).filter(k -> k > 0).count();
    }
  }

  /** What the first pass says about the split: the parts' sizes, the usable folds, and the checks. */
  private static final class Split {
    final SplitMoments moments;
    final Setup setup;
    final long slice;
    final long pool;
    final long train;
    final boolean[] validFold;
    final int autoFolds;
    final boolean crossFits;

    Split(SplitMoments moments, Setup setup, int autoFolds, boolean crossFits) {
      this.moments = moments;
      this.setup = setup;
      this.autoFolds = autoFolds;
      this.crossFits = crossFits;
      long s = 0;
      for (JointStatistics f : moments.slice[0]) {
        s += f.count();
      }
      slice = s;
      pool = moments.pool.count();
      train = slice + pool;
      validFold = new boolean[setup.folds];
      for (int f = 0; f < setup.folds; f++) {
        double[] rest = moments.emptyClasses(setup);
        for (int g = 0; g < setup.folds; g++) {
          if (g != f) {
            moments.mergeClasses(rest, moments.sliceClasses[g]);
          }
        }
        validFold[f] = moments.slice[0][f].count() > 0 && moments.distinct(rest) >= 2;
      }
    }

    /** The single machine's checks, with its messages. */
    void check(weka.core.Instances header) throws BadInputException {
      long classes = moments.distinct(moments.allClasses);
      if (classes < 2) {
        throw new BadInputException(setup.regression() ? "The labelled instances all have the same class value; the"
            + " experiment needs a target that varies." : "The labelled instances have " + classes + " class(es); the"
            + " experiment needs at least two.");
      }
      if (moments.test == 0) {
        throw new BadInputException("-test-fraction " + setup.testFraction + " leaves no test instance in "
            + (moments.test + train) + " labelled instances; raise it.");
      }
      double[] sliceClasses = moments.emptyClasses(setup);
      for (double[] f : moments.sliceClasses) {
        moments.mergeClasses(sliceClasses, f);
      }
      if (slice == 0) {
        throw new BadInputException("The weak fraction " + setup.weakFraction + " leaves the weak model no"
            + " instance; raise it.");
      }
      if (moments.distinct(sliceClasses) < 2) {
        throw new BadInputException(setup.regression() ? "The weak fraction " + setup.weakFraction + " gives the weak"
            + " model " + slice + " instance(s) with one class value; raise it so that it learns from at least two."
            : "The weak fraction " + setup.weakFraction + " gives the weak model " + slice + " instance(s), all of"
            + " class '" + header.classAttribute().value(Utils.maxIndex(sliceClasses)) + "'; raise the weak fraction"
            + " so that it learns from at least two classes.");
      }
      if (pool < 2) {
        throw new BadInputException("The pool has " + pool + " instance(s); lower the weak fraction so that the"
            + " strong model has at least two instances to learn from.");
      }
      if (slice < autoFolds) {
        throw new BadInputException("The weak slice has " + slice + " instance(s), fewer than the " + autoFolds
            + " folds that cross-fit the student's ridge; raise the weak fraction or give more data.");
      }
      boolean any = false;
      for (boolean v : validFold) {
        any |= v;
      }
      if (crossFits && !any) {
        throw new BadInputException("The weak slice is too small to cross-fit " + autoFolds + " folds (each training"
            + " part needs two classes); enlarge the weak slice or use a fixed strategy.");
      }
    }

    /** A candidate's slice statistics without one fold (-1: the whole slice). */
    JointStatistics sliceWithout(int candidate, int fold) {
      JointStatistics[] folds = moments.slice[candidate];
      JointStatistics out = new JointStatistics(folds[0].dimension(), 0);
      for (int g = 0; g < folds.length; g++) {
        if (g != fold) {
          out.merge(folds[g]);
        }
      }
      return out;
    }
  }

  // -------------------------------------------------------------------------------------------
  // Pass 2: leave-one-out errors

  /** Every weak head's and the ceiling's leave-one-out error sums at every ridge of their grids. */
  static final class LooSums implements Serializable {
    private static final long serialVersionUID = 1L;
    /** [candidate][head][ridge]. */
    double[][][] weak;
    double[] ceiling;

    static LooSums fold(Iterator<Tuple2<Row, Long>> rows, RowReader reader, Setup s, MomentRidge.Targets[][] weakTargets,
        double[][][] weakRidges, MomentRidge.Targets gold, double[] ceilingRidges) {
      LooSums m = new LooSums();
      m.weak = new double[weakTargets.length][weakTargets[0].length][];
      for (int w = 0; w < weakTargets.length; w++) {
        for (int h = 0; h < weakTargets[w].length; h++) {
          m.weak[w][h] = weakRidges[w][h] == null ? new double[0] : new double[weakRidges[w][h].length];
        }
      }
      m.ceiling = new double[ceilingRidges.length];
      eachAgain(rows, reader, s, (key, joint, y) -> {
        int part = s.part(key);
        if (part < 0) {
          return;
        }
        double[] t = s.target(y);
        if (part == 0) {
          if (ceilingRidges.length > 1) {
            gold.addLeaveOneOut(extract(joint, s.strongColumns), t, 1, ceilingRidges, m.ceiling);
          }
          return;
        }
        for (int w = 0; w < weakTargets.length; w++) {
          double[] x = extract(joint, s.weakColumns[w]);
          for (int h = 0; h < weakTargets[w].length; h++) {
            // a slice row trains the whole slice's head and every fold's head but its own fold's
            if (weakTargets[w][h] != null && h != part && weakRidges[w][h].length > 1) {
              weakTargets[w][h].addLeaveOneOut(x, t, 1, weakRidges[w][h], m.weak[w][h]);
            }
          }
        }
      });
      return m;
    }

    LooSums merge(LooSums o) {
      for (int w = 0; w < weak.length; w++) {
        addAll(weak[w], o.weak[w]);
      }
      add(ceiling, o.ceiling);
      return this;
    }
  }

  // -------------------------------------------------------------------------------------------
  // Pass 3: weak labels

  /** Per candidate and weak head, the pool's weak labels' sum and cross-moment; the kernel's coordinates. */
  static final class LabelSums implements Serializable {
    private static final long serialVersionUID = 1L;
    /** [candidate][head][output]. */
    double[][][] sum;
    /** [candidate][head][strong column][output]: sum_j (x_j - mean) q_j^T. */
    double[][][][] cross;
    /** [candidate][head][kernel feature][output]: sum_j z_j q_j^T; kernel only. */
    double[][][][] kernel;
    /** sum_j z_j. */
    double[] kernelSum;
    /** Per candidate, the whole slice's weak labels' hits (or squared errors) on the pool's gold. */
    double[] measure;

    static LabelSums fold(Iterator<Tuple2<Row, Long>> rows, RowReader reader, Setup s, RidgePath.Head[][] weakHeads,
        double[] poolMean, PrincipalFeatureMap kernelMap) {
      LabelSums m = new LabelSums();
      int candidates = weakHeads.length;
      int heads = weakHeads[0].length;
      int c = s.outputs();
      int k = kernelMap == null ? 0 : kernelMap.k();
      m.sum = new double[candidates][heads][c];
      m.cross = new double[candidates][heads][s.strongColumns.length][c];
      m.kernel = new double[candidates][heads][k][c];
      m.kernelSum = new double[k];
      m.measure = new double[candidates];
      eachAgain(rows, reader, s, (key, joint, y) -> {
        if (s.part(key) != 0) {
          return;
        }
        double[] x = extract(joint, s.strongColumns);
        double[] z = kernelMap == null ? null : kernelMap.apply(x);
        if (z != null) {
          add(m.kernelSum, z);
        }
        double[] origin = new double[k];
        for (int w = 0; w < candidates; w++) {
          double[] weakView = extract(joint, s.weakColumns[w]);
          for (int h = 0; h < heads; h++) {
            if (weakHeads[w][h] == null) {
              continue;
            }
            double[] q = s.predict(weakHeads[w][h], weakView);
            add(m.sum[w][h], q);
            addCross(m.cross[w][h], x, poolMean, q);
            if (z != null) {
              addCross(m.kernel[w][h], z, origin, q);
            }
            if (h == 0) {
              m.measure[w] += s.measureTerm(q, y);
            }
          }
        }
      });
      return m;
    }

    /** The mean of a weak head's labels over the pool's n rows. */
    double[] mean(int w, int h, double n) {
      return scaled(sum[w][h], 1 / n);
    }

    /** The kernel's coordinates of a weak head's centred labels, sum_j z_j (q_j - mean q)^T / n (k x outputs). */
    double[][] kernelCoordinates(int w, int h, double n) {
      double[] mean = mean(w, h, n);
      double[][] out = new double[kernelSum.length][mean.length];
      for (int e = 0; e < out.length; e++) {
        for (int k = 0; k < mean.length; k++) {
          out[e][k] = (kernel[w][h][e][k] - kernelSum[e] * mean[k]) / n;
        }
      }
      return out;
    }

    LabelSums merge(LabelSums o) {
      for (int w = 0; w < sum.length; w++) {
        addAll(sum[w], o.sum[w]);
        for (int h = 0; h < cross[w].length; h++) {
          addAll(cross[w][h], o.cross[w][h]);
          addAll(kernel[w][h], o.kernel[w][h]);
        }
      }
      add(kernelSum, o.kernelSum);
      add(measure, o.measure);
      return this;
    }
  }

  // -------------------------------------------------------------------------------------------
  // Pass 4: kernel targets

  /** Per candidate and weak head, the smoothed (and clipped) labels' sum and cross-moment. */
  static final class KernelSums implements Serializable {
    private static final long serialVersionUID = 1L;
    double[][][] sum;
    double[][][][] cross;
    double[] measure;

    /**
     * @param labelMean   [candidate][head]: the weak labels' mean over the pool
     * @param coordinates [candidate][head]: sum_j z_j (q_j - mean q)^T / n, k x outputs
     */
    static KernelSums fold(Iterator<Tuple2<Row, Long>> rows, RowReader reader, Setup s, RidgePath.Head[][] weakHeads,
        double[] poolMean, PrincipalFeatureMap kernelMap, double[][][] labelMean, double[][][][] coordinates) {
      KernelSums m = new KernelSums();
      int candidates = weakHeads.length;
      int heads = weakHeads[0].length;
      int c = s.outputs();
      m.sum = new double[candidates][heads][c];
      m.cross = new double[candidates][heads][s.strongColumns.length][c];
      m.measure = new double[candidates];
      eachAgain(rows, reader, s, (key, joint, y) -> {
        if (s.part(key) != 0) {
          return;
        }
        double[] x = extract(joint, s.strongColumns);
        double[] z = kernelMap.apply(x);
        for (int w = 0; w < candidates; w++) {
          for (int h = 0; h < heads; h++) {
            if (weakHeads[w][h] == null) {
              continue;
            }
            // PrincipalPool.smooth, row by row: mean(q) + z_j^T sum_i z_i (q_i - mean q)^T / n
            double[] t = labelMean[w][h].clone();
            for (int e = 0; e < z.length; e++) {
              for (int k = 0; k < c; k++) {
                t[k] += z[e] * coordinates[w][h][e][k];
              }
            }
            if (!s.regression()) {
              t = LinearProbability.clipAndNormalise(t);
            }
            add(m.sum[w][h], t);
            addCross(m.cross[w][h], x, poolMean, t);
            if (h == 0) {
              m.measure[w] += s.measureTerm(t, y);
            }
          }
        }
      });
      return m;
    }

    KernelSums merge(KernelSums o) {
      for (int w = 0; w < sum.length; w++) {
        addAll(sum[w], o.sum[w]);
        for (int h = 0; h < cross[w].length; h++) {
          addAll(cross[w][h], o.cross[w][h]);
        }
      }
      add(measure, o.measure);
      return this;
    }
  }

  // -------------------------------------------------------------------------------------------
  // Pass 5: validation and test

  /** The fold students' Brier sums on their folds, and the test part's hits (or squared errors) and gaps. */
  static final class Scores implements Serializable {
    private static final long serialVersionUID = 1L;
    /** [candidate][mode][variant]. */
    double[][][] brier;
    double[][][] student;
    double[][][] gap;
    double[] weak;
    double ceiling;

    static Scores fold(Iterator<Tuple2<Row, Long>> rows, RowReader reader, Setup s, RidgePath.Head[][] weakHeads,
        RidgePath.Head ceilingHead, RidgePath.Head[][][][] students, boolean[] validFold) {
      Scores m = new Scores();
      int candidates = students.length;
      int modes = students[0].length;
      int variants = students[0][0][0].length;
      m.brier = new double[candidates][modes][variants];
      m.student = new double[candidates][modes][variants];
      m.gap = new double[candidates][modes][variants];
      m.weak = new double[candidates];
      eachAgain(rows, reader, s, (key, joint, y) -> {
        int part = s.part(key);
        if (part == 0) {
          return;
        }
        double[] x = extract(joint, s.strongColumns);
        if (part > 0) {
          if (!validFold[part - 1] || students[0][0][part] == null) {
            return;
          }
          for (int w = 0; w < candidates; w++) {
            for (int md = 0; md < modes; md++) {
              for (int v = 0; v < variants; v++) {
                m.brier[w][md][v] += s.squaredError(s.predict(students[w][md][part][v], x), y);
              }
            }
          }
          return;
        }
        double[] ceiling = s.predict(ceilingHead, x);
        m.ceiling += s.measureTerm(ceiling, y);
        for (int w = 0; w < candidates; w++) {
          m.weak[w] += s.measureTerm(s.predict(weakHeads[w][0], extract(joint, s.weakColumns[w])), y);
          for (int md = 0; md < modes; md++) {
            for (int v = 0; v < variants; v++) {
              double[] p = s.predict(students[w][md][0][v], x);
              m.student[w][md][v] += s.measureTerm(p, y);
              m.gap[w][md][v] += Experiment.squaredGap(p, ceiling);
            }
          }
        }
      });
      return m;
    }

    Scores merge(Scores o) {
      for (int w = 0; w < brier.length; w++) {
        addAll(brier[w], o.brier[w]);
        addAll(student[w], o.student[w]);
        addAll(gap[w], o.gap[w]);
      }
      add(weak, o.weak);
      ceiling += o.ceiling;
      return this;
    }
  }
}
