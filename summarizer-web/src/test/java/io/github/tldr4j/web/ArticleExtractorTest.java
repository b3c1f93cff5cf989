package io.github.tldr4j.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tldr4j.summarizer.Document;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class ArticleExtractorTest {

  private static final ArticleExtractor EXTRACTOR = ArticleExtractor.create();

  @Test
  void keepsTheArticleInOrderAndDropsTheFurniture() {
    Article article = EXTRACTOR.extract(Pages.newsPage(), "https://courier.example/news/x?ref=1");
    assertEquals(
        List.of(
            Pages.P1, Pages.P2, Pages.SUB, Pages.P3, Pages.ITEM1, Pages.ITEM2, Pages.P4),
        article.paragraphs());
  }

  @Test
  void readsWhatThePageStatesAboutItself() {
    Article article = EXTRACTOR.extract(Pages.newsPage(), "https://courier.example/news/x?ref=1");
    assertEquals("Wexbridge depot to become covered market", article.title());
    assertEquals(Optional.of("en"), article.language());
    assertEquals(Optional.of("https://courier.example/news/depot-market"), article.url());
    assertEquals(Optional.of("Ann Porter"), article.byline());
    assertEquals(Optional.of("2026-03-14T09:30:00Z"), article.published());
  }

  @Test
  void summarizesAsADocumentWithItsTitleAndParagraphs() {
    Article article = EXTRACTOR.extract(Pages.newsPage());
    Document document = article.toDocument();
    assertEquals(Optional.of(article.title()), document.title());
    assertEquals(String.join("\n\n", article.paragraphs()), document.body());
    assertEquals(article.text(), document.body());
  }

  static Stream<Arguments> titles() {
    return Stream.of(
        // <title> with the site's name after a separator: the longer part is the headline
        Arguments.of("<title>Harbour fees rise again - Coast Daily</title>", "", "Harbour fees rise again"),
        Arguments.of("<title>Coast Daily | Harbour fees rise again this spring</title>", "",
            "Harbour fees rise again this spring"),
        // og:title wins over <title>
        Arguments.of("<title>Site</title><meta property=\"og:title\" content=\"Ferry timetable changes\">", "",
            "Ferry timetable changes"),
        // an <h1> that the head's title contains is the headline as shown
        Arguments.of("<title>Ferry timetable changes | Site</title>", "<h1>Ferry timetable changes</h1>",
            "Ferry timetable changes"),
        // JSON-LD headline when nothing else
        Arguments.of("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
            + "\"Lighthouse reopens\"}</script>", "", "Lighthouse reopens"),
        Arguments.of("", "", ""));
  }

  @ParameterizedTest
  @MethodSource("titles")
  void findsTheTitle(String head, String body, String expected) {
    String html = "<html><head>" + head + "</head><body>" + body + "<p>" + Pages.P1 + "</p></body></html>";
    assertEquals(expected, EXTRACTOR.extract(html).title());
  }

  static Stream<Arguments> languages() {
    return Stream.of(
        Arguments.of("<html lang=\"de-AT\"><head>", "de"),
        Arguments.of("<html><head><meta http-equiv=\"content-language\" content=\"fr\">", "fr"),
        Arguments.of("<html><head><meta property=\"og:locale\" content=\"pt_BR\">", "pt"),
        Arguments.of("<html lang=\"\"><head>", null),
        Arguments.of("<html lang=\"12\"><head>", null),
        Arguments.of("<html><head>", null));
  }

  @ParameterizedTest
  @MethodSource("languages")
  void readsTheLanguage(String start, String expected) {
    String html = start + "</head><body><p>" + Pages.P1 + "</p></body></html>";
    assertEquals(Optional.ofNullable(expected), EXTRACTOR.extract(html).language());
  }

  @Test
  void readsJsonLdMetadata() {
    String html =
        "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
            + "\"@type\":\"NewsArticle\",\"headline\":\"Quay \\\"works\\\" finished\","
            + "\"datePublished\":\"2025-07-01\",\"author\":{\"@type\":\"Person\",\"name\":\"Ben Ito\"}}"
            + "</script></head><body><p>" + Pages.P1 + "</p></body></html>";
    Article article = EXTRACTOR.extract(html, "https://a.example/q");
    assertEquals("Quay \"works\" finished", article.title());
    assertEquals(Optional.of("2025-07-01"), article.published());
    assertEquals(Optional.of("Ben Ito"), article.byline());
    assertEquals(Optional.of("https://a.example/q"), article.url());
  }

  @Test
  void textBetweenLineBreaksGivesParagraphs() {
    String html = "<html><body><div class=\"story\">" + Pages.P1 + "<br><br>" + Pages.P2
        + "<br>" + Pages.P3 + "</div><div class=\"sidebar\"><a href=\"/1\">One</a></div></body></html>";
    assertEquals(List.of(Pages.P1, Pages.P2, Pages.P3), EXTRACTOR.extract(html).paragraphs());
  }

  @Test
  void collapsesWhitespaceAndEntities() {
    String html = "<html><body><article><p>  The  quay&nbsp;was\n\trebuilt, at last, in the spring of"
        + " that year &amp; then painted.</p></article></body></html>";
    assertEquals(
        List.of("The quay was rebuilt, at last, in the spring of that year & then painted."),
        EXTRACTOR.extract(html).paragraphs());
  }

  @Test
  void hiddenElementsAreNotText() {
    String html = "<html><body><article><p>" + Pages.P1 + "</p>"
        + "<p style=\"display: none\">Secret text that the reader never sees on the page at all.</p>"
        + "<p hidden>Another hidden paragraph that must not be part of the article text.</p>"
        + "<p>" + Pages.P2 + "</p></article></body></html>";
    assertEquals(List.of(Pages.P1, Pages.P2), EXTRACTOR.extract(html).paragraphs());
  }

  @Test
  void pagesWithoutArticleTextGiveAnEmptyArticle() {
    for (String html : List.of("", "   ", "<html></html>", "<script>var a = 1;</script>",
        "<html><body><nav><a href=\"/\">Home</a></nav></body></html>",
        "<frameset><frame src=\"a.html\"><frame src=\"b.html\"></frameset>")) {
      Article article = EXTRACTOR.extract(html);
      assertTrue(article.isEmpty(), html);
      assertEquals("", article.text());
    }
  }

  @Test
  void plainParagraphsWithoutMarkupAreKept() {
    Article article = EXTRACTOR.extract("<p>" + Pages.P1 + "</p>");
    assertEquals(List.of(Pages.P1), article.paragraphs());
  }

  @Test
  void decodesBytesWithTheDeclaredCharset() {
    String html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\u00e9 owners on the"
        + " quay, in the town of G\u00f6rlitz, met on Monday evening to talk.</p></body></html>";
    byte[] latin1 = html.getBytes(StandardCharsets.ISO_8859_1);
    Article article = EXTRACTOR.extract(latin1, "", "");
    assertTrue(article.text().startsWith("Caf\u00e9 owners"), article.text());
    assertTrue(article.text().contains("G\u00f6rlitz"));
  }

  @Test
  void refusesPagesOverTheLimit() {
    ArticleExtractor small = ArticleExtractor.withMaxChars(100);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> small.extract("x".repeat(101)));
    assertTrue(e.getMessage().contains("101"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ArticleExtractor.withMaxChars(0));
    assertFalse(small.extract("<p>Short, but whole.</p>").isEmpty());
  }

  @Test
  void nullArgumentsThrow() {
    assertThrows(NullPointerException.class, () -> EXTRACTOR.extract((String) null));
    assertThrows(NullPointerException.class, () -> EXTRACTOR.extract("", null));
    assertThrows(NullPointerException.class, () -> EXTRACTOR.extract((byte[]) null, "", ""));
  }

  @Test
  void isDeterministicAndThreadSafe() throws Exception {
    Article expected = EXTRACTOR.extract(Pages.newsPage());
    List<Thread> threads = new java.util.ArrayList<>();
    java.util.concurrent.atomic.AtomicInteger mismatches = new java.util.concurrent.atomic.AtomicInteger();
    for (int t = 0; t < 4; t++) {
      Thread thread = new Thread(() -> {
        for (int i = 0; i < 50; i++) {
          if (!EXTRACTOR.extract(Pages.newsPage()).equals(expected)) {
            mismatches.incrementAndGet();
          }
        }
      });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertEquals(0, mismatches.get());
  }

  @Test
  void aDropCapStaysWithItsWord() {
    // regression: a tiny inline box was dropped as furniture, leaving "ong" for "Long"
    String html = "<html><body><article><p><span class=\"initial\"><span>L</span></span>ong after"
        + " the ferry stopped running, the pier stayed open to anglers and, in summer, to divers.</p>"
        + "<p>" + Pages.P2 + "</p></article></body></html>";
    assertTrue(EXTRACTOR.extract(html).text().startsWith("Long after the ferry"));
  }

  @Test
  void paragraphsWrittenAsDivsJoinTheArticle() {
    // the best container holds most paragraphs; its div siblings are paragraphs too
    String html = "<html><body><div class=\"wrap\"><div class=\"para\">" + Pages.P4 + "</div>"
        + "<div class=\"para\">Short, but a sentence.</div>"
        + "<div class=\"rest\"><p>" + Pages.P1 + "</p><p>" + Pages.P2 + "</p><p>" + Pages.P3
        + "</p></div></div></body></html>";
    assertEquals(
        List.of(Pages.P4, "Short, but a sentence.", Pages.P1, Pages.P2, Pages.P3),
        EXTRACTOR.extract(html).paragraphs());
  }

  static Stream<Arguments> edgeLines() {
    return Stream.of(
        // datelines go, wherever they are; a sentence with a year stays
        Arguments.of("<p>Updated 10:42 am, Friday, May 8, 2026</p>", true),
        Arguments.of("<p>May 8, 2026</p>", true),
        Arguments.of("<p>The pier was built in 1904.</p>", false),
        Arguments.of("<h2>The 2026 season</h2>", false),
        // the attribution of an embedded post is not a dateline
        Arguments.of("<p>\u2014 Harbour Watch (@harbourwatch) May 8, 2026</p>", false));
  }

  @ParameterizedTest
  @MethodSource("edgeLines")
  void datelinesAreNotText(String block, boolean dropped) {
    String html = "<html><body><article><p>" + Pages.P1 + "</p>" + block + "<p>" + Pages.P2
        + "</p></article></body></html>";
    assertEquals(dropped ? 2 : 3, EXTRACTOR.extract(html).paragraphs().size());
  }

  @Test
  void shortUnpunctuatedLinesAtTheEndsAreDropped() {
    String html = "<html><body><article><p>Listen</p><p>" + Pages.P1 + "</p><p>" + Pages.P2
        + "</p><p>Share this story</p><p>More:</p></article></body></html>";
    assertEquals(List.of(Pages.P1, Pages.P2), EXTRACTOR.extract(html).paragraphs());
    String kept = "<html><body><article><p>" + Pages.P1 + "</p><p>It worked.</p></article></body></html>";
    assertEquals(List.of(Pages.P1, "It worked."), EXTRACTOR.extract(kept).paragraphs());
  }

  private static String jsonLdPage(String articleBody, String visible) {
    return "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\","
        + " \"headline\": \"Depot vote\", \"articleBody\": \"" + articleBody + "\"}</script>"
        + "</head><body><nav><a href=/>Home</a></nav>" + visible + "</body></html>";
  }

  @Test
  void aJsonLdArticleBodyStandsInForTextThePageDoesNotShow() {
    // the markup shows a teaser; the structured data states the whole article, line by line
    String html = jsonLdPage(Pages.P1 + "\\n" + Pages.P2 + "\\n\\n" + Pages.P3, "<p>" + Pages.P1 + "</p>");
    assertEquals(List.of(Pages.P1, Pages.P2, Pages.P3), EXTRACTOR.extract(html).paragraphs());
    // markup inside the JSON string is read as markup
    String marked = jsonLdPage("<p>" + Pages.P1 + "</p><p>" + Pages.P4 + "</p>", "");
    assertEquals(List.of(Pages.P1, Pages.P4), EXTRACTOR.extract(marked).paragraphs());
  }

  @Test
  void aJsonLdArticleBodyDoesNotReplaceTheShownArticle() {
    // the page shows the article, with a subheading and list the structured data leaves out
    String visible =
        "<article><p>" + Pages.P1 + "</p><p>" + Pages.P2 + "</p><h2>" + Pages.SUB + "</h2><p>"
            + Pages.P3 + "</p><ul><li>" + Pages.ITEM1 + "</li></ul></article>";
    String html = jsonLdPage(Pages.P1 + " " + Pages.P2 + " " + Pages.P3, visible);
    assertEquals(
        List.of(Pages.P1, Pages.P2, Pages.SUB, Pages.P3, Pages.ITEM1),
        EXTRACTOR.extract(html).paragraphs());
    // and a short description in the structured data changes nothing
    String teaser = jsonLdPage("Depot to become a market.", visible);
    assertEquals(5, EXTRACTOR.extract(teaser).paragraphs().size());
  }

  @Test
  void aTableRowIsOneBlock() {
    String html =
        "<html><body><p>" + Pages.P1 + "</p><table><tr><th>Stall</th><th>Rent</th></tr>"
            + "<tr><td>Fishmonger</td><td>40</td></tr><tr><td>Baker</td><td>35</td></tr>"
            + "<tr><td>Greengrocer</td><td>30</td></tr></table><p>"
            + Pages.P2 + "</p></body></html>";
    assertEquals(
        List.of(Pages.P1, "Stall Rent", "Fishmonger 40", "Baker 35", "Greengrocer 30", Pages.P2),
        EXTRACTOR.extract(html).paragraphs());
  }
}
