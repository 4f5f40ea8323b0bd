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

package weka.w2s.targets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;
import weka.w2s.core.StratifiedFolds;
import weka.w2s.core.NearestNeighbours;
import weka.w2s.core.NoiseChannel;
import weka.w2s.core.PrincipalPool;
import weka.w2s.core.PrincipalSettings;
import weka.w2s.core.RidgePath;
import weka.w2s.core.RowKeySplit;

/**
 * The weak side of the protocol (W2SG-MATH.md sections 5 and 8): trains the weak model on rows of
 * the weak slice, labels the pool with it, estimates its noise channel by cross-validation, and
 * builds the {@link WeakSupervision} that target strategies work from, for the whole slice or, for
 * cross-fitted validation, for all but one fold of it. Everything computed from the pool's strong
 * representation alone (principal spaces, neighbour lists) is cached here and shared by the folds.
 */
public final class WeakTeacher {

  /** Folds of the cross-validation that estimates the weak model's noise channel. */
  static final int CHANNEL_FOLDS = 5;

  private final Classifier weakTemplate;
  private final Classifier strongTemplate;
  private final Instances sliceWeak;
  private final Instances sliceStrong;
  private final Instances poolWeak;
  private final Instances poolStrong;
  /** Gold class indices (nominal) or values (numeric) of the pool; NaN where unknown. */
  private final double[] poolGold;
  private final boolean regression;
  private final boolean learnSliceGold;
  private final int seed;
  /** The weak slice's row keys (folds by key), or null (stratified folds). */
  private final double[] sliceKeys;
  private final double[][] strongRows;
  private final double[][] sliceStrongRows;
  private final Map<String, PrincipalPool> principalPools = new HashMap<>();
  private final Map<String, NearestNeighbours> neighbourLists = new HashMap<>();
  /** The strong ridge path of the pool (then of every slice row, if the slice's gold is learned); on first use. */
  private RidgePath strongPath;

  /**
   * @param weakTemplate   the configured weak classifier (copied)
   * @param strongTemplate the configured strong classifier (copied)
   * @param sliceWeak      the weak slice, weak view (gold labels)
   * @param sliceStrong    the same rows, strong view
   * @param poolWeak       the pool, weak view
   * @param poolStrong     the same rows, strong view (gold labels where known: hidden from strategies)
   * @param learnSliceGold whether the strong model also learns the weak slice's gold labels
   * @param seed           seed of the folds
   */
  public WeakTeacher(Classifier weakTemplate, Classifier strongTemplate, Instances sliceWeak, Instances sliceStrong,
      Instances poolWeak, Instances poolStrong, boolean learnSliceGold, int seed) {
    this(weakTemplate, strongTemplate, sliceWeak, sliceStrong, poolWeak, poolStrong, learnSliceGold, seed, null);
  }

  /**
   * As above, with the weak slice's folds by row key ({@link RowKeySplit#fold}) instead of stratified.
   *
   * @param sliceKeys the row key of each weak-slice instance, or null for stratified folds
   */
  public WeakTeacher(Classifier weakTemplate, Classifier strongTemplate, Instances sliceWeak, Instances sliceStrong,
      Instances poolWeak, Instances poolStrong, boolean learnSliceGold, int seed, double[] sliceKeys) {
    this.sliceKeys = sliceKeys;
    this.weakTemplate = weakTemplate;
    this.strongTemplate = strongTemplate;
    this.sliceWeak = sliceWeak;
    this.sliceStrong = sliceStrong;
    this.poolWeak = poolWeak;
    this.learnSliceGold = learnSliceGold;
    this.seed = seed;
    regression = poolStrong.classAttribute().isNumeric();
    poolGold = new double[poolStrong.numInstances()];
    this.poolStrong = new Instances(poolStrong);
    for (int i = 0; i < poolGold.length; i++) {
      Instance inst = this.poolStrong.instance(i);
      poolGold[i] = inst.classIsMissing() ? Double.NaN : inst.classValue();
      inst.setClassMissing();
    }
    strongRows = numericRows(this.poolStrong);
    sliceStrongRows = numericRows(sliceStrong);
  }

  /** All row indices of the weak slice. */
  public int[] allSliceRows() {
    int[] rows = new int[sliceWeak.numInstances()];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = i;
    }
    return rows;
  }

  /** A copy of the weak classifier trained on the given rows of the weak slice. */
  public Classifier trainWeak(int[] rows) throws Exception {
    Classifier model = AbstractClassifier.makeCopy(weakTemplate);
    model.buildClassifier(subset(sliceWeak, rows));
    return model;
  }

  /** The supervision of a weak model trained on the given slice rows. */
  public WeakSupervision supervise(Classifier weakModel, int[] rows) throws Exception {
    return new WeakSupervision(this, label(weakModel), balance(rows), head(rows), rows);
  }

  Instances strongPool() {
    return poolStrong;
  }

  double[][] strongRows() {
    return strongRows;
  }

  int seed() {
    return seed;
  }

  /** Gold class indices or values of the pool (NaN where unknown): for the ceiling only. */
  double[] poolGold() {
    return poolGold.clone();
  }

  /** Whether the class is numeric: targets are then one value per instance, not a distribution. */
  boolean regression() {
    return regression;
  }

  /** The target row of a gold class value: one-hot for a nominal class, the value itself for a numeric one. */
  double[] goldTarget(double classValue) {
    if (regression) {
      return new double[] {classValue};
    }
    double[] oneHot = new double[poolStrong.numClasses()];
    oneHot[(int) classValue] = 1;
    return oneHot;
  }

  private StrongHead head(int[] rows) {
    if (strongRows != null && sliceStrongRows != null && strongTemplate instanceof RidgeLearner) {
      int sliceCount = learnSliceGold ? sliceStrongRows.length : 0;
      double[][] goldTargets = new double[sliceCount][];
      boolean[] goldUsed = new boolean[sliceCount];
      for (int i = 0; i < sliceCount; i++) {
        goldTargets[i] = goldTarget(sliceStrong.instance(i).classValue());
      }
      for (int r : rows) {
        if (learnSliceGold) {
          goldUsed[r] = true;
        }
      }
      return RidgeHead.of((RidgeLearner) strongTemplate, strongPath(), strongRows.length, goldTargets, goldUsed,
          regression);
    }
    Instances gold = learnSliceGold ? subset(sliceStrong, rows) : new Instances(sliceStrong, 0);
    return new ClassifierHead(strongTemplate, poolStrong, gold);
  }

  /** One decomposition of the strong rows, shared by the heads of the whole slice and of every fold. */
  private RidgePath strongPath() {
    if (strongPath == null) {
      double[][] all = strongRows;
      if (learnSliceGold) {
        all = new double[strongRows.length + sliceStrongRows.length][];
        System.arraycopy(strongRows, 0, all, 0, strongRows.length);
        System.arraycopy(sliceStrongRows, 0, all, strongRows.length, sliceStrongRows.length);
      }
      strongPath = RidgePath.of(all, null);
    }
    return strongPath;
  }

  private double[] balance(int[] rows) {
    if (regression) {
      return new double[] {1}; // one target column, no classes
    }
    double[] b = new double[sliceWeak.numClasses()];
    java.util.Arrays.fill(b, 1.0);
    for (int r : rows) {
      b[(int) sliceWeak.instance(r).classValue()] += 1;
    }
    Utils.normalize(b);
    return b;
  }

  /** Held-out weak labels of the given slice rows, from cross-validation within them. */
  HeldOut heldOut(int[] rows) throws Exception {
    List<Double> truth = new ArrayList<>();
    List<Integer> foldOf = new ArrayList<>();
    List<double[]> labels = new ArrayList<>();
    List<double[]> strong = new ArrayList<>();
    List<double[][]> poolLabels = new ArrayList<>();
    for (int[] test : folds(rows, Math.min(CHANNEL_FOLDS, rows.length), seed)) {
      int[] train = complement(rows, test);
      if (test.length == 0 || classesIn(train) < 2) {
        continue; // a class with one instance: no weak model can be trained without it
      }
      Classifier model = trainWeak(train);
      for (int r : test) {
        truth.add(sliceWeak.instance(r).classValue());
        foldOf.add(poolLabels.size());
        labels.add(model.distributionForInstance(sliceWeak.instance(r)));
        strong.add(sliceStrongRows == null ? null : sliceStrongRows[r]);
      }
      poolLabels.add(label(model));
    }
    return new HeldOut(truth.stream().mapToDouble(Double::doubleValue).toArray(), labels.toArray(new double[0][]),
        sliceStrongRows == null ? null : strong.toArray(new double[0][]),
        foldOf.stream().mapToInt(Integer::intValue).toArray(), poolLabels.toArray(new double[0][][]));
  }

  private double[][] label(Classifier weakModel) throws Exception {
    double[][] out = new double[poolWeak.numInstances()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = weakModel.distributionForInstance(poolWeak.instance(i));
    }
    return out;
  }

  /** The weak model's noise channel, from its held-out labels. */
  static double[][] channel(HeldOut heldOut, int classes) {
    return NoiseChannel.estimate(heldOut.gold(), heldOut.weakLabels(), classes);
  }

  List<ValidationFold> crossFit(int[] rows, int k, int foldSeed) throws Exception {
    List<ValidationFold> out = new ArrayList<>();
    for (int[] test : folds(rows, Math.min(k, rows.length), foldSeed)) {
      int[] train = complement(rows, test);
      if (test.length == 0 || classesIn(train) < 2) {
        continue;
      }
      out.add(new ValidationFold(supervise(trainWeak(train), train), subset(sliceStrong, test)));
    }
    return out;
  }

  PrincipalPool principalPool(PrincipalSettings settings, String strategy) {
    requireNumeric(strategy);
    return principalPools.computeIfAbsent(settings.toString(), key -> PrincipalPool.of(strongRows, settings));
  }

  NearestNeighbours neighbours(NeighbourSpace space, PrincipalSettings settings, int k, String strategy) {
    String key = space + "|" + (space == NeighbourSpace.RAW ? "" : settings.toString()) + "|" + k;
    NearestNeighbours cached = neighbourLists.get(key);
    if (cached == null) {
      cached = NearestNeighbours.of(points(space, settings, strategy), k);
      neighbourLists.put(key, cached);
    }
    return cached;
  }

  /** The k nearest pool rows of other strong rows (e.g. held-out slice rows), in the same space. */
  NearestNeighbours poolNeighboursOf(double[][] rows, NeighbourSpace space, PrincipalSettings settings, int k,
      String strategy) {
    double[][] queries = space == NeighbourSpace.RAW ? rows
        : space == NeighbourSpace.WHITENED ? principalPool(settings, strategy).whitenedScoresOf(rows)
        : principalPool(settings, strategy).scoresOf(rows);
    return NearestNeighbours.between(queries, points(space, settings, strategy), k);
  }

  private double[][] points(NeighbourSpace space, PrincipalSettings settings, String strategy) {
    requireNumeric(strategy);
    return space == NeighbourSpace.RAW ? strongRows
        : space == NeighbourSpace.WHITENED ? principalPool(settings, strategy).whitenedScores()
        : principalPool(settings, strategy).scores();
  }

  private void requireNumeric(String strategy) {
    if (strongRows == null) {
      throw new IllegalArgumentException("The " + strategy + " strategy builds the strong principal space from"
          + " numeric attributes without missing values; the strong attributes are not. Choose numeric strong"
          + " attributes or another strategy.");
    }
  }

  /**
   * Folds of the given slice rows: by row key when the split is by key, else stratified (each class's
   * rows shuffled and dealt in turn).
   */
  private int[][] folds(int[] rows, int k, int foldSeed) {
    if (sliceKeys != null) {
      List<List<Integer>> byFold = new ArrayList<>();
      for (int f = 0; f < k; f++) {
        byFold.add(new ArrayList<>());
      }
      for (int r : rows) {
        byFold.get(RowKeySplit.fold(sliceKeys[r], foldSeed, k)).add(r);
      }
      return byFold.stream().map(f -> f.stream().mapToInt(Integer::intValue).sorted().toArray()).toArray(int[][]::new);
    }
    int[] classOf = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      classOf[i] = regression ? 0 : (int) sliceWeak.instance(rows[i]).classValue(); // numeric: one stratum
    }
    int[][] folds = StratifiedFolds.folds(classOf, regression ? 1 : sliceWeak.numClasses(), k, new Random(foldSeed));
    int[][] out = new int[k][];
    for (int f = 0; f < k; f++) {
      out[f] = java.util.Arrays.stream(folds[f]).map(i -> rows[i]).sorted().toArray();
    }
    return out;
  }

  private static int[] complement(int[] rows, int[] test) {
    java.util.Set<Integer> held = new java.util.HashSet<>();
    for (int r : test) {
      held.add(r);
    }
    return java.util.Arrays.stream(rows).filter(r -> !held.contains(r)).toArray();
  }

  /** The number of distinct classes (or numeric values) among the rows: a model needs two. */
  private long classesIn(int[] rows) {
    return java.util.Arrays.stream(rows).mapToDouble(r -> sliceWeak.instance(r).classValue()).distinct().count();
  }

  private static Instances subset(Instances data, int[] rows) {
    Instances out = new Instances(data, rows.length);
    for (int r : rows) {
      out.add(data.instance(r));
    }
    return out;
  }

  /** The values of every non-class attribute, or null if one is not numeric or a value is missing. */
  private static double[][] numericRows(Instances data) {
    for (int a = 0; a < data.numAttributes(); a++) {
      if (a != data.classIndex() && !data.attribute(a).isNumeric()) {
        return null;
      }
    }
    int d = data.numAttributes() - 1;
    double[][] rows = new double[data.numInstances()][d];
    for (int i = 0; i < rows.length; i++) {
      Instance inst = data.instance(i);
      for (int a = 0, f = 0; a < data.numAttributes(); a++) {
        if (a == data.classIndex()) {
          continue;
        }
        if (inst.isMissing(a)) {
          return null;
        }
        rows[i][f++] = inst.value(a);
      }
    }
    return rows;
  }
}
