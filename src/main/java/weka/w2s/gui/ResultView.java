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
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.awt.event.MouseEvent;
import java.util.List;

import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.JTableHeader;

import org.jfree.chart.ChartPanel;

import weka.core.Instances;
import weka.core.converters.AbstractFileSaver;
import weka.gui.ConverterFileChooser;
import weka.gui.visualize.PlotData2D;
import weka.gui.visualize.VisualizePanel;
import weka.w2s.analysis.Ranking;
import weka.w2s.charts.W2SGCharts;

/** The right side of the tab: one history entry in tabs (report, ranking, plots, top instances). */
final class ResultView extends JPanel {

  private static final long serialVersionUID = 1L;
  static final String RANKING_TABLE = "w2s.ranking";

  private final JTabbedPane tabs = new JTabbedPane();

  ResultView() {
    super(new BorderLayout());
    add(tabs, BorderLayout.CENTER);
    JTextArea empty = report("Load data in the Preprocess panel, choose weak candidates and a strong"
        + " representation, and press Start.\n\nThe selections are those of W2SGAnalysis -weak / -strong: an"
        + " attribute range such as 1-24 or first-10 (first-last is every attribute but the class), or name:REGEX"
        + " (every attribute whose whole name matches).");
    empty.setLineWrap(true);
    empty.setWrapStyleWord(true);
    tabs.addTab("Output", new JScrollPane(empty));
  }

  private static JTextArea report(String text) {
    JTextArea area = new JTextArea(text);
    area.setEditable(false);
    area.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 12));
    area.setLineWrap(false);
    area.setCaretPosition(0);
    return area;
  }

  void show(HistoryEntry entry) {
    int selected = tabs.getSelectedIndex();
    tabs.removeAll();
    tabs.addTab("Output", new JScrollPane(report(entry.text())));
    if (entry.analysis != null) {
      AnalysisResult a = entry.analysis;
      tabs.addTab("Ranking", rankingPanel(a));
      tabs.addTab("Scores", new ChartPanel(W2SGCharts.scores(a.ranking())));
      tabs.addTab("Spectra", spectraPanel(a));
      tabs.addTab("Top instances", topPanel(a));
    } else {
      JPanel charts = new JPanel(new GridLayout(1, 2));
      charts.add(new ChartPanel(W2SGCharts.experimentMeasure(entry.experiment)));
      charts.add(new ChartPanel(W2SGCharts.experimentPgr(entry.experiment)));
      tabs.addTab(entry.experiment.regression() ? "MSE and PGR" : "Accuracy and PGR", charts);
    }
    if (selected >= 0 && selected < tabs.getTabCount()) {
      tabs.setSelectedIndex(selected);
    }
  }

  private static JPanel rankingPanel(AnalysisResult result) {
    RankingTableModel model = new RankingTableModel(result);
    JTable table = new JTable(model) {
      private static final long serialVersionUID = 1L;

      @Override
      protected JTableHeader createDefaultTableHeader() {
        return new JTableHeader(columnModel) {
          private static final long serialVersionUID = 1L;

          @Override
          public String getToolTipText(MouseEvent e) {
            int column = columnAtPoint(e.getPoint());
            return column < 0 ? null : model.description(convertColumnIndexToModel(column));
          }
        };
      }
    };
    table.setName(RANKING_TABLE);
    table.setAutoCreateRowSorter(true);
    table.setDefaultRenderer(Double.class, new DefaultTableCellRenderer() {
      private static final long serialVersionUID = 1L;

      @Override
      protected void setValue(Object value) {
        setHorizontalAlignment(RIGHT);
        setText(value == null ? "" : RankingTableModel.format((Double) value));
      }
    });
    table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
    for (int c = 0; c < table.getColumnCount(); c++) {
      table.getColumnModel().getColumn(c).setPreferredWidth(c == 1 || c == 2 ? 130 : c == 0 ? 30 : 85);
    }
    JPanel p = new JPanel(new BorderLayout());
    p.add(new JScrollPane(table), BorderLayout.CENTER);
    p.add(new JLabel("<html>&nbsp;Click a header to sort; hover over it for the column's meaning.<br>&nbsp;Smaller"
        + " predicts better, except for misfit.</html>"), BorderLayout.SOUTH);
    return p;
  }

  private static JPanel spectraPanel(AnalysisResult result) {
    JPanel p = new JPanel(new BorderLayout());
    JComboBox<String> pairs = new JComboBox<>();
    for (Ranking.Pair pair : result.pairs()) {
      pairs.addItem(pair.weak() + " -> " + pair.strong());
    }
    ChartPanel chart = new ChartPanel(W2SGCharts.spectra(result.pairs().get(0)));
    pairs.addActionListener(e -> chart.setChart(W2SGCharts.spectra(result.pairs().get(pairs.getSelectedIndex()))));
    JPanel north = new JPanel(new FlowLayout(FlowLayout.LEFT));
    north.add(new JLabel("Pair:"));
    north.add(pairs);
    p.add(north, BorderLayout.NORTH);
    p.add(chart, BorderLayout.CENTER);
    return p;
  }

  private Component topPanel(AnalysisResult result) {
    List<Ranking.Contribution> top = result.top();
    if (top.isEmpty()) {
      return new JScrollPane(report("No top instances: they need the class (\"Use the class\") and a number"
          + " of top instances above 0."));
    }
    StringBuilder text = new StringBuilder("Instances with the largest |P_s (I - P_w) y| for the best pair ("
        + result.pairs().get(0).weak() + " -> " + result.pairs().get(0).strong() + "), where weak supervision"
        + " is most likely to mislead the strong model:\n\n");
    text.append(String.format("%4s %8s  %-12s %14s%n", "#", "row", "class", "|contribution|"));
    int i = 1;
    for (Ranking.Contribution t : top) {
      text.append(String.format("%4d %8d  %-12s %14.6g%n", i++, t.row(), t.label(), t.magnitude()));
    }
    JPanel p = new JPanel(new BorderLayout());
    p.add(new JScrollPane(report(text.toString())), BorderLayout.CENTER);
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT));
    JButton visualize = new JButton("Visualize");
    visualize.setToolTipText("Plots the top instances with the contribution as an attribute");
    visualize.addActionListener(e -> visualize(this, result.topInstances()));
    JButton save = new JButton("Save...");
    save.setToolTipText("Saves the top instances in any format Weka writes");
    save.addActionListener(e -> saveInstances(this, result.topInstances()));
    buttons.add(visualize);
    buttons.add(save);
    p.add(buttons, BorderLayout.SOUTH);
    return p;
  }

  /** Weka's scatter plot of a data set in its own window. */
  static void visualize(Component parent, Instances data) {
    try {
      VisualizePanel panel = new VisualizePanel();
      panel.setName(data.relationName());
      PlotData2D plot = new PlotData2D(data);
      plot.setPlotName(data.relationName());
      plot.addInstanceNumberAttribute();
      panel.addPlot(plot);
      int contribution = data.attribute(Ranking.CONTRIBUTION_ATTRIBUTE).index();
      panel.setXIndex(contribution + 1); // +1: the instance number comes first
      if (data.classIndex() >= 0) {
        panel.setYIndex(data.classIndex() + 1);
      }
      JFrame frame = new JFrame("Weak-to-strong: " + data.relationName());
      frame.getContentPane().add(panel);
      frame.setSize(800, 600);
      frame.setLocationRelativeTo(SwingUtilities.getWindowAncestor(parent));
      frame.setVisible(true);
    } catch (Exception e) {
      JOptionPane.showMessageDialog(parent, "Cannot plot the instances: " + e.getMessage(), "Weak-to-strong",
          JOptionPane.ERROR_MESSAGE);
    }
  }

  /** Saves a data set through Weka's converter file chooser (ARFF, CSV, ...). */
  static void saveInstances(Component parent, Instances data) {
    ConverterFileChooser chooser = new ConverterFileChooser();
    if (chooser.showSaveDialog(parent) != ConverterFileChooser.APPROVE_OPTION) {
      return;
    }
    try {
      AbstractFileSaver saver = chooser.getSaver();
      saver.setInstances(data);
      saver.writeBatch();
    } catch (Exception e) {
      JOptionPane.showMessageDialog(parent, "Cannot save the data: " + e.getMessage(), "Weak-to-strong",
          JOptionPane.ERROR_MESSAGE);
    }
  }
}
