package io.github.tldr4j.benchmarks.rouge;

/**
 * Recall, precision and F-measure of one ROUGE metric, each in [0, 1].
 *
 * <p>A value-based, immutable record.
 *
 * @param recall the share of the reference's units found in the summary
 * @param precision the share of the summary's units found in the reference
 * @param f1 the F-measure with alpha = 0.5, i.e. the harmonic mean of recall and precision (0 when
 *     both are 0)
 * @since 0.1
 */
public record RougeScore(double recall, double precision, double f1) {

  /** The score of a summary with nothing in common with its reference. */
  public static final RougeScore ZERO = new RougeScore(0, 0, 0);

  /**
   * Validates the values.
   *
   * @throws IllegalArgumentException if a value is outside [0, 1] or NaN
   */
  public RougeScore {
    check(recall, "recall");
    check(precision, "precision");
    check(f1, "f1");
  }

  /**
   * Builds a score from hit and unit counts, as ROUGE-1.5.5 does.
   *
   * @param hits the matched units
   * @param referenceUnits the units of the reference(s), the recall denominator
   * @param summaryUnits the units of the summary, the precision denominator
   * @return the score; a zero denominator gives 0 for that ratio
   * @throws IllegalArgumentException if a count is negative or {@code hits} exceeds a non-zero
   *     denominator
   */
  public static RougeScore of(long hits, long referenceUnits, long summaryUnits) {
    if (hits < 0 || referenceUnits < 0 || summaryUnits < 0) {
      throw new IllegalArgumentException(
          "counts cannot be negative: " + hits + " " + referenceUnits + " " + summaryUnits);
    }
    double recall = referenceUnits == 0 ? 0 : (double) hits / referenceUnits;
    double precision = summaryUnits == 0 ? 0 : (double) hits / summaryUnits;
    return of(recall, precision);
  }

  /**
   * Builds a score from recall and precision, with the F-measure of ROUGE-1.5.5's default alpha of
   * 0.5: {@code F = P * R / (0.5 * P + 0.5 * R)}.
   *
   * @param recall the recall, in [0, 1]
   * @param precision the precision, in [0, 1]
   * @return the score
   * @throws IllegalArgumentException if a value is outside [0, 1] or NaN
   */
  public static RougeScore of(double recall, double precision) {
    double denominator = 0.5 * precision + 0.5 * recall;
    double f1 = denominator > 0 ? precision * recall / denominator : 0;
    return new RougeScore(recall, precision, Math.min(1.0, f1));
  }

  private static void check(double value, String name) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1]: " + value);
    }
  }
}
