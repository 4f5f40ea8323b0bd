package weka.classifiers.functions;

import junit.framework.Test;
import junit.framework.TestSuite;
import weka.classifiers.AbstractClassifierTest;
import weka.classifiers.Classifier;

/**
 * Weka's own checks for {@link RidgeProbe}: CheckClassifier (attribute and class types, missing
 * values, weights, zero training data, build initialisation, data integrity), CheckOptionHandler,
 * CheckGOE and the regression test against src/test/resources/wekarefs.
 */
public class RidgeProbeTest extends AbstractClassifierTest {

  public RidgeProbeTest(String name) {
    super(name);
  }

  @Override
  public Classifier getClassifier() {
    return new RidgeProbe();
  }

  public static Test suite() {
    return new TestSuite(RidgeProbeTest.class);
  }

  public static void main(String[] args) {
    junit.textui.TestRunner.run(suite());
  }
}
