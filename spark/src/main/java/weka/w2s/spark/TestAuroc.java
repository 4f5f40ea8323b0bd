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

package weka.w2s.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.mllib.evaluation.BinaryClassificationMetrics;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

import scala.Tuple2;
import weka.w2s.core.RidgePath;

/**
 * The area under the ROC curve of two-class models on the test part, as W2SGExperiment reports it
 * (Weka's, for the second class): one more pass writes every model's probability of the second class
 * for each test row, kept while Spark MLlib's exact BinaryClassificationMetrics sorts them, model by
 * model (no binning: ties count half, as on Weka's curve).
 */
final class TestAuroc {

  private TestAuroc() {
  }

  /**
   * @param models the heads, each applied to its view (weak columns, or the strong ones)
   * @param views  per head, the joint columns it reads
   * @return per head, its AUROC
   */
  static double[] of(JavaPairRDD<Row, Long> rows, RowReader reader, ProtocolSetup setup, RidgePath.Head[] models,
      int[][] views) {
    JavaRDD<double[]> scores = rows.mapPartitions((Iterator<Tuple2<Row, Long>> it) -> {
      List<double[]> out = new ArrayList<>();
      Pass.eachAgain(it, reader, setup, (key, joint, y) -> {
        if (setup.part(key, y) >= 0) {
          return;
        }
        double[] row = new double[models.length + 1];
        row[0] = y;
        for (int j = 0; j < models.length; j++) {
          row[j + 1] = setup.predict(models[j], Sums.extract(joint, views[j]))[1];
        }
        out.add(row);
      });
      return out.iterator();
    }).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      double[] auroc = new double[models.length];
      for (int j = 0; j < models.length; j++) {
        int column = j + 1;
        JavaRDD<Tuple2<Object, Object>> scoreAndLabel = scores.map(r -> new Tuple2<>(r[column], r[0]));
        auroc[j] = new BinaryClassificationMetrics(scoreAndLabel.rdd()).areaUnderROC();
      }
      return auroc;
    } finally {
      scores.unpersist(false);
    }
  }
}
