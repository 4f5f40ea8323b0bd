package weka.w2s.targets;

/** Where refinement looks for an instance's in-context batch in the strong representation. */
public enum NeighbourSpace {
  /** Principal-component scores: the principal space at its own scale, the tail dropped. */
  PRINCIPAL,
  /** Whitened principal coordinates: every principal direction scaled to its shrinkage factor. */
  WHITENED,
  /** The strong attributes as they are. */
  RAW
}
