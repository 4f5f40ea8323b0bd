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

package weka.w2s.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import weka.core.CheckGOE;
import weka.core.CheckOptionHandler;
import weka.core.SerializedObject;
import weka.core.Utils;
import weka.w2s.core.PrincipalRule;

/** Every strategy through Weka's option and object-editor checks, and every wrong option refused. */
class StrategyOptionsTest {

  static Stream<String> names() {
    return Arrays.stream(TargetStrategy.NAMES);
  }

  @ParameterizedTest
  @MethodSource("names")
  void wekasOptionHandlerChecksPass(String name) throws Exception {
    CheckOptionHandler check = new CheckOptionHandler();
    check.setSilent(true);
    check.setOptionHandler(TargetStrategy.forName(name));
    check.setUserOptions(new String[0]);
    assertTrue(check.checkListOptions(), name + ": listOptions");
    assertTrue(check.checkSetOptions(), name + ": setOptions");
    assertTrue(check.checkDefaultOptions(), name + ": default options");
    assertTrue(check.checkRemainingOptions(), name + ": remaining options");
    assertTrue(check.checkCanonicalUserOptions(), name + ": canonical options");
    assertTrue(check.checkResettingOptions(), name + ": resetting options");
  }

  @ParameterizedTest
  @MethodSource("names")
  void wekasObjectEditorChecksPass(String name) {
    CheckGOE check = new CheckGOE();
    check.setSilent(true);
    check.setObject(TargetStrategy.forName(name));
    assertTrue(check.checkGlobalInfo(), name + ": globalInfo");
    assertTrue(check.checkToolTips(), name + ": tool tips");
  }

  @ParameterizedTest
  @MethodSource("names")
  void optionsSurviveACopyAndSerialization(String name) throws Exception {
    TargetStrategy s = TargetStrategy.forName(name);
    TargetStrategy copy = (TargetStrategy) new SerializedObject(s).getObject();
    assertEquals(Arrays.asList(s.getOptions()), Arrays.asList(copy.getOptions()));
    TargetStrategy parsed = TargetStrategy.forName(s.getClass().getName() + " " + Utils.joinOptions(s.getOptions()));
    assertEquals(Arrays.asList(s.getOptions()), Arrays.asList(parsed.getOptions()));
  }

  static Stream<Arguments> wrongOptions() {
    return Stream.of(
        Arguments.of("weka.w2s.targets.Refine", List.of("-k", "0"), "at least 1"),
        Arguments.of("weka.w2s.targets.Refine", List.of("-neighbours", "many"), "-neighbours expects a whole number"),
        Arguments.of("weka.w2s.targets.Refine", List.of("-space", "curved"), "-space must be one of"),
        Arguments.of("weka.w2s.targets.Refine", List.of("-variance", "0"), "(0, 1]"),
        Arguments.of("weka.w2s.targets.KernelSmoothing", List.of("-principal", "best"),
            "-principal must be one of auto, variance, fixed"),
        Arguments.of("weka.w2s.targets.KernelSmoothing", List.of("-principal", "fixed", "-principal-k", "0"),
            "k must be at least 1"),
        Arguments.of("weka.w2s.targets.Confidence", List.of("-weight", "1.5"), "[0, 1]"),
        Arguments.of("weka.w2s.targets.Confidence", List.of("-weight", "NaN"), "expects a number"),
        Arguments.of("weka.w2s.targets.Confidence", List.of("-rounds", "0"), "at least 1"),
        Arguments.of("weka.w2s.targets.ProbeFilter", List.of("-fraction", "1"), "[0, 1)"),
        Arguments.of("weka.w2s.targets.ConfidentFilter", List.of("-fraction", "0"), "fraction kept must lie in (0, 1]"),
        Arguments.of("weka.w2s.targets.ConfidentFilter", List.of("-threshold", "1.5"), "threshold must lie in [0, 1]"),
        Arguments.of("weka.w2s.targets.ConfidentFilter", List.of("-balanced", "yes"), "Illegal options"),
        Arguments.of("weka.w2s.targets.Product", List.of("-alpha", "-1"), "alpha must be a finite number of at least 0"),
        Arguments.of("weka.w2s.targets.Product", List.of("-beta", "Infinity"), "beta must be a finite number"),
        Arguments.of("weka.w2s.targets.Window", List.of("-radius", "0.7"), "must lie in [0, 0.5]"),
        Arguments.of("weka.w2s.targets.Window", List.of("-radius", "wide"), "a number in [0, 0.5] or midweak"),
        Arguments.of("weka.w2s.targets.Entropy", List.of("-weight", "2"), "The entropy weight must lie in [0, 1]"),
        Arguments.of("weka.w2s.targets.Entropy", List.of("-rounds", "0"), "entropy rounds must be at least 1"),
        Arguments.of("weka.w2s.targets.StrongToStrong", List.of("-rounds", "-2"), "at least 1"),
        Arguments.of("weka.w2s.targets.Auto", List.of("-folds", "1"), "at least 2 folds"),
        Arguments.of("weka.w2s.targets.Auto", List.of("-C", "weka.w2s.targets.Gold"), "cannot be one"),
        Arguments.of("weka.w2s.targets.Auto", List.of("-C", "weka.w2s.targets.Nothing"), "cannot create"),
        Arguments.of("weka.w2s.targets.Naive", List.of("-k", "3"), "Illegal options"));
  }

  @ParameterizedTest
  @MethodSource("wrongOptions")
  void wrongOptionsAreRefusedWithOneMessage(String strategy, List<String> options, String phrase) {
    Exception e = assertThrows(Exception.class, () -> TargetStrategy.forName(strategy + " "
        + Utils.joinOptions(options.toArray(new String[0]))));
    assertTrue(e.getMessage().contains(phrase), "expected '" + phrase + "' in: " + e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"bogus, Unknown strategy 'bogus'", "weka.w2s.targets.Nothing, cannot create"})
  void unknownStrategiesAreRefused(String name, String phrase) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TargetStrategy.forName(name));
    assertTrue(e.getMessage().contains(phrase), e.getMessage());
  }

  /** The strategies offer the three rules for k of the analysis, with the same numbers. */
  @Test
  void principalStrategiesTakeEachRuleForK() throws Exception {
    PrincipalStrategy fixed = (PrincipalStrategy) TargetStrategy.forName("weka.w2s.targets.KernelSmoothing -principal fixed -principal-k 7");
    assertEquals(PrincipalRule.fixed(7).toString(), fixed.principalSettings().rule().toString());
    PrincipalStrategy variance = (PrincipalStrategy) TargetStrategy.forName("weka.w2s.targets.Refine -principal variance -variance 0.5");
    assertEquals(PrincipalRule.variance(0.5).toString(), variance.principalSettings().rule().toString());
    PrincipalStrategy auto = (PrincipalStrategy) TargetStrategy.forName("kernel");
    assertEquals(PrincipalRule.automatic().toString(), auto.principalSettings().rule().toString());
    assertTrue(Utils.joinOptions(fixed.getOptions()).contains("-principal fixed"), Utils.joinOptions(fixed.getOptions()));
  }
}
