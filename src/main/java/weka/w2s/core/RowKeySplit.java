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

/**
 * The weak-to-strong protocol's split by row key: a row's part (test or training, weak slice or
 * pool, its cross-fitting fold) is a seeded hash of its key alone, so the same row lands in the
 * same part whatever the order, the partitioning or the machine that reads it. The single-machine
 * tools use it with {@code -id} and the Spark tools always; the parts' sizes are then binomial
 * around the fractions, not exact, and not stratified by class.
 *
 * <p>The hash is SplitMix64's finaliser (Steele, Lea and Flood, OOPSLA 2014) of the key's bits mixed
 * with the seed and the part's stream; its top 53 bits are a uniform number in [0, 1).
 */
public final class RowKeySplit {

  /** Independent streams of the same seed: which question the hash answers. */
  private static final long TEST = 1;
  private static final long SLICE = 2;
  private static final long FOLD = 3;

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private RowKeySplit() {
  }

  /** Whether the row is in the test part of the run with this seed. */
  public static boolean inTest(double key, long seed, double testFraction) {
    return uniform(key, seed, TEST) < testFraction;
  }

  /** Whether a training row is in the weak slice (gold labels for the weak model) rather than the pool. */
  public static boolean inWeakSlice(double key, long seed, double weakFraction) {
    return uniform(key, seed, SLICE) < weakFraction;
  }

  /** The cross-fitting fold (0 ... folds - 1) of a weak-slice row. */
  public static int fold(double key, long seed, int folds) {
    return (int) Math.min(folds - 1, (long) (uniform(key, seed, FOLD) * folds));
  }

  /** A number in [0, 1) from the key, the seed and the stream; equal keys give equal numbers (0.0 == -0.0). */
  static double uniform(double key, long seed, long stream) {
    long bits = Double.doubleToLongBits(key == 0 ? 0.0 : key);
    long z = mix(mix(bits + GOLDEN * stream) ^ seed);
    return (z >>> 11) * 0x1.0p-53;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
