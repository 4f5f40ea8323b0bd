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

import weka.classifiers.Classifier;
import weka.core.Instances;

/**
 * A learner whose regularisation is one ridge, chosen automatically or fixed (RidgeProbe): what weak-to-strong
 * training needs to know of a strong head so that it can choose the student's ridge itself, by cross-fitted
 * validation on the weak slice's gold labels, instead of letting the head choose it on weak labels.
 */
public interface RidgeLearner extends SoftTargetLearner {

  /** True if the ridge is chosen automatically (on the training targets), false if it is fixed. */
  boolean choosesRidge();

  /** The fixed ridge (used when {@link #choosesRidge()} is false). */
  double getRidge();

  /** The candidate ridges of the automatic choice, relative to the attributes' mean variance (RidgeGrid's syntax). */
  String getRidgeGrid();

  /** A copy of this learner, untrained, with the ridge fixed at beta. */
  Classifier withFixedRidge(double beta) throws Exception;

  /** tr(S) / d of the design this learner would fit on the data: the unit of its relative ridge grid. */
  double meanVariance(Instances data) throws Exception;
}
