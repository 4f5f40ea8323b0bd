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

package weka.w2s.kf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import weka.core.OptionMetadata;
import weka.core.Range;
import weka.core.SelectedTag;
import weka.core.Tag;
import weka.core.WekaException;
import weka.gui.ProgrammaticProperty;
import weka.knowledgeflow.Data;
import weka.knowledgeflow.StepManager;
import weka.knowledgeflow.steps.BaseStep;
import weka.knowledgeflow.steps.NotPersistable;
import weka.w2s.core.PrincipalRule;
import weka.w2s.core.PrincipalSettings;
import weka.w2s.options.Tags;

/**
 * What the package's two steps share: one incoming data set (dataSet, trainingSet or testSet), a
 * report out as text, a data set and images, and the rule for the principal dimension k that both
 * steps' scores use.
 *
 * <p>Settings are typed properties edited in the GenericObjectEditor. Weka's flow files (JSON) store
 * only numbers, booleans, strings, enums, files and option handlers; a {@code Range[]} or a
 * {@code SelectedTag} would be written as its {@code toString()} and could not be read back. Such a
 * property is therefore {@link NotPersistable}, and a companion string property with the suffix
 * {@code Text}, hidden from the editor ({@link ProgrammaticProperty}), is what the flow file holds: a
 * list one selection a line, a tag by its short name.
 */
public abstract class DataSetReportStep extends BaseStep {

  private static final long serialVersionUID = 1L;

  /** The rules for k, by their short names in a flow file; IDs are the rules' kinds' ordinals. */
  public static final Tag[] K_RULES = Tags.principalRules();

  /** The k of the fixed rule until the user sets one. */
  public static final int DEFAULT_K = 10;

  private PrincipalRule.Kind kRule = PrincipalRule.Kind.VARIANCE;
  private int k = DEFAULT_K;
  private double varianceFraction = PrincipalSettings.DEFAULT_VARIANCE;

  @Override
  public List<String> getIncomingConnectionTypes() {
    if (getStepManager().numIncomingConnections() > 0) {
      return new ArrayList<>();
    }
    return Arrays.asList(StepManager.CON_DATASET, StepManager.CON_TRAININGSET, StepManager.CON_TESTSET);
  }

  @Override
  public List<String> getOutgoingConnectionTypes() {
    if (getStepManager().numIncomingConnections() == 0) {
      return new ArrayList<>();
    }
    return Arrays.asList(StepManager.CON_TEXT, StepManager.CON_DATASET, StepManager.CON_IMAGE);
  }

  // ---------------------------------------------------------------- the rule for k

  @NotPersistable
  @OptionMetadata(displayName = "k rule",
      description = "How the principal dimension k is chosen. variance: the smallest k whose"
          + " eigenvalues reach the variance fraction; fixed: the number k (clamped to each representation's"
          + " rank); auto: Gavish and Donoho's threshold.",
      displayOrder = 20)
  public SelectedTag getPrincipalRule() {
    return new SelectedTag(kRule.ordinal(), K_RULES);
  }

  public void setPrincipalRule(SelectedTag rule) {
    kRule = kindOf(rule.getSelectedTag().getIDStr());
  }

  /** The k rule in a flow file: variance, fixed or automatic. */
  @ProgrammaticProperty
  public String getPrincipalRuleText() {
    return kRule.id();
  }

  public void setPrincipalRuleText(String name) {
    kRule = kindOf(name);
  }

  @OptionMetadata(displayName = "k",
      description = "The principal dimension of the k rule fixed k, at least 1. Clamped to each"
          + " representation's rank.",
      displayOrder = 21)
  public int getK() {
    return k;
  }

  public void setK(int k) {
    this.k = k;
  }

  @OptionMetadata(displayName = "variance fraction",
      description = "The variance fraction rho of the k rule variance fraction, in (0, 1]. The default is 0.9.",
      displayOrder = 22)
  public double getVarianceFraction() {
    return varianceFraction;
  }

  public void setVarianceFraction(double fraction) {
    varianceFraction = fraction;
  }

  private static PrincipalRule.Kind kindOf(String name) {
    return PrincipalRule.Kind.values()[tagId(K_RULES, name, "k rule")];
  }

  /** The rule of the k rule property and the number it uses; a wrong number names its property. */
  protected PrincipalRule buildRule() throws WekaException {
    String property = kRule == PrincipalRule.Kind.FIXED ? "k" : "variance fraction";
    return checked(property, () -> PrincipalRule.of(kRule, k, varianceFraction));
  }

  /** Sets the k rule properties from a rule (a flow saved with an options string). */
  protected void setRule(PrincipalRule rule) {
    kRule = rule.kind();
    if (kRule == PrincipalRule.Kind.FIXED) {
      k = rule.requestedK();
    } else if (kRule == PrincipalRule.Kind.VARIANCE) {
      varianceFraction = rule.varianceFraction();
    }
  }

  // ---------------------------------------------------------------- helpers

  /**
   * The value a setter or builder computes; its IllegalArgumentException becomes one WekaException
   * naming the property, without a cause (the message is for the user, not a bug report).
   */
  protected <T> T checked(String property, Supplier<T> value) throws WekaException {
    try {
      return value.get();
    } catch (IllegalArgumentException e) {
      throw problem(property, e.getMessage());
    }
  }

  /** A problem with a property's value, as the one line the flow's log shows. */
  protected WekaException problem(String property, String message) {
    return new WekaException(getName() + ", property '" + property + "': " + message);
  }

  /**
   * Runs the step's work; a WekaException of the step's own making (no cause) is logged as one error
   * line and stops the flow, anything else goes to Weka's handler with its stack trace.
   *
   * @return whether the work succeeded
   */
  protected boolean reportProblems(Work work) throws WekaException {
    try {
      work.run();
      return true;
    } catch (WekaException e) {
      if (e.getCause() != null) {
        throw e;
      }
      getStepManager().interrupted();
      getStepManager().logError(e.getMessage(), null);
      return false;
    }
  }

  /** A step's work on one incoming data set. */
  protected interface Work {
    void run() throws WekaException;
  }

  /** The selections of a list property, each a Weka range or name:REGEX, empty ones left out. */
  protected static List<String> selections(Range[] ranges) {
    List<String> out = new ArrayList<>();
    for (Range r : ranges) {
      String s = r == null ? "" : r.getRanges().trim();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * A copy of a list property whose elements print as their selection: Weka's array editor lists an
   * element by its toString(), which for a plain Range is a three-line debugging text. (An element the
   * user adds shows that text until the dialog is opened again.)
   */
  protected static Range[] listed(Range[] ranges) {
    Range[] out = new Range[ranges.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = new ListedRange(ranges[i] == null ? "" : ranges[i].getRanges());
    }
    return out;
  }

  /** A Range that prints as its selection (1-24, name:weakA_.*). */
  static final class ListedRange extends Range {
    private static final long serialVersionUID = 1L;

    ListedRange(String selection) {
      super(selection);
    }

    @Override
    public String toString() {
      return getRanges();
    }
  }

  /** The weak representations (the experiment's candidates), each a Weka range or name:REGEX. */
  protected Range[] weak = new Range[0];

  /** The weak representations in a flow file, one a line (the list itself is not persistable). */
  @ProgrammaticProperty
  public String getWeakText() {
    return linesOf(weak);
  }

  public void setWeakText(String lines) {
    weak = rangesOf(lines);
  }

  /** A list property in a flow file: one selection a line. */
  protected static String linesOf(Range[] ranges) {
    return String.join("\n", selections(ranges));
  }

  /** A list property from its flow-file form or from a list of selections. */
  protected static Range[] rangesOf(List<String> selections) {
    List<Range> out = new ArrayList<>();
    for (String s : selections) {
      if (!s.trim().isEmpty()) {
        out.add(new ListedRange(s.trim()));
      }
    }
    return out.toArray(new Range[0]);
  }

  protected static Range[] rangesOf(String lines) {
    return rangesOf(Arrays.asList(lines.split("\\R")));
  }

  protected static String tagName(Tag[] tags, int id) {
    for (Tag t : tags) {
      if (t.getID() == id) {
        return t.getIDStr();
      }
    }
    return tags[0].getIDStr();
  }

  /** @throws IllegalArgumentException naming the legal names */
  protected static int tagId(Tag[] tags, String name, String property) {
    List<String> names = new ArrayList<>();
    for (Tag t : tags) {
      if (t.getIDStr().equalsIgnoreCase(name.trim())) {
        return t.getID();
      }
      names.add(t.getIDStr());
    }
    throw new IllegalArgumentException("The " + property + " must be one of " + String.join(", ", names)
        + ", got '" + name + "'.");
  }

  /** The equivalent command line of a tool on the data, for the log. */
  protected static String commandLine(String tool, String dataName, List<String> options) {
    StringBuilder b = new StringBuilder("java weka.Run ").append(tool).append(" -i ")
        .append(quote("<file of " + dataName + ">"));
    for (String option : options) {
      b.append(' ').append(option.startsWith("-") ? option : quote(option));
    }
    return b.toString();
  }

  private static String quote(String s) {
    return s.matches("[A-Za-z0-9_./:,+=-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
  }

  /** An output with a title (TextViewer's and ImageViewer's list entry). */
  protected static Data titled(String connection, Object payload, String title) {
    Data data = new Data(connection, payload);
    data.setPayloadElement(StepManager.CON_AUX_DATA_TEXT_TITLE, title);
    return data;
  }
}
