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
  /** Default variance fraction rho of W2SG-MATH.md section 2. */
  public static final double DEFAULT_VARIANCE = 0.9;
  /** Beyond this ridge the shrinkage factors' squares underflow and the ratios become 0/0. */
  public static final double MAX_RIDGE = 1e100;

  private final PrincipalRule rule;
  private final double ridge;
  private final Shrinkage shrinkage;
  private final double rankTolerance;

  public PrincipalSettings(PrincipalRule rule, double ridge, Shrinkage shrinkage, double rankTolerance) {
    if (rule == null || shrinkage == null) {
      throw new IllegalArgumentException("rule and shrinkage must be given.");
    }
    if (!(ridge >= 0 && ridge <= MAX_RIDGE)) {
      throw new IllegalArgumentException("The ridge beta must be a number from 0 to 1e100, got " + ridge
          + "; a larger beta shrinks every direction to 0 and the scores lose all precision.");
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
    return new PrincipalSettings(PrincipalRule.variance(DEFAULT_VARIANCE), 0.0, Shrinkage.SOFT,
        DEFAULT_RANK_TOLERANCE);
  }

  /**
   * The settings of the options every component shows: the one place where their values are checked.
   *
   * @param k         a fixed principal dimension, or 0 to choose k by rho or automatically
   * @param rho       the variance fraction, 0 &lt; rho &lt;= 1 (checked even when k is fixed or automatic)
   * @param automatic whether k is chosen by the automatic threshold
   * @param ridge     the ridge beta, 0 to {@link #MAX_RIDGE}
   * @param hard      hard shrinkage (factors 1) instead of soft
   * @throws IllegalArgumentException with one message per wrong value
   */
  public static PrincipalSettings of(int k, double rho, boolean automatic, double ridge, boolean hard) {
    if (k < 0) {
      throw new IllegalArgumentException("The principal dimension k must be at least 1, or 0 to choose it"
          + " by rho or automatically; got " + k + ".");
    }
    if (k > 0 && automatic) {
      throw new IllegalArgumentException("A fixed principal dimension k = " + k + " and the automatic k"
          + " exclude each other; set only one of them (k = 0 chooses k automatically).");
    }
    PrincipalRule variance = PrincipalRule.variance(rho);
    PrincipalRule rule = k > 0 ? PrincipalRule.fixed(k) : automatic ? PrincipalRule.automatic() : variance;
    return new PrincipalSettings(rule, ridge, hard ? Shrinkage.HARD : Shrinkage.SOFT, DEFAULT_RANK_TOLERANCE);
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
