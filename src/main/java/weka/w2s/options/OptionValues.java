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

import weka.w2s.core.PrincipalRule;
import weka.w2s.core.PrincipalSettings;

/** Option values of the package's command lines, each parsed and checked in one place. */
public final class OptionValues {

  private OptionValues() {
  }

  /** A whole-number option value. */
  public static int integer(String option, String value) throws UsageException {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new UsageException(option + " expects a whole number, got '" + value + "'.");
    }
  }

  /** A finite number as an option value. */
  public static double number(String option, String value) throws UsageException {
    double d;
    try {
      d = Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      throw new UsageException(option + " expects a number, got '" + value + "'.");
    }
    if (!Double.isFinite(d)) {
      throw new UsageException(option + " expects a finite number, got '" + value + "'.");
    }
    return d;
  }

  /** Every value of a repeatable option, in order; an empty value is an error, not the end. */
  public static java.util.List<String> repeated(String name, String[] args) throws Exception {
    java.util.List<String> values = new java.util.ArrayList<>();
    while (weka.core.Utils.getOptionPos(name, args) >= 0) {
      String value = weka.core.Utils.getOption(name, args);
      if (value.trim().isEmpty()) {
        throw new UsageException("-" + name + " was given an empty range; give attribute indices such as"
            + " 1-24 or name:REGEX.");
      }
      values.add(value.trim());
    }
    return values;
  }

  /** The usage lines of the principal options that {@link #principalSettings} reads. */
  public static final String PRINCIPAL_OPTIONS = String.join("\n",
      "  -k <k>                  fixed principal dimension (clamped to each representation's rank)",
      "  -variance <rho>         smallest k whose eigenvalues reach this variance fraction,",
      "                          0 < rho <= 1 (default 0.9)",
      "  -auto                   automatic k (Gavish-Donoho threshold)",
      "  -ridge <beta>           ridge beta of the heads, 0 <= beta <= 1e100 (default 0)",
      "  -hard                   hard principal projections (shrinkage factors 1)");

  /**
   * The principal settings of a command line: one rule for k (-k, -variance or -auto), -ridge and
   * -hard; their values are checked by {@link PrincipalSettings}, the one place for it.
   */
  public static PrincipalSettings principalSettings(String[] args) throws Exception {
    String k = weka.core.Utils.getOption('k', args);
    String rho = weka.core.Utils.getOption("variance", args);
    boolean auto = weka.core.Utils.getFlag("auto", args);
    String ridge = weka.core.Utils.getOption("ridge", args);
    boolean hard = weka.core.Utils.getFlag("hard", args);
    int rules = (k.isEmpty() ? 0 : 1) + (rho.isEmpty() ? 0 : 1) + (auto ? 1 : 0);
    if (rules > 1) {
      throw new UsageException("Choose one rule for k: -k, -variance or -auto.");
    }
    try {
      PrincipalSettings settings = PrincipalSettings.of(0,
          rho.isEmpty() ? PrincipalSettings.DEFAULT_VARIANCE : number("-variance", rho), auto,
          ridge.isEmpty() ? 0 : number("-ridge", ridge), hard);
      if (!k.isEmpty()) { // on the command line -k always fixes k (no 0 for "choose")
        settings = settings.withRule(PrincipalRule.fixed(integer("-k", k)));
      }
      return settings;
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** Refuses what the parser left over: an unknown option or an extra argument. */
  public static void noneLeft(String[] args) throws UsageException {
    StringBuilder rest = new StringBuilder();
    for (String a : args) {
      if (a != null && !a.isEmpty()) {
        rest.append(' ').append(a);
      }
    }
    if (rest.length() > 0) {
      throw new UsageException("Unknown option or extra argument:" + rest + ".");
    }
  }
}
