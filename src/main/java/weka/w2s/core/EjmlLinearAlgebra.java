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

import java.util.Arrays;
import java.util.Comparator;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/** The pure-Java back end: EJML's symmetric eigensolver (and tiled products). */
final class EjmlLinearAlgebra extends LinearAlgebra {

  static final EjmlLinearAlgebra INSTANCE = new EjmlLinearAlgebra();

  private EjmlLinearAlgebra() {
  }

  @Override
  public Choice kind() {
    return Choice.JAVA;
  }

  @Override
  public String description() {
    return "java (EJML)";
  }

  @Override
  SymmetricEigen symmetricEigen(DMatrixRMaj symmetric, boolean needVectors) {
    int n = symmetric.numRows;
    EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, needVectors, true);
    if (!eig.decompose(symmetric.copy())) {
      throw SymmetricEigen.notConverged(n);
    }
    Integer[] order = new Integer[n];
    double[] raw = new double[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
      raw[i] = eig.getEigenvalue(i).real;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> raw[i]).reversed());
    double[] values = new double[n];
    DMatrixRMaj vectors = needVectors ? new DMatrixRMaj(n, n) : null;
    for (int c = 0; c < n; c++) {
      values[c] = raw[order[c]];
      if (needVectors) {
        DMatrixRMaj v = eig.getEigenVector(order[c]);
        for (int r = 0; r < n; r++) {
          vectors.unsafe_set(r, c, v.get(r, 0));
        }
      }
    }
    return new SymmetricEigen(values, vectors);
  }

  @Override
  double largestEigenvalue(DMatrixRMaj symmetric) {
    return symmetricEigen(symmetric, false).values[0];
  }

  @Override
  SymmetricAccumulator newAccumulator(int dimension) {
    return new TiledAccumulator(dimension);
  }

  @Override
  DMatrixRMaj multiply(DMatrixRMaj a, boolean transposeA, DMatrixRMaj b, boolean transposeB) {
    DMatrixRMaj c = new DMatrixRMaj(transposeA ? a.numCols : a.numRows, transposeB ? b.numRows : b.numCols);
    if (transposeA && transposeB) {
      CommonOps_DDRM.multTransAB(a, b, c);
    } else if (transposeA) {
      CommonOps_DDRM.multTransA(a, b, c);
    } else if (transposeB) {
      CommonOps_DDRM.multTransB(a, b, c);
    } else {
      CommonOps_DDRM.mult(a, b, c);
    }
    return c;
  }

  @Override
  DMatrixRMaj solvePositiveDefinite(DMatrixRMaj a, DMatrixRMaj b) {
    LinearSolverDense<DMatrixRMaj> cholesky = LinearSolverFactory_DDRM.symmPosDef(a.numRows);
    DMatrixRMaj upper = a.copy();
    SymmetricAccumulator.mirrorUpper(upper.data, upper.numRows);
    if (!cholesky.setA(upper)) {
      return null;
    }
    DMatrixRMaj x = new DMatrixRMaj(a.numRows, b.numCols);
    cholesky.solve(b.copy(), x);
    return x;
  }
}
