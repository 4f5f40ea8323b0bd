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

package weka.w2s.encoders.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The regression section's numbers against values computed by hand from a two-candidate JSON. */
class RegressionReportTest {

  private static String candidate(String name, double[] weak, double[] ceiling, double[] naive, double[] auto) {
    return "{\"type\":\"candidate\",\"weak\":\"name:" + name + "_[0-9]+\",\"weak_attributes\":3,"
        + "\"weak_model\":{\"mse\":{\"values\":" + array(weak) + "}},\"ceiling\":{\"mse\":{\"values\":"
        + array(ceiling) + "}},\"modes\":{\"naive\":{\"mse\":{\"values\":" + array(naive) + "}},"
        + "\"auto\":{\"mse\":{\"values\":" + array(auto) + "},\"chosen\":[\"kernel, ridge 1 x mean variance\","
        + "\"naive, ridge 1 x mean variance\"]}}}";
  }

  private static String array(double[] v) {
    return java.util.Arrays.toString(v);
  }

  @Test
  void tablesAndTargetsFollowTheMeans() {
    // a: weak 4, ceiling 1, naive 3, auto 2.5 (means) -> PGR naive 1/3, auto 1/2, auto/naive 0.833
    // b: weak 10, ceiling 2, naive 6, auto 6.3 -> PGR naive 0.5, auto 0.4625, auto/naive 1.05 (a miss)
    String json = candidate("a", new double[] {3, 5}, new double[] {1, 1}, new double[] {3, 3}, new double[] {2, 3})
        + "\n" + candidate("b", new double[] {10, 10}, new double[] {2, 2}, new double[] {6, 6},
        new double[] {6.3, 6.3}) + "\n{\"type\":\"summary\"}\n";
    ModesReport.TaskRun run = new ModesReport.TaskRun("toy", new ModeTasks.Source("test", "toy.json", "none"),
        json, 0, 1);
    List<RegressionReport.Candidate> cs = RegressionReport.parse("toy", json);
    assertEquals(1.0 / 3, RegressionReport.pgr(cs.get(0), "naive"), 1e-12);
    assertEquals(0.4625, RegressionReport.pgr(cs.get(1), "auto"), 1e-12);
    String md = RegressionReport.render(List.of(run));
    // naive: MSE mean of 3 and 6 = 4.5; PGR median of 1/3 and 1/2 = 0.417; auto: (2.5 + 6.3) / 2 = 4.4
    assertTrue(md.contains("| naive | 4.5 | 0.417 |  |"), md);
    assertTrue(md.contains("| auto | 4.4 | 0.481 | 1 / 2 / 1 |"), md);
    assertTrue(md.contains("auto / naive: largest 1.050, over the candidates 0.978."), md);
    assertTrue(md.contains("toy / b: auto's MSE is 1.050 x naive's"), md);
    assertTrue(md.contains("toy: auto's MSE over the candidates is 0.978 x naive's, not 0.95 or lower"), md);
    assertTrue(md.contains("| a | 3 | 4 | 1 | 3 | 2.5 | 0.333 | 0.500 | kernel 1, naive 1 |"), md);
  }
}
