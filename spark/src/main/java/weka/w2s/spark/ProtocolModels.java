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

package weka.w2s.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import weka.classifiers.functions.RidgeProbe;
import weka.w2s.core.MomentRidge;
import weka.w2s.core.PrincipalSettings;
import weka.w2s.core.RidgeGrid;
import weka.w2s.experiment.ExperimentSettings;
import weka.w2s.targets.Auto;
import weka.w2s.targets.KernelSmoothing;
import weka.w2s.targets.TargetStrategy;

/**
 * The models' rules: the weak and strong RidgeProbe's ridges (leave-one-out over a grid, or fixed),
 * the strategies and the folds of the student's cross-fitted ridge, as WeakToStrong applies them.
 */
final class ProtocolModels implements Serializable {
  private static final long serialVersionUID = 1L;
  /** The strategies whose targets the passes can carry: linear in the weak labels, up to a clip. */
  static final List<String> SUPPORTED = List.of("naive", "kernel");

  final List<String> modes;
  final List<String> strategyLabels = new ArrayList<>();
  final int autoFolds;
  final PrincipalSettings kernelSettings;
  final PrincipalSettings principal;
  private final RidgeProbe weak;
  private final RidgeProbe strong;

  private ProtocolModels(List<String> modes, RidgeProbe weak, RidgeProbe strong, PrincipalSettings principal) {
    this.modes = modes;
    this.weak = weak;
    this.strong = strong;
    this.principal = principal;
    for (String mode : modes) {
      strategyLabels.add(TargetStrategy.forName(mode).label());
    }
    autoFolds = new Auto().getFolds();
    kernelSettings = ((KernelSmoothing) TargetStrategy.forName("kernel")).principalSettings();
  }

  /** The rules of W2SGExperiment's settings; an error says what Spark cannot run. */
  static ProtocolModels of(ExperimentSettings settings) {
    for (String mode : settings.modes()) {
      if (!SUPPORTED.contains(mode)) {
        throw new IllegalArgumentException("The strategy " + mode + " cannot run on Spark: only strategies whose"
            + " targets are a fixed map of the weak labels are built on passes over moments (docs/spark.md)."
            + " Choose from " + String.join(", ", SUPPORTED) + " (-modes).");
      }
    }
    return new ProtocolModels(settings.modes(), ridgeProbe(settings.weakClassifier(), "weak"),
        ridgeProbe(settings.strongClassifier(), "strong"), settings.principal());
  }

  private static RidgeProbe ridgeProbe(weka.classifiers.Classifier c, String role) {
    if (c.getClass() != RidgeProbe.class) {
      throw new IllegalArgumentException("The " + role + " classifier must be RidgeProbe on Spark (a ridge head is"
          + " solved from moments), not " + c.getClass().getName() + ".");
    }
    return (RidgeProbe) c;
  }

  boolean weakChoosesRidge() {
    return weak.choosesRidge();
  }

  boolean ceilingChoosesRidge() {
    return strong.choosesRidge();
  }

  /** Whether the student's ridge is cross-fitted on the weak slice (the strong head chooses its ridge). */
  boolean studentChoosesRidge() {
    return strong.choosesRidge();
  }

  /** The weak heads' candidate ridges for a design: its grid in order, or the fixed ridge. */
  double[] weakRidges(MomentRidge design) {
    return ridges(weak, design);
  }

  double[] ceilingRidges(MomentRidge design) {
    return ridges(strong, design);
  }

  private static double[] ridges(RidgeProbe probe, MomentRidge design) {
    return probe.choosesRidge() ? grid(probe).absolute(design.meanEigenvalue()) : new double[] {probe.getRidge()};
  }

  private static RidgeGrid grid(RidgeProbe probe) {
    return RidgeGrid.parse(probe.getRidgeGrid(), "RidgeProbe: the ridge grid");
  }

  /** The student's ridges: the strong grid, largest first (RidgeHead's variants), or the fixed ridge. */
  double[] studentRidges(MomentRidge pool) {
    if (!strong.choosesRidge()) {
      return new double[] {strong.getRidge()};
    }
    return Arrays.stream(descending()).map(r -> r * pool.meanEigenvalue()).toArray();
  }

  private double[] descending() {
    double[] relative = grid(strong).relative();
    return Arrays.stream(relative).boxed().sorted(Collections.reverseOrder()).mapToDouble(Double::doubleValue)
        .toArray();
  }

  /** RidgeHead's name of the student's ridge variant v. */
  String variantLabel(int v) {
    return "ridge " + RidgeGrid.format(descending()[v]) + " x mean variance";
  }
}
