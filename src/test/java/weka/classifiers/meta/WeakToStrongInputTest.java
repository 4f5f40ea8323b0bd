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

package weka.classifiers.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import weka.classifiers.bayes.NaiveBayesMultinomial;
import weka.classifiers.functions.LinearRegression;
import weka.core.Attribute;
import weka.core.Capabilities.Capability;
import weka.core.Instances;
import weka.core.Utils;

/** Every bad input is refused with one message that says what is wrong and what to change. */
class WeakToStrongInputTest {

  private static String failure(WeakToStrong w2s, Instances data) {
    Exception e = assertThrows(Exception.class, () -> w2s.buildClassifier(data));
    assertTrue(e.getMessage() != null && !e.getMessage().isEmpty(), "no message: " + e);
    return e.getMessage();
  }

  private static void assertSays(String message, String... phrases) {
    for (String phrase : phrases) {
      assertTrue(message.contains(phrase), "expected '" + phrase + "' in: " + message);
    }
  }

  private static WeakToStrong inMode(String mode) {
    return W2STestData.twoViewClassifier(mode);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1})
  void tooFewLabelledInstances(int labelled) {
    Instances data = W2STestData.twoViews(20, 20, 1);
    for (int i = labelled; i < data.numInstances(); i++) {
      data.instance(i).setClassMissing();
    }
    assertSays(failure(inMode("naive"), data), "Not enough training instances with class labels");
  }

  @Test
  void singleClass() {
    Instances data = W2STestData.twoViews(30, 5, 1);
    for (int i = 30; i < data.numInstances(); i++) {
      data.instance(i).setClassMissing(); // unlabelled instances do not count as a second class
    }
    assertSays(failure(inMode("naive"), data), "same class", "at least two classes");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 1, -0.2, 1.5, Double.NaN})
  void weakFractionOutsideTheOpenUnitInterval(double fraction) {
    WeakToStrong w2s = inMode("naive");
    w2s.setWeakFraction(fraction); // the GUI sets a field on every key stroke: the check comes before training
    assertSays(failure(w2s, W2STestData.twoViews(20, 20, 1)), "strictly between 0 and 1");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new WeakToStrong().setOptions(new String[] {"-weak-fraction", Double.toString(fraction)}));
    assertSays(e.getMessage(), Double.isNaN(fraction) ? "expects a number" : "strictly between 0 and 1");
  }

  @Test
  void poolWithoutInstances() {
    WeakToStrong w2s = inMode("naive");
    w2s.setWeakFraction(0.99); // round(0.99 * 10) = 10 of each class: everything goes to the weak slice
    assertSays(failure(w2s, W2STestData.twoViews(10, 10, 1)), "The pool has 0 instance(s)", "lower the weak fraction");
  }

  @Test
  void weakSliceWithoutInstances() {
    WeakToStrong w2s = inMode("naive");
    w2s.setWeakFraction(0.01); // round(0.01 * 10) = 0
    assertSays(failure(w2s, W2STestData.twoViews(10, 10, 1)), "leaves the weak model no instance");
  }

  @Test
  void weakSliceWithASingleClass() {
    WeakToStrong w2s = inMode("naive");
    w2s.setWeakFraction(0.2); // a: round(8) = 8, b: round(0.4) = 0
    assertSays(failure(w2s, W2STestData.twoViews(40, 2, 1)), "all of class 'a'", "raise the weak fraction");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "weak; 1-50; is not valid for data with 7 attributes",
    "weak; 0; is not valid for data with 7 attributes",
    "strong; 9; is not valid for data with 7 attributes",
    "weak; name:nothing.*; selects no attribute",
    "strong; 3-7; contains the class attribute 'class'",
    "strong; last; contains the class attribute 'class'"})
  void rangesOutOfBoundsOrWithTheClass(String role, String spec, String phrase) {
    WeakToStrong w2s = inMode("naive");
    if (role.equals("weak")) {
      w2s.setWeakAttributes(spec);
    } else {
      w2s.setStrongAttributes(spec);
    }
    assertSays(failure(w2s, W2STestData.twoViews(20, 20, 1)), "The " + role, phrase);
  }

  @ParameterizedTest
  @ValueSource(strings = {"refine", "kernel"})
  void nominalStrongAttributesInRefineAndKernelModes(String mode) {
    Instances data = W2STestData.nominalWeakAttribute(20, 20, 1);
    WeakToStrong ranged = inMode(mode);
    ranged.setStrongAttributes("2-6");
    WeakToStrong all = inMode(mode);
    all.setStrongAttributes("first-last");
    for (WeakToStrong w2s : Arrays.asList(ranged, all)) {
      assertSays(failure(w2s, data), "strategy builds the strong principal space from numeric attributes",
          "'w1' is nominal", "Choose numeric strong attributes");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"refine", "kernel"})
  void missingStrongValuesInRefineAndKernelModes(String mode) {
    Instances data = W2STestData.twoViews(20, 20, 1);
    data.instance(7).setMissing(3);
    assertSays(failure(inMode(mode), data), "needs complete strong attributes", "'s1' is missing in instance 8",
        "ReplaceMissingValues");
  }

  /** Fixed bug: nominal weak attributes used to be refused in refine/kernel modes with numeric strong ones. */
  @ParameterizedTest
  @ValueSource(strings = {"refine", "kernel"})
  void nominalWeakAttributesWithNumericStrongOnesAreFine(String mode) throws Exception {
    WeakToStrong w2s = inMode(mode);
    assertTrue(w2s.getCapabilities().handles(Capability.NOMINAL_ATTRIBUTES),
        "the strong range is numeric-only, the weak one is free");
    w2s.buildClassifier(W2STestData.nominalWeakAttribute(20, 20, 1));
    w2s.setStrongAttributes("first-last");
    assertFalse(w2s.getCapabilities().handles(Capability.NOMINAL_ATTRIBUTES),
        "with every attribute strong, nominal attributes cannot be used");
  }

  @Test
  void weakClassifierThatCannotUseTheWeakAttributes() {
    WeakToStrong w2s = inMode("naive");
    w2s.setWeakClassifier(new NaiveBayesMultinomial()); // numeric attributes only
    assertSays(failure(w2s, W2STestData.nominalWeakAttribute(20, 20, 1)),
        "The weak classifier NaiveBayesMultinomial cannot use the weak attribute 'w1'", "another weak classifier");
  }

  @Test
  void strongClassifierThatCannotLearnANominalClass() {
    WeakToStrong w2s = inMode("naive");
    w2s.setStrongClassifier(new LinearRegression());
    assertSays(failure(w2s, W2STestData.twoViews(20, 20, 1)),
        "The strong classifier LinearRegression cannot learn the class 'class'", "another strong classifier");
  }

  @Test
  void numericClass() {
    ArrayList<Attribute> atts = new ArrayList<>(Arrays.asList(new Attribute("x"), new Attribute("y")));
    Instances data = new Instances("numeric-class", atts, 0);
    data.setClassIndex(1);
    for (int i = 0; i < 10; i++) {
      data.add(new weka.core.DenseInstance(1, new double[] {i, 2 * i}));
    }
    // a numeric class trains (weak-to-strong regression) unless the strategy has no numeric meaning
    WeakToStrong hard = new WeakToStrong();
    weka.w2s.targets.Naive naive = new weka.w2s.targets.Naive();
    naive.setHardLabels(true);
    hard.setTargets(naive);
    assertSays(failure(hard, data), "The class 'y' is numeric, but naive -hard-labels", "choose naive, confidence,"
        + " refine, kernel, filter, rounds, entropy, auto or gold, without -hard-labels");
  }

  @Test
  void noClassAttribute() {
    Instances data = W2STestData.twoViews(20, 20, 1);
    data.setClassIndex(-1);
    assertSays(failure(new WeakToStrong(), data), "needs a class attribute");
  }

  @Test
  void badRefineBatchSizeAndVarianceFraction() {
    weka.w2s.targets.Refine k0 = new weka.w2s.targets.Refine();
    k0.setK(0);
    WeakToStrong w2s = inMode("naive");
    w2s.setTargets(k0);
    assertSays(failure(w2s, W2STestData.twoViews(20, 20, 1)), "neighbours k) must be at least 1");
    weka.w2s.targets.Refine rho = new weka.w2s.targets.Refine();
    rho.setPrincipalVariance(1.5);
    w2s.setTargets(rho);
    assertSays(failure(w2s, W2STestData.twoViews(20, 20, 1)), "variance fraction rho must lie in (0, 1]");
  }

  /**
   * Fixed bug: a class with a single instance in the weak slice left a channel cross-validation fold
   * without it, and the weak model refused to train on one class.
   */
  @Test
  void refineWithASingletonClassInTheWeakSlice() throws Exception {
    Instances data = W2STestData.twoViews(40, 1, 1); // b's one instance: round(0.5) = 1 goes to the weak slice
    WeakToStrong w2s = inMode("refine");
    w2s.buildClassifier(data);
    assertEquals(1, (int) w2s.getMeasure("measureWeakSliceSize") - 20);
    double[] p = w2s.distributionForInstance(data.instance(0));
    assertEquals(1, p[0] + p[1], 1e-9);
    assertEquals(0, Utils.maxIndex(p), "the pool holds only class a: refined labels and predictions say a");
  }

  /** Issue 16: a neighbourhood larger than the pool is capped, and the report says by how much. */
  @Test
  void aNeighbourhoodLargerThanThePoolIsReportedCapped() throws Exception {
    WeakToStrong w2s = W2STestData.twoViewClassifier("refine");
    weka.w2s.targets.Refine refine = new weka.w2s.targets.Refine();
    refine.setOptions(new String[] {"-neighbours", "1000000"});
    w2s.setTargets(refine);
    Instances data = W2STestData.twoViews(20, 20, 1); // 40 instances, half the pool: 20
    w2s.buildClassifier(data);
    int pool = w2s.getReport().poolSize();
    assertTrue(w2s.toString().contains("refine k=" + pool + " (the pool's size; 1000000 asked)"), w2s.toString());
  }
}
