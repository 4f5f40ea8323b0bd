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

package weka.w2s.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

/**
 * Somerstep et al.'s (ICLR 2025) model of a pretrained strong model, in the linear form of
 * W2SG-MATH.md section 6: the strong representation knows m orthonormal linear concepts
 * beta_1..beta_m in R^d,
 *
 * <pre>
 *   h = sum_j z_j beta_j + tail * e,   z ~ N(0, I_m),  e ~ N(0, I_d),
 * </pre>
 *
 * and the task is the target concept beta_t = beta_1: y = sign(beta_t' h). A weak supervisor knows
 * the target but is imperfect; its one-column representation is a score s(h) whose sign is the weak
 * label:
 * <ul>
 * <li>{@link Supervision#NOISE}: s = beta_t' h + strength * eps, eps ~ N(0, 1) drawn afresh for every
 * instance (noise the strong representation does not contain);</li>
 * <li>{@link Supervision#ORTHOGONAL_BIAS}: s = (beta_t + strength * u)' h with u a unit vector
 * orthogonal to every concept. This is the reading of "a bias orthogonal to the other concepts" used
 * here: the weak supervisor's misalignment is a direction the strong model does not treat as a
 * concept (it lies in the isotropic tail), so it is a deterministic function of h that fine-tuning
 * can fit and does inherit, yet it is independent of every concept coordinate;</li>
 * <li>{@link Supervision#CONCEPT_BIAS}: s = (beta_t + strength * beta_2)' h, a bias along another
 * concept (for contrast: the weak labels are then exactly a mixture of concepts the strong model
 * knows, and no strong-space neighbourhood can tell the bias from the target).</li>
 * </ul>
 * In all three the perturbation p of the target score a = beta_t' h is Gaussian, independent of a,
 * with standard deviation sigma_p = strength, strength * tail and strength * sqrt(1 + tail^2)
 * respectively (u' h = tail * u' e has no concept part; beta_2' h = z_2 + tail * beta_2' e has one),
 * while sd(a) = sqrt(1 + tail^2); the weak labels' error is therefore
 * P(sign(a + p) != sign(a)) = arctan(sigma_p / sd(a)) / pi ({@link #weakLabelError}).
 *
 * Data sets have the attributes weak, strong_0..strong_{d-1} and the class {neg, pos}.
 */
public final class ConceptMixtureModel {

  /** How the weak supervisor departs from the target concept. */
  public enum Supervision {
    NOISE, ORTHOGONAL_BIAS, CONCEPT_BIAS
  }

  private final int dimension;
  private final int concepts;
  private final double tail;
  /** Columns 0..m-1: the concepts; column m: the bias direction u, orthogonal to all of them. */
  private final double[][] basis;

  /**
   * @param dimension d, the strong representation's dimension (at least concepts + 1)
   * @param concepts  m >= 2, the number of concepts
   * @param tail      the standard deviation of the isotropic tail, >= 0
   * @param seed      fixes the concept directions
   */
  public ConceptMixtureModel(int dimension, int concepts, double tail, long seed) {
    if (concepts < 2 || dimension < concepts + 1) {
      throw new IllegalArgumentException("Need at least two concepts and a dimension above their number,"
          + " got d = " + dimension + ", m = " + concepts + ".");
    }
    if (!(tail >= 0) || Double.isInfinite(tail)) {
      throw new IllegalArgumentException("The tail standard deviation must be finite and >= 0.");
    }
    this.dimension = dimension;
    this.concepts = concepts;
    this.tail = tail;
    // orthonormal directions: the Q factor of a Gaussian d x (m + 1) matrix
    Random rnd = new Random(seed);
    DMatrixRMaj gauss = new DMatrixRMaj(dimension, concepts + 1);
    for (int i = 0; i < gauss.data.length; i++) {
      gauss.data[i] = rnd.nextGaussian();
    }
    QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(dimension, concepts + 1);
    if (!qr.decompose(gauss)) {
      throw new IllegalStateException("QR decomposition failed.");
    }
    DMatrixRMaj q = qr.getQ(null, true);
    basis = new double[concepts + 1][dimension];
    for (int j = 0; j <= concepts; j++) {
      for (int i = 0; i < dimension; i++) {
        basis[j][i] = q.get(i, j);
      }
    }
  }

  public int dimension() {
    return dimension;
  }

  public int concepts() {
    return concepts;
  }

  /** Concept j (0-based; concept 0 is the target), a unit vector. */
  public double[] concept(int j) {
    if (j < 0 || j >= concepts) {
      throw new IllegalArgumentException("Concept " + j + " does not exist (0.." + (concepts - 1) + ").");
    }
    return basis[j].clone();
  }

  /** The bias direction u of {@link Supervision#ORTHOGONAL_BIAS}, orthogonal to every concept. */
  public double[] biasDirection() {
    return basis[concepts].clone();
  }

  /** The standard deviation of the perturbation the weak supervisor adds to the target score. */
  public double perturbationSd(Supervision supervision, double strength) {
    return strength * perturbationScale(supervision);
  }

  /** sd of the direction the supervisor adds: 1 for noise, sd(u' h), sd(beta_2' h). */
  private double perturbationScale(Supervision supervision) {
    switch (supervision) {
      case NOISE:
        return 1;
      case ORTHOGONAL_BIAS:
        return tail;
      default:
        return Math.sqrt(1 + tail * tail);
    }
  }

  /** The population error of the weak labels sign(s), arctan(sigma_p / sd(a)) / pi. */
  public double weakLabelError(Supervision supervision, double strength) {
    return Math.atan(perturbationSd(supervision, strength) / Math.sqrt(1 + tail * tail)) / Math.PI;
  }

  /** The strength whose weak labels have the given population error in (0, 0.5): weakLabelError's inverse. */
  public double strengthForError(Supervision supervision, double error) {
    if (!(error > 0 && error < 0.5)) {
      throw new IllegalArgumentException("The weak labels' error must lie in (0, 0.5), got " + error + ".");
    }
    if (supervision == Supervision.ORTHOGONAL_BIAS && tail == 0) {
      throw new IllegalArgumentException("Without a tail, a bias orthogonal to every concept changes nothing.");
    }
    return Math.tan(Math.PI * error) * Math.sqrt(1 + tail * tail) / perturbationScale(supervision);
  }

  /** An empty data set: weak, strong_0..strong_{d-1}, class {neg, pos} (the class last). */
  public Instances header(String relation) {
    ArrayList<Attribute> atts = new ArrayList<>();
    atts.add(new Attribute("weak"));
    for (int i = 0; i < dimension; i++) {
      atts.add(new Attribute("strong_" + i));
    }
    List<String> values = new ArrayList<>();
    values.add("neg");
    values.add("pos");
    atts.add(new Attribute("class", values));
    Instances data = new Instances(relation, atts, 0);
    data.setClassIndex(data.numAttributes() - 1);
    return data;
  }

  /** n instances of the model with the given weak supervisor. */
  public Instances sample(int n, Supervision supervision, double strength, long seed) {
    if (!(strength >= 0) || Double.isInfinite(strength)) {
      throw new IllegalArgumentException("The supervisor's noise or bias strength must be finite and >= 0.");
    }
    Instances data = header("concept-mixture-" + supervision.name().toLowerCase());
    Random rnd = new Random(seed);
    double[] h = new double[dimension];
    for (int r = 0; r < n; r++) {
      java.util.Arrays.fill(h, 0);
      for (int j = 0; j < concepts; j++) {
        double z = rnd.nextGaussian();
        for (int i = 0; i < dimension; i++) {
          h[i] += z * basis[j][i];
        }
      }
      for (int i = 0; i < dimension; i++) {
        h[i] += tail * rnd.nextGaussian();
      }
      double target = dot(basis[0], h);
      double score;
      switch (supervision) {
        case NOISE:
          score = target + strength * rnd.nextGaussian();
          break;
        case ORTHOGONAL_BIAS:
          score = target + strength * dot(basis[concepts], h);
          break;
        default:
          score = target + strength * dot(basis[1], h);
      }
      double[] values = new double[dimension + 2];
      values[0] = score;
      System.arraycopy(h, 0, values, 1, dimension);
      values[dimension + 1] = target > 0 ? 1 : 0;
      data.add(new DenseInstance(1.0, values));
    }
    return data;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
