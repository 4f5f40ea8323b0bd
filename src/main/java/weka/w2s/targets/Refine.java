package weka.w2s.targets;

import java.util.Locale;

import weka.core.OptionMetadata;
import weka.core.SelectedTag;
import weka.core.Tag;
import weka.w2s.Tags;
import weka.w2s.core.ChannelRefinement;
import weka.w2s.core.ClassBalance;
import weka.w2s.core.NearestNeighbours;

/**
 * Somerstep et al.'s refinement (W2SG-MATH.md section 6, in the robust form of
 * {@link ChannelRefinement}): each pool instance's label is inferred from the weak labels of its k
 * nearest neighbours in the strong representation, read through the weak model's noise channel, and
 * the strong model learns these refined labels.
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
  public String name() {
    return "refine";
  }

  @Override
  public String label() {
    return "refine k=" + m_k + (m_space == NeighbourSpace.PRINCIPAL.ordinal() ? ""
        : " " + NeighbourSpace.values()[m_space].name().toLowerCase(Locale.ROOT)) + ruleLabel()
        + (m_hardLabels ? " hard" : "");
  }

  @Override
  public String globalInfo() {
    return "Refinement after Somerstep et al.: the strong model does not fit the weak labels point by point;"
        + " it infers each instance's class from the weak labels of its k nearest neighbours in the strong"
        + " representation (its in-context batch), read through the weak model's noise channel (estimated by"
        + " cross-validation on the weak slice), and learns these refined labels. The batch's evidence is"
        + " averaged with Gaussian weights of the distance (the instance's own label weighs most), and the"
        + " refined labels keep the weak slice's gold class balance, so they neither become overconfident nor"
        + " collapse to the majority class. It removes weak-label errors that vary between strong-space"
        + " neighbours (noise, or a bias outside the strong model's concepts); errors that follow what the"
        + " strong model represents stay.";
  }

  @OptionMetadata(displayName = "neighbours k", description = "The size k of each instance's in-context batch,"
      + " the instance included (at least 1); the pool size caps it.", commandLineParamName = "k",
      commandLineParamSynopsis = "-k <k>", displayOrder = 1)
  public int getK() {
    return m_k;
  }

  public void setK(int value) {
    if (value < 1) {
      throw new IllegalArgumentException("The refinement batch size k must be at least 1, got " + value + ".");
    }
    m_k = value;
  }

  @OptionMetadata(displayName = "neighbour space", description = "Where neighbours are found: principal (the"
      + " strong principal scores, tail dropped), whitened (principal directions scaled to equal weight) or raw"
      + " (the strong attributes as they are).", commandLineParamName = "space",
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

  @Override
  public Targets build(WeakSupervision supervision) throws Exception {
    int k = Math.min(m_k, supervision.poolSize());
    NearestNeighbours batches = supervision.neighbours(NeighbourSpace.values()[m_space], principalSettings(), k,
        name());
    double[][] refined = new ChannelRefinement(supervision.channel(), supervision.classBalance())
        .posterior(supervision.weakLabels(), batches);
    return Targets.of(m_hardLabels ? ClassBalance.mostLikely(refined) : refined, supervision);
  }
}
