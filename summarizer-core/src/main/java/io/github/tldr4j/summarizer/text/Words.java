package io.github.tldr4j.summarizer.text;

/**
 * Word counting as the AutoTL;DR bots do it: a word is a maximal run of non-whitespace characters.
 *
 * <p>Whitespace is what {@link Character#isWhitespace(int)} accepts, plus the no-break spaces
 * U+00A0, U+2007 and U+202F. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Words {

  private Words() {}

  /**
   * Counts the words of {@code text}.
   *
   * @param text the text to count
   * @return the number of maximal runs of non-whitespace characters
   * @throws NullPointerException if {@code text} is null
   */
  public static int count(CharSequence text) {
    return count(text, 0, text.length());
  }

  /**
   * Counts the words of {@code text} between {@code start} (inclusive) and {@code end} (exclusive).
   *
   * @param text the text to count
   * @param start first offset, inclusive
   * @param end last offset, exclusive
   * @return the number of maximal runs of non-whitespace characters in the range
   * @throws NullPointerException if {@code text} is null
   * @throws IndexOutOfBoundsException if the range is outside the text
   */
  public static int count(CharSequence text, int start, int end) {
    java.util.Objects.checkFromToIndex(start, end, text.length());
    int words = 0;
    boolean inWord = false;
    for (int i = start; i < end; i++) {
      boolean space = isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  /**
   * Tells whether {@code c} separates words.
   *
   * @param c a UTF-16 code unit
   * @return true for whitespace, including no-break spaces
   */
  public static boolean isWhitespace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
  }
}
