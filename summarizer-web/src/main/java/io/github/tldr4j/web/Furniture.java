package io.github.tldr4j.web;

import java.util.regex.Pattern;

/**
 * Shapes of text that are page furniture whatever the markup around them: a line that is only a
 * date or time, a short line without sentence punctuation at the edge of the text. Stateless.
 */
final class Furniture {

  private static final Pattern YEAR_OR_TIME =
      Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?:19|20)\\d\\d|\\d{1,2}:\\d\\d)(?![\\p{L}\\p{N}])");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？][\"'”’)\\]]*$");

  private Furniture() {}

  /**
   * A short line holding a year or a clock time and not ending as a sentence ends; not one with a
   * handle or an address, as the attribution of an embedded post has.
   */
  static boolean isDateLine(String text) {
    return words(text) <= 15
        && YEAR_OR_TIME.matcher(text).find()
        && !endsSentence(text)
        && text.indexOf('@') < 0
        && !text.contains("://");
  }

  /** A line of at most four words not ending as a sentence ends ("Comments", "More:"). */
  static boolean isStub(String text) {
    return words(text) <= 4 && !endsSentence(text);
  }

  static boolean endsSentence(String text) {
    return SENTENCE_END.matcher(text).find() && !text.endsWith("...") && !text.endsWith("…");
  }

  static int words(String text) {
    int words = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = text.charAt(i) == ' ';
      if (!space && !in) {
        words++;
      }
      in = !space;
    }
    return words;
  }
}
