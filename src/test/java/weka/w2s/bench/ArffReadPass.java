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

package weka.w2s.bench;

import java.io.File;

import weka.core.Instance;
import weka.core.Instances;
import weka.core.converters.ArffLoader;

/**
 * The floor of any analysis of an ARFF file: Weka's ArffLoader reading it once, incrementally, and
 * nothing else. bench/compare-read-numpy.sh times it beside W2SGAnalysis and a numpy script.
 */
public final class ArffReadPass {

  private ArffReadPass() {
  }

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    ArffLoader loader = new ArffLoader();
    loader.setFile(new File(args[0]));
    Instances header = loader.getStructure();
    long rows = 0;
    for (Instance row = loader.getNextInstance(header); row != null; row = loader.getNextInstance(header)) {
      rows++;
    }
    System.out.printf("ArffLoader: %d rows in %.2f s%n", rows, (System.nanoTime() - start) / 1e9);
  }
}
