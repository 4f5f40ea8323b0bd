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

package weka.w2s.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.text.DecimalFormat;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import weka.w2s.analysis.Ranking;
import weka.w2s.core.PrincipalSpace;
import weka.w2s.experiment.Experiment;
import weka.w2s.analysis.Quantity;

/** The JFreeChart plots of the W2SG analysis and experiment, shared by the Explorer tab and the step. */
public final class W2SGCharts {

  /** The size of saved or emitted images, in pixels. */
  public static final int IMAGE_WIDTH = 800;
  public static final int IMAGE_HEIGHT = 500;

  static final Color WEAK = new Color(0xD55E00);
  static final Color STRONG = new Color(0x0072B2);
  /** Okabe and Ito's colour-blind-safe palette, for the bars' series. */
  static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
      new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), new Color(0x000000)};

  /** The score columns drawn side by side: all in [0, 1] or near it for the bundled labels. */
  static final List<Quantity> SCORES = List.of(Quantity.SCORE, Quantity.FROB_NORM,
      Quantity.PRED_GAP, Quantity.WEAK_RES);

  private W2SGCharts() {
  }

  /**
   * Both covariance spectra of a pair on a log scale, each with its k marked: the eigenvalues up to
   * k form the principal part, the rest the tail whose sum over m is gamma.
   */
  public static JFreeChart spectra(Ranking.Pair pair) {
    XYSeriesCollection dataset = new XYSeriesCollection();
    dataset.addSeries(series("weak " + pair.weak(), pair.analysis().weak()));
    dataset.addSeries(series("strong " + pair.strong(), pair.analysis().strong()));
    JFreeChart chart = ChartFactory.createXYLineChart("Covariance spectra: " + pair.weak() + " and "
        + pair.strong(), "eigenvalue index i", "eigenvalue (log scale)", dataset, PlotOrientation.VERTICAL, true,
        true, false);
    XYPlot plot = chart.getXYPlot();
    LogAxis log = new LogAxis("eigenvalue (log scale)");
    log.setSmallestValue(1e-12);
    // ticks at 1, sqrt(10), 10, ... written as plain numbers rather than powers of ten
    log.setTickUnit(new NumberTickUnit(0.5));
    log.setNumberFormatOverride(new DecimalFormat("0.####"));
    plot.setRangeAxis(log);
    ((NumberAxis) plot.getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    renderer.setSeriesPaint(0, WEAK);
    renderer.setSeriesPaint(1, STRONG);
    plot.setRenderer(renderer);
    plot.addDomainMarker(kMarker("k_w = " + pair.analysis().weak().k(), pair.analysis().weak().k(), WEAK,
        TextAnchor.TOP_RIGHT));
    plot.addDomainMarker(kMarker("k_s = " + pair.analysis().strong().k(), pair.analysis().strong().k(), STRONG,
        TextAnchor.TOP_LEFT));
    style(chart);
    return chart;
  }

  /** Eigenvalues 1..rank; exact zeros have no place on a log scale and are left out. */
  private static XYSeries series(String name, PrincipalSpace space) {
    XYSeries s = new XYSeries(name);
    double[] eig = space.eigenvalues();
    for (int i = 0; i < eig.length; i++) {
      if (eig[i] > 0) {
        s.add(i + 1, eig[i]);
      }
    }
    return s;
  }

  private static ValueMarker kMarker(String label, int k, Color color, TextAnchor anchor) {
    ValueMarker m = new ValueMarker(k, color, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
        10f, new float[] {6f, 4f}, 0f));
    m.setLabel(label);
    m.setLabelPaint(color);
    m.setLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
    m.setLabelAnchor(anchor == TextAnchor.TOP_RIGHT ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
    m.setLabelTextAnchor(anchor);
    return m;
  }

  /** The scores of every pair side by side, in ranking order (W2SGAnalysis's table columns). */
  public static JFreeChart scores(Ranking ranking) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    List<Quantity> present = Quantity.present(ranking.hasLabels());
    for (Ranking.Pair p : ranking.pairs()) {
      for (Quantity c : SCORES) {
        if (present.contains(c)) {
          dataset.addValue(c.value(p.analysis()), c.key(), ranking.label(p));
        }
      }
    }
    JFreeChart chart = ChartFactory.createBarChart("W2SG scores, best-ranked pair first (smaller is better)",
        "weak representation", "value", dataset, PlotOrientation.VERTICAL, true, true, false);
    styleBars(chart);
    return chart;
  }

  /**
   * Mean test accuracy (numeric class: mean squared error) per strategy and candidate, with the weak
   * model and the strong ceiling.
   */
  public static JFreeChart experimentMeasure(Experiment experiment) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (Experiment.CandidateResult c : experiment.candidates()) {
      dataset.addValue(c.meanWeakMeasure(), c.weak(), "weak model");
      for (String mode : experiment.modes()) {
        dataset.addValue(c.meanMeasure(mode), c.weak(), mode);
      }
      dataset.addValue(c.meanCeilingMeasure(), c.weak(), "ceiling (gold)");
    }
    String measure = experiment.measureName();
    JFreeChart chart = ChartFactory.createBarChart("Test " + measure + " (mean over runs)", "strategy",
        measure, dataset, PlotOrientation.VERTICAL, true, true, false);
    styleBars(chart);
    // the differences between strategies are a few points: start the axis near the smallest bar
    ((BarRenderer) chart.getCategoryPlot().getRenderer()).setIncludeBaseInRange(false);
    ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setAutoRangeIncludesZero(false);
    return chart;
  }

  /**
   * PGR = (W2S - weak) / (ceiling - weak) per strategy and candidate (the mean over runs where the
   * ceiling beats the weak model); an undefined PGR has no bar.
   */
  public static JFreeChart experimentPgr(Experiment experiment) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (Experiment.CandidateResult c : experiment.candidates()) {
      for (String mode : experiment.modes()) {
        double pgr = c.meanPgr(mode);
        dataset.addValue(Double.isNaN(pgr) ? null : pgr, c.weak(), mode);
      }
    }
    String title = experiment.regression() ? "PGR = (MSE weak - MSE W2S) / (MSE weak - MSE ceiling)"
        : "PGR = (W2S - weak) / (ceiling - weak)";
    JFreeChart chart = ChartFactory.createBarChart(title, "strategy",
        "PGR", dataset, PlotOrientation.VERTICAL, true, true, false);
    styleBars(chart);
    return chart;
  }

  public static BufferedImage image(JFreeChart chart) {
    return chart.createBufferedImage(IMAGE_WIDTH, IMAGE_HEIGHT);
  }

  public static void savePng(JFreeChart chart, File file) throws IOException {
    ChartUtils.saveChartAsPNG(file, chart, IMAGE_WIDTH, IMAGE_HEIGHT);
  }

  private static void style(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    chart.getPlot().setBackgroundPaint(Color.WHITE);
    if (chart.getPlot() instanceof XYPlot) {
      chart.getXYPlot().setDomainGridlinePaint(Color.LIGHT_GRAY);
      chart.getXYPlot().setRangeGridlinePaint(Color.LIGHT_GRAY);
    }
  }

  private static void styleBars(JFreeChart chart) {
    style(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    for (int i = 0; i < PALETTE.length; i++) {
      renderer.setSeriesPaint(i, PALETTE[i]);
    }
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setItemMargin(0.05);
    CategoryAxis axis = plot.getDomainAxis();
    if (plot.getDataset().getColumnCount() > 6) {
      axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    axis.setMaximumCategoryLabelLines(2);
  }
}
