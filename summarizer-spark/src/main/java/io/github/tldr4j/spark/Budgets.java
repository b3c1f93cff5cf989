package io.github.tldr4j.spark;

import io.github.tldr4j.summarizer.Budget;
import java.util.Locale;

/** Budgets from a unit name and a size, as the transformer's params and SQL arguments give them. */
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
   * @throws IllegalArgumentException for an unknown unit or an invalid size, naming the value
   */
  static Budget of(String unit, double size) {
    if (unit == null) {
      throw new IllegalArgumentException("missing budget unit: words, sentences or ratio");
    }
    switch (unit.toLowerCase(Locale.ROOT)) {
      case "words":
        return Budget.words(count("words", size));
      case "sentences":
        return Budget.sentences(count("sentences", size));
      case "ratio":
        if (!(size > 0 && size <= 1)) {
          throw new IllegalArgumentException("ratio must be in (0, 1], got " + size);
        }
        return Budget.ratio(size);
      default:
        throw new IllegalArgumentException(
            "unknown budget unit '" + unit + "': words, sentences or ratio");
    }
  }

  private static int count(String unit, double size) {
    if (!(size >= 1 && size <= Integer.MAX_VALUE) || size != Math.rint(size)) {
      throw new IllegalArgumentException(unit + " must be a whole number of at least 1, got " + size);
    }
    return (int) size;
  }
}
