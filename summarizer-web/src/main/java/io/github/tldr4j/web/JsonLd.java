package io.github.tldr4j.web;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * String fields of a page's JSON-LD blocks ({@code <script type="application/ld+json">}), found by
 * scanning for {@code "key": "value"} rather than by parsing, so malformed or deeply nested data
 * cannot fail the extraction. Immutable.
 */
final class JsonLd {

  private static final int MAX_SOURCE = 4_000_000;
  private final String source;

  private JsonLd(String source) {
    this.source = source;
  }

  static JsonLd read(Document page) {
    StringBuilder all = new StringBuilder();
    for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
      if (all.length() > MAX_SOURCE) {
        break;
      }
      all.append(script.data()).append('\n');
    }
    return new JsonLd(all.toString());
  }

  /** The first string value of {@code key}, unescaped, on one line; "" when there is none. */
  String field(String key) {
    return lines(key).replace('\n', ' ');
  }

  /** The first string value of {@code key}, unescaped, its {@code \\n} escapes kept as line breaks. */
  String lines(String key) {
    return stringAfter(source, 0, key, source.length());
  }

  /** The author's name: {@code "author": "Name"} or {@code "author": {"name": "Name"}}. */
  String author() {
    int at = source.indexOf("\"author\"");
    if (at < 0) {
      return "";
    }
    String direct = stringAt(source, valueStart(source, at + 8));
    if (!direct.isEmpty()) {
      return direct.replace('\n', ' ');
    }
    return stringAfter(source, at, "name", Math.min(source.length(), at + 400)).replace('\n', ' ');
  }

  private static String stringAfter(String source, int from, String key, int limit) {
    String quoted = "\"" + key + "\"";
    int at = source.indexOf(quoted, from);
    while (at >= 0 && at < limit) {
      String value = stringAt(source, valueStart(source, at + quoted.length()));
      if (!value.isEmpty()) {
        return value;
      }
      at = source.indexOf(quoted, at + quoted.length());
    }
    return "";
  }

  /** The index after a colon following {@code from}, past whitespace; -1 when there is none. */
  private static int valueStart(String source, int from) {
    int i = from;
    while (i < source.length() && Character.isWhitespace(source.charAt(i))) {
      i++;
    }
    if (i >= source.length() || source.charAt(i) != ':') {
      return -1;
    }
    i++;
    while (i < source.length() && Character.isWhitespace(source.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The JSON string starting at {@code at}, unescaped; "" when there is none. */
  private static String stringAt(String source, int at) {
    if (at < 0 || at >= source.length() || source.charAt(at) != '"') {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (int i = at + 1; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '"') {
        return out.toString();
      }
      if (c != '\\' || i + 1 >= source.length()) {
        out.append(c);
        continue;
      }
      char e = source.charAt(++i);
      switch (e) {
        case 'n':
          out.append('\n');
          break;
        case 'r':
        case 't':
          out.append(' ');
          break;
        case 'u':
          if (i + 4 < source.length()) {
            try {
              out.append((char) Integer.parseInt(source.substring(i + 1, i + 5), 16));
            } catch (NumberFormatException ex) {
              out.append('?');
            }
            i += 4;
          }
          break;
        default:
          out.append(e);
      }
    }
    return "";
  }
}
