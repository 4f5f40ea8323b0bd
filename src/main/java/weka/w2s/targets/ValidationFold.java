package weka.w2s.targets;

import weka.core.Instances;

/** One fold of cross-fitted validation on the weak slice (W2SG-MATH.md section 8). */
public final class ValidationFold {

  private final WeakSupervision supervision;
  private final Instances validation;

  ValidationFold(WeakSupervision supervision, Instances validation) {
    this.supervision = supervision;
    this.validation = validation;
  }

  /** Supervision by a weak model trained on the other folds only. */
  public WeakSupervision supervision() {
    return supervision;
  }

  /** The fold's instances in the strong view, with their gold labels. */
  public Instances validation() {
    return validation;
  }
}
