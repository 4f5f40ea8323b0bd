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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** W2SGExperiment on the command line, the reference of the GUI's experiment tests. */
public final class ExperimentCli {

  private ExperimentCli() {
  }

  /** The candidate objects of W2SGExperiment -json (the summary left out); fails unless it exits 0. */
  public static List<Map<String, Object>> json(String... args) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 1);
    all[args.length] = "-json";
    CommandRun run = CommandRun.of(W2SGExperiment::run, all);
    assertEquals(0, run.code, run.err);
    List<Map<String, Object>> candidates = new ArrayList<>();
    for (Map<String, Object> line : W2SGAnalysisTest.jsonLines(run.out)) {
      if ("candidate".equals(line.get("type"))) {
        candidates.add(line);
      }
    }
    return candidates;
  }

  /** A number inside nested objects, by its keys. */
  @SuppressWarnings("unchecked")
  public static double number(Map<String, Object> object, String... path) {
    Object o = object;
    for (String key : path) {
      o = ((Map<String, Object>) o).get(key);
    }
    return (Double) o;
  }

  /** A list of numbers inside nested objects, by its keys. */
  @SuppressWarnings("unchecked")
  public static List<Double> values(Map<String, Object> object, String... path) {
    Object o = object;
    for (String key : path) {
      o = ((Map<String, Object>) o).get(key);
    }
    List<Double> out = new ArrayList<>();
    for (Object v : (List<Object>) o) {
      out.add((Double) v);
    }
    return out;
  }
}
