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

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The W2SG quantities of one (weak, strong) pair on the sample D^ (W2SG-MATH.md section 3). The
 * label-aware values are NaN when the analysis had no labels.
 */
public final class PairAnalysis implements Serializable {

  private static final long serialVersionUID = 1L;

  private final PrincipalSpace weak;
  private final PrincipalSpace strong;
  private final double n;
  private final double score;
  private final double frobenius;
  private final double frobeniusNormalized;
  private final double expectedGap;
  private final double predGap;
  private final double weakError;
  private final double ceilingError;
  /** d_s x labels: P_s (I - P_w) y at an instance is (h_s(x) - strongMean)^T contributionWeights. */
  private final DMatrixRMaj contributionWeights;
  private final double[] strongMean;

  PairAnalysis(PrincipalSpace weak, PrincipalSpace strong, double n, double score, double frobenius,
      double frobeniusNormalized, double expectedGap, double predGap, double weakError,
      double ceilingError, DMatrixRMaj contributionWeights, double[] strongMean) {
    this.weak = weak;
    this.strong = strong;
    this.n = n;
    this.score = score;
    this.frobenius = frobenius;
    this.frobeniusNormalized = frobeniusNormalized;
    this.expectedGap = expectedGap;
    this.predGap = predGap;
    this.weakError = weakError;
    this.ceilingError = ceilingError;
    this.contributionWeights = contributionWeights;
    this.strongMean = strongMean;
  }

  public PrincipalSpace weak() {
    return weak;
  }

  public PrincipalSpace strong() {
    return strong;
  }

  public double n() {
    return n;
  }

  /** ||P_s (I - P_w)||_op, the label-free W2SG score; smaller predicts better W2SG. */
  public double score() {
    return score;
  }

  /** ||P_s (I - P_w)||_F^2. */
  public double frobenius() {
    return frobenius;
  }

  /** ||P_s (I - P_w)||_F^2 / ||P_s||_F^2, in [0, 1]. */
  public double frobeniusNormalized() {
    return frobeniusNormalized;
  }

  /** tr(P_s (I - P_w) K_s (I - P_w) P_s): the gap expected for labels drawn from the strong kernel. */
  public double expectedGap() {
    return expectedGap;
  }

  public boolean hasLabels() {
    return contributionWeights != null;
  }

  /** ||P_s (I - P_w) y||^2 / n, summed over label columns; NaN without labels. */
  public double predGap() {
    return predGap;
  }

  /**
   * ||(I - P_w) y||^2 / n: the mean squared residual of the weak head's kernel fit of the labels, in
   * sample (the theory's estimate of the weak error, on the labels' scale); NaN without labels.
   */
  public double weakResidual() {
    return weakError;
  }

  /** ||(I - P_s) y||^2 / n: the same residual of the strong ceiling; NaN without labels. */
  public double ceilingResidual() {
    return ceilingError;
  }

  /**
   * The entries of P_s (I - P_w) y at an instance (one per label column), from its strong
   * representation: the per-instance contributions of W2SG-MATH.md section 3. On the sample's own
   * rows these are exactly the rows of the n x labels matrix P_s (I - P_w) Y.
   */
  public double[] contribution(double[] strongRepresentation) {
    if (contributionWeights == null) {
      throw new IllegalStateException("Per-instance contributions need labels.");
    }
    if (strongRepresentation.length != strongMean.length) {
      throw new IllegalArgumentException("Expected " + strongMean.length + " strong values, got "
          + strongRepresentation.length + ".");
    }
    DMatrixRMaj centred = new DMatrixRMaj(1, strongMean.length);
    for (int j = 0; j < strongMean.length; j++) {
      centred.data[j] = strongRepresentation[j] - strongMean[j];
    }
    DMatrixRMaj out = new DMatrixRMaj(1, contributionWeights.numCols);
    CommonOps_DDRM.mult(centred, contributionWeights, out);
    return out.data.clone();
  }
}
