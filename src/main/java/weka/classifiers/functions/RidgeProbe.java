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

package weka.classifiers.functions;

import java.io.Serializable;
import java.util.Enumeration;

import weka.classifiers.AbstractClassifier;
import weka.core.Attribute;
import weka.core.Capabilities;
import weka.core.Capabilities.Capability;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Option;
import weka.core.OptionMetadata;
import weka.core.SelectedTag;
import weka.core.Tag;
import weka.core.TechnicalInformation;
import weka.core.TechnicalInformation.Field;
import weka.core.TechnicalInformation.Type;
import weka.core.TechnicalInformationHandler;
import weka.core.UnassignedClassException;
import weka.core.Utils;
import weka.core.WeightedInstancesHandler;
import weka.core.WekaException;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.NominalToBinary;
import weka.filters.unsupervised.attribute.ReplaceMissingValues;
import weka.w2s.options.OptionAliases;
import weka.w2s.targets.RidgeLearner;
import weka.w2s.options.StrictOptions;
import weka.w2s.options.Tags;
import weka.w2s.core.LinearAlgebra;
import weka.w2s.core.RidgeGrid;
import weka.w2s.core.RidgePath;

/**
 * The closed-form ridge linear head ("linear probe") of the weak-to-strong generalization
 * literature: ridge regression on a fixed representation, with an unpenalised intercept
 * (W2SG-MATH.md section 1).
 *
 * <h2>Model</h2>
 * With instances x_i (after missing-value replacement and nominal-to-binary coding), Weka
 * instance weights v_i &gt;= 0, V = sum_i v_i and targets t_i in R^c, the head minimises
 *
 * <pre>
 *   L(W, b) = (1/V) sum_i v_i ||t_i - b - W^T x_i||^2 + beta ||W||_F^2 .
 * </pre>
 *
 * With unit weights V = n, so this is exactly the theory's (1/n)||Xw - y||^2 + beta||w||^2 per
 * output column: beta is <em>not</em> multiplied by n, and rescaling all weights by a constant
 * changes nothing. The intercept is not penalised; it is obtained by centring:
 * W solves (Z^T Z + beta I) W = Z^T Y with Z = D^{1/2}(X - 1 xbar^T), Y = D^{1/2}(T - 1 tbar^T),
 * D = diag(v_i / V) and xbar, tbar the weighted means; then b = tbar - W^T xbar.
 *
 * <ul>
 * <li>Primal: the d x d system above. Dual: W = Z^T (Z Z^T + beta I)^{-1} Y, an n x n system (the
 * push-through identity). Chosen automatically (dual when fewer instances than attributes) or
 * forced.</li>
 * <li>The ridge is chosen automatically by default: the one of a grid (relative to the attributes'
 * mean variance) with the smallest exact leave-one-out error on the training targets, from one
 * eigen-decomposition ({@link RidgePath}, as scikit-learn's RidgeCV); or it is fixed.</li>
 * <li>A fixed beta &gt; 0: Cholesky. beta = 0, or a Cholesky failure: pseudo-inverse from the
 * symmetric eigen-decomposition, eigenvalues at or below max(n, d) * ulp(lambda_max) treated as
 * zero; this gives the minimum-norm least-squares solution, identical in primal and dual. Products
 * and decompositions run on native BLAS and LAPACK where present (EJML otherwise).</li>
 * <li>Nominal class with c values: one output per class, targets are the class indicators (or a
 * class distribution for soft targets), centred by the intercept. Numeric or date class: one
 * output.</li>
 * </ul>
 *
 * <h2>Distribution</h2>
 * For a nominal class the scores s_k(x) = b_k + w_k^T x sum to exactly 1 whenever every target row
 * sums to 1 (one-hot labels, class distributions), because sum_k w_k = 0 and sum_k b_k = 1: the
 * head is a linear probability model. The distribution is clip-and-normalise:
 * p_k = max(s_k, 0) / sum_j max(s_j, 0), which leaves in-range scores unchanged; for two classes
 * p_1 = min(max(s_1, 0), 1) and p_0 = 1 - p_1 (symmetric). If no score is positive (only possible
 * with targets whose rows do not sum to 1), the distribution is uniform. The raw scores are
 * available from {@link #scoresForInstance(Instance)}.
 *
 * <h2>Input handling</h2>
 * Missing values (Weka's missing value is NaN) are replaced by the weighted training mean or mode
 * (ReplaceMissingValues); nominal attributes are coded as 0/1 indicators (NominalToBinary);
 * infinite values are rejected. Training instances with a missing class are ignored by
 * {@link #buildClassifier(Instances)} and used by {@link #buildFromTargets(Instances, double[][])},
 * whose targets replace the class values.
 */
public class RidgeProbe extends AbstractClassifier
  implements WeightedInstancesHandler, TechnicalInformationHandler, RidgeLearner {

  private static final long serialVersionUID = 4170932958723461001L;

  /** Old spelling still read: -R is -ridge. */
  private static final String[] ALIASES = {"R", "ridge"};

  /** Default ridge coefficient beta (absolute, in the (1/V)-normalised loss). */
  public static final double DEFAULT_RIDGE = 1e-4;

  /** Solve selection: dual when fewer instances than attributes, primal otherwise. */
  public static final int SOLVER_AUTO = 0;
  /** Solve selection: always the d x d primal system. */
  public static final int SOLVER_PRIMAL = 1;
  /** Solve selection: always the n x n dual system. */
  public static final int SOLVER_DUAL = 2;

  /** The solve selections, as Weka tags (the readable string is the command-line value). */
  public static final Tag[] TAGS_SOLVER = {
    new Tag(SOLVER_AUTO, "auto", "auto"),
    new Tag(SOLVER_PRIMAL, "primal", "primal"),
    new Tag(SOLVER_DUAL, "dual", "dual") };

  /** Ridge selection: exact leave-one-out over the grid. */
  public static final int SELECTION_LOO = 0;
  /** Ridge selection: the fixed ridge. */
  public static final int SELECTION_FIXED = 1;

  /** The ridge selections, as Weka tags. */
  public static final Tag[] TAGS_RIDGE_SELECTION = {
    new Tag(SELECTION_LOO, "loo", "loo"),
    new Tag(SELECTION_FIXED, "fixed", "fixed") };

  /** The ridge coefficient beta, when fixed. */
  protected double m_Ridge = DEFAULT_RIDGE;

  /** How the ridge is chosen (one of the SELECTION_ constants). */
  protected int m_RidgeSelection = SELECTION_LOO;

  /** The candidate ridges of the automatic choice, relative to the attributes' mean variance. */
  protected String m_RidgeGrid = RidgeGrid.DEFAULT;

  /** The solve selection (one of the SOLVER_ constants). */
  protected int m_Solver = SOLVER_AUTO;

  /** The trained model; null before training. Replaced as a whole by every build. */
  protected Model m_Model;

  /**
   * Returns a string describing this classifier.
   *
   * @return a description suitable for the GUI
   */
  public String globalInfo() {
    return "Closed-form ridge linear head, the \"linear probe\" of weak-to-strong generalization. It is "
      + "ridge regression on the attributes with an unpenalised intercept, minimising "
      + "(1/V) sum_i v_i ||t_i - b - W'x_i||^2 + beta ||W||^2, where v_i are the instance weights "
      + "and V their sum (with unit weights the theory's (1/n)||Xw - y||^2 + beta||w||^2; beta is "
      + "not scaled by n).\n\n"
      + "The ridge is chosen automatically by default: the ridge of a grid (multiples of the attributes' mean "
      + "variance) with the smallest exact leave-one-out error on the training targets, all from one "
      + "eigen-decomposition, as scikit-learn's RidgeCV; the model reports the chosen ridge and its error. Set "
      + "a ridge (or ridge selection 'fixed') to fix it.\n\n"
      + "Nominal class: one output per class fitted to the class indicators; the scores sum to 1 "
      + "and are turned into a distribution by clipping at 0 and normalising. Numeric class: one "
      + "output. The primal (attributes x attributes) or dual (instances x instances) system is "
      + "chosen automatically; beta = 0 gives the minimum-norm least-squares solution "
      + "(pseudo-inverse). Soft targets (class distributions, e.g. weak labels) can be fitted "
      + "programmatically with buildFromTargets(Instances, double[][]).\n\n"
      + "Missing values are replaced by the (weighted) mean or mode (ReplaceMissingValues) and "
      + "nominal attributes are coded as 0/1 indicators (NominalToBinary); infinite values are "
      + "rejected.\n\nFor more information see:\n\n" + getTechnicalInformation().toString();
  }

  /**
   * The theory this head implements, and the classical reference for ridge regression.
   *
   * @return the technical information
   */
  @Override
  public TechnicalInformation getTechnicalInformation() {
    TechnicalInformation result = new TechnicalInformation(Type.INPROCEEDINGS);
    result.setValue(Field.AUTHOR, "Yihao Xue and Jiping Li and Baharan Mirzasoleiman");
    result.setValue(Field.TITLE, "Representations Shape Weak-to-Strong Generalization: "
      + "Theoretical Insights and Empirical Predictions");
    result.setValue(Field.BOOKTITLE, "Proceedings of the 42nd International Conference on "
      + "Machine Learning (ICML)");
    result.setValue(Field.YEAR, "2025");
    result.setValue(Field.NOTE, "arXiv:2502.00620");

    TechnicalInformation ridge = result.add(Type.ARTICLE);
    ridge.setValue(Field.AUTHOR, "Arthur E. Hoerl and Robert W. Kennard");
    ridge.setValue(Field.TITLE, "Ridge Regression: Biased Estimation for Nonorthogonal Problems");
    ridge.setValue(Field.JOURNAL, "Technometrics");
    ridge.setValue(Field.VOLUME, "12");
    ridge.setValue(Field.NUMBER, "1");
    ridge.setValue(Field.PAGES, "55-67");
    ridge.setValue(Field.YEAR, "1970");
    return result;
  }

  // ------------------------------------------------------------------ options

  /**
   * Gets the ridge coefficient beta.
   *
   * @return beta
   */
  @OptionMetadata(displayName = "ridge (beta)",
    description = "A fixed ridge coefficient beta (at least 0); setting it fixes the ridge (ridge selection "
      + "becomes fixed). 0 gives ordinary least squares (minimum-norm when the attributes are rank deficient). "
      + "The loss is (1/V) sum_i v_i ||t_i - b - W'x_i||^2 + beta ||W||^2, with V the sum of instance weights "
      + "(beta is not multiplied by n). Default " + DEFAULT_RIDGE + ", used only when the selection is fixed.",
    commandLineParamName = "ridge", commandLineParamSynopsis = "-ridge <beta>", displayOrder = 2)
  @Override
  public double getRidge() {
    return m_Ridge;
  }

  /**
   * Sets the ridge coefficient beta.
   *
   * @param ridge beta, finite and &gt;= 0
   * @throws IllegalArgumentException if beta is negative or not finite
   */
  public void setRidge(double ridge) {
    checkRidge(ridge);
    m_Ridge = ridge;
    m_RidgeSelection = SELECTION_FIXED;
  }

  /**
   * Gets how the ridge is chosen.
   *
   * @return loo (automatic) or fixed
   */
  @OptionMetadata(displayName = "ridge selection",
    description = "How the ridge is chosen: 'loo' (default) or 'fixed'. 'loo' takes the ridge of the grid with "
      + "the smallest exact leave-one-out squared error on the training targets (one eigen-decomposition gives "
      + "every ridge's, as scikit-learn's RidgeCV); 'fixed' uses the ridge beta.",
    commandLineParamName = "ridge-selection", commandLineParamSynopsis = "-ridge-selection <loo|fixed>",
    displayOrder = 1)
  public SelectedTag getRidgeSelection() {
    return new SelectedTag(m_RidgeSelection, TAGS_RIDGE_SELECTION);
  }

  /**
   * Sets how the ridge is chosen.
   *
   * @param selection a tag from {@link #TAGS_RIDGE_SELECTION}
   */
  public void setRidgeSelection(SelectedTag selection) {
    m_RidgeSelection = Tags.idOf(selection, TAGS_RIDGE_SELECTION);
  }

  /**
   * True if the ridge is chosen by leave-one-out rather than fixed.
   *
   * @return whether the ridge is automatic
   */
  /**
   * The mean variance tr(S) / d of the design the probe fits on the data (after missing-value
   * replacement and nominal-to-binary coding): the unit of the relative ridge grid.
   *
   * @param data instances of the training format (class values are not read)
   * @return the mean variance
   * @throws Exception if the data cannot be used
   */
  @Override
  public double meanVariance(Instances data) throws Exception {
    RidgeProbe probe = withFixedRidge(1); // any fixed ridge: only the design is wanted
    int c = data.classAttribute().isNominal() ? data.numClasses() : 1;
    double[][] targets = new double[data.numInstances()][c];
    probe.buildFromTargets(data, targets);
    return probe.m_Model.meanVariance;
  }

  @Override
  public boolean choosesRidge() {
    return m_RidgeSelection == SELECTION_LOO;
  }

  /**
   * A copy of this probe, untrained, with the ridge fixed at beta.
   *
   * @param beta the ridge
   * @return the copy
   * @throws Exception if the copy fails
   */
  @Override
  public RidgeProbe withFixedRidge(double beta) throws Exception {
    RidgeProbe copy = new RidgeProbe();
    copy.setOptions(getOptions());
    copy.setRidge(beta);
    return copy;
  }

  /**
   * Gets the grid of the automatic ridge.
   *
   * @return comma-separated ridges relative to the attributes' mean variance
   */
  @OptionMetadata(displayName = "ridge grid",
    description = "The candidate ridges of the leave-one-out selection, comma-separated multiples of the "
      + "attributes' mean variance tr(S)/d (so the grid means the same on any scale). Default "
      + RidgeGrid.DEFAULT + ".",
    commandLineParamName = "ridge-grid", commandLineParamSynopsis = "-ridge-grid <r1,r2,...>", displayOrder = 3)
  @Override
  public String getRidgeGrid() {
    return m_RidgeGrid;
  }

  /**
   * Sets the grid of the automatic ridge.
   *
   * @param grid comma-separated relative ridges, each finite and &gt;= 0
   */
  public void setRidgeGrid(String grid) {
    RidgeGrid.parse(grid, "RidgeProbe: the ridge grid");
    m_RidgeGrid = grid.trim();
  }

  /**
   * Gets the solve selection.
   *
   * @return the selected solve (auto, primal or dual)
   */
  @OptionMetadata(displayName = "solver",
    description = "Which linear system to solve: 'auto' (the dual n x n system when there are "
      + "fewer training instances than attributes, the primal d x d system otherwise), 'primal' "
      + "or 'dual'. All give the same model up to rounding (default auto).",
    commandLineParamName = "solver", commandLineParamSynopsis = "-solver <auto|primal|dual>",
    displayOrder = 4)
  public SelectedTag getSolver() {
    return new SelectedTag(m_Solver, TAGS_SOLVER);
  }

  /**
   * Sets the solve selection.
   *
   * @param solver a tag from {@link #TAGS_SOLVER}
   */
  public void setSolver(SelectedTag solver) {
    m_Solver = Tags.idOf(solver, TAGS_SOLVER);
  }

  /**
   * Parses the options: the annotated properties (by StrictOptions, which refuses a value it cannot
   * convert with one message, where Weka's reflective setter only prints a trace) and those of
   * AbstractClassifier. Options not given keep their current values, as in Weka.
   *
   * @param options the options
   * @throws Exception if an option value is invalid
   */
  @Override
  public void setOptions(String[] options) throws Exception {
    if (options == null) {
      return;
    }
    OptionAliases.rename(options, ALIASES);
    // applied last: a -ridge alone fixes the ridge, an explicit -ridge-selection wins
    String selection = Utils.getOption("ridge-selection", options);
    if (!selection.isEmpty() && Tags.idOfText(selection, TAGS_RIDGE_SELECTION) < 0) {
      throw new IllegalArgumentException("RidgeProbe: -ridge-selection expects loo or fixed, got '" + selection
          + "'.");
    }
    StrictOptions.set(options, this, AbstractClassifier.class);
    StrictOptions.setGeneralClassifierOptions(this, options);
    if (!selection.isEmpty()) {
      m_RidgeSelection = Tags.idOfText(selection, TAGS_RIDGE_SELECTION);
    }
  }

  /**
   * The options: the annotated properties, those of AbstractClassifier, and -R, Weka's alias of
   * -ridge ({@link OptionAliases}).
   *
   * @return the options
   */
  @Override
  public Enumeration<Option> listOptions() {
    return OptionAliases.listing(super.listOptions(), ALIASES);
  }

  private static void checkRidge(double ridge) {
    if (!(ridge >= 0) || Double.isInfinite(ridge)) {
      throw new IllegalArgumentException("RidgeProbe: the ridge beta must be a finite number >= 0, "
        + "got " + ridge + ". Use 0 for ordinary least squares (minimum-norm when rank deficient) "
        + "or a small positive value such as " + DEFAULT_RIDGE + ".");
    }
  }

  // ------------------------------------------------------------- capabilities

  /**
   * Nominal, numeric and date attributes, missing values; nominal, numeric and date classes,
   * missing class values (those instances are skipped by buildClassifier).
   *
   * @return the capabilities of this classifier
   */
  @Override
  public Capabilities getCapabilities() {
    Capabilities result = super.getCapabilities();
    result.disableAll();

    result.enable(Capability.NOMINAL_ATTRIBUTES);
    result.enable(Capability.NUMERIC_ATTRIBUTES);
    result.enable(Capability.DATE_ATTRIBUTES);
    result.enable(Capability.MISSING_VALUES);

    result.enable(Capability.NOMINAL_CLASS);
    result.enable(Capability.NUMERIC_CLASS);
    result.enable(Capability.DATE_CLASS);
    result.enable(Capability.MISSING_CLASS_VALUES);

    result.setMinimumNumberInstances(1);
    return result;
  }

  // ------------------------------------------------------------------ training

  /**
   * Fits the head to the class values: one-hot class indicators for a nominal class, the value
   * for a numeric or date class. Instances with a missing class are ignored.
   *
   * @param data the training data
   * @throws Exception with a message saying what to change, if the data cannot be used
   */
  @Override
  public void buildClassifier(Instances data) throws Exception {
    m_Model = null;
    checkRidge(m_Ridge);
    checkHeader(data);
    if (data.numInstances() == 0) {
      throw new WekaException("RidgeProbe: no training instances. Provide a data set with at least "
        + "one instance whose class value is set.");
    }
    int labelled = 0;
    for (int i = 0; i < data.numInstances(); i++) {
      if (!data.instance(i).classIsMissing()) {
        labelled++;
      }
    }
    if (labelled == 0) {
      throw new WekaException("RidgeProbe: all " + data.numInstances() + " training instances have"
        + " a missing class value. Label at least one instance (two classes for a nominal class),"
        + " or fit given targets (e.g. weak labels) with buildFromTargets(Instances, double[][]).");
    }
    if (!getDoNotCheckCapabilities()) {
      getCapabilities().testWithFail(data);
    }
    checkFinite(data, true);

    Attribute cls = data.classAttribute();
    int c = cls.isNominal() ? cls.numValues() : 1;
    Instances train = new Instances(data, labelled);
    double[][] targets = new double[labelled][];
    double[] classWeight = new double[c];
    int row = 0;
    for (int i = 0; i < data.numInstances(); i++) {
      Instance inst = data.instance(i);
      if (inst.classIsMissing()) {
        continue;
      }
      checkWeight(inst, i);
      train.add(inst);
      double[] t = new double[c];
      if (cls.isNominal()) {
        t[(int) inst.classValue()] = 1;
        classWeight[(int) inst.classValue()] += inst.weight();
      } else {
        t[0] = inst.classValue();
      }
      targets[row++] = t;
    }
    if (cls.isNominal()) {
      int present = 0;
      int which = -1;
      for (int k = 0; k < c; k++) {
        if (classWeight[k] > 0) {
          present++;
          which = k;
        }
      }
      if (present == 1) {
        throw new WekaException("RidgeProbe: only one class value ('" + cls.value(which)
          + "') occurs among the " + labelled + " training instances with a class value (and "
          + "positive weight); a classifier needs at least two. Add instances of another class, "
          + "or use ZeroR for a constant prediction.");
      }
    }
    m_Model = fit(train, targets, cls.isNominal()
      ? "class indicators (one-hot), centred by the intercept"
      : "class values, centred by the intercept");
  }

  /**
   * Fits the head to given targets instead of the class values: soft labels (class
   * distributions, e.g. a weak model's predictions), refined labels or regression targets. The
   * class attribute only fixes the number and the names of the outputs; class values are not
   * read and may be missing. Instance weights are used as in {@link #buildClassifier(Instances)}.
   *
   * @param data the training instances (attributes and weights), with the class attribute set
   * @param targets n x c matrix, row i the target of instance i: c = the number of class values
   *          for a nominal class (for example a distribution over the classes), c = 1 for a
   *          numeric or date class
   * @throws Exception with a message saying what to change, if the input cannot be used
   */
  @Override
  public void buildFromTargets(Instances data, double[][] targets) throws Exception {
    m_Model = null;
    checkRidge(m_Ridge);
    checkHeader(data);
    if (data.numInstances() == 0) {
      throw new WekaException("RidgeProbe.buildFromTargets: no training instances. Provide at "
        + "least one instance.");
    }
    Attribute cls = data.classAttribute();
    int c = cls.isNominal() ? cls.numValues() : 1;
    if (targets == null || targets.length != data.numInstances()) {
      throw new IllegalArgumentException("RidgeProbe.buildFromTargets: targets must have one row "
        + "per instance (" + data.numInstances() + " rows), got "
        + (targets == null ? "null" : targets.length + " rows") + ".");
    }
    for (int i = 0; i < targets.length; i++) {
      if (targets[i] == null || targets[i].length != c) {
        throw new IllegalArgumentException("RidgeProbe.buildFromTargets: target row " + (i + 1)
          + " has " + (targets[i] == null ? "no" : Integer.toString(targets[i].length))
          + " columns; it needs " + c + (cls.isNominal() ? " (one per value of the class '"
            + cls.name() + "')" : " (numeric class '" + cls.name() + "')") + ".");
      }
      for (int k = 0; k < c; k++) {
        if (!Double.isFinite(targets[i][k])) {
          throw new IllegalArgumentException("RidgeProbe.buildFromTargets: target row " + (i + 1)
            + ", column " + (k + 1) + " is " + targets[i][k] + "; all targets must be finite. "
            + "Remove that instance or give it a finite target.");
        }
      }
    }
    if (!getDoNotCheckCapabilities()) {
      Capabilities caps = getCapabilities();
      caps.setMinimumNumberInstances(0); // class values are not used: they may all be missing
      caps.testWithFail(data);
    }
    checkFinite(data, false);

    Instances train = new Instances(data, data.numInstances());
    double[][] kept = new double[data.numInstances()][];
    int row = 0;
    for (int i = 0; i < data.numInstances(); i++) {
      checkWeight(data.instance(i), i);
      train.add(data.instance(i));
      kept[row++] = targets[i].clone();
    }
    m_Model = fit(train, kept, "given targets (buildFromTargets), centred by the intercept");
  }

  private static void checkHeader(Instances data) throws WekaException {
    if (data == null) {
      throw new IllegalArgumentException("RidgeProbe: the training data is null.");
    }
    if (data.classIndex() < 0) {
      throw new UnassignedClassException("RidgeProbe: no class attribute is set. Set one (for "
        + "example -c last on the command line, or Instances.setClassIndex).");
    }
    Attribute cls = data.classAttribute();
    if (cls.isNominal() && cls.numValues() < 2) {
      throw new WekaException("RidgeProbe: the nominal class attribute '" + cls.name()
        + "' declares " + cls.numValues() + " value(s); a classifier needs at least two. Add the "
        + "missing class values to the header.");
    }
  }

  private static void checkWeight(Instance inst, int index) throws WekaException {
    double w = inst.weight();
    if (!(w >= 0) || Double.isInfinite(w)) {
      throw new WekaException("RidgeProbe: instance " + (index + 1) + " has weight " + w
        + "; instance weights must be finite and >= 0.");
    }
  }

  /** Rejects infinite values in numeric predictors (and in a numeric class, if asked). */
  private static void checkFinite(Instances data, boolean checkClass) throws WekaException {
    for (int i = 0; i < data.numInstances(); i++) {
      Instance inst = data.instance(i);
      for (int s = 0; s < inst.numValues(); s++) {
        int a = inst.index(s);
        if (!inst.attributeSparse(s).isNumeric() || (!checkClass && a == data.classIndex())) {
          continue;
        }
        if (Double.isInfinite(inst.valueSparse(s))) {
          throw new WekaException("RidgeProbe: attribute '" + data.attribute(a).name()
            + "' has the infinite value " + inst.valueSparse(s) + " in instance " + (i + 1)
            + ". Replace it by a finite value, mark it missing, or remove the instance.");
        }
      }
    }
  }

  /**
   * Fits the model. {@code train} is a private copy; targets[i] belongs to train.instance(i).
   */
  private Model fit(Instances train, double[][] targets, String targetKind) throws Exception {
    int c = targets.length == 0 ? 1 : targets[0].length;

    // zero-weight instances do not enter the loss; drop them (they would only enlarge the dual)
    double totalWeight = 0;
    int positive = 0;
    for (int i = 0; i < train.numInstances(); i++) {
      double w = train.instance(i).weight();
      totalWeight += w;
      if (w > 0) {
        positive++;
      }
    }
    if (positive == 0) {
      throw new WekaException("RidgeProbe: all " + train.numInstances() + " training instances "
        + "have weight 0. Give at least one instance a positive weight.");
    }
    if (positive < train.numInstances()) {
      Instances nonZero = new Instances(train, positive);
      double[][] t = new double[positive][];
      int r = 0;
      for (int i = 0; i < train.numInstances(); i++) {
        if (train.instance(i).weight() > 0) {
          nonZero.add(train.instance(i));
          t[r++] = targets[i];
        }
      }
      train = nonZero;
      targets = t;
    }

    Model model = new Model();
    model.beta = m_Ridge;
    model.targetKind = targetKind;
    model.numUsed = train.numInstances();
    model.totalWeight = totalWeight;
    Attribute cls = train.classAttribute();
    model.nominal = cls.isNominal();
    model.outputNames = new String[c];
    for (int k = 0; k < c; k++) {
      model.outputNames[k] = model.nominal ? cls.value(k) : cls.name();
    }

    // missing values, then nominal attributes
    model.replaceMissing = new ReplaceMissingValues();
    model.replaceMissing.setInputFormat(train);
    Instances work = Filter.useFilter(train, model.replaceMissing);
    boolean hasNominal = false;
    for (int a = 0; a < work.numAttributes(); a++) {
      if (a != work.classIndex() && work.attribute(a).isNominal()) {
        hasNominal = true;
      }
    }
    if (hasNominal) {
      model.nominalToBinary = new NominalToBinary();
      model.nominalToBinary.setInputFormat(work);
      work = Filter.useFilter(work, model.nominalToBinary);
    }
    int d = work.numAttributes() - 1;
    model.featureIndex = new int[d];
    model.featureNames = new String[d];
    int j = 0;
    for (int a = 0; a < work.numAttributes(); a++) {
      if (a == work.classIndex()) {
        continue;
      }
      if (!work.attribute(a).isNumeric()) {
        throw new WekaException("RidgeProbe: attribute '" + work.attribute(a).name() + "' is of "
          + "type " + Attribute.typeToString(work.attribute(a)) + "; only numeric, date and "
          + "nominal attributes can be used. Remove it or convert it first (for example "
          + "StringToWordVector for a string attribute).");
      }
      model.featureIndex[j] = a;
      model.featureNames[j] = work.attribute(a).name();
      j++;
    }

    int n = work.numInstances();
    double[] v = new double[n];
    double[][] rows = new double[n][d];
    for (int i = 0; i < n; i++) {
      Instance inst = work.instance(i);
      v[i] = inst.weight();
      for (int f = 0; f < d; f++) {
        rows[i][f] = inst.value(model.featureIndex[f]);
      }
    }
    if (d == 0) {
      // no attributes: the intercept is the weighted target mean
      model.weights = new double[0][c];
      model.intercepts = new double[c];
      for (int i = 0; i < n; i++) {
        for (int k = 0; k < c; k++) {
          model.intercepts[k] += v[i] / totalWeight * targets[i][k];
        }
      }
      model.method = "none (no attributes: the intercept is the weighted target mean)";
      return model;
    }
    RidgePath.Side side = m_Solver == SOLVER_PRIMAL ? RidgePath.Side.PRIMAL
      : m_Solver == SOLVER_DUAL ? RidgePath.Side.DUAL : RidgePath.Side.AUTO;
    RidgePath path = RidgePath.of(rows, v, side, LinearAlgebra.preferred());
    model.dual = path.isDual();
    model.meanVariance = path.meanEigenvalue();
    if (m_RidgeSelection == SELECTION_LOO) {
      RidgeGrid grid = RidgeGrid.parse(m_RidgeGrid, "RidgeProbe: the ridge grid");
      model.choice = path.chooseRidge(targets, grid.absolute(path.meanEigenvalue()));
      model.relativeGrid = grid.relative();
      model.beta = model.choice.ridge();
    }
    RidgePath.Head head = path.solve(targets, model.beta);
    model.method = path.lastSolve();
    model.weights = head.weights();
    model.intercepts = head.intercept();
    if (!head.isFinite()) {
      throw new WekaException("RidgeProbe: the solution is not finite (attribute values too "
        + "large for double precision?). Rescale the attributes (e.g. Standardize) or "
        + "increase the ridge beta (-ridge).");
    }
    return model;
  }

  // ---------------------------------------------------------------- prediction

  /**
   * The raw scores b + W^T x of an instance: one per class value for a nominal class (they sum
   * to 1 when the targets were distributions), one for a numeric class.
   *
   * @param instance the instance (its class value is ignored)
   * @return the scores
   * @throws Exception if no model is built or the instance has an infinite value
   */
  public double[] scoresForInstance(Instance instance) throws Exception {
    Model model = m_Model;
    if (model == null) {
      throw new WekaException("RidgeProbe: no model built yet; call buildClassifier first.");
    }
    for (int s = 0; s < instance.numValues(); s++) {
      if (instance.index(s) != instance.classIndex() && instance.attributeSparse(s).isNumeric()
        && Double.isInfinite(instance.valueSparse(s))) {
        throw new WekaException("RidgeProbe: attribute '" + instance.attributeSparse(s).name()
          + "' has the infinite value " + instance.valueSparse(s) + " in the instance to "
          + "predict. Replace it by a finite value or mark it missing.");
      }
    }
    model.replaceMissing.input(instance);
    Instance x = model.replaceMissing.output();
    if (model.nominalToBinary != null) {
      model.nominalToBinary.input(x);
      x = model.nominalToBinary.output();
    }
    double[] scores = model.intercepts.clone();
    for (int f = 0; f < model.featureIndex.length; f++) {
      double value = x.value(model.featureIndex[f]);
      for (int k = 0; k < scores.length; k++) {
        scores[k] += model.weights[f][k] * value;
      }
    }
    return scores;
  }

  /**
   * The class distribution (nominal class: the scores clipped at 0 and normalised; uniform if
   * none is positive) or the prediction (numeric class).
   *
   * @param instance the instance to predict
   * @return the distribution or the single predicted value
   * @throws Exception if no model is built or the instance has an infinite value
   */
  @Override
  public double[] distributionForInstance(Instance instance) throws Exception {
    double[] scores = scoresForInstance(instance);
    if (!m_Model.nominal) {
      return scores;
    }
    return clipAndNormalise(scores);
  }

  /**
   * The distribution mapping: p_k = max(s_k, 0) / sum_j max(s_j, 0); uniform if no s_k &gt; 0.
   *
   * @param scores class scores
   * @return a probability distribution
   */
  public static double[] clipAndNormalise(double[] scores) {
    return weka.w2s.core.LinearProbability.clipAndNormalise(scores);
  }

  // ---------------------------------------------------------------- the model

  /**
   * The weights W (one row per model input column, one column per output), copied.
   *
   * @return d x c weights, in the order of {@link #coefficientNames()}
   */
  public double[][] coefficients() {
    requireModel();
    double[][] copy = new double[m_Model.weights.length][];
    for (int f = 0; f < copy.length; f++) {
      copy[f] = m_Model.weights[f].clone();
    }
    return copy;
  }

  /**
   * The intercepts b, one per output.
   *
   * @return the intercepts
   */
  public double[] intercepts() {
    requireModel();
    return m_Model.intercepts.clone();
  }

  /**
   * The names of the model's input columns (attributes after nominal-to-binary coding).
   *
   * @return the names, in the row order of {@link #coefficients()}
   */
  public String[] coefficientNames() {
    requireModel();
    return m_Model.featureNames.clone();
  }

  /**
   * Whether the last build solved the dual (instances x instances) system.
   *
   * @return true for the dual, false for the primal (or no attributes)
   */
  public boolean solvedInDual() {
    requireModel();
    return m_Model.dual;
  }

  /**
   * How the last build solved its system (primal/dual, size, Cholesky or pseudo-inverse).
   *
   * @return a one-line description
   */
  public String solveDescription() {
    requireModel();
    return m_Model.method;
  }

  /**
   * The ridge the last build used (the chosen one under leave-one-out selection).
   *
   * @return beta
   */
  public double chosenRidge() {
    requireModel();
    return m_Model.beta;
  }

  /**
   * The leave-one-out choice of the last build: the grid's ridges and their errors.
   *
   * @return the choice, or null when the ridge was fixed
   */
  public RidgePath.RidgeChoice ridgeChoice() {
    requireModel();
    return m_Model.choice;
  }

  private void requireModel() {
    if (m_Model == null) {
      throw new IllegalStateException("RidgeProbe: no model built yet; call buildClassifier first.");
    }
  }

  /** The trained model: immutable after fit, with its provenance. */
  protected static final class Model implements Serializable {
    private static final long serialVersionUID = -2270474017683416337L;

    ReplaceMissingValues replaceMissing;
    NominalToBinary nominalToBinary;
    int[] featureIndex;
    String[] featureNames;
    String[] outputNames;
    double[][] weights;
    double[] intercepts;
    boolean nominal;
    boolean dual;
    String method;
    /** The ridge used: fixed, or chosen by leave-one-out. */
    double beta;
    /** The leave-one-out choice; null for a fixed ridge. */
    RidgePath.RidgeChoice choice;
    double[] relativeGrid;
    double meanVariance;
    int numUsed;
    double totalWeight;
    String targetKind;
  }

  /**
   * The model: beta, the solve used, and the intercept and weights of every output.
   *
   * @return a description of the model
   */
  @Override
  public String toString() {
    Model model = m_Model;
    if (model == null) {
      return "RidgeProbe: no model built yet.";
    }
    int dp = getNumDecimalPlaces();
    StringBuilder sb = new StringBuilder();
    sb.append("RidgeProbe: closed-form ridge linear head\n");
    sb.append("=========================================\n\n");
    sb.append("Loss: (1/V) sum_i v_i ||t_i - b - W'x_i||^2 + beta ||W||^2  (V = sum of weights)\n");
    if (model.choice == null) {
      sb.append("beta: ").append(model.beta).append(" (fixed)\n");
    } else {
      sb.append(String.format(java.util.Locale.ROOT, "beta: %.6g, chosen by exact leave-one-out (error %.6g) over "
        + "%d ridges relative to the attributes' mean variance %.6g%n", model.beta, model.choice.error(),
        model.relativeGrid.length, model.meanVariance));
      double[] errors = model.choice.errors();
      sb.append("  relative ridge   leave-one-out error\n");
      for (int g = 0; g < errors.length; g++) {
        sb.append(String.format(java.util.Locale.ROOT, "  %-14s   %.6g%s%n", RidgeGrid.format(model.relativeGrid[g]), errors[g],
          g == model.choice.chosenIndex() ? "  <- chosen" : ""));
      }
    }
    sb.append("Targets: ").append(model.targetKind).append('\n');
    sb.append("Instances: ").append(model.numUsed).append(" (total weight ")
      .append(Utils.doubleToString(model.totalWeight, dp)).append(")\n");
    sb.append("Model inputs: ").append(model.featureIndex.length);
    if (model.nominalToBinary != null) {
      sb.append(" (nominal attributes coded as 0/1 indicators)");
    }
    sb.append("; missing values replaced by the training mean/mode\n");
    sb.append("Solve: ").append(model.method).append('\n');
    if (model.nominal) {
      sb.append("Distribution: scores clipped at 0 and normalised to sum 1\n");
    }
    sb.append("\nScores: s(x) = b + W'x, one column per ")
      .append(model.nominal ? "class" : "output").append("\n\n");

    int c = model.outputNames.length;
    String[][] cells = new String[model.featureNames.length + 1][c];
    String[] rowNames = new String[cells.length];
    rowNames[0] = "(intercept)";
    for (int k = 0; k < c; k++) {
      cells[0][k] = Utils.doubleToString(model.intercepts[k], dp);
    }
    for (int f = 0; f < model.featureNames.length; f++) {
      rowNames[f + 1] = model.featureNames[f];
      for (int k = 0; k < c; k++) {
        cells[f + 1][k] = Utils.doubleToString(model.weights[f][k], dp);
      }
    }
    int nameWidth = 0;
    for (String r : rowNames) {
      nameWidth = Math.max(nameWidth, r.length());
    }
    int[] width = new int[c];
    for (int k = 0; k < c; k++) {
      width[k] = model.outputNames[k].length();
      for (String[] row : cells) {
        width[k] = Math.max(width[k], row[k].length());
      }
    }
    sb.append(Utils.padRight("", nameWidth));
    for (int k = 0; k < c; k++) {
      sb.append("  ").append(Utils.padLeft(model.outputNames[k], width[k]));
    }
    sb.append('\n');
    for (int r = 0; r < cells.length; r++) {
      sb.append(Utils.padRight(rowNames[r], nameWidth));
      for (int k = 0; k < c; k++) {
        sb.append("  ").append(Utils.padLeft(cells[r][k], width[k]));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /**
   * Runs the classifier from the command line.
   *
   * @param argv the options
   */
  public static void main(String[] argv) {
    weka.w2s.CommandLine.quietWekaStartup();
    weka.w2s.ClassifierMain.main(new RidgeProbe(), argv);
  }
}
