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

import junit.framework.Test;
import junit.framework.TestSuite;
import weka.classifiers.AbstractClassifierTest;
import weka.classifiers.Classifier;

/**
 * Weka's own checks for {@link WeakToStrong} with its default options (naive mode, RidgeProbe as
 * the weak and the strong model, every attribute in both roles): CheckClassifier (attribute and
 * class types, missing values and classes, weights, zero training data, building twice, data
 * integrity), CheckOptionHandler, CheckGOE and the regression test against
 * src/test/resources/wekarefs.
 */
public class WeakToStrongTest extends AbstractClassifierTest {

  public WeakToStrongTest(String name) {
    super(name);
  }

  /**
   * Weka's regression reference holds predictions to many digits: they are recorded with the Java back
   * end, so that they do not depend on whether OpenBLAS is installed (the back ends agree to rounding,
   * which a near-tie in a ridge or strategy choice could turn into another model).
   */
  @Override
  protected void setUp() throws Exception {
    System.setProperty(weka.w2s.core.LinearAlgebra.PROPERTY, "java");
    super.setUp();
  }

  @Override
  protected void tearDown() {
    super.tearDown();
    System.clearProperty(weka.w2s.core.LinearAlgebra.PROPERTY);
  }

  @Override
  public Classifier getClassifier() {
    return new WeakToStrong();
  }

  public static Test suite() {
    return new TestSuite(WeakToStrongTest.class);
  }

  public static void main(String[] args) {
    junit.textui.TestRunner.run(suite());
  }
}
