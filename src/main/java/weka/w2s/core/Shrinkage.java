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

/** How a principal eigenvalue is turned into the factor of P (W2SG-MATH.md section 2). */
public enum Shrinkage {
  /** lambda / (lambda + alpha): the ridge head's own shrinkage, the default. */
  SOFT,
  /** 1: P is the orthogonal projection onto the principal span. */
  HARD;

  double factor(double lambda, double alpha) {
    return this == HARD ? 1.0 : lambda / (lambda + alpha);
  }
}
