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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The partitions: every member once, each class's share in every fold, and the shuffle they are built on. */
class StratifiedFoldsTest {

  @Test
  void foldsPartitionTheMembersAndKeepEachClassShare() {
    int[] classOf = new int[23];
    for (int i = 0; i < classOf.length; i++) {
      classOf[i] = i < 15 ? 0 : 1; // 15 of class 0, 8 of class 1
    }
    int[][] folds = StratifiedFolds.folds(classOf, 2, 4, new Random(3));
    int[] all = Arrays.stream(folds).flatMapToInt(Arrays::stream).sorted().toArray();
    int[] expected = new int[23];
    for (int i = 0; i < 23; i++) {
      expected[i] = i;
    }
    assertArrayEquals(expected, all, "every member in exactly one fold");
    for (int[] fold : folds) {
      long ones = Arrays.stream(fold).filter(m -> classOf[m] == 1).count();
      assertTrue(ones == 2, "class 1 (8 members) gives each of 4 folds 2, got " + ones);
      assertTrue(fold.length == 5 || fold.length == 6, "23 members in 4 folds: 5 or 6 each");
      for (int j = 1; j < fold.length; j++) {
        assertTrue(fold[j - 1] < fold[j], "ascending");
      }
    }
  }

  /** The shuffle is java.util.Collections.shuffle of each class's members in class order, from one generator. */
  @Test
  void theShuffleIsCollectionsShuffleClassByClass() {
    int[] classOf = {1, 0, 1, 1, 0, 2, 0, 1};
    List<int[]> ours = StratifiedFolds.shuffledByClass(classOf, 3, new Random(11));
    Random random = new Random(11);
    for (int c = 0; c < 3; c++) {
      List<Integer> members = new ArrayList<>();
      for (int i = 0; i < classOf.length; i++) {
        if (classOf[i] == c) {
          members.add(i);
        }
      }
      Collections.shuffle(members, random);
      assertArrayEquals(members.stream().mapToInt(Integer::intValue).toArray(), ours.get(c), "class " + c);
    }
  }

  @Test
  void oneClassIsAPlainShuffledPartition() {
    int[] fold = StratifiedFolds.foldOf(10, 3, new Random(5));
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(5));
    for (int position = 0; position < 10; position++) {
      assertEquals(position % 3, fold[order.get(position)], "member " + order.get(position));
    }
  }
}
