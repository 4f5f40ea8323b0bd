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

package weka.w2s.targets;

/**
 * The strong ceiling: the strong model learns the pool's gold labels (instances without one are left
 * out). Not a way to learn from weak supervision; the reference that PGR divides by.
 */
public class Gold extends TargetStrategy {

  /** The refusal of a pool without a gold label (the ceiling has nothing to learn). */
  public static final String NO_GOLD = "The gold strategy learns the pool's gold labels, but no pool instance has"
      + " one.";

  private static final long serialVersionUID = 1L;

  @Override
  protected void resetOptions() {
  }

  @Override
  public String name() {
    return "gold";
  }

  @Override
  public String globalInfo() {
    return "The strong ceiling: the strong model learns the pool's gold labels instead of weak labels (pool"
        + " instances without a class are left out). It is the reference of the performance gap recovered,"
        + " PGR = (W2S - weak) / (ceiling - weak).";
  }

  @Override
  public Targets build(WeakSupervision supervision) {
    double[][] gold = supervision.poolGold();
    double[][] t = new double[gold.length][];
    double[] w = new double[gold.length];
    int labelled = 0;
    for (int i = 0; i < gold.length; i++) {
      if (gold[i] != null) {
        t[i] = gold[i];
        w[i] = 1;
        labelled++;
      } else {
        t[i] = new double[supervision.numClasses()]; // weight 0: never learned
      }
    }
    if (labelled == 0) {
      throw new IllegalArgumentException(NO_GOLD);
    }
    return new Targets(t, w, supervision.head(), null);
  }
}
