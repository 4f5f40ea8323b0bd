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

package weka.classifiers.meta;

import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Random;
import java.util.Vector;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.functions.RidgeProbe;
import weka.core.AdditionalMeasureProducer;
import weka.core.Attribute;
import weka.core.Capabilities;
import weka.core.Capabilities.Capability;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Option;
import weka.core.OptionMetadata;
import weka.core.Randomizable;
import weka.core.RevisionUtils;
import weka.core.TechnicalInformation;
import weka.core.TechnicalInformation.Field;
import weka.core.TechnicalInformation.Type;
import weka.core.TechnicalInformationHandler;
import weka.core.UnassignedClassException;
import weka.core.Utils;
import weka.core.WekaException;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.Remove;
import weka.w2s.data.RepresentationLayout;
import weka.w2s.options.StrictOptions;
import weka.w2s.core.PrincipalSettings;
import weka.w2s.targets.Auto;
import weka.w2s.targets.ClassifierHead;
import weka.w2s.targets.Selection;
import weka.w2s.targets.TargetStrategy;
import weka.w2s.targets.Targets;
import weka.w2s.targets.TrainingReport;
import weka.w2s.targets.WeakSplit;
import weka.w2s.targets.WeakSupervision;
import weka.w2s.targets.WeakTeacher;

/**
 * Trains a strong model from weak supervision (W2SG-MATH.md sections 5, 6 and 8). A weak classifier
 * learns from a slice of the labelled data on the weak attributes; its labels on the rest (the pool,
 * which also takes every instance whose class is missing) become, through a target strategy
 * (package weka.w2s.targets), what the strong classifier learns on the strong attributes.
 * Predictions come from the strong classifier. This class is the protocol only: split, weak
 * labelling, the strategy, strong training, report.
 */
public class WeakToStrong extends AbstractClassifier
    implements Randomizable, TechnicalInformationHandler, AdditionalMeasureProducer {

  private static final long serialVersionUID = 2L;

  static final String ALL_ATTRIBUTES = RepresentationLayout.ALL_ATTRIBUTES;

  protected Classifier m_weakClassifier;
  protected Classifier m_strongClassifier;
  protected String m_weakAttributes;
  protected String m_strongAttributes;
  protected double m_weakFraction;
  protected TargetStrategy m_targets;
  protected boolean m_learnWeakSliceGold;
  protected int m_seed;
  /** The name of the row-key attribute; empty: a stratified split. */
  protected String m_rowKey;

  /** What training produced; null until built. */
  protected Trained m_trained;

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
    m_targets = new Auto();
    m_learnWeakSliceGold = false;
    m_seed = 1;
    m_rowKey = "";
  }

  /**
   * Sets the options strictly: a value that cannot be used is an error naming the option, never a
   * silent default. {@code -mode <name>} is a shorthand for {@code -targets} with a
   * strategy's default options (naive, confidence, refine, kernel, filter, rounds, auto, gold).
   */
  @Override
  public void setOptions(String[] options) throws Exception {
    resetOptions();
    boolean targetsGiven = Utils.getOptionPos("targets", options) >= 0;
    String mode = Utils.getOption("mode", options);
    if (!mode.isEmpty() && targetsGiven) {
      throw new IllegalArgumentException("-mode is a shorthand for -targets; give one of them, not both.");
    }
    StrictOptions.set(options, this, AbstractClassifier.class);
    StrictOptions.setGeneralClassifierOptions(this, options);
    if (!mode.isEmpty()) {
      setTargets(TargetStrategy.forName(mode));
    }
    try {
      Utils.checkForRemainingOptions(options);
    } catch (Exception e) {
      throw new IllegalArgumentException(e.getMessage().trim() + " (unknown or repeated option).");
    }
    validateOptions();
  }

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> options = new Vector<>(Collections.list(super.listOptions()));
    options.add(new Option("\tShorthand for -targets with a strategy's defaults: "
        + String.join(", ", TargetStrategy.NAMES) + ".", "mode", 1, "-mode <name>"));
    return options.elements();
  }

  public String globalInfo() {
    return "Weak-to-strong training: a weak classifier labels data for a strong one, which learns from those"
        + " labels through a target strategy. The weak classifier, trained on a fraction of the labelled data on"
        + " the weak attributes, labels the rest (the pool, which also takes every instance whose class is"
        + " missing); the strong classifier learns from those labels on the strong attributes, through a"
        + " target strategy: naive (fit the weak labels), confidence (the auxiliary confidence of Burns and others),"
        + " refine (Somerstep and others: labels inferred from strong-space neighbours through the weak model's"
        + " noise channel), kernel (weak labels smoothed by the strong principal kernel of Xue, Li and Mirzasoleiman),"
        + " filter (leave out the weak labels a strong probe disagrees with most), rounds (strong-to-strong"
        + " relabelling), gold (the pool's gold labels: the ceiling) and auto, the default, which chooses"
        + " among them and the strong head's ridge by cross-fitted validation on the weak slice's gold"
        + " labels alone. Where the pool's gold labels are known, the model reports the accuracy of the weak"
        + " labels and of the training targets, and the W2SG score and PredGap of the two representations."
        + " Set the weak and strong attributes: by default both models see every attribute, which is no"
        + " weak-to-strong setting.\n\nFor more information see:\n\n" + getTechnicalInformation().toString();
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

  @OptionMetadata(displayName = "weak classifier", description = "The weak model, trained on the weak slice and"
      + " the weak attributes.", commandLineParamName = "weak",
      commandLineParamSynopsis = "-weak <classifier specification>", displayOrder = 1)
  public Classifier getWeakClassifier() {
    return m_weakClassifier;
  }

  public void setWeakClassifier(Classifier value) {
    if (value == null) {
      throw new IllegalArgumentException("Set a weak classifier.");
    }
    m_weakClassifier = value;
  }

  @OptionMetadata(displayName = "strong classifier", description = "The strong model, trained on the pool and the"
      + " strong attributes.", commandLineParamName = "strong",
      commandLineParamSynopsis = "-strong <classifier specification>", displayOrder = 2)
  public Classifier getStrongClassifier() {
    return m_strongClassifier;
  }

  public void setStrongClassifier(Classifier value) {
    if (value == null) {
      throw new IllegalArgumentException("Set a strong classifier.");
    }
    m_strongClassifier = value;
  }

  @OptionMetadata(displayName = "weak attributes", description = "The weak model's attributes, a Weka range or"
      + " name:REGEX; first-last means every attribute but the class.",
      commandLineParamName = "weak-attributes", commandLineParamSynopsis = "-weak-attributes <range>",
      displayOrder = 3)
  public String getWeakAttributes() {
    return m_weakAttributes;
  }

  public void setWeakAttributes(String value) {
    m_weakAttributes = value;
  }

  @OptionMetadata(displayName = "strong attributes", description = "The strong model's attributes, a Weka range or"
      + " name:REGEX; first-last means every attribute but the class.",
      commandLineParamName = "strong-attributes", commandLineParamSynopsis = "-strong-attributes <range>",
      displayOrder = 4)
  public String getStrongAttributes() {
    return m_strongAttributes;
  }

  public void setStrongAttributes(String value) {
    m_strongAttributes = value;
  }

  @OptionMetadata(displayName = "weak fraction", description = "The fraction of the labelled instances that"
      + " trains the weak model, strictly between 0 and 1.", commandLineParamName = "weak-fraction",
      commandLineParamSynopsis = "-weak-fraction <fraction>", displayOrder = 5)
  public double getWeakFraction() {
    return m_weakFraction;
  }

  public void setWeakFraction(double value) {
    m_weakFraction = value;
  }

  /**
   * Checks every option's range, from setOptions and before training, so that the GUI (which sets a
   * field on every key stroke) refuses a value as the command line does.
   */
  private void validateOptions() {
    if (!(m_weakFraction > 0 && m_weakFraction < 1)) {
      throw new IllegalArgumentException("The weak fraction must lie strictly between 0 and 1, got " + m_weakFraction
          + ".");
    }
    m_targets.validate();
  }

  @OptionMetadata(displayName = "target strategy", description = "How the strong model learns from weak"
      + " supervision; auto chooses by cross-fitted validation on the weak slice.", commandLineParamName = "targets",
      commandLineParamSynopsis = "-targets <strategy specification>", displayOrder = 6)
  public TargetStrategy getTargets() {
    return m_targets;
  }

  public void setTargets(TargetStrategy value) {
    if (value == null) {
      throw new IllegalArgumentException("Set a target strategy.");
    }
    m_targets = value;
  }

  @OptionMetadata(displayName = "learn weak slice gold", description = "Also train the strong model on the weak"
      + " slice's gold labels (strong attributes), beside the pool's targets.",
      commandLineParamName = "learn-weak-slice-gold", commandLineParamSynopsis = "-learn-weak-slice-gold",
      commandLineParamIsFlag = true, displayOrder = 7)
  public boolean getLearnWeakSliceGold() {
    return m_learnWeakSliceGold;
  }

  public void setLearnWeakSliceGold(boolean value) {
    m_learnWeakSliceGold = value;
  }

  @OptionMetadata(displayName = "seed", description = "The random seed of the split and of the strategies' folds.",
      commandLineParamName = "S", commandLineParamSynopsis = "-S <seed>", displayOrder = 8)
  @Override
  public int getSeed() {
    return m_seed;
  }

  @Override
  public void setSeed(int value) {
    m_seed = value;
  }

  @OptionMetadata(displayName = "row key", description = "The numeric attribute that names each instance (empty:"
      + " none). With it the weak slice, the pool and the strategies' folds are a seeded hash of its value, as"
      + " W2SGSparkExperiment splits, whatever the order of the data; it is then no representation attribute.",
      commandLineParamName = "id", commandLineParamSynopsis = "-id <attribute name>", displayOrder = 9)
  public String getRowKey() {
    return m_rowKey;
  }

  public void setRowKey(String value) {
    m_rowKey = value == null ? "" : value.trim();
  }

  /**
   * The index of the row-key attribute a name gives, checked: it exists, is numeric and is not the
   * class; -1 for an empty name.
   */
  public static int rowKeyAttribute(Instances header, String name) {
    if (name == null || name.isEmpty()) {
      return -1;
    }
    Attribute key = header.attribute(name);
    if (key == null) {
      throw new IllegalArgumentException("There is no attribute '" + name + "' for the row key (-id); give the name"
          + " of the attribute that identifies each instance.");
    }
    if (!key.isNumeric() || key.index() == header.classIndex()) {
      throw new IllegalArgumentException("The row key '" + name + "' must be a numeric attribute other than the class"
          + " (it is " + (key.index() == header.classIndex() ? "the class" : Attribute.typeToString(key)) + ").");
    }
    return key.index();
  }

  /** Fails naming the first instance whose row key is missing. */
  public static void requireRowKeys(Instances data, int key) throws WekaException {
    for (int i = 0; key >= 0 && i < data.numInstances(); i++) {
      if (data.instance(i).isMissing(key)) {
        throw new WekaException("The row key '" + data.attribute(key).name() + "' is missing in instance " + (i + 1)
            + "; every instance needs its key (-id).");
      }
    }
  }

  /**
   * The attribute indices of a representation selection: "first-last" is every attribute but the
   * class and the row key (-1: none); an explicit selection must leave the row key out.
   */
  public static int[] representationAttributes(Instances header, String spec, String role, int rowKey) {
    int[] selected = isAll(spec) ? RepresentationLayout.allButClass(header)
        : RepresentationLayout.selectAttributes(header, spec, role, false);
    if (rowKey >= 0 && Arrays.stream(selected).anyMatch(a -> a == rowKey)) {
      if (!isAll(spec)) {
        throw new IllegalArgumentException("The row key '" + header.attribute(rowKey).name() + "' is also a " + role
            + " attribute; leave it out of the " + role + " attributes.");
      }
      selected = Arrays.stream(selected).filter(a -> a != rowKey).toArray();
    }
    return selected;
  }

  // ---------------------------------------------------------------------------------------------
  // Capabilities and training

  /**
   * A nominal class, possibly missing. An attribute type is declared usable when every role that
   * takes all attributes (first-last) can use it: its learner handles it and, for the strong role of
   * a strategy that builds a principal space, it is numeric and never missing. The attributes of a
   * role given as a range or name:REGEX are checked when the classifier is built, with a message
   * naming the role.
   */
  @Override
  public Capabilities getCapabilities() {
    Capabilities result = new Capabilities(this);
    result.disableAll();
    for (Capability cap : Capability.values()) {
      if (cap.isAttributeCapability() && roleTakes(cap, m_weakAttributes, m_weakClassifier, false)
          && roleTakes(cap, m_strongAttributes, m_strongClassifier, m_targets.needsNumericStrong())) {
        result.enable(cap);
      }
    }
    result.enable(Capability.NOMINAL_CLASS);
    result.enable(Capability.BINARY_CLASS);
    result.enable(Capability.NUMERIC_CLASS); // weak-to-strong regression: targets are numbers
    result.enable(Capability.MISSING_CLASS_VALUES);
    result.setMinimumNumberInstances(2);
    return result;
  }

  /**
   * Instance weights are refused with a message of their own: the protocol's splits, the weak
   * teacher's labels and the strategies' targets count instances, so a weight would be silently
   * dropped somewhere.
   */
  public static void refuseWeights(Instances data) throws WekaException {
    for (int i = 0; i < data.numInstances(); i++) {
      if (data.instance(i).weight() != 1) {
        throw new WekaException("Instance " + (i + 1) + " has the weight " + data.instance(i).weight()
            + "; the weak-to-strong protocol takes unweighted data. Set the weights to 1 (for an "
            + "integer weight, repeat the instance that many times).");
      }
    }
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

  @Override
  public void buildClassifier(Instances data) throws Exception {
    m_trained = null;
    validateOptions();
    if (data.classIndex() < 0) {
      throw new UnassignedClassException("WeakToStrong needs a class attribute; set one (e.g. -c last).");
    }
    Instances header = new Instances(data, 0);
    int rowKey = rowKeyAttribute(header, m_rowKey);
    int[] weakAttributes = representationAttributes(header, m_weakAttributes, "weak", rowKey);
    int[] strongAttributes = representationAttributes(header, m_strongAttributes, "strong", rowKey);
    requireRowKeys(data, rowKey);
    // role checks first: their messages say which learner or strategy cannot use which attribute
    checkRole(data, weakAttributes, m_weakClassifier, "weak", null);
    checkRole(data, strongAttributes, m_strongClassifier, "strong",
        m_targets.needsNumericStrong() ? m_targets.name() : null);
    refuseWeights(data);
    getCapabilities().testWithFail(data);
    if (data.classAttribute().isNumeric() && m_targets.regressionProblem() != null) {
      throw new WekaException(TargetStrategy.regressionRefusal("The class '" + data.classAttribute().name()
          + "' is numeric, but " + m_targets.regressionProblem()));
    }

    WeakSplit split = rowKey < 0 ? WeakSplit.of(data, m_weakFraction, new Random(m_seed))
        : WeakSplit.byKey(data, m_weakFraction, rowKey, m_seed);
    Projection weakView = new Projection(header, weakAttributes);
    Projection strongView = new Projection(header, strongAttributes);
    Instances sliceStrong = strongView.apply(split.weakSlice());
    Instances poolStrong = strongView.apply(split.pool());
    WeakTeacher teacher = new WeakTeacher(m_weakClassifier, m_strongClassifier, weakView.apply(split.weakSlice()),
        sliceStrong, weakView.apply(split.pool()), poolStrong, m_learnWeakSliceGold, m_seed, split.sliceKeys());
    int[] slice = teacher.allSliceRows();
    Classifier weakModel = teacher.trainWeak(slice);
    WeakSupervision supervision = teacher.supervise(weakModel, slice);

    Targets targets = strategyFor(supervision).build(supervision);
    Classifier strongModel = AbstractClassifier.makeCopy(targets.head().classifier());
    ClassifierHead.train(strongModel, poolStrong, targets.distributions(), targets.weights(),
        m_learnWeakSliceGold ? sliceStrong : new Instances(sliceStrong, 0));

    TrainingReport report = TrainingReport.of(split, supervision.weakLabels(), targets,
        m_targets instanceof weka.w2s.targets.Gold, predict(strongModel, strongView, split.labelledPool()),
        m_targets.label(), Utils.toCommandLine(strongModel), Arrays.equals(weakAttributes, strongAttributes));
    // a property of the two representations, not of the strategy: the same rule as W2SGAnalysis
    report.analyzeRepresentations(split, header, weakAttributes, strongAttributes, PrincipalSettings.defaults());
    m_trained = new Trained(weakModel, strongModel, weakView, strongView, report);
  }

  /**
   * Fails with a message naming the role if its learner cannot take the class or one of the role's
   * attributes, or if a strategy that needs numbers (numericStrategy) meets a non-numeric or missing
   * value.
   */
  private static void checkRole(Instances data, int[] attributes, Classifier learner, String role,
      String numericStrategy) throws WekaException {
    Capabilities caps = learner.getCapabilities();
    String who = "The " + role + " classifier " + learner.getClass().getSimpleName();
    if (!caps.test(data.classAttribute(), true)) {
      throw new WekaException(who + " cannot learn the class '" + data.classAttribute().name() + "': "
          + caps.getFailReason().getMessage() + " Choose another " + role + " classifier.");
    }
    boolean missingAllowed = numericStrategy == null && caps.handles(Capability.MISSING_VALUES);
    for (int a : attributes) {
      Attribute att = data.attribute(a);
      if (numericStrategy != null && att.type() != Attribute.NUMERIC) {
        throw new WekaException("The " + numericStrategy + " strategy builds the strong principal space from numeric"
            + " attributes, but the strong attribute '" + att.name() + "' is " + Attribute.typeToString(att)
            + ". Choose numeric strong attributes (-strong-attributes) or another strategy.");
      }
      if (!caps.test(att)) {
        throw new WekaException(who + " cannot use the " + role + " attribute '" + att.name() + "': "
            + caps.getFailReason().getMessage() + " Choose other " + role + " attributes (-" + role
            + "-attributes) or another " + role + " classifier.");
      }
      for (int i = 0; !missingAllowed && i < data.numInstances(); i++) {
        if (data.instance(i).isMissing(a)) {
          throw new WekaException((numericStrategy != null ? "The " + numericStrategy + " strategy" : who)
              + " needs complete " + role + " attributes, but '" + att.name() + "' is missing in instance "
              + (i + 1) + ". Replace missing values first (e.g. with ReplaceMissingValues).");
        }
      }
    }
  }

  private static boolean isAll(String spec) {
    return spec != null && spec.trim().equalsIgnoreCase(ALL_ATTRIBUTES);
  }

  /**
   * The configured strategy, or, when the strong head would choose its ridge on the targets it learns
   * (RidgeProbe's default leave-one-out), the same strategy with the student's ridge chosen by
   * cross-fitted validation on the weak slice's gold labels: leave-one-out on weak labels rewards
   * fitting their errors. The ceiling (gold) keeps leave-one-out: its targets are gold.
   */
  private TargetStrategy strategyFor(WeakSupervision supervision) {
    if (m_targets instanceof Auto || m_targets instanceof weka.w2s.targets.Gold
        || !supervision.head().choosesRidge()) {
      return m_targets;
    }
    return Auto.choosingRidgeOf(m_targets);
  }

  /** A model's class distributions on every instance of a set. */
  private static double[][] predict(Classifier model, Projection view, Instances data) throws Exception {
    Instances projected = view.apply(data);
    double[][] out = new double[projected.numInstances()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = model.distributionForInstance(projected.instance(i));
    }
    return out;
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

  /** The trained strong model (on the strong attributes), or null before training. */
  public Classifier getStrongModel() {
    return m_trained == null ? null : m_trained.strongModel;
  }

  /** Class distributions of the trained weak model for an instance of the training format. */
  public double[] weakDistributionForInstance(Instance instance) throws Exception {
    if (m_trained == null) {
      throw new IllegalStateException("WeakToStrong has not been built yet.");
    }
    return m_trained.weakModel.distributionForInstance(m_trained.weakView.apply(instance));
  }

  /** What the last training run produced and measured; null before training. */
  public TrainingReport getReport() {
    return m_trained == null ? null : m_trained.report;
  }

  /** The choice auto made (or null for a fixed strategy, or before training). */
  public Selection getSelection() {
    return m_trained == null ? null : m_trained.report.selection();
  }

  @Override
  public Enumeration<String> enumerateMeasures() {
    return Collections.enumeration(Arrays.asList(TrainingReport.MEASURES));
  }

  @Override
  public double getMeasure(String measureName) {
    if (!Arrays.asList(TrainingReport.MEASURES).contains(measureName)) {
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
    TrainingReport r = m_trained.report;
    StringBuilder sb = new StringBuilder("Weak-to-strong training (targets: ").append(r.strategy()).append(")\n\n");
    sb.append("Weak model:   ").append(Utils.toCommandLine(m_weakClassifier)).append(" on ")
        .append(m_trained.weakView.size()).append(" attribute(s)\n");
    sb.append("Strong model: ").append(r.strongModel()).append(" on ")
        .append(m_trained.strongView.size()).append(" attribute(s)")
        .append(m_learnWeakSliceGold ? ", also on the weak slice's gold labels" : "").append('\n');
    if (r.sameAttributes()) {
      sb.append("\nWarning: the weak and the strong model use the same ").append(m_trained.weakView.size())
          .append(" attribute(s) (weak attributes '").append(m_weakAttributes).append("', strong attributes '")
          .append(m_strongAttributes).append("'), so they share one representation and the W2SG score is 0.")
          .append(" Set 'weak attributes' and 'strong attributes' to the two models' own representations.\n");
    }
    if (r.selection() != null) {
      sb.append(m_targets instanceof Auto ? "\nAuto chose: " : "\nStrong ridge chosen: ")
          .append(r.selection().chosen().candidate).append(" (cross-fitted ").append(r.selection().criterion())
          .append(" on ")
          .append(r.selection().validationRows()).append(" weak-slice instances)\n");
      sb.append(r.selection().describe());
    }
    sb.append('\n').append(r.describe(Math.max(getNumDecimalPlaces(), 4)));
    return sb.toString();
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 2 $");
  }

  public static void main(String[] args) {
    weka.w2s.CommandLine.quietWekaStartup();
    weka.w2s.ClassifierMain.main(new WeakToStrong(), args);
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
    final TrainingReport report;

    Trained(Classifier weakModel, Classifier strongModel, Projection weakView, Projection strongView,
        TrainingReport report) {
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

    /** Declared to throw: Weka 3.8.7's Filter.input does, 3.8.6's does not. */
    Instance apply(Instance instance) throws Exception {
      remove.input(instance);
      return remove.output();
    }

    int size() {
      return size;
    }
  }

}
