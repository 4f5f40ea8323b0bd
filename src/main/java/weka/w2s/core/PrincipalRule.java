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

import java.io.Serializable;
import java.util.Arrays;

/**
 * How the principal dimension k of a representation is chosen from its non-zero eigenvalues
 * (W2SG-MATH.md section 2). Instances are immutable and validated at construction.
 */
public abstract class PrincipalRule implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * The three rules, the one list every face offers (the strategies' and steps' tags, the tab's
   * choice). The order is the tags' IDs, which saved strategies keep.
   */
  public enum Kind {
    AUTOMATIC("auto", "automatic (Gavish-Donoho)"),
    VARIANCE("variance", "variance fraction"),
    FIXED("fixed", "fixed k");

    private final String id;
    private final String label;

    Kind(String id, String label) {
      this.id = id;
      this.label = label;
    }

    /** The rule's name in options and flow files. */
    public String id() {
      return id;
    }

    /** The rule's name in a GUI. */
    @Override
    public String toString() {
      return label;
    }
  }

  /**
   * The rule of a kind with its number: k for the fixed rule, rho for the variance rule (the other
   * number is not used, not checked).
   */
  public static PrincipalRule of(Kind kind, int k, double rho) {
    switch (kind) {
      case FIXED:
        return fixed(k);
      case VARIANCE:
        return variance(rho);
      default:
        return automatic();
    }
  }

  /** Which of the three rules this is. */
  public abstract Kind kind();

  /** The variance fraction rho of the variance rule; NaN for the others. */
  public double varianceFraction() {
    return Double.NaN;
  }

  /**
   * The principal dimension for a spectrum.
   *
   * @param eigenvalues the non-zero eigenvalues, descending (at least one)
   * @param sampleSize  the sample size the spectrum was estimated from (the total weight of its rows)
   * @param columns     the number of columns of the representation
   * @return k in [1, eigenvalues.length]
   */
  public abstract int choose(double[] eigenvalues, double sampleSize, int columns);

  /** The k that was asked for, before clamping to the rank; 0 for rules that do not ask for one. */
  public int requestedK() {
    return 0;
  }

  /** The rule as command-line options (-k, -variance or -auto), the form the package's tools read. */
  public abstract String[] options();

  /** A fixed k, clamped to the rank of the representation. */
  public static PrincipalRule fixed(int k) {
    return new Fixed(k);
  }

  /** The smallest k whose cumulative eigenvalue fraction reaches rho, 0 < rho <= 1. */
  public static PrincipalRule variance(double rho) {
    return new Variance(rho);
  }

  /**
   * Gavish and Donoho's optimal hard threshold for an unknown noise level ("The optimal hard threshold
   * for singular values is 4/sqrt(3)", IEEE Trans. Inf. Theory 2014): k counts the eigenvalues above
   * omega(beta)^2 times the median non-zero eigenvalue, with beta = min(n, d) / max(n, d). It models
   * exactly the assumption of the theory: a few principal directions over an isotropic tail.
   */
  public static PrincipalRule automatic() {
    return new Automatic();
  }

  static final class Fixed extends PrincipalRule {
    private static final long serialVersionUID = 1L;
    private final int k;

    Fixed(int k) {
      if (k < 1) {
        throw new IllegalArgumentException("The principal dimension k must be at least 1, got " + k + ".");
      }
      this.k = k;
    }

    @Override
    public int choose(double[] eigenvalues, double sampleSize, int columns) {
      return Math.min(k, eigenvalues.length);
    }

    @Override
    public Kind kind() {
      return Kind.FIXED;
    }

    @Override
    public int requestedK() {
      return k;
    }

    @Override
    public String[] options() {
      return new String[] {"-k", Integer.toString(k)};
    }

    @Override
    public String toString() {
      return "k = " + k;
    }
  }

  static final class Variance extends PrincipalRule {
    private static final long serialVersionUID = 1L;
    private final double rho;

    Variance(double rho) {
      if (!(rho > 0 && rho <= 1)) {
        throw new IllegalArgumentException("The variance fraction rho must lie in (0, 1], got " + rho + ".");
      }
      this.rho = rho;
    }

    @Override
    public int choose(double[] eigenvalues, double sampleSize, int columns) {
      double total = 0;
      for (double lambda : eigenvalues) {
        total += lambda;
      }
      double cumulative = 0;
      for (int i = 0; i < eigenvalues.length; i++) {
        cumulative += eigenvalues[i];
        // a relative slack so that rho = 1 is reached despite rounding in the sum
        if (cumulative >= rho * total * (1 - 1e-12)) {
          return i + 1;
        }
      }
      return eigenvalues.length;
    }

    @Override
    public Kind kind() {
      return Kind.VARIANCE;
    }

    @Override
    public double varianceFraction() {
      return rho;
    }

    @Override
    public String[] options() {
      return new String[] {"-variance", Double.toString(rho)};
    }

    @Override
    public String toString() {
      return "variance fraction " + rho;
    }
  }

  static final class Automatic extends PrincipalRule {
    private static final long serialVersionUID = 1L;

    @Override
    public int choose(double[] eigenvalues, double sampleSize, int columns) {
      double beta = Math.min(sampleSize, columns) / Math.max(sampleSize, columns);
      double omega = 0.56 * beta * beta * beta - 0.95 * beta * beta + 1.82 * beta + 1.43;
      double[] sorted = eigenvalues.clone();
      Arrays.sort(sorted);
      int m = sorted.length;
      double median = m % 2 == 1 ? sorted[m / 2] : 0.5 * (sorted[m / 2 - 1] + sorted[m / 2]);
      double threshold = omega * omega * median;
      int k = 0;
      while (k < eigenvalues.length && eigenvalues[k] > threshold) {
        k++;
      }
      return Math.max(1, k);
    }

    @Override
    public Kind kind() {
      return Kind.AUTOMATIC;
    }

    @Override
    public String[] options() {
      return new String[] {"-auto"};
    }

    @Override
    public String toString() {
      return "automatic (Gavish-Donoho threshold)";
    }
  }
}
