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

package weka.w2s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import weka.core.Instances;
import weka.core.converters.ConverterUtils.DataSource;
import weka.w2s.data.RepresentationLayout;

/** A date attribute inside a representation range is refused, not read as epoch milliseconds. */
class DateAttributeTest {

  private static final String ARFF = "@relation dated\n@attribute x numeric\n@attribute y numeric\n"
      + "@attribute when date yyyy-MM-dd\n@attribute c {a,b}\n@data\n"
      + "1,2,2020-01-01,a\n2,1,2020-01-02,b\n3,5,2020-01-03,a\n4,3,2020-01-04,b\n5,4,2020-01-05,a\n";

  @TempDir
  Path dir;

  @Test
  void aRangeWithADateIsRefusedWithAMessage() throws Exception {
    Path file = dir.resolve("dated.arff");
    Files.writeString(file, ARFF);
    Instances data = DataSource.read(file.toString());
    data.setClassIndex(3);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RepresentationLayout.selectAttributes(data, "1-3", "strong", true));
    assertTrue(e.getMessage().contains("date attribute 'when'"), e.getMessage());
    assertEquals(2, RepresentationLayout.selectAttributes(data, "1-2", "strong", true).length);
    // also where nominal attributes may be (WeakToStrong's and W2SGExperiment's ranges): issue 16, item 12
    e = assertThrows(IllegalArgumentException.class,
        () -> RepresentationLayout.selectAttributes(data, "2-3", "weak", false));
    assertTrue(e.getMessage().contains("date attribute 'when'"), e.getMessage());
    weka.classifiers.meta.WeakToStrong w2s = new weka.classifiers.meta.WeakToStrong();
    w2s.setWeakAttributes("1");
    w2s.setStrongAttributes("2-3");
    e = assertThrows(IllegalArgumentException.class, () -> w2s.buildClassifier(data));
    assertTrue(e.getMessage().contains("date attribute 'when'"), e.getMessage());

    CommandRun run = CommandRun.of(W2SGAnalysis::run, "-i", file.toString(), "-weak", "1", "-strong", "1-3",
        "-c", "last");
    assertEquals(1, run.code, run.err);
    assertTrue(run.err.contains("date attribute 'when'") && run.err.contains("representations must be numeric"),
        run.err);
  }
}
