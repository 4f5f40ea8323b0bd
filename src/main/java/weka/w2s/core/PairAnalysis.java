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

  /** The quantities that need the labels, on the sample D^ (W2SG-MATH.md sections 3 and 9). */
  static final class Labelled implements Serializable {

    private static final long serialVersionUID = 1L;

    static final Labelled NONE = new Labelled(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    final double predGap;
    final double weakResidual;
    final double ceilingResidual;
    final double misfit;
    final double weakCrossValidated;

    Labelled(double predGap, double weakResidual, double ceilingResidual, double misfit,
        double weakCrossValidated) {
      this.predGap = predGap;
      this.weakResidual = weakResidual;
      this.ceilingResidual = ceilingResidual;
      this.misfit = misfit;
      this.weakCrossValidated = weakCrossValidated;
    }
  }

  private final PrincipalSpace weak;
  private final PrincipalSpace strong;
  private final double n;
  private final double score;
  private final double frobenius;
  private final double frobeniusNormalized;
  private final double expectedGap;
  private final double cka;
  private final Labelled labelled;
  /** d_s x labels: P_s (I - P_w) y at an instance is (h_s(x) - strongMean)^T contributionWeights. */
  private final DMatrixRMaj contributionWeights;
  private final double[] strongMean;

  PairAnalysis(PrincipalSpace weak, PrincipalSpace strong, double n, double score, double frobenius,
      double frobeniusNormalized, double expectedGap, double cka, Labelled labelled,
      DMatrixRMaj contributionWeights, double[] strongMean) {
    this.weak = weak;
    this.strong = strong;
    this.n = n;
    this.score = score;
    this.frobenius = frobenius;
    this.frobeniusNormalized = frobeniusNormalized;
    this.expectedGap = expectedGap;
    this.cka = cka;
    this.labelled = labelled == null ? Labelled.NONE : labelled;
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

  /**
   * Linear CKA between the weak and the strong representation, ||Hw^T Hs||_F^2 / (||Hw^T Hw||_F
   * ||Hs^T Hs||_F) on the centred rows, in [0, 1]: 1 when one is a rotation and scaling of the
   * other (Kornblith et al. 2019). Label-free; Goel et al. (2025) report that more dissimilar
   * supervisors give more gain.
   */
  public double cka() {
    return cka;
  }

  public boolean hasLabels() {
    return contributionWeights != null;
  }

  /** ||P_s (I - P_w) y||^2 / n, summed over label columns; NaN without labels. */
  public double predGap() {
    return labelled.predGap;
  }

  /**
   * ||(I - P_w) y||^2 / n: the mean squared residual of the weak head's kernel fit of the labels, in
   * sample (the theory's estimate of the weak error, on the labels' scale); NaN without labels.
   */
  public double weakResidual() {
    return labelled.weakResidual;
  }

  /** ||(I - P_s) y||^2 / n: the same residual of the strong ceiling; NaN without labels. */
  public double ceilingResidual() {
    return labelled.ceilingResidual;
  }

  /**
   * ||(I - P_s) P_w y||^2 / n: how far the strong head, fitted to the weak head's labels P_w y,
   * stays from them. Charikar et al. (NeurIPS 2024): the student's gain over its teacher is at
   * least this misfit. A run needs only the weak labels for it; here the weak labels are the weak
   * head's kernel fit P_w y of the labels. NaN without labels.
   */
  public double misfit() {
    return labelled.misfit;
  }

  /**
   * The weak head's generalized cross-validation error ||(I - P_w) y||^2 / n / (1 - tr(P_w) / n)^2;
   * NaN without labels, or when tr(P_w) reaches n.
   */
  public double weakCrossValidated() {
    return labelled.weakCrossValidated;
  }

  /**
   * The W2S error Charikar et al.'s bound predicts: the weak head's cross-validated error minus
   * the misfit (squared error on the labels' scale; smaller predicts better). NaN without labels.
   */
  public double predictedError() {
    return labelled.weakCrossValidated - labelled.misfit;
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
