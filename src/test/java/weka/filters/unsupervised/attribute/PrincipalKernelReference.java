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

package weka.filters.unsupervised.attribute;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

import weka.core.Instances;

/**
 * The principal kernel of a training block computed the obvious way, independently of the filter
 * and of the core: centre the n x d block H, take its SVD H = U S V^T (the core uses a symmetric
 * eigensolver on the covariance or Gram matrix), so that lambda_i = s_i^2 / n, u_i = U(:, i) and
 * v_i = V(:, i); gamma is the tail sum over m and P = sum_{i <= k} d_i u_i u_i^T.
 */
final class PrincipalKernelReference {

  /** Eigenvalues below this fraction of the largest are zero (the core's default tolerance). */
  static final double RANK_TOLERANCE = 1e-10;

  final int n;
  final double[] mean;
  /** The centred training block, n x d. */
  final DMatrixRMaj centred;
  /** Non-zero eigenvalues, descending. */
  final double[] lambda;
  /** n x rank and d x rank. */
  final DMatrixRMaj u;
  final DMatrixRMaj v;

  PrincipalKernelReference(Instances data, int[] attributes) {
    n = data.numInstances();
    int d = attributes.length;
    mean = new double[d];
    centred = new DMatrixRMaj(n, d);
    for (int j = 0; j < d; j++) {
      for (int i = 0; i < n; i++) {
        mean[j] += data.instance(i).value(attributes[j]);
      }
      mean[j] /= n;
      for (int i = 0; i < n; i++) {
        centred.set(i, j, data.instance(i).value(attributes[j]) - mean[j]);
      }
    }
    SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(n, d, true, true, true);
    if (!svd.decompose(centred.copy())) {
      throw new AssertionError("SVD failed");
    }
    DMatrixRMaj uAll = svd.getU(null, false);
    DMatrixRMaj s = svd.getW(null);
    DMatrixRMaj vAll = svd.getV(null, false);
    SingularOps_DDRM.descendingOrder(uAll, false, s, vAll, false);
    int count = Math.min(s.numRows, s.numCols);
    double largest = s.get(0, 0) * s.get(0, 0) / n;
    int rank = 0;
    while (rank < count && s.get(rank, rank) * s.get(rank, rank) / n > RANK_TOLERANCE * largest) {
      rank++;
    }
    lambda = new double[rank];
    for (int i = 0; i < rank; i++) {
      lambda[i] = s.get(i, i) * s.get(i, i) / n;
    }
    u = CommonOps_DDRM.extract(uAll, 0, n, 0, rank);
    v = CommonOps_DDRM.extract(vAll, 0, d, 0, rank);
  }

  int rank() {
    return lambda.length;
  }

  /** The smallest k whose eigenvalues reach the fraction rho of the total. */
  int kForVariance(double rho) {
    double total = 0;
    for (double l : lambda) {
      total += l;
    }
    double cumulative = 0;
    for (int i = 0; i < lambda.length; i++) {
      cumulative += lambda[i];
      if (cumulative >= rho * total * (1 - 1e-12)) {
        return i + 1;
      }
    }
    return lambda.length;
  }

  double gamma(int k, double m) {
    double tail = 0;
    for (int i = k; i < lambda.length; i++) {
      tail += lambda[i];
    }
    return tail / m;
  }

  /** The shrinkage factors d_1..d_k. */
  double[] shrinkage(int k, double ridge, double m, boolean hard) {
    double alpha = ridge + gamma(k, m);
    double[] d = new double[k];
    for (int i = 0; i < k; i++) {
      d[i] = hard ? 1.0 : lambda[i] / (lambda[i] + alpha);
    }
    return d;
  }

  /** P = sum_{i <= k} d_i u_i u_i^T, n x n. */
  DMatrixRMaj kernel(int k, double ridge, double m, boolean hard) {
    double[] d = shrinkage(k, ridge, m, hard);
    DMatrixRMaj p = new DMatrixRMaj(n, n);
    for (int i = 0; i < k; i++) {
      for (int a = 0; a < n; a++) {
        for (int b = 0; b < n; b++) {
          p.add(a, b, d[i] * u.get(a, i) * u.get(b, i));
        }
      }
    }
    return p;
  }

  /** v_i^T (h - mean) for a raw row h of the range. */
  double projection(double[] h, int i) {
    double s = 0;
    for (int j = 0; j < h.length; j++) {
      s += v.get(j, i) * (h[j] - mean[j]);
    }
    return s;
  }
}
