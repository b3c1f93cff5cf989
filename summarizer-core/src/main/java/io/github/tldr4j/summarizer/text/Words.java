package io.github.tldr4j.summarizer.text;

/**
 * Word counting as the AutoTL;DR bots do it: a word is a maximal run of non-whitespace characters.
 *
 * <p>Whitespace here is everything that separates words or sentences in the segmenter too, so that
 * the words of a text's sentences add up to the words of the text:
 *
 * <ul>
 *   <li>what {@link Character#isWhitespace(char)} accepts (space, tab, line breaks, U+2028,
 *       U+2029 and the other space separators);
 *   <li>the no-break spaces U+00A0, U+2007 and U+202F ({@link Character#isSpaceChar(char)});
 *   <li>every control character, U+0000 to U+001F and U+007F to U+009F (NUL, escape, NEL);
 *   <li>the invisible separators U+200B (zero-width space), U+2060 (word joiner) and U+FEFF (byte
 *       order mark).
 * </ul>
 *
 * <p>Everything else is part of a word, including the zero-width (non-)joiners U+200C and U+200D
 * (inside emoji sequences and Persian words), soft hyphens, combining marks, format characters and
 * unpaired surrogates. Stateless and thread-safe.
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
   * Tells whether {@code c} separates words (see the class description). The segmenter uses the
   * same predicate for the whitespace it trims from sentences.
   *
   * @param c a UTF-16 code unit
   * @return true for whitespace, no-break spaces, control characters and invisible separators
   */
  public static boolean isWhitespace(char c) {
    if (c <= ' ') {
      return true; // C0 controls and the space
    }
    if (c < '\u007F') {
      return false;
    }
    return c <= '\u009F' // DEL and the C1 controls, NEL included
        || Character.isSpaceChar(c)
        || c == '\u200B'
        || c == '\u2060'
        || c == '\uFEFF';
  }
}
