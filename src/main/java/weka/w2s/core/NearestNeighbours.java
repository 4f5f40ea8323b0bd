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

import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Exact k-nearest-neighbour lists under the Euclidean distance, computed a block of query rows at a
 * time from inner products (||a||^2 + ||b||^2 - 2 a.b), so memory stays O(block x n).
 */
public final class NearestNeighbours {

  private static final int BLOCK = 512;

  /** For each query, its neighbours by distance (ties by index) and their squared distances. */
  private final int[][] index;
  private final double[][] squaredDistance;

  private NearestNeighbours(int[][] index, double[][] squaredDistance) {
    this.index = index;
    this.squaredDistance = squaredDistance;
  }

  /** Neighbour lists: row i holds the indices of query i's neighbours, nearest first. */
  public int[][] index() {
    return index;
  }

  /** Squared Euclidean distances matching {@link #index()}. */
  public double[][] squaredDistance() {
    return squaredDistance;
  }

  /**
   * For each point, the indices of its k nearest points (itself first, at distance 0, then by
   * distance, ties by index), k clamped to the number of points.
   */
  public static NearestNeighbours of(double[][] points, int k) {
    return search(points, points, k, true);
  }

  /** For each query, its k nearest points (queries are not among the points), k clamped to their number. */
  public static NearestNeighbours between(double[][] queries, double[][] points, int k) {
    return search(queries, points, k, false);
  }

  private static NearestNeighbours search(double[][] queries, double[][] points, int k, boolean self) {
    if (k < 1) {
      throw new IllegalArgumentException("The neighbourhood size k must be at least 1, got " + k + ".");
    }
    int n = points.length;
    int kk = Math.min(k, n);
    int d = points[0].length;
    LinearAlgebra algebra = LinearAlgebra.preferred();
    DMatrixRMaj all = new DMatrixRMaj(points);
    DMatrixRMaj asked = self ? all : new DMatrixRMaj(queries);
    double[] norms = squaredNorms(points);
    double[] queryNorms = self ? norms : squaredNorms(queries);
    int[][] result = new int[queries.length][];
    double[][] distances = new double[queries.length][];
    for (int start = 0; start < queries.length; start += BLOCK) {
      int end = Math.min(queries.length, start + BLOCK);
      DMatrixRMaj block = CommonOps_DDRM.extract(asked, start, end, 0, d);
      DMatrixRMaj dots = algebra.multiply(block, false, all, true);
      for (int q = start; q < end; q++) {
        distances[q] = new double[kk];
        result[q] = nearest(self ? q : -1, queryNorms[q], kk, norms, dots, q - start, distances[q]);
      }
    }
    return new NearestNeighbours(result, distances);
  }

  private static double[] squaredNorms(double[][] rows) {
    double[] norms = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      for (double v : rows[i]) {
        norms[i] += v * v;
      }
    }
    return norms;
  }

  /** The kk smallest distances from one query, kept sorted by insertion (kk is small). */
  private static int[] nearest(int self, double queryNorm, int kk, double[] norms, DMatrixRMaj dots, int row,
      double[] distanceOut) {
    int[] best = new int[kk];
    double[] bestDist = new double[kk];
    Arrays.fill(bestDist, Double.POSITIVE_INFINITY);
    Arrays.fill(best, Integer.MAX_VALUE);
    if (self >= 0) {
      best[0] = self; // a point is its own nearest neighbour, whatever rounding says
      bestDist[0] = Double.NEGATIVE_INFINITY;
    }
    for (int j = 0; j < norms.length; j++) {
      if (j == self) {
        continue;
      }
      double dist = queryNorm + norms[j] - 2 * dots.unsafe_get(row, j);
      if (dist >= bestDist[kk - 1]) {
        continue; // ties keep the lower index, which came first
      }
      int pos = kk - 1;
      while (pos > 0 && bestDist[pos - 1] > dist) {
        bestDist[pos] = bestDist[pos - 1];
        best[pos] = best[pos - 1];
        pos--;
      }
      bestDist[pos] = dist;
      best[pos] = j;
    }
    for (int i = 0; i < kk; i++) {
      distanceOut[i] = best[i] == self ? 0 : Math.max(0, bestDist[i]); // rounding can make a distance negative
    }
    return best;
  }
}
