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

package weka.classifiers.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** What WeakToStrong's text output tells a GUI user beyond the numbers. */
class WeakToStrongOutputTest {

  @Test
  void theSameAttributesForWeakAndStrongAreFlagged() throws Exception {
    WeakToStrong same = new WeakToStrong(); // the defaults: first-last for both
    same.setTargets(W2STestData.strategy("naive"));
    same.buildClassifier(W2STestData.twoViews(40, 40, 3));
    assertTrue(same.toString().contains("Warning: the weak and the strong model use the same 6 attribute(s)"),
        same.toString());
    // one representation: P_s (I - P_w) = P (I - P) = 0 for hard projections, and nearly for soft ones
    assertEquals(0.0, same.getMeasure("measureW2SGScore"), 0.05);

    WeakToStrong different = W2STestData.twoViewClassifier("naive");
    different.buildClassifier(W2STestData.twoViews(40, 40, 3));
    assertFalse(different.toString().contains("Warning: the weak and the strong"), different.toString());
  }

  @Test
  void scoresKeepSixSignificantDigitsWhateverTheDecimalPlaces() throws Exception {
    WeakToStrong w2s = W2STestData.twoViewClassifier("naive");
    w2s.setNumDecimalPlaces(1);
    w2s.buildClassifier(W2STestData.twoViews(40, 40, 5));
    String text = w2s.toString();
    for (String measure : new String[] {"measureW2SGScore", "measureW2SGFrobeniusNormalized", "measurePredGap"}) {
      double v = w2s.getMeasure(measure);
      assertTrue(v > 0 && v <= 1, measure + " = " + v);
      assertTrue(text.contains(String.format(Locale.ROOT, "%.6g", v)), measure + " " + v + " in:\n" + text);
    }
  }
}
