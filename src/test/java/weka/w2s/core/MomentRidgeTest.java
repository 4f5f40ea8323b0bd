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
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/**
 * The ridge head from moments against brute force: the normal equations of the rows themselves
 * (centred, solved by EJML), and the leave-one-out error by refitting without each row (the penalty
 * held at the full fit's in sum form, RidgePath's convention); and its ridge choice against
 * RidgePath's on the same rows.
 */
class MomentRidgeTest {

  static final int N = 40;
  static final int D = 5;
  static final int C = 2;

  static double[][] rows(Random r, int n, int d, double scale) {
    double[][] x = new double[n][d];
    for (double[] row : x) {
      for (int j = 0; j < d; j++) {
        row[j] = scale * (r.nextGaussian() + j);
      }
    }
    return x;
  }

  /** The statistics of [x, t] rows, folded in two halves and merged (as partitions are). */
  static JointStatistics stats(double[][] x, double[][] t) {
    JointStatistics a = new JointStatistics(D + C, 0);
    JointStatistics b = new JointStatistics(D + C, 0);
    for (int i = 0; i < x.length; i++) {
      double[] row = new double[D + C];
      System.arraycopy(x[i], 0, row, 0, D);
      System.arraycopy(t[i], 0, row, D, C);
      (i < x.length / 3 ? a : b).add(row);
    }
    a.merge(b);
    return a;
  }

  /** Minimises sum_j ||t_j - b - W^T x_j||^2 + penalty ||W||^2 over the rows but {@code left}; returns [W; b]. */
  static double[][] bruteForce(double[][] x, double[][] t, double penalty, int left) {
    int n = 0;
    double[] xbar = new double[D];
    double[] tbar = new double[C];
    for (int i = 0; i < x.length; i++) {
      if (i != left) {
        n++;
        for (int j = 0; j < D; j++) {
          xbar[j] += x[i][j];
        }
        for (int k = 0; k < C; k++) {
          tbar[k] += t[i][k];
        }
      }
    }
    for (int j = 0; j < D; j++) {
      xbar[j] /= n;
    }
    for (int k = 0; k < C; k++) {
      tbar[k] /= n;
    }
    DMatrixRMaj a = new DMatrixRMaj(D, D);
    DMatrixRMaj b = new DMatrixRMaj(D, C);
    for (int i = 0; i < x.length; i++) {
      if (i == left) {
        continue;
      }
      for (int p = 0; p < D; p++) {
        for (int q = 0; q < D; q++) {
          a.add(p, q, (x[i][p] - xbar[p]) * (x[i][q] - xbar[q]));
        }
        for (int k = 0; k < C; k++) {
          b.add(p, k, (x[i][p] - xbar[p]) * (t[i][k] - tbar[k]));
        }
      }
    }
    for (int p = 0; p < D; p++) {
      a.add(p, p, penalty);
    }
    DMatrixRMaj w = new DMatrixRMaj(D, C);
    CommonOps_DDRM.solve(a, b, w);
    double[][] out = new double[D + 1][C];
    for (int k = 0; k < C; k++) {
      double intercept = tbar[k];
      for (int p = 0; p < D; p++) {
        out[p][k] = w.get(p, k);
        intercept -= w.get(p, k) * xbar[p];
      }
      out[D][k] = intercept;
    }
    return out;
  }

  @Test
  void headsAndLeaveOneOutErrorsAreTheRowsOwn() {
    Random r = new Random(3);
    double[][] x = rows(r, N, D, 2);
    double[][] t = rows(r, N, C, 1);
    MomentRidge design = MomentRidge.of(stats(x, t), D, LinearAlgebra.java());
    MomentRidge.Targets targets = design.targetsOf(stats(x, t));
    double[] ridges = {0.01, 0.3, 5};
    double[] errors = new double[ridges.length];
    for (int i = 0; i < N; i++) {
      targets.addLeaveOneOut(x[i], t[i], 1, ridges, errors);
    }
    for (int g = 0; g < ridges.length; g++) {
      // the loss is (1/n) sum + beta ||W||^2: in sum form the penalty is n beta, kept when a row leaves
      double[][] full = bruteForce(x, t, N * ridges[g], -1);
      RidgePath.Head head = targets.solve(ridges[g]);
      for (int k = 0; k < C; k++) {
        for (int p = 0; p < D; p++) {
          assertEquals(full[p][k], head.weights()[p][k], 1e-10 * (1 + Math.abs(full[p][k])), "W " + p + "," + k);
        }
        assertEquals(full[D][k], head.intercept()[k], 1e-10 * (1 + Math.abs(full[D][k])), "b " + k);
      }
      double loo = 0;
      for (int i = 0; i < N; i++) {
        double[][] without = bruteForce(x, t, N * ridges[g], i);
        for (int k = 0; k < C; k++) {
          double prediction = without[D][k];
          for (int p = 0; p < D; p++) {
            prediction += without[p][k] * x[i][p];
          }
          loo += (t[i][k] - prediction) * (t[i][k] - prediction) / N;
        }
      }
      assertEquals(loo, errors[g], 1e-10 * loo, "leave-one-out error at ridge " + ridges[g]);
    }
  }

  @Test
  void theChoiceIsRidgePathsOnTheSameRows() {
    Random r = new Random(11);
    double[][] x = rows(r, N, D, 1);
    double[][] t = new double[N][C];
    for (int i = 0; i < N; i++) {
      t[i][0] = x[i][0] - 2 * x[i][3] + r.nextGaussian();
      t[i][1] = 1 - t[i][0];
    }
    MomentRidge design = MomentRidge.of(stats(x, t), D, LinearAlgebra.java());
    MomentRidge.Targets targets = design.targetsOf(stats(x, t));
    RidgePath path = RidgePath.of(x, null);
    assertEquals(path.meanEigenvalue(), design.meanEigenvalue(), 1e-12 * path.meanEigenvalue());
    double[] ridges = RidgeGrid.parse(RidgeGrid.DEFAULT, "grid").absolute(design.meanEigenvalue());
    double[] errors = new double[ridges.length];
    for (int i = 0; i < N; i++) {
      targets.addLeaveOneOut(x[i], t[i], 1, ridges, errors);
    }
    RidgePath.RidgeChoice expected = path.chooseRidge(t, ridges);
    RidgePath.RidgeChoice actual = RidgePath.RidgeChoice.smallest(ridges, errors);
    assertEquals(expected.chosenIndex(), actual.chosenIndex());
    for (int g = 0; g < ridges.length; g++) {
      assertEquals(expected.errors()[g], errors[g], 1e-10 * expected.errors()[g]);
    }
    RidgePath.Head a = path.solve(t, actual.ridge());
    RidgePath.Head b = targets.solve(actual.ridge());
    for (int p = 0; p < D; p++) {
      for (int k = 0; k < C; k++) {
        assertEquals(a.weights()[p][k], b.weights()[p][k], 1e-10 * (1 + Math.abs(a.weights()[p][k])));
      }
    }
  }
}
