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

import junit.framework.Test;
import junit.framework.TestSuite;
import weka.filters.AbstractFilterTest;
import weka.filters.Filter;

/**
 * Weka's own checks for {@link PrincipalKernel}: buffered, incremental and batch filtering (a second
 * batch must use the first batch's map), throughput, FilteredClassifier, CheckOptionHandler, CheckGOE
 * and the regression test against src/test/resources/wekarefs. Weka's FilterTest.arff has nominal
 * and string attributes and missing values inside any numeric range, so the data is replaced by a
 * numeric representation framed by nominal, string and class attributes that pass through.
 */
public class PrincipalKernelTest extends AbstractFilterTest {

  public PrincipalKernelTest(String name) {
    super(name);
  }

  @Override
  protected void setUp() throws Exception {
    super.setUp();
    m_Instances = PrincipalKernelData.sample(30, 8, 11);
  }

  @Override
  public Filter getFilter() {
    return new PrincipalKernel();
  }

  public static Test suite() {
    return new TestSuite(PrincipalKernelTest.class);
  }

  public static void main(String[] args) {
    junit.textui.TestRunner.run(suite());
  }
}
