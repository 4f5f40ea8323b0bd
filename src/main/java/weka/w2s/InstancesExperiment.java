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

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import weka.core.Instances;
import weka.core.Utils;

/**
 * {@link W2SGExperiment}'s protocol on data already in memory, with its options (without -i); the
 * one place the GUI calls the experiment. The class of the data is the class of the protocol.
 */
public final class InstancesExperiment {

  /** The test-set means of one weak candidate. */
  public static final class Candidate {
    private final String weak;
    private final double weakAccuracy;
    private final double ceilingAccuracy;
    private final Map<String, Double> accuracy;
    private final Map<String, Double> pgr;

    Candidate(String weak, double weakAccuracy, double ceilingAccuracy, Map<String, Double> accuracy,
        Map<String, Double> pgr) {
      this.weak = weak;
      this.weakAccuracy = weakAccuracy;
      this.ceilingAccuracy = ceilingAccuracy;
      this.accuracy = Collections.unmodifiableMap(accuracy);
      this.pgr = Collections.unmodifiableMap(pgr);
    }

    public String weak() {
      return weak;
    }

    /** Mean test accuracy of the weak model alone. */
    public double weakAccuracy() {
      return weakAccuracy;
    }

    /** Mean test accuracy of the strong ceiling (mode gold). */
    public double ceilingAccuracy() {
      return ceilingAccuracy;
    }

    /** Mean test accuracy per strategy, in the order of -modes. */
    public Map<String, Double> accuracy() {
      return accuracy;
    }

    /**
     * Mean of the per-run PGRs per strategy, over the runs where the ceiling beats the weak model;
     * NaN where no run does (W2SGExperiment's JSON {@code pgr.mean}).
     */
    public Map<String, Double> pgr() {
      return pgr;
    }
  }

  private final String text;
  private final String json;
  private final List<Candidate> candidates;

  private InstancesExperiment(String text, String json, List<Candidate> candidates) {
    this.text = text;
    this.json = json;
    this.candidates = Collections.unmodifiableList(candidates);
  }

  /**
   * Runs the protocol.
   *
   * @param data the data; its class (which must be set and nominal) is the protocol's
   * @param name the name the report gives the data
   * @param options W2SGExperiment's options without -i and -c (-json is ignored: both forms are kept)
   * @param progress one line per run and candidate
   * @throws IllegalArgumentException with W2SGExperiment's message when an option or the data do not fit
   * @throws Exception when a classifier fails
   */
  public static InstancesExperiment run(Instances data, String name, List<String> options, PrintStream progress)
      throws Exception {
    if (data.classIndex() < 0) {
      throw new IllegalArgumentException("The experiment needs a class: set one in the Preprocess panel.");
    }
    List<String> args = new ArrayList<>(List.of("-i", name, "-c", Integer.toString(data.classIndex() + 1)));
    args.addAll(options);
    W2SGExperiment.Settings settings = W2SGExperiment.Settings.parse(args.toArray(new String[0]));
    Instances copy = settings.withClass(new Instances(data));
    W2SGExperiment.Experiment experiment = new W2SGExperiment.Experiment(settings, copy, progress);
    experiment.runAll();
    List<Candidate> candidates = new ArrayList<>();
    for (W2SGExperiment.CandidateResult r : experiment.results) {
      Map<String, Double> accuracy = new LinkedHashMap<>();
      Map<String, Double> pgr = new LinkedHashMap<>();
      for (String mode : settings.modes) {
        accuracy.put(mode, Utils.mean(r.accuracy.get(mode)));
        double[] defined = W2SGExperiment.definedValues(r.pgrPerRun(mode));
        pgr.put(mode, defined.length == 0 ? Double.NaN : Utils.mean(defined));
      }
      candidates.add(new Candidate(r.spec, Utils.mean(r.weakAccuracy), Utils.mean(r.ceilingAccuracy), accuracy,
          pgr));
    }
    return new InstancesExperiment(print(experiment, false), print(experiment, true), candidates);
  }

  private static String print(W2SGExperiment.Experiment experiment, boolean json) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      if (json) {
        experiment.printJson(out);
      } else {
        experiment.printTables(out);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** The tables W2SGExperiment prints. */
  public String text() {
    return text;
  }

  /** W2SGExperiment -json: one object per candidate, then a summary. */
  public String json() {
    return json;
  }

  public List<Candidate> candidates() {
    return candidates;
  }
}
