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

  /**
   * Characters below this one (Latin-1) are answered from the tables built with the class; the
   * rest of the tables ({@link Extended}) is built when a text first asks about one of its
   * characters.
   */
  static final int LATIN1_END = 0x100;

  private static final byte UPPER = 1;
  private static final byte LOWER = 2;
  private static final byte LETTER = 4;

  /** The tables of Latin-1. */
  private static final Tables LATIN1 = new Tables(0, LATIN1_END);

  /**
   * The tables of one range of characters, indexed by the character (those below the range are
   * left empty); never written after construction.
   */
  private static final class Tables {
    /** {@link #UPPER}, {@link #LOWER} and {@link #LETTER} of each character. */
    final byte[] flags;
    /**
     * {@link Character#toLowerCase(char)} of each character, or 0 for {@linkplain
     * Words#isWhitespace whitespace} (no other character lower-cases to 0).
     */
    final char[] fold;

    Tables(int from, int to) {
      flags = new byte[to];
      fold = new char[to];
      for (int i = from; i < to; i++) {
        char c = (char) i;
        flags[i] = (byte) ((Character.isUpperCase(c) ? UPPER : 0)
            | (Character.isLowerCase(c) ? LOWER : 0) | (Character.isLetter(c) ? LETTER : 0));
        fold[i] = Words.isWhitespace(c) ? 0 : Character.toLowerCase(c);
      }
    }
  }

  /**
   * The tables of Latin Extended, IPA, Greek, Cyrillic and Armenian (U+0100 to U+058F), which the
   * JVM builds once, thread-safely, when a text first has such a character (the class's
   * initialization). Built at start-up with Latin-1, their 1,168 calls of the JDK's case mapping
   * past Latin-1 made the quick compiler compile that 3,433-byte method in every run, also for
   * English text, which never needs it.
   */
  private static final class Extended {
    static final Tables TABLES = new Tables(LATIN1_END, TABLE_END);

    static boolean isUpperCase(char c) {
      return c < TABLE_END ? (TABLES.flags[c] & UPPER) != 0 : Character.isUpperCase(c);
    }

    static boolean isLowerCase(char c) {
      return c < TABLE_END ? (TABLES.flags[c] & LOWER) != 0 : Character.isLowerCase(c);
    }

    static boolean isLetter(char c) {
      return c < TABLE_END ? (TABLES.flags[c] & LETTER) != 0 : Character.isLetter(c);
    }

    static char fold(char c) {
      if (c < TABLE_END) {
        return TABLES.fold[c];
      }
      return Words.isWhitespace(c) ? 0 : Character.toLowerCase(c);
    }
  }

  private Letters() {}

  /** {@link Character#isUpperCase(char)}. */
  static boolean isUpperCase(char c) {
    return c < LATIN1_END ? (LATIN1.flags[c] & UPPER) != 0 : Extended.isUpperCase(c);
  }

  /** {@link Character#isLowerCase(char)}. */
  static boolean isLowerCase(char c) {
    return c < LATIN1_END ? (LATIN1.flags[c] & LOWER) != 0 : Extended.isLowerCase(c);
  }

  /** {@link Character#isLetter(char)}. */
  static boolean isLetter(char c) {
    return c < LATIN1_END ? (LATIN1.flags[c] & LETTER) != 0 : Extended.isLetter(c);
  }

  /**
   * {@link Character#toLowerCase(char)}, or 0 for a character that is {@linkplain
   * Words#isWhitespace whitespace}: {@link KeyTable}'s folding of a key's characters in one test.
   */
  static char fold(char c) {
    return c < LATIN1_END ? LATIN1.fold[c] : Extended.fold(c);
  }
}
