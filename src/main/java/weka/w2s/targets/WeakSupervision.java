package weka.w2s.targets;

import java.util.List;

import weka.core.Instances;
import weka.w2s.core.NearestNeighbours;
import weka.w2s.core.PrincipalPool;
import weka.w2s.core.PrincipalSettings;

/**
 * What a target strategy may use: the pool in the strong view (its gold labels hidden), the weak
 * model's labels on it, the gold class balance and the weak model's noise channel from the weak
 * slice, the strong head, and, for strategies that validate their choices, cross-fitted copies of
 * all this. The pool's gold labels are never reachable from here.
 */
public final class WeakSupervision {

  private final WeakTeacher teacher;
  private final double[][] weakLabels;
  private final double[] classBalance;
  private final StrongHead head;
  private final int[] sliceRows;
  /** The channel, computed on first use and shared with copies that differ in their head. */
  private final double[][][] channel;

  WeakSupervision(WeakTeacher teacher, double[][] weakLabels, double[] classBalance, StrongHead head,
      int[] sliceRows) {
    this(teacher, weakLabels, classBalance, head, sliceRows, new double[1][][]);
  }

  private WeakSupervision(WeakTeacher teacher, double[][] weakLabels, double[] classBalance, StrongHead head,
      int[] sliceRows, double[][][] channel) {
    this.teacher = teacher;
    this.weakLabels = weakLabels;
    this.classBalance = classBalance;
    this.head = head;
    this.sliceRows = sliceRows;
    this.channel = channel;
  }

  /** The same supervision with another strong head (e.g. another ridge). */
  public WeakSupervision withHead(StrongHead newHead) {
    return new WeakSupervision(teacher, weakLabels, classBalance, newHead, sliceRows, channel);
  }

  /** The pool in the strong view; class values are missing. */
  public Instances strongPool() {
    return teacher.strongPool();
  }

  public int poolSize() {
    return weakLabels.length;
  }

  public int numClasses() {
    return classBalance.length;
  }

  /** The weak model's class distributions on the pool (copies; strategies may change them). */
  public double[][] weakLabels() {
    double[][] out = new double[weakLabels.length][];
    for (int i = 0; i < out.length; i++) {
      out[i] = weakLabels[i].clone();
    }
    return out;
  }

  /** The gold class balance of the weak slice the weak model learned from (add-one smoothed). */
  public double[] classBalance() {
    return classBalance.clone();
  }

  public StrongHead head() {
    return head;
  }

  /**
   * The weak model's noise channel Cm[c][y'], from cross-validated predictions on its own slice
   * (computed on first use).
   */
  public double[][] channel() throws Exception {
    if (channel[0] == null) {
      channel[0] = teacher.channel(sliceRows);
    }
    return channel[0];
  }

  /** True when the strong attributes are numeric and complete, as principal spaces need. */
  public boolean hasNumericStrong() {
    return teacher.strongRows() != null;
  }

  /** The pool's strong principal space under the given settings (shared by every fold). */
  public PrincipalPool principalPool(PrincipalSettings settings, String strategy) {
    return teacher.principalPool(settings, strategy);
  }

  /** Nearest neighbours of every pool row in a space of the strong representation (cached). */
  public NearestNeighbours neighbours(NeighbourSpace space, PrincipalSettings settings, int k, String strategy) {
    return teacher.neighbours(space, settings, k, strategy);
  }

  /** The number of weak-slice instances the weak model learned from. */
  public int sliceSize() {
    return sliceRows.length;
  }

  /**
   * Cross-fitted validation folds of the weak slice: for each, a supervision whose weak model never
   * saw the fold, and the fold's gold-labelled rows in the strong view.
   */
  public List<ValidationFold> crossFit(int folds, int seed) throws Exception {
    return teacher.crossFit(sliceRows, folds, seed);
  }

  /** The pool's gold classes, -1 where unknown: for the ceiling ({@link Gold}) only. */
  int[] poolGold() {
    return teacher.poolGold();
  }

  /** A seed for the strategy's own random choices (the classifier's seed). */
  public int seed() {
    return teacher.seed();
  }
}
