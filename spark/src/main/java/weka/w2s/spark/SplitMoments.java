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

import java.io.Serializable;
import java.util.Arrays;
import java.util.Iterator;

import org.apache.spark.sql.Row;

import scala.Tuple2;
import weka.core.Utils;
import weka.w2s.core.JointStatistics;
import weka.w2s.data.BadInputException;
import weka.w2s.experiment.Experiment;
import weka.w2s.targets.Auto;
import weka.w2s.targets.Gold;
import weka.w2s.targets.WeakSplit;

/** Pass 1 of the protocol: the split's moments and counts, and the first unusable row. */
final class SplitMoments implements Serializable {
  private static final long serialVersionUID = 1L;
  JointStatistics training;
  /** [candidate][fold]: [weak view, target] of the slice rows of the fold. */
  JointStatistics[][] slice;
  /** [strong view, target] of the pool's labelled rows. */
  JointStatistics pool;
  /** [strong view] of the rows without a class (they join the pool). */
  JointStatistics unlabelled;
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
  /** Rows left out for a missing value (-skip-missing). */
  long skipped;

  static SplitMoments fold(Iterator<Tuple2<Row, Long>> rows, RowReader reader, ProtocolSetup s) {
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
    m.unlabelled = new JointStatistics(s.strongColumns.length, 0);
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
    double[] unlabelledRow = new double[s.strongColumns.length];
    try {
      m.skipped = Pass.each(rows, reader, s, (key, joint, y) -> {
        if (Double.isNaN(y)) {
          fill(unlabelledRow, joint, s.strongColumns, new double[0]);
          m.unlabelled.add(unlabelledRow);
          return;
        }
        m.count(m.allClasses, y);
        int part = s.part(key, y);
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
    m.unlabelled = PartitionMoments.compact(m.unlabelled);
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

  private double[] emptyClasses(ProtocolSetup s) {
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
    unlabelled.merge(o.unlabelled);
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
    skipped += o.skipped;
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

  /** What the first pass says about the split: the parts' sizes, the usable folds, and the checks. */
  static final class Split {
    final SplitMoments moments;
    final ProtocolSetup setup;
    final long slice;
    /** The pool's labelled rows (the ceiling's; the rows without a class join the pool besides). */
    final long pool;
    final long train;
    final boolean[] validFold;
    final int autoFolds;
    final boolean crossFits;

    Split(SplitMoments moments, ProtocolSetup setup, int autoFolds, boolean crossFits) {
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
      train = slice + pool; // the labelled training part, as W2SGExperiment counts it
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

    /** The single machine's checks, with its messages (one place each: Experiment, WeakSplit, Gold, Auto). */
    void check(weka.core.Instances header) throws BadInputException {
      long classes = moments.distinct(moments.allClasses);
      if (classes < 2) {
        throw new BadInputException(Experiment.tooFewClasses(setup.regression(), classes));
      }
      if (moments.test == 0) {
        throw new BadInputException(Experiment.noTestPart(setup.testFraction, moments.test + train));
      }
      double[] sliceClasses = moments.emptyClasses(setup);
      for (double[] f : moments.sliceClasses) {
        moments.mergeClasses(sliceClasses, f);
      }
      if (slice == 0) {
        throw new BadInputException(WeakSplit.emptySlice(setup.weakFraction));
      }
      if (setup.regression() && slice < 2) {
        throw new BadInputException(WeakSplit.sliceOfOne(setup.weakFraction));
      }
      if (!setup.regression() && moments.distinct(sliceClasses) < 2) {
        throw new BadInputException(WeakSplit.sliceOfOneClass(setup.weakFraction, slice,
            header.classAttribute().value(Utils.maxIndex(sliceClasses))));
      }
      long poolRows = pool + moments.unlabelled.count();
      if (poolRows < 2) {
        throw new BadInputException(WeakSplit.smallPool(poolRows));
      }
      if (pool == 0) {
        throw new BadInputException(Gold.NO_GOLD);
      }
      if (crossFits && slice < autoFolds) {
        throw new BadInputException("The weak slice has " + slice + " instance(s), fewer than the " + autoFolds
            + " folds that cross-fit the student's ridge; raise the weak fraction or give more data.");
      }
      boolean any = false;
      for (boolean v : validFold) {
        any |= v;
      }
      if (crossFits && !any) {
        throw new BadInputException(Auto.tooSmallToCrossFit(autoFolds));
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
}
