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

import java.util.Arrays;

import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;
import weka.w2s.sim.LatentFactorModel;

/**
 * Test data for {@link PrincipalKernel}: a representation h_0..h_{d-1} drawn from a latent-factor
 * model (three planted factors over an isotropic tail), framed by attributes that must pass through:
 * a nominal 'colour' first (with a missing value), a string 'note' after the range, and a numeric
 * class last.
 */
final class PrincipalKernelData {

  /** Index of the first representation attribute. */
  static final int FIRST = 1;

  private PrincipalKernelData() {
  }

  /** n instances with a d-column representation; the seed fixes everything. */
  static Instances sample(int n, int d, long seed) {
    LatentFactorModel model = new LatentFactorModel(3, 0.3, seed);
    model.addView("h", d, new int[] {0, 1, 2}, 1.0, 0.3);
    Instances data = model.sample("principal-kernel-test", n, false, seed + 1);
    data.insertAttributeAt(new Attribute("colour", Arrays.asList("red", "green", "blue")), 0);
    data.insertAttributeAt(new Attribute("note", (java.util.List<String>) null), d + 1);
    for (int i = 0; i < n; i++) {
      Instance inst = data.instance(i);
      if (i == 2) {
        inst.setMissing(0);
      } else {
        inst.setValue(0, i % 3);
      }
      inst.setValue(d + 1, "row " + (i + 1));
    }
    return data;
  }
}
