package io.github.tldr4j.summarizer;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The result of summarizing a text: the chosen sentences in document order, and compression
 * statistics.
 *
 * <p>Immutable value object; the sentence list is unmodifiable and never null (empty for a text
 * without words, or when no sentence fits the word budget).
 *
 * @param sentences the chosen sentences, in document order
 * @param stats how much the summary compresses the original
 * @since 0.1
 */
public record Summary(List<ScoredSentence> sentences, CompressionStats stats) {

  /**
   * Validates and copies the components.
   *
   * @param sentences the chosen sentences, in document order
   * @param stats how much the summary compresses the original
   * @throws NullPointerException if an argument or a sentence is null
   * @throws IllegalArgumentException if the sentences are not in document order or do not match
   *     the statistics
   */
  public Summary {
    sentences = List.copyOf(sentences);
    Objects.requireNonNull(stats, "stats");
    for (int i = 1; i < sentences.size(); i++) {
      if (sentences.get(i).index() <= sentences.get(i - 1).index()) {
        throw new IllegalArgumentException("sentences are not in document order at position " + i);
      }
    }
    if (sentences.size() != stats.summarySentences()) {
      throw new IllegalArgumentException(
          "sentence count " + sentences.size() + " does not match stats " + stats.summarySentences());
    }
  }

  /**
   * Returns the summary as one string: the sentences in document order, separated by a single
   * space. Each sentence keeps its own characters (a hard-wrapped sentence keeps its line break).
   *
   * @return the summary text, empty for an empty summary
   */
  public String text() {
    return sentences.stream().map(ScoredSentence::text).collect(Collectors.joining(" "));
  }

  /**
   * Tells whether the summary has no sentence.
   *
   * @return true for an empty summary
   */
  public boolean isEmpty() {
    return sentences.isEmpty();
  }
}
