package io.github.tldr4j.summarizer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Word counting, and its agreement with the segmenter's whitespace (issue 6, bug 1). */
final class WordsTest {

  @Test
  void lineBreaksAreOnePredicateAndCrLfCountsOnce() {
    for (char c : "\n\r\u000B\f\u0085\u2028\u2029".toCharArray()) {
      assertTrue(Words.isLineBreak(c), () -> Integer.toHexString(c));
      assertTrue(Words.isWhitespace(c), () -> Integer.toHexString(c));
    }
    for (char c : " \t\u00A0\u200Bx.".toCharArray()) {
      assertFalse(Words.isLineBreak(c), () -> Integer.toHexString(c));
    }
    assertEquals(0, Words.lineBreaks("one line", 0, 8));
    assertEquals(1, Words.lineBreaks("a\r\nb", 0, 4));
    assertEquals(2, Words.lineBreaks("a\r\rb", 0, 4));
    assertEquals(3, Words.lineBreaks("a\n\u2028\u2029b", 0, 5));
    assertEquals(1, Words.lineBreaks("a\r\nb", 2, 4), "a range starting at the LF of a CR LF");
    assertEquals(5, Words.lineBreaks("a\n\u2029\fb", 0, 5, true), "paragraph separators count twice");
    assertThrows(IndexOutOfBoundsException.class, () -> Words.lineBreaks("ab", 1, 3));
  }

  static Stream<Arguments> counts() {
    return Stream.of(
        // plain text
        Arguments.of("", 0),
        Arguments.of("   \n\t ", 0),
        Arguments.of("one", 1),
        Arguments.of(" two  words ", 2),
        Arguments.of("line\r\nbreaks\u2028and\u2029more", 4),
        // no-break and other space separators
        Arguments.of("a\u00A0b\u2007c\u202Fd\u3000e", 5),
        // control characters separate words
        Arguments.of("a\u0000b\u001Bc\u007Fd\u0085e\u009Ff", 6),
        Arguments.of("\u0000\u0001\u0002", 0),
        // invisible separators
        Arguments.of("\uFEFFbom", 1),
        Arguments.of("zero\u200Bwidth", 2),
        Arguments.of("word\u2060joiner", 2),
        // kept inside words: joiners, soft hyphens, combining marks, direction marks, surrogates
        Arguments.of("\uD83D\uDC69\u200D\uD83D\uDCBB", 1),
        Arguments.of("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645", 1),
        Arguments.of("soft\u00ADhyphen", 1),
        Arguments.of("e\u0301te\u0301", 1),
        Arguments.of("\u200F\u05E9\u05DC\u05D5\u05DD", 1),
        Arguments.of("\uD800 \uDC00", 2));
  }

  @ParameterizedTest
  @MethodSource("counts")
  void countsMaximalRunsOfNonWhitespace(String text, int words) {
    assertEquals(words, Words.count(text));
  }

  @Test
  void countsARange() {
    assertEquals(2, Words.count("one two three", 4, 13));
    // a range starting inside a word counts only the words that start in it
    assertEquals(2, Words.count("one two three", 2, 9));
    assertEquals(1, Words.count("one two three", 2, 5));
    assertThrows(IndexOutOfBoundsException.class, () -> Words.count("abc", 2, 4));
    assertThrows(NullPointerException.class, () -> Words.count(null));
  }

  /**
   * Issue 14: count reads a String by its own path (with a shortcut for ASCII) and any other
   * CharSequence by the interface; both agree with the definition, written out plainly here, on
   * random texts and ranges that mix ASCII, whitespace of every kind, stops and the punctuation
   * after them, other scripts and surrogates.
   */
  @Test
  void aStringAndAnyCharSequenceCountAsTheDefinitionSays() {
    String alphabet =
        "ab Z9.,!?\"')-_\t\n\r\u000B\u007F\u0085\u00A0\u00E9\u2003\u200B\u2060\uFEFF"
            + "\u3002\uFF01\u300D\u300C\u4E86\u0964\u00BB\u2019\uD83D\uDE00\u0301\u3005";
    Random random = new Random(14);
    for (int round = 0; round < 2000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        // mostly ASCII letters, as in running text
        text.append(
            random.nextInt(3) == 0
                ? alphabet.charAt(random.nextInt(alphabet.length()))
                : (char) ('a' + random.nextInt(26)));
      }
      String string = text.toString();
      int start = random.nextInt(length + 1);
      int end = start + random.nextInt(length - start + 1);
      int expected = definition(string, start, end);
      assertEquals(expected, Words.count(string, start, end), () -> "'" + string + "'");
      assertEquals(expected, Words.count(text, start, end), () -> "'" + string + "'");
    }
  }

  /**
   * A String's count runs ASCII without a step per character (see {@link Words#count(CharSequence,
   * int, int)}): every pair of characters of ASCII, DEL, a stop and the characters around them
   * counts in every range of a String as in a StringBuilder (one step per character) and as the
   * definition says.
   */
  @Test
  void asciiRunsCountAsSteps() {
    StringBuilder chars = new StringBuilder();
    for (char c = 0; c <= '\u00A0'; c++) {
      chars.append(c);
    }
    chars.append("\u3002\u300D\u00E9\u2003\uD83D");
    for (int a = 0; a < chars.length(); a++) {
      for (int b = 0; b < chars.length(); b++) {
        String string = "x" + chars.charAt(a) + "y" + chars.charAt(b) + " z" + chars.charAt(a);
        for (int start = 0; start <= string.length(); start++) {
          for (int end = start; end <= string.length(); end++) {
            int expected = definition(string, start, end);
            int from = start;
            int to = end;
            assertEquals(expected, Words.count(string, start, end), () -> string + " " + from + " " + to);
            assertEquals(expected, Words.count(new StringBuilder(string), start, end));
          }
        }
      }
    }
  }

  /**
   * The words that start in {@code text[start, end)}: at a non-whitespace character after
   * whitespace or the text's start, or after a stop and the punctuation that follows it.
   */
  private static int definition(String text, int start, int end) {
    int words = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Words.isWhitespace(c) || continuesStopAt(text, i)) {
        continue;
      }
      if (i == 0 || Words.isWhitespace(text.charAt(i - 1)) || endsStopRun(text, i - 1)) {
        words++;
      }
    }
    return words;
  }

  /** Whether text[i] is punctuation (a stop too) that continues a stop before it: "。」", "。.". */
  private static boolean continuesStopAt(String text, int i) {
    return Words.continuesStop(text.charAt(i)) && endsStopRun(text, i - 1);
  }

  /** Whether text[0, i] ends with a stop and then only punctuation that may follow it. */
  private static boolean endsStopRun(String text, int i) {
    for (int k = i; k >= 0; k--) {
      char c = text.charAt(k);
      if (Words.isStop(c)) {
        return true;
      }
      if (Words.isWhitespace(c) || !Words.continuesStop(c)) {
        return false;
      }
    }
    return false;
  }

  /** Issue 16: Chinese and Japanese sentences take no space, and each still has its words. */
  @Test
  void ideographicStopsEndWords() {
    assertEquals(2, Words.count("\u4ED6\u6765\u4E86\u3002\u6211\u8D70\u4E86\u3002"));
    assertEquals(2, Words.count("\u300C\u884C\u304F\u3002\u300D\u3068\u8A00\u3063\u305F"));
    assertEquals(1, Words.count("\u4ED6\u6765\u4E86\u3002\u300D", 0, 5));
    assertEquals(1, Words.count("\u4ED6\u3002\u300D\u6211", 3, 4));
    assertEquals(0, Words.count("\u4ED6\u3002\u300D\u6211", 2, 3));
  }

  /** Every full stop the segmenter splits at without a space also ends a word (but "３．５"). */
  @Test
  void stopsAreTheGenericHardTerminators() {
    SegmentationRules rules = SegmentationRules.load("und");
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      boolean hard = rules.kind(ch) == SegmentationRules.HARD_TERMINATOR && ch != '\uFF0E';
      assertEquals(hard, Words.isStop(ch), () -> "U+" + Integer.toHexString(ch));
    }
  }

  /** Issue 16: the words of the sentences add up to the words of the text, glued or not. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "en:It rained all day.Everyone stayed in. We waited.",
        "fr:Le vote a eu lieu jeudi.Douze élus manquaient.",
        "en:Call me at 3.Then we talk!Fine?Yes.",
        "zh:\u4ED6\u6765\u4E86\u3002\u6211\u8D70\u4E86\uFF01\u300C\u597D\u3002\u300D\u5979\u8BF4\u3002",
        "ja:\u96E8\u3067\u3059\u3002\u4ECA\u65E5\u306F\u5BD2\u3044\u3002",
        "en:One.Two.Three. Four\u200Bfive\u2060six.",
      })
  void sentenceWordsAddUpToTheText(String languageAndText) {
    String language = languageAndText.substring(0, 2);
    String text = languageAndText.substring(3);
    int sum = 0;
    for (Sentence s : SentenceSegmenter.forLanguage(language).segment(text)) {
      sum += Words.count(text, s.start(), s.end());
    }
    assertEquals(Words.count(text), sum);
  }

  @Test
  void segmenterTrimsExactlyTheCharactersThatSeparateWords() {
    for (String language : SentenceSegmenter.supportedLanguages()) {
      SegmentationRules rules = SegmentationRules.load(language);
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        char ch = (char) c;
        boolean space = rules.kind(ch) == SegmentationRules.SPACE;
        if (space != Words.isWhitespace(ch)) {
          throw new AssertionError(
              String.format("%s: U+%04X is %s for the segmenter", language, c, space ? "space" : "not space"));
        }
      }
    }
  }

  @Test
  void controlAndInvisibleSeparatorsAreWhitespace() {
    for (char c = 0; c < 0x20; c++) {
      assertTrue(Words.isWhitespace(c), Integer.toHexString(c));
    }
    for (char c = 0x7F; c <= 0x9F; c++) {
      assertTrue(Words.isWhitespace(c), Integer.toHexString(c));
    }
    assertFalse(Words.isWhitespace('a'));
    assertFalse(Words.isWhitespace('\u200D'));
    assertFalse(Words.isWhitespace('\uD800'));
  }

  static Stream<Arguments> oneLine() {
    return Stream.of(
        // unchanged
        Arguments.of("Plain words here.", "Plain words here."),
        Arguments.of("x", "x"),
        Arguments.of("", ""),
        Arguments.of("joiners\u200Dstay\u200Cinside", "joiners\u200Dstay\u200Cinside"),
        // line breaks, tabs, runs of spaces, ends
        Arguments.of("hard\nwrapped\r\nsentence.", "hard wrapped sentence."),
        Arguments.of("  tabs\tand   spaces  ", "tabs and spaces"),
        Arguments.of(" \n ", ""),
        Arguments.of("line\u2028and\u2029paragraph", "line and paragraph"),
        // every character that separates words for the statistics becomes a space (issue 16)
        Arguments.of("no\u00a0break\u202Fspaces\u3000here", "no break spaces here"),
        Arguments.of("Alpha\u200Bbeta gamma\u2060delta\uFEFF.", "Alpha beta gamma delta ."),
        Arguments.of("emoji \uD83D\uDE00\nok", "emoji \uD83D\uDE00 ok"),
        // control characters: no raw NUL, next-line or terminal escape is left
        Arguments.of("nul\u0000sep\u0085next", "nul sep next"),
        Arguments.of("\u001b[31mred\u001b[0m text\u0007", "[31mred [0m text"),
        Arguments.of("\u0000", ""));
  }

  @ParameterizedTest
  @MethodSource
  void oneLine(String text, String expected) {
    assertEquals(expected, Words.oneLine(text));
  }

  /** The one-line form is the words of the text joined by single spaces. */
  @Test
  void oneLineJoinsTheWords() {
    Random random = new Random(13);
    char[] alphabet = {
      'a', 'b', ' ', ' ', '\n', '\t', '\u0000', '\u00a0', '\u0085', '\u2028', '\u3000', '\u00e9',
      '\ud83d', '\ude00'
    };
    for (int n = 0; n < 5_000; n++) {
      char[] text = new char[random.nextInt(12)];
      for (int i = 0; i < text.length; i++) {
        text[i] = alphabet[random.nextInt(alphabet.length)];
      }
      String s = new String(text);
      assertEquals(joinedWords(s), Words.oneLine(s), () -> s.chars().mapToObj(Integer::toHexString).toList().toString());
    }
  }

  private static String joinedWords(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (char c : (text + " ").toCharArray()) {
      if (Words.isWhitespace(c)) {
        if (word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
      } else {
        word.append(c);
      }
    }
    return String.join(" ", words);
  }

  @Test
  void aTextOnOneLineIsNotCopied() {
    String s = "Nothing to change in this one.";
    assertSame(s, Words.oneLine(s));
  }

  /** Issue 16: a sentence on one line has the words the statistics count, for every character. */
  @Test
  void oneLineKeepsTheWordCount() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String text = "a" + (char) c + "b";
      assertEquals(Words.count(text), Words.count(Words.oneLine(text)), () -> "U+" + Integer.toHexString(text.charAt(1)));
    }
  }
}
