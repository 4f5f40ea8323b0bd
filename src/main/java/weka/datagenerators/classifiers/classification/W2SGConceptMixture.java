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

package weka.datagenerators.classifiers.classification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Vector;

import weka.core.Instance;
import weka.core.Instances;
import weka.core.Option;
import weka.core.SelectedTag;
import weka.core.Tag;
import weka.core.Utils;
import weka.w2s.options.Tags;
import weka.w2s.sim.ConceptMixtureModel;
import weka.w2s.sim.ConceptMixtureModel.Supervision;

/**
 * Somerstep et al.'s model of a pretrained strong representation that knows a few concepts over an
 * isotropic tail, with a one-column weak supervisor of a chosen kind and error
 * ({@link ConceptMixtureModel}).
 */
public class W2SGConceptMixture extends W2SGGenerator {

  private static final long serialVersionUID = -6001638594617092711L;

  /** The kinds of weak supervisor, as Weka tags (the readable string is the command-line value). */
  public static final Tag[] TAGS_SUPERVISION = {
    new Tag(Supervision.NOISE.ordinal(), "noise", "noise"),
    new Tag(Supervision.ORTHOGONAL_BIAS.ordinal(), "orthogonal-bias", "orthogonal-bias"),
    new Tag(Supervision.CONCEPT_BIAS.ordinal(), "concept-bias", "concept-bias") };

  protected int m_Dimension = 64;
  protected int m_Concepts = 4;
  protected double m_Tail = 0.3;
  protected int m_Supervision = Supervision.NOISE.ordinal();
  protected double m_WeakError = 0.2;

  private transient Instances m_Sample;
  private transient int m_Next;

  public String globalInfo() {
    return "Generates a strong representation made of a few concepts over an isotropic noise tail, with an "
      + "imperfect one-column weak supervisor (Somerstep and others, ICLR 2025). The strong attributes "
      + "strong_0, strong_1, ... are h = sum_j z_j beta_j + tail e for m orthonormal concepts beta_j "
      + "and z, e standard Gaussian; the class is the sign of the target concept beta_1'h. The weak "
      + "attribute is the weak supervisor's score, whose sign is its label: the target plus fresh "
      + "noise (noise), plus a bias along a direction orthogonal to every concept (orthogonal-bias), "
      + "or plus a bias along another concept (concept-bias), scaled so that the weak labels' "
      + "population error is 'weak label error'. The population covariance of the strong attributes "
      + "has m eigenvalues 1 + tail^2 and d - m eigenvalues tail^2. The seed fixes the concepts (seed) "
      + "and the rows (seed + 1).";
  }

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> result = enumToVector(super.listOptions());
    result.add(new Option("\tThe number d of strong attributes (default 64).", "dimension", 1, "-dimension <d>"));
    result.add(new Option("\tThe number m of concepts, at least 2 and below d (default 4).", "concepts", 1,
      "-concepts <m>"));
    result.add(new Option("\tThe standard deviation of the isotropic tail (default 0.3).", "tail", 1,
      "-tail <sd>"));
    result.add(new Option("\tThe weak supervisor: noise, orthogonal-bias or concept-bias (default noise).",
      "supervision", 1, "-supervision <kind>"));
    result.add(new Option("\tThe population error of the weak labels, in (0, 0.5) (default 0.2).",
      "weak-error", 1, "-weak-error <e>"));
    return result.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    super.setOptions(options);
    setDimension(wholeOption(options, "dimension", 64));
    setConcepts(wholeOption(options, "concepts", 4));
    setTail(numberOption(options, "tail", 0.3));
    String v = Utils.getOption("supervision", options);
    int kind = Supervision.NOISE.ordinal();
    if (!v.isEmpty()) {
      kind = -1;
      for (Tag t : TAGS_SUPERVISION) {
        if (t.getReadable().equals(v.trim())) {
          kind = t.getID();
        }
      }
      if (kind < 0) {
        throw new IllegalArgumentException("-supervision expects noise, orthogonal-bias or concept-bias, got '"
          + v + "'.");
      }
    }
    m_Supervision = kind;
    setWeakError(numberOption(options, "weak-error", 0.2));
    Utils.checkForRemainingOptions(options);
    strength(model()); // refuse wrong values here, not when generating
  }

  @Override
  public String[] getOptions() {
    List<String> result = new ArrayList<>(Arrays.asList(super.getOptions()));
    result.addAll(Arrays.asList("-dimension", "" + m_Dimension, "-concepts", "" + m_Concepts, "-tail", "" + m_Tail,
      "-supervision", TAGS_SUPERVISION[m_Supervision].getReadable(), "-weak-error", "" + m_WeakError));
    return result.toArray(new String[0]);
  }

  /** The model of the current settings (the seed fixes its concepts), checking every value. */
  public ConceptMixtureModel model() {
    return new ConceptMixtureModel(m_Dimension, m_Concepts, m_Tail, getSeed());
  }

  /** The supervisor's strength that gives the chosen weak-label error. */
  public double strength(ConceptMixtureModel model) {
    return model.strengthForError(supervision(), m_WeakError);
  }

  public Supervision supervision() {
    return Supervision.values()[m_Supervision];
  }

  @Override
  public Instances defineDataFormat() throws Exception {
    ConceptMixtureModel model = model();
    setNumExamplesAct(checkedNumExamples());
    // the model draws whole samples; single examples are served from one drawn in advance
    m_Sample = model.sample(getNumExamplesAct(), supervision(), strength(model), getSeed() + 1L);
    m_Sample.setRelationName(getRelationNameToUse());
    m_Next = 0;
    setDatasetFormat(new Instances(m_Sample, 0));
    return getDatasetFormat();
  }

  /** Serves the sample defineDataFormat drew, one example at a time. */
  @Override
  public Instance generateExample() throws Exception {
    if (m_Sample == null || m_Next >= m_Sample.numInstances()) {
      throw new IllegalStateException("Call defineDataFormat() first; it draws the number of examples asked for.");
    }
    return m_Sample.instance(m_Next++);
  }

  @Override
  public Instances generateExamples() throws Exception {
    if (m_Sample == null) {
      defineDataFormat();
    }
    return new Instances(m_Sample);
  }

  public int getDimension() {
    return m_Dimension;
  }

  public void setDimension(int value) {
    m_Dimension = value;
  }

  public String dimensionTipText() {
    return "The number d of strong attributes, above the number of concepts.";
  }

  public int getConcepts() {
    return m_Concepts;
  }

  public void setConcepts(int value) {
    m_Concepts = value;
  }

  public String conceptsTipText() {
    return "The number m of concepts the strong representation knows, at least 2; the first is the target.";
  }

  public double getTail() {
    return m_Tail;
  }

  public void setTail(double value) {
    m_Tail = value;
  }

  public String tailTipText() {
    return "The standard deviation of the isotropic noise tail of the strong attributes.";
  }

  public SelectedTag getSupervision() {
    return new SelectedTag(m_Supervision, TAGS_SUPERVISION);
  }

  public void setSupervision(SelectedTag value) {
    m_Supervision = Tags.idOf(value, TAGS_SUPERVISION);
  }

  public String supervisionTipText() {
    return "How the weak supervisor departs from the target: fresh noise, or a bias orthogonal to the concepts "
      + "or along another concept.";
  }

  public double getWeakError() {
    return m_WeakError;
  }

  public void setWeakError(double value) {
    m_WeakError = value;
  }

  public String weakErrorTipText() {
    return "The population error of the weak labels, between 0 and one half; the supervisor's strength follows.";
  }

  /**
   * Generates data from the command line: Weka's generator options (-o file, -n instances, -S seed,
   * -r relation, -h) and those of {@link #listOptions()}.
   */
  public static void main(String[] args) {
    weka.w2s.CommandLine.quietWekaStartup();
    weka.w2s.GeneratorMain.main(new W2SGConceptMixture(), args);
  }
}
