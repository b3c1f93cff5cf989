package io.github.tldr4j.summarizer;

import java.util.Objects;

/**
 * A sentence of the original text with the score the summarizer gave it.
 *
 * <p>{@code text} is exactly {@code original.substring(start, end)}. Scores are comparable within
 * one document only. Immutable value object.
 *
 * @param index zero-based position of the sentence in the original text
 * @param start offset of its first character in the original text (inclusive, UTF-16 units)
 * @param end offset after its last character (exclusive)
 * @param score the sentence's score, higher is more important
 * @param text the sentence, exactly as in the original
 * @since 0.1
 */
public record ScoredSentence(int index, int start, int end, double score, String text) {

  /**
   * Validates the components.
   *
   * @param index zero-based position of the sentence in the original text
   * @param start offset of its first character in the original text (inclusive, UTF-16 units)
   * @param end offset after its last character (exclusive)
   * @param score the sentence's score, higher is more important
   * @param text the sentence, exactly as in the original
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the index or offsets are inconsistent
   */
  public ScoredSentence {
    Objects.requireNonNull(text, "text");
    if (index < 0 || start < 0 || end - start != text.length()) {
      throw invalid(index, start, end, text);
    }
  }

  /** The exception for invalid components (a method of its own, see {@code Sentence}'s). */
  private static IllegalArgumentException invalid(int index, int start, int end, String text) {
    return new IllegalArgumentException(
        "invalid sentence: index=" + index + " [" + start + ", " + end + ") length=" + text.length());
  }

  /**
   * Returns the number of words of this sentence (maximal runs of non-whitespace characters).
   *
   * @return the word count
   */
  public int wordCount() {
    return io.github.tldr4j.summarizer.text.Words.count(text);
  }
}
