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

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JFrame;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;

import weka.core.converters.AbstractFileLoader;
import weka.core.converters.ConverterUtils;
import weka.gui.GenericObjectEditor;
import weka.gui.LookAndFeel;
import weka.gui.explorer.Explorer;

/**
 * Run by {@link ExplorerTabIT} in a child JVM whose class path is Weka and this test class only (the
 * tab comes from the installed package): opens the Explorer as its main method does, loads the data,
 * clicks the "Weak-to-strong" tab, enters the selections, clicks Start, sorts the ranking by a column
 * and writes the table's rows and a screenshot. Clicks are real mouse events through the X server
 * (java.awt.Robot); the selections are pasted into the text areas. Refers to the tab's components by
 * their names only, so it links against nothing of the package.
 *
 * <p>Arguments: data file, output file, screenshot file, column to sort by, strong selection, weak
 * selections (one per argument).
 */
public final class ExplorerTabDriver {

  private static final long TIMEOUT_MS = 120_000;

  private ExplorerTabDriver() {
  }

  public static void main(String[] args) {
    // the Swing threads would keep a failed driver alive: exit with a code either way
    try {
      drive(args);
      System.exit(0);
    } catch (Throwable e) {
      e.printStackTrace();
      System.exit(1);
    }
  }

  private static void drive(String[] args) throws Exception {
    String dataFile = args[0];
    File out = new File(args[1]);
    File screenshot = new File(args[2]);
    String sortColumn = args[3];
    String strong = args[4];
    String weak = String.join("\n", java.util.Arrays.asList(args).subList(5, args.length));

    // as Explorer.main: look and feel, packages loaded through the object editor's class discovery
    LookAndFeel.setLookAndFeel();
    GenericObjectEditor.determineClasses();
    AtomicReference<Explorer> holder = new AtomicReference<>();
    AtomicReference<JFrame> frame = new AtomicReference<>();
    SwingUtilities.invokeAndWait(() -> {
      Explorer explorer = new Explorer();
      JFrame jf = new JFrame("Weka Explorer");
      jf.getContentPane().setLayout(new BorderLayout());
      jf.getContentPane().add(explorer, BorderLayout.CENTER);
      // the whole screen (1024 x 768 under ExplorerTabIT's Xvfb), as a user who maximises the window
      jf.setBounds(GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds());
      jf.setLocation(0, 0);
      jf.setVisible(true);
      holder.set(explorer);
      frame.set(jf);
    });
    Explorer explorer = holder.get();
    AbstractFileLoader loader = ConverterUtils.getLoaderForFile(dataFile);
    loader.setFile(new File(dataFile));
    explorer.getPreprocessPanel().setInstancesFromFile(loader);
    waitFor("the data to load", () -> explorer.getPreprocessPanel().getInstances() != null);

    Robot robot = new Robot();
    robot.setAutoDelay(40);
    JTabbedPane tabs = explorer.getTabbedPane();
    int tab = onEdt(() -> tabs.indexOfTab("Weak-to-strong"));
    if (tab < 0) {
      throw new IllegalStateException("no Weak-to-strong tab; tabs: " + onEdt(() -> titles(tabs)));
    }
    waitFor("the tab to be enabled", () -> onEdt(() -> tabs.isEnabledAt(tab)));
    clickTab(robot, tabs, tab);
    waitFor("the tab to be selected", () -> onEdt(() -> tabs.getSelectedIndex() == tab));

    Container panel = (Container) onEdt(() -> tabs.getComponentAt(tab));
    List<String> lines = new ArrayList<>();
    Thread.sleep(500);
    // what a user sees before doing anything: the screen, each button whole and on it, the list's rows
    SwingUtilities.invokeAndWait(() -> {
      Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
          .getDefaultConfiguration().getBounds();
      lines.add("screen\t" + screen.width + "\t" + screen.height);
      for (String name : List.of("w2s.start", "w2s.stop", "w2s.experiment")) {
        Component b = findOrNull(panel, c -> name.equals(c.getName()));
        Point p = b.getLocationOnScreen();
        Rectangle onScreen = new Rectangle(p.x, p.y, b.getWidth(), b.getHeight());
        boolean whole = b.isShowing() && b.getWidth() > 0 && b.getHeight() > 0
            && ((javax.swing.JComponent) b).getVisibleRect().equals(new Rectangle(0, 0, b.getWidth(), b.getHeight()));
        lines.add("button\t" + name + "\t" + whole + "\t" + screen.contains(onScreen) + "\t"
            + ((AbstractButton) b).getText());
      }
      javax.swing.JList<?> list = (javax.swing.JList<?>) findOrNull(panel, c -> "w2s.attributes".equals(c.getName()));
      Rectangle cell = list.getCellBounds(0, 0);
      lines.add("attributeRows\t" + (list.getVisibleRect().height / cell.height) + "\t" + list.getModel().getSize());
    });
    JTextComponent weakField = (JTextComponent) find(panel, c -> "w2s.weak".equals(c.getName()));
    JTextComponent strongField = (JTextComponent) find(panel, c -> "w2s.strong".equals(c.getName()));
    SwingUtilities.invokeAndWait(() -> {
      weakField.setText(weak);
      strongField.setText(strong);
    });
    AbstractButton start = (AbstractButton) find(panel, c -> "w2s.start".equals(c.getName()));
    click(robot, start);

    JTabbedPane results = (JTabbedPane) waitFor("the result", () -> onEdt(() -> {
      Component c = findOrNull(panel, x -> x instanceof JTabbedPane && ((JTabbedPane) x).indexOfTab("Ranking") >= 0);
      return c;
    }));
    clickTab(robot, results, onEdt(() -> results.indexOfTab("Ranking")));
    JTable table = (JTable) waitFor("the ranking table", () -> onEdt(() -> {
      Component c = findOrNull(panel, x -> "w2s.ranking".equals(x.getName()) && x.isShowing());
      return c;
    }));

    SwingUtilities.invokeAndWait(() -> {
      // the model, in ranking order
      StringBuilder header = new StringBuilder();
      for (int c = 0; c < table.getModel().getColumnCount(); c++) {
        header.append(c > 0 ? "\t" : "").append(table.getModel().getColumnName(c));
      }
      lines.add("model\t" + header);
      for (int r = 0; r < table.getModel().getRowCount(); r++) {
        StringBuilder row = new StringBuilder();
        for (int c = 0; c < table.getModel().getColumnCount(); c++) {
          row.append(c > 0 ? "\t" : "").append(table.getModel().getValueAt(r, c));
        }
        lines.add("model\t" + row);
      }
    });
    // sort by a column with a click on its header, as a user would
    int viewColumn = onEdt(() -> table.convertColumnIndexToView(table.getColumnModel().getColumnIndex(sortColumn)));
    // on a small screen the column may lie right of the view: scroll to it, as a user would
    SwingUtilities.invokeAndWait(() -> table.scrollRectToVisible(table.getCellRect(0, viewColumn, true)));
    robot.waitForIdle();
    Rectangle header = onEdt(() -> table.getTableHeader().getHeaderRect(viewColumn));
    Point origin = onEdt(() -> table.getTableHeader().getLocationOnScreen());
    robot.mouseMove(origin.x + header.x + header.width / 2, origin.y + header.y + header.height / 2);
    robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
    robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
    robot.waitForIdle();
    waitFor("the sort", () -> onEdt(() -> !table.getRowSorter().getSortKeys().isEmpty()));
    SwingUtilities.invokeAndWait(() -> {
      for (int r = 0; r < table.getRowCount(); r++) {
        lines.add("sorted\t" + table.getValueAt(r, 1) + "\t" + table.getValueAt(r, viewColumn));
      }
    });
    Thread.sleep(500);
    BufferedImage shot = robot.createScreenCapture(frame.get().getBounds());
    ImageIO.write(shot, "png", screenshot);
    try (PrintWriter w = new PrintWriter(out, StandardCharsets.UTF_8)) {
      lines.forEach(w::println);
    }
  }

  private static String titles(JTabbedPane tabs) {
    List<String> t = new ArrayList<>();
    for (int i = 0; i < tabs.getTabCount(); i++) {
      t.add(tabs.getTitleAt(i));
    }
    return t.toString();
  }

  private static void clickTab(Robot robot, JTabbedPane tabs, int index) throws Exception {
    Rectangle r = onEdt(() -> tabs.getBoundsAt(index));
    Point p = onEdt(tabs::getLocationOnScreen);
    robot.mouseMove(p.x + r.x + r.width / 2, p.y + r.y + r.height / 2);
    robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
    robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
    robot.waitForIdle();
  }

  private static void click(Robot robot, Component c) throws Exception {
    // no scrolling: the button must be where a user sees it, on the screen and on top at its centre
    waitFor(c.getName() + " to be enabled and showing", () -> onEdt(() -> c.isEnabled() && c.isShowing()));
    Point p = onEdt(c::getLocationOnScreen);
    Point centre = new Point(p.x + c.getWidth() / 2, p.y + c.getHeight() / 2);
    Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
        .getDefaultConfiguration().getBounds();
    if (!screen.contains(centre)) {
      throw new IllegalStateException(c.getName() + " is off the screen " + screen + " at " + centre);
    }
    Component top = onEdt(() -> {
      java.awt.Window w = SwingUtilities.getWindowAncestor(c);
      Point inWindow = new Point(centre);
      SwingUtilities.convertPointFromScreen(inWindow, w);
      return SwingUtilities.getDeepestComponentAt(w, inWindow.x, inWindow.y);
    });
    if (top != c) {
      throw new IllegalStateException(c.getName() + " is covered at " + centre + " by " + top);
    }
    robot.mouseMove(centre.x, centre.y);
    robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
    robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
    robot.waitForIdle();
  }

  private static Component find(Container root, Predicate<Component> test) throws Exception {
    Component c = onEdt(() -> findOrNull(root, test));
    if (c == null) {
      throw new IllegalStateException("component not found in " + root.getClass().getName());
    }
    return c;
  }

  private static Component findOrNull(Container root, Predicate<Component> test) {
    for (Component c : root.getComponents()) {
      if (test.test(c)) {
        return c;
      }
      if (c instanceof Container) {
        Component found = findOrNull((Container) c, test);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  interface Check<T> {
    T get() throws Exception;
  }

  private static <T> T onEdt(Check<T> check) throws Exception {
    AtomicReference<T> value = new AtomicReference<>();
    AtomicReference<Exception> error = new AtomicReference<>();
    SwingUtilities.invokeAndWait(() -> {
      try {
        value.set(check.get());
      } catch (Exception e) {
        error.set(e);
      }
    });
    if (error.get() != null) {
      throw error.get();
    }
    return value.get();
  }

  /** Polls until the check returns true or a non-null, non-false value. */
  private static Object waitFor(String what, Check<?> check) throws Exception {
    long end = System.currentTimeMillis() + TIMEOUT_MS;
    while (System.currentTimeMillis() < end) {
      Object v = check.get();
      if (v != null && !Boolean.FALSE.equals(v)) {
        return v;
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("timed out waiting for " + what);
  }
}
