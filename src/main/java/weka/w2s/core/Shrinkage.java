package weka.w2s.core;

/** How a principal eigenvalue is turned into the factor of P (W2SG-MATH.md section 2). */
public enum Shrinkage {
  /** lambda / (lambda + alpha): the ridge head's own shrinkage, the default. */
  SOFT,
  /** 1: P is the orthogonal projection onto the principal span. */
  HARD;

  double factor(double lambda, double alpha) {
    return this == HARD ? 1.0 : lambda / (lambda + alpha);
  }
}
