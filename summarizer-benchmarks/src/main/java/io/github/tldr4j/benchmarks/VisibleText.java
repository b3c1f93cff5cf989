package io.github.tldr4j.benchmarks;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The visible text of an HTML page as a browser's select-all and copy gives it: one block
 * (paragraph, heading, list item, menu entry, table row) per line, a blank line around paragraphs
 * and headings, runs of spaces collapsed. Scripts, styles, templates, embedded frames and elements
 * marked {@code hidden} or {@code display:none} inline are left out (style sheets are not applied).
 * Stateless.
 */
final class VisibleText {

  /** Elements whose text is never shown. */
  private static final Set<String> INVISIBLE =
      Set.of(
          "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object",
          "embed", "canvas", "video", "audio", "select", "option", "datalist", "input", "textarea",
          "button");

  /** Elements that stand apart from their neighbours by a blank line. */
  private static final Set<String> PARAGRAPHS =
      Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figure", "table",
          "ul", "ol", "dl", "hr");

  /** Other elements that start and end a line. */
  private static final Set<String> LINES =
      Set.of(
          "div", "li", "dt", "dd", "tr", "section", "article", "main", "header", "footer", "nav",
          "aside", "figcaption", "address", "form", "fieldset", "legend", "details", "summary",
          "caption", "center", "body", "html", "menu", "dialog", "hgroup", "tbody", "thead",
          "tfoot");

  private VisibleText() {}

  /** The page's visible text, blocks on their own lines. */
  static String of(String html) {
    Element body = Jsoup.parse(html).body();
    StringBuilder out = new StringBuilder(html.length() / 4);
    body.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode) {
              appendText(out, ((TextNode) node).getWholeText());
              return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element)) {
              return FilterResult.CONTINUE;
            }
            Element e = (Element) node;
            String tag = e.normalName();
            if (INVISIBLE.contains(tag) || hidden(e)) {
              return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("br")) {
              breakLine(out, 1);
            } else if (PARAGRAPHS.contains(tag)) {
              breakLine(out, 2);
            } else if (LINES.contains(tag)) {
              breakLine(out, 1);
            } else if (tag.equals("td") || tag.equals("th")) {
              appendText(out, " ");
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element) {
              String tag = ((Element) node).normalName();
              if (PARAGRAPHS.contains(tag)) {
                breakLine(out, 2);
              } else if (LINES.contains(tag)) {
                breakLine(out, 1);
              }
            }
            return FilterResult.CONTINUE;
          }
        });
    return out.toString().strip();
  }

  private static boolean hidden(Element e) {
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    return style.contains("display:none") || style.contains("visibility:hidden");
  }

  /** Appends text with whitespace runs collapsed to one space, none at the start of a line. */
  private static void appendText(StringBuilder out, String text) {
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        int last = out.length() - 1;
        if (last >= 0 && out.charAt(last) != ' ' && out.charAt(last) != '\n') {
          out.append(' ');
        }
      } else {
        out.append(c);
      }
    }
  }

  /** Ends the current line, and leaves {@code breaks - 1} blank lines (never more than one). */
  private static void breakLine(StringBuilder out, int breaks) {
    while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
      out.setLength(out.length() - 1);
    }
    if (out.length() == 0) {
      return;
    }
    int trailing = 0;
    for (int k = out.length() - 1; k >= 0 && out.charAt(k) == '\n'; k--) {
      trailing++;
    }
    for (int i = trailing; i < breaks; i++) {
      out.append('\n');
    }
  }
}
