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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Folding on a background thread gives bit for bit the statistics of the sequential loop. */
class BackgroundFoldTest {

  @ParameterizedTest(name = "n={0} d={1} rowLimit={2}")
  @CsvSource({"1, 5, 5", "2, 5, 5", "255, 9, 0", "256, 9, 0", "257, 9, 0", "3001, 70, 70", "900, 300, 300",
      "200, 300, 300", "5000, 3, 0"})
  void theResultIsIdenticalToAddingTheRowsInTurn(int n, int d, int rowLimit) {
    DMatrixRMaj rows = TestData.related(17 + n, n, d / 2, d - d / 2, 0);
    // weights 1, 0 (left out), 2.5 and 1/3 in turn, so that the weighted fold is exercised too
    double[] weights = {1, 0, 2.5, 1.0 / 3};
    JointStatistics sequential = new JointStatistics(d, rowLimit);
    for (int i = 0; i < n; i++) {
      sequential.add(TestData.row(rows, i), weights[i % 4]);
    }
    JointStatistics background = new JointStatistics(d, rowLimit);
    try (BackgroundFold fold = new BackgroundFold(background)) {
      for (int i = 0; i < n; i++) {
        fold.add(TestData.row(rows, i), weights[i % 4]);
      }
      assertTrue(fold.finish() == background);
    }
    assertEquals(sequential.count(), background.count());
    assertEquals(sequential.weight(), background.weight(), 0.0);
    assertEquals(sequential.holdsAllRows(), background.holdsAllRows());
    assertArrayEquals(sequential.mean(), background.mean(), 0.0);
    assertArrayEquals(sequential.covariance().data, background.covariance().data, 0.0);
    if (sequential.holdsAllRows()) {
      assertArrayEquals(sequential.centredRows().data, background.centredRows().data, 0.0);
    }
  }

  @Test
  void aRowThatTheStatisticsRefuseIsReportedAsTheSequentialLoopWouldReportIt() {
    JointStatistics stats = new JointStatistics(3, 0);
    JointStatistics.ValueException e;
    try (BackgroundFold fold = new BackgroundFold(stats)) {
      e = assertThrows(JointStatistics.ValueException.class, () -> {
        for (int i = 0; i < 2000; i++) {
          fold.add(new double[] {i, i == 700 ? Double.NaN : 1, 2});
        }
        fold.finish();
      });
    }
    assertEquals(1, e.column());
    IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
        () -> new BackgroundFold(stats).add(new double[2]));
    assertEquals("Row has 2 values, expected 3.", wrong.getMessage());
  }

  @Test
  void closingWithoutFinishingStopsTheWorker() throws Exception {
    BackgroundFold fold = new BackgroundFold(new JointStatistics(4, 0));
    for (int i = 0; i < 1000; i++) {
      fold.add(new double[] {i, 1, 2, 3});
    }
    fold.close();
    for (int wait = 0; wait < 100 && workerAlive(); wait++) {
      Thread.sleep(20);
    }
    assertTrue(!workerAlive(), "the fold thread is still running after close");
  }

  private static boolean workerAlive() {
    return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("w2s-fold") && t.isAlive());
  }
}
