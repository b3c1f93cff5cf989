package io.github.tldr4j.spark;

import io.github.tldr4j.summarizer.Budget;
import java.math.BigDecimal;

/**
 * Budgets from a unit name and a size, as the transformer's params and SQL arguments give them:
 * checked by {@link Budget#of(String, String)}, like the command line's.
 */
final class Budgets {

  /** The language of rows without one. */
  static final String DEFAULT_LANGUAGE = "en";

  private Budgets() {}

  /**
   * Builds a budget.
   *
   * @param unit {@code words}, {@code sentences} or {@code ratio} (case-insensitive)
   * @param size a whole number of at least 1 for words and sentences; {@code 0 < r <= 1} for a
   *     ratio
   * @return the budget
   * @throws IllegalArgumentException for a missing or unknown unit or an invalid size, naming the
   *     value
   */
  static Budget of(String unit, double size) {
    if (unit == null) {
      throw new IllegalArgumentException("missing budget unit: words, sentences or ratio");
    }
    return Budget.of(unit, text(size));
  }

  /** A size as Budget.of reads it: a whole number without its ".0", others as Java writes them. */
  static String text(double size) {
    if (Double.isFinite(size) && size == Math.rint(size)) {
      return BigDecimal.valueOf(size).toBigInteger().toString();
    }
    return Double.toString(size);
  }
}
