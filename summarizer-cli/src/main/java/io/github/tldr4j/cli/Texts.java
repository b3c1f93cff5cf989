package io.github.tldr4j.cli;

import io.github.tldr4j.summarizer.text.Words;
import java.util.Objects;
import java.util.Optional;

/** Text helpers for printing sentences. Stateless. */
final class Texts {

  private Texts() {}

  /**
   * Makes a one-line sentence safe as a Markdown paragraph of its own. Only a character at the
   * start that would turn the paragraph into another block is escaped with a backslash: a heading
   * ({@code #}), a quote ({@code >}), a list item or thematic break ({@code - + * _}), a code fence
   * ({@code ` ~}), a table row ({@code |}), an HTML block ({@code <}), or an ordered list item
   * ({@code 1. }, {@code 2) }). Inline markup (emphasis, links, code spans) is left as is: news
   * text rarely contains it, and escaping every {@code *} and {@code _} would make the source
   * unreadable.
   *
   * @param line a sentence without line breaks
   * @return the Markdown paragraph text
   * @throws NullPointerException if {@code line} is null
   */
  static String markdownParagraph(String line) {
    Objects.requireNonNull(line, "line");
    if (line.isEmpty()) {
      return line;
    }
    char first = line.charAt(0);
    if ("#>-+*_`~|<".indexOf(first) >= 0) {
      return "\\" + line;
    }
    int digits = 0;
    while (digits < line.length() && digits < 10 && isAsciiDigit(line.charAt(digits))) {
      digits++;
    }
    if (digits > 0 && digits < line.length()) {
      char after = line.charAt(digits);
      boolean endsMarker = digits + 1 == line.length() || line.charAt(digits + 1) == ' ';
      if ((after == '.' || after == ')') && endsMarker) {
        return line.substring(0, digits) + "\\" + line.substring(digits);
      }
    }
    return line;
  }

  /**
   * The first line of a page's Markdown reply: its title in bold, as a link to the page when its
   * address is known ({@code [**Title**](<https://…>)}), then a blank line. Markdown's inline
   * markers in the title and angle brackets in the address are escaped, so neither can break out
   * of the link.
   *
   * @param title the page's title on one line; "" when it has none (then the address is shown)
   * @param url the page's address, if known
   * @return the line and a blank line, or "" when there is neither a title nor an address
   */
  static String markdownLink(String title, Optional<String> url) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
    String shown = title.isBlank() ? Words.oneLine(url.orElse("")) : title;
    if (shown.isEmpty()) {
      return "";
    }
    StringBuilder label = new StringBuilder("**");
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      if ("\\[]*_`<>".indexOf(c) >= 0) {
        label.append('\\');
      }
      label.append(c);
    }
    label.append("**");
    if (url.isEmpty()) {
      return label + "\n\n";
    }
    String target = Words.oneLine(url.get()).replace(" ", "%20").replace("<", "%3C").replace(">", "%3E");
    return "[" + label + "](<" + target + ">)\n\n";
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
