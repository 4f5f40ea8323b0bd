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

import weka.core.Instances;

/** One fold of cross-fitted validation on the weak slice (W2SG-MATH.md section 8). */
public final class ValidationFold {

  private final WeakSupervision supervision;
  private final Instances validation;

  ValidationFold(WeakSupervision supervision, Instances validation) {
    this.supervision = supervision;
    this.validation = validation;
  }

  /** Supervision by a weak model trained on the other folds only. */
  public WeakSupervision supervision() {
    return supervision;
  }

  /** The fold's instances in the strong view, with their gold labels. */
  public Instances validation() {
    return validation;
  }
}
