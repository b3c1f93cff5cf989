package io.github.tldr4j.benchmarks.rouge;

import static java.util.Objects.requireNonNull;

/**
 * The ROUGE-1, ROUGE-2 and summary-level ROUGE-L scores of one summary, or their average.
 *
 * <p>A value-based, immutable record.
 *
 * @param rouge1 unigram overlap
 * @param rouge2 bigram overlap
 * @param rougeL summary-level longest common subsequence (union LCS over reference sentences)
 * @since 0.1
 */
public record RougeResult(RougeScore rouge1, RougeScore rouge2, RougeScore rougeL) {

  /** All three metrics zero. */
  public static final RougeResult ZERO =
      new RougeResult(RougeScore.ZERO, RougeScore.ZERO, RougeScore.ZERO);

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public RougeResult {
    requireNonNull(rouge1, "rouge1");
    requireNonNull(rouge2, "rouge2");
    requireNonNull(rougeL, "rougeL");
  }
}
