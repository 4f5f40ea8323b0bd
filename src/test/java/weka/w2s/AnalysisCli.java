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

import java.util.List;
import java.util.Map;

/** W2SGAnalysis on the command line, for the GUI's tests in other packages: the reference they compare to. */
public final class AnalysisCli {

  private AnalysisCli() {
  }

  /** Runs W2SGAnalysis with -json added; fails the test unless it exits 0. */
  public static List<Map<String, Object>> json(String... args) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 1);
    all[args.length] = "-json";
    CommandRun run = CommandRun.of(W2SGAnalysis::run, all);
    assertEquals(0, run.code, run.err);
    return W2SGAnalysisTest.jsonLines(run.out);
  }

  /** Runs W2SGAnalysis; fails the test unless it exits 0; returns stdout. */
  public static String table(String... args) {
    CommandRun run = CommandRun.of(W2SGAnalysis::run, args);
    assertEquals(0, run.code, run.err);
    return run.out;
  }

  /** The JSON key of W2SGAnalysis for a column of its table. */
  public static String jsonKey(String tableColumn) {
    switch (tableColumn) {
      case "score":
        return "w2sg_score";
      case "frob_norm":
        return "w2sg_frobenius_normalized";
      case "frobenius":
        return "w2sg_frobenius";
      case "exp_gap":
        return "w2sg_expected_gap";
      case "cka":
        return "linear_cka";
      case "pred_gap":
        return "pred_gap";
      case "weak_cv":
        return "weak_cv_error";
      case "misfit":
        return "misfit";
      case "pred_err":
        return "predicted_error";
      case "weak_res":
        return "weak_residual";
      case "ceil_res":
        return "ceiling_residual";
      case "k_w":
        return "k_weak";
      case "k_s":
        return "k_strong";
      case "gamma_w":
        return "gamma_weak";
      case "gamma_s":
        return "gamma_strong";
      default:
        return null; // lambda1_*: the first entry of eigenvalues_*
    }
  }

  /** The value of a table column in one JSON line. */
  @SuppressWarnings("unchecked")
  public static double value(Map<String, Object> line, String tableColumn) {
    if (tableColumn.equals("lambda1_w")) {
      return (Double) ((List<Object>) line.get("eigenvalues_weak")).get(0);
    }
    if (tableColumn.equals("lambda1_s")) {
      return (Double) ((List<Object>) line.get("eigenvalues_strong")).get(0);
    }
    return (Double) line.get(jsonKey(tableColumn));
  }
}
