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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ModesReportTest {

  @Test
  void signTestMatchesHandComputedBinomialTails() {
    assertEquals(2.0 / 1024, ModesReport.signTest(10, 0), 1e-15);
    assertEquals(2.0 / 1024, ModesReport.signTest(0, 10), 1e-15);
    assertEquals(1.0, ModesReport.signTest(5, 5), 0);
    // n = 9, k = 2: 2 (1 + 9 + 36) / 512 = 92 / 512
    assertEquals(92.0 / 512, ModesReport.signTest(7, 2), 1e-15);
    assertEquals(0.1797, ModesReport.signTest(7, 2), 5e-5);
    assertEquals(1.0, ModesReport.signTest(0, 0), 0);
    assertEquals(1.0, ModesReport.signTest(1, 0), 0); // 2 * 1/2
    // large n stays exact: 2 / 2^200
    assertEquals(Math.pow(2, -199), ModesReport.signTest(200, 0), 1e-15 * Math.pow(2, -199));
  }

  /** Two candidates, two runs; accuracies chosen so that the statistics are easy to derive by hand. */
  static final String CANNED = String.join("\n",
      "{\"type\":\"candidate\",\"candidate\":1,\"weak\":\"name:a_.*\",\"weak_attributes\":3,\"strong\":\"name:strong_.*\","
          + "\"strong_attributes\":7,\"runs\":2,"
          + "\"weak_model\":{\"accuracy\":{\"mean\":0.65,\"sd\":0.07,\"values\":[0.60,0.70]},\"auroc\":null},"
          + "\"ceiling\":{\"accuracy\":{\"mean\":0.85,\"sd\":0.07,\"values\":[0.80,0.90]},\"auroc\":null},"
          + "\"weak_labels_accuracy\":{\"mean\":0.725,\"sd\":null,\"values\":[0.70,0.75]},"
          + "\"modes\":{"
          + "\"naive\":{\"accuracy\":{\"values\":[0.65,0.75]},\"pgr\":{\"of_means\":0.25}},"
          + "\"kernel\":{\"accuracy\":{\"values\":[0.70,0.75]},\"target_accuracy\":{\"values\":[0.9,0.8]},"
          + "\"pgr\":{\"of_means\":0.375}},"
          + "\"auto\":{\"accuracy\":{\"values\":[0.60,0.80]},\"pgr\":{\"of_means\":0.25},\"chosen\":[\"kernel\",\"naive\"]}"
          + "}}",
      "{\"type\":\"candidate\",\"candidate\":2,\"weak\":\"name:b_.*\",\"weak_attributes\":5,\"strong\":\"name:strong_.*\","
          + "\"strong_attributes\":7,\"runs\":2,"
          + "\"weak_model\":{\"accuracy\":{\"values\":[0.50,0.60]}},"
          + "\"ceiling\":{\"accuracy\":{\"values\":[0.80,0.90]}},"
          + "\"weak_labels_accuracy\":{\"values\":[0.60,0.65]},"
          + "\"modes\":{"
          + "\"naive\":{\"accuracy\":{\"values\":[0.55,0.65]},\"pgr\":{\"of_means\":0.1667}},"
          + "\"kernel\":{\"accuracy\":{\"values\":[0.60,0.70]},\"target_accuracy\":{\"values\":[0.7,0.6]},"
          + "\"pgr\":{\"of_means\":0.3333}},"
          + "\"auto\":{\"accuracy\":{\"values\":[0.55,0.70]},\"pgr\":{\"of_means\":null},\"chosen\":[\"kernel\",\"kernel\"]}"
          + "}}",
      "{\"type\":\"summary\",\"instances\":100,\"classes\":2,\"runs\":2,\"train_size\":70,\"test_size\":30,"
          + "\"test_fraction\":0.3,\"weak_fraction\":0.5,\"modes\":[\"naive\",\"kernel\",\"auto\"]}");

  @Test
  void rowsHoldTheHandDerivedStatistics() {
    List<ModesReport.Row> rows = ModesReport.rows("t", CANNED);
    assertEquals(List.of("weak", "ceiling", "naive", "kernel", "auto"),
        rows.stream().map(r -> r.name).collect(java.util.stream.Collectors.toList()));
    ModesReport.Row weak = rows.get(0);
    ModesReport.Row naive = rows.get(2);
    ModesReport.Row kernel = rows.get(3);
    ModesReport.Row auto = rows.get(4);
    // weak: candidate means 0.65 and 0.55; weak labels (0.70 + 0.75 + 0.60 + 0.65) / 4
    assertEquals(0.60, weak.mean, 1e-12);
    assertEquals(0.675, weak.target, 1e-12);
    assertEquals(0.85, rows.get(1).mean, 1e-12);
    // naive: seed means 0.60 and 0.70 -> sd 0.1 / sqrt 2; PGR (0.65 - 0.60) / (0.85 - 0.60)
    assertEquals(0.65, naive.mean, 1e-12);
    assertEquals(0.1 / Math.sqrt(2), naive.sd, 1e-12);
    assertEquals(0.2, naive.pgr, 1e-12);
    // kernel vs naive: a: win, tie; b: win, win
    assertEquals(0.6875, kernel.mean, 1e-12);
    assertEquals(0.35, kernel.pgr, 1e-12);
    assertEquals(List.of(3, 0, 1), List.of(kernel.wlt[0], kernel.wlt[1], kernel.wlt[2]));
    assertEquals(0.25, kernel.p, 1e-15);
    assertEquals(0.025, kernel.worst, 1e-12);
    assertEquals(0, kernel.below);
    assertEquals(0.75, kernel.target, 1e-12);
    // auto vs naive: a: loss, win; b: tie, win
    assertEquals(0.6625, auto.mean, 1e-12);
    assertEquals(List.of(2, 1, 1), List.of(auto.wlt[0], auto.wlt[1], auto.wlt[2]));
    assertEquals(1.0, auto.p, 0);
    assertEquals(0.0, auto.worst, 1e-12);
    assertEquals("kernel 3, naive 1", auto.chosen);
    assertTrue(Double.isNaN(auto.target));
  }

  @Test
  void reportPrintsTheTablesFromTheRuns() {
    ModesReport.Meta meta = new ModesReport.Meta();
    meta.command = "bench/modes.sh -runs 2";
    meta.date = "today";
    meta.machine = "test";
    meta.totalSeconds = 3;
    ModeTasks.Source source = new ModeTasks.Source("Debian x 1.0", "x.arff", "GPL-2+");
    String md = ModesReport.render(meta, List.of(new ModesReport.TaskRun("canned", source, CANNED, 1, 2)));
    assertTrue(md.contains("`bench/modes.sh -runs 2`"), md);
    assertTrue(md.contains("| canned | Debian x 1.0: x.arff | GPL-2+ | 100 | 2 | 70 / 30 | 7 | a (3), b (5) | 1 | 2 |"), md);
    assertTrue(md.contains("| model | accuracy | PGR | W / L / T vs naive | p | worst | < -0.03 | targets | chose |"), md);
    assertTrue(md.contains("| weak | 0.6000 +/- 0.0707 |  |  | | | | 0.6750 |  |"), md);
    assertTrue(md.contains("| naive | 0.6500 +/- 0.0707 | 0.200 | (reference) | | | |"), md);
    assertTrue(md.contains("| kernel | 0.6875 +/- 0.0530 | 0.350 | 3 / 0 / 1 | 0.2500 | +0.0250 | 0 | 0.7500 |  |"), md);
    assertTrue(md.contains("| auto | 0.6625 +/- 0.1237 | 0.250 | 2 / 1 / 1 | 1.0000 | +0.0000 | 0 |  | kernel 3, naive 1 |"), md);
    assertTrue(md.contains("| a (3) | 0.6500 | 0.8500 | 0.7000 | 0.7250 | 0.7000 |"), md);
    // summary: kernel's diff = mean(0.025, 0.05); median candidate PGR = median(0.375, 0.3333)
    assertTrue(md.contains("| kernel | 0.6875 | +0.0375 | 3 / 0 / 1 | 0.2500 | 1 of 1 | 0.350 (1 of 1) | 0.354 (2) |  |"), md);
    assertTrue(md.contains("| auto | 0.6625 | +0.0125 | 2 / 1 / 1 | 1.0000 | 1 of 1 | 0.250 (1 of 1) | 0.250 (1) |"
        + " kernel 3, naive 1 |"), md);
    assertTrue(md.contains("## How to rerun"), md);
  }

  @Test
  void withoutTheNewKeysThereAreNoTargetOrChoiceColumns() {
    String old = CANNED.replaceAll(",\"target_accuracy\":\\{\"values\":\\[[0-9.,]+\\]\\}", "")
        .replaceAll(",\"chosen\":\\[[a-z\",]+\\]", "")
        .replaceAll("\"weak_labels_accuracy\":\\{[^}]*\\},", "");
    assertFalse(old.contains("target_accuracy") || old.contains("chosen") || old.contains("weak_labels"), old);
    List<ModesReport.Row> rows = ModesReport.rows("t", old);
    assertTrue(rows.stream().allMatch(r -> Double.isNaN(r.target) && r.chosen.isEmpty()));
    String md = ModesReport.render(new ModesReport.Meta(), List.of(new ModesReport.TaskRun("old", null, old, 0, 0)));
    assertTrue(md.contains("| model | accuracy | PGR | W / L / T vs naive | p | worst | < -0.03 |\n"), md);
    assertTrue(md.contains("| kernel | 0.6875 +/- 0.0530 | 0.350 | 3 / 0 / 1 | 0.2500 | +0.0250 | 0 |\n"), md);
  }

  @Test
  void pgrIsNotAvailableWithoutAGap() {
    // ceiling below weak: every mode's PGR is (n/a), and the candidates' PGRs are left out of the median
    String noGap = CANNED.replace("[0.80,0.90]", "[0.50,0.55]");
    String md = ModesReport.render(new ModesReport.Meta(), List.of(new ModesReport.TaskRun("g", null, noGap, 0, 0)));
    assertTrue(md.contains("| kernel | 0.6875 +/- 0.0530 | (n/a) |"), md);
    assertTrue(md.contains("| kernel | 0.6875 | +0.0375 | 3 / 0 / 1 | 0.2500 | 1 of 1 | (n/a) | (n/a) |"), md);
    assertTrue(md.contains("Weak >= ceiling (mean over the seeds) for: a, b"), md);
  }

  @Test
  void choicesWithSettingsAreCountedPerStrategyAndExactly() {
    java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
    counts.put("naive", 2);
    counts.put("naive, ridge 0.0100 x mean variance", 1);
    counts.put("kernel rho=0.9", 1);
    assertEquals("naive 3, kernel 1 -- naive: 2; kernel rho=0.9: 1; naive, ridge 0.0100 x mean variance: 1",
        ModesReport.describeChoices(counts));
    assertEquals("naive 2", ModesReport.describeChoices(new java.util.TreeMap<>(java.util.Map.of("naive", 2))));
    // in the JSON: also as {"values": [...]}
    String wrapped = CANNED.replace("\"chosen\":[\"kernel\",\"naive\"]", "\"chosen\":{\"values\":[\"kernel, k 8\",\"naive\"]}");
    assertEquals("kernel 3, naive 1 -- kernel: 2; kernel, k 8: 1; naive: 1", ModesReport.rows("t", wrapped).get(4).chosen);
  }

  @Test
  void candidateNamesComeFromTheWeakSelection() {
    assertEquals("e5_q_rp32", ModesReport.candidateName("name:e5_q_rp32_.*"));
    assertEquals("sub50", ModesReport.candidateName("name:sub50_[0-9]+"));
    assertEquals("1-24", ModesReport.candidateName("1-24"));
  }
}
