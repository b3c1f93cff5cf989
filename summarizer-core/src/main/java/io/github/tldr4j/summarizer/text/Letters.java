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

  /** {@link #UPPER}, {@link #LOWER} and {@link #LETTER} of each Latin-1 character. */
  private static final byte[] FLAGS = flagTable(0, LATIN1_END);

  /**
   * {@link Character#toLowerCase(char)} of each Latin-1 character, or 0 for {@linkplain
   * Words#isWhitespace whitespace} (no other character lower-cases to 0).
   */
  private static final char[] FOLD = foldTable(0, LATIN1_END);

  /**
   * The tables of Latin Extended, IPA, Greek, Cyrillic and Armenian (U+0100 to U+058F), indexed by
   * the character minus {@link #LATIN1_END}; the JVM builds them once, thread-safely, when a text
   * first has such a character. Built at start-up with Latin-1, their 1,168 calls of the JDK's
   * case mapping past Latin-1 made the quick compiler compile that 3,433-byte method in every run,
   * also for English text, which never needs it.
   */
  private static final class Extended {
    static final byte[] FLAGS = flagTable(LATIN1_END, TABLE_END);
    static final char[] FOLD = foldTable(LATIN1_END, TABLE_END);

    static boolean isUpperCase(char c) {
      return c < TABLE_END ? (FLAGS[c - LATIN1_END] & UPPER) != 0 : Character.isUpperCase(c);
    }

    static boolean isLowerCase(char c) {
      return c < TABLE_END ? (FLAGS[c - LATIN1_END] & LOWER) != 0 : Character.isLowerCase(c);
    }

    static boolean isLetter(char c) {
      return c < TABLE_END ? (FLAGS[c - LATIN1_END] & LETTER) != 0 : Character.isLetter(c);
    }

    static char fold(char c) {
      if (c < TABLE_END) {
        return FOLD[c - LATIN1_END];
      }
      return Words.isWhitespace(c) ? 0 : Character.toLowerCase(c);
    }
  }

  private static byte[] flagTable(int from, int to) {
    byte[] flags = new byte[to - from];
    for (int i = from; i < to; i++) {
      char c = (char) i;
      flags[i - from] = (byte) ((Character.isUpperCase(c) ? UPPER : 0)
          | (Character.isLowerCase(c) ? LOWER : 0) | (Character.isLetter(c) ? LETTER : 0));
    }
    return flags;
  }

  private static char[] foldTable(int from, int to) {
    char[] fold = new char[to - from];
    for (int i = from; i < to; i++) {
      char c = (char) i;
      fold[i - from] = Words.isWhitespace(c) ? 0 : Character.toLowerCase(c);
    }
    return fold;
  }

  private Letters() {}

  /** {@link Character#isUpperCase(char)}. */
  static boolean isUpperCase(char c) {
    return c < LATIN1_END ? (FLAGS[c] & UPPER) != 0 : Extended.isUpperCase(c);
  }

  /** {@link Character#isLowerCase(char)}. */
  static boolean isLowerCase(char c) {
    return c < LATIN1_END ? (FLAGS[c] & LOWER) != 0 : Extended.isLowerCase(c);
  }

  /** {@link Character#isLetter(char)}. */
  static boolean isLetter(char c) {
    return c < LATIN1_END ? (FLAGS[c] & LETTER) != 0 : Extended.isLetter(c);
  }

  /**
   * {@link Character#toLowerCase(char)}, or 0 for a character that is {@linkplain
   * Words#isWhitespace whitespace}: {@link KeyTable}'s folding of a key's characters in one test.
   */
  static char fold(char c) {
    return c < LATIN1_END ? FOLD[c] : Extended.fold(c);
  }
}
