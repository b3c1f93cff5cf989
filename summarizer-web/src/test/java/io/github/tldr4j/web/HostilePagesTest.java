package io.github.tldr4j.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tldr4j.summarizer.text.Words;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Pages built to break an extractor: each ends in bounded time with an article or a clear error. */
final class HostilePagesTest {

  private static final ArticleExtractor EXTRACTOR = ArticleExtractor.create();
  private static final Duration LIMIT = Duration.ofSeconds(120); // generous: bounded, not fast, on a busy machine

  @Test
  void hundredThousandNestedDivs() {
    int depth = 100_000;
    StringBuilder html = new StringBuilder(depth * 12 + 200);
    html.append("<html><body>");
    html.append("<div>".repeat(depth));
    html.append("<p>").append(Pages.P1).append("</p>");
    html.append("</div>".repeat(depth));
    html.append("</body></html>");
    Article article = assertTimeoutPreemptively(LIMIT, () -> EXTRACTOR.extract(html.toString()));
    assertEquals(List.of(Pages.P1), article.paragraphs());
  }

  @Test
  void hundredThousandUnclosedInlineElements() {
    String html = "<html><body><p>" + "<b><i>".repeat(50_000) + Pages.P1 + "</p></body></html>";
    Article article = assertTimeoutPreemptively(LIMIT, () -> EXTRACTOR.extract(html));
    assertTrue(article.text().contains("grain depot"), article.text());
  }

  @Test
  void fiftyMegabytePageIsRefusedByDefault() {
    String html = fiftyMegabytes();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> EXTRACTOR.extract(html));
    assertTrue(e.getMessage().startsWith("page too large"), e.getMessage());
  }

  @Test
  void largePageWithinTheLimitIsExtractedInBoundedTime() {
    // 6 MB of paragraphs: under the default limit, linear work
    StringBuilder html = new StringBuilder(6_500_000).append("<html><body><article>");
    while (html.length() < 6_000_000) {
      html.append("<p>").append(Pages.P2).append("</p>\n");
    }
    html.append("</article></body></html>");
    Article article = assertTimeoutPreemptively(LIMIT, () -> EXTRACTOR.extract(html.toString()));
    assertTrue(article.paragraphs().size() > 25_000);
  }

  private static String fiftyMegabytes() {
    StringBuilder html = new StringBuilder(50_000_100).append("<html><body>");
    while (html.length() < 50_000_000) {
      html.append("<p>").append(Pages.P3).append("</p>");
    }
    return html.append("</body></html>").toString();
  }

  @Test
  void aPageThatIsOneScript() {
    String html = "<script>" + "var x = 'a, b, c. And some text, with commas, that is code.';\n".repeat(20_000) + "</script>";
    Article article = assertTimeoutPreemptively(LIMIT, () -> EXTRACTOR.extract(html));
    assertTrue(article.isEmpty());
  }

  @Test
  void anUnclosedScriptSwallowsThePage() {
    Article article = EXTRACTOR.extract("<html><body><script>var a = 1;<p>" + Pages.P1);
    assertTrue(article.isEmpty(), article.text());
  }

  @Test
  void framesets() {
    String html = "<html><frameset cols=\"50%,50%\"><frame src=\"left.html\"><frame src=\"right.html\">"
        + "<noframes><body><p>" + Pages.P1 + "</p></body></noframes></frameset></html>";
    Article article = assertTimeoutPreemptively(LIMIT, () -> EXTRACTOR.extract(html));
    assertTrue(article.text().isEmpty() || article.text().contains("grain depot"));
  }

  @Test
  void binaryBytesGiveAnArticleNotAnError() {
    byte[] bytes = new byte[2_000_000];
    new Random(42).nextBytes(bytes);
    Article article = assertTimeoutPreemptively(LIMIT, () -> EXTRACTOR.extract(bytes, "text/html", ""));
    assertTrue(article.paragraphs().stream().allMatch(p -> !p.isBlank()));
  }

  @Test
  void deeplyNestedJsonLd() {
    String json = "{\"a\":".repeat(200_000) + "1" + "}".repeat(200_000);
    String html = "<html><head><script type=\"application/ld+json\">" + json
        + "</script></head><body><p>" + Pages.P1 + "</p></body></html>";
    Article article = assertTimeoutPreemptively(LIMIT, () -> EXTRACTOR.extract(html));
    assertEquals(List.of(Pages.P1), article.paragraphs());
  }

  @Test
  void manyTablesAndListsNestedInEachOther() {
    String html = "<html><body>" + "<table><tr><td><ul><li>".repeat(5_000) + Pages.P4
        + "</li></ul></td></tr></table>".repeat(5_000) + "</body></html>";
    Article article = assertTimeoutPreemptively(LIMIT, () -> EXTRACTOR.extract(html));
    assertTrue(article.text().isEmpty() || article.text().contains("brick in 1911"));
  }

  @Test
  void controlCharactersAndWrongCharset() {
    byte[] bytes = ("<html><head><meta charset=\"utf-8\"></head><body><p>Stra\u00dfe \u0001\u0002 and"
        + " more words, enough of them to count as a paragraph here.</p></body></html>")
        .getBytes(StandardCharsets.ISO_8859_1);
    Article article = EXTRACTOR.extract(bytes, "text/html", "");
    assertTrue(article.text().contains("Stra\uFFFDe"), article.text());
    assertTrue(article.text().chars().noneMatch(c -> c < 0x20), article.text());
  }

  /**
   * Every character the summarizer counts as a word separator (line and paragraph separators,
   * Ogham and mathematical spaces, the word joiner, controls, ...) separates words in an extracted
   * article too, so the article's words are the words the summary counts.
   */
  @Test
  void everySeparatorOfTheSummarizerSeparatesWordsInArticles() {
    StringBuilder html = new StringBuilder("<html><body><article>");
    List<Character> separators = new ArrayList<>();
    for (char c = 1; c < 0x3100; c++) {
      if (Words.isWhitespace(c) && c != '\r') {
        separators.add(c);
        html.append("<p>Paragraph ").append((int) c).append(" says left").append(c)
            .append("right, and then goes on with enough ordinary words to be a paragraph.</p>");
      }
    }
    html.append("</article></body></html>");
    Article article = EXTRACTOR.extract(html.toString(), "");
    for (char c : separators) {
      assertTrue(
          article.text().contains("Paragraph " + (int) c + " says left right, and"),
          () -> String.format("U+%04X: %s", (int) c, article.text()));
    }
  }
}
