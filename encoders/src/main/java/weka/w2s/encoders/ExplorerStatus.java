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

import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;

import javax.swing.SwingUtilities;

import weka.gui.LogPanel;
import weka.gui.explorer.Explorer;

/**
 * Puts a line in the status bar of every open Weka Explorer. A filter has no handle on the window
 * that runs it (the Preprocess panel applies it in a thread of its own and shows only "Filtering"),
 * so a long embedding would otherwise report its progress only on the standard error stream, which
 * a GUI user does not see. Does nothing headless or without an Explorer.
 */
public final class ExplorerStatus {

  private ExplorerStatus() {
  }

  public static void show(String message) {
    if (GraphicsEnvironment.isHeadless()) {
      return;
    }
    SwingUtilities.invokeLater(() -> {
      for (LogPanel log : explorerLogs()) {
        log.statusMessage(message);
      }
    });
  }

  /** The log panels (with their status bars) of the open Explorers; call on the event thread. */
  static List<LogPanel> explorerLogs() {
    List<LogPanel> logs = new ArrayList<>();
    for (Window w : Window.getWindows()) {
      if (w.isDisplayable()) {
        collect(w, false, logs);
      }
    }
    return logs;
  }

  private static void collect(Component c, boolean insideExplorer, List<LogPanel> logs) {
    boolean inside = insideExplorer || c instanceof Explorer;
    if (inside && c instanceof LogPanel) {
      logs.add((LogPanel) c);
      return;
    }
    if (c instanceof Container) {
      for (Component child : ((Container) c).getComponents()) {
        collect(child, inside, logs);
      }
    }
  }
}
