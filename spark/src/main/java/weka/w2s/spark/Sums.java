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

/** Small sums of the passes: a view's columns, vectors and cross-moments added up. */
final class Sums {

  private Sums() {
  }

  static double[] extract(double[] joint, int[] columns) {
    double[] out = new double[columns.length];
    for (int i = 0; i < columns.length; i++) {
      out[i] = joint[columns[i]];
    }
    return out;
  }

  static void add(double[] sum, double[] values) {
    for (int k = 0; k < values.length; k++) {
      sum[k] += values[k];
    }
  }

  /** sum += (x - mean) t^T. */
  static void addCross(double[][] sum, double[] x, double[] mean, double[] t) {
    for (int f = 0; f < x.length; f++) {
      double centred = x[f] - mean[f];
      for (int k = 0; k < t.length; k++) {
        sum[f][k] += centred * t[k];
      }
    }
  }

  static void addAll(double[][] a, double[][] b) {
    for (int i = 0; i < a.length; i++) {
      add(a[i], b[i]);
    }
  }

  static double[] scaled(double[] v, double by) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] * by;
    }
    return out;
  }
}
