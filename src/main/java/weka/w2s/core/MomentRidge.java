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

import java.io.Serializable;

import org.ejml.data.DMatrixRMaj;

/**
 * {@link RidgePath}'s primal ridge head from moments instead of rows, for data that are read in
 * passes (Spark): the design's weighted mean and covariance M (d x d) are decomposed once,
 * M = V L V^T, and a head for any targets needs only their mean tbar and their cross-moment
 * C = sum_i v_i (x_i - xbar) t_i^T (v_i the normalised weights):
 * <pre>
 *   W = V (L + beta)^{-1} V^T C,   b = tbar - W^T xbar.
 * </pre>
 * The exact leave-one-out error that chooses RidgePath's ridge needs each row once more
 * ({@link Targets#addLeaveOneOut}, the same formula, eigenvalue cut and ties); everything here is
 * serializable so that the design and the targets travel to the tasks of such a pass.
 */
public final class MomentRidge implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int d;
  private final long rows;
  private final double weight;
  private final double[] xbar;
  private final double[] values;
  /** Eigenvectors as columns, d x d. */
  private final DMatrixRMaj vectors;
  private final double tolerance;
  private final double meanEigenvalue;

  private MomentRidge(int d, long rows, double weight, double[] xbar, double[] values, DMatrixRMaj vectors,
      double meanEigenvalue) {
    this.d = d;
    this.rows = rows;
    this.weight = weight;
    this.xbar = xbar;
    this.values = values;
    this.vectors = vectors;
    this.meanEigenvalue = meanEigenvalue;
    double max = values.length == 0 ? 0 : Math.max(values[0], 0);
    // RidgePath's cut: an eigenvalue at rounding level is a direction the design does not span
    tolerance = Math.max(rows, d) * Math.ulp(max);
  }

  /**
   * The design of the first d columns of statistics (the targets may follow them).
   *
   * @param stats statistics of the rows, at least one of positive weight
   * @param d     the design's columns
   */
  public static MomentRidge of(JointStatistics stats, int d, LinearAlgebra algebra) {
    if (stats.count() == 0) {
      throw new IllegalArgumentException("The ridge design has no row of positive weight.");
    }
    DMatrixRMaj covariance = stats.covariance();
    DMatrixRMaj moment = new DMatrixRMaj(d, d);
    double trace = 0;
    for (int a = 0; a < d; a++) {
      for (int b = 0; b < d; b++) {
        moment.data[a * d + b] = covariance.get(a, b);
      }
      trace += covariance.get(a, a);
    }
    double[] mean = java.util.Arrays.copyOf(stats.mean(), d);
    SymmetricEigen eigen = algebra.symmetricEigen(moment, true);
    return new MomentRidge(d, stats.count(), stats.weight(), mean, eigen.values, eigen.vectors, trace / d);
  }

  /** tr(M) / d, the average variance of a column: the unit of the relative ridge grids. */
  public double meanEigenvalue() {
    return meanEigenvalue;
  }

  /** The design's weighted column means. */
  public double[] mean() {
    return xbar.clone();
  }

  /** The total weight of the design's rows. */
  public double weight() {
    return weight;
  }

  /** The targets that follow the design's d columns in its own statistics (e.g. gold labels). */
  public Targets targetsOf(JointStatistics stats) {
    DMatrixRMaj covariance = stats.covariance();
    int c = stats.dimension() - d;
    double[] mean = stats.mean();
    double[] tbar = new double[c];
    double[][] cross = new double[d][c];
    for (int k = 0; k < c; k++) {
      tbar[k] = mean[d + k];
      for (int f = 0; f < d; f++) {
        cross[f][k] = covariance.get(f, d + k);
      }
    }
    return new Targets(tbar, cross);
  }

  /**
   * Targets from sums over the design's rows: {@code sum} = sum_i w_i t_i and {@code centredCross} =
   * sum_i w_i (x_i - xbar) t_i^T with this design's mean xbar (d x c).
   */
  public Targets targets(double[] sum, double[][] centredCross) {
    double[] tbar = new double[sum.length];
    for (int k = 0; k < sum.length; k++) {
      tbar[k] = sum[k] / weight;
    }
    double[][] cross = new double[d][sum.length];
    for (int f = 0; f < d; f++) {
      for (int k = 0; k < sum.length; k++) {
        cross[f][k] = centredCross[f][k] / weight;
      }
    }
    return new Targets(tbar, cross);
  }

  private double factor(double lambda, double beta) {
    return lambda > tolerance ? 1.0 / (lambda + beta) : 0;
  }

  /** One set of targets on this design: its heads at any ridge and their leave-one-out errors. */
  public final class Targets implements Serializable {

    private static final long serialVersionUID = 1L;

    private final double[] tbar;
    /** P = V^T C, d x c. */
    private final double[][] projected;

    private Targets(double[] tbar, double[][] cross) {
      this.tbar = tbar;
      int c = tbar.length;
      projected = new double[d][c];
      for (int f = 0; f < d; f++) {
        for (int e = 0; e < d; e++) {
          double v = vectors.data[f * d + e];
          for (int k = 0; k < c; k++) {
            projected[e][k] += v * cross[f][k];
          }
        }
      }
    }

    /** The head at ridge beta &gt;= 0 (0: the minimum-norm least-squares fit). */
    public RidgePath.Head solve(double beta) {
      int c = tbar.length;
      double[][] w = new double[d][c];
      double[] scaled = new double[c];
      for (int e = 0; e < d; e++) {
        double f = factor(values[e], beta);
        if (f == 0) {
          continue;
        }
        for (int k = 0; k < c; k++) {
          scaled[k] = f * projected[e][k];
        }
        for (int a = 0; a < d; a++) {
          double v = vectors.data[a * d + e];
          for (int k = 0; k < c; k++) {
            w[a][k] += v * scaled[k];
          }
        }
      }
      double[] intercept = tbar.clone();
      for (int a = 0; a < d; a++) {
        for (int k = 0; k < c; k++) {
          intercept[k] -= w[a][k] * xbar[a];
        }
      }
      return new RidgePath.Head(w, intercept);
    }

    /**
     * Adds one design row's weighted squared leave-one-out error at every ridge to {@code errors}
     * (RidgePath's formula: row i's prediction from the fit without it, its weight v_i = w / total).
     *
     * @param x      the row's design values
     * @param t      its targets
     * @param w      its weight (a row of weight 0 adds nothing)
     * @param ridges the absolute ridges
     * @param errors one sum per ridge
     */
    public void addLeaveOneOut(double[] x, double[] t, double w, double[] ridges, double[] errors) {
      if (w == 0) {
        return;
      }
      double v = w / weight;
      double[] r = new double[d];
      for (int f = 0; f < d; f++) {
        double centred = x[f] - xbar[f];
        for (int e = 0, at = f * d; e < d; e++) {
          r[e] += centred * vectors.data[at + e];
        }
      }
      int c = tbar.length;
      double[] fitted = new double[c];
      for (int g = 0; g < ridges.length; g++) {
        System.arraycopy(tbar, 0, fitted, 0, c);
        double leverage = 0;
        for (int e = 0; e < d; e++) {
          double scaled = r[e] * factor(values[e], ridges[g]);
          leverage += r[e] * scaled;
          for (int k = 0; k < c; k++) {
            fitted[k] += scaled * projected[e][k];
          }
        }
        double h = v * (1 + leverage);
        double keep = Math.max(1 - h, 1e-12);
        double squared = 0;
        for (int k = 0; k < c; k++) {
          double residual = t[k] - (fitted[k] - h * t[k]) / keep;
          squared += residual * residual;
        }
        errors[g] += v * squared;
      }
    }
  }
}
