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

package weka.w2s.format;

import java.util.ArrayList;
import java.util.List;

/** A text table with aligned columns: text columns left-aligned, numbers right-aligned. */
public final class TextTable {
  private final List<List<String>> rows = new ArrayList<>();
  private final boolean[] left;

  /** @param leftColumns the indices of the text columns */
  public TextTable(List<String> header, int... leftColumns) {
    rows.add(header);
    left = new boolean[header.size()];
    for (int j : leftColumns) {
      left[j] = true;
    }
  }

  public void add(List<String> row) {
    rows.add(row);
  }

  @Override
  public String toString() {
    int columns = rows.get(0).size();
    int[] width = new int[columns];
    for (List<String> row : rows) {
      for (int j = 0; j < columns; j++) {
        width[j] = Math.max(width[j], row.get(j).length());
      }
    }
    StringBuilder b = new StringBuilder();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int j = 0; j < columns; j++) {
        String cell = row.get(j);
        String pad = " ".repeat(width[j] - cell.length());
        line.append(j > 0 ? "  " : "");
        line.append(left[j] ? cell + pad : pad + cell);
      }
      b.append(line.toString().replaceAll("\\s+$", "")).append('\n');
    }
    return b.toString();
  }
}
