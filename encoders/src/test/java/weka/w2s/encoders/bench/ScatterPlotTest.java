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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's scatter plots, drawn by JFreeChart. */
class ScatterPlotTest {

  @TempDir
  Path dir;

  @Test
  void eachPanelIsAChartOfItsFinitePointsWithTheirLabels() {
    ScatterPlot.Panel panel = new ScatterPlot.Panel("score", "s", "W2S test error",
        new double[] {0.1, Double.NaN, 0.3, 0.5}, new double[] {0.2, 0.4, Double.POSITIVE_INFINITY, 0.1},
        new String[] {"a", "b", "c", "d"});
    JFreeChart chart = ScatterPlot.chart(panel);
    XYPlot plot = chart.getXYPlot();
    XYDataset data = plot.getDataset();
    assertEquals(2, data.getItemCount(0), "the NaN and infinite points are left out");
    assertEquals(0.5, data.getXValue(0, 1), 0);
    assertEquals("d", plot.getRenderer().getDefaultItemLabelGenerator().generateLabel(data, 0, 1));
    assertEquals("s", plot.getDomainAxis().getLabel());
    assertEquals("W2S test error", plot.getRangeAxis().getLabel());
  }

  @Test
  void thePanelsAreWrittenAsOnePngGrid() throws Exception {
    ScatterPlot.Panel p = new ScatterPlot.Panel("t", "x", "y", new double[] {1, 2, 3}, new double[] {3, 1, 2},
        new String[] {"one", "two", "three"});
    File file = dir.resolve("plot.png").toFile();
    ScatterPlot.write(file, "three panels", List.of(p, p, p), 2);
    BufferedImage image = ImageIO.read(file);
    assertEquals(2 * ScatterPlot.PANEL_W, image.getWidth());
    assertTrue(image.getHeight() > 2 * ScatterPlot.PANEL_H, "two rows under a title");
    int white = image.getRGB(0, image.getHeight() - 1);
    boolean drawn = false;
    for (int x = 0; x < ScatterPlot.PANEL_W && !drawn; x += 7) {
      for (int y = 60; y < ScatterPlot.PANEL_H && !drawn; y += 7) {
        drawn = image.getRGB(x, y) != white;
      }
    }
    assertTrue(drawn, "the first panel is drawn");
    boolean titled = false;
    for (int x = 0; x < image.getWidth() && !titled; x++) {
      for (int y = 0; y < 40 && !titled; y++) {
        titled = image.getRGB(x, y) != white;
      }
    }
    assertTrue(titled, "the common title is drawn above the panels");
  }
}
