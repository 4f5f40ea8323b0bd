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

import java.io.Serializable;
import java.util.Enumeration;

import weka.core.Option;
import weka.core.OptionHandler;
import weka.core.RevisionHandler;
import weka.core.RevisionUtils;
import weka.core.Utils;
import weka.w2s.options.OptionAliases;
import weka.w2s.options.StrictOptions;

/**
 * A way to turn weak supervision into what the strong model learns (W2SG-MATH.md sections 5, 6 and
 * 8): naive fitting, Burns et al.'s confidence, Somerstep et al.'s refinement, Xue et al.'s kernel
 * smoothing, probe filtering, strong-to-strong rounds, the reference code bases' baselines (the
 * confident-label filter, product, window, entropy), the cross-fitted choice among them. Each is a
 * Weka object with its own options, chosen in WeakToStrong's object editor like a base classifier.
 * Options come from the getters' {@link weka.core.OptionMetadata} and are set strictly
 * ({@link StrictOptions}): a wrong value is an error, never a silent default.
 */
public abstract class TargetStrategy implements OptionHandler, Serializable, RevisionHandler {

  private static final long serialVersionUID = 1L;

  /** The short names of the strategies in this package, in the order comparisons list them. */
  public static final String[] NAMES = {"naive", "confidence", "refine", "kernel", "filter", "rounds", "confident",
    "product", "window", "entropy", "auto", "gold"};

  /**
   * A strategy from its short name (one of {@link #NAMES}, with its default options) or from a full
   * specification, a class name and options as the object editor writes them.
   *
   * @throws IllegalArgumentException naming the legal names, for anything else
   */
  public static TargetStrategy forName(String spec) {
    String s = spec.trim();
    switch (s.toLowerCase(java.util.Locale.ROOT)) {
      case "naive":
        return new Naive();
      case "confidence":
        return new Confidence();
      case "refine":
        return new Refine();
      case "kernel":
        return new KernelSmoothing();
      case "filter":
        return new ProbeFilter();
      case "rounds":
        return new StrongToStrong();
      case "confident":
        return new ConfidentFilter();
      case "product":
        return new Product();
      case "window":
        return new Window();
      case "entropy":
        return new Entropy();
      case "auto":
        return new Auto();
      case "gold":
        return new Gold();
      default:
        if (s.contains(".")) {
          return (TargetStrategy) StrictOptions.handler(TargetStrategy.class, s, "targets");
        }
        throw new IllegalArgumentException("Unknown strategy '" + s + "'; choose from " + String.join(", ", NAMES)
            + " or give a class name with options (e.g. \"weka.w2s.targets.Refine -neighbours 32\").");
    }
  }

  /** The targets for the pool of a supervision. */
  public abstract Targets build(WeakSupervision supervision) throws Exception;

  /** A short name for tables and reports ("naive", "refine", ...). */
  public abstract String name();

  /** Help text of the GUI's object editor. */
  public abstract String globalInfo();

  /**
   * Whether the targets depend on the strong head (its refits), so that a choice among heads must
   * rebuild them; naive, refine and kernel targets do not.
   */
  public boolean dependsOnHead() {
    return true;
  }

  /**
   * Why this strategy, as configured, has no meaning for a numeric class (weak-to-strong regression);
   * null when it has one. Every strategy of the package has one except the hard-label options, the
   * confident filter, product and window.
   */
  public String regressionProblem() {
    return null;
  }

  /** The one message for a strategy that cannot train a numeric class, naming those that can. */
  public static String regressionRefusal(String problem) {
    return problem + "; for a numeric class choose naive, confidence, refine, kernel, filter, rounds, entropy,"
        + " auto or gold, without -hard-labels.";
  }

  /** Whether the strategy needs numeric, complete strong attributes (a principal space). */
  public boolean needsNumericStrong() {
    return false;
  }

  /** The name with the settings that matter, for tables (e.g. "refine k=32"); strategies add theirs. */
  public String label() {
    String options = Utils.joinOptions(getOptions());
    return options.isEmpty() ? name() : name() + " " + options;
  }

  @Override
  public Enumeration<Option> listOptions() {
    return OptionAliases.listing(Option.listOptionsForClassHierarchy(getClass(), TargetStrategy.class)
        .elements(), aliases());
  }

  /**
   * Old option names still read, as old and current name pairs without the dash (none by default),
   * so that saved command lines keep working after a rename.
   */
  protected String[] aliases() {
    return new String[0];
  }

  /**
   * Checks every option's range; setOptions calls it, and so does WeakToStrong before it trains, so
   * that a value typed into the GUI is refused as it is on the command line (setters accept
   * anything, as the GUI sets a field on every key stroke).
   *
   * @throws IllegalArgumentException naming the option and the range it must lie in
   */
  public void validate() {
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    resetOptions();
    OptionAliases.rename(options, aliases());
    StrictOptions.set(options, this, TargetStrategy.class);
    validate();
    try {
      Utils.checkForRemainingOptions(options);
    } catch (Exception e) {
      throw new IllegalArgumentException(name() + ": " + e.getMessage().trim() + " (unknown or repeated option).");
    }
  }

  /** Sets every option to its default; setOptions starts from there, as Weka's own handlers do. */
  protected abstract void resetOptions();

  @Override
  public String[] getOptions() {
    return Option.getOptionsForHierarchy(this, TargetStrategy.class);
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  @Override
  public String toString() {
    return label();
  }
}
