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

package weka.filters.unsupervised.attribute;

/** Embedding values recorded once from the LangChain4j model jars that the pom names. */
final class ReferenceValues {

  /** The first 8 values of minilm_q("A man is playing a guitar."). */
  static final double[] MINILM_Q_GUITAR_FIRST8 = {
    0.0202178, -0.00193283, -0.02398748, -0.05633586, -0.16321643, -0.00167546, 0.09864444, -0.02601241};

  private ReferenceValues() {
  }
}
