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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Both accumulators against the sum of outer products x x^T, row by row, in plain loops. */
class SymmetricAccumulatorTest {

  private static SymmetricAccumulator make(String kind, int d) {
    return kind.equals("java") ? LinearAlgebra.java().newAccumulator(d)
        : LinearAlgebraTest.nativeOrSkip().newAccumulator(d);
  }

  @org.junit.jupiter.api.Test
  void readingTheNativeSumMidwayDoesNotChangeItsLaterBits() {
    LinearAlgebra nat = LinearAlgebraTest.nativeOrSkip();
    int d = 90;
    Random rnd = new Random(5);
    SymmetricAccumulator quiet = nat.newAccumulator(d);
    SymmetricAccumulator read = nat.newAccumulator(d);
    for (int block = 0; block < 12; block++) {
      DMatrixRMaj a = TestData.gaussian(block % 3 == 0 ? 257 : 100, d, rnd);
      quiet.addGram(a);
      read.addGram(a);
      read.toSymmetric();
      read.copy().addGram(a);
      if (block == 6) {
        assertTrue(((NativeAccumulator) read).stackedRows() > 0, "the test should read with rows stacked");
      }
    }
    org.junit.jupiter.api.Assertions.assertArrayEquals(quiet.toSymmetric().data, read.toSymmetric().data, 0.0);
  }

  @ParameterizedTest(name = "{0}, d={1}")
  @CsvSource({"java, 1", "java, 63", "java, 300", "native, 1", "native, 63", "native, 300"})
  void blocksAddUpToTheSumOfOuterProducts(String kind, int d) {
    Random rnd = new Random(d);
    double[] expected = new double[d * d];
    SymmetricAccumulator acc = make(kind, d);
    SymmetricAccumulator other = make(kind.equals("java") ? "java" : "native", d);
    // small blocks, blocks that fill the native stack past its batch, and one deeper than a batch
    for (int[] shape : new int[][] {{7, 0}, {257, 1}, {1, 0}, {0, 1}, {40, 1}, {257, 0}, {257, 0}, {257, 0},
        {257, 0}, {257, 0}, {1500, 0}, {3, 0}}) {
      DMatrixRMaj a = TestData.gaussian(shape[0], d, rnd);
      for (int r = 0; r < a.numRows; r++) {
        for (int i = 0; i < d; i++) {
          for (int j = 0; j < d; j++) {
            expected[i * d + j] += a.get(r, i) * a.get(r, j);
          }
        }
      }
      (shape[1] == 0 ? acc : other).addGram(a);
    }
    SymmetricAccumulator snapshot = acc.copy();
    acc.add(other);
    DMatrixRMaj m = acc.toSymmetric();
    Checks.assertMatrixClose(new DMatrixRMaj(d, d, true, expected), m, 1e-13, kind + " sum");
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < d; j++) {
        assertEquals(m.get(i, j), m.get(j, i), 0.0, "symmetric");
      }
    }
    // the copy did not see the merge: it plus the other part is the whole
    DMatrixRMaj parts = snapshot.toSymmetric();
    org.ejml.dense.row.CommonOps_DDRM.addEquals(parts, other.toSymmetric());
    Checks.assertMatrixClose(m, parts, 1e-15, kind + " copy + other");
    // layouts mix: the other back end's accumulator merges into this one
    if (kind.equals("native")) {
      SymmetricAccumulator tiled = LinearAlgebra.java().newAccumulator(d);
      tiled.add(snapshot);
      tiled.add(other);
      Checks.assertMatrixClose(m, tiled.toSymmetric(), 1e-15, "tiled + native");
      SymmetricAccumulator nat = make("native", d);
      nat.add(tiled);
      Checks.assertMatrixClose(m, nat.toSymmetric(), 1e-15, "native + tiled");
    }
  }
}
