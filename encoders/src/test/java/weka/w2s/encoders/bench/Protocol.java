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

package weka.w2s.encoders.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import weka.classifiers.functions.RidgeProbe;
import weka.classifiers.meta.WeakToStrong;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.Utils;
import weka.w2s.core.JointStatistics;
import weka.w2s.core.PairAnalysis;
import weka.w2s.core.PrincipalSettings;
import weka.w2s.core.RepresentationAnalysis;

/**
 * The weak-to-strong protocol of W2SG-MATH.md section 5 on fixed representations, for one task and
 * one seeded split: test (30%), the weak head's gold slice D~ and the pool D^ (35% each, all three
 * stratified). Heads are ridge probes (RidgeProbe) with one ridge beta, which the principal kernels
 * of the analysis use too (alpha = beta + gamma). For each weak representation:
 * the weak head on D~, the W2S head on the pool's weak soft labels, the strong ceiling on the pool's
 * gold labels, their test accuracies and PGR, the measured prediction gap on the test set, and the
 * label-free W2SG quantities of the pair on the pool (section 3; the label-aware PredGap with the
 * pool's gold labels).
 */
public final class Protocol {

  /** Fractions of the data for test and for the weak slice; the rest is the pool. */
  static final double TEST_FRACTION = 0.3;
  static final double WEAK_FRACTION = 0.35;

  /** One (weak, strong) pair on one split. */
  public static final class PairResult {
    public String weak;
    public int seed;
    public double weakAccuracy;
    public double w2sAccuracy;
    public double ceilingAccuracy;
    /** The strong head with its ridge chosen by leave-one-out on the pool's gold labels: PGR's ceiling. */
    public double tunedCeilingAccuracy;
    /** [SOM]'s baseline: the strong head trained on the weak head's gold slice alone. */
    public double strongOnWeakGoldAccuracy;
    public double measuredGap;
    public double score;
    public double frobenius;
    public double frobeniusNormalized;
    public double expectedGap;
    public double predGap;
    public int kWeak;
    public int kStrong;

    public double w2sError() {
      return 1 - w2sAccuracy;
    }

    /** PGR against the tuned ceiling, so that it measures weak supervision, not the ceiling's ridge. */
    public double pgr() {
      return Stats.pgr(weakAccuracy, w2sAccuracy, tunedCeilingAccuracy);
    }
  }

  /** One WeakToStrong training mode for one weak representation on one split. */
  public static final class ModeResult {
    public String weak;
    public int seed;
    public String mode;
    public double accuracy;
    public double weakAccuracy;
    public double ceilingAccuracy;

    public double pgr() {
      return Stats.pgr(weakAccuracy, accuracy, ceilingAccuracy);
    }
  }

  private final int[] labels;
  private final double ridge;
  private final String[] classNames;
  private final Representation strong;
  private final int seed;
  private final int[] test;
  private final int[] weakSlice;
  private final int[] pool;

  /**
   * @param labels     class index (0 or 1) of every text
   * @param classNames the two class names
   * @param strong     the fixed strong representation
   * @param ridge      the heads' ridge beta
   */
  public Protocol(int[] labels, String[] classNames, Representation strong, int seed, double ridge) {
    this.labels = labels;
    this.ridge = ridge;
    this.classNames = classNames;
    this.strong = strong;
    this.seed = seed;
    List<List<Integer>> parts = split(labels, classNames.length, seed);
    this.test = toArray(parts.get(0));
    this.weakSlice = toArray(parts.get(1));
    this.pool = toArray(parts.get(2));
  }

  /** Stratified split into test, weak slice and pool, each class shuffled by the seed. */
  static List<List<Integer>> split(int[] labels, int classes, int seed) {
    Random random = new Random(seed);
    List<List<Integer>> parts = Arrays.asList(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (int c = 0; c < classes; c++) {
      List<Integer> members = new ArrayList<>();
      for (int i = 0; i < labels.length; i++) {
        if (labels[i] == c) {
          members.add(i);
        }
      }
      Collections.shuffle(members, random);
      int nTest = (int) Math.round(TEST_FRACTION * members.size());
      int nWeak = (int) Math.round(WEAK_FRACTION * members.size());
      for (int r = 0; r < members.size(); r++) {
        parts.get(r < nTest ? 0 : r < nTest + nWeak ? 1 : 2).add(members.get(r));
      }
    }
    for (List<Integer> p : parts) {
      Collections.sort(p);
    }
    return parts;
  }

  private static int[] toArray(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).toArray();
  }

  public int testSize() {
    return test.length;
  }

  public int weakSliceSize() {
    return weakSlice.length;
  }

  public int poolSize() {
    return pool.length;
  }

  /** Strong heads that do not depend on the weak representation, fitted once per split. */
  public final class StrongHeads {
    final RidgeProbe ceiling;
    final double[] ceilingScores;
    final double ceilingAccuracy;
    final double tunedCeilingAccuracy;
    final double onWeakGoldAccuracy;
    final Instances strongTest;

    StrongHeads() throws Exception {
      strongTest = instances(new Representation[] {strong}, test, null);
      ceiling = head();
      ceiling.buildClassifier(instances(new Representation[] {strong}, pool, null));
      ceilingScores = signedScores(ceiling, strongTest);
      ceilingAccuracy = accuracy(ceilingScores, test);
      RidgeProbe tuned = new RidgeProbe(); // the default: ridge by exact leave-one-out
      tuned.buildClassifier(instances(new Representation[] {strong}, pool, null));
      tunedCeilingAccuracy = accuracy(signedScores(tuned, strongTest), test);
      RidgeProbe small = head();
      small.buildClassifier(instances(new Representation[] {strong}, weakSlice, null));
      onWeakGoldAccuracy = accuracy(signedScores(small, strongTest), test);
    }
  }

  public StrongHeads strongHeads() throws Exception {
    return new StrongHeads();
  }

  /** The naive protocol and the W2SG quantities for one weak representation. */
  public PairResult run(Representation weak, StrongHeads heads) throws Exception {
    PairResult r = new PairResult();
    r.weak = weak.name();
    r.seed = seed;
    Representation[] weakOnly = {weak};
    RidgeProbe weakHead = head();
    weakHead.buildClassifier(instances(weakOnly, weakSlice, null));
    r.weakAccuracy = accuracy(signedScores(weakHead, instances(weakOnly, test, null)), test);
    Instances weakPool = instances(weakOnly, pool, null);
    double[][] softLabels = new double[pool.length][];
    for (int i = 0; i < pool.length; i++) {
      softLabels[i] = weakHead.distributionForInstance(weakPool.instance(i));
    }
    RidgeProbe w2s = head();
    w2s.buildFromTargets(instances(new Representation[] {strong}, pool, null), softLabels);
    double[] w2sScores = signedScores(w2s, heads.strongTest);
    r.w2sAccuracy = accuracy(w2sScores, test);
    r.ceilingAccuracy = heads.ceilingAccuracy;
    r.tunedCeilingAccuracy = heads.tunedCeilingAccuracy;
    r.strongOnWeakGoldAccuracy = heads.onWeakGoldAccuracy;
    double gap = 0;
    for (int i = 0; i < test.length; i++) {
      double d = w2sScores[i] - heads.ceilingScores[i];
      gap += d * d;
    }
    r.measuredGap = gap / test.length;
    analyze(weak, r);
    return r;
  }

  /** The W2SG quantities of (weak, strong) on the pool, gold labels as +1 / -1 (section 1). */
  private void analyze(Representation weak, PairResult r) {
    int dw = weak.dimension();
    int ds = strong.dimension();
    JointStatistics stats = new JointStatistics(dw + ds + 1, 0);
    double[] row = new double[dw + ds + 1];
    for (int i : pool) {
      System.arraycopy(weak.rows()[i], 0, row, 0, dw);
      System.arraycopy(strong.rows()[i], 0, row, dw, ds);
      row[dw + ds] = labels[i] == 1 ? 1.0 : -1.0;
      stats.add(row);
    }
    PairAnalysis pair = RepresentationAnalysis.of(stats, Collections.singletonList(range(0, dw)),
        Collections.singletonList(range(dw, ds)), new int[] {dw + ds}, PrincipalSettings.defaults().withRidge(ridge),
        weakSlice.length).pair(0, 0);
    r.score = pair.score();
    r.frobenius = pair.frobenius();
    r.frobeniusNormalized = pair.frobeniusNormalized();
    r.expectedGap = pair.expectedGap();
    r.predGap = pair.predGap();
    r.kWeak = pair.weak().k();
    r.kStrong = pair.strong().k();
  }

  /**
   * Trains WeakToStrong in each mode on test's complement (it splits that into its own weak slice
   * and pool, half each, by the same seed) and measures test accuracy; the weak model's accuracy
   * comes from the naive run, the ceiling from the gold mode.
   */
  public List<ModeResult> modes(Representation weak, String[] modes) throws Exception {
    int[] train = concat(weakSlice, pool);
    Instances trainData = instances(new Representation[] {weak, strong}, train, new String[] {"w", "s"});
    Instances testData = instances(new Representation[] {weak, strong}, test, new String[] {"w", "s"});
    List<ModeResult> out = new ArrayList<>();
    double weakAccuracy = Double.NaN;
    double ceilingAccuracy = Double.NaN;
    for (String mode : concatModes(modes)) {
      // WeakToStrong's defaults: the references' ridges by leave-one-out, the students' cross-fitted
      WeakToStrong model = new WeakToStrong();
      model.setWeakAttributes("name:w_.*");
      model.setStrongAttributes("name:s_.*");
      model.setWeakFraction(0.5);
      model.setSeed(seed);
      model.setTargets(weka.w2s.targets.TargetStrategy.forName(mode));
      model.buildClassifier(trainData);
      int correct = 0;
      int weakCorrect = 0;
      for (int i = 0; i < testData.numInstances(); i++) {
        int truth = (int) testData.instance(i).classValue();
        if (Utils.maxIndex(model.distributionForInstance(testData.instance(i))) == truth) {
          correct++;
        }
        if (Utils.maxIndex(model.weakDistributionForInstance(testData.instance(i))) == truth) {
          weakCorrect++;
        }
      }
      double accuracy = (double) correct / testData.numInstances();
      if (mode.equals("gold")) {
        ceilingAccuracy = accuracy;
      } else if (mode.equals("naive")) {
        weakAccuracy = (double) weakCorrect / testData.numInstances();
      }
      ModeResult m = new ModeResult();
      m.weak = weak.name();
      m.seed = seed;
      m.mode = mode;
      m.accuracy = accuracy;
      out.add(m);
    }
    for (ModeResult m : out) {
      m.weakAccuracy = weakAccuracy;
      m.ceilingAccuracy = ceilingAccuracy;
    }
    return out;
  }

  /** The requested modes with naive (for the weak accuracy) and gold (the ceiling) always included. */
  private static List<String> concatModes(String[] modes) {
    List<String> all = new ArrayList<>(Arrays.asList(modes));
    if (!all.contains("naive")) {
      all.add(0, "naive");
    }
    if (!all.contains("gold")) {
      all.add("gold");
    }
    return all;
  }

  private RidgeProbe head() {
    RidgeProbe head = new RidgeProbe();
    head.setRidge(ridge);
    return head;
  }

  /** Scores s_1 - s_0 of a two-class ridge head (the +1 / -1 encoding), one per instance. */
  private static double[] signedScores(RidgeProbe head, Instances data) throws Exception {
    double[] out = new double[data.numInstances()];
    for (int i = 0; i < out.length; i++) {
      double[] s = head.scoresForInstance(data.instance(i));
      out[i] = s[1] - s[0];
    }
    return out;
  }

  private double accuracy(double[] signedScores, int[] rows) {
    int correct = 0;
    for (int i = 0; i < rows.length; i++) {
      if ((signedScores[i] > 0 ? 1 : 0) == labels[rows[i]]) {
        correct++;
      }
    }
    return (double) correct / rows.length;
  }

  /**
   * A data set of the given rows: the representations' columns side by side (named prefix_j, the
   * prefix being the representation's name unless given) and the nominal class.
   */
  Instances instances(Representation[] reps, int[] rows, String[] prefixes) {
    ArrayList<Attribute> atts = new ArrayList<>();
    for (int r = 0; r < reps.length; r++) {
      String prefix = prefixes == null ? reps[r].name() : prefixes[r];
      for (int j = 0; j < reps[r].dimension(); j++) {
        atts.add(new Attribute(prefix + "_" + j));
      }
    }
    atts.add(new Attribute("class", new ArrayList<>(Arrays.asList(classNames))));
    Instances data = new Instances("split" + seed, atts, rows.length);
    data.setClassIndex(atts.size() - 1);
    for (int i : rows) {
      double[] v = new double[atts.size()];
      int offset = 0;
      for (Representation rep : reps) {
        System.arraycopy(rep.rows()[i], 0, v, offset, rep.dimension());
        offset += rep.dimension();
      }
      v[offset] = labels[i];
      data.add(new DenseInstance(1.0, v));
    }
    return data;
  }

  private static int[] range(int from, int count) {
    int[] r = new int[count];
    for (int i = 0; i < count; i++) {
      r[i] = from + i;
    }
    return r;
  }

  private static int[] concat(int[] a, int[] b) {
    int[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    Arrays.sort(out);
    return out;
  }
}
