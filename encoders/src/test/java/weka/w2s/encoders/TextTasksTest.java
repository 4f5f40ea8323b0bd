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

package weka.w2s.encoders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import weka.core.Instances;
import weka.core.converters.ConverterUtils.DataSource;
import weka.w2s.encoders.bench.TextTasks;
import weka.w2s.encoders.bench.TextTasksAccess;

/** The task builder's pieces, and the committed subsets in test-data/. */
class TextTasksTest {

  static Instances testData(String name) throws Exception {
    Instances data = DataSource.read(Path.of(System.getProperty("w2s.testdata"), name).toString());
    data.setClassIndex(data.numAttributes() - 1);
    return data;
  }

  @ParameterizedTest
  @ValueSource(strings = {"names-gender-300.arff.gz", "afinn-polarity-300.arff.gz", "spam-subject-300.arff.gz"})
  void committedSubsetsHaveATextAndATwoClassLabel(String file) throws Exception {
    Instances data = testData(file);
    assertEquals(300, data.numInstances());
    assertEquals(2, data.numAttributes());
    assertTrue(data.attribute(0).isString());
    assertEquals(2, data.numClasses());
    int[] counts = data.attributeStats(1).nominalCounts;
    assertTrue(counts[0] > 50 && counts[1] > 50, file + " is too unbalanced");
  }

  @Test
  void subjectsAreUnfoldedDecodedAndCleaned() throws Exception {
    String mail = "From: a@b.c\r\nSubject: Re: [ILUG] =?iso-8859-1?Q?caf=E9?=\r\n  news\r\nTo: d@e.f\r\n\r\nbody\r\n";
    assertEquals("Re: [ILUG] café news", TextTasksAccess.subject(mail));
    assertEquals("café news", TextTasksAccess.clean("Re: [ILUG] café news"));
    assertEquals("offer", TextTasksAccess.clean("FWD: RE[2]: offer"));
  }

  @Test
  void samplingIsStratifiedAndSeeded() throws Exception {
    Instances data = testData("names-gender-300.arff.gz");
    Instances a = TextTasks.sample(data, 100, 7);
    Instances b = TextTasks.sample(data, 100, 7);
    assertEquals(100, a.numInstances(), 1);
    for (int i = 0; i < a.numInstances(); i++) {
      assertEquals(a.instance(i).stringValue(0), b.instance(i).stringValue(0));
    }
    double share = (double) data.attributeStats(1).nominalCounts[0] / data.numInstances();
    double sampled = (double) a.attributeStats(1).nominalCounts[0] / a.numInstances();
    assertEquals(share, sampled, 0.02);
  }
}
