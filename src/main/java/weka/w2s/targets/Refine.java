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
import java.util.List;
import java.util.Locale;

import weka.classifiers.functions.Logistic;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.OptionMetadata;
import weka.core.SelectedTag;
import weka.core.Tag;
import weka.core.Utils;
import weka.w2s.options.Tags;
import weka.w2s.core.ChannelRefinement;
import weka.w2s.core.ClassBalance;
import weka.w2s.core.RidgePath;

/**
 * Somerstep et al.'s refinement (W2SG-MATH.md section 6): each pool instance's label is inferred
 * from the weak labels of its k nearest neighbours in the strong representation, read through the
 * weak model's noise channel ({@link ChannelRefinement}), and the strong model learns these refined
 * labels. How much the batch's evidence is worth against the instance's own weak label is not fixed
 * (the product over k neighbours of the plain posterior counted correlated neighbours as independent
 * and collapsed to the prior when the weak labels were poor): a logistic combination of the two
 * evidences, b_c + a * own_c + b * batch_c, is fitted on the weak slice's gold labels, with each
 * slice instance seen exactly as a pool instance is: its own label from a weak model that did not
 * train on it, its batch among the pool labelled by that same weak model. Where the batch says
 * nothing the combination keeps the weak label; where it knows better, it follows the batch.
 */
public class Refine extends PrincipalStrategy {

  private static final long serialVersionUID = 1L;

  public static final Tag[] TAGS_SPACE = {
    new Tag(NeighbourSpace.PRINCIPAL.ordinal(), "principal", "principal"),
    new Tag(NeighbourSpace.WHITENED.ordinal(), "whitened", "whitened"),
    new Tag(NeighbourSpace.RAW.ordinal(), "raw", "raw"),
  };

  protected int m_k;
  protected int m_space;
  protected boolean m_hardLabels;

  public Refine() {
    resetOptions();
  }

  @Override
  protected void resetOptions() {
    super.resetOptions();
    m_k = 16;
    m_space = NeighbourSpace.PRINCIPAL.ordinal();
    m_hardLabels = false;
  }

  @Override
  public boolean dependsOnHead() {
    return false;
  }

  @Override
  public String name() {
    return "refine";
  }

  /** The k the last build used: the pool's size caps it. */
  private transient int m_usedK;

  @Override
  public String label() {
    String k = m_usedK > 0 && m_usedK < m_k ? m_usedK + " (the pool's size; " + m_k + " asked)" : Integer.toString(m_k);
    return "refine k=" + k + (m_space == NeighbourSpace.PRINCIPAL.ordinal() ? ""
        : " " + NeighbourSpace.values()[m_space].name().toLowerCase(Locale.ROOT)) + ruleLabel()
        + (m_hardLabels ? " hard" : "");
  }

  @Override
  public String globalInfo() {
    return "Refinement: the strong model learns labels inferred from the weak labels of each instance's"
        + " neighbours (Somerstep and others, ICLR 2025). Each instance's class is inferred from the weak labels"
        + " of its k nearest neighbours in the strong representation (its in-context batch), read through the"
        + " weak model's noise channel, and the strong model learns these refined labels instead of the weak"
        + " labels. The batch's evidence is a distance-weighted mean (neighbours share the weak"
        + " model's errors, so they are not counted as independent). How far to trust the batch against the"
        + " instance's own weak label is learned on the weak slice's gold labels by a logistic combination,"
        + " each slice instance seen as a pool instance is: labelled by a weak model that did not train on it,"
        + " its batch among the pool labelled by the same model. For a numeric class the evidence is the weak"
        + " prediction itself and the combination of own and batch predictions is linear (least squares with"
        + " a tiny ridge). Where neighbours tell nothing, the refined"
        + " label stays the weak label; it never collapses to the majority class. It removes weak-label"
        + " errors that vary between strong-space neighbours (noise, a bias outside the strong model's"
        + " concepts); errors that follow what the strong model represents stay.";
  }

  @OptionMetadata(displayName = "neighbours k", description = "The size k of each instance's in-context batch,"
      + " the instance included (at least 1); the pool size caps it.", commandLineParamName = "neighbours",
      commandLineParamSynopsis = "-neighbours <k>", displayOrder = 1)
  public int getK() {
    return m_k;
  }

  public void setK(int value) {
    m_k = value;
  }

  @OptionMetadata(displayName = "neighbour space", description = "Where neighbours are found: principal (the"
      + " strong principal scores), whitened (scaled to equal weight) or raw (the strong attributes).",
      commandLineParamName = "space",
      commandLineParamSynopsis = "-space <principal|whitened|raw>", displayOrder = 2)
  public SelectedTag getSpace() {
    return new SelectedTag(m_space, TAGS_SPACE);
  }

  public void setSpace(SelectedTag value) {
    m_space = Tags.idOf(value, TAGS_SPACE);
  }

  @OptionMetadata(displayName = "hard labels", description = "Train on the most likely refined class instead of"
      + " the refined distribution.", commandLineParamName = "hard-labels", commandLineParamSynopsis = "-hard-labels",
      commandLineParamIsFlag = true, displayOrder = 3)
  public boolean getHardLabels() {
    return m_hardLabels;
  }

  public void setHardLabels(boolean value) {
    m_hardLabels = value;
  }

  /** -k was this option's name; elsewhere in the package -k is the principal dimension. */
  @Override
  protected String[] aliases() {
    return new String[] {"k", "neighbours"};
  }

  @Override
  public void validate() {
    super.validate();
    if (m_k < 1) {
      throw new IllegalArgumentException("The refinement batch size (neighbours k) must be at least 1, got " + m_k
          + ".");
    }
  }

  @Override
  public Targets build(WeakSupervision supervision) throws Exception {
    int k = Math.min(m_k, supervision.poolSize());
    m_usedK = k;
    NeighbourSpace space = NeighbourSpace.values()[m_space];
    int c = supervision.numClasses();
    boolean regression = supervision.regression();
    // a class's evidence is its weak label read through the weak model's noise channel; a numeric
    // target's evidence is the weak prediction itself
    ChannelRefinement channel = regression ? null : new ChannelRefinement(supervision.channel());
    HeldOut held = supervision.heldOut();
    if (held.strongRows() == null) {
      throw new IllegalArgumentException("The refine strategy needs numeric, complete strong attributes in the weak"
          + " slice too; replace missing values first.");
    }
    // the pool: each instance's own evidence and its batch's (the instance itself left out of the batch)
    double[][] poolOwn = evidence(channel, supervision.weakLabels());
    double[][] poolBatch = k > 1 ? ChannelRefinement.batchEvidence(poolOwn,
        supervision.neighbours(space, principalSettings(), k, name()), true) : null;

    // held-out slice instances, seen as pool instances: own held-out evidence, batch of their k - 1 nearest
    // pool instances labelled by the same held-out weak model
    double[][] heldOwn = evidence(channel, held.weakLabels());
    double[][] heldBatch = k > 1 ? new double[held.size()][] : null;
    int[] fold = held.fold();
    for (int f = 0; k > 1 && f < held.folds(); f++) {
      List<Integer> members = new ArrayList<>();
      for (int i = 0; i < fold.length; i++) {
        if (fold[i] == f) {
          members.add(i);
        }
      }
      double[][] rows = new double[members.size()][];
      for (int m = 0; m < rows.length; m++) {
        rows[m] = held.strongRows()[members.get(m)];
      }
      double[][] batch = ChannelRefinement.batchEvidence(evidence(channel, held.poolLabels(f)),
          supervision.poolNeighboursOf(rows, space, principalSettings(), k - 1, name()), false);
      for (int m = 0; m < rows.length; m++) {
        heldBatch[members.get(m)] = batch[m];
      }
    }

    // how much the batch is worth against the instance's own label, learned on the held-out gold labels:
    // a logistic combination for a class, a linear one for a numeric target
    double[][] refined = regression ? linearCombination(heldOwn, heldBatch, held.goldValues(), poolOwn, poolBatch)
        : logisticCombination(c, heldOwn, heldBatch, held.goldValues(), poolOwn, poolBatch);
    return Targets.of(m_hardLabels ? ClassBalance.mostLikely(refined) : refined, supervision);
  }

  /** The class distributions of a logistic combination of own and batch evidence, fitted on the held-out rows. */
  private static double[][] logisticCombination(int c, double[][] heldOwn, double[][] heldBatch, double[] gold,
      double[][] poolOwn, double[][] poolBatch) throws Exception {
    Instances header = stackingHeader(c, heldBatch != null);
    Logistic stacker = new Logistic();
    stacker.setRidge(STACKING_RIDGE);
    stacker.buildClassifier(stackingData(header, heldOwn, heldBatch, gold));
    double[][] refined = new double[poolOwn.length][];
    Instances pool = stackingData(header, poolOwn, poolBatch, null);
    for (int i = 0; i < refined.length; i++) {
      refined[i] = stacker.distributionForInstance(pool.instance(i));
    }
    return refined;
  }

  /**
   * A numeric target's refined value a + b own + c batch, the coefficients by least squares (core's
   * ridge path, a tiny ridge) on the held-out rows' gold values.
   */
  private static double[][] linearCombination(double[][] heldOwn, double[][] heldBatch, double[] gold,
      double[][] poolOwn, double[][] poolBatch) {
    RidgePath path = RidgePath.of(predictors(heldOwn, heldBatch), null);
    double[][] targets = new double[gold.length][];
    for (int i = 0; i < gold.length; i++) {
      targets[i] = new double[] {gold[i]};
    }
    RidgePath.Head head = path.solve(targets, STACKING_RIDGE * path.meanEigenvalue());
    double[][] pool = predictors(poolOwn, poolBatch);
    double[][] refined = new double[pool.length][];
    for (int i = 0; i < pool.length; i++) {
      refined[i] = head.scores(pool[i]);
    }
    return refined;
  }

  /** Rows of (own prediction, batch prediction), or of the own prediction alone without batches. */
  private static double[][] predictors(double[][] own, double[][] batch) {
    double[][] rows = new double[own.length][];
    for (int i = 0; i < own.length; i++) {
      rows[i] = batch == null ? new double[] {own[i][0]} : new double[] {own[i][0], batch[i][0]};
    }
    return rows;
  }

  @Override
  public String regressionProblem() {
    return m_hardLabels ? "refine -hard-labels takes the most likely refined class, and a numeric class has none"
        : null;
  }

  private static double[][] evidence(ChannelRefinement channel, double[][] weakLabels) {
    return channel == null ? weakLabels : channel.evidence(weakLabels);
  }

  /**
   * Ridge of the combination of own and batch evidence (a handful of coefficients): the logistic
   * one's, and for a numeric target relative to the predictions' mean variance.
   */
  static final double STACKING_RIDGE = 1e-4;

  /**
   * Attributes of the combination: for two classes the log-likelihood ratios e(1) - e(0) of the
   * instance and of its batch; for more, each class's evidence minus the mean over classes.
   */
  private static Instances stackingHeader(int c, boolean batch) {
    ArrayList<Attribute> atts = new ArrayList<>();
    int per = c == 2 ? 1 : c;
    for (String part : batch ? new String[] {"own", "batch"} : new String[] {"own"}) {
      for (int j = 0; j < per; j++) {
        atts.add(new Attribute(part + "_" + j));
      }
    }
    List<String> classes = new ArrayList<>();
    for (int j = 0; j < c; j++) {
      classes.add("c" + j);
    }
    atts.add(new Attribute("class", classes));
    Instances header = new Instances("refinement", atts, 0);
    header.setClassIndex(atts.size() - 1);
    return header;
  }

  private static Instances stackingData(Instances header, double[][] own, double[][] batch, double[] gold) {
    Instances data = new Instances(header, own.length);
    int c = header.numClasses();
    for (int i = 0; i < own.length; i++) {
      double[] v = new double[header.numAttributes()];
      int a = put(v, 0, own[i], c);
      if (batch != null) {
        put(v, a, batch[i], c);
      }
      v[v.length - 1] = gold == null ? Utils.missingValue() : gold[i];
      data.add(new DenseInstance(1, v));
    }
    return data;
  }

  private static int put(double[] v, int at, double[] evidence, int c) {
    if (c == 2) {
      v[at] = evidence[1] - evidence[0];
      return at + 1;
    }
    double mean = 0;
    for (double e : evidence) {
      mean += e / c;
    }
    for (int j = 0; j < c; j++) {
      v[at + j] = evidence[j] - mean;
    }
    return at + c;
  }
}
