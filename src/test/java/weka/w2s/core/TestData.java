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

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.RandomMatrices_DDRM;

/**
 * Random data for the core tests, and the plumbing from a data matrix to an analysis. Every data
 * set is an n x (d_w + d_s + labels) matrix of raw (uncentred) joint rows laid out as
 * [weak columns, strong columns, label columns], described by a {@link Layout}.
 */
final class TestData {

  private TestData() {
  }

  /** Which columns of the joint rows are the weak and strong representations and the labels. */
  static final class Layout {
    final int[] weak;
    final int[] strong;
    final int[] labels;

    Layout(int weakColumns, int strongColumns, int labelColumns) {
      this.weak = range(0, weakColumns);
      this.strong = range(weakColumns, weakColumns + strongColumns);
      this.labels = range(weakColumns + strongColumns, weakColumns + strongColumns + labelColumns);
    }

    int dimension() {
      return weak.length + strong.length + labels.length;
    }

    /** The label columns, or null when there are none (the analyzer's label-free call). */
    int[] labelsOrNull() {
      return labels.length == 0 ? null : labels;
    }
  }

  static int[] range(int from, int toExclusive) {
    int[] idx = new int[toExclusive - from];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = from + i;
    }
    return idx;
  }

  /** A rows x cols matrix of independent standard normal values. */
  static DMatrixRMaj gaussian(int rows, int cols, Random rnd) {
    return RandomMatrices_DDRM.rectangleGaussian(rows, cols, 0, 1, rnd);
  }

  /** A random d x d orthogonal matrix. */
  static DMatrixRMaj orthogonal(int d, Random rnd) {
    return RandomMatrices_DDRM.orthogonal(d, d, rnd);
  }

  /** The given columns of m, as a new matrix. */
  static DMatrixRMaj columns(DMatrixRMaj m, int[] cols) {
    DMatrixRMaj out = new DMatrixRMaj(m.numRows, cols.length);
    CommonOps_DDRM.extract(m, range(0, m.numRows), m.numRows, cols, cols.length, out);
    return out;
  }

  /** Row i of m, as a new array. */
  static double[] row(DMatrixRMaj m, int i) {
    double[] r = new double[m.numCols];
    System.arraycopy(m.data, i * m.numCols, r, 0, m.numCols);
    return r;
  }

  /** [a, b, ...] side by side. */
  static DMatrixRMaj concatColumns(DMatrixRMaj... blocks) {
    return CommonOps_DDRM.concatColumnsMulti(blocks);
  }

  /** Adds offsets[j] to every value of column j (the statistics must remove the means). */
  static void shiftColumns(DMatrixRMaj m, double[] offsets) {
    for (int i = 0; i < m.numRows; i++) {
      for (int j = 0; j < m.numCols; j++) {
        m.unsafe_set(i, j, m.unsafe_get(i, j) + offsets[j]);
      }
    }
  }

  /** Multiplies column j by scales[j]. */
  static void scaleColumns(DMatrixRMaj m, double[] scales) {
    for (int i = 0; i < m.numRows; i++) {
      for (int j = 0; j < m.numCols; j++) {
        m.unsafe_set(i, j, m.unsafe_get(i, j) * scales[j]);
      }
    }
  }

  /** a * b, as a new matrix. */
  static DMatrixRMaj times(DMatrixRMaj a, DMatrixRMaj b) {
    DMatrixRMaj out = new DMatrixRMaj(a.numRows, b.numCols);
    CommonOps_DDRM.mult(a, b, out);
    return out;
  }

  /**
   * Two related representations and labels: both see the same six latent factors (with decaying
   * scales, so that the spectra have clear gaps) through their own random mixing, plus independent
   * noise, and every column has a non-zero mean. {@code labels} is 0 (none), 1 (a linear function of
   * the factors plus noise) or more (a one-hot encoding of the argmax of that many linear scores).
   */
  static DMatrixRMaj related(long seed, int n, int dw, int ds, int labels) {
    Random rnd = new Random(seed);
    int factors = 6;
    DMatrixRMaj z = gaussian(n, factors, rnd);
    scaleColumns(z, new double[] {3.0, 2.2, 1.6, 1.2, 0.9, 0.7});
    DMatrixRMaj weak = mixed(z, dw, 0.3, rnd);
    DMatrixRMaj strong = mixed(z, ds, 0.3, rnd);
    DMatrixRMaj y = new DMatrixRMaj(n, labels);
    if (labels == 1) {
      y = mixed(z, 1, 0.2, rnd);
    } else if (labels > 1) {
      DMatrixRMaj scores = mixed(z, labels, 0.5, rnd);
      for (int i = 0; i < n; i++) {
        int best = 0;
        for (int c = 1; c < labels; c++) {
          if (scores.get(i, c) > scores.get(i, best)) {
            best = c;
          }
        }
        y.set(i, best, 1.0);
      }
    }
    DMatrixRMaj rows = concatColumns(weak, strong, y);
    double[] offsets = new double[rows.numCols];
    for (int j = 0; j < dw + ds; j++) {
      offsets[j] = 5 * rnd.nextGaussian();
    }
    shiftColumns(rows, offsets);
    return rows;
  }

  /** z A + noise * E with A and E standard normal. */
  private static DMatrixRMaj mixed(DMatrixRMaj z, int cols, double noise, Random rnd) {
    DMatrixRMaj out = times(z, gaussian(z.numCols, cols, rnd));
    CommonOps_DDRM.addEquals(out, noise, gaussian(z.numRows, cols, rnd));
    return out;
  }

  /** Statistics of all rows of m, added one at a time. */
  static JointStatistics stats(DMatrixRMaj m, int rowLimit) {
    return stats(m, 0, m.numRows, rowLimit);
  }

  /** Statistics of rows [from, to) of m. */
  static JointStatistics stats(DMatrixRMaj m, int from, int to, int rowLimit) {
    JointStatistics s = new JointStatistics(m.numCols, rowLimit);
    for (int i = from; i < to; i++) {
      s.add(row(m, i));
    }
    return s;
  }

  /** Runs the analyzer on one data set and layout. */
  static PairAnalysis analyze(JointStatistics stats, Layout layout, PrincipalSettings settings,
      SampleGeometry.Path path, double weakTrainSize) {
    return analyze(stats, layout.weak, layout.strong, layout.labelsOrNull(), settings, path, weakTrainSize);
  }

  /** Runs the analyzer on any weak and strong column sets (labels may be null). */
  static PairAnalysis analyze(JointStatistics stats, int[] weak, int[] strong, int[] labels,
      PrincipalSettings settings, SampleGeometry.Path path, double weakTrainSize) {
    W2SGAnalyzer analyzer = new W2SGAnalyzer(SampleGeometry.of(stats, settings, path), weakTrainSize);
    return analyzer.analyze(analyzer.weakSpace(weak), analyzer.strongSpace(strong), labels);
  }

  /** The contributions of every row's strong representation, as an n x labels matrix. */
  static DMatrixRMaj contributions(PairAnalysis analysis, DMatrixRMaj rows, int[] strongColumns) {
    DMatrixRMaj strong = columns(rows, strongColumns);
    DMatrixRMaj out = null;
    for (int i = 0; i < rows.numRows; i++) {
      double[] c = analysis.contribution(row(strong, i));
      if (out == null) {
        out = new DMatrixRMaj(rows.numRows, c.length);
      }
      for (int j = 0; j < c.length; j++) {
        out.set(i, j, c[j]);
      }
    }
    return out;
  }
}
