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

package weka.w2s.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The refinement evidence against hand-computed values. */
class ChannelRefinementTest {

  private static final double[][] CHANNEL = {{0.8, 0.2}, {0.3, 0.7}};

  @Test
  void evidenceIsTheLogOfTheChannelSeenThroughTheWeakLabel() {
    double[][] e = new ChannelRefinement(CHANNEL).evidence(new double[][] {{1, 0}, {0.5, 0.5}});
    assertArrayEquals(new double[] {Math.log(0.8), Math.log(0.3)}, e[0], 1e-15);
    assertArrayEquals(new double[] {Math.log(0.5), Math.log(0.5)}, e[1], 1e-15);
  }

  @Test
  void batchEvidenceWeighsNeighboursByAGaussianOfTheirDistance() {
    // points on a line at 0, 1, 2: the batch of point 0 is {0, 1, 2} at squared distances 0, 1, 4
    double[][] points = {{0}, {1}, {2}};
    NearestNeighbours nn = NearestNeighbours.of(points, 3);
    double[][] evidence = {{1, 0}, {2, 0}, {4, 0}};
    double[][] withSelf = ChannelRefinement.batchEvidence(evidence, nn, false);
    double w1 = Math.exp(-1.0 / 4);
    double w2 = Math.exp(-1.0);
    assertEquals((1 + 2 * w1 + 4 * w2) / (1 + w1 + w2), withSelf[0][0], 1e-12);
    double[][] others = ChannelRefinement.batchEvidence(evidence, nn, true);
    assertEquals((2 * w1 + 4 * w2) / (w1 + w2), others[0][0], 1e-12);
  }

  @Test
  void aChannelThatIsNotADistributionIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new ChannelRefinement(new double[][] {{0.5, 0.6}, {0.5, 0.5}}));
    assertThrows(IllegalArgumentException.class, () -> new ChannelRefinement(new double[][] {{1, 0}, {0.5, 0.5}}));
  }

  @Test
  void queriesFindTheirNearestPoints() {
    double[][] points = {{0, 0}, {3, 0}, {0, 1}, {5, 5}};
    NearestNeighbours nn = NearestNeighbours.between(new double[][] {{0, 0.4}, {4, 4}}, points, 2);
    assertArrayEquals(new int[] {0, 2}, nn.index()[0]);
    assertArrayEquals(new double[] {0.16, 0.36}, nn.squaredDistance()[0], 1e-12);
    assertArrayEquals(new int[] {3, 1}, nn.index()[1]);
  }
}
