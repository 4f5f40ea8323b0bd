package weka.w2s;

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
