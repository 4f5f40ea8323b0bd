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

import java.util.ArrayList;
import java.util.Arrays;

import junit.framework.Test;
import junit.framework.TestSuite;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.filters.AbstractFilterTest;
import weka.filters.Filter;
import weka.w2s.encoders.Encoder;

/**
 * Weka's own filter checks (options, GUI editor, tool tips, batch and incremental use, serialisation,
 * FilteredClassifier) on Weka's FilterTest.arff, whose first attribute is a string. Only the small
 * quantized MiniLM model is loaded, to keep the build fast.
 */
public class SentenceEmbeddingTest extends AbstractFilterTest {

  public SentenceEmbeddingTest(String name) {
    super(name);
  }

  @Override
  public Filter getFilter() {
    SentenceEmbedding filter = new SentenceEmbedding();
    filter.useEncoder(Encoder.MINILM_Q);
    filter.setQuiet(true);
    return filter;
  }

  /** J48 behind the filter needs data whose only string attribute is the one embedded. */
  @Override
  protected Instances getFilteredClassifierData() {
    ArrayList<Attribute> atts = new ArrayList<>();
    atts.add(new Attribute("text", (ArrayList<String>) null));
    atts.add(new Attribute("x"));
    atts.add(new Attribute("class", new ArrayList<>(Arrays.asList("pos", "neg"))));
    Instances data = new Instances("FilteredClassifierData", atts, 0);
    String[] texts = {"a sunny happy day", "a wonderful gift", "great food and friends", "we won the cup",
      "a sad rainy night", "the car broke down", "we lost our keys", "a terrible headache"};
    for (int i = 0; i < 24; i++) {
      double[] v = new double[3];
      v[0] = data.attribute(0).addStringValue(texts[i % texts.length] + " " + (i / texts.length));
      v[1] = i % 5;
      v[2] = (i % texts.length) < 4 ? 0 : 1;
      data.add(new DenseInstance(1.0, v));
    }
    data.setClassIndex(2);
    return data;
  }

  /**
   * Weka's regression check compares printed ARFF text exactly, but ONNX Runtime's int8 kernels may
   * round differently on another CPU; SentenceEmbeddingBehaviourTest compares reference values with
   * a tolerance instead.
   */
  @Override
  public void testRegression() {
  }

  public static Test suite() {
    return new TestSuite(SentenceEmbeddingTest.class);
  }
}
