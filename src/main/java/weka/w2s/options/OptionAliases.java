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

package weka.w2s.options;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import weka.core.Option;
import weka.core.Utils;

/**
 * Short aliases of options, in the style of Weka's own components: RidgeProbe's -R is -ridge (as in
 * LinearRegression and Logistic), PrincipalKernel's -R is -variance (PrincipalComponents' variance
 * covered) and -K is -k, Refine's -k is -neighbours (IBk's k). The long names are the package's one
 * name per concept, shown in the GUI and written by getOptions; the letters are read too, so that a
 * Weka user's habits and saved command lines work. Decided once, for the first release: kept, listed
 * as aliases (not deprecated).
 */
public final class OptionAliases {

  private OptionAliases() {
  }

  /**
   * Rewrites every occurrence of {@code -old} in the options to {@code -current}, in place.
   *
   * @param pairs old and current names without the dash, alternating: old1, current1, old2, ...
   */
  public static void rename(String[] options, String... pairs) {
    if (options == null) {
      return;
    }
    for (int p = 0; p + 1 < pairs.length; p += 2) {
      int pos;
      while ((pos = Utils.getOptionPos(pairs[p], options)) >= 0) {
        options[pos] = "-" + pairs[p + 1];
      }
    }
  }

  /** The option listing with an entry for each alias appended. */
  public static Enumeration<Option> listing(Enumeration<Option> current, String... pairs) {
    List<Option> all = Collections.list(current);
    for (int p = 0; p + 1 < pairs.length; p += 2) {
      String synopsis = "-" + pairs[p];
      for (Option o : all) {
        if (o.name().equals(pairs[p + 1])) {
          synopsis = o.synopsis().replaceFirst("^-" + pairs[p + 1], "-" + pairs[p]);
        }
      }
      all.add(new Option("\tShort alias of -" + pairs[p + 1] + ", in the style of Weka's own components.",
          pairs[p], 0, synopsis));
    }
    return Collections.enumeration(all);
  }
}
