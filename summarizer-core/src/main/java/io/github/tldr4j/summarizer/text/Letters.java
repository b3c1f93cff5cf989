package io.github.tldr4j.summarizer.text;

/**
 * The segmenter's case tests and case folding of one UTF-16 code unit: the same answers as {@link
 * Character}'s methods of the same names, read from a table for the Latin, Greek, Cyrillic and
 * Armenian blocks (below U+0590), where {@code Character} looks the properties up through several
 * tables for every character past Latin-1. The segmenter asks for every token of Cyrillic or Greek
 * text. Other characters are passed on to {@code Character}. Thread-safe (immutable tables).
 */
final class Letters {

  /** Characters below this one are answered from the tables. */
  static final int TABLE_END = 0x590;

  private static final byte UPPER = 1;
  private static final byte LOWER = 2;
  private static final byte LETTER = 4;

  private static final Tables TABLES = new Tables();

  /** The tables; never written after construction. */
  private static final class Tables {
    /** {@link #UPPER}, {@link #LOWER} and {@link #LETTER} of each character. */
    final byte[] flags = new byte[TABLE_END];
    /**
     * {@link Character#toLowerCase(char)} of each character, or 0 for {@linkplain
     * Words#isWhitespace whitespace} (no other character lower-cases to 0).
     */
    final char[] fold = new char[TABLE_END];

    Tables() {
      for (char c = 0; c < TABLE_END; c++) {
        flags[c] = (byte) ((Character.isUpperCase(c) ? UPPER : 0) | (Character.isLowerCase(c) ? LOWER : 0)
            | (Character.isLetter(c) ? LETTER : 0));
        fold[c] = Words.isWhitespace(c) ? 0 : Character.toLowerCase(c);
      }
    }
  }

  private Letters() {}

  /** {@link Character#isUpperCase(char)}. */
  static boolean isUpperCase(char c) {
    return c < TABLE_END ? (TABLES.flags[c] & UPPER) != 0 : Character.isUpperCase(c);
  }

  /** {@link Character#isLowerCase(char)}. */
  static boolean isLowerCase(char c) {
    return c < TABLE_END ? (TABLES.flags[c] & LOWER) != 0 : Character.isLowerCase(c);
  }

  /** {@link Character#isLetter(char)}. */
  static boolean isLetter(char c) {
    return c < TABLE_END ? (TABLES.flags[c] & LETTER) != 0 : Character.isLetter(c);
  }

  /**
   * {@link Character#toLowerCase(char)}, or 0 for a character that is {@linkplain
   * Words#isWhitespace whitespace}: {@link KeyTable}'s folding of a key's characters in one test.
   */
  static char fold(char c) {
    if (c < TABLE_END) {
      return TABLES.fold[c];
    }
    return Words.isWhitespace(c) ? 0 : Character.toLowerCase(c);
  }
}
