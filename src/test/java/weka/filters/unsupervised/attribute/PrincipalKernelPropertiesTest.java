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

package weka.filters.unsupervised.attribute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import weka.core.Attribute;
import weka.core.CheckOptionHandler;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Option;
import weka.core.SerializedObject;
import weka.core.Utils;
import weka.filters.Filter;
import weka.w2s.core.PrincipalSpace;

/**
 * Facts about {@link PrincipalKernel} derived independently of the filter and the core: the output's
 * linear kernel over n against a brute-force P from an SVD of the centred training block
 * ({@link PrincipalKernelReference}), PC scores against the SVD's right singular vectors, the
 * closed-form transform of a second batch, pass-through of the other attributes, clamping of k, and
 * one clear message for every kind of bad input.
 */
class PrincipalKernelPropertiesTest {

  /** The representation h_0..h_{d-1} of {@link PrincipalKernelData}: indices 1..d. */
  private static int[] range(int d) {
    int[] a = new int[d];
    for (int j = 0; j < d; j++) {
      a[j] = PrincipalKernelData.FIRST + j;
    }
    return a;
  }

  private static PrincipalKernel filter(String options) throws Exception {
    PrincipalKernel f = new PrincipalKernel();
    f.setOptions(Utils.splitOptions(options));
    return f;
  }

  private static Instances fitAndApply(PrincipalKernel f, Instances train) throws Exception {
    f.setInputFormat(train);
    return Filter.useFilter(train, f);
  }

  /** The output's feature columns (named like "*pk<i>" / "*pc<i>"), n x k. */
  private static DMatrixRMaj features(Instances out, String stem) {
    List<Integer> cols = new ArrayList<>();
    for (int a = 0; a < out.numAttributes(); a++) {
      if (out.attribute(a).name().matches(".*" + stem + "\\d+")) {
        cols.add(a);
      }
    }
    DMatrixRMaj z = new DMatrixRMaj(out.numInstances(), cols.size());
    for (int i = 0; i < out.numInstances(); i++) {
      for (int c = 0; c < cols.size(); c++) {
        z.set(i, c, out.instance(i).value(cols.get(c)));
      }
    }
    return z;
  }

  private static DMatrixRMaj kernelOver(DMatrixRMaj z, int n) {
    DMatrixRMaj k = new DMatrixRMaj(z.numRows, z.numRows);
    CommonOps_DDRM.multTransB(z, z, k);
    CommonOps_DDRM.divide(k, n);
    return k;
  }

  private static void assertMatrixClose(DMatrixRMaj expected, DMatrixRMaj actual, double tolerance,
      String what) {
    assertEquals(expected.numRows, actual.numRows, what + ": rows");
    assertEquals(expected.numCols, actual.numCols, what + ": columns");
    double scale = CommonOps_DDRM.elementMaxAbs(expected);
    for (int i = 0; i < expected.getNumElements(); i++) {
      double err = Math.abs(expected.get(i) - actual.get(i)) / scale;
      int index = i;
      assertTrue(err <= tolerance, () -> what + ": entry " + index + " differs by " + err
          + " of the largest entry");
    }
  }

  // ------------------------------------------------------------- the kernel P

  @ParameterizedTest(name = "n={0} d={1} {2}")
  @CsvSource({
      "40, 8, ''",
      "40, 8, -K 5 -ridge 0.1 -m 20",
      "40, 8, -R 0.7 -hard",
      "40, 8, -K 6 -path gram",
      "12, 30, -K 4",
      "12, 30, -R 0.8 -path covariance",
      "12, 30, -auto -ridge 0.05"})
  void linearKernelOfTheOutputIsTheBruteForcePrincipalKernel(int n, int d, String options)
      throws Exception {
    Instances train = PrincipalKernelData.sample(n, d, 3 + n + d);
    PrincipalKernel f = filter(options);
    Instances out = fitAndApply(f, train);
    PrincipalKernelReference ref = new PrincipalKernelReference(train, range(d));

    String fixed = Utils.getOption('K', Utils.splitOptions(options));
    String rho = Utils.getOption('R', Utils.splitOptions(options));
    String ridge = Utils.getOption("ridge", Utils.splitOptions(options));
    String m = Utils.getOption('m', Utils.splitOptions(options));
    boolean hard = options.contains("-hard");
    DMatrixRMaj z = features(out, "pk");
    int k;
    if (options.contains("-auto")) {
      k = z.numCols; // the automatic rule has its own test; here P is checked for the k it chose
    } else {
      k = !fixed.isEmpty() ? Math.min(Integer.parseInt(fixed), ref.rank())
          : ref.kForVariance(rho.isEmpty() ? 0.9 : Double.parseDouble(rho));
    }
    double beta = ridge.isEmpty() ? 0 : Double.parseDouble(ridge);
    double trainSize = m.isEmpty() ? n : Double.parseDouble(m);

    assertEquals(k, z.numCols, "number of principal-kernel attributes");
    assertMatrixClose(ref.kernel(k, beta, trainSize, hard), kernelOver(z, n), 1e-9, "Z Z^T / n = P");
    assertEquals(ref.gamma(k, trainSize), f.featureMap().space().gamma(),
        1e-9 * Math.max(ref.gamma(k, trainSize), 1e-300), "gamma");
    double[] lambda = f.featureMap().space().eigenvalues();
    assertEquals(ref.rank(), lambda.length, "rank");
    for (int i = 0; i < lambda.length; i++) {
      assertEquals(ref.lambda[i], lambda[i], 1e-9 * ref.lambda[0], "eigenvalue " + i);
    }
  }

  @Test
  void rankDeficientRangeGivesTheProjectionOntoItsSpan() throws Exception {
    Instances train = PrincipalKernelData.sample(30, 6, 8);
    // two duplicated directions: h_4 = h_0 + h_1 and h_5 = 2 h_2, so the rank is 4
    for (Instance inst : train) {
      inst.setValue(5, inst.value(1) + inst.value(2));
      inst.setValue(6, 2 * inst.value(3));
    }
    PrincipalKernelReference ref = new PrincipalKernelReference(train, range(6));
    assertEquals(4, ref.rank());
    PrincipalKernel f = filter("-K 6 -hard");
    DMatrixRMaj z = features(fitAndApply(f, train), "pk");
    assertEquals(4, z.numCols, "k clamped to the rank");
    assertMatrixClose(ref.kernel(4, 0, 30, true), kernelOver(z, 30), 1e-9, "projection onto the span");
  }

  // ------------------------------------------------------------- PC scores

  @ParameterizedTest(name = "n={0} d={1}")
  @CsvSource({"40, 8", "12, 30"})
  void scoresAreProjectionsOnTheEigenvectorsWithTheEigenvaluesAsVariances(int n, int d)
      throws Exception {
    Instances train = PrincipalKernelData.sample(n, d, 21 + n);
    Instances out = fitAndApply(filter("-scores -K 4"), train);
    PrincipalKernelReference ref = new PrincipalKernelReference(train, range(d));
    DMatrixRMaj z = features(out, "pc");
    assertEquals(4, z.numCols);
    for (int i = 0; i < 4; i++) {
      double sign = 0;
      double variance = 0;
      double sum = 0;
      for (int r = 0; r < n; r++) {
        double expected = ref.projection(rowOf(train, r, d), i);
        if (sign == 0 && Math.abs(expected) > 1e-6) {
          sign = Math.signum(expected * z.get(r, i));
        }
        assertEquals(expected, sign * z.get(r, i), 1e-9 * Math.sqrt(ref.lambda[0]),
            "score " + i + " of instance " + r + " (up to the eigenvector's sign)");
        variance += z.get(r, i) * z.get(r, i);
        sum += z.get(r, i);
      }
      assertEquals(0, sum / n, 1e-9 * Math.sqrt(ref.lambda[0]), "mean of score " + i);
      assertEquals(ref.lambda[i], variance / n, 1e-9 * ref.lambda[0], "variance of score " + i);
    }
  }

  private static double[] rowOf(Instances data, int r, int d) {
    double[] h = new double[d];
    for (int j = 0; j < d; j++) {
      h[j] = data.instance(r).value(PrincipalKernelData.FIRST + j);
    }
    return h;
  }

  // ------------------------------------------------------------- later batches

  @ParameterizedTest(name = "{0}")
  @CsvSource({"-K 3", "-K 5 -ridge 0.2 -m 25", "-scores -K 3", "-K 4 -path gram"})
  void secondBatchIsTransformedWithTheFirstBatchsMap(String options) throws Exception {
    int d = 8;
    Instances train = PrincipalKernelData.sample(40, d, 31);
    Instances test = PrincipalKernelData.sample(15, d, 77);
    PrincipalKernel f = filter(options);
    Instances trainOut = fitAndApply(f, train);
    Instances testOut = Filter.useFilter(test, f);
    assertTrue(trainOut.equalHeaders(testOut), trainOut.equalHeadersMsg(testOut));
    assertEquals(test.numInstances(), testOut.numInstances());

    boolean scores = options.contains("-scores");
    String[] opts = Utils.splitOptions(options);
    int k = Integer.parseInt(Utils.getOption('K', opts));
    String ridge = Utils.getOption("ridge", opts);
    String m = Utils.getOption('m', opts);
    PrincipalKernelReference ref = new PrincipalKernelReference(train, range(d));
    double[] shrink = ref.shrinkage(k, ridge.isEmpty() ? 0 : Double.parseDouble(ridge),
        m.isEmpty() ? 40 : Double.parseDouble(m), false);
    DMatrixRMaj zTrain = features(trainOut, scores ? "pc" : "pk");
    DMatrixRMaj zTest = features(testOut, scores ? "pc" : "pk");
    for (int i = 0; i < k; i++) {
      // z_i = sqrt(d_i / lambda_i) v_i^T (h - training mean), or v_i^T (h - training mean) for scores
      double scale = scores ? 1 : Math.sqrt(shrink[i] / ref.lambda[i]);
      double sign = Math.signum(ref.projection(rowOf(train, 0, d), i) * zTrain.get(0, i));
      for (int r = 0; r < test.numInstances(); r++) {
        double expected = scale * ref.projection(rowOf(test, r, d), i);
        assertEquals(expected, sign * zTest.get(r, i), 1e-9 * (1 + Math.abs(expected)),
            "test instance " + r + ", feature " + i);
      }
    }
  }

  @Test
  void aSerializedFittedFilterTransformsLikeTheOriginal() throws Exception {
    Instances train = PrincipalKernelData.sample(40, 8, 5);
    Instances test = PrincipalKernelData.sample(10, 8, 6);
    PrincipalKernel f = filter("-K 3");
    fitAndApply(f, train);
    PrincipalKernel copy = (PrincipalKernel) new SerializedObject(f).getObject();
    Instances a = Filter.useFilter(test, f);
    Instances b = Filter.useFilter(test, copy);
    for (int i = 0; i < a.numInstances(); i++) {
      assertArrayEquals(a.instance(i).toDoubleArray(), b.instance(i).toDoubleArray(), 0.0);
    }
  }

  @Test
  void theComputationPathsGiveTheSameFeatures() throws Exception {
    for (int n : new int[] {12, 40}) {
      Instances train = PrincipalKernelData.sample(n, 20, 40 + n);
      PrincipalKernel[] filters = {filter("-K 4"), filter("-K 4 -path covariance"),
          filter("-K 4 -path gram")};
      DMatrixRMaj auto = features(fitAndApply(filters[0], train), "pk");
      DMatrixRMaj cov = features(fitAndApply(filters[1], train), "pk");
      DMatrixRMaj gram = features(fitAndApply(filters[2], train), "pk");
      assertMatrixClose(cov, gram, 1e-9, "n=" + n + ": covariance vs gram");
      assertMatrixClose(cov, auto, 1e-9, "n=" + n + ": covariance vs auto");
      // auto takes the Gram path exactly when there are fewer instances than attributes
      assertTrue(filters[0].toString().contains(n < 20 ? "(gram path)" : "(covariance path)"));
      assertTrue(filters[1].toString().contains("(covariance path)"));
      assertTrue(filters[2].toString().contains("(gram path)"));
    }
  }

  // ------------------------------------------------------------- pass-through and layout

  @Test
  void otherAttributesPassThroughUnchangedAroundTheNewOnes() throws Exception {
    Instances train = PrincipalKernelData.sample(30, 8, 9);
    PrincipalKernel f = filter("-K 3");
    Instances out = fitAndApply(f, train);
    Instances test = PrincipalKernelData.sample(5, 8, 99);
    test.instance(4).setWeight(2.5);
    for (int i = 0; i < test.numInstances(); i++) {
      test.instance(i).setValue(9, "later " + (test.numInstances() - i)); // strings new to the filter
    }
    Instances testOut = Filter.useFilter(test, f);
    assertEquals(2.5, testOut.instance(4).weight(), 0.0, "a later batch's weight");
    for (int i = 0; i < test.numInstances(); i++) {
      assertEquals(test.instance(i).stringValue(9), testOut.instance(i).stringValue(4),
          "a later batch's note, instance " + i);
    }

    List<String> names = new ArrayList<>();
    for (int a = 0; a < out.numAttributes(); a++) {
      names.add(out.attribute(a).name());
    }
    assertEquals(Arrays.asList("colour", "h_pk1", "h_pk2", "h_pk3", "note", "class"), names);
    assertEquals(out.numAttributes() - 1, out.classIndex());
    assertTrue(out.attribute(0).isNominal());
    assertTrue(out.attribute(4).isString());
    for (int i = 0; i < train.numInstances(); i++) {
      Instance in = train.instance(i);
      Instance o = out.instance(i);
      assertEquals(in.isMissing(0), o.isMissing(0), "colour missing, instance " + i);
      if (!in.isMissing(0)) {
        assertEquals(in.stringValue(0), o.stringValue(0), "colour, instance " + i);
      }
      assertEquals(in.stringValue(9), o.stringValue(4), "note, instance " + i);
      assertEquals(in.classValue(), o.classValue(), 0.0, "class, instance " + i);
      assertEquals(in.weight(), o.weight(), 0.0, "weight, instance " + i);
    }
  }

  @Test
  void aScatteredRangeIsReplacedWhereItsFirstAttributeWas() throws Exception {
    Instances train = PrincipalKernelData.sample(30, 8, 10);
    Instances out = fitAndApply(filter("-range 3,5,7,9 -K 2 -scores -prefix rep."), train);
    List<String> names = new ArrayList<>();
    for (int a = 0; a < out.numAttributes(); a++) {
      names.add(out.attribute(a).name());
    }
    // attributes 3,5,7,9 are h_1, h_3, h_5, h_7
    assertEquals(Arrays.asList("colour", "h_0", "rep.pc1", "rep.pc2", "h_2", "h_4", "h_6", "note",
        "class"), names);
    for (int i = 0; i < train.numInstances(); i++) {
      assertEquals(train.instance(i).value(1), out.instance(i).value(1), 0.0);
      assertEquals(train.instance(i).value(3), out.instance(i).value(4), 0.0);
      assertEquals(train.instance(i).value(7), out.instance(i).value(6), 0.0);
    }
  }

  @Test
  void aNameRegexSelectsTheRangeAndDatesAreNotInTheDefaultRange() throws Exception {
    Instances train = PrincipalKernelData.sample(30, 4, 12);
    Instances viaRegex = fitAndApply(filter("-K 2 -range name:h_.*"), train);
    Instances viaIndex = fitAndApply(filter("-K 2 -range 2-5"), train);
    assertMatrixClose(features(viaIndex, "pk"), features(viaRegex, "pk"), 0.0, "regex vs index range");

    train.insertAttributeAt(new Attribute("when", "yyyy-MM-dd"), 0);
    for (int i = 0; i < train.numInstances(); i++) {
      train.instance(i).setValue(0, 1.6e12 + 8.64e7 * i);
    }
    Instances out = fitAndApply(filter("-K 2"), train);
    assertEquals("when", out.attribute(0).name());
    assertTrue(out.attribute(0).isDate());
    assertEquals("h_pk1", out.attribute(2).name());
  }

  @Test
  void aClassOfAnyTypePassesThrough() throws Exception {
    Instances train = PrincipalKernelData.sample(30, 5, 13);
    for (int classIndex : new int[] {0, 6}) { // nominal 'colour', string 'note'
      train.setClassIndex(classIndex);
      Instances out = fitAndApply(filter("-K 2"), train);
      assertEquals(train.classAttribute().name(), out.classAttribute().name());
      assertEquals(train.classAttribute().type(), out.classAttribute().type());
    }
    train.insertAttributeAt(new Attribute("when", "yyyy-MM-dd"), 0);
    for (int i = 0; i < train.numInstances(); i++) {
      train.instance(i).setValue(0, 1.6e12 + 8.64e7 * i);
    }
    train.setClassIndex(0);
    Instances out = fitAndApply(filter("-K 2"), train);
    assertEquals(0, out.classIndex());
    assertTrue(out.classAttribute().isDate());
  }

  @Test
  void noClassIsFine() throws Exception {
    Instances train = PrincipalKernelData.sample(30, 5, 13);
    train.setClassIndex(-1);
    // without a class, the numeric 'class' attribute is part of the default range
    Instances out = fitAndApply(filter("-K 6"), train);
    assertEquals(-1, out.classIndex());
    assertEquals(Arrays.asList("colour", "pk1", "pk2", "pk3", "pk4", "pk5", "pk6", "note"),
        Collections.list(out.enumerateAttributes()).stream().map(Attribute::name)
            .collect(java.util.stream.Collectors.toList()));
  }

  // ------------------------------------------------------------- k and the rank

  @Test
  void kLargerThanTheRankIsClampedAndSaidSo() throws Exception {
    Instances train = PrincipalKernelData.sample(30, 8, 14);
    PrincipalKernel f = filter("-K 50");
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    Instances out;
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8.name()));
      out = fitAndApply(f, train);
    } finally {
      System.setErr(err);
    }
    assertEquals(8, features(out, "pk").numCols);
    String warning = captured.toString(StandardCharsets.UTF_8.name());
    assertTrue(warning.contains("k = 50 was asked for") && warning.contains("rank 8")
        && warning.contains("clamped to 8"), warning);
    assertTrue(f.toString().contains("Warning: k = 50 was asked for"), f.toString());
    assertTrue(f.featureMap().space().clamped());
    // with k = rank and soft shrinkage gamma is 0, so P is the projection onto the span
    PrincipalKernelReference ref = new PrincipalKernelReference(train, range(8));
    assertMatrixClose(ref.kernel(8, 0, 30, true), kernelOver(features(out, "pk"), 30), 1e-9, "P");
  }

  @Test
  void automaticRuleFindsThePlantedFactors() throws Exception {
    // three latent factors over an isotropic tail of 40 columns
    Instances train = PrincipalKernelData.sample(400, 40, 15);
    PrincipalKernel f = filter("-auto");
    assertEquals(3, features(fitAndApply(f, train), "pk").numCols);
    assertTrue(f.toString().contains("automatic"), f.toString());
  }

  @Test
  void toStringReportsTheFittedKernel() throws Exception {
    PrincipalKernel f = filter("-K 3 -ridge 0.5");
    assertTrue(f.toString().contains("not fitted"));
    Instances train = PrincipalKernelData.sample(30, 8, 16);
    fitAndApply(f, train);
    String s = f.toString();
    PrincipalKernelReference ref = new PrincipalKernelReference(train, range(8));
    assertTrue(s.contains("k = 3 of rank 8"), s);
    assertTrue(s.contains("n = 30"), s);
    assertTrue(s.contains("gamma = tail / m = " + Utils.doubleToString(ref.gamma(3, 30), 6)), s);
    assertTrue(s.contains(String.format("%12.6g", ref.lambda[0])), s);
  }

  // ------------------------------------------------------------- missing values

  @Test
  void skipMissingLeavesIncompleteInstancesOutOfTheFitAndGivesThemMissingFeatures()
      throws Exception {
    Instances train = PrincipalKernelData.sample(40, 8, 17);
    train.instance(3).setMissing(3);
    train.instance(10).setMissing(8);
    PrincipalKernel f = filter("-K 4 -skip-missing");
    Instances out = fitAndApply(f, train);
    assertEquals(40, out.numInstances());
    assertEquals(38, f.featureMap().sampleSize());
    for (int a = 1; a <= 4; a++) {
      assertTrue(out.instance(3).isMissing(a) && out.instance(10).isMissing(a));
    }

    Instances complete = new Instances(train);
    complete.delete(10);
    complete.delete(3);
    Instances kept = new Instances(out);
    kept.delete(10);
    kept.delete(3);
    PrincipalKernelReference ref = new PrincipalKernelReference(complete, range(8));
    assertMatrixClose(ref.kernel(4, 0, 38, false), kernelOver(features(kept, "pk"), 38), 1e-9,
        "P of the complete instances");

    Instances test = PrincipalKernelData.sample(5, 8, 18);
    test.instance(2).setMissing(1);
    Instances testOut = Filter.useFilter(test, f);
    assertTrue(testOut.instance(2).isMissing(1));
    assertFalse(testOut.instance(1).isMissing(1));
  }

  // ------------------------------------------------------------- bad input

  /** The message of what setInputFormat + the first batch throw. */
  private static String failure(String options, Instances data) {
    Exception e = assertThrows(Exception.class, () -> fitAndApply(filter(options), data));
    assertTrue(e.getMessage().startsWith("PrincipalKernel: "), e.getMessage());
    return e.getMessage();
  }

  private static void assertMentions(String message, String... parts) {
    for (String p : parts) {
      assertTrue(message.contains(p), "'" + p + "' is not in: " + message);
    }
  }

  @Test
  void badRangesAreRefusedAtSetInputFormat() throws Exception {
    Instances data = PrincipalKernelData.sample(10, 4, 19);
    PrincipalKernel f = filter("-range 1-3");
    Exception e = assertThrows(Exception.class, () -> f.setInputFormat(data));
    assertMentions(e.getMessage(), "nominal attribute 'colour'", "numeric");
    assertMentions(failure("-range 6", data), "string attribute 'note'");
    assertMentions(failure("-range 2-5,last", data), "class attribute 'class'");
    assertMentions(failure("-range name:nothing.*", data), "selects no attribute");
    assertMentions(failure("-range 3-40", data), "3-40", "not valid");

    Instances noNumbers = new Instances(data);
    for (int a = 5; a >= 1; a--) {
      noNumbers.deleteAttributeAt(a);
    }
    assertMentions(failure("", noNumbers), "no numeric attribute besides the class", "-range");
  }

  @Test
  void badOptionValuesAreRefused() throws Exception {
    Instances data = PrincipalKernelData.sample(10, 4, 20);
    assertMentions(failure("-variance 0", data), "rho", "(0, 1]", "got 0.0");
    assertMentions(failure("-R 1.5", data), "rho", "(0, 1]", "got 1.5"); // the old spelling of -variance
    assertMentions(failure("-k -2", data), "principal dimension k", "got -2");
    assertMentions(failure("-k 3 -auto", data), "set only one of them");
    assertMentions(failure("-variance 0.5 -auto", data), "-auto chooses k by itself", "-variance 0.5");
    assertMentions(failure("-ridge -1", data), "ridge beta", "got -1.0");
    assertMentions(failure("-m -5", data), "training-set size m", "got -5");
    PrincipalKernel f = new PrincipalKernel();
    assertMentions(assertThrows(Exception.class, () -> f.setOptions(new String[] {"-K", "abc"}))
        .getMessage(), "-k expects a whole number", "'abc'");
    assertMentions(assertThrows(Exception.class, () -> f.setOptions(new String[] {"-R", "lots"}))
        .getMessage(), "-variance expects a number");
    assertMentions(assertThrows(Exception.class, () -> f.setOptions(new String[] {"-path", "fast"}))
        .getMessage(), "-path must be one of auto, covariance, gram, got 'fast'", "'fast'");
  }

  @Test
  void badDataIsRefusedWithTheAttributeAndTheInstance() throws Exception {
    Instances missing = PrincipalKernelData.sample(10, 4, 21);
    missing.instance(6).setMissing(3);
    assertMentions(failure("", missing), "attribute 'h_2' is missing in instance 7",
        "first (training) batch", "-skip-missing");

    Instances infinite = PrincipalKernelData.sample(10, 4, 22);
    infinite.instance(4).setValue(1, Double.POSITIVE_INFINITY);
    assertMentions(failure("", infinite), "attribute 'h_0' has the value Infinity in instance 5",
        "finite");

    Instances one = PrincipalKernelData.sample(1, 4, 23);
    assertMentions(failure("", one), "at least two instances", "got 1");
    Instances empty = new Instances(one, 0);
    assertMentions(failure("", empty), "at least two instances", "got 0");
    Instances mostlyMissing = PrincipalKernelData.sample(3, 4, 24);
    mostlyMissing.instance(0).setMissing(2);
    mostlyMissing.instance(1).setMissing(2);
    assertMentions(failure("-skip-missing", mostlyMissing), "got 1", "2 left out for missing values");

    Instances constant = PrincipalKernelData.sample(10, 4, 25);
    for (Instance inst : constant) {
      for (int a = 1; a <= 4; a++) {
        inst.setValue(a, 7.0);
      }
    }
    assertMentions(failure("", constant), "no variance");

    Instances weighted = PrincipalKernelData.sample(10, 4, 32);
    weighted.instance(3).setWeight(-0.5);
    assertMentions(failure("", weighted), "instance 4", "weight -0.5", ">= 0");
    PrincipalKernel incremental = filter("");
    incremental.setInputFormat(new Instances(weighted, 0));
    for (Instance inst : weighted) {
      incremental.input(inst);
    }
    assertMentions(assertThrows(Exception.class, incremental::batchFinished).getMessage(),
        "instance 4", "weight -0.5");

    Instances huge = PrincipalKernelData.sample(10, 4, 33);
    huge.instance(2).setValue(3, 1e154);
    assertMentions(failure("", huge), "attribute 'h_2'", "instance 3", "overflow", "Standardize");
    Instances tiny = PrincipalKernelData.sample(10, 4, 34);
    for (Instance inst : tiny) {
      inst.setValue(2, inst.value(2) * 1e-170);
    }
    assertMentions(failure("", tiny), "attribute 'h_1'", "underflow", "Standardize");

    Instances clash = PrincipalKernelData.sample(10, 4, 26);
    clash.renameAttribute(0, "h_pk1");
    clash.renameAttribute(5, "h_pk2");
    assertMentions(failure("-range 2-5 -K 2", clash), "'h_pk1'", "already used", "-prefix");
  }

  @Test
  void integerWeightsOfTheFirstBatchFitTheMapOfDuplicatedInstances() throws Exception {
    for (String options : new String[] {"-K 2", "-K 3 -scores", "-R 0.8 -path gram", "-auto"}) {
      Instances weighted = PrincipalKernelData.sample(30, 4, 35);
      Instances copies = new Instances(weighted, 0);
      for (int i = 0; i < weighted.numInstances(); i++) {
        int w = i % 4; // 0..3: weight 0 leaves the instance out of the fit
        weighted.instance(i).setWeight(w);
        for (int c = 0; c < w; c++) {
          copies.add((Instance) weighted.instance(i).copy());
          copies.lastInstance().setWeight(1);
        }
      }
      PrincipalKernel fromWeights = filter(options);
      Instances out = fitAndApply(fromWeights, weighted);
      PrincipalKernel fromCopies = filter(options);
      fitAndApply(fromCopies, copies);
      // the map fitted on copies, applied to the weighted instances, gives the same features
      Instances expected = Filter.useFilter(weighted, fromCopies);
      String stem = options.contains("-scores") ? "pc" : "pk";
      assertMatrixClose(features(expected, stem), features(out, stem), 1e-9, "features, " + options);
      for (int i = 0; i < out.numInstances(); i++) {
        assertEquals(weighted.instance(i).weight(), out.instance(i).weight(), 0.0, "weight passes through");
      }
      assertTrue(fromWeights.toString().contains("the total weight of"), fromWeights.toString());
    }
  }

  @Test
  void aMissingValueInALaterBatchIsRefusedOnInput() throws Exception {
    PrincipalKernel f = filter("-K 2");
    fitAndApply(f, PrincipalKernelData.sample(20, 4, 27));
    Instances test = PrincipalKernelData.sample(4, 4, 28);
    test.instance(1).setMissing(4);
    Exception e = assertThrows(Exception.class, () -> Filter.useFilter(test, f));
    assertMentions(e.getMessage(), "attribute 'h_3' is missing in instance 2", "current batch");
  }

  // ------------------------------------------------------------- options

  @Test
  void optionsRoundTripAndMissingOptionsMeanDefaults() throws Exception {
    PrincipalKernel f = filter("-range name:h_.* -K 4 -R 0.5 -ridge 0.25 -m 12 -hard -scores "
        + "-skip-missing -path gram -prefix z_");
    PrincipalKernel copy = new PrincipalKernel();
    copy.setOptions(f.getOptions());
    assertEquals(Arrays.asList(f.getOptions()), Arrays.asList(copy.getOptions()));
    assertEquals("name:h_.*", copy.getAttributeRange());
    assertEquals(4, copy.getPrincipalDimension());
    assertEquals(0.5, copy.getVarianceFraction(), 0.0);
    assertEquals(0.25, copy.getRidge(), 0.0);
    assertEquals(12, copy.getTrainingSetSize());
    assertTrue(copy.getHardShrinkage() && copy.getOutputScores() && copy.getSkipMissing());
    assertEquals(PrincipalKernel.PATH_GRAM, copy.getPath().getSelectedTag().getID());
    assertEquals("z_", copy.getNamePrefix());

    copy.setOptions(new String[0]);
    assertEquals(Arrays.asList(new PrincipalKernel().getOptions()), Arrays.asList(copy.getOptions()));

    CheckOptionHandler check = new CheckOptionHandler();
    check.setOptionHandler(new PrincipalKernel());
    check.setUserOptions(f.getOptions());
    check.setSilent(true);
    assertTrue(check.checkResettingOptions(), "CheckOptionHandler.checkResettingOptions");
    assertTrue(check.checkCanonicalUserOptions(), "CheckOptionHandler.checkCanonicalUserOptions");

    List<String> listed = new ArrayList<>();
    for (Option o : Collections.list(new PrincipalKernel().listOptions())) {
      listed.add(o.name());
    }
    assertTrue(listed.containsAll(Arrays.asList("range", "k", "variance", "auto", "ridge", "m", "hard",
        "scores", "skip-missing", "path", "prefix", "K", "R")), listed.toString());
    for (Option o : Collections.list(new PrincipalKernel().listOptions())) {
      if (o.name().equals("K") || o.name().equals("R")) {
        assertTrue(o.description().contains("Short alias of -" + (o.name().equals("K") ? "k" : "variance")),
            o.description());
      }
    }
  }

  @Test
  void theFitSummaryIsInTheRelationNameForTheGui() throws Exception {
    Instances train = PrincipalKernelData.sample(40, 8, 31);
    PrincipalKernel f = filter("-k 3");
    Instances out = fitAndApply(f, train);
    PrincipalSpace space = f.featureMap().space();
    String gamma = String.format(java.util.Locale.ROOT, "%.4g", space.gamma());
    String lambda1 = String.format(java.util.Locale.ROOT, "%.4g", space.eigenvalues()[0]);
    assertTrue(out.relationName().startsWith(train.relationName() + " (PrincipalKernel fit: k = 3 of rank 8, gamma = "
        + gamma + ", eigenvalues " + lambda1 + " "), out.relationName());
    assertTrue(out.relationName().contains(")-weka.filters.unsupervised.attribute.PrincipalKernel-"),
        "Weka appends the options: " + out.relationName());
    assertEquals(3, features(out, "pk").numCols, "k as the attributes say");
  }

  /** A k above the range's rank is clamped, and the relation name (what the Explorer shows) says so. */
  @Test
  void aClampedKShowsInTheRelationName() throws Exception {
    Instances train = PrincipalKernelData.sample(40, 8, 31); // 8 attributes: rank 8
    Instances out = fitAndApply(filter("-k 20"), train);
    assertTrue(out.relationName().contains("PrincipalKernel fit: k = 8 (clamped: 20 asked) of rank 8, gamma = "),
        out.relationName());
  }

  @Test
  void theAliasesOfKAndRhoMeanTheNewOptions() throws Exception {
    PrincipalKernel old = filter("-K 4 -R 0.5");
    PrincipalKernel current = filter("-k 4 -variance 0.5");
    assertEquals(Arrays.asList(current.getOptions()), Arrays.asList(old.getOptions()));
    assertEquals(4, old.getPrincipalDimension());
    assertEquals(0.5, old.getVarianceFraction(), 0.0);
    assertTrue(Arrays.asList(old.getOptions()).contains("-k"), "written with the current name");
  }

  @Test
  void changingTheInputFormatForgetsTheFit() throws Exception {
    PrincipalKernel f = filter("-K 2");
    fitAndApply(f, PrincipalKernelData.sample(20, 4, 29));
    assertNotEquals(null, f.featureMap());
    f.setInputFormat(PrincipalKernelData.sample(20, 6, 30));
    assertNull(f.featureMap());
    Instances out = Filter.useFilter(PrincipalKernelData.sample(20, 6, 30), f);
    assertEquals(6, f.featureMap().inputDimension());
    assertEquals(1 + 2 + 2, out.numAttributes());
  }

  @Test
  void instancesWithoutADatasetAreTransformedToo() throws Exception {
    PrincipalKernel f = filter("-K 2 -range 2-5");
    Instances train = PrincipalKernelData.sample(20, 4, 31);
    train.deleteStringAttributes();
    fitAndApply(f, train);
    Instance loose = new DenseInstance(1.0, train.instance(0).toDoubleArray());
    assertTrue(f.input(loose));
    Instance out = f.output();
    assertEquals(train.numAttributes() - 4 + 2, out.numAttributes());
  }
}
