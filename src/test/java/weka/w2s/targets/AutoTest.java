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

import org.junit.jupiter.api.Test;

import weka.classifiers.functions.RidgeProbe;
import weka.classifiers.meta.WeakToStrong;
import weka.core.Instances;
import weka.core.Utils;
import weka.core.converters.ConverterUtils.DataSource;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.AddID;
import weka.w2s.sim.ConceptMixtureModel;
import weka.w2s.sim.ConceptMixtureModel.Supervision;

/** Auto's cross-fitting and its choices where the answer is known. */
class AutoTest {

  private static Instances latent() throws Exception {
    Instances data = DataSource.read("test-data/w2sg-latent.arff.gz");
    data.setClassIndex(data.numAttributes() - 1);
    return data;
  }

  private static double accuracy(WeakToStrong model, Instances test) throws Exception {
    int correct = 0;
    for (int i = 0; i < test.numInstances(); i++) {
      if (Utils.maxIndex(model.distributionForInstance(test.instance(i))) == (int) test.instance(i).classValue()) {
        correct++;
      }
    }
    return (double) correct / test.numInstances();
  }

  /** No row is ever labelled by a weak model that trained on it: not in validation, not in refine's calibration. */
  @Test
  void noRowIsLabelledByAWeakModelThatTrainedOnIt() throws Exception {
    AddID addId = new AddID();
    addId.setInputFormat(latent());
    Instances data = Filter.useFilter(latent(), addId); // attribute 1 is the id
    data.setClassIndex(data.numAttributes() - 1);
    data = new Instances(data, 0, 500);
    WeakToStrong w2s = new WeakToStrong();
    w2s.setWeakClassifier(new SpyWeakClassifier());
    w2s.setWeakAttributes("1,50-73"); // the id first, so that the spy sees it, then weakC
    w2s.setStrongAttributes("name:strong_.*");
    SpyWeakClassifier.reset();
    w2s.buildClassifier(data); // auto, every default candidate, refine's held-out calibration included
    assertEquals(0, SpyWeakClassifier.LABELLED_OWN_TRAINING_ROW.get(), "rows labelled by a weak model trained on them");
    // the final weak model, 5 validation folds, and inside each fold 5 held-out models for refine's calibration
    assertTrue(SpyWeakClassifier.MODELS.get() >= 1 + 5 + 5 * 5, SpyWeakClassifier.MODELS.get() + " weak models");
    assertTrue(SpyWeakClassifier.LABELLED.get() > 30 * 250, "the pool was labelled by every model");
  }

  /**
   * A fixed strategy with RidgeProbe's automatic ridge: the student's ridge is chosen by the same
   * cross-fitted validation on the weak slice's gold labels (never by leave-one-out on weak labels),
   * and no row is labelled by a weak model that trained on it. A strong attribute with missing values
   * sends the fit through the generic classifier head, which must do the same.
   */
  @Test
  void aFixedStrategyCrossFitsItsStudentsRidgeOnTheSliceGold() throws Exception {
    for (boolean missing : new boolean[] {false, true}) {
      AddID addId = new AddID();
      addId.setInputFormat(latent());
      Instances data = Filter.useFilter(latent(), addId);
      data.setClassIndex(data.numAttributes() - 1);
      data = new Instances(data, 0, 300);
      if (missing) {
        data.instance(7).setMissing(data.attribute("strong_0").index());
      }
      WeakToStrong w2s = new WeakToStrong();
      w2s.setWeakClassifier(new SpyWeakClassifier());
      w2s.setWeakAttributes("1,50-73");
      w2s.setStrongAttributes("name:strong_.*");
      w2s.setTargets(new Naive());
      SpyWeakClassifier.reset();
      w2s.buildClassifier(data);
      assertEquals(0, SpyWeakClassifier.LABELLED_OWN_TRAINING_ROW.get(), "rows labelled by a weak model trained on them");
      String chosen = w2s.getSelection().chosen().candidate;
      assertTrue(chosen.startsWith("naive, ridge "), chosen);
      assertEquals(10, w2s.getSelection().scores().size(), "one candidate per ridge of the grid");
      RidgeProbe student = (RidgeProbe) w2s.getStrongModel();
      assertTrue(!student.choosesRidge() && student.ridgeChoice() == null, "the student's ridge is fixed at the choice");
    }
  }

  /**
   * Weak = strong, both heads well regularised: the weak labels are what the strong head would
   * predict itself, so no strategy can add anything and the tie goes to naive. (With an overfitting
   * weak head, smoothing does help, and auto rightly takes it.)
   */
  @Test
  void withTheStrongRepresentationAsTheWeakOneAutoKeepsNaive() throws Exception {
    Instances data = latent();
    WeakToStrong w2s = new WeakToStrong();
    RidgeProbe head = new RidgeProbe();
    head.setRidge(0.05);
    w2s.setWeakClassifier(head);
    w2s.setStrongClassifier(head);
    w2s.setWeakAttributes("name:strong_.*");
    w2s.setStrongAttributes("name:strong_.*");
    w2s.setTargets(new Auto()); // a fixed ridge: auto chooses the strategy only
    w2s.buildClassifier(data);
    String chosen = w2s.getSelection().chosen().candidate;
    assertTrue(chosen.startsWith("naive"), "chose " + chosen + "\n" + w2s.getSelection().describe());
    assertEquals(1.0, w2s.getMeasure("measureChoseNaive"), 0.0);
    // below the best or not, as the table's accuracies say
    double best = w2s.getSelection().scores().stream().filter(s -> s.finalist).mapToDouble(s -> s.score).max()
        .getAsDouble();
    boolean below = w2s.getSelection().chosen().score < best;
    assertEquals(below ? 1.0 : 0.0, w2s.getMeasure("measureChoseBelowBest"), 0.0);
    assertEquals(below, w2s.toString().contains("not the best-scoring"), w2s.toString());
  }

  /** The one-standard-error rule, said where the choice is not the best-scoring candidate. */
  @Test
  void aChoiceBelowTheBestSaysWhy() {
    java.util.List<Selection.Score> scores = java.util.List.of(
        new Selection.Score("naive", "naive", 0.894, 0.013, 0.08, true),
        new Selection.Score("confidence a=0.5", "confidence", 0.880, 0.015, 0.09, true),
        new Selection.Score("refine k=32", "refine", 0.914, 0.0, 0.07, true));
    Selection below = new Selection(scores, 0, 500, false);
    assertTrue(below.choseBelowBest());
    assertEquals("refine k=32", below.best().candidate);
    assertEquals("auto chose naive (0.8940), not the best-scoring refine k=32 (0.9140): it is within one paired"
        + " standard error (0.0130) of it, and auto keeps the first candidate in its list (naive first) whose"
        + " accuracy is within one paired standard error of the best.", below.rule());
    assertTrue(below.describe().trim().endsWith(below.rule()), below.describe());
    Selection atBest = new Selection(scores, 2, 500, false);
    assertEquals("", atBest.rule());
    assertTrue(!atBest.describe().contains("best-scoring"), atBest.describe());
  }

  /**
   * Somerstep et al.'s model with a bias orthogonal to every concept: strategies that remove errors
   * outside the strong principal space win by far; auto must come close to the best of them.
   */
  @Test
  void underOrthogonalBiasAutoComesCloseToTheBestStrategy() throws Exception {
    ConceptMixtureModel model = new ConceptMixtureModel(48, 4, 0.3, 1);
    double strength = model.strengthForError(Supervision.ORTHOGONAL_BIAS, 0.25);
    Instances train = model.sample(2000, Supervision.ORTHOGONAL_BIAS, strength, 101);
    Instances test = model.sample(2000, Supervision.ORTHOGONAL_BIAS, strength, 201);
    double best = 0;
    double naive = 0;
    for (String name : new String[] {"naive", "confidence", "refine", "kernel", "filter", "rounds"}) {
      double a = accuracy(trained(TargetStrategy.forName(name), train), test);
      best = Math.max(best, a);
      naive = name.equals("naive") ? a : naive;
    }
    WeakToStrong auto = trained(new Auto(), train);
    double a = accuracy(auto, test);
    // every student's ridge is cross-fitted on the weak slice's gold, and a well-regularised naive student
    // already drops part of the orthogonal error (a ridge shrinks the weak directions, as the kernel
    // does more sharply): the gain over it is smaller than over an untuned one, but must remain
    assertTrue(a > naive + 0.02, "auto " + a + " vs naive " + naive);
    assertTrue(a >= best - 0.02, "auto " + a + " vs the best strategy " + best + "\n" + auto.getSelection().describe());
  }

  private static WeakToStrong trained(TargetStrategy strategy, Instances train) throws Exception {
    WeakToStrong w2s = new WeakToStrong();
    w2s.setWeakAttributes("1");
    w2s.setStrongAttributes("2-49");
    w2s.setTargets(strategy);
    w2s.buildClassifier(train);
    return w2s;
  }
}
