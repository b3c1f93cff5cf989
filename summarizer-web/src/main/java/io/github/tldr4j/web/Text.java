package io.github.tldr4j.web;

/** Whitespace handling shared by the extractor. Stateless. */
final class Text {

  private Text() {}

  /** Whether a character is whitespace in HTML text (including no-break and zero-width space). */
  static boolean isSpace(char c) {
    return c == ' '
        || c == '\n'
        || c == '\t'
        || c == '\r'
        || c == '\f'
        || c == '\u00A0'
        || c == '\u200B'
        || c == '\u2007'
        || c == '\u202F'
        || c == '\u3000'
        || c == '\uFEFF'
        || (c >= '\u2000' && c <= '\u200A');
  }

  /** Collapses runs of whitespace to one space and trims; null gives "". */
  static String collapse(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    appendCollapsed(out, text);
    int end = out.length();
    if (end > 0 && out.charAt(end - 1) == ' ') {
      out.setLength(end - 1);
    }
    return out.toString();
  }

  /**
   * Appends text with whitespace runs collapsed to one space, never starting the builder with a
   * space nor doubling one.
   */
  static void appendCollapsed(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c) || Character.isISOControl(c)) {
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
