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

import java.util.function.IntConsumer;

import org.ejml.concurrency.EjmlConcurrency;
import org.ejml.data.DMatrixRBlock;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DSubmatrixD1;
import org.ejml.dense.block.MatrixMult_DDRB;
import org.ejml.dense.block.MatrixOps_DDRB;

/**
 * The Java back end's accumulator: the upper triangle is accumulated tile by tile in EJML's block
 * format (which keeps the working set of the product in cache), one horizontal strip of tiles per
 * task; strips run on EJML's thread pool for large dimensions. Every tile is always computed by one
 * task in the same order, so the result does not depend on the number of threads.
 */
final class TiledAccumulator extends SymmetricAccumulator {

  private static final long serialVersionUID = 1L;

  /** Side of the square tiles of EJML's block format in which the co-moment is accumulated. */
  static final int TILE = 64;
  /** From this dimension on, the strips of a product run on EJML's thread pool (if it is enabled). */
  static final int CONCURRENT_DIMENSION = 4 * TILE;

  private final DMatrixRBlock upper;
  /** Scratch: A in block format. */
  private transient DMatrixRBlock stageTiles;

  TiledAccumulator(int dimension) {
    this(new DMatrixRBlock(dimension, dimension, TILE));
  }

  private TiledAccumulator(DMatrixRBlock upper) {
    super(upper.numRows);
    this.upper = upper;
  }

  @Override
  void addGram(DMatrixRMaj a) {
    if (stageTiles == null) {
      stageTiles = new DMatrixRBlock(a.numRows, dimension, TILE);
    }
    stageTiles.reshape(a.numRows, dimension, false);
    MatrixOps_DDRB.convert(a, stageTiles);
    DMatrixRBlock tiles = stageTiles;
    int strips = (dimension + TILE - 1) / TILE;
    // strip s: tiles (s, s..end) of M += (columns of tile s of A)^T (columns s.. of A)
    IntConsumer strip = s -> {
      int c0 = s * TILE;
      int c1 = Math.min(dimension, c0 + TILE);
      MatrixMult_DDRB.multPlusTransA(TILE, new DSubmatrixD1(tiles, 0, tiles.numRows, c0, c1),
          new DSubmatrixD1(tiles, 0, tiles.numRows, c0, dimension),
          new DSubmatrixD1(upper, c0, c1, c0, dimension));
    };
    // strip s has strips - s tiles: pairing s with strips - 1 - s gives tasks of equal work
    IntConsumer pair = p -> {
      strip.accept(p);
      if (strips - 1 - p != p) {
        strip.accept(strips - 1 - p);
      }
    };
    int pairs = (strips + 1) / 2;
    if (dimension >= CONCURRENT_DIMENSION && EjmlConcurrency.isUseConcurrent()) {
      EjmlConcurrency.loopFor(0, pairs, pair);
    } else {
      for (int p = 0; p < pairs; p++) {
        pair.accept(p);
      }
    }
  }

  @Override
  void add(SymmetricAccumulator other) {
    double[] m = upper.data;
    if (other instanceof TiledAccumulator) {
      double[] b = ((TiledAccumulator) other).upper.data; // the same shape and tiles, so the same layout
      for (int i = 0; i < m.length; i++) {
        m[i] += b[i];
      }
      return;
    }
    DMatrixRBlock b = new DMatrixRBlock(dimension, dimension, TILE);
    MatrixOps_DDRB.convert(other.toSymmetric(), b);
    for (int i = 0; i < m.length; i++) {
      m[i] += b.data[i];
    }
  }

  @Override
  SymmetricAccumulator copy() {
    return new TiledAccumulator(upper.copy());
  }

  @Override
  DMatrixRMaj toSymmetric() {
    DMatrixRMaj s = new DMatrixRMaj(dimension, dimension);
    MatrixOps_DDRB.convert(upper, s);
    mirrorUpper(s.data, dimension);
    return s;
  }
}
