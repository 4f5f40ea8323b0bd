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

package weka.w2s.data;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Range;
import weka.w2s.core.JointStatistics;

/**
 * Maps the attributes of a Weka data set onto the joint rows of the analysis core: the union of the
 * requested representation ranges (each attribute once), followed by the label columns. Validates
 * the ranges against the header and encodes the class as in W2SG-MATH.md section 1: a numeric class
 * is one column, a two-class nominal class one column of +1 (second value) / -1 (first value), a
 * nominal class with c > 2 values c one-hot columns (the moments centre them).
 */
public final class RepresentationLayout implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A selection of attributes that forms one representation. */
  public static final class Representation implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String spec;
    private final int[] attributes;
    private final int[] columns;

    Representation(String spec, int[] attributes, int[] columns) {
      this.spec = spec;
      this.attributes = attributes;
      this.columns = columns;
    }

    /** The selection as the user wrote it. */
    public String spec() {
      return spec;
    }

    /** 0-based attribute indices, ascending. */
    public int[] attributes() {
      return attributes.clone();
    }

    /** Positions in the joint row. */
    public int[] columns() {
      return columns.clone();
    }

    public int size() {
      return attributes.length;
    }
  }

  private final List<Representation> weak;
  private final List<Representation> strong;
  private final int[] jointAttributes;
  private final int[] labelColumns;
  private final int classIndex;
  private final int classValues;
  private final String[] attributeNames;

  private RepresentationLayout(List<Representation> weak, List<Representation> strong,
      int[] jointAttributes, int classIndex, int classValues, String[] attributeNames) {
    this.weak = weak;
    this.strong = strong;
    this.jointAttributes = jointAttributes;
    this.classIndex = classIndex;
    this.classValues = classValues;
    this.attributeNames = attributeNames;
    int labels = classIndex < 0 ? 0 : (classValues == 0 || classValues == 2 ? 1 : classValues);
    this.labelColumns = new int[labels];
    for (int i = 0; i < labels; i++) {
      labelColumns[i] = jointAttributes.length + i;
    }
  }

  /**
   * Resolves representation selections against a header.
   *
   * @param header      the data's structure; its class index (if set) gives the label
   * @param weakSpecs   one selection per weak representation (Weka range or "name:regex")
   * @param strongSpecs one selection per strong representation
   * @param useClass    whether the class (which must then be set) supplies label columns
   * @throws IllegalArgumentException with a message that says what to change
   */
  public static RepresentationLayout resolve(Instances header, List<String> weakSpecs,
      List<String> strongSpecs, boolean useClass) {
    if (useClass && header.classIndex() < 0) {
      throw new IllegalArgumentException("No class attribute is set; give its index (first, last or a"
          + " number) or run without labels.");
    }
    int classIndex = useClass ? header.classIndex() : -1;
    if (classIndex >= 0) {
      Attribute cls = header.classAttribute();
      if (!cls.isNumeric() && !cls.isNominal()) {
        throw new IllegalArgumentException("The class '" + cls.name() + "' is " + Attribute.typeToString(cls)
            + "; the analysis needs a numeric or nominal class.");
      }
      if (cls.isNominal() && cls.numValues() < 2) {
        throw new IllegalArgumentException("The class '" + cls.name() + "' declares " + cls.numValues()
            + " value(s); a nominal class needs at least two.");
      }
    }
    List<int[]> weakAttrs = new ArrayList<>();
    List<int[]> strongAttrs = new ArrayList<>();
    TreeSet<Integer> union = new TreeSet<>();
    for (String spec : weakSpecs) {
      int[] a = selectAttributes(header, spec, "weak", true);
      weakAttrs.add(a);
      Arrays.stream(a).forEach(union::add);
    }
    for (String spec : strongSpecs) {
      int[] a = selectAttributes(header, spec, "strong", true);
      strongAttrs.add(a);
      Arrays.stream(a).forEach(union::add);
    }
    int[] joint = union.stream().mapToInt(Integer::intValue).toArray();
    List<Representation> weak = represent(weakSpecs, weakAttrs, joint);
    List<Representation> strong = represent(strongSpecs, strongAttrs, joint);
    String[] names = new String[header.numAttributes()];
    for (int i = 0; i < names.length; i++) {
      names[i] = header.attribute(i).name();
    }
    int classValues = classIndex >= 0 && header.classAttribute().isNominal()
        ? header.classAttribute().numValues() : 0;
    return new RepresentationLayout(weak, strong, joint, classIndex, classValues, names);
  }

  private static List<Representation> represent(List<String> specs, List<int[]> attrs, int[] joint) {
    List<Representation> out = new ArrayList<>();
    for (int r = 0; r < specs.size(); r++) {
      int[] a = attrs.get(r);
      int[] cols = new int[a.length];
      for (int i = 0; i < a.length; i++) {
        cols[i] = Arrays.binarySearch(joint, a[i]);
      }
      out.add(new Representation(specs.get(r), a, cols));
    }
    return out;
  }

  /** The selection that means every attribute but the class, in every face (tab, command line, classifier). */
  public static final String ALL_ATTRIBUTES = "first-last";

  /**
   * What to do with text, said once for every face that refuses a string attribute in a
   * representation (the Explorer tab, the command-line tools, the classifier).
   */
  public static final String EMBED_TEXT = "Embed the text first with the SentenceEmbedding filter of the"
      + " optional weakToStrongEncoders package (Explorer: Preprocess > Filter > unsupervised > attribute >"
      + " SentenceEmbedding; command line: weka.filters.unsupervised.attribute.SentenceEmbedding; README"
      + " section \"Pretrained encoders\") and select the numeric attributes it adds, such as name:bge_.*.";

  /** The first string attribute of the data, or null: text that must be embedded before any analysis. */
  public static Attribute firstString(Instances header) {
    for (int i = 0; i < header.numAttributes(); i++) {
      if (header.attribute(i).isString()) {
        return header.attribute(i);
      }
    }
    return null;
  }

  /**
   * What to do with the data's text, naming its first string attribute; empty when it has none.
   */
  public static String textAdvice(Instances header) {
    Attribute text = firstString(header);
    return text == null ? "" : "The data hold text in the string attribute '" + text.name() + "' (index "
        + (text.index() + 1) + "); representations must be numeric. " + EMBED_TEXT;
  }

  /** Every attribute but the class, 0-based, ascending. */
  public static int[] allButClass(Instances header) {
    int[] all = new int[header.numAttributes() - (header.classIndex() >= 0 ? 1 : 0)];
    for (int i = 0, j = 0; i < header.numAttributes(); i++) {
      if (i != header.classIndex()) {
        all[j++] = i;
      }
    }
    if (all.length == 0) {
      throw new IllegalArgumentException("The data has no attribute besides the class.");
    }
    return all;
  }

  /**
   * The attributes a selection names: a Weka range ("1-384", "first-10") or "name:REGEX" for every
   * attribute whose name matches the regular expression; "first-last" is every attribute but the class.
   * The class (header.classIndex()) must not be among them otherwise.
   *
   * @param role           "weak", "strong", ..., for messages
   * @param requireNumeric whether every selected attribute must be numeric
   * @return 0-based indices, ascending
   */
  public static int[] selectAttributes(Instances header, String spec, String role, boolean requireNumeric) {
    if (spec == null || spec.trim().isEmpty()) {
      throw new IllegalArgumentException("The " + role + " range is empty; give attribute indices such"
          + " as 1-384 or name:REGEX.");
    }
    String trimmed = spec.trim();
    List<Integer> picked = new ArrayList<>();
    if (trimmed.equalsIgnoreCase(ALL_ATTRIBUTES)) {
      for (int i : allButClass(header)) {
        picked.add(i);
      }
    } else if (trimmed.startsWith("name:")) {
      Pattern pattern;
      try {
        pattern = Pattern.compile(trimmed.substring("name:".length()));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException("The " + role + " selection '" + spec
            + "' is not a valid regular expression: " + e.getDescription() + ".");
      }
      for (int i = 0; i < header.numAttributes(); i++) {
        if (pattern.matcher(header.attribute(i).name()).matches()) {
          picked.add(i);
        }
      }
    } else {
      Range range = new Range();
      try {
        range.setRanges(trimmed);
        range.setUpper(header.numAttributes() - 1);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("The " + role + " range '" + spec + "' is not valid for data"
            + " with " + header.numAttributes() + " attributes: use 1-based indices up to "
            + header.numAttributes() + ", 'first', 'last', or name:REGEX.");
      }
      for (int i : range.getSelection()) {
        picked.add(i);
      }
    }
    if (picked.isEmpty()) {
      throw new IllegalArgumentException("The " + role + " selection '" + spec + "' selects no attribute; check the range, or the"
          + " regular expression (it must match whole attribute names).");
    }
    for (int i : picked) {
      Attribute att = header.attribute(i);
      if (i == header.classIndex()) {
        throw new IllegalArgumentException("The " + role + " selection '" + spec
            + "' contains the class attribute '" + att.name() + "' (index " + (i + 1)
            + "); leave the class out of the representations.");
      }
      // Weka counts a date as numeric (milliseconds since 1970): in a representation that is a huge,
      // nearly constant column that swamps the others, so it is refused like any non-numeric type, also
      // where a learner could take nominal attributes (WeakToStrong, W2SGExperiment)
      if (att.isDate() || (requireNumeric && att.type() != Attribute.NUMERIC)) {
        throw new IllegalArgumentException("The " + role + " selection '" + spec + "' contains the "
            + Attribute.typeToString(att) + " attribute '" + att.name() + "' (index " + (i + 1)
            + "); representations must be numeric. " + (att.isString() ? EMBED_TEXT : "Leave it out of the range"
            + (att.isDate() ? ", or turn it into a number on a useful scale first." : ".")));
      }
    }
    return picked.stream().mapToInt(Integer::intValue).toArray();
  }

  public List<Representation> weak() {
    return weak;
  }

  public List<Representation> strong() {
    return strong;
  }

  /** Columns of the joint row: every selected attribute once, then the labels. */
  public int dimension() {
    return jointAttributes.length + labelColumns.length;
  }

  /** Positions of the label columns in the joint row (empty without a class). */
  public int[] labelColumns() {
    return labelColumns.clone();
  }

  public boolean hasLabels() {
    return labelColumns.length > 0;
  }

  /**
   * Fills the joint row of an instance.
   *
   * @param rowNumber 1-based, for messages
   * @return false if the instance has a missing value and {@code skipMissing} is set
   * @throws IllegalArgumentException naming the attribute and row of a missing or non-finite value
   */
  public boolean fill(Instance instance, double[] row, long rowNumber, boolean skipMissing) {
    for (int j = 0; j < jointAttributes.length; j++) {
      int att = jointAttributes[j];
      if (instance.isMissing(att)) {
        if (skipMissing) {
          return false;
        }
        throw missing(att, rowNumber);
      }
      double v = instance.value(att);
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("Attribute '" + attributeNames[att] + "' has the value " + v
            + " in row " + rowNumber + "; the analysis needs finite numbers. Clean or remove that row.");
      }
      if (Math.abs(v) > JointStatistics.MAX_MAGNITUDE) {
        throw new IllegalArgumentException(JointStatistics.magnitudeMessage(
            "Attribute '" + attributeNames[att] + "' in row " + rowNumber, v));
      }
      row[j] = v;
    }
    if (classIndex >= 0) {
      if (instance.isMissing(classIndex)) {
        if (skipMissing) {
          return false;
        }
        throw missing(classIndex, rowNumber);
      }
      double y = instance.value(classIndex);
      int base = jointAttributes.length;
      if (classValues == 0) {
        if (!Double.isFinite(y)) {
          throw new IllegalArgumentException("The class has the value " + y + " in row " + rowNumber
              + "; the analysis needs finite numbers.");
        }
        if (Math.abs(y) > JointStatistics.MAX_MAGNITUDE) {
          throw new IllegalArgumentException(JointStatistics.magnitudeMessage("The class in row " + rowNumber, y));
        }
        row[base] = y;
      } else if (classValues == 2) {
        row[base] = y == 1 ? 1.0 : -1.0;
      } else {
        for (int c = 0; c < classValues; c++) {
          row[base + c] = c == (int) y ? 1.0 : 0.0;
        }
      }
    }
    return true;
  }

  /**
   * The statistics' check that no column varies too little for double precision, with the
   * attribute's name in the message.
   *
   * @throws IllegalArgumentException naming the attribute
   */
  public void checkSpread(JointStatistics stats) {
    try {
      stats.checkSpread();
    } catch (JointStatistics.ValueException e) {
      int column = e.column();
      String name = column < jointAttributes.length ? "Attribute '" + attributeNames[jointAttributes[column]] + "'"
          : "The class";
      throw new IllegalArgumentException(JointStatistics.spreadMessage(name, e.value()));
    }
  }

  /** The strong representation's values, in the order of its columns. */
  public double[] extract(double[] jointRow, Representation representation) {
    int[] cols = representation.columns;
    double[] out = new double[cols.length];
    for (int i = 0; i < cols.length; i++) {
      out[i] = jointRow[cols[i]];
    }
    return out;
  }

  private IllegalArgumentException missing(int att, long rowNumber) {
    return new IllegalArgumentException("Attribute '" + attributeNames[att] + "' is missing in row "
        + rowNumber + ". Replace missing values (e.g. with ReplaceMissingValues) or skip such rows.");
  }

  /**
   * The message for a missing value: the first selected attribute (weak ranges, strong ranges, the
   * class) that is missing in the instance.
   *
   * @param missingValues what the reader takes for missing, for the message
   */
  public String missingMessage(Instance instance, int classIndex, long rowNumber, String missingValues) {
    List<Integer> used = new ArrayList<>();
    for (Representation r : weak()) {
      for (int a : r.attributes()) {
        used.add(a);
      }
    }
    for (Representation r : strong()) {
      for (int a : r.attributes()) {
        used.add(a);
      }
    }
    if (classIndex >= 0) {
      used.add(classIndex);
    }
    String name = "?";
    for (int a : used) {
      if (instance.isMissing(a)) {
        name = instance.dataset() != null ? instance.attribute(a).name() : Integer.toString(a + 1);
        break;
      }
    }
    return "Attribute '" + name + "' is missing in row " + rowNumber + " (" + missingValues + ")."
        + " Replace missing values (e.g. with weka.filters.unsupervised.attribute.ReplaceMissingValues)"
        + " or add -skip-missing to leave such instances out.";
  }

  /** The joint-row columns of each weak representation, in order. */
  public List<int[]> weakColumns() {
    return columnsOf(weak());
  }

  /** The joint-row columns of each strong representation, in order. */
  public List<int[]> strongColumns() {
    return columnsOf(strong());
  }

  private static List<int[]> columnsOf(List<Representation> reps) {
    List<int[]> columns = new ArrayList<>();
    for (Representation rep : reps) {
      columns.add(rep.columns());
    }
    return columns;
  }

  /**
   * This layout with the representations named by other selections, one per representation (Spark
   * resolves the user's column selections into attribute ranges; the report shows what the user wrote).
   */
  public RepresentationLayout withSpecs(List<String> weakSpecs, List<String> strongSpecs) {
    return new RepresentationLayout(respecified(weak, weakSpecs), respecified(strong, strongSpecs), jointAttributes,
        classIndex, classValues, attributeNames);
  }

  private static List<Representation> respecified(List<Representation> reps, List<String> specs) {
    if (specs.size() != reps.size()) {
      throw new IllegalArgumentException("One selection per representation: " + reps.size() + " representations, "
          + specs.size() + " selections.");
    }
    List<Representation> out = new ArrayList<>();
    for (int i = 0; i < reps.size(); i++) {
      out.add(new Representation(specs.get(i), reps.get(i).attributes(), reps.get(i).columns()));
    }
    return out;
  }
}
