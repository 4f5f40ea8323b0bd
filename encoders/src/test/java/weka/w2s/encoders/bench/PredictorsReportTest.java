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

import weka.w2s.core.RankCorrelation;

/** The head-to-head page's numbers on a three-candidate example computed by hand. */
class PredictorsReportTest {

  /** A candidate whose score has the given seed values, naive accuracy a and auto accuracy b (two seeds). */
  private static String candidate(double[] score, double naive, double auto) {
    return candidate(score, 0.5, naive, auto);
  }

  /** The same with a misfit (both seeds). */
  private static String candidate(double[] score, double misfit, double naive, double auto) {
    String s = "{\"values\":[" + score[0] + "," + score[1] + "]}";
    String m = "{\"values\":[" + misfit + "," + misfit + "]}";
    String flat = "{\"values\":[0.5,0.5]}";
    return "{\"type\":\"candidate\",\"weak_model\":{\"accuracy\":{\"values\":[0.6,0.6]}},"
        + "\"modes\":{\"naive\":{\"accuracy\":{\"values\":[" + naive + "," + naive + "]}},"
        + "\"auto\":{\"accuracy\":{\"values\":[" + auto + "," + auto + "]}}},"
        + "\"scores\":{\"score\":" + s + ",\"frobenius_normalized\":" + flat + ",\"expected_gap\":" + flat
        + ",\"pred_gap\":" + flat + ",\"misfit\":" + m + "}}";
  }

  @Test
  void correlationsAndSaturationFollowTheSeedMeans() {
    // score means 0.1, 0.2, 0.3 against naive errors 0.1, 0.2, 0.3 (accuracies 0.9, 0.8, 0.7): +1;
    // against auto errors 0.3, 0.1, 0.2: Spearman of (1,2,3) and (3,1,2) = -0.5, Kendall (1 - 2) / 3
    String json = candidate(new double[] {0.1, 0.1}, 0.9, 0.7) + "\n" + candidate(new double[] {0.2, 0.2}, 0.8, 0.9)
        + "\n" + candidate(new double[] {0.3, 0.3}, 0.7, 0.8) + "\n";
    PredictorsReport.Task t = PredictorsReport.parse("toy", json);
    assertEquals(1.0, PredictorsReport.correlation(t, "score", "naive", RankCorrelation::spearman), 1e-12);
    assertEquals(-0.5, PredictorsReport.correlation(t, "score", "auto", RankCorrelation::spearman), 1e-12);
    assertEquals(-1.0 / 3, PredictorsReport.correlation(t, "score", "auto", RankCorrelation::kendall), 1e-12);
    assertFalse(PredictorsReport.saturated(t, "score"), "no seed noise: the spread separates them");

    // seed values 0.1 +/- 0.2: means 0.1, 0.2, 0.3 with a sd of 0.28 each: saturated
    String noisy = candidate(new double[] {-0.1, 0.3}, 0.9, 0.7) + "\n" + candidate(new double[] {0.0, 0.4}, 0.8, 0.9)
        + "\n" + candidate(new double[] {0.1, 0.5}, 0.7, 0.8) + "\n";
    assertTrue(PredictorsReport.saturated(PredictorsReport.parse("noisy", noisy), "score"));
    String md = PredictorsReport.render(new ModesReport.Meta(), List.of(new ModesReport.TaskRun("toy",
        new ModeTasks.Source("test", "toy", "none"), json, 0, 0)), java.util.Map.of());
    // columns: score, frobenius_normalized, expected_gap, cka (absent), pred_gap, misfit, predicted_error
    // (absent), weak_error: the flat and the absent ones rank nothing
    assertTrue(md.contains("| toy | 3 | 1.00 | n/a | n/a | n/a | n/a | n/a | n/a | n/a |"), md);
  }

  @Test
  void aLargerMisfitRanksFirst() {
    // misfits 0.3, 0.2, 0.1 against naive errors 0.1, 0.2, 0.3: a larger misfit predicts a smaller
    // error, which is the predictor working: +1 once the misfit is negated
    String json = candidate(new double[] {0.1, 0.1}, 0.3, 0.9, 0.9) + "\n"
        + candidate(new double[] {0.1, 0.1}, 0.2, 0.8, 0.9) + "\n" + candidate(new double[] {0.1, 0.1}, 0.1, 0.7, 0.9);
    PredictorsReport.Task t = PredictorsReport.parse("toy", json);
    assertEquals(1.0, PredictorsReport.correlation(t, "misfit", "naive", RankCorrelation::spearman), 1e-12);
  }
}
