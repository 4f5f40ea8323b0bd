package weka.w2s;

import java.util.Locale;

/**
 * How the package prints a W2SG score (the score, its Frobenius variants, PredGap): six significant
 * digits whatever a component's decimal places say, so that scores close to 1 (the operator norm
 * saturates there) or to 0 stay apart in every table and text.
 */
public final class W2SGDigits {

  private W2SGDigits() {
  }

  /** Six significant digits: 0.998734, 1.23457e-05; NaN as "NaN". */
  public static String significant(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    return String.format(Locale.ROOT, "%.6g", v == 0 ? 0.0 : v); // no "-0.00000"
  }
}
