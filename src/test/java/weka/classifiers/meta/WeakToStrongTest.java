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
