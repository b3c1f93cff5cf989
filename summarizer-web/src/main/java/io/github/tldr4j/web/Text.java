package io.github.tldr4j.web;

import io.github.tldr4j.summarizer.text.Words;

/**
 * Whitespace handling shared by the extractor: the separators are exactly those of the
 * summarizer ({@link Words#isWhitespace(char)}), so extracted text and its summary agree on what
 * separates words. Stateless.
 */
final class Text {

  private Text() {}

  /**
   * Collapses every run of whitespace to one space, with none at either end.
   *
   * @param text the text, or null
   * @return the text on one line; "" for null
   */
  static String collapse(String text) {
    return text == null || text.isEmpty() ? "" : Words.oneLine(text);
  }

  /**
   * Appends text with whitespace runs collapsed to one space, never starting the builder with a
   * space nor doubling one.
   */
  static void appendCollapsed(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Words.isWhitespace(c)) {
        int len = out.length();
        if (len > 0 && out.charAt(len - 1) != ' ') {
          out.append(' ');
        }
      } else {
        out.append(c);
      }
    }
  }
}
