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

import weka.classifiers.functions.RidgeProbe;
import weka.core.Instances;
import weka.core.SelectedTag;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.Remove;

/** What the strategies' tests build a teacher from: views of a data set and fixed-ridge heads. */
final class TeacherParts {

  private TeacherParts() {
  }

  /** The given attributes and the class (the last attribute), as a new data set. */
  static Instances view(Instances data, String keep) throws Exception {
    Remove remove = new Remove();
    remove.setAttributeIndices(keep + ",last");
    remove.setInvertSelection(true);
    remove.setInputFormat(data);
    Instances out = Filter.useFilter(data, remove);
    out.setClassIndex(out.numAttributes() - 1);
    return out;
  }

  /** A ridge head with a fixed ridge (no selection), so that a test's numbers do not depend on it. */
  static RidgeProbe ridge(double beta) {
    RidgeProbe probe = new RidgeProbe();
    probe.setRidge(beta);
    probe.setRidgeSelection(new SelectedTag(RidgeProbe.SELECTION_FIXED, RidgeProbe.TAGS_RIDGE_SELECTION));
    return probe;
  }
}
