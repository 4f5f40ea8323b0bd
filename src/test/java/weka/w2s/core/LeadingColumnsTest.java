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

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * The statistics of leading columns are those of the rows cut to them: same counts, mean and
 * covariance as statistics built from the cut rows, held or folded, and they merge with them.
 */
class LeadingColumnsTest {

  @Test
  void leadingColumnsAreTheCutRowsStatistics() {
    Random r = new Random(5);
    for (int rowLimit : new int[] {0, 1000}) {
      JointStatistics wide = new JointStatistics(7, rowLimit);
      JointStatistics cut = new JointStatistics(4, 0);
      JointStatistics more = new JointStatistics(4, 0);
      for (int i = 0; i < 600; i++) {
        double[] row = new double[7];
        for (int j = 0; j < 7; j++) {
          row[j] = 3 * r.nextGaussian() + j;
        }
        double w = 1 + (i % 3);
        wide.add(row, w);
        cut.add(java.util.Arrays.copyOf(row, 4), w);
        double[] other = {r.nextGaussian(), r.nextGaussian(), 5, r.nextGaussian()};
        more.add(other);
        cut.add(other);
      }
      JointStatistics leading = wide.leading(4);
      leading.merge(more);
      assertEquals(cut.count(), leading.count());
      assertEquals(cut.weight(), leading.weight(), 1e-12);
      double[] m1 = cut.mean();
      double[] m2 = leading.mean();
      DMatrixRMaj c1 = cut.covariance();
      DMatrixRMaj c2 = leading.covariance();
      for (int a = 0; a < 4; a++) {
        assertEquals(m1[a], m2[a], 1e-12 * (1 + Math.abs(m1[a])));
        for (int b = 0; b < 4; b++) {
          assertEquals(c1.get(a, b), c2.get(a, b), 1e-11 * (1 + Math.abs(c1.get(a, b))));
        }
      }
    }
  }
}
