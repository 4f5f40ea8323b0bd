package weka.w2s.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RankCorrelationTest {

  @Test
  void monotoneRelationsGiveOneOrMinusOne() {
    assertEquals(1.0, RankCorrelation.spearman(new double[] {1, 2, 3, 4}, new double[] {10, 20, 35, 100}), 1e-12);
    assertEquals(-1.0, RankCorrelation.spearman(new double[] {1, 2, 3}, new double[] {3, 2, 1}), 1e-12);
  }

  @Test
  void tiesShareTheirMidRank() {
    assertArrayEquals(new double[] {1, 2.5, 2.5, 4}, RankCorrelation.ranks(new double[] {1, 5, 5, 9}), 0);
    // ranks (1, 2.5, 2.5, 4) against (1, 2, 3, 4): sxy = 4.5, sxx = 4.5, syy = 5, rho = 4.5 / sqrt(22.5)
    assertEquals(4.5 / Math.sqrt(22.5), RankCorrelation.spearman(new double[] {1, 5, 5, 9}, new double[] {1, 2, 3, 4}), 1e-12);
  }

  @Test
  void undefinedCasesAreNaN() {
    assertTrue(Double.isNaN(RankCorrelation.spearman(new double[] {1, 1, 1}, new double[] {1, 2, 3})));
    assertTrue(Double.isNaN(RankCorrelation.spearman(new double[] {1}, new double[] {1})));
    assertTrue(Double.isNaN(RankCorrelation.spearman(new double[] {1, 2}, new double[] {1, 2, 3})));
  }
}
