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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import weka.classifiers.Evaluation;
import weka.core.Instances;
import weka.core.SelectedTag;
import weka.core.SerializationHelper;
import weka.w2s.sim.LatentFactorModel;

/** What a user relies on: repeatable builds, serialization, the pool, the measures, every mode end to end. */
class WeakToStrongBehaviourTest {

  static Stream<String> modes() {
    return W2STestData.modes().stream();
  }

  private static double[][] predictions(WeakToStrong model, Instances test) throws Exception {
    double[][] out = new double[test.numInstances()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = model.distributionForInstance(test.instance(i));
    }
    return out;
  }

  private static void assertSamePredictions(double[][] expected, double[][] actual) {
    for (int i = 0; i < expected.length; i++) {
      assertArrayEquals(expected[i], actual[i], 0.0, "instance " + i);
    }
  }

  @ParameterizedTest
  @MethodSource("modes")
  void buildingTwiceOnDifferentDataGivesTheModelOfTheSecondBuild(String mode) throws Exception {
    Instances first = W2STestData.twoViews(30, 30, 1);
    Instances second = W2STestData.twoViews(25, 35, 2);
    Instances test = W2STestData.twoViews(20, 20, 3);
    WeakToStrong twice = W2STestData.twoViewClassifier(mode);
    twice.buildClassifier(first);
    twice.buildClassifier(second);
    WeakToStrong once = W2STestData.twoViewClassifier(mode);
    once.buildClassifier(second);
    assertSamePredictions(predictions(once, test), predictions(twice, test));
    assertEquals(once.toString(), twice.toString());
  }

  @ParameterizedTest
  @MethodSource("modes")
  void aSerializedModelPredictsTheSameAfterReloading(String mode) throws Exception {
    WeakToStrong model = W2STestData.twoViewClassifier(mode);
    model.buildClassifier(W2STestData.twoViews(40, 40, 4));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SerializationHelper.write(bytes, model);
    WeakToStrong reloaded = (WeakToStrong) SerializationHelper.read(new ByteArrayInputStream(bytes.toByteArray()));
    Instances test = W2STestData.twoViews(20, 20, 5);
    assertSamePredictions(predictions(model, test), predictions(reloaded, test));
    for (String measure : Collections.list(model.enumerateMeasures())) {
      assertEquals(model.getMeasure(measure), reloaded.getMeasure(measure), 0.0, measure);
    }
    assertEquals(model.toString(), reloaded.toString());
  }

  @Test
  void aTagFromAnotherCopyOfTheTagsIsNotIgnored() {
    // a deserialized setup carries its own copy of the Tag array, not Refine.TAGS_SPACE
    weka.w2s.targets.Refine refine = new weka.w2s.targets.Refine();
    refine.setSpace(new SelectedTag("raw", weka.w2s.targets.Refine.TAGS_SPACE.clone()));
    assertEquals("raw", refine.getSpace().getSelectedTag().getReadable());
    refine.setPrincipalRule(new SelectedTag("variance", weka.w2s.targets.PrincipalStrategy.TAGS_RULE.clone()));
    assertEquals("variance", refine.getPrincipalRule().getSelectedTag().getReadable());
  }

  @Test
  void flagsAreFlagsOnTheCommandLine() throws Exception {
    WeakToStrong w2s = new WeakToStrong();
    w2s.setOptions(new String[] {"-learn-weak-slice-gold", "-targets", "weka.w2s.targets.Refine -hard-labels -k 4"});
    assertTrue(w2s.getLearnWeakSliceGold(), "the flag alone must switch it on");
    assertTrue(((weka.w2s.targets.Refine) w2s.getTargets()).getHardLabels());
    assertEquals(4, ((weka.w2s.targets.Refine) w2s.getTargets()).getK());
    List<String> options = java.util.Arrays.asList(w2s.getOptions());
    assertTrue(options.contains("-learn-weak-slice-gold"), "getOptions must write the flag: " + options);
    assertFalse(options.contains("true"), "a flag takes no value: " + options);
    WeakToStrong copy = new WeakToStrong();
    copy.setOptions(w2s.getOptions());
    assertEquals(java.util.Arrays.asList(w2s.getOptions()), java.util.Arrays.asList(copy.getOptions()));
    w2s.setOptions(new String[0]);
    assertFalse(w2s.getLearnWeakSliceGold(), "options left off return to their defaults");
    assertTrue(w2s.getTargets() instanceof weka.w2s.targets.Auto, "auto is the default strategy");
  }

  @Test
  void instancesWithoutAClassJoinThePool() throws Exception {
    Instances labelled = W2STestData.twoViews(60, 40, 6);
    Instances unlabelled = W2STestData.twoViews(10, 15, 7);
    Instances data = new Instances(labelled);
    for (int i = 0; i < unlabelled.numInstances(); i++) {
      data.add(unlabelled.instance(i));
      data.lastInstance().setClassMissing();
    }
    WeakToStrong withUnlabelled = W2STestData.twoViewClassifier("naive");
    withUnlabelled.setWeakFraction(0.3);
    withUnlabelled.buildClassifier(data);
    // stratified: round(0.3 * 60) + round(0.3 * 40) = 18 + 12 labelled instances train the weak model
    assertEquals(30, withUnlabelled.getMeasure("measureWeakSliceSize"));
    assertEquals(70 + 25, withUnlabelled.getMeasure("measurePoolSize"));
    assertEquals(70, withUnlabelled.getMeasure("measureLabelledPoolSize"));

    // and the strong model learns from them: the same split without them gives another model
    WeakToStrong labelledOnly = W2STestData.twoViewClassifier("naive");
    labelledOnly.setWeakFraction(0.3);
    labelledOnly.buildClassifier(labelled);
    assertEquals(70, labelledOnly.getMeasure("measurePoolSize"));
    Instances test = W2STestData.twoViews(20, 20, 8);
    double[][] a = predictions(withUnlabelled, test);
    double[][] b = predictions(labelledOnly, test);
    boolean differs = false;
    for (int i = 0; i < a.length; i++) {
      differs |= a[i][1] != b[i][1];
    }
    assertTrue(differs, "the unlabelled pool instances must take part in training the strong model");
  }

  @Test
  void measures() throws Exception {
    WeakToStrong w2s = new WeakToStrong();
    List<String> names = Collections.list(w2s.enumerateMeasures());
    assertEquals(List.of("measureWeakSliceSize", "measurePoolSize", "measureLabelledPoolSize",
        "measureWeakLabelAccuracy", "measureTargetAccuracy", "measureStrongPoolAccuracy", "measureW2SGScore",
        "measureW2SGFrobeniusNormalized", "measurePredGap", "measureTargetsUsed", "measureValidationAccuracy",
        "measureChoseNaive", "measureChoseBelowBest", "measureWeakLabelMSE", "measureTargetMSE",
        "measureStrongPoolMSE", "measureValidationMSE"), names);
    for (String name : names) {
      assertTrue(Double.isNaN(w2s.getMeasure(name)), name + " before training");
    }
    Instances data = W2STestData.twoViews(50, 50, 9);
    for (String mode : W2STestData.modes()) {
      WeakToStrong model = W2STestData.twoViewClassifier(mode);
      model.buildClassifier(data);
      assertEquals(50, model.getMeasure("measureWeakSliceSize"));
      assertEquals(50, model.getMeasure("measurePoolSize"));
      assertEquals(50, model.getMeasure("measureLabelledPoolSize"));
      for (String accuracy : List.of("measureWeakLabelAccuracy", "measureTargetAccuracy",
          "measureStrongPoolAccuracy", "measureW2SGScore", "measureW2SGFrobeniusNormalized")) {
        double v = model.getMeasure(accuracy);
        assertTrue(v >= 0 && v <= 1, accuracy + " = " + v);
      }
      assertTrue(model.getMeasure("measurePredGap") >= 0);
      if (mode.equals("naive")) {
        assertEquals(model.getMeasure("measureWeakLabelAccuracy"), model.getMeasure("measureTargetAccuracy"),
            0.0, "naive mode trains on the weak labels themselves");
      }
      if (mode.equals("gold")) {
        assertEquals(1.0, model.getMeasure("measureTargetAccuracy"), 0.0, "gold mode trains on the gold labels");
      }
    }
    // an unknown name is an error whether or not the model is built (it used to be NaN before training)
    WeakToStrong built = W2STestData.twoViewClassifier("naive");
    built.buildClassifier(data);
    for (WeakToStrong model : List.of(new WeakToStrong(), built)) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> model.getMeasure("measureNothing"));
      assertTrue(e.getMessage().contains("measureNothing"), e.getMessage());
    }
  }

  private static String[] latentOptions(String mode, String... more) {
    List<String> options = new ArrayList<>(List.of("-mode", mode, "-weak-attributes", W2STestData.WEAK_C,
        "-strong-attributes", W2STestData.STRONG));
    options.addAll(List.of(more));
    return options.toArray(new String[0]);
  }

  @ParameterizedTest
  @MethodSource("modes")
  void everyModeRunsFromTheCommandLine(String mode) throws Exception {
    String name = mode;
    List<String> args = new ArrayList<>(List.of("-t", W2STestData.LATENT, "-x", "3"));
    args.addAll(List.of(latentOptions(name)));
    String output = Evaluation.evaluateModel(new WeakToStrong(), args.toArray(new String[0]));
    assertTrue(output.contains("Weak-to-strong training (targets: " + weka.w2s.targets.TargetStrategy.forName(name).label()
        + ")"), output);
    assertTrue(output.contains("=== Stratified cross-validation ==="), output);
    assertTrue(output.contains("Correctly Classified Instances"), output);
  }

  /**
   * Ten-fold cross-validation of every mode on the bundled data, weak = weakC, against the ceilings
   * of the generator: no mode that learns from weakC's labels can pass what weakC's four factors
   * know about the class (bayesAccuracy), and the gold ceiling, which learns from gold labels, must.
   */
  @Test
  void everyModeCrossValidatesOnTheBundledData() throws Exception {
    Instances data = W2STestData.latent();
    LatentFactorModel generator = LatentFactorModel.bundled(1); // the model behind the bundled file
    double weakCeiling = generator.bayesAccuracy("weakC");
    double strongCeiling = generator.bayesAccuracy("strong");
    double tolerance = 0.04; // about 2.5 binomial standard errors on 1000 instances
    StringBuilder table = new StringBuilder();
    for (String mode : W2STestData.modes()) {
      String name = mode;
      WeakToStrong w2s = new WeakToStrong();
      w2s.setOptions(latentOptions(name));
      Evaluation eval = new Evaluation(data);
      eval.crossValidateModel(w2s, data, 10, new Random(1));
      double accuracy = eval.pctCorrect() / 100;
      table.append(String.format("%-10s %.3f%n", name, accuracy));
      assertTrue(accuracy > 0.5, name + " must beat chance: " + accuracy);
      if (mode.equals("gold")) {
        assertTrue(accuracy <= strongCeiling + tolerance, name + ": " + accuracy);
        assertTrue(accuracy > weakCeiling + 0.05, "gold labels must teach more than weakC knows: " + accuracy);
      } else {
        assertTrue(accuracy <= weakCeiling + tolerance, name + " cannot learn more than weakC knows ("
            + weakCeiling + "): " + accuracy);
      }
    }
    System.out.printf("10-fold CV on %s, weak = weakC (ceiling %.3f), strong ceiling %.3f%n%s",
        W2STestData.LATENT, weakCeiling, strongCeiling, table);
    assertFalse(table.length() == 0);
  }
}
