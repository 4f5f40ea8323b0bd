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

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.functions.RidgeProbe;
import weka.core.Instance;
import weka.core.Instances;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.Remove;

/**
 * A weak classifier that remembers the ids (its first attribute) of the instances it trained on and
 * counts every request to label one of them: cross-fitting holds if that count stays 0.
 */
public class SpyWeakClassifier extends AbstractClassifier {

  private static final long serialVersionUID = 1L;

  static final AtomicInteger LABELLED_OWN_TRAINING_ROW = new AtomicInteger();
  static final AtomicInteger LABELLED = new AtomicInteger();
  static final AtomicInteger MODELS = new AtomicInteger();

  private final Set<Double> trainedOn = new HashSet<>();
  private final RidgeProbe inner = new RidgeProbe();
  private Remove withoutId;

  static void reset() {
    LABELLED_OWN_TRAINING_ROW.set(0);
    LABELLED.set(0);
    MODELS.set(0);
  }

  @Override
  public void buildClassifier(Instances data) throws Exception {
    trainedOn.clear();
    for (Instance inst : data) {
      trainedOn.add(inst.value(0));
    }
    withoutId = new Remove();
    withoutId.setAttributeIndices("1");
    withoutId.setInputFormat(data);
    inner.buildClassifier(Filter.useFilter(data, withoutId));
    MODELS.incrementAndGet();
  }

  @Override
  public double[] distributionForInstance(Instance instance) throws Exception {
    LABELLED.incrementAndGet();
    if (trainedOn.contains(instance.value(0))) {
      LABELLED_OWN_TRAINING_ROW.incrementAndGet();
    }
    withoutId.input(instance);
    return inner.distributionForInstance(withoutId.output());
  }
}
