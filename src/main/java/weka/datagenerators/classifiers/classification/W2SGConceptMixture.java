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


import weka.core.Instance;
import weka.core.Instances;
import weka.core.OptionMetadata;
import weka.core.SelectedTag;
import weka.core.Tag;
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
  protected void resetOptions() {
    m_Dimension = 64;
    m_Concepts = 4;
    m_Tail = 0.3;
    m_Supervision = Supervision.NOISE.ordinal();
    m_WeakError = 0.2;
  }

  @Override
  protected void validateOptions() {
    strength(model());
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

  @OptionMetadata(displayName = "dimension", description = "The number d of strong attributes, above the number of concepts. Default 64.",
    commandLineParamName = "dimension", commandLineParamSynopsis = "-dimension <d>", displayOrder = 1)
  public int getDimension() {
    return m_Dimension;
  }

  public void setDimension(int value) {
    m_Dimension = value;
  }

  @OptionMetadata(displayName = "concepts", description = "The number m of concepts the strong representation knows, at least 2 and below d; the first is the target. Default 4.",
    commandLineParamName = "concepts", commandLineParamSynopsis = "-concepts <m>", displayOrder = 2)
  public int getConcepts() {
    return m_Concepts;
  }

  public void setConcepts(int value) {
    m_Concepts = value;
  }

  public String conceptsTipText() {
    return "The number m of concepts the strong representation knows, at least 2; the first is the target.";
  }

  @OptionMetadata(displayName = "tail", description = "The standard deviation of the isotropic noise tail of the strong attributes. Default 0.3.",
    commandLineParamName = "tail", commandLineParamSynopsis = "-tail <sd>", displayOrder = 3)
  public double getTail() {
    return m_Tail;
  }

  public void setTail(double value) {
    m_Tail = value;
  }

  @OptionMetadata(displayName = "supervision", description = "How the weak supervisor departs from the target: fresh noise, or a bias orthogonal to the concepts or along another concept. Default noise.",
    commandLineParamName = "supervision", commandLineParamSynopsis = "-supervision <noise|orthogonal-bias|concept-bias>", displayOrder = 4)
  public SelectedTag getSupervision() {
    return new SelectedTag(m_Supervision, TAGS_SUPERVISION);
  }

  public void setSupervision(SelectedTag value) {
    m_Supervision = Tags.idOf(value, TAGS_SUPERVISION);
  }

  @OptionMetadata(displayName = "weak label error", description = "The population error of the weak labels, between 0 and one half; the supervisor's strength follows. Default 0.2.",
    commandLineParamName = "weak-error", commandLineParamSynopsis = "-weak-error <e>", displayOrder = 5)
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
