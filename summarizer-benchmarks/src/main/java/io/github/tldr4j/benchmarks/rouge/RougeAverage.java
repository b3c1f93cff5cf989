package io.github.tldr4j.benchmarks.rouge;

import static java.util.Objects.requireNonNull;

/**
 * Averages per-document ROUGE results, as ROUGE-1.5.5 does: recall, precision and F-measure are
 * each the mean of the per-document values (the F of the average is not recomputed from the
 * averaged recall and precision).
 *
 * <p>Mutable and not thread-safe; combine instances from several threads with {@link
 * #add(RougeAverage)}.
 *
 * @since 0.1
 */
public final class RougeAverage {

  private final double[] sums = new double[9];
  private long count;

  /** Creates an empty average. */
  public RougeAverage() {}

  /**
   * Adds the result of one document.
   *
   * @param result the document's result
   * @return this average
   * @throws NullPointerException if {@code result} is null
   */
  public RougeAverage add(RougeResult result) {
    requireNonNull(result, "result");
    add(0, result.rouge1());
    add(3, result.rouge2());
    add(6, result.rougeL());
    count++;
    return this;
  }

  /**
   * Adds every document of another average.
   *
   * @param other the other average
   * @return this average
   * @throws NullPointerException if {@code other} is null
   */
  public RougeAverage add(RougeAverage other) {
    requireNonNull(other, "other");
    for (int i = 0; i < sums.length; i++) {
      sums[i] += other.sums[i];
    }
    count += other.count;
    return this;
  }

  /**
   * Returns the number of documents added.
   *
   * @return the document count
   */
  public long count() {
    return count;
  }

  /**
   * Returns the mean result over the documents added.
   *
   * @return the mean, or {@link RougeResult#ZERO} if no document was added
   */
  public RougeResult mean() {
    if (count == 0) {
      return RougeResult.ZERO;
    }
    return new RougeResult(mean(0), mean(3), mean(6));
  }

  private void add(int offset, RougeScore score) {
    sums[offset] += score.recall();
    sums[offset + 1] += score.precision();
    sums[offset + 2] += score.f1();
  }

  private RougeScore mean(int offset) {
    return new RougeScore(
        clamp(sums[offset] / count),
        clamp(sums[offset + 1] / count),
        clamp(sums[offset + 2] / count));
  }

  private static double clamp(double value) {
    return Math.max(0, Math.min(1, value)); // rounding of the sums must not break the invariant
  }

  @Override
  public String toString() {
    return "RougeAverage{count=" + count + ", mean=" + mean() + "}";
  }
}
