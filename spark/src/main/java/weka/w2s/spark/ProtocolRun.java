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
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;

import weka.w2s.core.JointStatistics;
import weka.w2s.core.LinearAlgebra;
import weka.w2s.core.MomentRidge;
import weka.w2s.core.PrincipalFeatureMap;
import weka.w2s.core.PrincipalPool;
import weka.w2s.core.RepresentationAnalysis;
import weka.w2s.core.RidgePath;
import weka.w2s.data.BadInputException;
import weka.w2s.experiment.Experiment;

/**
 * One repetition of W2SGExperiment's protocol with ridge heads, over data read in passes (W2SG-MATH.md
 * section 5): every model is the solution of normal equations, so each pass folds what the next models
 * need and the driver solves them from moments ({@link MomentRidge}). Rows are assigned to test part,
 * weak slice (with its cross-fitting fold) and pool by their key ({@link weka.w2s.core.RowKeySplit}), as
 * the single machine does with -id. Per run, five passes, every weak candidate in each (and, for two
 * classes, one more for the test part's AUROC, {@link TestAuroc}):
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

  private final JavaPairRDD<Row, Long> rows;
  private final RowReader reader;
  private final ProtocolSetup setup;
  private final ProtocolModels models;
  private final weka.core.Instances header;
  private final PrintStream progress;
  private final long started = System.nanoTime();

  /**
   * @param rows    the data's rows with their 0-based row numbers
   * @param models  the heads' ridge rules and the strategies
   * @param header  the data's attributes (for messages)
   */
  ProtocolRun(JavaPairRDD<Row, Long> rows, RowReader reader, ProtocolSetup setup, ProtocolModels models,
      weka.core.Instances header, PrintStream progress) {
    this.rows = rows;
    this.reader = reader;
    this.setup = setup;
    this.models = models;
    this.header = header;
    this.progress = progress;
  }

  /** Runs a pass over every partition and merges the results, sqrt(partitions) at a time. */
  private <A extends Serializable> A run(String what, Pass<A> pass, Pass.Merge<A> merge) {
    progress.printf(Locale.ROOT, "[%s] %.1f s: seed %d, %s%n", W2SGSparkExperiment.NAME,
        (System.nanoTime() - started) / 1e9, setup.seed, what);
    RowReader r = reader;
    ProtocolSetup s = setup;
    // the pass carries the models (megabytes for wide views): one copy per executor, not per task
    Broadcast<Pass<A>> shipped = JavaSparkContext.fromSparkContext(rows.context()).broadcast(pass);
    try {
      return rows.mapPartitions(it -> Collections.singletonList(shipped.value().fold(it, r, s)).iterator())
          .treeReduce(merge::merge, W2SGSparkAnalysis.TREE_DEPTH);
    } finally {
      shipped.destroy();
    }
  }

  // -------------------------------------------------------------------------------------------
  // The run

  /** Runs the passes and records the run's numbers in the report. */
  void measure(Experiment report, int run) throws BadInputException {
    int candidates = setup.candidates();
    SplitMoments moments = run("pass 1 of 5: moments", SplitMoments::fold, SplitMoments::merge);
    if (moments.problem != null) {
      throw new BadInputException(moments.problem.message(moments.problem.localRow, header, reader.layout()));
    }
    if (moments.skipped > 0) {
      progress.printf(Locale.ROOT, "%s: skipped %d rows with a missing value (-skip-missing).%n",
          W2SGSparkExperiment.NAME, moments.skipped);
    }
    SplitMoments.Split split = new SplitMoments.Split(moments, setup, models.autoFolds, models.studentChoosesRidge());
    split.check(header);

    // the designs: every weak head's (whole slice, each fold's complement), the pool's
    LinearAlgebra algebra = LinearAlgebra.java(); // as the analysis on Spark: no native probing on the driver
    int heads = 1 + setup.folds;
    MomentRidge.Targets[][] weakTargets = new MomentRidge.Targets[candidates][heads];
    double[][][] weakRidges = new double[candidates][heads][];
    for (int w = 0; w < candidates; w++) {
      for (int h = 0; h < heads; h++) {
        // the folds' weak heads serve only the student's cross-fitted ridge
        if (h == 0 || (split.validFold[h - 1] && models.studentChoosesRidge())) {
          JointStatistics stats = split.sliceWithout(w, h - 1);
          MomentRidge design = MomentRidge.of(stats, setup.weakColumns[w].length, algebra);
          weakTargets[w][h] = design.targetsOf(stats);
          weakRidges[w][h] = models.weakRidges(design);
        }
      }
    }
    // the ceiling learns the labelled pool; the students learn the whole pool, rows without a class too
    int strongWidth = setup.strongColumns.length;
    MomentRidge labelledPool = MomentRidge.of(moments.pool, strongWidth, algebra);
    MomentRidge.Targets gold = labelledPool.targetsOf(moments.pool);
    double[] ceilingRidges = models.ceilingRidges(labelledPool);
    JointStatistics wholePool = moments.pool;
    MomentRidge pool = labelledPool;
    if (moments.unlabelled.count() > 0) {
      wholePool = moments.pool.leading(strongWidth);
      wholePool.merge(moments.unlabelled);
      pool = MomentRidge.of(wholePool, strongWidth, algebra);
    }
    PrincipalFeatureMap kernelMap = setup.kernel ? PrincipalPool.kernelMap(wholePool, strongWidth,
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
    ScoreSums scores = run("pass 5 of 5: validation and test", (it, r, s) -> ScoreSums.fold(it, r, s, weakHeads,
        ceiling, students, validFold), ScoreSums::merge);

    report.recordInstances(split.train + moments.test + moments.unlabelled.count());
    report.recordUnlabelled((int) moments.unlabelled.count());
    report.recordSizes((int) split.train, (int) moments.test, split.slice);
    if (setup.regression()) {
      report.recordTestVariance(run, moments.testM2 / moments.test);
    }
    report.recordScores(run, RepresentationAnalysis.of(moments.training, reader.layout().weakColumns(),
        reader.layout().strongColumns(), reader.layout().labelColumns(), models.principal, split.slice));
    int[] chosen = new int[candidates * modes.size()];
    for (int w = 0; w < candidates; w++) {
      for (int m = 0; m < modes.size(); m++) {
        chosen[w * modes.size() + m] = smallest(scores.brier[w][m]);
      }
    }
    double[] auroc = setup.classes == 2 ? auroc(weakHeads, ceiling, students, chosen) : null;
    for (int w = 0; w < candidates; w++) {
      Experiment.CandidateResult result = report.candidates().get(w);
      double labelled = split.pool;
      result.recordReferences(run, scores.weak[w] / moments.test, weakRidge[w], labels.measure[w] / labelled,
          scores.ceiling / moments.test, ceilingRidge);
      if (auroc != null) {
        result.recordReferenceAuroc(run, auroc[w], auroc[candidates]);
      }
      for (int m = 0; m < modes.size(); m++) {
        int v = chosen[w * modes.size() + m];
        if (auroc != null) {
          result.recordStrategyAuroc(modes.get(m), run, auroc[candidates + 1 + w * modes.size() + m]);
        }
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
   * The AUROC of every model on the test part (two classes): the weak models, the ceiling, then each
   * candidate's students at their chosen ridges, in that order.
   */
  private double[] auroc(RidgePath.Head[][] weakHeads, RidgePath.Head ceiling, RidgePath.Head[][][][] students,
      int[] chosen) {
    progress.printf(Locale.ROOT, "[%s] %.1f s: seed %d, the test part's AUROC%n", W2SGSparkExperiment.NAME,
        (System.nanoTime() - started) / 1e9, setup.seed);
    int candidates = weakHeads.length;
    int modes = students[0].length;
    RidgePath.Head[] models = new RidgePath.Head[candidates + 1 + candidates * modes];
    int[][] views = new int[models.length][];
    for (int w = 0; w < candidates; w++) {
      models[w] = weakHeads[w][0];
      views[w] = setup.weakColumns[w];
      for (int m = 0; m < modes; m++) {
        int j = candidates + 1 + w * modes + m;
        models[j] = students[w][m][0][chosen[w * modes + m]];
        views[j] = setup.strongColumns;
      }
    }
    models[candidates] = ceiling;
    views[candidates] = setup.strongColumns;
    return TestAuroc.of(rows, reader, setup, models, views);
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
}
