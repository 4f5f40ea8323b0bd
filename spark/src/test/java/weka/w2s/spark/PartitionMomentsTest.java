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

package weka.w2s.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.List;

import org.apache.spark.sql.Row;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

import weka.core.Instance;
import weka.core.Instances;
import weka.w2s.data.BadInputException;
import weka.w2s.options.UsageException;

/**
 * The distributed moments against a brute-force two-pass mean and covariance of the same rows, over
 * partitions of very different sizes and empty ones; and the size of what the merge ships.
 */
class PartitionMomentsTest {

  static final String[] SELECTION = {"-i", "in-memory", "-weak", "1-24", "-strong", "97-192", "-c", "last"};

  static W2SGSparkAnalysis.Prepared prepare(List<Row> rows, int... sizes) throws UsageException,
      BadInputException {
    SparkOptions s = SparkOptions.parse(SELECTION);
    return W2SGSparkAnalysis.prepare(TestData.frame(rows, TestData.scalarSchema(), sizes), s.settings.weak(),
        s.settings.strong(), s.settings.classSpec(), s.weight, "", s.settings.skipMissing());
  }

  /** Joint rows as the analysis defines them: attributes 1-24, 97-192, then the class as -1 / +1. */
  static double[][] bruteForceRows(int n) {
    Instances data = TestData.latent();
    double[][] x = new double[n][121];
    for (int i = 0; i < n; i++) {
      Instance in = data.instance(i);
      int j = 0;
      for (int a = 0; a < 24; a++) {
        x[i][j++] = in.value(a);
      }
      for (int a = 96; a < 192; a++) {
        x[i][j++] = in.value(a);
      }
      x[i][j] = in.stringValue(192).equals("pos") ? 1 : -1;
    }
    return x;
  }

  @Test
  void mergedMomentsEqualTheTwoPassMomentsOfAllRows() throws Exception {
    double[][] x = bruteForceRows(1000);
    int d = x[0].length;
    double[] mean = new double[d];
    for (double[] row : x) {
      for (int j = 0; j < d; j++) {
        mean[j] += row[j] / x.length;
      }
    }
    double[][] cov = new double[d][d];
    for (double[] row : x) {
      for (int i = 0; i < d; i++) {
        for (int j = 0; j < d; j++) {
          cov[i][j] += (row[i] - mean[i]) * (row[j] - mean[j]) / x.length;
        }
      }
    }
    List<Row> rows = TestData.scalarRows();
    int[][] layouts = {{1000}, {0, 1, 0, 997, 2, 0}, {3, 3, 994}, {0, 0, 1000, 0}};
    for (int[] sizes : layouts) {
      W2SGSparkAnalysis.Prepared p = prepare(rows, sizes);
      PartitionMoments m = W2SGSparkAnalysis.aggregate(p.rows, p.reader);
      assertNull(m.problem());
      assertEquals(1000, m.read());
      assertEquals(1000, m.statistics().count());
      long offset = 0;
      for (int i = 0; i < sizes.length; i++) {
        assertEquals(offset, m.offset(i), "offset of partition " + i);
        offset += sizes[i];
      }
      double[] gotMean = m.statistics().mean();
      DMatrixRMaj gotCov = m.statistics().covariance();
      for (int i = 0; i < d; i++) {
        assertEquals(mean[i], gotMean[i], 1e-12 * Math.max(1, Math.abs(mean[i])), "mean " + i);
        for (int j = 0; j < d; j++) {
          assertEquals(cov[i][j], gotCov.get(i, j), 1e-12 * Math.sqrt(cov[i][i] * cov[j][j]) + 1e-15,
              "covariance " + i + "," + j + " for partitions " + java.util.Arrays.toString(sizes));
        }
      }
    }
  }

  @Test
  void whatTheMergeShipsIsTheMomentsWhateverTheRowCount() throws Exception {
    List<Row> rows = TestData.scalarRows();
    int d = 121;
    long moments = 8L * d * d;
    long small = serializedSize(W2SGSparkAnalysis.aggregate(prepare(rows.subList(0, 300), 300).rows,
        prepare(rows.subList(0, 300), 300).reader));
    W2SGSparkAnalysis.Prepared all = prepare(rows, 1000);
    long large = serializedSize(W2SGSparkAnalysis.aggregate(all.rows, all.reader));
    // a partition of 1000 rows would be 8 * 1000 * 121 bytes as rows; the moments are d x d
    assertTrue(large < moments + 16_384, "serialized " + large + " bytes for d x d = " + moments);
    assertTrue(Math.abs(large - small) < 64, "300 rows: " + small + " bytes, 1000 rows: " + large);
  }

  static long serializedSize(Object o) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    return bytes.size();
  }
}
