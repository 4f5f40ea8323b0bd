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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import weka.core.Instance;
import weka.core.Instances;
import weka.core.converters.ConverterUtils.DataSink;
import weka.core.converters.ConverterUtils.DataSource;

/**
 * The analysis from the command line takes ARFF instance weights as frequencies: a file whose
 * instances carry integer weights gives the analysis of the file with each instance repeated that
 * many times; and values it cannot sum in double precision get one message and exit 1.
 */
class InstanceWeightsTest {

  @TempDir
  Path dir;

  private static final String[] SHARED = {"-weak", "name:weakA_.*", "-weak", "name:weakC_.*", "-strong",
      "name:strong_.*", "-json"};

  private static CommandRun analyse(Path file, String... extra) {
    String[] args = new String[2 + SHARED.length + extra.length];
    args[0] = "-i";
    args[1] = file.toString();
    System.arraycopy(SHARED, 0, args, 2, SHARED.length);
    System.arraycopy(extra, 0, args, 2 + SHARED.length, extra.length);
    return CommandRun.of(W2SGAnalysis::run, args);
  }

  private Instances bundled(int rows) throws Exception {
    Instances data = DataSource.read(W2SGAnalysisTest.DATA.toString());
    return new Instances(data, 0, rows);
  }

  private Path save(Instances data, String name) throws Exception {
    Path file = dir.resolve(name);
    DataSink.write(file.toString(), data);
    return file;
  }

  /** Writes every value with all its digits (Weka's ARFF writer keeps six decimals, so 1e-170 is 0). */
  private Path saveExactly(Instances data, String name) throws Exception {
    StringBuilder text = new StringBuilder(new Instances(data, 0).toString()).append('\n');
    for (Instance inst : data) {
      for (int a = 0; a < data.numAttributes(); a++) {
        text.append(a > 0 ? "," : "").append(data.attribute(a).isNominal() ? inst.stringValue(a)
            : Double.toString(inst.value(a)));
      }
      text.append('\n');
    }
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void integerWeightsGiveTheAnalysisOfRepeatedInstances() throws Exception {
    // 150 rows: the Gram path for the wide strong view; 600: the covariance path
    for (int rows : new int[] {150, 600}) {
      Instances weighted = bundled(rows);
      Instances repeated = new Instances(weighted, 0);
      for (int i = 0; i < weighted.numInstances(); i++) {
        int w = (i * 7) % 4; // 0, 3, 2, 1, ...
        weighted.instance(i).setWeight(w);
        for (int c = 0; c < w; c++) {
          Instance copy = (Instance) weighted.instance(i).copy();
          copy.setWeight(1);
          repeated.add(copy);
        }
      }
      Path weightedFile = save(weighted, "weighted-" + rows + ".arff");
      Path repeatedFile = save(repeated, "repeated-" + rows + ".arff");
      for (String[] extra : new String[][] {{"-c", "last"}, {"-c", "last", "-hard"}, {}}) {
        CommandRun a = analyse(weightedFile, extra);
        CommandRun b = analyse(repeatedFile, extra);
        assertEquals(0, a.code, a.err);
        assertEquals(0, b.code, b.err);
        List<Map<String, Object>> fromWeights = W2SGAnalysisTest.jsonLines(a.out);
        List<Map<String, Object>> fromCopies = W2SGAnalysisTest.jsonLines(b.out);
        assertEquals(fromCopies.size(), fromWeights.size());
        for (int p = 0; p < fromCopies.size(); p++) {
          Map<String, Object> x = fromWeights.get(p);
          Map<String, Object> y = fromCopies.get(p);
          assertEquals(((Number) y.get("n")).doubleValue(), ((Number) x.get("total_weight")).doubleValue(), 0);
          assertEquals(rows - (rows + 3) / 4, ((Number) x.get("n")).intValue(), "instances of positive weight");
          assertFalse(y.containsKey("total_weight"), "an unweighted file has no total_weight");
          for (Map.Entry<String, Object> e : y.entrySet()) {
            if (e.getKey().equals("n") || !(e.getValue() instanceof Number)) {
              continue;
            }
            double expected = ((Number) e.getValue()).doubleValue();
            double actual = ((Number) x.get(e.getKey())).doubleValue();
            assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)),
                e.getKey() + ", " + rows + " rows, pair " + p);
          }
        }
      }
    }
  }

  @Test
  void theTableSaysTheSampleIsWeighted() throws Exception {
    Instances weighted = bundled(100);
    weighted.instance(0).setWeight(2.5);
    CommandRun r = CommandRun.of(W2SGAnalysis::run, "-i", save(weighted, "w.arff").toString(), "-weak",
        "name:weakA_.*", "-strong", "name:strong_.*");
    assertEquals(0, r.code, r.err);
    assertTrue(r.out.contains("n = 100 weighted, total weight 101.5"), r.out);
  }

  @Test
  void theProtocolRefusesWeightsWithAMessageOfItsOwn() throws Exception {
    Instances weighted = bundled(60);
    weighted.instance(2).setWeight(2);
    weighted.setClassIndex(weighted.numAttributes() - 1);
    Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
        () -> new weka.classifiers.meta.WeakToStrong().buildClassifier(weighted));
    assertTrue(e.getMessage().startsWith("Instance 3 has the weight 2.0; the weak-to-strong protocol takes"
        + " unweighted data"), e.getMessage());
    CommandRun r = CommandRun.of(W2SGExperiment::run, "-i", save(weighted, "w.arff").toString(), "-weak",
        "name:weakA_.*", "-strong", "name:strong_.*", "-runs", "1");
    W2SGAnalysisTest.assertFails(r, 1, "Instance 3 has the weight 2.0", "Set the weights to 1");
  }

  @Test
  void badWeightsAndValuesBeyondDoublePrecisionGetOneMessage() throws Exception {
    Instances negative = bundled(50);
    negative.instance(4).setWeight(-1);
    W2SGAnalysisTest.assertFails(analyse(save(negative, "negative.arff")), 1, "Instance 5", "weight -1",
        ">= 0");

    Instances huge = bundled(50);
    int strong = huge.attribute("strong_0").index();
    huge.instance(7).setValue(strong, 1e154);
    W2SGAnalysisTest.assertFails(analyse(save(huge, "huge.arff")), 1, "'strong_0'", "row 8", "overflow",
        "Standardize");

    Instances tiny = bundled(50);
    int weak = tiny.attribute("weakA_1").index();
    for (Instance inst : tiny) {
      inst.setValue(weak, inst.value(weak) * 1e-170);
    }
    W2SGAnalysisTest.assertFails(analyse(saveExactly(tiny, "tiny.arff")), 1, "'weakA_1'", "underflow",
        "Standardize");

    Instances zero = bundled(50);
    for (int i = 1; i < zero.numInstances(); i++) {
      zero.instance(i).setWeight(0);
    }
    W2SGAnalysisTest.assertFails(analyse(save(zero, "zero.arff")), 1, "positive weight");
  }
}
