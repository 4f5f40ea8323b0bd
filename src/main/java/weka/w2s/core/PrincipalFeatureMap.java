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
import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;

/**
 * A fitted linear map from one representation h(x) (d values) to k features, z = W^T (h(x) - mean),
 * learned once on a sample and applicable to any later instance. With G = {@link
 * SampleGeometry#rowMap} (so that u_i(x) = (G^T (h - mean))_i) it offers two outputs:
 * <ul>
 * <li>{@link Output#KERNEL}: z_i = sqrt(n d_i) u_i(x) = sqrt(d_i / lambda_i) v_i^T (h - mean), so that
 *     on the n fitting rows Z Z^T / n = sum_{i <= k} d_i u_i u_i^T = P, the principal kernel of
 *     W2SG-MATH.md section 2;</li>
 * <li>{@link Output#SCORES}: z_i = sqrt(n lambda_i) u_i(x) = v_i^T (h - mean), the principal-component
 *     scores, whose variance on the fitting rows is lambda_i.</li>
 * </ul>
 * The sign of each eigenvector is arbitrary; it is fixed here so that the largest-magnitude weight
 * of every feature is positive, which makes the features the same on both computation paths and
 * from run to run. Immutable.
 */
public final class PrincipalFeatureMap implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Which features the map produces. */
  public enum Output {
    /** Principal-kernel features: their linear kernel over n is P on the fitting rows. */
    KERNEL,
    /** Principal-component scores v_i^T (h - mean). */
    SCORES
  }

  private final PrincipalSpace space;
  private final Output output;
  private final double sampleSize;
  private final double[] mean;
  /** d x k: feature i is sum_j weights(j, i) (h_j - mean_j). */
  private final DMatrixRMaj weights;

  private PrincipalFeatureMap(PrincipalSpace space, Output output, double sampleSize, double[] mean,
      DMatrixRMaj weights) {
    this.space = space;
    this.output = output;
    this.sampleSize = sampleSize;
    this.mean = mean;
    this.weights = weights;
  }

  /**
   * The map of the first {@code space.k()} principal directions of a space decomposed by
   * {@code geometry}.
   */
  public static PrincipalFeatureMap of(SampleGeometry geometry, PrincipalSpace space, Output output) {
    if (output == null) {
      throw new IllegalArgumentException("output must be given.");
    }
    int k = space.k();
    double n = geometry.sampleSize();
    DMatrixRMaj w = geometry.rowMap(space, k);
    for (int i = 0; i < k; i++) {
      double factor = output == Output.KERNEL ? space.shrinkage(i) : space.eigenvalue(i);
      double scale = Math.sqrt(n * factor);
      if (largestMagnitudeIsNegative(w, i)) {
        scale = -scale;
      }
      for (int j = 0; j < w.numRows; j++) {
        w.unsafe_set(j, i, w.unsafe_get(j, i) * scale);
      }
    }
    return new PrincipalFeatureMap(space, output, n, geometry.mean(space.columns()), w);
  }

  /** True if the entry of largest magnitude in column i is negative (the first one on ties). */
  private static boolean largestMagnitudeIsNegative(DMatrixRMaj m, int col) {
    int best = 0;
    for (int j = 1; j < m.numRows; j++) {
      if (Math.abs(m.unsafe_get(j, col)) > Math.abs(m.unsafe_get(best, col))) {
        best = j;
      }
    }
    return m.unsafe_get(best, col) < 0;
  }

  /** The principal space the map was built from (spectrum, k, gamma, alpha, shrinkage). */
  public PrincipalSpace space() {
    return space;
  }

  public Output output() {
    return output;
  }

  /** n, the sample size the map was fitted on (the total weight of its rows). */
  public double sampleSize() {
    return sampleSize;
  }

  /** d, the number of values the map reads. */
  public int inputDimension() {
    return mean.length;
  }

  /** k, the number of features the map writes. */
  public int k() {
    return weights.numCols;
  }

  /** The fitting sample's means of the d input values. */
  public double[] mean() {
    return mean.clone();
  }

  /** The d x k weight matrix W of z = W^T (h - mean) (a copy). */
  public DMatrixRMaj weights() {
    return weights.copy();
  }

  /**
   * Writes the k features of one instance.
   *
   * @param h the instance's d values (finite)
   * @param z receives the k features
   */
  public void apply(double[] h, double[] z) {
    if (h.length != mean.length || z.length != weights.numCols) {
      throw new IllegalArgumentException("Expected " + mean.length + " inputs and room for "
          + weights.numCols + " features, got " + h.length + " and " + z.length + ".");
    }
    int k = weights.numCols;
    Arrays.fill(z, 0);
    double[] w = weights.data;
    for (int j = 0; j < mean.length; j++) {
      double c = h[j] - mean[j];
      int offset = j * k;
      for (int i = 0; i < k; i++) {
        z[i] += w[offset + i] * c;
      }
    }
  }

  /** The k features of one instance, as a new array. */
  public double[] apply(double[] h) {
    double[] z = new double[weights.numCols];
    apply(h, z);
    return z;
  }
}
