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

  /** For each point, its neighbours (itself first, then by distance) and their squared distances. */
  private final int[][] index;
  private final double[][] squaredDistance;

  private NearestNeighbours(int[][] index, double[][] squaredDistance) {
    this.index = index;
    this.squaredDistance = squaredDistance;
  }

  /** Neighbour lists: row i holds the indices of point i's neighbours, i itself first. */
  public int[][] index() {
    return index;
  }

  /** Squared Euclidean distances matching {@link #index()} (0 for the point itself). */
  public double[][] squaredDistance() {
    return squaredDistance;
  }

  /**
   * For each point, the indices of its k nearest points (itself first, then by distance, ties by
   * index), k clamped to the number of points.
   */
  public static NearestNeighbours of(double[][] points, int k) {
    int n = points.length;
    if (k < 1) {
      throw new IllegalArgumentException("The neighbourhood size k must be at least 1, got " + k + ".");
    }
    int kk = Math.min(k, n);
    int d = points[0].length;
    DMatrixRMaj all = new DMatrixRMaj(points);
    double[] norms = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        norms[i] += points[i][j] * points[i][j];
      }
    }
    int[][] result = new int[n][];
    double[][] distances = new double[n][];
    for (int start = 0; start < n; start += BLOCK) {
      int end = Math.min(n, start + BLOCK);
      DMatrixRMaj block = CommonOps_DDRM.extract(all, start, end, 0, d);
      DMatrixRMaj dots = new DMatrixRMaj(end - start, n);
      CommonOps_DDRM.multTransB(block, all, dots);
      for (int q = start; q < end; q++) {
        distances[q] = new double[kk];
        result[q] = nearest(q, kk, norms, dots, start, distances[q]);
      }
    }
    return new NearestNeighbours(result, distances);
  }

  /** The kk smallest distances from point q, kept sorted by insertion (kk is small). */
  private static int[] nearest(int q, int kk, double[] norms, DMatrixRMaj dots, int blockStart,
      double[] distanceOut) {
    int[] best = new int[kk];
    double[] bestDist = new double[kk];
    Arrays.fill(bestDist, Double.POSITIVE_INFINITY);
    Arrays.fill(best, Integer.MAX_VALUE);
    best[0] = q; // a point is its own nearest neighbour, whatever rounding says
    bestDist[0] = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < norms.length; j++) {
      if (j == q) {
        continue;
      }
      double dist = norms[q] + norms[j] - 2 * dots.unsafe_get(q - blockStart, j);
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
      distanceOut[i] = i == 0 ? 0 : Math.max(0, bestDist[i]); // rounding can make a distance negative
    }
    return best;
  }
}
