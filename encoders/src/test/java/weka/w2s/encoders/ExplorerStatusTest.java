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

package weka.w2s.encoders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.List;

import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;

import org.junit.jupiter.api.Test;

import weka.gui.LogPanel;
import weka.gui.explorer.Explorer;

/** The status line reaches an open Explorer's status bar (needs a display, e.g. Xvfb). */
class ExplorerStatusTest {

  @Test
  void aLineReachesTheStatusBarOfAnOpenExplorer() throws Exception {
    assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display");
    JFrame[] frame = new JFrame[1];
    SwingUtilities.invokeAndWait(() -> {
      frame[0] = new JFrame("Explorer");
      frame[0].add(new Explorer());
      frame[0].pack();
    });
    try {
      ExplorerStatus.show("SentenceEmbedding (test): 64/128 texts");
      List<String> texts = new ArrayList<>();
      SwingUtilities.invokeAndWait(() -> {
        List<LogPanel> logs = ExplorerStatus.explorerLogs();
        assertEquals(1, logs.size(), "one Explorer, one log panel");
        labels(logs.get(0), texts);
      });
      assertTrue(texts.contains("SentenceEmbedding (test): 64/128 texts"), texts.toString());
    } finally {
      SwingUtilities.invokeAndWait(() -> frame[0].dispose());
    }
  }

  private static void labels(Component c, List<String> out) {
    if (c instanceof JLabel) {
      out.add(((JLabel) c).getText());
    }
    if (c instanceof Container) {
      for (Component child : ((Container) c).getComponents()) {
        labels(child, out);
      }
    }
  }
}
