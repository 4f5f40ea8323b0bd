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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.ejml.concurrency.EjmlConcurrency;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The blocked fold of {@link JointStatistics} (tiles of the upper triangle, the Chan term as an extra
 * row, strips on EJML's thread pool, reused row buffers) against a plain two-pass mean and
 * covariance, for dimensions around the tile size and block counts around BLOCK_ROWS.
 */
class JointStatisticsBlockingTest {

  private static final int TILE = TiledAccumulator.TILE;
  private static final int BLOCK = JointStatistics.BLOCK_ROWS;

  /** One tile, a tile exactly, a partial edge tile, and sizes that run on the thread pool. */
  @ParameterizedTest
  @ValueSource(ints = {1, 7, TILE - 1, TILE, TILE + 1, 2 * TILE + 3,
      TiledAccumulator.CONCURRENT_DIMENSION + 5})
  void foldedMomentsEqualTheTwoPassMoments(int d) {
    double[][] rows = rows(3 * BLOCK + 17, d, 11 + d);
    for (int rowLimit : new int[] {0, 1, d, BLOCK + 1}) {
      JointStatistics stats = add(new JointStatistics(d, rowLimit), rows, 0, rows.length);
      assertFalse(stats.holdsAllRows());
      assertMoments(rows, stats, 1e-12, "d = " + d + ", rowLimit = " + rowLimit);
    }
  }

  @Test
  void rowsPendingInAPartialBlockCountInTheMoments() {
    int d = 2 * TILE + 3;
    for (int n : new int[] {BLOCK + 1, 2 * BLOCK - 1, 2 * BLOCK, 2 * BLOCK + 1}) {
      double[][] rows = rows(n, d, n);
      assertMoments(rows, add(new JointStatistics(d, 0), rows, 0, n), 1e-12, "n = " + n);
    }
  }

  @Test
  void shardsMergedAcrossTilesEqualTheTwoPassMoments() {
    int d = TiledAccumulator.CONCURRENT_DIMENSION + 5;
    double[][] rows = rows(1500, d, 5);
    int[] cuts = {0, 1, 40, 300, 301, 1000, 1500};
    int[] limits = {0, 100, 10, 1000, 0, 2};
    JointStatistics merged = null;
    for (int s = 0; s + 1 < cuts.length; s++) {
      JointStatistics shard = add(new JointStatistics(d, limits[s]), rows, cuts[s], cuts[s + 1]);
      if (merged == null) {
        merged = shard;
      } else {
        merged.merge(shard);
      }
    }
    assertEquals(rows.length, merged.count());
    assertMoments(rows, merged, 1e-12, "merged shards");
  }

  @Test
  void theResultDoesNotDependOnTheThreadPool() {
    int d = TiledAccumulator.CONCURRENT_DIMENSION + 70;
    double[][] rows = rows(2 * BLOCK + 40, d, 3);
    boolean saved = EjmlConcurrency.USE_CONCURRENT;
    DMatrixRMaj sequential;
    DMatrixRMaj concurrent;
    DMatrixRMaj again;
    try {
      EjmlConcurrency.USE_CONCURRENT = false;
      sequential = add(new JointStatistics(d, 0), rows, 0, rows.length).covariance();
      EjmlConcurrency.USE_CONCURRENT = true;
      concurrent = add(new JointStatistics(d, 0), rows, 0, rows.length).covariance();
      again = add(new JointStatistics(d, 0), rows, 0, rows.length).covariance();
    } finally {
      EjmlConcurrency.USE_CONCURRENT = saved;
    }
    assertArrayEquals(sequential.data, concurrent.data, 0.0, "bit for bit, with or without threads");
    assertArrayEquals(concurrent.data, again.data, 0.0, "bit for bit, run after run");
  }

  @Test
  void theCovarianceIsExactlySymmetric() {
    int d = 2 * TILE + 3;
    DMatrixRMaj s = add(new JointStatistics(d, 0), rows(600, d, 9), 0, 600).covariance();
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < i; j++) {
        assertEquals(s.get(j, i), s.get(i, j), 0.0, "entry (" + i + ", " + j + ")");
      }
    }
  }

  @Test
  void aConstantColumnHasExactlyZeroCovariance() {
    int d = TILE + 9;
    int constant = TILE + 2; // in the partial edge tile
    double[][] rows = rows(3 * BLOCK + 5, d, 4);
    for (double[] row : rows) {
      row[constant] = 3.7;
    }
    JointStatistics stats = add(new JointStatistics(d, 10), rows, 0, rows.length);
    DMatrixRMaj s = stats.covariance();
    for (int j = 0; j < d; j++) {
      assertEquals(0.0, s.get(constant, j), 0.0, "row of the constant column");
      assertEquals(0.0, s.get(j, constant), 0.0, "column of the constant column");
    }
    assertEquals(3.7, stats.mean()[constant], 0.0);
  }

  @Test
  void readingTheMomentsDoesNotChangeLaterResults() {
    int d = 2 * TILE + 3;
    double[][] rows = rows(3 * BLOCK + 50, d, 21);
    JointStatistics quiet = add(new JointStatistics(d, 100), rows, 0, rows.length);
    JointStatistics queried = new JointStatistics(d, 100);
    for (int i = 0; i < rows.length; i++) {
      queried.add(rows[i]);
      if (i % 97 == 0) {
        queried.mean();
        queried.covariance();
        if (queried.holdsAllRows()) {
          queried.centredRows();
        }
      }
    }
    assertArrayEquals(quiet.mean(), queried.mean(), 0.0);
    assertArrayEquals(quiet.covariance().data, queried.covariance().data, 0.0);
  }

  @Test
  void theCallersRowIsCopied() {
    int d = 3;
    JointStatistics stats = new JointStatistics(d, 10);
    double[] row = {1, 2, 3};
    stats.add(row);
    row[0] = 100;
    stats.add(row);
    assertTrue(stats.holdsAllRows());
    assertArrayEquals(new double[] {50.5, 2, 3}, stats.mean(), 1e-15);
  }

  /** Gaussian rows with column offsets and scales of different magnitudes, and correlated columns. */
  private static double[][] rows(int n, int d, long seed) {
    Random rnd = new Random(seed);
    double[] offset = new double[d];
    double[] scale = new double[d];
    for (int j = 0; j < d; j++) {
      offset[j] = 100 * rnd.nextGaussian();
      scale[j] = Math.pow(10, 2 * rnd.nextDouble() - 1);
    }
    double[][] rows = new double[n][d];
    for (double[] row : rows) {
      double common = rnd.nextGaussian();
      for (int j = 0; j < d; j++) {
        row[j] = offset[j] + scale[j] * (rnd.nextGaussian() + 0.5 * common);
      }
    }
    return rows;
  }

  private static JointStatistics add(JointStatistics stats, double[][] rows, int from, int to) {
    for (int i = from; i < to; i++) {
      stats.add(rows[i]);
    }
    return stats;
  }

  /** mean() and covariance() against the two-pass mean and (population) covariance. */
  private static void assertMoments(double[][] rows, JointStatistics stats, double tolerance, String what) {
    int n = rows.length;
    int d = rows[0].length;
    assertEquals(n, stats.count(), what + ": count");
    double[] mean = new double[d];
    for (double[] row : rows) {
      for (int j = 0; j < d; j++) {
        mean[j] += row[j];
      }
    }
    for (int j = 0; j < d; j++) {
      mean[j] /= n;
    }
    double[] actualMean = stats.mean();
    for (int j = 0; j < d; j++) {
      double err = Math.abs(actualMean[j] - mean[j]) / Math.max(Math.abs(mean[j]), 1.0);
      assertTrue(err <= tolerance, what + ": mean of column " + j + " off by " + err);
    }
    double[][] cov = new double[d][d];
    for (double[] row : rows) {
      for (int i = 0; i < d; i++) {
        double ci = row[i] - mean[i];
        for (int j = 0; j < d; j++) {
          cov[i][j] += ci * (row[j] - mean[j]);
        }
      }
    }
    DMatrixRMaj actual = stats.covariance();
    assertEquals(d, actual.numRows);
    assertEquals(d, actual.numCols);
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < d; j++) {
        double expected = cov[i][j] / n;
        // relative to the entry's natural scale sqrt(S_ii S_jj)
        double scale = Math.sqrt(cov[i][i] / n * cov[j][j] / n);
        double err = Math.abs(actual.get(i, j) - expected) / scale;
        assertTrue(err <= tolerance, what + ": covariance (" + i + ", " + j + ") = " + actual.get(i, j)
            + ", two-pass " + expected + ", relative error " + err);
      }
    }
  }
}
