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

package weka.w2s.gui;

import java.util.List;
import java.util.Locale;

import javax.swing.table.AbstractTableModel;

import weka.w2s.analysis.Ranking;
import weka.w2s.analysis.Quantity;

/** The ranking as a table: position, weak, strong and W2SGAnalysis's numeric columns. */
final class RankingTableModel extends AbstractTableModel {

  private static final long serialVersionUID = 1L;
  private static final int FIXED = 3;

  private final AnalysisResult result;
  private final List<Quantity> columns;

  RankingTableModel(AnalysisResult result) {
    this.result = result;
    this.columns = result.columns();
  }

  @Override
  public int getRowCount() {
    return result.pairs().size();
  }

  @Override
  public int getColumnCount() {
    return FIXED + columns.size();
  }

  @Override
  public String getColumnName(int column) {
    switch (column) {
      case 0:
        return "#";
      case 1:
        return "weak";
      case 2:
        return "strong";
      default:
        return columns.get(column - FIXED).key();
    }
  }

  /** The column's meaning, for the header's tool tip. */
  String description(int column) {
    switch (column) {
      case 0:
        return "Position in the ranking (1 = best)";
      case 1:
        return "The weak representation as selected";
      case 2:
        return "The strong representation as selected";
      default:
        return columns.get(column - FIXED).description();
    }
  }

  @Override
  public Class<?> getColumnClass(int column) {
    if (column == 0 || column >= FIXED && columns.get(column - FIXED).isInteger()) {
      return Integer.class;
    }
    return column < FIXED ? String.class : Double.class;
  }

  @Override
  public Object getValueAt(int row, int column) {
    Ranking.Pair p = result.pairs().get(row);
    switch (column) {
      case 0:
        return row + 1;
      case 1:
        return p.weak();
      case 2:
        return p.strong();
      default:
        Quantity c = columns.get(column - FIXED);
        double v = c.value(p.analysis());
        if (c.isInteger()) {
          return Integer.valueOf((int) v); // not in a ?: with a Double, which would unbox it to double
        }
        return Double.valueOf(v);
    }
  }

  /** Enough digits to tell saturated scores apart (they differ in the third decimal near 1). */
  static String format(double v) {
    return String.format(Locale.ROOT, "%.6g", v);
  }
}
