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

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import weka.w2s.encoders.bench.TaskExperiment;
import weka.w2s.encoders.bench.ResultsReport;
import weka.w2s.encoders.bench.TaskResult;

/**
 * The whole benchmark on the committed 300-text subsets, small: the quantized MiniLM model as the
 * strong representation (the only model loaded), classic and projected weak candidates, two seeds.
 */
class ReproduceTest {

  @TempDir
  Path dir;

  @Test
  void runsEndToEndAndWritesTheReportAndOnePlotPerTask() throws Exception {
    Path data = Path.of(System.getProperty("w2s.testdata"));
    String[] args = {"-cache", dir.resolve("cache").toString(),
      "-data", data.resolve("afinn-polarity-300.arff.gz") + "," + data.resolve("spam-subject-300.arff.gz"),
      "-strong", "minilm_q", "-weak", "none", "-projected", "minilm_q", "-seeds", "2",
      "-modes", "naive,kernel", "-out", dir.resolve("out").toString(), "-command", "test"};
    Reproduce.Config config = Reproduce.Config.parse(args);
    List<TaskResult> results = Reproduce.run(config);
    ResultsReport.write(config, results);

    assertEquals(2, results.size());
    for (TaskResult r : results) {
      assertEquals(7, r.weak.size(), r.candidates().toString());
      assertEquals(7 * 2, r.pairs.size());
      for (TaskExperiment.PairResult p : r.pairs) {
        assertTrue(p.score >= 0 && p.score <= 1 + 1e-9, "score " + p.score);
        assertTrue(p.frobeniusNormalized >= 0 && p.frobeniusNormalized <= 1 + 1e-9);
        assertTrue(p.predGap >= 0 && Double.isFinite(p.measuredGap));
        assertTrue(p.w2sAccuracy > 0.3 && p.ceilingAccuracy > 0.5, r.name + " " + p.weak);
      }
      assertEquals(7 * 2 * 3, r.modes.size(), "naive, kernel and gold for each candidate and seed");
      BufferedImage png = ImageIO.read(dir.resolve("out").resolve("results-" + r.name + ".png").toFile());
      assertTrue(png.getWidth() > 800 && png.getHeight() > 600);
    }
    String md = Files.readString(dir.resolve("out").resolve("results.md"));
    assertTrue(md.contains("## Task: afinn-polarity-300") && md.contains("## Task: spam-subject-300"), md);
    assertTrue(md.contains("| PredGap | measured gap |"), md);
    assertTrue(md.contains("| kernel |"), md);
    assertTrue(Files.list(dir.resolve("cache").resolve("embeddings")).count() == 2, "one cached embedding per task");

    // a second run reads the cached embeddings and gives the same numbers
    Reproduce.Config again = Reproduce.Config.parse(new String[] {"-cache", dir.resolve("cache").toString(),
      "-data", data.resolve("afinn-polarity-300.arff.gz").toString(), "-strong", "minilm_q", "-weak", "none",
      "-projected", "minilm_q", "-seeds", "2", "-modes", "none", "-out", dir.resolve("out2").toString()});
    TaskResult second = Reproduce.run(again).get(0);
    for (int i = 0; i < second.pairs.size(); i++) {
      assertEquals(results.get(0).pairs.get(i).score, second.pairs.get(i).score, 1e-12);
      assertEquals(results.get(0).pairs.get(i).w2sAccuracy, second.pairs.get(i).w2sAccuracy, 1e-12);
    }
  }
}
