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

import weka.core.Instances;

/**
 * A classifier that can be trained on class distributions (soft labels) rather than one class per
 * instance, as weak supervision produces. Other classifiers receive soft labels as weighted copies
 * of each instance, one per class (if they handle weights) or as the most likely class.
 */
public interface SoftTargetLearner {

  /**
   * Builds the classifier on the given instances with per-instance target distributions.
   *
   * @param data    the training instances (their class values are ignored)
   * @param targets data.numInstances() x data.numClasses() class distributions
   */
  void buildFromTargets(Instances data, double[][] targets) throws Exception;
}
