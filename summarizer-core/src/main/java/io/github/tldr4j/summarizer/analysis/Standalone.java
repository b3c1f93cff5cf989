package io.github.tldr4j.summarizer.analysis;

import io.github.tldr4j.summarizer.text.Words;

/**
 * Tells whether a sentence can be read alone, out of its context, as a summary sentence must be
 * (issue 16). A sentence cannot when it:
 *
 * <ul>
 *   <li>has fewer than three analyzed terms (stop words do not count): too little to say on its
 *       own, or leaning on the sentences around it (a stray quotation mark or full stop, "Why?",
 *       "He did.", "It was great.", a lone number, a caption);
 *   <li>ends with a colon: it announces something that follows it ("The list includes:");
 *   <li>ends a quotation without naming the speaker: its first quotation mark closes a quotation
 *       that an earlier sentence opened, and no word follows the mark ({@code It was the last
 *       show he played."}). The reader meets the closing mark without the opening one and without
 *       knowing who spoke. A tail followed by its speaker ({@code ... played," she said.}) stands;
 *   <li>is a label rather than a sentence: no sentence-final punctuation and fewer than five
 *       terms (a heading, a place, a date line, "Kick-off: 3pm").
 * </ul>
 *
 * <p>The thresholds were chosen on the development sets (issue 16): each rule removes sentences
 * that their extractive references use less often than the others, and together they raise ROUGE
 * on all of them.
 *
 * <p>The signals are typographic and count analyzed terms (stop words removed), so they hold in
 * every language the segmenter and the analyzers cover. A quotation mark's direction is read from
 * its neighbours (a mark after a letter and before a space closes), or from the mark itself when
 * both neighbours are spaces ({@code « »}, {@code “}); straight marks between two spaces, as in
 * tokenized text, are not counted; single quotation marks are not counted (they double as
 * apostrophes). Stateless and thread-safe.
 */
final class Standalone {

  /** A sentence needs this many analyzed terms (repeats included) to stand alone. */
  static final int MIN_TERMS = 3;

  /** A line without sentence-final punctuation needs this many terms to count as a sentence. */
  static final int MIN_LABEL_TERMS = 5;

  private Standalone() {}

  /**
   * Tells whether {@code text[start, end)} can be read alone.
   *
   * @param text the original text
   * @param start the sentence's first offset
   * @param end the sentence's end offset
   * @param terms the number of analyzed terms of the sentence
   * @return false for a fragment, a colon lead-in, a quotation tail or a label
   */
  static boolean check(String text, int start, int end, int terms) {
    if (terms < MIN_TERMS) {
      return false;
    }
    int last = lastSignificant(text, start, end);
    if (last < 0) {
      return false;
    }
    char c = text.charAt(last);
    if (c == ':' || c == '\uFF1A') {
      return false;
    }
    if (terms < MIN_LABEL_TERMS && !isSentenceFinal(c)) {
      return false;
    }
    return !isQuotationTail(text, start, end);
  }

  /** The offset of the last character that is neither whitespace nor a closing mark, or -1. */
  private static int lastSignificant(String text, int start, int end) {
    for (int i = end - 1; i >= start; i--) {
      char c = text.charAt(i);
      if (!Words.isWhitespace(c) && !isCloser(c)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isCloser(char c) {
    return switch (c) {
      case '"', '\'', ')', ']', '}', '\u2019', '\u201D', '\u00BB', '\u203A', '\u300D', '\u300F',
          '\uFF09', '\uFF02' -> true;
      default -> false;
    };
  }

  /** Full stop, question and exclamation marks and ellipses of the scripts the segmenter knows. */
  private static boolean isSentenceFinal(char c) {
    return switch (c) {
      case '.', '!', '?', '\u2026', '\u203C', '\u2047', '\u2048', '\u2049', '\u3002', '\uFF0E',
          '\uFF01', '\uFF1F', '\uFF61', '\u061F', '\u06D4', '\u0964', '\u0965', '\u0589', '\u037E',
          '\u1362', '\u1367', '\u104B', '\u0F0D', '\u2E2E' -> true;
      default -> false;
    };
  }

  /**
   * Whether the sentence ends a quotation that an earlier sentence opened, without naming the
   * speaker: the first double quotation mark whose direction can be told closes a quotation, and no
   * letter follows it.
   */
  private static boolean isQuotationTail(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '\u00AB' && c != '"') {
        continue; // not a quotation mark (see symbolDirection): most characters, at a glance
      }
      int symbol = symbolDirection(c);
      if (symbol == NOT_A_QUOTE) {
        continue;
      }
      boolean spaceBefore = i == start || opensContext(text.charAt(i - 1));
      boolean spaceAfter = i + 1 == end || closesContext(text.charAt(i + 1));
      int direction;
      if (spaceBefore && !spaceAfter) {
        direction = OPENS;
      } else if (!spaceBefore && spaceAfter) {
        direction = CLOSES;
      } else {
        direction = symbol;
      }
      if (direction == OPENS) {
        return false;
      }
      if (direction == CLOSES) {
        return !hasLetter(text, i + 1, end);
      }
    }
    return false;
  }

  private static boolean hasLetter(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static final int NOT_A_QUOTE = 0;
  private static final int OPENS = 1;
  private static final int CLOSES = 2;
  private static final int EITHER = 3;

  /** The direction a double quotation mark has by itself, when its neighbours do not tell. */
  private static int symbolDirection(char c) {
    return switch (c) {
      case '\u201C', '\u201E', '\u00AB', '\u300C', '\u300E' -> OPENS;
      case '\u201D', '\u00BB', '\u300D', '\u300F' -> CLOSES;
      case '"', '\u201F', '\uFF02' -> EITHER;
      default -> NOT_A_QUOTE;
    };
  }

  /** Whether a character before a quotation mark leaves it free to open one. */
  private static boolean opensContext(char c) {
    return Words.isWhitespace(c) || "([{\u2014\u2013-/".indexOf(c) >= 0;
  }

  /** Whether a character after a quotation mark leaves it free to close one. */
  private static boolean closesContext(char c) {
    return Words.isWhitespace(c) || ".,;:!?)]}\u2026\u2014\u2013-".indexOf(c) >= 0;
  }
}
