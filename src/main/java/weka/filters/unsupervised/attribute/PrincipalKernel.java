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

package weka.filters.unsupervised.attribute;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;

import org.apache.commons.lang3.StringUtils;

import weka.core.Attribute;
import weka.core.Capabilities;
import weka.core.Capabilities.Capability;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Option;
import weka.core.OptionMetadata;
import weka.core.RevisionUtils;
import weka.core.SelectedTag;
import weka.core.Tag;
import weka.core.TechnicalInformation;
import weka.core.TechnicalInformation.Field;
import weka.core.TechnicalInformation.Type;
import weka.core.TechnicalInformationHandler;
import weka.core.Utils;
import weka.core.WeightedInstancesHandler;
import weka.core.WekaException;
import weka.filters.Filter;
import weka.filters.UnsupervisedFilter;
import weka.w2s.FilterMain;
import weka.w2s.options.OptionAliases;
import weka.w2s.options.StrictOptions;
import weka.w2s.data.RepresentationLayout;
import weka.w2s.options.Tags;
import weka.w2s.core.JointStatistics;
import weka.w2s.core.PrincipalFeatureMap;
import weka.w2s.core.PrincipalSettings;
import weka.w2s.core.PrincipalSpace;
import weka.w2s.core.SampleGeometry;

/**
 * <!-- globalinfo-start --> Replaces a range of numeric attributes (one model's representation h(x))
 * by its principal-kernel features z_i(x) = sqrt(d_i / lambda_i) v_i'(h(x) - mean), i = 1..k, so that
 * on the training instances the linear kernel of the new attributes divided by n is the principal
 * kernel P = sum_{i<=k} d_i u_i u_i' of Xue, Li and Mirzasoleiman (ICML 2025). Optionally outputs the
 * principal-component scores v_i'(h(x) - mean) instead. The map is learned on the first batch and
 * applied unchanged to later batches. <!-- globalinfo-end -->
 *
 * <p>The options are the annotated properties below (see {@link #listOptions()}); the fitted state
 * is a {@link PrincipalFeatureMap} of the core, reported by {@link #toString()}.
 */
public class PrincipalKernel extends Filter
  implements UnsupervisedFilter, TechnicalInformationHandler, WeightedInstancesHandler {

  private static final long serialVersionUID = -3127356087413409311L;

  /** Computation path: chosen from the sizes. */
  public static final int PATH_AUTO = 0;
  /** Computation path: d x d covariance eigenproblem, memory independent of n. */
  public static final int PATH_COVARIANCE = 1;
  /** Computation path: n x n Gram eigenproblem (holds the rows of the range). */
  public static final int PATH_GRAM = 2;

  /** The computation paths, as Weka tags (the readable string is the command-line value). */
  public static final Tag[] TAGS_PATH = {
    new Tag(PATH_AUTO, "auto", "auto"),
    new Tag(PATH_COVARIANCE, "covariance", "covariance"),
    new Tag(PATH_GRAM, "gram", "gram") };

  /** Default variance fraction rho of W2SG-MATH.md section 2. */
  public static final double DEFAULT_VARIANCE = PrincipalSettings.DEFAULT_VARIANCE;

  private static final String NAME = "PrincipalKernel";

  /** Weka-style aliases: -K is -k, -R is -variance ({@link OptionAliases}). */
  private static final String[] ALIASES = {"K", "k", "R", "variance"};

  // ----------------------------------------------------------------- options

  protected String m_Range = "";
  protected int m_K = 0;
  protected double m_Variance = DEFAULT_VARIANCE;
  protected boolean m_Automatic = false;
  protected double m_Ridge = 0;
  protected int m_TrainSize = 0;
  protected boolean m_Hard = false;
  protected boolean m_Scores = false;
  protected boolean m_SkipMissing = false;
  protected int m_Path = PATH_AUTO;
  protected String m_Prefix = "";

  // ------------------------------------------------- state of the input format

  /** 0-based input indices of the range, ascending. */
  private int[] m_Selected;
  private boolean[] m_InRange;

  // -------------------------------------------------- fitted on the first batch

  private PrincipalFeatureMap m_Map;
  private PrincipalSettings m_FittedSettings;
  private SampleGeometry.Path m_FittedPath;
  private int m_Skipped;
  /** The number of instances of positive weight the map was fitted on. */
  private long m_FittedCount;
  private String m_FittedNames;
  /** 1-based position of the next instance within the current (later) batch, for messages. */
  private long m_RowInBatch;

  /**
   * Returns a string describing this filter.
   *
   * @return a description suitable for the GUI
   */
  public String globalInfo() {
    return "Replaces a range of numeric attributes - one model's representation h(x) - by its "
      + "principal-kernel features (weak-to-strong generalization, Xue, Li and Mirzasoleiman 2025).\n\n"
      + "On the first batch (the training data, n instances) the range is centred and the "
      + "eigenpairs (lambda_i, v_i) of its covariance are computed. k principal directions are kept: "
      + "a fixed k (property 'k (fixed principal dimension)'), the smallest k that explains a "
      + "fraction rho of the variance ('rho (variance fraction)', default " + DEFAULT_VARIANCE
      + "), or an automatic threshold ('automatic k', Gavish and Donoho's optimal hard threshold). "
      + "The tail gives gamma = (sum_{i>k} lambda_i) / m and alpha = beta + gamma, and every instance "
      + "gets the k features z_i(x) = sqrt(d_i / lambda_i) v_i'(h(x) - mean), with "
      + "d_i = lambda_i / (lambda_i + alpha) (d_i = 1 with 'hard shrinkage'). On the training "
      + "instances the linear kernel of the new attributes divided by n is then exactly the principal "
      + "kernel P = sum_{i<=k} d_i u_i u_i' of the paper, so a linear or kernel learner on the output "
      + "works with P. With 'output PC scores' the plain principal-component scores "
      + "v_i'(h(x) - mean) are output instead. Later batches (test data) are transformed with the map "
      + "learned on the first batch.\n\n"
      + "The new attributes (name prefix + pk1..pkK, or pc1..pcK) take the place of the first "
      + "attribute of the range; all other attributes, including the class, pass through unchanged "
      + "and in their order. Missing values in the range are an error, unless 'skip missing values' "
      + "is set: such instances are then left out of the fit and get missing features. Instance "
      + "weights of the first batch count as frequencies: an instance of weight 2 counts as two, and n "
      + "is the total weight; the weights of every batch pass through. A k larger than the rank of the range is reduced to the rank, with a "
      + "warning.\n\n"
      + "A summary of the fit (k, its rank, gamma, the leading eigenvalues) is added to the relation "
      + "name, so that the Preprocess panel (Current relation) and a FilteredClassifier's output "
      + "(Filtered Header) show it; the whole fitted kernel, with alpha and the shrinkage factors, is "
      + "the filter's text (toString), which the console shows with 'debug' set. The mathematics is in "
      + "doc/W2SG-MATH.md of the package.\n\n"
      + "For more information see:\n\n" + getTechnicalInformation().toString();
  }

  /**
   * The paper that defines principal kernels.
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
    result.setValue(Field.URL, "https://arxiv.org/abs/2502.00620");
    return result;
  }

  // ------------------------------------------------------------------ options

  @OptionMetadata(displayName = "attribute range",
    description = "The representation to replace, as a Weka range or name:REGEX; empty selects every "
      + "numeric attribute but the class. A range such as 1-384 or first-10 (first-last: every attribute "
      + "but the class); name:REGEX takes every attribute whose name matches. Date attributes are never "
      + "selected.",
    commandLineParamName = "range", commandLineParamSynopsis = "-range <range or name:REGEX>",
    displayOrder = 1)
  public String getAttributeRange() {
    return m_Range;
  }

  public void setAttributeRange(String range) {
    m_Range = range == null ? "" : range;
  }

  @OptionMetadata(displayName = "k (fixed principal dimension)",
    description = "A fixed principal dimension k, or 0 to choose k by rho or automatically. A k larger "
      + "than the rank of the range is reduced to the rank; 0 is the default.",
    commandLineParamName = "k", commandLineParamSynopsis = "-k <k>", displayOrder = 2)
  public int getPrincipalDimension() {
    return m_K;
  }

  public void setPrincipalDimension(int k) {
    m_K = k;
  }

  @OptionMetadata(displayName = "rho (variance fraction)",
    description = "The variance fraction rho (above 0, at most 1) that the principal directions "
      + "explain, when k is 0 and 'automatic k' is off. k is then the smallest number of directions "
      + "whose eigenvalues make up this fraction of the total variance (default " + DEFAULT_VARIANCE + ").",
    commandLineParamName = "variance", commandLineParamSynopsis = "-variance <rho>", displayOrder = 3)
  public double getVarianceFraction() {
    return m_Variance;
  }

  public void setVarianceFraction(double rho) {
    m_Variance = rho;
  }

  @OptionMetadata(displayName = "automatic k",
    description = "Choose k automatically: the number of eigenvalues above Gavish and Donoho's "
      + "optimal hard threshold for an unknown noise level (a few principal directions over an "
      + "isotropic tail). Cannot be combined with a fixed k.",
    commandLineParamName = "auto", commandLineParamSynopsis = "-auto", commandLineParamIsFlag = true,
    displayOrder = 4)
  public boolean getAutomatic() {
    return m_Automatic;
  }

  public void setAutomatic(boolean automatic) {
    m_Automatic = automatic;
  }

  @OptionMetadata(displayName = "ridge (beta)",
    description = "The ridge beta (at least 0) of the head the kernel describes; alpha = beta + gamma. "
      + "The default is 0; at most 1e100.",
    commandLineParamName = "ridge", commandLineParamSynopsis = "-ridge <beta>", displayOrder = 5)
  public double getRidge() {
    return m_Ridge;
  }

  public void setRidge(double ridge) {
    m_Ridge = ridge;
  }

  @OptionMetadata(displayName = "training-set size m",
    description = "The size m of the head's training sample, or 0 for the instances of the first batch. "
      + "It enters gamma = (sum of the tail eigenvalues) / m; 0, the default, uses n.",
    commandLineParamName = "m", commandLineParamSynopsis = "-m <size>", displayOrder = 6)
  public int getTrainingSetSize() {
    return m_TrainSize;
  }

  public void setTrainingSetSize(int m) {
    m_TrainSize = m;
  }

  @OptionMetadata(displayName = "hard shrinkage",
    description = "Use shrinkage factors d_i = 1, making P the projection onto the principal span. "
      + "Off (the default): d_i = lambda_i / (lambda_i + alpha).",
    commandLineParamName = "hard", commandLineParamSynopsis = "-hard", commandLineParamIsFlag = true,
    displayOrder = 7)
  public boolean getHardShrinkage() {
    return m_Hard;
  }

  public void setHardShrinkage(boolean hard) {
    m_Hard = hard;
  }

  @OptionMetadata(displayName = "output PC scores",
    description = "Output the principal-component scores v_i'(h - mean) instead of the kernel features. "
      + "The attributes are then pc1..pcK, with variances lambda_i.",
    commandLineParamName = "scores", commandLineParamSynopsis = "-scores",
    commandLineParamIsFlag = true, displayOrder = 8)
  public boolean getOutputScores() {
    return m_Scores;
  }

  public void setOutputScores(boolean scores) {
    m_Scores = scores;
  }

  @OptionMetadata(displayName = "skip missing values",
    description = "Leave instances with a missing value in the range out of the fit and give them "
      + "missing features (in every batch). Without it a missing value is an error that names the "
      + "attribute and the instance.",
    commandLineParamName = "skip-missing", commandLineParamSynopsis = "-skip-missing",
    commandLineParamIsFlag = true, displayOrder = 9)
  public boolean getSkipMissing() {
    return m_SkipMissing;
  }

  public void setSkipMissing(boolean skip) {
    m_SkipMissing = skip;
  }

  @OptionMetadata(displayName = "computation path",
    description = "The eigenproblem to solve: covariance, gram or auto (the default); all give the same "
      + "features. Covariance is d x d with memory independent of n; gram is n x n and holds the rows "
      + "of the range; auto takes gram when there are fewer instances than attributes in the range.",
    commandLineParamName = "path", commandLineParamSynopsis = "-path <auto|covariance|gram>",
    displayOrder = 10)
  public SelectedTag getPath() {
    return new SelectedTag(m_Path, TAGS_PATH);
  }

  public void setPath(SelectedTag path) {
    m_Path = Tags.idOf(path, TAGS_PATH);
  }

  @OptionMetadata(displayName = "name prefix",
    description = "Text put before the new attribute names pk1 to pkK (pc1 to pcK with PC scores), empty for "
      + "automatic. "
      + "Empty (the default) uses the common name prefix of the range up to its last separator, so "
      + "strong_0 to strong_95 give strong_pk1 and onwards.",
    commandLineParamName = "prefix", commandLineParamSynopsis = "-prefix <text>", displayOrder = 11)
  public String getNamePrefix() {
    return m_Prefix;
  }

  public void setNamePrefix(String prefix) {
    m_Prefix = prefix == null ? "" : prefix;
  }

  /**
   * Parses the options: the annotated properties above (by StrictOptions: a value it cannot convert
   * is refused with one message, where Weka's reflective setter only prints a trace and skips the
   * rest) and those of Filter. Options that are not given take their default values.
   *
   * @param options the options
   * @throws Exception if a value cannot be converted
   */
  @Override
  public void setOptions(String[] options) throws Exception {
    OptionAliases.rename(options, ALIASES);
    resetOptions();
    StrictOptions.set(options, this, Filter.class);
    setDebug(Utils.getFlag("output-debug-info", options));
    setDoNotCheckCapabilities(Utils.getFlag("do-not-check-capabilities", options));
    // -auto beside a -variance of its own would silently ignore it (getOptions writes the default)
    if (m_Automatic && m_Variance != DEFAULT_VARIANCE) {
      throw new WekaException(NAME + ": -auto chooses k by itself and would ignore -variance " + m_Variance
          + "; give one of them.");
    }
    settings(); // a value out of its range is a wrong command line, not a data problem
  }

  /**
   * The options: the annotated properties, those of Filter, and the aliases -K of -k and -R of
   * -variance ({@link OptionAliases}).
   *
   * @return the options
   */
  @Override
  public Enumeration<Option> listOptions() {
    return OptionAliases.listing(super.listOptions(), ALIASES);
  }

  /** The defaults, so that options missing from a command line mean their default. */
  private void resetOptions() {
    m_Range = "";
    m_K = 0;
    m_Variance = DEFAULT_VARIANCE;
    m_Automatic = false;
    m_Ridge = 0;
    m_TrainSize = 0;
    m_Hard = false;
    m_Scores = false;
    m_SkipMissing = false;
    m_Path = PATH_AUTO;
    m_Prefix = "";
  }

  // ------------------------------------------------------------- capabilities

  /**
   * Numeric attributes in the range; nominal, numeric, date and string attributes and missing values
   * pass through outside it (missing values inside it need -skip-missing). Any or no class.
   *
   * @return the capabilities of this filter
   */
  @Override
  public Capabilities getCapabilities() {
    Capabilities result = super.getCapabilities();
    result.disableAll();

    result.enable(Capability.NUMERIC_ATTRIBUTES);
    result.enable(Capability.NOMINAL_ATTRIBUTES);
    result.enable(Capability.DATE_ATTRIBUTES);
    result.enable(Capability.STRING_ATTRIBUTES);
    result.enable(Capability.MISSING_VALUES);

    result.enable(Capability.NOMINAL_CLASS);
    result.enable(Capability.UNARY_CLASS); // unsupervised: any class passes through
    result.enable(Capability.NUMERIC_CLASS);
    result.enable(Capability.DATE_CLASS);
    result.enable(Capability.STRING_CLASS);
    result.enable(Capability.MISSING_CLASS_VALUES);
    result.enable(Capability.NO_CLASS);

    result.setMinimumNumberInstances(0);
    return result;
  }

  // ----------------------------------------------------------------- filtering

  /**
   * Checks the options and resolves the range against the header. The output format is known only
   * after the first batch, because k depends on the data.
   *
   * @param instanceInfo the input structure
   * @return false: the output format comes with batchFinished()
   * @throws Exception if an option or the range is invalid for this header
   */
  @Override
  public boolean setInputFormat(Instances instanceInfo) throws Exception {
    super.setInputFormat(instanceInfo);
    m_Map = null;
    m_FittedSettings = null;
    settings(); // refuse bad option values before any data arrives
    m_Selected = selectRange(instanceInfo);
    m_InRange = new boolean[instanceInfo.numAttributes()];
    for (int a : m_Selected) {
      m_InRange[a] = true;
    }
    return false;
  }

  /**
   * Buffers a first-batch instance; transforms a later-batch instance at once.
   *
   * @param instance the input instance
   * @return true if the transformed instance can be collected with output()
   * @throws Exception if the instance's range has a missing (without -skip-missing) or infinite value
   */
  @Override
  public boolean input(Instance instance) throws Exception {
    if (getInputFormat() == null) {
      throw new IllegalStateException("No input instance format defined");
    }
    if (m_NewBatch) {
      resetQueue();
      m_NewBatch = false;
      m_RowInBatch = 0;
    }
    if (m_Map == null) {
      bufferInput(instance);
      return false;
    }
    m_RowInBatch++;
    push(convert(instance, m_RowInBatch, "current"), false);
    return true;
  }

  /**
   * After the first batch: fits the map on the buffered instances and transforms them. After a
   * later batch: nothing to do (its instances were transformed on input).
   *
   * @return true if there are instances to collect
   * @throws Exception if the first batch cannot be fitted (with a message saying what to change)
   */
  @Override
  public boolean batchFinished() throws Exception {
    if (getInputFormat() == null) {
      throw new IllegalStateException("No input instance format defined");
    }
    if (m_Map == null) {
      Instances batch = getInputFormat();
      fit(batch);
      setOutputFormat(outputFormat(batch));
      for (int i = 0; i < batch.numInstances(); i++) {
        push(convert(batch.instance(i), i + 1, "first (training)"), false);
      }
    }
    return super.batchFinished();
  }

  /** Refuses a negative, NaN or infinite weight (the fit counts an instance as often as its weight). */
  private static void checkWeight(Instance instance, long rowNumber) throws WekaException {
    double w = instance.weight();
    if (!(w >= 0) || Double.isInfinite(w)) {
      throw new WekaException(NAME + ": instance " + rowNumber + " of the first (training) batch has "
        + "the weight " + w + "; instance weights must be finite and >= 0 (a weight counts the "
        + "instance that many times in the fit).");
    }
  }

  /** The rule, ridge and shrinkage of the options, refusing values outside their domains. */
  private PrincipalSettings settings() throws WekaException {
    if (m_TrainSize < 0) {
      throw new WekaException(NAME + ": the training-set size m must be positive, or 0 for the "
        + "number of instances in the first batch; got " + m_TrainSize + ".");
    }
    try {
      return PrincipalSettings.of(m_K, m_Variance, m_Automatic, m_Ridge, m_Hard);
    } catch (IllegalArgumentException e) {
      throw new WekaException(NAME + ": " + e.getMessage());
    }
  }

  /** The range's attributes (0-based, ascending), validated: numeric, not the class, non-empty. */
  private int[] selectRange(Instances header) throws WekaException {
    if (m_Range.trim().isEmpty()) {
      ArrayList<Integer> picked = new ArrayList<>();
      for (int a = 0; a < header.numAttributes(); a++) {
        Attribute att = header.attribute(a);
        if (a != header.classIndex() && att.isNumeric() && !att.isDate()) {
          picked.add(a);
        }
      }
      if (picked.isEmpty()) {
        throw new WekaException(NAME + ": the data has no numeric attribute besides the class, so the "
          + "default range is empty; give the attributes to replace with -range.");
      }
      return picked.stream().mapToInt(Integer::intValue).toArray();
    }
    try {
      return RepresentationLayout.selectAttributes(header, m_Range, "principal-kernel", true);
    } catch (IllegalArgumentException e) {
      throw new WekaException(NAME + ": " + e.getMessage());
    }
  }

  /** Streams the first batch's range through the moments and fits the feature map. */
  private void fit(Instances batch) throws WekaException {
    int d = m_Selected.length;
    PrincipalSettings settings = settings();
    // the Gram path needs every row; otherwise rows are kept only while that is the smaller summary
    JointStatistics stats = new JointStatistics(d, m_Path == PATH_GRAM ? Integer.MAX_VALUE : d);
    double[] row = new double[d];
    int skipped = 0;
    for (int i = 0; i < batch.numInstances(); i++) {
      checkWeight(batch.instance(i), i + 1);
      if (read(batch.instance(i), row, i + 1, "first (training)")) {
        stats.add(row, batch.instance(i).weight());
      } else {
        skipped++;
      }
    }
    if (stats.count() < 2) {
      throw new WekaException(NAME + ": the first batch needs at least two instances of positive "
        + "weight with values in the range to fit the principal kernel, got " + stats.count()
        + (skipped > 0 ? " (" + skipped + " left out for missing values)" : "") + ".");
    }
    SampleGeometry.Path path = m_Path == PATH_GRAM ? SampleGeometry.Path.GRAM
      : m_Path == PATH_COVARIANCE ? SampleGeometry.Path.COVARIANCE : SampleGeometry.Path.AUTO;
    try {
      stats.checkSpread();
    } catch (JointStatistics.ValueException e) {
      throw new WekaException(NAME + ": " + JointStatistics.spreadMessage(
        "attribute '" + batch.attribute(m_Selected[e.column()]).name() + "'", e.value()));
    }
    double trainSize = m_TrainSize > 0 ? m_TrainSize : stats.weight();
    PrincipalFeatureMap map;
    SampleGeometry geometry;
    try {
      geometry = SampleGeometry.of(stats, settings, path);
      int[] columns = new int[d];
      for (int j = 0; j < d; j++) {
        columns[j] = j;
      }
      PrincipalSpace space = geometry.decompose(columns, trainSize);
      map = PrincipalFeatureMap.of(geometry, space, m_Scores ? PrincipalFeatureMap.Output.SCORES
        : PrincipalFeatureMap.Output.KERNEL);
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new WekaException(NAME + ": " + e.getMessage());
    }
    m_Map = map;
    m_FittedSettings = settings;
    m_FittedPath = geometry.path();
    m_Skipped = skipped;
    m_FittedCount = stats.count();
    m_FittedNames = describeRange(batch);
    if (map.space().clamped()) {
      System.err.println(NAME + ": warning: " + clampNote());
    }
    if (getDebug()) {
      System.err.println(this);
    }
  }

  /**
   * Copies an instance's range into {@code row}.
   *
   * @return false if a value is missing and -skip-missing is set
   * @throws WekaException naming the attribute and instance of a missing or infinite value
   */
  private boolean read(Instance instance, double[] row, long rowNumber, String batch) throws WekaException {
    for (int j = 0; j < m_Selected.length; j++) {
      int a = m_Selected[j];
      if (instance.isMissing(a)) {
        if (m_SkipMissing) {
          return false;
        }
        throw new WekaException(NAME + ": attribute '" + getInputFormat().attribute(a).name()
          + "' is missing in instance " + rowNumber + " of the " + batch + " batch. Replace missing "
          + "values (e.g. with ReplaceMissingValues), or set -skip-missing to leave such instances "
          + "out of the fit and give them missing features.");
      }
      double v = instance.value(a);
      if (Double.isInfinite(v)) {
        throw new WekaException(NAME + ": attribute '" + getInputFormat().attribute(a).name()
          + "' has the value " + v + " in instance " + rowNumber + " of the " + batch + " batch; the "
          + "principal kernel needs finite values. Remove or replace that value.");
      }
      if (Math.abs(v) > JointStatistics.MAX_MAGNITUDE) {
        throw new WekaException(NAME + ": " + JointStatistics.magnitudeMessage("attribute '"
          + getInputFormat().attribute(a).name() + "' in instance " + rowNumber + " of the " + batch
          + " batch", v));
      }
      row[j] = v;
    }
    return true;
  }

  /** The output structure: the k new attributes where the range's first attribute was. */
  private Instances outputFormat(Instances input) throws WekaException {
    Set<String> kept = new HashSet<>();
    for (int a = 0; a < input.numAttributes(); a++) {
      if (!m_InRange[a]) {
        kept.add(input.attribute(a).name());
      }
    }
    String stem = (m_Prefix.isEmpty() ? commonPrefix(input) : m_Prefix) + (m_Scores ? "pc" : "pk");
    ArrayList<Attribute> atts = new ArrayList<>();
    int classIndex = -1;
    for (int a = 0; a < input.numAttributes(); a++) {
      if (a == m_Selected[0]) {
        for (int i = 1; i <= m_Map.k(); i++) {
          String name = stem + i;
          if (kept.contains(name)) {
            throw new WekaException(NAME + ": the new attribute name '" + name + "' is already used by "
              + "an attribute outside the range; choose another prefix with -prefix.");
          }
          atts.add(new Attribute(name));
        }
      } else if (!m_InRange[a]) {
        if (a == input.classIndex()) {
          classIndex = atts.size();
        }
        atts.add((Attribute) input.attribute(a).copy());
      }
    }
    // the fit summary in the relation name: the Explorer's Preprocess panel and FilteredClassifier's
    // "Filtered Header" show it to a GUI user (Weka then appends the filter's options)
    Instances result = new Instances(input.relationName() + " (" + NAME + " fit: " + fitSummary() + ")", atts, 0);
    result.setClassIndex(classIndex);
    return result;
  }

  /** k (and whether it was clamped), its rank, gamma and the leading eigenvalues of the fitted kernel, on one line. */
  public String fitSummary() {
    if (m_Map == null) {
      return "not fitted yet";
    }
    PrincipalSpace space = m_Map.space();
    // the Explorer shows the relation name, not stderr: a clamped k must be visible here
    StringBuilder s = new StringBuilder("k = ").append(space.k())
      .append(space.clamped() ? " (clamped: " + space.requestedK() + " asked)" : "").append(" of rank ").append(space.rank())
      .append(", gamma = ").append(String.format(java.util.Locale.ROOT, "%.4g", space.gamma())).append(", eigenvalues");
    double[] lambda = space.eigenvalues();
    for (int i = 0; i < Math.min(5, lambda.length); i++) {
      s.append(' ').append(String.format(java.util.Locale.ROOT, "%.4g", lambda[i]));
    }
    return s.append(lambda.length > 5 ? " ..." : "").toString();
  }

  /** The range's common name prefix, cut after its last separator ("strong_" for strong_0..). */
  private String commonPrefix(Instances input) {
    String[] names = new String[m_Selected.length];
    for (int j = 0; j < names.length; j++) {
      names[j] = input.attribute(m_Selected[j]).name();
    }
    String common = StringUtils.getCommonPrefix(names);
    int cut = common.length();
    while (cut > 0 && Character.isLetterOrDigit(common.charAt(cut - 1))) {
      cut--;
    }
    return common.substring(0, cut);
  }

  /** The output instance: the range replaced by its features (missing if the range is incomplete). */
  private Instance convert(Instance in, long rowNumber, String batch) throws WekaException {
    Instances format = getInputFormat();
    if (in.numAttributes() != format.numAttributes()) {
      throw new WekaException(NAME + ": instance " + rowNumber + " of the " + batch + " batch has "
        + in.numAttributes() + " attributes, but the filter was set up for " + format.numAttributes()
        + ".");
    }
    double[] h = new double[m_Selected.length];
    double[] z = read(in, h, rowNumber, batch) ? m_Map.apply(h) : null;
    Instances output = outputFormatPeek();
    double[] values = new double[output.numAttributes()];
    int o = 0;
    for (int a = 0; a < in.numAttributes(); a++) {
      if (a == m_Selected[0]) {
        for (int i = 0; i < m_Map.k(); i++) {
          values[o++] = z == null ? Utils.missingValue() : z[i];
        }
      } else if (!m_InRange[a]) {
        values[o++] = in.value(a);
      }
    }
    Instance result = new DenseInstance(in.weight(), values);
    // string values live in the input's dataset; move them to the output format
    copyValues(result, false, in.dataset() == null ? format : in.dataset(), output);
    return result;
  }

  // ---------------------------------------------------------------- reporting

  /**
   * The fitted map: null before the first batch is finished.
   *
   * @return the feature map learned on the first batch
   */
  public PrincipalFeatureMap featureMap() {
    return m_Map;
  }

  private String clampNote() {
    PrincipalSpace space = m_Map.space();
    return "k = " + space.requestedK() + " was asked for, but the range has rank " + space.rank()
      + " on the training data; k is clamped to " + space.k() + ".";
  }

  private String describeRange(Instances input) {
    String first = input.attribute(m_Selected[0]).name();
    String last = input.attribute(m_Selected[m_Selected.length - 1]).name();
    return m_Selected.length == 1 ? first : first + " ... " + last;
  }

  /**
   * A summary of the fitted principal kernel: range, n, path, rule, k, gamma, alpha and the leading
   * eigenvalues with their shrinkage factors.
   *
   * @return the summary, or a note that the filter is not fitted yet
   */
  @Override
  public String toString() {
    if (m_Map == null) {
      return NAME + ": not fitted yet (the map is learned on the first batch).";
    }
    PrincipalSpace space = m_Map.space();
    StringBuilder s = new StringBuilder();
    s.append(NAME).append(": ").append(m_Scores ? "principal-component scores" : "principal-kernel features")
      .append(" of ").append(m_Map.inputDimension()).append(" attributes (").append(m_FittedNames)
      .append(")\n");
    double n = m_Map.sampleSize();
    s.append("Fitted on n = ").append(n == Math.rint(n) ? Long.toString((long) n) : Double.toString(n))
      .append(n == m_FittedCount ? " instances (" : " (the total weight of " + m_FittedCount + " instances, ")
      .append(m_FittedPath.name().toLowerCase()).append(" path)");
    if (m_Skipped > 0) {
      s.append(", ").append(m_Skipped).append(" left out for missing values");
    }
    s.append("\nRule: ").append(m_FittedSettings.rule()).append(" -> k = ").append(space.k())
      .append(" of rank ").append(space.rank()).append(" (")
      .append(Utils.doubleToString(100 * space.principalVarianceFraction(), 1)).append("% of the variance)\n");
    if (space.clamped()) {
      s.append("Warning: ").append(clampNote()).append('\n');
    }
    s.append("gamma = tail / m = ").append(Utils.doubleToString(space.gamma(), 6)).append(" (m = ")
      .append(Utils.doubleToString(space.trainSize(), 0)).append("), ridge beta = ")
      .append(m_FittedSettings.ridge()).append(", alpha = ").append(Utils.doubleToString(space.alpha(), 6))
      .append(", ").append(m_FittedSettings.shrinkage().name().toLowerCase()).append(" shrinkage\n");
    double[] lambda = space.eigenvalues();
    double[] d = space.shrinkage();
    int shown = Math.min(space.k(), 20);
    s.append("\n   i    eigenvalue   shrinkage d_i\n");
    for (int i = 0; i < shown; i++) {
      s.append(String.format("%4d  %12.6g  %12.6f%n", i + 1, lambda[i], d[i]));
    }
    if (shown < space.k()) {
      s.append("  ... ").append(space.k() - shown).append(" more principal directions\n");
    }
    double tail = 0;
    for (int i = space.k(); i < lambda.length; i++) {
      tail += lambda[i];
    }
    s.append("Tail: ").append(lambda.length - space.k()).append(" eigenvalues summing to ")
      .append(Utils.doubleToString(tail, 6)).append('\n');
    return s.toString();
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  /**
   * Runs the filter from the command line: Weka's filter options (-i, -o, -c, -decimal, -b -r -s,
   * -h), with one message and a non-zero exit code on failure (see {@link weka.w2s.FilterMain}).
   *
   * @param args the options; -h for help
   */
  public static void main(String[] args) {
    weka.w2s.CommandLine.quietWekaStartup();
    FilterMain.main(new PrincipalKernel(), args);
  }

  /**
   * The command line, in process.
   *
   * @return 0 success, 1 bad data, 2 wrong command line, 3 internal error
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return FilterMain.run(new PrincipalKernel(), args, out, err);
  }

  /** The entry point of {@code weka.Run}: as {@link #main}, but returns on success. */
  @Override
  public void run(Object toRun, String[] options) {
    if (!(toRun instanceof Filter)) {
      throw new IllegalArgumentException("Object to run is not a Filter!");
    }
    FilterMain.runOrExit((Filter) toRun, options);
  }
}
