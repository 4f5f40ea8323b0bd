package weka.w2s.encoders.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Scatter plots drawn with plain Java2D: a grid of panels, each one x quantity against one y
 * quantity for labelled points, with linear axes, ticks and a title.
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

  private static final int PANEL_W = 560;
  private static final int PANEL_H = 420;
  private static final int MARGIN_L = 70;
  private static final int MARGIN_R = 20;
  private static final int MARGIN_T = 50;
  private static final int MARGIN_B = 55;

  private ScatterPlot() {
  }

  /** Writes the panels, {@code columns} per row, under a common title, as a PNG file. */
  public static void write(File file, String title, List<Panel> panels, int columns) throws IOException {
    int rows = (panels.size() + columns - 1) / columns;
    int top = 40;
    BufferedImage image = new BufferedImage(columns * PANEL_W, top + rows * PANEL_H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
    g.drawString(title, 15, 27);
    for (int p = 0; p < panels.size(); p++) {
      draw(g, panels.get(p), (p % columns) * PANEL_W, top + (p / columns) * PANEL_H);
    }
    g.dispose();
    ImageIO.write(image, "png", file);
  }

  private static void draw(Graphics2D g, Panel panel, int ox, int oy) {
    int left = ox + MARGIN_L;
    int right = ox + PANEL_W - MARGIN_R;
    int topY = oy + MARGIN_T;
    int bottom = oy + PANEL_H - MARGIN_B;
    double[] xr = range(panel.x);
    double[] yr = range(panel.y);

    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    g.drawString(panel.title, left, oy + 30);
    g.setColor(new Color(245, 245, 245));
    g.fillRect(left, topY, right - left, bottom - topY);
    g.setColor(Color.GRAY);
    g.setStroke(new BasicStroke(1f));
    g.drawRect(left, topY, right - left, bottom - topY);

    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    FontMetrics fm = g.getFontMetrics();
    for (int t = 0; t <= 4; t++) {
      double xv = xr[0] + (xr[1] - xr[0]) * t / 4;
      int px = left + (right - left) * t / 4;
      g.setColor(Color.GRAY);
      g.drawLine(px, bottom, px, bottom + 4);
      String s = tick(xv);
      g.setColor(Color.BLACK);
      g.drawString(s, px - fm.stringWidth(s) / 2, bottom + 17);
      double yv = yr[0] + (yr[1] - yr[0]) * t / 4;
      int py = bottom - (bottom - topY) * t / 4;
      g.setColor(Color.GRAY);
      g.drawLine(left - 4, py, left, py);
      s = tick(yv);
      g.setColor(Color.BLACK);
      g.drawString(s, left - 6 - fm.stringWidth(s), py + 4);
    }
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    fm = g.getFontMetrics();
    g.drawString(panel.xLabel, (left + right) / 2 - fm.stringWidth(panel.xLabel) / 2, bottom + 38);
    Graphics2D rotated = (Graphics2D) g.create();
    rotated.rotate(-Math.PI / 2);
    rotated.drawString(panel.yLabel, -((topY + bottom) / 2 + fm.stringWidth(panel.yLabel) / 2), ox + 16);
    rotated.dispose();

    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
    for (int i = 0; i < panel.x.length; i++) {
      if (!Double.isFinite(panel.x[i]) || !Double.isFinite(panel.y[i])) {
        continue;
      }
      int px = left + (int) Math.round((panel.x[i] - xr[0]) / (xr[1] - xr[0]) * (right - left));
      int py = bottom - (int) Math.round((panel.y[i] - yr[0]) / (yr[1] - yr[0]) * (bottom - topY));
      g.setColor(new Color(31, 119, 180));
      g.fillOval(px - 4, py - 4, 8, 8);
      g.setColor(new Color(60, 60, 60));
      int width = g.getFontMetrics().stringWidth(panel.labels[i]);
      int tx = px + 6 + width > ox + PANEL_W - 2 ? px - 6 - width : px + 6;
      g.drawString(panel.labels[i], tx, py - 4);
    }
  }

  /** Data range padded by 8% on each side (a unit range around a constant). */
  private static double[] range(double[] v) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double d : v) {
      if (Double.isFinite(d)) {
        lo = Math.min(lo, d);
        hi = Math.max(hi, d);
      }
    }
    if (!Double.isFinite(lo)) {
      return new double[] {0, 1};
    }
    if (hi - lo < 1e-12) {
      return new double[] {lo - 0.5, hi + 0.5};
    }
    double pad = 0.08 * (hi - lo);
    return new double[] {lo - pad, hi + pad};
  }

  private static String tick(double v) {
    double a = Math.abs(v);
    if (a != 0 && (a < 1e-3 || a >= 1e4)) {
      return String.format("%.1e", v);
    }
    return a >= 100 ? String.format("%.0f", v) : a >= 1 ? String.format("%.2f", v) : String.format("%.3f", v);
  }
}
