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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import weka.classifiers.Classifier;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.Utils;
import weka.core.converters.ConverterUtils.DataSource;

/** Data sets for the WeakToStrong tests. */
final class W2STestData {

  static final String LATENT = "test-data/w2sg-latent.arff.gz";
  static final String WEAK_C = "name:weakC_.*";
  static final String STRONG = "name:strong_.*";

  private static Instances latent;

  private W2STestData() {
  }

  /** The bundled latent-factor data (weakA..weakD_*, strong_*, class last); a fresh copy. */
  static synchronized Instances latent() throws Exception {
    if (latent == null) {
      latent = DataSource.read(LATENT);
      latent.setClassIndex(latent.numAttributes() - 1);
    }
    return new Instances(latent);
  }

  /**
   * Two numeric views of a two-class problem: w0, w1 (weak: one noisy copy of the label's score)
   * and s0..s3 (strong: the score and three distractors), class {a, b} last. The first
   * {@code countA} instances are of class a, the next {@code countB} of class b.
   */
  static Instances twoViews(int countA, int countB, long seed) {
    Instances data = new Instances("two-views", attributes(false), 0);
    data.setClassIndex(data.numAttributes() - 1);
    Random rnd = new Random(seed);
    for (int i = 0; i < countA + countB; i++) {
      int cls = i < countA ? 0 : 1;
      double score = (cls == 0 ? -1 : 1) * (0.5 + Math.abs(rnd.nextGaussian()));
      double[] v = new double[7];
      v[0] = score + rnd.nextGaussian();
      v[1] = rnd.nextGaussian();
      v[2] = score + 0.1 * rnd.nextGaussian();
      for (int j = 3; j < 6; j++) {
        v[j] = rnd.nextGaussian();
      }
      v[6] = cls;
      data.add(new DenseInstance(1, v));
    }
    return data;
  }

  /** Like {@link #twoViews}, but w1 is nominal {u, v} (attribute 2). */
  static Instances nominalWeakAttribute(int countA, int countB, long seed) {
    Instances numeric = twoViews(countA, countB, seed);
    Instances data = new Instances("nominal-weak", attributes(true), numeric.numInstances());
    data.setClassIndex(data.numAttributes() - 1);
    for (int i = 0; i < numeric.numInstances(); i++) {
      double[] v = numeric.instance(i).toDoubleArray();
      v[1] = v[1] > 0 ? 1 : 0;
      data.add(new DenseInstance(1, v));
    }
    return data;
  }

  private static ArrayList<Attribute> attributes(boolean nominalW1) {
    ArrayList<Attribute> atts = new ArrayList<>();
    atts.add(new Attribute("w0"));
    atts.add(nominalW1 ? new Attribute("w1", Arrays.asList("u", "v")) : new Attribute("w1"));
    for (int j = 0; j < 4; j++) {
      atts.add(new Attribute("s" + j));
    }
    atts.add(new Attribute("class", Arrays.asList("a", "b")));
    return atts;
  }

  /** A WeakToStrong on {@link #twoViews} data: weak = w0,w1, strong = s0..s3. */
  static WeakToStrong twoViewClassifier(String mode) {
    WeakToStrong w2s = new WeakToStrong();
    w2s.setWeakAttributes("1-2");
    w2s.setStrongAttributes("3-6");
    w2s.setTargets(strategy(mode));
    return w2s;
  }

  /** A strategy by its short name; refine with k = 8, for small pools. */
  static weka.w2s.targets.TargetStrategy strategy(String mode) {
    weka.w2s.targets.TargetStrategy s = weka.w2s.targets.TargetStrategy.forName(mode);
    if (s instanceof weka.w2s.targets.Refine) {
      ((weka.w2s.targets.Refine) s).setK(8);
    }
    return s;
  }

  /** Every strategy's short name. */
  static List<String> modes() {
    return Arrays.asList(weka.w2s.targets.TargetStrategy.NAMES);
  }

  /** The fraction of instances whose most likely class is their class. */
  static double accuracy(Classifier model, Instances test) throws Exception {
    int correct = 0;
    for (int i = 0; i < test.numInstances(); i++) {
      if (Utils.maxIndex(model.distributionForInstance(test.instance(i))) == (int) test.instance(i).classValue()) {
        correct++;
      }
    }
    return (double) correct / test.numInstances();
  }
}
