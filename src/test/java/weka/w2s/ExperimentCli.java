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
