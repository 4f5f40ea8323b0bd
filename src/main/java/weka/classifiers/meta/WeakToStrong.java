package weka.classifiers.meta;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Random;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.functions.RidgeProbe;
import weka.core.AdditionalMeasureProducer;
import weka.core.Attribute;
import weka.core.Capabilities;
import weka.core.Capabilities.Capability;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.OptionMetadata;
import weka.core.Randomizable;
import weka.core.Range;
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
import weka.filters.unsupervised.attribute.Remove;
import weka.w2s.RepresentationLayout;
import weka.w2s.SoftTargetLearner;
import weka.w2s.Tags;
import weka.w2s.core.ChannelRefinement;
import weka.w2s.core.JointStatistics;
import weka.w2s.core.NearestNeighbours;
import weka.w2s.core.PairAnalysis;
import weka.w2s.core.PrincipalPool;
import weka.w2s.core.PrincipalRule;
import weka.w2s.core.PrincipalSettings;
import weka.w2s.core.SampleGeometry;
import weka.w2s.core.W2SGAnalyzer;

/**
 * Trains a strong model from weak supervision (W2SG-MATH.md sections 5 and 6). A weak classifier
 * learns from a slice of the labelled data; its labels on the rest of the data (the pool, which also
 * takes every instance whose class is missing) train the strong classifier, directly or after
 * refinement. Predictions come from the strong classifier on the strong attributes.
 *
 * <p>What refinement can and cannot do. A linear strong head fitted to the weak labels already
 * averages weak-label noise that is independent of the strong representation; it inherits every
 * error that is a function of the representation. Refine (neighbours in the strong principal space)
 * and kernel (P_s smoothing) remove the errors that vary along the representation's isotropic tail,
 * such as Somerstep et al.'s bias orthogonal to every concept: on their model
 * (weka.w2s.sim.ConceptMixtureModel) refine recovers most of the gap to the ceiling while naive
 * keeps the weak accuracy. An error that follows concepts the strong model holds (a weak model that
 * misses factors the strong one sees, as in the bundled latent-factor data) looks like signal in
 * every neighbourhood; no mode that learns from the weak labels alone can remove it.
 */
public class WeakToStrong extends AbstractClassifier
    implements Randomizable, TechnicalInformationHandler, AdditionalMeasureProducer {

  private static final long serialVersionUID = 1L;

  public static final int MODE_NAIVE = 0;
  public static final int MODE_CONFIDENCE = 1;
  public static final int MODE_REFINE = 2;
  public static final int MODE_KERNEL = 3;
  public static final int MODE_GOLD = 4;

  public static final Tag[] TAGS_MODE = {
    new Tag(MODE_NAIVE, "naive", "naive"),
    new Tag(MODE_CONFIDENCE, "confidence", "confidence"),
    new Tag(MODE_REFINE, "refine", "refine"),
    new Tag(MODE_KERNEL, "kernel", "kernel"),
    new Tag(MODE_GOLD, "gold", "gold"),
  };

  /** Refine and kernel modes: the strong principal dimension from Gavish and Donoho's threshold. */
  public static final int PRINCIPAL_AUTOMATIC = 0;
  /** Refine and kernel modes: the strong principal dimension from the variance fraction rho. */
  public static final int PRINCIPAL_VARIANCE = 1;

  public static final Tag[] TAGS_PRINCIPAL = {
    new Tag(PRINCIPAL_AUTOMATIC, "auto", "auto"),
    new Tag(PRINCIPAL_VARIANCE, "variance", "variance"),
  };

  /** Rounds of refitting in confidence mode; the strong model's weight ramps 0 to 0.5 over them. */
  static final int CONFIDENCE_ROUNDS = 4;
  static final double CONFIDENCE_MAX_WEIGHT = 0.5;
  /** Folds of the cross-validation that estimates the weak model's noise channel. */
  static final int CHANNEL_FOLDS = 5;
  static final String ALL_ATTRIBUTES = "first-last";

  protected Classifier m_weakClassifier;
  protected Classifier m_strongClassifier;
  protected String m_weakAttributes;
  protected String m_strongAttributes;
  protected double m_weakFraction;
  protected int m_mode;
  protected int m_refineBatchSize;
  protected int m_principalRule;
  protected double m_principalVariance;
  protected boolean m_hardLabels;
  protected int m_seed;

  public WeakToStrong() {
    resetOptions();
  }

  /** The defaults; options left off a command line return to them, as in Weka's own handlers. */
  private void resetOptions() {
    m_weakClassifier = new RidgeProbe();
    m_strongClassifier = new RidgeProbe();
    m_weakAttributes = ALL_ATTRIBUTES;
    m_strongAttributes = ALL_ATTRIBUTES;
    m_weakFraction = 0.5;
    m_mode = MODE_NAIVE;
    m_refineBatchSize = 16;
    m_principalRule = PRINCIPAL_AUTOMATIC;
    m_principalVariance = 0.9;
    m_hardLabels = false;
    m_seed = 1;
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    resetOptions();
    super.setOptions(options);
  }

  /** What training produced; null until built. */
  protected Trained m_trained;

  public String globalInfo() {
    return "Weak-to-strong training: a weak classifier, trained on a fraction of the labelled data on the"
        + " weak attributes, labels the rest (the pool, which also takes every instance whose class is"
        + " missing); the strong classifier learns from those labels on the strong attributes. Modes:"
        + " naive (fit the weak labels), confidence (Burns et al.'s auxiliary confidence: weak labels"
        + " mixed with the strong model's own hardened predictions), refine (Somerstep et al.: each pool"
        + " instance's label is the posterior over classes given the weak labels of its k nearest"
        + " neighbours in the whitened strong principal space and the weak model's noise channel,"
        + " estimated by cross-validation on the weak slice), kernel (weak labels smoothed by the strong"
        + " principal kernel P_s of Xue et al.) and gold (the pool's gold labels: the strong ceiling)."
        + " Refine and kernel can only remove weak-label errors that the strong principal space does not"
        + " explain (noise, or a bias outside the strong model's concepts); errors that follow factors the"
        + " strong model represents are learned by every mode. The strong principal dimension is chosen"
        + " automatically (Gavish and Donoho's threshold) or by a variance fraction. Where the pool's gold"
        + " labels are known, the model reports the accuracy of the weak and refined labels and the W2SG"
        + " score and PredGap of the two representations.\n\nFor more information see:\n\n"
        + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    TechnicalInformation result = new TechnicalInformation(Type.INPROCEEDINGS);
    result.setValue(Field.AUTHOR, "Seamus Somerstep and Felipe Maia Polo and Moulinath Banerjee and Ya'acov"
        + " Ritov and Mikhail Yurochkin and Yuekai Sun");
    result.setValue(Field.TITLE, "A Transfer Learning Framework for Weak-to-Strong Generalization");
    result.setValue(Field.BOOKTITLE, "International Conference on Learning Representations (ICLR)");
    result.setValue(Field.YEAR, "2025");
    result.setValue(Field.URL, "https://arxiv.org/abs/2405.16236");
    TechnicalInformation xue = result.add(Type.INPROCEEDINGS);
    xue.setValue(Field.AUTHOR, "Yihao Xue and Jiping Li and Baharan Mirzasoleiman");
    xue.setValue(Field.TITLE, "Representations Shape Weak-to-Strong Generalization: Theoretical Insights"
        + " and Empirical Predictions");
    xue.setValue(Field.BOOKTITLE, "International Conference on Machine Learning (ICML)");
    xue.setValue(Field.YEAR, "2025");
    xue.setValue(Field.URL, "https://arxiv.org/abs/2502.00620");
    TechnicalInformation burns = result.add(Type.MISC);
    burns.setValue(Field.AUTHOR, "Collin Burns and others");
    burns.setValue(Field.TITLE, "Weak-to-Strong Generalization: Eliciting Strong Capabilities with Weak"
        + " Supervision");
    burns.setValue(Field.YEAR, "2023");
    burns.setValue(Field.URL, "https://arxiv.org/abs/2312.09390");
    return result;
  }

  // ---------------------------------------------------------------------------------------------
  // Options

  @OptionMetadata(displayName = "weakClassifier", description = "The weak model (trained on the weak"
      + " slice, weak attributes).", commandLineParamName = "weak",
      commandLineParamSynopsis = "-weak <classifier specification>", displayOrder = 1)
  public Classifier getWeakClassifier() {
    return m_weakClassifier;
  }

  public void setWeakClassifier(Classifier value) {
    m_weakClassifier = value;
  }

  @OptionMetadata(displayName = "strongClassifier", description = "The strong model (trained on the pool,"
      + " strong attributes).", commandLineParamName = "strong",
      commandLineParamSynopsis = "-strong <classifier specification>", displayOrder = 2)
  public Classifier getStrongClassifier() {
    return m_strongClassifier;
  }

  public void setStrongClassifier(Classifier value) {
    m_strongClassifier = value;
  }

  @OptionMetadata(displayName = "weakAttributes", description = "The weak model's attributes (Weka range or"
      + " name:REGEX); first-last means every attribute but the class.",
      commandLineParamName = "weak-attributes", commandLineParamSynopsis = "-weak-attributes <range>",
      displayOrder = 3)
  public String getWeakAttributes() {
    return m_weakAttributes;
  }

  public void setWeakAttributes(String value) {
    m_weakAttributes = value;
  }

  @OptionMetadata(displayName = "strongAttributes", description = "The strong model's attributes (Weka"
      + " range or name:REGEX); first-last means every attribute but the class.",
      commandLineParamName = "strong-attributes", commandLineParamSynopsis = "-strong-attributes <range>",
      displayOrder = 4)
  public String getStrongAttributes() {
    return m_strongAttributes;
  }

  public void setStrongAttributes(String value) {
    m_strongAttributes = value;
  }

  @OptionMetadata(displayName = "weakFraction", description = "Fraction of the labelled instances that"
      + " trains the weak model, in (0, 1).", commandLineParamName = "weak-fraction",
      commandLineParamSynopsis = "-weak-fraction <fraction>", displayOrder = 5)
  public double getWeakFraction() {
    return m_weakFraction;
  }

  public void setWeakFraction(double value) {
    m_weakFraction = value;
  }

  @OptionMetadata(displayName = "mode", description = "How the strong model learns from weak supervision:"
      + " naive (fit the weak labels), confidence (mix in the strong model's own hardened predictions),"
      + " refine (concept posterior from k strong-space neighbours and the weak noise channel), kernel"
      + " (weak labels smoothed by the strong principal kernel P_s) or gold (the pool's gold labels: the"
      + " ceiling).", commandLineParamName = "mode",
      commandLineParamSynopsis = "-mode <naive|confidence|refine|kernel|gold>", displayOrder = 6)
  public SelectedTag getMode() {
    return new SelectedTag(m_mode, TAGS_MODE);
  }

  public void setMode(SelectedTag value) {
    m_mode = Tags.idOf(value, TAGS_MODE);
  }

  @OptionMetadata(displayName = "refineBatchSize", description = "Refine mode: the number k of strong-space"
      + " neighbours (the instance included) whose weak labels form its in-context batch. Larger k"
      + " outvotes more weak-label noise until the neighbourhoods outgrow the concept.",
      commandLineParamName = "refine-k", commandLineParamSynopsis = "-refine-k <k>", displayOrder = 7)
  public int getRefineBatchSize() {
    return m_refineBatchSize;
  }

  public void setRefineBatchSize(int value) {
    m_refineBatchSize = value;
  }

  @OptionMetadata(displayName = "principalRule", description = "Refine and kernel modes: how the strong"
      + " principal dimension is chosen: auto (Gavish and Donoho's hard threshold: the eigenvalues that"
      + " stand out of the isotropic tail) or variance (the smallest k whose eigenvalues reach the"
      + " variance fraction rho). The principal space should hold the strong model's concepts only: a"
      + " fraction that reaches into the tail lets tail noise into refine's neighbourhoods, where"
      + " whitening weighs it like a concept, and into kernel's smoothing.", commandLineParamName = "principal",
      commandLineParamSynopsis = "-principal <auto|variance>", displayOrder = 8)
  public SelectedTag getPrincipalRule() {
    return new SelectedTag(m_principalRule, TAGS_PRINCIPAL);
  }

  public void setPrincipalRule(SelectedTag value) {
    m_principalRule = Tags.idOf(value, TAGS_PRINCIPAL);
  }

  @OptionMetadata(displayName = "principalVariance", description = "Refine and kernel modes with the"
      + " variance rule: the variance fraction rho that sets the strong principal dimension.",
      commandLineParamName = "variance", commandLineParamSynopsis = "-variance <rho>", displayOrder = 9)
  public double getPrincipalVariance() {
    return m_principalVariance;
  }

  public void setPrincipalVariance(double value) {
    m_principalVariance = value;
  }

  @OptionMetadata(displayName = "hardLabels", description = "Use the weak model's most likely class"
      + " instead of its class distribution (and harden refined labels).", commandLineParamName = "hard",
      commandLineParamSynopsis = "-hard", commandLineParamIsFlag = true, displayOrder = 10)
  public boolean getHardLabels() {
    return m_hardLabels;
  }

  public void setHardLabels(boolean value) {
    m_hardLabels = value;
  }

  @OptionMetadata(displayName = "seed", description = "Random seed of the weak/pool split and the channel"
      + " cross-validation.", commandLineParamName = "S", commandLineParamSynopsis = "-S <seed>",
      displayOrder = 11)
  @Override
  public int getSeed() {
    return m_seed;
  }

  @Override
  public void setSeed(int value) {
    m_seed = value;
  }

  public String weakClassifierTipText() {
    return "The weak model (trained on the weak slice, weak attributes).";
  }

  public String strongClassifierTipText() {
    return "The strong model (trained on the pool, strong attributes).";
  }

  // ---------------------------------------------------------------------------------------------
  // Capabilities and training

  /**
   * A nominal class, possibly missing. An attribute type is declared usable when every role that
   * takes all attributes (first-last) can use it: its learner handles it and, for the strong role in
   * refine and kernel modes, it is numeric and never missing (the principal space is built from
   * numbers). The attributes of a role given as a range or name:REGEX are checked when the
   * classifier is built, with a message naming the role.
   */
  @Override
  public Capabilities getCapabilities() {
    Capabilities result = new Capabilities(this);
    result.disableAll();
    for (Capability cap : Capability.values()) {
      if (cap.isAttributeCapability() && roleTakes(cap, m_weakAttributes, m_weakClassifier, false)
          && roleTakes(cap, m_strongAttributes, m_strongClassifier, numericStrong())) {
        result.enable(cap);
      }
    }
    result.enable(Capability.NOMINAL_CLASS);
    result.enable(Capability.BINARY_CLASS);
    result.enable(Capability.MISSING_CLASS_VALUES);
    result.setMinimumNumberInstances(2);
    return result;
  }

  private static boolean roleTakes(Capability cap, String selection, Classifier learner, boolean numericOnly) {
    if (!isAll(selection)) {
      return true;
    }
    if (numericOnly && cap != Capability.NUMERIC_ATTRIBUTES) {
      return false;
    }
    return learner.getCapabilities().handles(cap);
  }

  /** Refine and kernel modes build the strong principal space, from numeric attributes only. */
  private boolean numericStrong() {
    return m_mode == MODE_REFINE || m_mode == MODE_KERNEL;
  }

  @Override
  public void buildClassifier(Instances data) throws Exception {
    m_trained = null;
    validateOptions();
    if (data.classIndex() < 0) {
      throw new UnassignedClassException("WeakToStrong needs a class attribute; set one (e.g. -c last).");
    }
    Instances header = new Instances(data, 0);
    int[] weakAttributes = resolve(header, m_weakAttributes, "weak");
    int[] strongAttributes = resolve(header, m_strongAttributes, "strong");
    // role checks first: their messages say which learner or mode cannot use which attribute
    checkRole(data, weakAttributes, m_weakClassifier, "weak", null);
    checkRole(data, strongAttributes, m_strongClassifier, "strong",
        numericStrong() ? getMode().getSelectedTag().getReadable() : null);
    getCapabilities().testWithFail(data);

    Random random = new Random(m_seed);
    Split split = Split.of(data, m_weakFraction, random);
    Projection weakView = new Projection(header, weakAttributes);
    Projection strongView = new Projection(header, strongAttributes);

    Classifier weakModel = AbstractClassifier.makeCopy(m_weakClassifier);
    weakModel.buildClassifier(weakView.apply(split.weakSlice));
    double[][] weakLabels = predict(weakModel, weakView, split.pool);
    if (m_hardLabels) {
      harden(weakLabels);
    }

    Instances strongPool = strongView.apply(split.pool);
    double[][] targets;
    switch (m_mode) {
      case MODE_NAIVE:
        targets = weakLabels;
        break;
      case MODE_CONFIDENCE:
        targets = confidenceTargets(strongPool, weakLabels);
        break;
      case MODE_REFINE:
        targets = refine(split, weakView, weakLabels, numericRows(split.pool, strongAttributes), random);
        break;
      case MODE_KERNEL:
        targets = PrincipalPool.of(numericRows(split.pool, strongAttributes), principalSettings())
            .smooth(weakLabels);
        toDistributions(targets);
        break;
      case MODE_GOLD:
        strongPool = strongView.apply(split.labelledPool());
        targets = oneHot(split.labelledPool());
        break;
      default:
        throw new IllegalStateException("Unknown mode " + m_mode);
    }
    Classifier strongModel = AbstractClassifier.makeCopy(m_strongClassifier);
    trainOnTargets(strongModel, strongPool, targets);

    Report report = Report.of(split, weakLabels, targets, m_mode == MODE_GOLD,
        predict(strongModel, strongView, split.labelledPool()));
    report.analyzeRepresentations(split, header, weakAttributes, strongAttributes);
    m_trained = new Trained(weakModel, strongModel, weakView, strongView, report);
  }

  /**
   * Fails with a message naming the role if its learner cannot take the class or one of the role's
   * attributes, or if a mode that needs numbers (numericMode) meets a non-numeric or missing value.
   */
  private static void checkRole(Instances data, int[] attributes, Classifier learner, String role,
      String numericMode) throws WekaException {
    Capabilities caps = learner.getCapabilities();
    String who = "The " + role + " classifier " + learner.getClass().getSimpleName();
    if (!caps.test(data.classAttribute(), true)) {
      throw new WekaException(who + " cannot learn the class '" + data.classAttribute().name() + "': "
          + caps.getFailReason().getMessage() + " Choose another " + role + " classifier.");
    }
    boolean missingAllowed = numericMode == null && caps.handles(Capability.MISSING_VALUES);
    for (int a : attributes) {
      Attribute att = data.attribute(a);
      if (numericMode != null && att.type() != Attribute.NUMERIC) {
        throw new WekaException("The " + numericMode + " mode builds the strong principal space from numeric"
            + " attributes, but the strong attribute '" + att.name() + "' is " + Attribute.typeToString(att)
            + ". Choose numeric strong attributes (-strong-attributes) or another mode.");
      }
      if (!caps.test(att)) {
        throw new WekaException(who + " cannot use the " + role + " attribute '" + att.name() + "': "
            + caps.getFailReason().getMessage() + " Choose other " + role + " attributes (-" + role
            + "-attributes) or another " + role + " classifier.");
      }
      for (int i = 0; !missingAllowed && i < data.numInstances(); i++) {
        if (data.instance(i).isMissing(a)) {
          throw new WekaException((numericMode != null ? "The " + numericMode + " mode" : who)
              + " needs complete " + role + " attributes, but '" + att.name() + "' is missing in instance "
              + (i + 1) + ". Replace missing values first (e.g. with ReplaceMissingValues).");
        }
      }
    }
  }

  private void validateOptions() {
    if (m_weakClassifier == null || m_strongClassifier == null) {
      throw new IllegalArgumentException("Set both the weak and the strong classifier.");
    }
    if (!(m_weakFraction > 0 && m_weakFraction < 1)) {
      throw new IllegalArgumentException("The weak fraction must lie strictly between 0 and 1, got "
          + m_weakFraction + ".");
    }
    if (m_refineBatchSize < 1) {
      throw new IllegalArgumentException("The refinement batch size k must be at least 1, got "
          + m_refineBatchSize + ".");
    }
    PrincipalRule.variance(m_principalVariance); // validates rho, even while the automatic rule is chosen
  }

  private PrincipalSettings principalSettings() {
    return PrincipalSettings.defaults().withRule(m_principalRule == PRINCIPAL_VARIANCE
        ? PrincipalRule.variance(m_principalVariance) : PrincipalRule.automatic());
  }

  private static boolean isAll(String spec) {
    return spec != null && spec.trim().equalsIgnoreCase(ALL_ATTRIBUTES);
  }

  /** The attribute indices of a selection; "first-last" is every attribute but the class. */
  static int[] resolve(Instances header, String spec, String role) {
    if (isAll(spec)) {
      List<Integer> all = new ArrayList<>();
      for (int i = 0; i < header.numAttributes(); i++) {
        if (i != header.classIndex()) {
          all.add(i);
        }
      }
      if (all.isEmpty()) {
        throw new IllegalArgumentException("The data has no attribute besides the class.");
      }
      return all.stream().mapToInt(Integer::intValue).toArray();
    }
    return RepresentationLayout.selectAttributes(header, spec, role, false);
  }

  /** The weak model's (or any model's) class distributions on every instance of a set. */
  private static double[][] predict(Classifier model, Projection view, Instances data) throws Exception {
    Instances projected = view.apply(data);
    double[][] out = new double[projected.numInstances()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = model.distributionForInstance(projected.instance(i));
    }
    return out;
  }

  /**
   * Trains a classifier on soft targets: natively if it is a {@link SoftTargetLearner}, as weighted
   * class copies if it handles instance weights, else on the most likely class.
   */
  static void trainOnTargets(Classifier model, Instances data, double[][] targets) throws Exception {
    if (model instanceof SoftTargetLearner) {
      ((SoftTargetLearner) model).buildFromTargets(data, targets);
      return;
    }
    Instances expanded = new Instances(data, data.numInstances());
    boolean weighted = model instanceof WeightedInstancesHandler;
    for (int i = 0; i < data.numInstances(); i++) {
      Instance inst = data.instance(i);
      if (weighted) {
        for (int c = 0; c < targets[i].length; c++) {
          if (targets[i][c] > 1e-12) {
            Instance copy = (Instance) inst.copy();
            copy.setClassValue(c);
            copy.setWeight(inst.weight() * targets[i][c]);
            expanded.add(copy);
          }
        }
      } else {
        Instance copy = (Instance) inst.copy();
        copy.setClassValue(Utils.maxIndex(targets[i]));
        expanded.add(copy);
      }
    }
    model.buildClassifier(expanded);
  }

  /**
   * Burns et al.'s auxiliary confidence loss for learners without an inner loop: the targets of the
   * last of a few refits on (1 - a) * weak + a * hardened strong predictions, a ramping from 0 to 0.5.
   */
  private double[][] confidenceTargets(Instances pool, double[][] weakLabels) throws Exception {
    double[][] targets = weakLabels;
    double[] weakBalance = columnMeans(weakLabels);
    for (int round = 1; round < CONFIDENCE_ROUNDS; round++) {
      Classifier model = AbstractClassifier.makeCopy(m_strongClassifier);
      trainOnTargets(model, pool, targets);
      double a = CONFIDENCE_MAX_WEIGHT * round / (CONFIDENCE_ROUNDS - 1);
      double[][] strong = new double[pool.numInstances()][];
      for (int i = 0; i < strong.length; i++) {
        strong[i] = model.distributionForInstance(pool.instance(i));
      }
      double[][] hardened = hardenToBalance(strong, weakBalance);
      targets = new double[strong.length][];
      for (int i = 0; i < strong.length; i++) {
        targets[i] = new double[weakLabels[i].length];
        for (int c = 0; c < targets[i].length; c++) {
          targets[i][c] = (1 - a) * weakLabels[i][c] + a * hardened[i][c];
        }
      }
    }
    return targets;
  }

  /**
   * Hardens strong predictions: for two classes, thresholds the second class's probability at the
   * quantile that keeps the weak labels' class balance; for more classes, the most likely class.
   */
  static double[][] hardenToBalance(double[][] probabilities, double[] balance) {
    int n = probabilities.length;
    double[][] out = new double[n][balance.length];
    if (balance.length == 2) {
      double[] scores = new double[n];
      for (int i = 0; i < n; i++) {
        scores[i] = probabilities[i][1];
      }
      double[] sorted = scores.clone();
      Arrays.sort(sorted);
      int positives = (int) Math.round(balance[1] * n);
      double threshold = positives >= n ? Double.NEGATIVE_INFINITY
          : positives <= 0 ? Double.POSITIVE_INFINITY : sorted[n - positives];
      for (int i = 0; i < n; i++) {
        out[i][scores[i] >= threshold ? 1 : 0] = 1;
      }
    } else {
      for (int i = 0; i < n; i++) {
        out[i][Utils.maxIndex(probabilities[i])] = 1;
      }
    }
    return out;
  }

  /**
   * Refinement (W2SG-MATH.md section 6): each pool instance's in-context batch is its k nearest pool
   * instances in the whitened strong principal space (PrincipalPool.whitenedScores), and its refined
   * label the channel posterior given their weak labels. The principal space keeps the concepts the
   * strong model knows and drops its isotropic tail, so weak-label errors that live in the tail (noise,
   * or a bias orthogonal to every concept) differ between neighbours and are outvoted; whitening lets
   * every concept separate neighbours equally. Measured on the concept-mixture simulation and the
   * latent-factor data, the automatic principal rule and whitening both beat the variance rule on raw
   * principal scores (the choices are in the package's tests and report).
   */
  private double[][] refine(Split split, Projection weakView, double[][] weakLabels, double[][] strongRows,
      Random random) throws Exception {
    double[][] channel = estimateChannel(weakView.apply(split.weakSlice), random);
    double[] prior = classPrior(split.weakSlice);
    PrincipalPool pool = PrincipalPool.of(strongRows, principalSettings());
    int[][] batches = NearestNeighbours.of(pool.whitenedScores(), m_refineBatchSize);
    double[][] posterior = new ChannelRefinement(channel, prior).posterior(weakLabels, batches);
    if (m_hardLabels) {
      harden(posterior);
    }
    return posterior;
  }

  /**
   * The weak model's noise channel Cm[c][y'] = P(weak label y' | true class c), from its
   * cross-validated class distributions on the weak slice, with add-one smoothing.
   */
  private double[][] estimateChannel(Instances weakSlice, Random random) throws Exception {
    int c = weakSlice.numClasses();
    double[][] counts = new double[c][c];
    for (double[] row : counts) {
      Arrays.fill(row, 1.0);
    }
    int folds = Math.min(CHANNEL_FOLDS, weakSlice.numInstances());
    if (folds >= 2) {
      Instances shuffled = new Instances(weakSlice);
      shuffled.randomize(random);
      shuffled.stratify(folds);
      for (int f = 0; f < folds; f++) {
        Instances train = shuffled.trainCV(folds, f);
        Instances test = shuffled.testCV(folds, f);
        if (classesIn(train) < 2) {
          continue; // a class with one instance in the slice: no classifier can be trained without it
        }
        Classifier model = AbstractClassifier.makeCopy(m_weakClassifier);
        model.buildClassifier(train);
        for (int i = 0; i < test.numInstances(); i++) {
          double[] q = model.distributionForInstance(test.instance(i));
          if (m_hardLabels) {
            q = oneHot(Utils.maxIndex(q), c);
          }
          int truth = (int) test.instance(i).classValue();
          for (int y = 0; y < c; y++) {
            counts[truth][y] += q[y];
          }
        }
      }
    }
    for (double[] row : counts) {
      Utils.normalize(row);
    }
    return counts;
  }

  private static long classesIn(Instances labelled) {
    return Arrays.stream(labelled.attributeStats(labelled.classIndex()).nominalCounts)
        .filter(count -> count > 0).count();
  }

  private static double[] classPrior(Instances labelled) {
    double[] prior = new double[labelled.numClasses()];
    Arrays.fill(prior, 1.0);
    for (int i = 0; i < labelled.numInstances(); i++) {
      prior[(int) labelled.instance(i).classValue()] += 1;
    }
    Utils.normalize(prior);
    return prior;
  }

  /** The values of the given (numeric, complete: see checkRole) attributes, one row per instance. */
  private static double[][] numericRows(Instances data, int[] attributes) {
    double[][] rows = new double[data.numInstances()][attributes.length];
    for (int i = 0; i < rows.length; i++) {
      for (int j = 0; j < attributes.length; j++) {
        rows[i][j] = data.instance(i).value(attributes[j]);
      }
    }
    return rows;
  }

  static void harden(double[][] distributions) {
    for (int i = 0; i < distributions.length; i++) {
      distributions[i] = oneHot(Utils.maxIndex(distributions[i]), distributions[i].length);
    }
  }

  /** Clips smoothed scores to [0, inf) and normalises them into class distributions. */
  private void toDistributions(double[][] scores) {
    for (int i = 0; i < scores.length; i++) {
      double sum = 0;
      for (int c = 0; c < scores[i].length; c++) {
        scores[i][c] = Math.max(0, scores[i][c]);
        sum += scores[i][c];
      }
      if (sum <= 0) {
        Arrays.fill(scores[i], 1.0 / scores[i].length);
      } else {
        for (int c = 0; c < scores[i].length; c++) {
          scores[i][c] /= sum;
        }
      }
    }
    if (m_hardLabels) {
      harden(scores);
    }
  }

  private static double[] oneHot(int index, int size) {
    double[] v = new double[size];
    v[index] = 1;
    return v;
  }

  private static double[][] oneHot(Instances labelled) {
    double[][] out = new double[labelled.numInstances()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = oneHot((int) labelled.instance(i).classValue(), labelled.numClasses());
    }
    return out;
  }

  private static double[] columnMeans(double[][] rows) {
    double[] mean = new double[rows[0].length];
    for (double[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        mean[c] += row[c] / rows.length;
      }
    }
    return mean;
  }

  // ---------------------------------------------------------------------------------------------
  // Prediction and reporting

  @Override
  public double[] distributionForInstance(Instance instance) throws Exception {
    if (m_trained == null) {
      throw new IllegalStateException("WeakToStrong has not been built yet.");
    }
    return m_trained.strongModel.distributionForInstance(m_trained.strongView.apply(instance));
  }

  /** The trained weak model (on the weak attributes), or null before training. */
  public Classifier getWeakModel() {
    return m_trained == null ? null : m_trained.weakModel;
  }

  /** Class distributions of the trained weak model for an instance of the training format. */
  public double[] weakDistributionForInstance(Instance instance) throws Exception {
    if (m_trained == null) {
      throw new IllegalStateException("WeakToStrong has not been built yet.");
    }
    return m_trained.weakModel.distributionForInstance(m_trained.weakView.apply(instance));
  }

  @Override
  public Enumeration<String> enumerateMeasures() {
    return Collections.enumeration(Arrays.asList(Report.MEASURES));
  }

  @Override
  public double getMeasure(String measureName) {
    if (!Arrays.asList(Report.MEASURES).contains(measureName)) {
      throw new IllegalArgumentException(measureName + " is not supported by WeakToStrong.");
    }
    if (m_trained == null) {
      return Double.NaN;
    }
    return m_trained.report.measure(measureName);
  }

  @Override
  public String toString() {
    if (m_trained == null) {
      return "WeakToStrong: not built yet.";
    }
    StringBuilder sb = new StringBuilder("Weak-to-strong training (mode: ")
        .append(getMode().getSelectedTag().getReadable()).append(")\n\n");
    sb.append("Weak model:   ").append(spec(m_weakClassifier)).append(" on ")
        .append(m_trained.weakView.size()).append(" attribute(s)\n");
    sb.append("Strong model: ").append(spec(m_strongClassifier)).append(" on ")
        .append(m_trained.strongView.size()).append(" attribute(s)\n");
    if (m_mode == MODE_REFINE) {
      sb.append("Refinement:   k = ").append(m_refineBatchSize)
          .append(" neighbours in the whitened strong principal space\n");
    }
    if (numericStrong()) {
      sb.append("Principal dimension: ").append(principalSettings().rule()).append('\n');
    }
    sb.append('\n').append(m_trained.report.describe(getNumDecimalPlaces()));
    return sb.toString();
  }

  private static String spec(Classifier c) {
    return Utils.toCommandLine(c);
  }

  @Override
  public String getRevision() {
    return "1.0";
  }

  public static void main(String[] args) {
    runClassifier(new WeakToStrong(), args);
  }

  // ---------------------------------------------------------------------------------------------
  // Parts of the trained model

  /** Everything training produced; immutable once built. */
  static final class Trained implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    final Classifier weakModel;
    final Classifier strongModel;
    final Projection weakView;
    final Projection strongView;
    final Report report;

    Trained(Classifier weakModel, Classifier strongModel, Projection weakView, Projection strongView,
        Report report) {
      this.weakModel = weakModel;
      this.strongModel = strongModel;
      this.weakView = weakView;
      this.strongView = strongView;
      this.report = report;
    }
  }

  /** One side's attributes plus the class, through Weka's Remove filter. */
  static final class Projection implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final Remove remove = new Remove();
    private final int size;

    Projection(Instances header, int[] attributes) throws Exception {
      int[] keep = Arrays.copyOf(attributes, attributes.length + 1);
      keep[attributes.length] = header.classIndex();
      remove.setAttributeIndicesArray(keep);
      remove.setInvertSelection(true);
      remove.setInputFormat(header);
      size = attributes.length;
    }

    Instances apply(Instances data) throws Exception {
      return Filter.useFilter(data, remove);
    }

    Instance apply(Instance instance) {
      remove.input(instance);
      return remove.output();
    }

    int size() {
      return size;
    }
  }

  /** The weak slice (gold labels, trains the weak model) and the pool (weak labels train the strong). */
  static final class Split {
    final Instances weakSlice;
    final Instances pool;
    /** The first labelledInPool instances of the pool have known gold labels. */
    final int labelledInPool;

    private Split(Instances weakSlice, Instances pool, int labelledInPool) {
      this.weakSlice = weakSlice;
      this.pool = pool;
      this.labelledInPool = labelledInPool;
    }

    /** A split stratified by class: each class gives the weak slice its fraction of instances. */
    static Split of(Instances data, double fraction, Random random) {
      int c = data.numClasses();
      List<List<Instance>> byClass = new ArrayList<>();
      for (int k = 0; k < c; k++) {
        byClass.add(new ArrayList<>());
      }
      List<Instance> unlabelled = new ArrayList<>();
      for (int i = 0; i < data.numInstances(); i++) {
        Instance inst = data.instance(i);
        if (inst.classIsMissing()) {
          unlabelled.add(inst);
        } else {
          byClass.get((int) inst.classValue()).add(inst);
        }
      }
      int labelled = data.numInstances() - unlabelled.size();
      if (labelled == 0) {
        throw new IllegalArgumentException("No instance has a class label; the weak model needs labelled"
            + " instances to learn from.");
      }
      long classesPresent = byClass.stream().filter(l -> !l.isEmpty()).count();
      if (classesPresent < 2) {
        throw new IllegalArgumentException("All labelled instances have the same class; weak-to-strong"
            + " training needs at least two classes.");
      }
      Instances weakSlice = new Instances(data, 0);
      Instances pool = new Instances(data, 0);
      for (List<Instance> members : byClass) {
        Collections.shuffle(members, random);
        int toWeak = (int) Math.round(fraction * members.size());
        for (int i = 0; i < members.size(); i++) {
          (i < toWeak ? weakSlice : pool).add(members.get(i));
        }
      }
      if (weakSlice.numInstances() == 0) {
        throw new IllegalArgumentException("The weak fraction " + fraction + " leaves the weak model no"
            + " instance; raise it.");
      }
      int[] weakCounts = weakSlice.attributeStats(weakSlice.classIndex()).nominalCounts;
      if (Arrays.stream(weakCounts).filter(count -> count > 0).count() < 2) {
        throw new IllegalArgumentException("The weak fraction " + fraction + " gives the weak model "
            + weakSlice.numInstances() + " instance(s), all of class '"
            + weakSlice.classAttribute().value(Utils.maxIndex(weakCounts)) + "'; raise the weak fraction"
            + " so that it learns from at least two classes.");
      }
      int labelledInPool = pool.numInstances();
      for (Instance inst : unlabelled) {
        pool.add(inst);
      }
      if (pool.numInstances() < 2) {
        throw new IllegalArgumentException("The pool has " + pool.numInstances() + " instance(s); lower the"
            + " weak fraction or add unlabelled instances (missing class) so that the strong model has"
            + " at least two instances to learn from.");
      }
      return new Split(weakSlice, pool, labelledInPool);
    }

    Instances labelledPool() {
      return new Instances(pool, 0, labelledInPool);
    }
  }

  /** What a W2SG user wants to know about a training run (also the Experimenter's measures). */
  static final class Report implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    static final String[] MEASURES = {"measureWeakSliceSize", "measurePoolSize", "measureLabelledPoolSize",
      "measureWeakLabelAccuracy", "measureTargetAccuracy", "measureStrongPoolAccuracy", "measureW2SGScore",
      "measureW2SGFrobeniusNormalized", "measurePredGap"};

    int weakSliceSize;
    int poolSize;
    int labelledPool;
    double weakLabelAccuracy = Double.NaN;
    double targetAccuracy = Double.NaN;
    double strongPoolAccuracy = Double.NaN;
    double w2sgScore = Double.NaN;
    double w2sgFrobeniusNormalized = Double.NaN;
    double predGap = Double.NaN;
    int kWeak;
    int kStrong;
    String representationNote = "";
    boolean goldTargets;

    static Report of(Split split, double[][] weakLabels, double[][] targets, boolean goldTargets,
        double[][] strongOnLabelledPool) {
      Report r = new Report();
      r.weakSliceSize = split.weakSlice.numInstances();
      r.poolSize = split.pool.numInstances();
      r.labelledPool = split.labelledInPool;
      r.goldTargets = goldTargets;
      if (r.labelledPool > 0) {
        r.weakLabelAccuracy = accuracy(weakLabels, split.pool, r.labelledPool);
        r.targetAccuracy = accuracy(targets, split.pool, r.labelledPool);
        r.strongPoolAccuracy = accuracy(strongOnLabelledPool, split.pool, r.labelledPool);
      }
      return r;
    }

    private static double accuracy(double[][] distributions, Instances pool, int labelled) {
      int correct = 0;
      for (int i = 0; i < labelled; i++) {
        if (Utils.maxIndex(distributions[i]) == (int) pool.instance(i).classValue()) {
          correct++;
        }
      }
      return (double) correct / labelled;
    }

    /** W2SG score and PredGap of the two representations on the labelled pool (numeric only). */
    void analyzeRepresentations(Split split, Instances header, int[] weak, int[] strong) {
      if (labelledPool < 2) {
        representationNote = "fewer than two labelled pool instances";
        return;
      }
      try {
        RepresentationLayout layout = RepresentationLayout.resolve(header,
            Collections.singletonList(Range.indicesToRangeList(weak)),
            Collections.singletonList(Range.indicesToRangeList(strong)), true);
        JointStatistics stats = JointStatistics.forDimension(layout.dimension());
        double[] row = new double[layout.dimension()];
        for (int i = 0; i < labelledPool; i++) {
          layout.fill(split.pool.instance(i), row, i + 1, false);
          stats.add(row);
        }
        W2SGAnalyzer analyzer = new W2SGAnalyzer(
            SampleGeometry.of(stats, PrincipalSettings.defaults(), SampleGeometry.Path.AUTO), weakSliceSize);
        PairAnalysis pair = analyzer.analyze(analyzer.weakSpace(layout.weak().get(0).columns()),
            analyzer.strongSpace(layout.strong().get(0).columns()), layout.labelColumns());
        w2sgScore = pair.score();
        w2sgFrobeniusNormalized = pair.frobeniusNormalized();
        predGap = pair.predGap();
        kWeak = pair.weak().k();
        kStrong = pair.strong().k();
      } catch (IllegalArgumentException e) {
        representationNote = e.getMessage();
      }
    }

    double measure(String name) {
      switch (name) {
        case "measureWeakSliceSize":
          return weakSliceSize;
        case "measurePoolSize":
          return poolSize;
        case "measureLabelledPoolSize":
          return labelledPool;
        case "measureWeakLabelAccuracy":
          return weakLabelAccuracy;
        case "measureTargetAccuracy":
          return targetAccuracy;
        case "measureStrongPoolAccuracy":
          return strongPoolAccuracy;
        case "measureW2SGScore":
          return w2sgScore;
        case "measureW2SGFrobeniusNormalized":
          return w2sgFrobeniusNormalized;
        case "measurePredGap":
          return predGap;
        default:
          throw new IllegalArgumentException(name + " is not supported by WeakToStrong.");
      }
    }

    String describe(int decimals) {
      StringBuilder sb = new StringBuilder();
      sb.append("Weak slice (gold labels):  ").append(weakSliceSize).append(" instances\n");
      sb.append("Pool (trains the strong):  ").append(poolSize).append(" instances, ").append(labelledPool)
          .append(" with known gold labels\n");
      if (labelledPool > 0) {
        sb.append("\nOn the pool's gold labels:\n");
        sb.append("  weak labels' accuracy:        ").append(Utils.doubleToString(weakLabelAccuracy, decimals))
            .append('\n');
        if (!goldTargets) {
          sb.append("  training targets' accuracy:   ").append(Utils.doubleToString(targetAccuracy, decimals))
              .append('\n');
        }
        sb.append("  strong model's fit (accuracy): ")
            .append(Utils.doubleToString(strongPoolAccuracy, decimals)).append('\n');
      } else {
        sb.append("\nNo pool instance has a gold label: label accuracies are unknown.\n");
      }
      sb.append("\nRepresentations on the labelled pool (Xue et al.):\n");
      if (Double.isNaN(w2sgScore)) {
        sb.append("  not computed: ").append(representationNote).append('\n');
      } else {
        sb.append("  W2SG score ||P_s(I-P_w)||_op:  ").append(Utils.doubleToString(w2sgScore, decimals))
            .append("  (k_weak = ").append(kWeak).append(", k_strong = ").append(kStrong).append(")\n");
        sb.append("  normalized Frobenius variant:  ")
            .append(Utils.doubleToString(w2sgFrobeniusNormalized, decimals)).append('\n');
        sb.append("  PredGap ||P_s(I-P_w)y||^2/n:   ").append(Utils.doubleToString(predGap, decimals))
            .append('\n');
      }
      return sb.toString();
    }
  }
}
