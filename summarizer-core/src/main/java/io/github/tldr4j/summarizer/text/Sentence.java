package io.github.tldr4j.summarizer.text;

import java.util.Objects;

/**
 * One sentence of a text: its position in the sentence sequence, its character offsets into the
 * original text, the paragraph it belongs to, and its exact text.
 *
 * <p>{@code text} is always {@code original.substring(start, end)}: segmenters trim surrounding
 * whitespace but never alter a character inside the sentence (a hard-wrapped sentence keeps its
 * line break). Instances are immutable value objects and safe to share between threads.
 *
 * @param index zero-based position of the sentence among all sentences of the text
 * @param start offset of the first character (inclusive), in UTF-16 code units
 * @param end offset after the last character (exclusive), in UTF-16 code units
 * @param paragraph zero-based index of the paragraph (blank-line separated block) it belongs to
 * @param text the sentence text, exactly as it appears in the original
 * @since 0.1
 */
public record Sentence(int index, int start, int end, int paragraph, String text) {

  /**
   * Validates the components.
   *
   * @param index zero-based position of the sentence among all sentences of the text
   * @param start offset of the first character (inclusive), in UTF-16 code units
   * @param end offset after the last character (exclusive), in UTF-16 code units
   * @param paragraph zero-based index of the paragraph (blank-line separated block) it belongs to
   * @param text the sentence text, exactly as it appears in the original
   * @throws IllegalArgumentException if an index or offset is negative, or the offsets do not
   *     match the text's length
   * @throws NullPointerException if {@code text} is null
   */
  public Sentence {
    Objects.requireNonNull(text, "text");
    if (index < 0 || paragraph < 0 || start < 0 || end < start || end - start != text.length()) {
      throw invalid(index, start, end, paragraph, text);
    }
  }

  /**
   * The exception for invalid components; a method of its own, so that the quick compiler, which
   * compiles every sentence's constructor, does not compile the messages' string building too.
   */
  private static IllegalArgumentException invalid(
      int index, int start, int end, int paragraph, String text) {
    if (index < 0 || paragraph < 0 || start < 0 || end < start) {
      return new IllegalArgumentException(
          "invalid sentence: index=" + index + " paragraph=" + paragraph + " [" + start + ", " + end + ")");
    }
    return new IllegalArgumentException(
        "offsets [" + start + ", " + end + ") do not match text length " + text.length());
  }

  /**
   * Returns the number of words in this sentence: maximal runs of non-whitespace characters.
   *
   * @return the word count, zero only for a sentence without any non-whitespace character
   */
  public int wordCount() {
    return Words.count(text);
  }
}
