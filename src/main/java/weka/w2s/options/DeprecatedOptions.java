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
 * Old spellings of options that saved command lines (and KnowledgeFlow files) may still use: each
 * is read as the option's current name, and listed as deprecated, so that one name per concept is
 * shown across the package's components without breaking what users saved.
 */
public final class DeprecatedOptions {

  private DeprecatedOptions() {
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

  /** The option listing with an entry for each old spelling appended. */
  public static Enumeration<Option> listing(Enumeration<Option> current, String... pairs) {
    List<Option> all = Collections.list(current);
    for (int p = 0; p + 1 < pairs.length; p += 2) {
      String synopsis = "-" + pairs[p];
      for (Option o : all) {
        if (o.name().equals(pairs[p + 1])) {
          synopsis = o.synopsis().replaceFirst("^-" + pairs[p + 1], "-" + pairs[p]);
        }
      }
      all.add(new Option("\tDeprecated spelling of -" + pairs[p + 1] + ", still read so that saved command"
          + " lines keep working.", pairs[p], 0, synopsis));
    }
    return Collections.enumeration(all);
  }
}
