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

package weka.w2s.gui;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.Component;
import java.awt.FontMetrics;

import javax.swing.JList;

import org.junit.jupiter.api.Test;

import weka.core.OptionHandler;
import weka.core.Utils;
import weka.w2s.targets.Auto;

/**
 * Auto's candidates in the array editor: each on one line, with its options, uncut. Weka's editor
 * opens a window when it is made, so this needs a display (skipped when headless).
 */
class WideArrayEditorTest {

  @Test
  void theEditorOpensWideEnoughForTheLongestDefaultCandidate() {
    assumeFalse(java.awt.GraphicsEnvironment.isHeadless(), "Weka's array editor needs a display");
    // as the package's GUIEditors.props registers it when Weka loads the installed package
    java.beans.PropertyEditorManager.registerEditor(weka.w2s.targets.TargetStrategy.class,
        weka.gui.GenericObjectEditor.class);
    Object[] candidates = new Auto().getCandidates();
    WideArrayEditor editor = new WideArrayEditor();
    editor.setValue(candidates);
    Component panel = editor.getCustomEditor();
    FontMetrics metrics = panel.getFontMetrics(new JList<String>().getFont());
    int longest = 0;
    for (Object c : candidates) {
      String line = c.getClass().getSimpleName() + " " + Utils.joinOptions(((OptionHandler) c).getOptions());
      longest = Math.max(longest, metrics.stringWidth(line));
    }
    // the line plus a vertical scroll bar and the borders
    assertTrue(panel.getPreferredSize().width >= longest + 40, panel.getPreferredSize().width + " < " + longest
        + " + 40");
  }
}
