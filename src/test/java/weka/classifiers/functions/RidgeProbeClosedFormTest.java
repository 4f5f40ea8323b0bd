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

package weka.classifiers.functions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.junit.jupiter.api.Test;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Option;
import weka.core.SelectedTag;
import weka.core.Utils;

/**
 * Checks RidgeProbe against an independently computed closed form: the normal equations of the
 * uncentred problem with an explicit intercept column whose penalty is zero,
 * (Phi' D Phi + beta diag(0, 1, ..., 1)) theta = Phi' D T, Phi = [1 X], D = diag(v_i / V),
 * solved with EJML's general LU solver. RidgeProbe instead centres the data and solves the
 * primal or dual ridge system with Cholesky or a pseudo-inverse, so agreement tests the centring,
 * the weighting, the beta convention (no factor n) and both solves.
 */
class RidgeProbeClosedFormTest {

  private static final double TOL = 1e-9;

  // ------------------------------------------------------------ data helpers

  /** Gaussian attributes x1..xd. */
  private static double[][] gaussian(Random rnd, int n, int d) {
    double[][] x = new double[n][d];
    for (double[] row : x) {
      for (int j = 0; j < d; j++) {
        row[j] = rnd.nextGaussian() + 0.5 * j; // non-zero means, so the intercept matters
      }
    }
    return x;
  }

  /** A numeric-class data set (class last). */
  private static Instances numericData(double[][] x, double[] y, double[] weights) {
    ArrayList<Attribute> atts = new ArrayList<>();
    for (int j = 0; j < x[0].length; j++) {
      atts.add(new Attribute("x" + (j + 1)));
    }
    atts.add(new Attribute("y"));
    Instances data = new Instances("numeric", atts, x.length);
    data.setClassIndex(atts.size() - 1);
    for (int i = 0; i < x.length; i++) {
      double[] vals = Arrays.copyOf(x[i], x[i].length + 1);
      vals[x[i].length] = y[i];
      data.add(new DenseInstance(weights == null ? 1 : weights[i], vals));
    }
    return data;
  }

  /** A nominal-class data set with the given class labels (-1: missing class). */
  private static Instances nominalData(double[][] x, int[] label, int numClasses,
    double[] weights) {
    ArrayList<Attribute> atts = new ArrayList<>();
    for (int j = 0; j < x[0].length; j++) {
      atts.add(new Attribute("x" + (j + 1)));
    }
    List<String> values = new ArrayList<>();
    for (int k = 0; k < numClasses; k++) {
      values.add("c" + k);
    }
    atts.add(new Attribute("class", values));
    Instances data = new Instances("nominal", atts, x.length);
    data.setClassIndex(atts.size() - 1);
    for (int i = 0; i < x.length; i++) {
      double[] vals = Arrays.copyOf(x[i], x[i].length + 1);
      vals[x[i].length] = label[i] < 0 ? Utils.missingValue() : label[i];
      data.add(new DenseInstance(weights == null ? 1 : weights[i], vals));
    }
    return data;
  }

  /** Labels from a noisy linear rule, so every class occurs. */
  private static int[] labels(Random rnd, double[][] x, int numClasses) {
    int[] label = new int[x.length];
    for (int i = 0; i < x.length; i++) {
      int last = x[i].length - 1;
      double s = x[i][0] - 0.7 * (x[i][last] - 0.5 * last) + 0.3 * rnd.nextGaussian();
      label[i] = Math.min(numClasses - 1, Math.max(0, (int) Math.floor(s + numClasses / 2.0)));
    }
    for (int k = 0; k < numClasses && k < x.length; k++) {
      label[k] = k;
    }
    return label;
  }

  private static double[][] oneHot(int[] label, int numClasses) {
    double[][] t = new double[label.length][numClasses];
    for (int i = 0; i < label.length; i++) {
      t[i][label[i]] = 1;
    }
    return t;
  }

  /**
   * The reference solution: row 0 the intercepts, rows 1..d the weights. Uncentred augmented
   * normal equations, intercept not penalised, general LU solve.
   */
  static double[][] reference(double[][] x, double[][] t, double[] weights, double beta) {
    int n = x.length;
    int d = x[0].length;
    int c = t[0].length;
    double total = 0;
    for (int i = 0; i < n; i++) {
      total += weights == null ? 1 : weights[i];
    }
    DMatrixRMaj m = new DMatrixRMaj(d + 1, d + 1);
    DMatrixRMaj r = new DMatrixRMaj(d + 1, c);
    for (int i = 0; i < n; i++) {
      double v = (weights == null ? 1 : weights[i]) / total;
      double[] phi = new double[d + 1];
      phi[0] = 1;
      System.arraycopy(x[i], 0, phi, 1, d);
      for (int a = 0; a <= d; a++) {
        for (int b = 0; b <= d; b++) {
          m.add(a, b, v * phi[a] * phi[b]);
        }
        for (int k = 0; k < c; k++) {
          r.add(a, k, v * phi[a] * t[i][k]);
        }
      }
    }
    for (int a = 1; a <= d; a++) {
      m.add(a, a, beta);
    }
    LinearSolverDense<DMatrixRMaj> lu = LinearSolverFactory_DDRM.lu(d + 1);
    assertTrue(lu.setA(m), "reference system is singular");
    DMatrixRMaj theta = new DMatrixRMaj(d + 1, c);
    lu.solve(r, theta);
    double[][] out = new double[d + 1][c];
    for (int a = 0; a <= d; a++) {
      for (int k = 0; k < c; k++) {
        out[a][k] = theta.get(a, k);
      }
    }
    return out;
  }

  private static void assertClose(double expected, double actual, double tol, String what) {
    double scale = Math.max(1, Math.abs(expected));
    assertTrue(Math.abs(expected - actual) <= tol * scale,
      what + ": expected " + expected + " but was " + actual);
  }

  private static void assertModel(double[][] expected, RidgeProbe probe) {
    double[] b = probe.intercepts();
    double[][] w = probe.coefficients();
    assertEquals(expected.length - 1, w.length, "number of weights");
    for (int k = 0; k < b.length; k++) {
      assertClose(expected[0][k], b[k], TOL, "intercept " + k);
      for (int j = 0; j < w.length; j++) {
        assertClose(expected[j + 1][k], w[j][k], TOL, "weight " + j + "," + k);
      }
    }
  }

  private static RidgeProbe probe(double beta, int solver) {
    RidgeProbe p = new RidgeProbe();
    p.setRidge(beta);
    p.setSolver(new SelectedTag(solver, RidgeProbe.TAGS_SOLVER));
    return p;
  }

  private static double[][] predictAll(RidgeProbe p, Instances data) throws Exception {
    double[][] out = new double[data.numInstances()][];
    for (int i = 0; i < data.numInstances(); i++) {
      out[i] = p.scoresForInstance(data.instance(i));
    }
    return out;
  }

  private static void assertSamePredictions(double[][] a, double[][] b, double tol) {
    for (int i = 0; i < a.length; i++) {
      for (int k = 0; k < a[i].length; k++) {
        assertClose(a[i][k], b[i][k], tol, "prediction " + i + "," + k);
      }
    }
  }

  // -------------------------------------------------------- closed form checks

  @Test
  void numericClassMatchesReferenceInPrimalAndDual() throws Exception {
    Random rnd = new Random(1);
    double[][] x = gaussian(rnd, 40, 5);
    double[] y = new double[40];
    double[][] t = new double[40][1];
    for (int i = 0; i < 40; i++) {
      y[i] = 2 + x[i][0] - 3 * x[i][2] + 0.5 * rnd.nextGaussian();
      t[i][0] = y[i];
    }
    Instances data = numericData(x, y, null);
    for (double beta : new double[] {0, 1e-4, 0.3, 10}) {
      double[][] expected = reference(x, t, null, beta);
      for (int solver : new int[] {RidgeProbe.SOLVER_PRIMAL, RidgeProbe.SOLVER_DUAL}) {
        RidgeProbe p = probe(beta, solver);
        p.buildClassifier(data);
        assertModel(expected, p);
        assertEquals(solver == RidgeProbe.SOLVER_DUAL, p.solvedInDual());
        double pred = p.classifyInstance(data.instance(3));
        double manual = expected[0][0];
        for (int j = 0; j < 5; j++) {
          manual += expected[j + 1][0] * x[3][j];
        }
        assertClose(manual, pred, TOL, "prediction");
      }
    }
  }

  @Test
  void nominalClassMatchesReferenceAndScoresSumToOne() throws Exception {
    Random rnd = new Random(2);
    double[][] x = gaussian(rnd, 60, 4);
    int[] label = labels(rnd, x, 3);
    Instances data = nominalData(x, label, 3, null);
    double beta = 0.05;
    double[][] expected = reference(x, oneHot(label, 3), null, beta);
    RidgeProbe p = probe(beta, RidgeProbe.SOLVER_AUTO);
    p.buildClassifier(data);
    assertFalse(p.solvedInDual(), "auto uses the primal when n >= d");
    assertModel(expected, p);

    double[][] w = p.coefficients();
    for (double[] row : w) {
      assertEquals(0, row[0] + row[1] + row[2], 1e-12, "class weights sum to zero");
    }
    for (int i = 0; i < data.numInstances(); i++) {
      double[] s = p.scoresForInstance(data.instance(i));
      assertEquals(1, s[0] + s[1] + s[2], 1e-12, "scores sum to one");
      double[] dist = p.distributionForInstance(data.instance(i));
      assertArrayEquals(RidgeProbe.clipAndNormalise(s), dist, 0);
      assertEquals(1, dist[0] + dist[1] + dist[2], 1e-12);
      for (double q : dist) {
        assertTrue(q >= 0);
      }
    }
  }

  @Test
  void twoClassScoresAreSymmetricAndTheDistributionClips() throws Exception {
    Random rnd = new Random(3);
    double[][] x = gaussian(rnd, 30, 3);
    int[] label = labels(rnd, x, 2);
    Instances data = nominalData(x, label, 2, null);
    RidgeProbe p = probe(1e-3, RidgeProbe.SOLVER_AUTO);
    p.buildClassifier(data);
    double[][] w = p.coefficients();
    for (double[] row : w) {
      assertEquals(-row[0], row[1], 1e-12, "w_1 = -w_0");
    }
    for (int i = 0; i < data.numInstances(); i++) {
      Instance inst = data.instance(i);
      double[] s = p.scoresForInstance(inst);
      assertEquals(1, s[0] + s[1], 1e-12);
      double[] dist = p.distributionForInstance(inst);
      assertEquals(Math.min(1, Math.max(0, s[1])), dist[1], 1e-12);
      assertEquals(1 - dist[1], dist[0], 1e-12);
    }
    // a point far along the class-1 direction scores above 1 and is clipped to {0, 1}
    Instance far = new DenseInstance(1, new double[] {50, 0, -50, Utils.missingValue()});
    far.setDataset(data);
    double[] s = p.scoresForInstance(far);
    assertTrue(s[1] > 1 && s[0] < 0, Arrays.toString(s));
    assertArrayEquals(new double[] {0, 1}, p.distributionForInstance(far), 0);
  }

  @Test
  void instanceWeightsAreWeightedLeastSquares() throws Exception {
    Random rnd = new Random(4);
    double[][] x = gaussian(rnd, 35, 4);
    int[] label = labels(rnd, x, 3);
    double[] weights = new double[35];
    for (int i = 0; i < 35; i++) {
      weights[i] = 0.1 + 3 * rnd.nextDouble();
    }
    weights[5] = 0; // a zero weight drops the instance
    Instances data = nominalData(x, label, 3, weights);
    double beta = 0.2;
    double[][] expected = reference(x, oneHot(label, 3), weights, beta);
    for (int solver : new int[] {RidgeProbe.SOLVER_PRIMAL, RidgeProbe.SOLVER_DUAL}) {
      RidgeProbe p = probe(beta, solver);
      p.buildClassifier(data);
      assertModel(expected, p);
    }

    // scaling all weights changes nothing (the loss is normalised by the total weight)
    Instances scaled = new Instances(data);
    for (int i = 0; i < scaled.numInstances(); i++) {
      scaled.instance(i).setWeight(7.5 * scaled.instance(i).weight());
    }
    RidgeProbe p = probe(beta, RidgeProbe.SOLVER_AUTO);
    p.buildClassifier(scaled);
    assertModel(expected, p);
  }

  @Test
  void integerWeightEqualsDuplicationAndBetaIsNotScaledByN() throws Exception {
    Random rnd = new Random(5);
    double[][] x = gaussian(rnd, 20, 3);
    double[] y = new double[20];
    for (int i = 0; i < 20; i++) {
      y[i] = x[i][1] + rnd.nextGaussian();
    }
    double[] weights = new double[20];
    Arrays.fill(weights, 1);
    weights[0] = 2;
    weights[7] = 3;
    Instances weighted = numericData(x, y, weights);
    Instances duplicated = numericData(x, y, null);
    duplicated.add(duplicated.instance(0));
    duplicated.add(duplicated.instance(7));
    duplicated.add(duplicated.instance(7));
    RidgeProbe a = probe(0.5, RidgeProbe.SOLVER_AUTO);
    a.buildClassifier(weighted);
    RidgeProbe b = probe(0.5, RidgeProbe.SOLVER_AUTO);
    b.buildClassifier(duplicated);
    assertSamePredictions(predictAll(a, duplicated), predictAll(b, duplicated), TOL);

    // every instance twice: n doubles, (1/n) loss unchanged, so the model is unchanged
    Instances twice = new Instances(duplicated);
    for (int i = 0; i < duplicated.numInstances(); i++) {
      twice.add(duplicated.instance(i));
    }
    RidgeProbe c = probe(0.5, RidgeProbe.SOLVER_AUTO);
    c.buildClassifier(twice);
    assertSamePredictions(predictAll(b, duplicated), predictAll(c, duplicated), TOL);
  }

  @Test
  void singleAttributeShrinksAsCovarianceOverVariancePlusBeta() throws Exception {
    // one attribute: w = cov(x, y) / (var(x) + beta), population moments (1/n)
    double[][] x = {{1}, {2}, {4}, {7}};
    double[] y = {1, 3, 2, 8};
    double mx = 3.5;
    double my = 3.5;
    double var = 0;
    double cov = 0;
    for (int i = 0; i < 4; i++) {
      var += (x[i][0] - mx) * (x[i][0] - mx) / 4;
      cov += (x[i][0] - mx) * (y[i] - my) / 4;
    }
    for (double beta : new double[] {0, 1, 5}) {
      RidgeProbe p = probe(beta, RidgeProbe.SOLVER_AUTO);
      p.buildClassifier(numericData(x, y, null));
      double w = cov / (var + beta);
      assertEquals(w, p.coefficients()[0][0], 1e-12);
      assertEquals(my - w * mx, p.intercepts()[0], 1e-12);
    }
  }

  @Test
  void softTargetsMatchReferenceAndMayHaveMissingClass() throws Exception {
    Random rnd = new Random(6);
    double[][] x = gaussian(rnd, 50, 6);
    int[] label = new int[50];
    Arrays.fill(label, -1); // the W2S pool: gold labels hidden
    label[0] = 0;
    double[][] soft = new double[50][3];
    for (double[] row : soft) {
      double sum = 0;
      for (int k = 0; k < 3; k++) {
        row[k] = rnd.nextDouble();
        sum += row[k];
      }
      for (int k = 0; k < 3; k++) {
        row[k] /= sum;
      }
    }
    double[] weights = new double[50];
    for (int i = 0; i < 50; i++) {
      weights[i] = 0.5 + rnd.nextDouble();
    }
    Instances data = nominalData(x, label, 3, weights);
    double beta = 0.01;
    double[][] expected = reference(x, soft, weights, beta);
    for (int solver : new int[] {RidgeProbe.SOLVER_PRIMAL, RidgeProbe.SOLVER_DUAL}) {
      RidgeProbe p = probe(beta, solver);
      p.buildFromTargets(data, soft);
      assertModel(expected, p);
      double[] s = p.scoresForInstance(data.instance(9));
      assertEquals(1, s[0] + s[1] + s[2], 1e-12, "soft distributions also give scores summing to 1");
    }

    // numeric targets through the same method
    double[][] reg = new double[50][1];
    for (int i = 0; i < 50; i++) {
      reg[i][0] = x[i][3] - x[i][4] + rnd.nextGaussian();
    }
    double[] yMissing = new double[50];
    Arrays.fill(yMissing, Utils.missingValue());
    RidgeProbe p = probe(beta, RidgeProbe.SOLVER_AUTO);
    p.buildFromTargets(numericData(x, yMissing, weights), reg);
    assertModel(reference(x, reg, weights, beta), p);
  }

  @Test
  void hardTargetsThroughBuildFromTargetsEqualBuildClassifier() throws Exception {
    Random rnd = new Random(7);
    double[][] x = gaussian(rnd, 25, 3);
    int[] label = labels(rnd, x, 3);
    Instances data = nominalData(x, label, 3, null);
    RidgeProbe a = probe(0.1, RidgeProbe.SOLVER_AUTO);
    a.buildClassifier(data);
    RidgeProbe b = probe(0.1, RidgeProbe.SOLVER_AUTO);
    b.buildFromTargets(data, oneHot(label, 3));
    assertSamePredictions(predictAll(a, data), predictAll(b, data), 1e-12);
  }

  @Test
  void primalAndDualGiveTheSamePredictions() throws Exception {
    Random rnd = new Random(8);
    // n < d (the dual is the natural solve) and n > d
    int[][] shapes = {{15, 30}, {60, 8}};
    for (int[] shape : shapes) {
      double[][] x = gaussian(rnd, shape[0], shape[1]);
      int[] label = labels(rnd, x, 3);
      double[] weights = new double[shape[0]];
      for (int i = 0; i < weights.length; i++) {
        weights[i] = 0.2 + rnd.nextDouble();
      }
      Instances data = nominalData(x, label, 3, weights);
      Instances test = nominalData(gaussian(rnd, 20, shape[1]), new int[20], 3, null);
      for (double beta : new double[] {0, 1e-4, 1}) {
        RidgeProbe primal = probe(beta, RidgeProbe.SOLVER_PRIMAL);
        primal.buildClassifier(data);
        RidgeProbe dual = probe(beta, RidgeProbe.SOLVER_DUAL);
        dual.buildClassifier(data);
        assertFalse(primal.solvedInDual());
        assertTrue(dual.solvedInDual());
        assertSamePredictions(predictAll(primal, test), predictAll(dual, test), 1e-9);
        RidgeProbe auto = probe(beta, RidgeProbe.SOLVER_AUTO);
        auto.buildClassifier(data);
        assertEquals(shape[0] < shape[1], auto.solvedInDual(), "auto: dual iff n < d");
        if (beta == 0) {
          assertTrue(dual.solveDescription().contains("pseudo-inverse"), dual.solveDescription());
        } else {
          assertTrue(dual.solveDescription().contains("Cholesky"), dual.solveDescription());
        }
      }
    }
  }

  @Test
  void betaZeroWithDuplicatedColumnGivesTheMinimumNormSolution() throws Exception {
    Random rnd = new Random(9);
    double[][] x1 = gaussian(rnd, 30, 2);
    double[][] x2 = new double[30][3];
    double[] y = new double[30];
    for (int i = 0; i < 30; i++) {
      x2[i][0] = x1[i][0];
      x2[i][1] = x1[i][0]; // exact copy: rank deficient
      x2[i][2] = x1[i][1];
      y[i] = 1 + 2 * x1[i][0] - x1[i][1] + 0.1 * rnd.nextGaussian();
    }
    RidgeProbe single = probe(0, RidgeProbe.SOLVER_AUTO);
    single.buildClassifier(numericData(x1, y, null));
    for (int solver : new int[] {RidgeProbe.SOLVER_PRIMAL, RidgeProbe.SOLVER_DUAL}) {
      RidgeProbe dup = probe(0, solver);
      dup.buildClassifier(numericData(x2, y, null));
      double[][] w = dup.coefficients();
      double ws = single.coefficients()[0][0];
      // minimum norm splits the weight equally between the copies
      assertEquals(ws / 2, w[0][0], 1e-9);
      assertEquals(ws / 2, w[1][0], 1e-9);
      assertEquals(single.coefficients()[1][0], w[2][0], 1e-9);
      assertEquals(single.intercepts()[0], dup.intercepts()[0], 1e-9);
      assertTrue(dup.solveDescription().contains("rank"), dup.solveDescription());
    }
  }

  @Test
  void nominalAttributesAndMissingValuesFollowTheFilters() throws Exception {
    // nominal attribute -> 0/1 indicators; missing numeric -> weighted mean; missing nominal -> mode
    ArrayList<Attribute> atts = new ArrayList<>();
    atts.add(new Attribute("colour", Arrays.asList("red", "green", "blue")));
    atts.add(new Attribute("size"));
    atts.add(new Attribute("y"));
    Instances data = new Instances("mixed", atts, 0);
    data.setClassIndex(2);
    Random rnd = new Random(10);
    int n = 40;
    double[] w = new double[n];
    int[] colour = new int[n];
    double[] size = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      colour[i] = i % 3 == 0 ? 0 : (i % 3 == 1 ? 1 : (i % 5 == 0 ? 1 : 2));
      size[i] = rnd.nextGaussian() * 2 + 1;
      y[i] = colour[i] - size[i] + 0.3 * rnd.nextGaussian();
      w[i] = 0.5 + rnd.nextDouble();
      double sz = (i == 4 || i == 11) ? Utils.missingValue() : size[i];
      double col = i == 8 ? Utils.missingValue() : colour[i];
      data.add(new DenseInstance(w[i], new double[] {col, sz, y[i]}));
    }
    // expected transformation
    double sw = 0;
    double sx = 0;
    double[] colourWeight = new double[3];
    for (int i = 0; i < n; i++) {
      if (i != 4 && i != 11) {
        sw += w[i];
        sx += w[i] * size[i];
      }
      if (i != 8) {
        colourWeight[colour[i]] += w[i];
      }
    }
    double meanSize = sx / sw;
    int mode = Utils.maxIndex(colourWeight);
    double[][] x = new double[n][4];
    for (int i = 0; i < n; i++) {
      int col = i == 8 ? mode : colour[i];
      x[i][col] = 1;
      x[i][3] = (i == 4 || i == 11) ? meanSize : size[i];
    }
    double[][] t = new double[n][1];
    for (int i = 0; i < n; i++) {
      t[i][0] = y[i];
    }
    double beta = 0.1; // the three indicators sum to 1: beta > 0 makes the reference regular
    RidgeProbe p = probe(beta, RidgeProbe.SOLVER_AUTO);
    p.buildClassifier(data);
    assertEquals(Arrays.asList("colour=red", "colour=green", "colour=blue", "size"),
      Arrays.asList(p.coefficientNames()));
    assertModel(reference(x, t, w, beta), p);

    // a test instance with missing values is predicted with the same replacements
    Instance test = new DenseInstance(1, new double[] {Utils.missingValue(),
      Utils.missingValue(), Utils.missingValue()});
    test.setDataset(data);
    double[][] ref = reference(x, t, w, beta);
    double expected = ref[0][0] + ref[1 + mode][0] + ref[4][0] * meanSize;
    assertClose(expected, p.classifyInstance(test), TOL, "prediction with missing values");
  }

  @Test
  void onlyTheClassGivesTheWeightedMean() throws Exception {
    ArrayList<Attribute> atts = new ArrayList<>();
    atts.add(new Attribute("class", Arrays.asList("a", "b")));
    Instances data = new Instances("only-class", atts, 0);
    data.setClassIndex(0);
    data.add(new DenseInstance(1, new double[] {0}));
    data.add(new DenseInstance(3, new double[] {1}));
    RidgeProbe p = new RidgeProbe();
    p.buildClassifier(data);
    assertArrayEquals(new double[] {0.25, 0.75}, p.distributionForInstance(data.instance(0)), 1e-12);
  }

  // ----------------------------------------------------------------- bad input

  private static String message(Exception e) {
    return e.getMessage() == null ? "" : e.getMessage();
  }

  @Test
  void badInputGivesMessagesThatSayWhatToChange() throws Exception {
    Random rnd = new Random(11);
    double[][] x = gaussian(rnd, 10, 2);
    int[] label = labels(rnd, x, 2);
    Instances data = nominalData(x, label, 2, null);

    Exception e = assertThrows(Exception.class,
      () -> new RidgeProbe().buildClassifier(new Instances(data, 0)));
    assertTrue(message(e).contains("no training instances"), message(e));

    Instances unlabelled = nominalData(x, new int[] {-1, -1, -1, -1, -1, -1, -1, -1, -1, -1}, 2,
      null);
    e = assertThrows(Exception.class, () -> new RidgeProbe().buildClassifier(unlabelled));
    assertTrue(message(e).contains("missing class value") && message(e).contains("buildFromTargets"),
      message(e));

    Instances oneClass = nominalData(x, new int[10], 2, null);
    e = assertThrows(Exception.class, () -> new RidgeProbe().buildClassifier(oneClass));
    assertTrue(message(e).contains("only one class value ('c0')"), message(e));

    Instances unary = nominalData(x, new int[10], 1, null);
    e = assertThrows(Exception.class, () -> new RidgeProbe().buildClassifier(unary));
    assertTrue(message(e).contains("declares 1 value"), message(e));

    Instances infinite = new Instances(data);
    infinite.instance(3).setValue(1, Double.POSITIVE_INFINITY);
    e = assertThrows(Exception.class, () -> new RidgeProbe().buildClassifier(infinite));
    assertTrue(message(e).contains("'x2' has the infinite value Infinity in instance 4"),
      message(e));

    RidgeProbe trained = new RidgeProbe();
    trained.buildClassifier(data);
    Instance bad = (Instance) infinite.instance(3).copy();
    e = assertThrows(Exception.class, () -> trained.distributionForInstance(bad));
    assertTrue(message(e).contains("infinite"), message(e));

    Instances noClass = new Instances(data);
    noClass.setClassIndex(-1);
    e = assertThrows(Exception.class, () -> new RidgeProbe().buildClassifier(noClass));
    assertTrue(message(e).contains("no class attribute is set"), message(e));

    e = assertThrows(IllegalArgumentException.class, () -> new RidgeProbe().setRidge(-1));
    assertTrue(message(e).contains(">= 0") && message(e).contains("ridge beta"), message(e));
    e = assertThrows(IllegalArgumentException.class, () -> new RidgeProbe().setRidge(Double.NaN));
    assertTrue(message(e).contains(">= 0"), message(e));
    e = assertThrows(IllegalArgumentException.class,
      () -> new RidgeProbe().setOptions(new String[] {"-ridge", "-0.5"}));
    assertTrue(message(e).contains(">= 0"), message(e));
    e = assertThrows(IllegalArgumentException.class,
      () -> new RidgeProbe().setOptions(new String[] {"-R", "abc"}));
    assertTrue(message(e).contains("-ridge expects a number, got 'abc'"), message(e));
    e = assertThrows(IllegalArgumentException.class,
      () -> new RidgeProbe().setOptions(new String[] {"-solver", "qr"}));
    assertTrue(message(e).contains("-solver must be one of auto, primal, dual, got 'qr'"), message(e));

    e = assertThrows(IllegalArgumentException.class,
      () -> new RidgeProbe().buildFromTargets(data, new double[9][2]));
    assertTrue(message(e).contains("one row per instance (10 rows)"), message(e));
    e = assertThrows(IllegalArgumentException.class,
      () -> new RidgeProbe().buildFromTargets(data, new double[10][3]));
    assertTrue(message(e).contains("needs 2"), message(e));
    double[][] nan = new double[10][2];
    nan[2][1] = Double.NaN;
    e = assertThrows(IllegalArgumentException.class,
      () -> new RidgeProbe().buildFromTargets(data, nan));
    assertTrue(message(e).contains("row 3, column 2") && message(e).contains("finite"), message(e));

    Instances zeroWeights = new Instances(data);
    for (int i = 0; i < zeroWeights.numInstances(); i++) {
      zeroWeights.instance(i).setWeight(0);
    }
    e = assertThrows(Exception.class, () -> new RidgeProbe().buildClassifier(zeroWeights));
    assertTrue(message(e).contains("weight 0"), message(e));

    e = assertThrows(Exception.class,
      () -> new RidgeProbe().scoresForInstance(data.instance(0)));
    assertTrue(message(e).contains("no model built yet"), message(e));
  }

  // --------------------------------------------------- options, output, serial

  @Test
  void optionsRoundTripThroughWekaAnnotations() throws Exception {
    RidgeProbe p = new RidgeProbe();
    List<String> names = new ArrayList<>();
    for (Option o : Collections.list(p.listOptions())) {
      names.add(o.name());
    }
    assertTrue(names.containsAll(Arrays.asList("ridge", "solver", "R")), names.toString());

    p.setOptions(new String[] {"-R", "0.25", "-solver", "dual"}); // -R: the old spelling of -ridge
    assertEquals("-ridge", p.getOptions()[0], "written with the current name");
    assertEquals(0.25, p.getRidge(), 0);
    assertEquals(RidgeProbe.SOLVER_DUAL, p.getSolver().getSelectedTag().getID());
    String[] opts = p.getOptions();
    RidgeProbe q = new RidgeProbe();
    q.setOptions(opts.clone());
    assertArrayEquals(opts, q.getOptions());
    assertEquals(RidgeProbe.DEFAULT_RIDGE, new RidgeProbe().getRidge(), 0);
  }

  @Test
  void toStringShowsTheModelAndSerialisationKeepsIt() throws Exception {
    Random rnd = new Random(12);
    double[][] x = gaussian(rnd, 20, 2);
    int[] label = labels(rnd, x, 3);
    Instances data = nominalData(x, label, 3, null);
    RidgeProbe p = probe(0.5, RidgeProbe.SOLVER_AUTO);
    assertTrue(p.toString().contains("no model built yet"));
    p.buildClassifier(data);
    String s = p.toString();
    for (String part : new String[] {"beta: 0.5", "primal, 2 x 2 system", "Cholesky",
      "(intercept)", "x1", "x2", "c0", "c1", "c2", "clipped at 0"}) {
      assertTrue(s.contains(part), "toString lacks '" + part + "':\n" + s);
    }

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(p);
    }
    RidgeProbe copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (RidgeProbe) in.readObject();
    }
    assertSamePredictions(predictAll(p, data), predictAll(copy, data), 0);
    assertEquals(s, copy.toString());
  }

  @Test
  void rebuildingReplacesTheModelDeterministically() throws Exception {
    Random rnd = new Random(13);
    double[][] x = gaussian(rnd, 30, 4);
    Instances data = nominalData(x, labels(rnd, x, 3), 3, null);
    RidgeProbe p = new RidgeProbe();
    p.buildClassifier(data);
    double[][] first = predictAll(p, data);
    p.buildClassifier(numericData(gaussian(rnd, 12, 2), new double[12], null));
    p.buildClassifier(data);
    assertSamePredictions(first, predictAll(p, data), 0);
  }
}
