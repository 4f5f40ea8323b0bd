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
