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
 * unpaired surrogates.
 *
 * <p>Chinese and Japanese put no space after a sentence, so a word also ends after the full stops
 * that end a sentence without a space ({@code 。！？｡}, the danda {@code ।}, the Arabic question
 * mark, and those of other scripts) and any closing brackets or quotes after them: {@code
 * "他来了。我走了。"} is two words, one per sentence. Stateless and thread-safe.
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
   * Counts the words that start between {@code start} (inclusive) and {@code end} (exclusive). A
   * word starts at a non-whitespace character that opens the text or follows whitespace, or that
   * follows a full stop that takes no space ({@code 。！？｡} and the others of the class
   * description, with any closing brackets or quotes after it). So a range that begins inside a
   * word (a sentence glued to the one before it, as in {@code "mardi.Dix-sept"}) does not count
   * that word again, and the counts of adjacent ranges add up to the count of their union: the
   * words of a text's sentences add up to the words of the text.
   *
   * @param text the text to count
   * @param start first offset, inclusive
   * @param end last offset, exclusive
   * @return the number of words starting in the range
   * @throws NullPointerException if {@code text} is null
   * @throws IndexOutOfBoundsException if the range is outside the text
   */
  public static int count(CharSequence text, int start, int end) {
    java.util.Objects.checkFromToIndex(start, end, text.length());
    int state = start == 0 ? AFTER_SPACE : stateAfter(text, start - 1);
    if (text instanceof String string) {
      return count(string, start, end, state);
    }
    // any other CharSequence: one step per character (an interface call each)
    int words = 0;
    for (int i = start; i < end; i++) {
      state = step(state, text.charAt(i));
      words += state >>> WORD_SHIFT;
      state &= STATES;
    }
    return words;
  }

  /**
   * Counts as {@link #count(CharSequence, int, int)} does, from {@code state}, in a String (the
   * usual case, read through calls the JIT binds statically). Runs of ASCII below DEL, most of
   * most texts, take a loop without a branch on the character: a word starts at a character above
   * the space that follows one at or below it (whitespace and C0 controls). {@link #step}'s test
   * whether a character is whitespace is taken one way or the other at every word's start and end,
   * and the quick compiler's code mispredicts it there: the words of the sentences of
   * bbc-news-dev (2.2 million characters) counted in 10.3 ms with a step per character, 4.5 ms so
   * (C1 only, as the command line runs). Any other character, or ASCII after a full stop that
   * takes no space, takes a step, and the loop goes on after it.
   */
  private static int count(String text, int start, int end, int state) {
    int words = 0;
    int i = start;
    while (i < end) {
      if (state != AFTER_STOP) {
        int space = IN_WORD - state; // 1 after whitespace, 0 inside a word
        for (; i < end; i++) {
          char c = text.charAt(i);
          if (c >= '\u007F') {
            break;
          }
          int s = (c - ('\u0020' + 1)) >>> 31; // 1 for the space and the C0 controls
          words += space & ~s;
          space = s;
        }
        state = IN_WORD - space;
        if (i == end) {
          break;
        }
      }
      state = step(state, text.charAt(i++));
      words += state >>> WORD_SHIFT;
      state &= STATES;
    }
    return words;
  }

  // the states of count: after whitespace (or at the start), inside a word, after a stop and the
  // punctuation that follows it; step sets WORD when a word starts
  private static final int AFTER_SPACE = 0;
  private static final int IN_WORD = 1;
  private static final int AFTER_STOP = 2;
  private static final int STATES = 3;
  private static final int WORD_SHIFT = 2;
  private static final int WORD = 1 << WORD_SHIFT;

  /**
   * The state after {@code c}, with {@link #WORD} set if a word starts at it. Printable ASCII
   * outside a stop's punctuation and ASCII whitespace take the short way (small enough to be
   * inlined in count's loop); the rest goes through {@link #slowStep}.
   */
  private static int step(int state, char c) {
    if (c <= ' ') {
      return AFTER_SPACE;
    }
    if (c < '\u007F' && state != AFTER_STOP) {
      // state is AFTER_SPACE (0) or IN_WORD (1) here: a word starts after a space
      return IN_WORD | (IN_WORD - state) << WORD_SHIFT;
    }
    return slowStep(state, c);
  }

  private static int slowStep(int state, char c) {
    if (isWhitespace(c)) {
      return AFTER_SPACE;
    }
    if (state == AFTER_STOP && continuesStop(c)) {
      // "。」" or "。." : punctuation after a stop belongs to the word the stop ends
      return AFTER_STOP;
    }
    return (isStop(c) ? AFTER_STOP : IN_WORD) | (state != IN_WORD ? WORD : 0);
  }

  /**
   * Puts a text on one line: every run of the characters that separate words ({@link
   * #isWhitespace(char)}: line breaks, tabs, several spaces, no-break and zero-width spaces,
   * control characters such as NUL, NEL and the escape character) becomes one space, and none is
   * left at either end. So a printed sentence has exactly the words {@link #count(CharSequence)}
   * counts, and no terminal escape sequence or stray line break of the input reaches the output.
   * The command line and the Spark rows print sentences through it.
   *
   * @param text the text
   * @return the text on one line; {@code text} itself when it needs no change
   * @throws NullPointerException if {@code text} is null
   * @since 0.1
   */
  public static String oneLine(String text) {
    return isOneLine(text) ? text : collapse(text);
  }

  /** True if {@code text} is non-empty and its only separators are single inner ASCII spaces. */
  private static boolean isOneLine(String text) {
    int n = text.length();
    if (n == 0 || text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
      return false;
    }
    // no branch on whether a character is the space (taken one way or the other at every word's
    // start and end); the rare characters test for whitespace in a call
    int previous = 0; // 1 after a space
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if ((c < ' ' || c >= '\u007F') && isWhitespace(c)) {
        return false;
      }
      int space = ((c ^ ' ') - 1) >>> 31; // 1 for the space
      if ((space & previous) != 0) {
        return false;
      }
      previous = space;
    }
    return true;
  }

  private static String collapse(String text) {
    StringBuilder line = new StringBuilder(text.length());
    boolean gap = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isWhitespace(c)) {
        gap = line.length() > 0;
        continue;
      }
      if (gap) {
        line.append(' ');
        gap = false;
      }
      line.append(c);
    }
    return line.toString();
  }

  /** The counting state after the character at {@code i}, looking back over punctuation. */
  private static int stateAfter(CharSequence text, int i) {
    int p = i;
    while (p > 0 && !isWhitespace(text.charAt(p)) && !isStop(text.charAt(p)) && continuesStop(text.charAt(p))) {
      p--;
    }
    char c = text.charAt(p);
    if (isWhitespace(c)) {
      return p == i ? 0 : 1;
    }
    return isStop(c) ? 2 : 1;
  }

  /**
   * The full stops that end a sentence even without a space after them (the hard terminators of
   * {@code segmentation/generic.txt}, but the fullwidth period, which also appears inside numbers).
   */
  private static final String STOPS =
      "\u3002\uFF01\uFF1F\uFF61\u0964\u0965\u061F\u06D4\u061E\u0589\u1362\u1367\u1368"
          + "\u104B\u17D4\u0F0D\u0DF4\u0700\u07F9\u166E\uA60E\uA4FF\u1B5F";

  /** Tells whether a word ends after {@code c} even without whitespace (see the class doc). */
  static boolean isStop(char c) {
    return c >= '\u0589' && STOPS.indexOf(c) >= 0;
  }

  /** Punctuation, marks and joiners, which do not start a word right after a stop. */
  static boolean continuesStop(char c) {
    switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION:
        return true;
      default:
        return SegmentationRules.isExtender(c) || Character.isLowSurrogate(c);
    }
  }

  /**
   * Tells whether {@code c} breaks a line: line feed, carriage return, vertical tab, form feed,
   * next line (U+0085), line separator (U+2028) or paragraph separator (U+2029). Every one of them
   * is also {@linkplain #isWhitespace(char) whitespace}. The segmenter and the summarizer's page
   * layout read lines with this one predicate.
   *
   * @param c a UTF-16 code unit
   * @return true for the line-breaking characters above
   * @since 0.1
   */
  public static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028'
        || c == '\u2029';
  }

  /**
   * Counts the line breaks in {@code text[from, to)}; a carriage return followed by a line feed
   * counts once.
   *
   * @param text the text
   * @param from first offset, inclusive
   * @param to last offset, exclusive
   * @return the number of line breaks
   * @throws NullPointerException if {@code text} is null
   * @throws IndexOutOfBoundsException if the range is outside the text
   * @since 0.1
   */
  public static int lineBreaks(CharSequence text, int from, int to) {
    java.util.Objects.checkFromToIndex(from, to, text.length());
    return lineBreaks(text, from, to, false);
  }

  /**
   * Counts line breaks as {@link #lineBreaks(CharSequence, int, int)} does; with {@code
   * paragraphsTwice}, a paragraph separator or form feed counts as two (a blank line).
   */
  static int lineBreaks(CharSequence text, int from, int to, boolean paragraphsTwice) {
    int breaks = 0;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (!isLineBreak(c) || c == '\n' && k > from && text.charAt(k - 1) == '\r') {
        continue;
      }
      breaks += paragraphsTwice && (c == '\u2029' || c == '\f') ? 2 : 1;
    }
    return breaks;
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
