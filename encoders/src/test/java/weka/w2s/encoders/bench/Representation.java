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

package weka.w2s.encoders.bench;

/**
 * One representation of a task's texts: a name (also the attribute prefix), how it was made, and one
 * row of numbers per text, in the task's order.
 */
public final class Representation {

  private final String name;
  private final String description;
  private final double[][] rows;

  public Representation(String name, String description, double[][] rows) {
    if (rows.length == 0 || rows[0].length == 0) {
      throw new IllegalArgumentException("Representation " + name + " is empty.");
    }
    this.name = name;
    this.description = description;
    this.rows = rows;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  /** The rows (shared, not copied: do not modify). */
  public double[][] rows() {
    return rows;
  }

  public int dimension() {
    return rows[0].length;
  }

  public int size() {
    return rows.length;
  }

  /** The first k columns (for principal components, ordered by variance: a rank-k projection). */
  public Representation leading(int k, String newName, String newDescription) {
    if (k > dimension()) {
      throw new IllegalArgumentException(name + " has " + dimension() + " columns, fewer than " + k + ".");
    }
    double[][] out = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      out[i] = java.util.Arrays.copyOf(rows[i], k);
    }
    return new Representation(newName, newDescription, out);
  }
}
