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

package weka.w2s.encoders.bench;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.XYItemLabelGenerator;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Scatter plots with JFreeChart: a grid of panels, each one x quantity against one y quantity for
 * labelled points, under a common title, written as one PNG.
 */
public final class ScatterPlot {

  /** One panel: points (x[i], y[i]) named labels[i]. */
  public static final class Panel {
    final String title;
    final String xLabel;
    final String yLabel;
    final double[] x;
    final double[] y;
    final String[] labels;

    public Panel(String title, String xLabel, String yLabel, double[] x, double[] y, String[] labels) {
      this.title = title;
      this.xLabel = xLabel;
      this.yLabel = yLabel;
      this.x = x;
      this.y = y;
      this.labels = labels;
    }
  }

  static final int PANEL_W = 560;
  static final int PANEL_H = 420;
  private static final int TITLE_H = 40;

  private ScatterPlot() {
  }

  /** Writes the panels, {@code columns} per row, under a common title, as a PNG file. */
  public static void write(File file, String title, List<Panel> panels, int columns) throws IOException {
    int rows = (panels.size() + columns - 1) / columns;
    BufferedImage image = new BufferedImage(columns * PANEL_W, TITLE_H + rows * PANEL_H,
        BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    TextTitle heading = new TextTitle(title, new Font(Font.SANS_SERIF, Font.BOLD, 18));
    heading.arrange(g, RectangleConstraint.NONE); // lays out its text
    heading.draw(g, new Rectangle(0, 0, image.getWidth(), TITLE_H));
    for (int p = 0; p < panels.size(); p++) {
      chart(panels.get(p)).draw(g, new Rectangle((p % columns) * PANEL_W, TITLE_H + (p / columns) * PANEL_H,
          PANEL_W, PANEL_H));
    }
    g.dispose();
    ImageIO.write(image, "png", file);
  }

  /** One panel as a JFreeChart scatter plot; points with a non-finite coordinate are left out. */
  static JFreeChart chart(Panel panel) {
    XYSeries series = new XYSeries(panel.title, false, true);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < panel.x.length; i++) {
      if (Double.isFinite(panel.x[i]) && Double.isFinite(panel.y[i])) {
        series.add(panel.x[i], panel.y[i]);
        names.add(panel.labels[i]);
      }
    }
    NumberAxis xAxis = new NumberAxis(panel.xLabel);
    NumberAxis yAxis = new NumberAxis(panel.yLabel);
    xAxis.setAutoRangeIncludesZero(false);
    yAxis.setAutoRangeIncludesZero(false);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
    renderer.setSeriesPaint(0, new Color(31, 119, 180));
    XYItemLabelGenerator labels = (dataset, s, item) -> names.get(item);
    renderer.setDefaultItemLabelGenerator(labels);
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
    XYPlot plot = new XYPlot(new XYSeriesCollection(series), xAxis, yAxis, renderer);
    plot.setBackgroundPaint(new Color(245, 245, 245));
    JFreeChart chart = new JFreeChart(panel.title, new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }
}
