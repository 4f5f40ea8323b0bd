package weka.w2s.core;

import java.io.Serializable;

/**
 * How one representation's principal kernel is built: the rule for k, the ridge beta, the shrinkage,
 * and the relative tolerance below which an eigenvalue counts as zero. Immutable.
 */
public final class PrincipalSettings implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Eigenvalues below this fraction of the largest are rounding noise of a rank-deficient matrix. */
  public static final double DEFAULT_RANK_TOLERANCE = 1e-10;

  private final PrincipalRule rule;
  private final double ridge;
  private final Shrinkage shrinkage;
  private final double rankTolerance;

  public PrincipalSettings(PrincipalRule rule, double ridge, Shrinkage shrinkage, double rankTolerance) {
    if (rule == null || shrinkage == null) {
      throw new IllegalArgumentException("rule and shrinkage must be given.");
    }
    if (!(ridge >= 0) || Double.isInfinite(ridge)) {
      throw new IllegalArgumentException("The ridge beta must be a finite number >= 0, got " + ridge + ".");
    }
    if (!(rankTolerance > 0 && rankTolerance < 1)) {
      throw new IllegalArgumentException("The rank tolerance must lie in (0, 1), got " + rankTolerance + ".");
    }
    this.rule = rule;
    this.ridge = ridge;
    this.shrinkage = shrinkage;
    this.rankTolerance = rankTolerance;
  }

  /** The defaults of W2SG-MATH.md: rho = 0.9, beta = 0, soft shrinkage. */
  public static PrincipalSettings defaults() {
    return new PrincipalSettings(PrincipalRule.variance(0.9), 0.0, Shrinkage.SOFT, DEFAULT_RANK_TOLERANCE);
  }

  public PrincipalRule rule() {
    return rule;
  }

  public double ridge() {
    return ridge;
  }

  public Shrinkage shrinkage() {
    return shrinkage;
  }

  public double rankTolerance() {
    return rankTolerance;
  }

  public PrincipalSettings withRule(PrincipalRule newRule) {
    return new PrincipalSettings(newRule, ridge, shrinkage, rankTolerance);
  }

  public PrincipalSettings withRidge(double newRidge) {
    return new PrincipalSettings(rule, newRidge, shrinkage, rankTolerance);
  }

  public PrincipalSettings withShrinkage(Shrinkage newShrinkage) {
    return new PrincipalSettings(rule, ridge, newShrinkage, rankTolerance);
  }

  @Override
  public String toString() {
    return rule + ", ridge " + ridge + ", " + shrinkage.name().toLowerCase() + " shrinkage";
  }
}
