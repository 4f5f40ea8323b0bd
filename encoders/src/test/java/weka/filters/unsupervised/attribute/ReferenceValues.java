package weka.filters.unsupervised.attribute;

/** Embedding values recorded once from the LangChain4j model jars that the pom names. */
final class ReferenceValues {

  /** The first 8 values of minilm_q("A man is playing a guitar."). */
  static final double[] MINILM_Q_GUITAR_FIRST8 = {
    0.0202178, -0.00193283, -0.02398748, -0.05633586, -0.16321643, -0.00167546, 0.09864444, -0.02601241};

  private ReferenceValues() {
  }
}
