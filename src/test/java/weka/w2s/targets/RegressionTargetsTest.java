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

package weka.w2s.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static weka.w2s.targets.TeacherParts.ridge;
import static weka.w2s.targets.TeacherParts.view;

import java.util.ArrayList;
import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;

import weka.classifiers.Evaluation;
import weka.classifiers.functions.RidgeProbe;
import weka.classifiers.meta.WeakToStrong;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.AddID;

/**
 * Weak-to-strong regression (a numeric class): each strategy's targets against an independent
 * computation, and the strategies on a simulation whose answer is known.
 */
public class RegressionTargetsTest {

  /**
   * y = the sum of 4 latent factors; the strong view is 4 factors mixed into ds columns plus unit
   * noise; the weak view is y plus independent noise of sd weakNoise (an error no strong direction
   * explains) and a column of pure noise.
   */
  public static Instances simulation(int n, int ds, double weakNoise, long seed) {
    Random r = new Random(seed);
    int latent = 4;
    ArrayList<Attribute> atts = new ArrayList<>();
    atts.add(new Attribute("w_0"));
    atts.add(new Attribute("w_1"));
    for (int j = 0; j < ds; j++) {
      atts.add(new Attribute("s_" + j));
    }
    atts.add(new Attribute("target"));
    Instances data = new Instances("regression", atts, n);
    data.setClassIndex(atts.size() - 1);
    double[][] mixing = new double[ds][latent];
    for (double[] row : mixing) {
      for (int k = 0; k < latent; k++) {
        row[k] = r.nextGaussian();
      }
    }
    for (int i = 0; i < n; i++) {
      double[] z = new double[latent];
      double y = 0;
      for (int k = 0; k < latent; k++) {
        z[k] = r.nextGaussian();
        y += z[k];
      }
      double[] v = new double[atts.size()];
      v[0] = y + weakNoise * r.nextGaussian();
      v[1] = r.nextGaussian();
      for (int j = 0; j < ds; j++) {
        double s = 0;
        for (int k = 0; k < latent; k++) {
          s += mixing[j][k] * z[k];
        }
        v[2 + j] = s + r.nextGaussian();
      }
      v[atts.size() - 1] = y + 0.1 * r.nextGaussian();
      data.add(new DenseInstance(1, v));
    }
    return data;
  }



  /** A teacher on a 40-row slice and a 60-row pool of a small simulation, fixed ridges. */
  private static final class Setup {
    final Instances sliceWeak;
    final Instances poolWeak;
    final Instances poolStrong;
    final WeakSupervision supervision;

    Setup() throws Exception {
      Instances data = simulation(100, 6, 1.0, 3);
      Instances slice = new Instances(data, 0, 40);
      Instances pool = new Instances(data, 40, 60);
      sliceWeak = view(slice, "1-2");
      poolWeak = view(pool, "1-2");
      poolStrong = view(pool, "3-8");
      WeakTeacher teacher = new WeakTeacher(ridge(0.1), ridge(0.1), sliceWeak, view(slice, "3-8"), poolWeak,
          poolStrong, false, 1);
      supervision = teacher.supervise(teacher.trainWeak(teacher.allSliceRows()), teacher.allSliceRows());
    }
  }

  @Test
  void naiveTargetsAreTheWeakModelsPredictions() throws Exception {
    Setup s = new Setup();
    RidgeProbe weak = ridge(0.1);
    weak.buildClassifier(s.sliceWeak);
    double[][] t = new Naive().build(s.supervision).distributions();
    for (int i = 0; i < t.length; i++) {
      assertEquals(1, t[i].length);
      assertEquals(weak.classifyInstance(s.poolWeak.instance(i)), t[i][0], 1e-9);
    }
  }

  @Test
  void goldTargetsAreThePoolsValues() throws Exception {
    Setup s = new Setup();
    double[][] t = new Gold().build(s.supervision).distributions();
    for (int i = 0; i < t.length; i++) {
      assertEquals(s.poolStrong.instance(i).classValue(), t[i][0], 0);
    }
  }

  /**
   * Kernel smoothing is mean(q) + P_s (q - mean(q)) with P_s = sum_{i<=k} lambda_i / (lambda_i +
   * gamma) u_i u_i^T from the eigenpairs of K = H H^T / n of the centred strong pool rows and gamma
   * the tail eigenvalue sum over n (W2SG-MATH.md section 2), here from EJML's eigen decomposition of
   * the n x n Gram matrix.
   */
  @Test
  void kernelTargetsAreThePrincipalProjectionOfTheWeakPredictions() throws Exception {
    Setup s = new Setup();
    int k = 2;
    KernelSmoothing kernel = (KernelSmoothing) TargetStrategy.forName(
        "weka.w2s.targets.KernelSmoothing -principal fixed -principal-k " + k);
    double[][] t = kernel.build(s.supervision).distributions();
    double[][] q = s.supervision.weakLabels();
    int n = q.length;
    int d = s.poolStrong.numAttributes() - 1;
    DMatrixRMaj h = new DMatrixRMaj(n, d);
    for (int j = 0; j < d; j++) {
      double mean = s.poolStrong.meanOrMode(j);
      for (int i = 0; i < n; i++) {
        h.set(i, j, s.poolStrong.instance(i).value(j) - mean);
      }
    }
    DMatrixRMaj gram = new DMatrixRMaj(n, n);
    CommonOps_DDRM.multTransB(h, h, gram);
    CommonOps_DDRM.scale(1.0 / n, gram);
    EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
    assertTrue(eig.decompose(gram));
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(eig.getEigenvalue(b).real, eig.getEigenvalue(a).real));
    double tail = 0;
    for (int i = k; i < n; i++) {
      tail += Math.max(0, eig.getEigenvalue(order[i]).real);
    }
    double gamma = tail / n;
    double qMean = 0;
    for (double[] row : q) {
      qMean += row[0] / n;
    }
    double[] expected = new double[n];
    java.util.Arrays.fill(expected, qMean);
    for (int c = 0; c < k; c++) {
      double lambda = eig.getEigenvalue(order[c]).real;
      DMatrixRMaj u = eig.getEigenVector(order[c]);
      double norm = Math.sqrt(CommonOps_DDRM.dot(u, u));
      double dot = 0;
      for (int i = 0; i < n; i++) {
        dot += u.get(i) / norm * (q[i][0] - qMean);
      }
      for (int i = 0; i < n; i++) {
        expected[i] += lambda / (lambda + gamma) * dot * u.get(i) / norm;
      }
    }
    for (int i = 0; i < n; i++) {
      assertEquals(expected[i], t[i][0], 1e-8, "row " + i);
    }
  }

  @Test
  void confidenceWithWeightZeroIsNaive() throws Exception {
    Setup s = new Setup();
    Confidence none = new Confidence();
    none.setWeight(0);
    double[][] t = none.build(s.supervision).distributions();
    double[][] q = s.supervision.weakLabels();
    for (int i = 0; i < t.length; i++) {
      assertEquals(q[i][0], t[i][0], 1e-12);
    }
  }

  /** The probe filter leaves out the rows whose cross-fitted strong prediction is farthest from q. */
  @Test
  void probeFilterDropsTheLargestResiduals() throws Exception {
    Setup s = new Setup();
    Targets all = Targets.of(s.supervision.weakLabels(), s.supervision);
    double[][] probe = s.supervision.head().crossFitted(all, s.supervision.strongPool(), StrongHead.CROSS_FIT_FOLDS,
        s.supervision.seed());
    double[][] q = s.supervision.weakLabels();
    Targets kept = new ProbeFilter().build(s.supervision); // fraction 0.2: 12 of 60 left out
    assertEquals(48, kept.used());
    double smallestDropped = Double.POSITIVE_INFINITY;
    double largestKept = 0;
    for (int i = 0; i < q.length; i++) {
      double residual = Math.abs(probe[i][0] - q[i][0]);
      if (kept.weights()[i] == 0) {
        smallestDropped = Math.min(smallestDropped, residual);
      } else {
        largestKept = Math.max(largestKept, residual);
      }
    }
    assertTrue(smallestDropped >= largestKept, smallestDropped + " < " + largestKept);
  }

  private static double testMse(String strategy, Instances train, Instances test, String weak) throws Exception {
    WeakToStrong w2s = new WeakToStrong();
    w2s.setWeakAttributes(weak);
    w2s.setStrongAttributes("name:s_.*");
    w2s.setTargets(TargetStrategy.forName(strategy));
    w2s.setSeed(1);
    w2s.buildClassifier(train);
    Evaluation eval = new Evaluation(train);
    eval.evaluateModel(w2s, test);
    return eval.rootMeanSquaredError() * eval.rootMeanSquaredError();
  }

  /**
   * The weak model's error is noise no strong direction explains: kernel smoothing and refine remove
   * part of it and beat naive on test data; auto, choosing on the weak slice's gold alone, takes one of them.
   */
  @Test
  void kernelAndRefineBeatNaiveWhenTheWeakErrorsLieOutsideTheStrongSpan() throws Exception {
    Instances data = simulation(400, 100, 1.5, 1);
    Instances test = new Instances(data, 0, 120);
    Instances train = new Instances(data, 120, 280);
    double naive = testMse("naive", train, test, "name:w_.*");
    double kernel = testMse("kernel", train, test, "name:w_.*");
    double refine = testMse("refine", train, test, "name:w_.*");
    assertTrue(kernel < naive, "kernel " + kernel + " vs naive " + naive);
    assertTrue(refine < 0.5 * naive, "refine " + refine + " vs naive " + naive);
    WeakToStrong auto = new WeakToStrong();
    auto.setWeakAttributes("name:w_.*");
    auto.setStrongAttributes("name:s_.*");
    auto.setSeed(1);
    auto.buildClassifier(train);
    String chosen = auto.getSelection().chosen().strategy;
    assertTrue(chosen.equals("refine") || chosen.equals("kernel"), chosen);
  }

  /**
   * Weak = strong, with isotropic attributes (no principal structure a smoother could add) and a
   * weak slice large enough for the weak head to be as good as the strong one (1,000 instances, 10
   * attributes, y linear in them plus noise, ridges by leave-one-out): the weak labels are what the
   * strong head would predict itself, nothing is left to correct, and the tie goes to naive. (With a
   * weak head that overfits a small slice, or a low-rank strong representation that principal
   * smoothing fits better than ridge, another strategy does help, and auto rightly takes it.)
   */
  @Test
  void autoKeepsNaiveWhenWeakIsStrong() throws Exception {
    for (long seed : new long[] {2, 5, 7}) {
      Random r = new Random(seed);
      ArrayList<Attribute> atts = new ArrayList<>();
      for (int j = 0; j < 10; j++) {
        atts.add(new Attribute("s_" + j));
      }
      atts.add(new Attribute("target"));
      Instances data = new Instances("isotropic", atts, 1000);
      data.setClassIndex(10);
      for (int i = 0; i < 1000; i++) {
        double[] v = new double[11];
        for (int j = 0; j < 10; j++) {
          v[j] = r.nextGaussian();
          v[10] += (j + 1) * 0.2 * v[j];
        }
        v[10] += 0.5 * r.nextGaussian();
        data.add(new DenseInstance(1, v));
      }
      WeakToStrong auto = new WeakToStrong();
      auto.setWeakAttributes("name:s_.*");
      auto.setStrongAttributes("name:s_.*");
      auto.setSeed(1);
      auto.buildClassifier(data);
      assertEquals("naive", auto.getSelection().chosen().strategy, auto.getSelection().describe());
    }
  }

  /** No row is ever labelled by a weak model that trained on it, for a numeric class too. */
  @Test
  void noRowIsLabelledByAWeakModelThatTrainedOnIt() throws Exception {
    AddID addId = new AddID();
    Instances raw = simulation(300, 20, 1.0, 4);
    addId.setInputFormat(raw);
    Instances data = Filter.useFilter(raw, addId); // attribute 1 is the id
    data.setClassIndex(data.numAttributes() - 1);
    WeakToStrong w2s = new WeakToStrong();
    w2s.setWeakClassifier(new SpyWeakClassifier());
    w2s.setWeakAttributes("1-3"); // the id first, so that the spy sees it, then w_0 and w_1
    w2s.setStrongAttributes("name:s_.*");
    SpyWeakClassifier.reset();
    w2s.buildClassifier(data); // auto with every default candidate, refine's held-out combination included
    assertEquals(0, SpyWeakClassifier.LABELLED_OWN_TRAINING_ROW.get(), "rows labelled by a weak model trained on them");
    assertTrue(SpyWeakClassifier.MODELS.get() >= 1 + 5 + 5 * 5, SpyWeakClassifier.MODELS.get() + " weak models");
  }
}
