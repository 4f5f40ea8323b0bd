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

package weka.classifiers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import weka.classifiers.meta.WeakToStrong;
import weka.core.Attribute;
import weka.w2s.targets.TargetStrategy;

/**
 * Weka's own classifier checks (CheckClassifier, in its package to reach them) for WeakToStrong with
 * every target strategy, on Weka's random numeric data with a nominal class: it predicts, a second
 * build does not remember the first, the training data stay untouched, test class values are not
 * read, and zero training instances are refused. WeakToStrongTest runs the whole suite for the
 * default strategy.
 */
class WeakToStrongStrategyChecksTest {

  static Stream<String> strategies() {
    return Arrays.stream(TargetStrategy.NAMES);
  }

  private static CheckClassifier check(String strategy) {
    WeakToStrong w2s = new WeakToStrong();
    w2s.setTargets(TargetStrategy.forName(strategy));
    CheckClassifier check = new CheckClassifier();
    check.setClassifier(w2s);
    check.setSilent(true);
    check.setNumInstances(40);
    return check;
  }

  @ParameterizedTest
  @MethodSource("strategies")
  void passesWekasClassifierChecks(String strategy) {
    CheckClassifier c = check(strategy);
    int nominal = Attribute.NOMINAL;
    assertTrue(c.canPredict(false, true, false, false, false, false, nominal)[0], strategy + ": predicts");
    assertTrue(c.correctBuildInitialisation(false, true, false, false, false, false, nominal)[0],
        strategy + ": a second build forgets the first");
    assertTrue(c.datasetIntegrity(false, true, false, false, false, false, nominal, false, false)[0],
        strategy + ": leaves the training data unchanged");
    assertTrue(c.doesntUseTestClassVal(false, true, false, false, false, false, nominal)[0],
        strategy + ": ignores test class values");
    boolean[] zero = c.canHandleZeroTraining(false, true, false, false, false, false, nominal);
    assertTrue(!zero[0] && zero[1], strategy + ": refuses zero training instances with a message");
  }
}
