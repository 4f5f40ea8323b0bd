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

package weka.w2s.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import weka.classifiers.functions.RidgeProbe;
import weka.w2s.core.PrincipalRule;
import weka.w2s.core.PrincipalSettings;

/** The typed setters check as the command line does, with the command line's messages. */
class ExperimentSettingsTest {

  @Test
  void theSettersRefuseWhatTheOptionsRefuseWithTheSameMessage() {
    assertSameMessage(() -> new ExperimentSettings().setTestFraction(1.5),
        () -> ExperimentSettings.fromOptions(new String[] {"-weak", "1-2", "-test-fraction", "1.5"}));
    assertSameMessage(() -> new ExperimentSettings().setWeakFraction(0.0),
        () -> ExperimentSettings.fromOptions(new String[] {"-weak", "1-2", "-weak-fraction", "0.0"}));
    assertSameMessage(() -> new ExperimentSettings().setRuns(0),
        () -> ExperimentSettings.fromOptions(new String[] {"-weak", "1-2", "-runs", "0"}));
    assertEquals("Give the weak classifier.", assertThrows(IllegalArgumentException.class,
        () -> new ExperimentSettings().setWeakClassifier(null)).getMessage());
  }

  @Test
  void theSettersSetWhatTheOptionsSet() throws Exception {
    RidgeProbe weak = new RidgeProbe();
    weak.setRidge(0.01);
    RidgeProbe strong = new RidgeProbe();
    ExperimentSettings typed = new ExperimentSettings().setWeak(java.util.List.of("1-2")).setTestFraction(0.25)
        .setWeakFraction(0.4).setWeakClassifier(weak).setStrongClassifier(strong)
        .setPrincipal(PrincipalSettings.defaults().withRule(PrincipalRule.automatic()));
    ExperimentSettings parsed = ExperimentSettings.fromOptions(typed.toOptions().toArray(new String[0]));
    assertEquals(parsed.toOptions(), typed.toOptions());
    assertEquals(0.25, typed.testFraction());
    assertEquals(0.4, typed.weakFraction());
    assertSame(weak, typed.weakClassifier());
    assertEquals("-auto", String.join(" ", typed.principal().rule().options()));
  }

  private static void assertSameMessage(Executable typed, Executable options) {
    String a = assertThrows(IllegalArgumentException.class, typed).getMessage();
    String b = assertThrows(IllegalArgumentException.class, options).getMessage();
    assertEquals(b, a);
  }
}
