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

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The one maker of the protocol's random partitions: each class's members shuffled (in class order,
 * one shuffle per class, from one generator), then either cut by a fraction (the weak slice and the
 * pool) or dealt in turn into k folds (cross-fitting). With a single class it is a plain shuffled
 * k-fold partition.
 */
public final class StratifiedFolds {

  private StratifiedFolds() {
  }

  /**
   * Each class's members, shuffled.
   *
   * @param classOf the class (0 ... classes - 1) of each member
   */
  public static List<int[]> shuffledByClass(int[] classOf, int classes, Random random) {
    List<List<Integer>> byClass = new ArrayList<>();
    for (int c = 0; c < classes; c++) {
      byClass.add(new ArrayList<>());
    }
    for (int i = 0; i < classOf.length; i++) {
      byClass.get(classOf[i]).add(i);
    }
    List<int[]> out = new ArrayList<>();
    for (List<Integer> members : byClass) {
      Collections.shuffle(members, random);
      out.add(members.stream().mapToInt(Integer::intValue).toArray());
    }
    return out;
  }

  /**
   * k folds: each class's shuffled members dealt in turn, one class after the other, so that every
   * fold holds each class's share; each fold's members in ascending order.
   */
  public static int[][] folds(int[] classOf, int classes, int k, Random random) {
    if (k < 1) {
      throw new IllegalArgumentException("The number of folds must be at least 1, got " + k + ".");
    }
    List<List<Integer>> folds = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      folds.add(new ArrayList<>());
    }
    int next = 0;
    for (int[] members : shuffledByClass(classOf, classes, random)) {
      for (int m : members) {
        folds.get(next++ % k).add(m);
      }
    }
    int[][] out = new int[k][];
    for (int f = 0; f < k; f++) {
      out[f] = folds.get(f).stream().mapToInt(Integer::intValue).sorted().toArray();
    }
    return out;
  }

  /** The fold of each of n members of one class: a plain shuffled partition into k folds. */
  public static int[] foldOf(int n, int k, Random random) {
    int[] fold = new int[n];
    int[][] folds = folds(new int[n], 1, k, random);
    for (int f = 0; f < k; f++) {
      for (int m : folds[f]) {
        fold[m] = f;
      }
    }
    return fold;
  }
}
