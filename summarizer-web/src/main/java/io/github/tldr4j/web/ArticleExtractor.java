package io.github.tldr4j.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import java.util.regex.Pattern;

/**
 * Extracts the article from the HTML of a web page: its title, its main text as paragraphs, and
 * what the page states about itself (language, canonical address, author, date).
 *
 * <p>It works on any site without rules for particular sites: the main text is found by general
 * signals (the amount of text and punctuation in paragraphs, link density, the words of class and
 * id attributes, the page's landmarks); see the package documentation for the method. A page
 * without article text gives an {@linkplain Article#isEmpty() empty article}, never an exception.
 *
 * <pre>{@code
 * Article article = ArticleExtractor.create().extract(html, "https://example.org/news/1");
 * Summary summary = summarizer.summarize(article.toDocument(), Budget.words(100));
 * }</pre>
 *
 * <p>Time and memory are linear in the page's size, and nesting depth is not limited by the
 * stack. Pages longer than {@link #maxChars()} characters are refused. Instances are immutable and
 * safe for use by multiple concurrent threads.
 *
 * @since 0.1
 */
public final class ArticleExtractor {

  /** The default limit on a page's length: 16 million characters. */
  public static final int DEFAULT_MAX_CHARS = 16_000_000;

  /** An HTML tag for a paragraph or line break in a JSON-LD article body. */
  private static final Pattern MARKUP = Pattern.compile("(?i)<(?:p|br|div|h[1-6]|li)[\\s/>]");

  private static final ArticleExtractor DEFAULT = new ArticleExtractor(DEFAULT_MAX_CHARS);

  private final int maxChars;

  private ArticleExtractor(int maxChars) {
    this.maxChars = maxChars;
  }

  /**
   * Returns an extractor with the default limits.
   *
   * @return the shared default extractor
   */
  public static ArticleExtractor create() {
    return DEFAULT;
  }

  /**
   * Returns an extractor that refuses pages longer than {@code maxChars} characters.
   *
   * @param maxChars the longest page accepted, at least 1
   * @return the extractor
   * @throws IllegalArgumentException if {@code maxChars} is less than 1
   */
  public static ArticleExtractor withMaxChars(int maxChars) {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be at least 1: " + maxChars);
    }
    return new ArticleExtractor(maxChars);
  }

  /**
   * Returns the longest page, in characters, this extractor accepts.
   *
   * @return the limit
   */
  public int maxChars() {
    return maxChars;
  }

  /**
   * Extracts the article of a page whose address is unknown.
   *
   * @param html the page's HTML
   * @return the article, empty when the page has no article text
   * @throws NullPointerException if {@code html} is null
   * @throws IllegalArgumentException if the page is longer than {@link #maxChars()}
   */
  public Article extract(String html) {
    return extract(html, "");
  }

  /**
   * Extracts the article of a page.
   *
   * @param html the page's HTML
   * @param url the page's address, used for relative links and as the fallback canonical URL; ""
   *     when unknown
   * @return the article, empty when the page has no article text
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the page is longer than {@link #maxChars()}
   */
  public Article extract(String html, String url) {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(url, "url");
    if (html.length() > maxChars) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "page too large: %d characters, the limit is %d",
              html.length(),
              maxChars));
    }
    Document page = Jsoup.parse(html, url, Parser.htmlParser());
    Metadata metadata = Metadata.read(page, url);
    Element body = page.body();
    List<String> paragraphs =
        body == null ? List.of() : new MainContent(body).blocks(metadata.title());
    List<String> structured = structuredBody(metadata);
    if (words(structured) > 2 * words(paragraphs)) {
      // the page states its article body in JSON-LD and shows less than half of it (a page drawn
      // by script, a teaser in the markup): what it states is the article
      paragraphs = structured;
    }
    return new Article.Builder()
        .title(metadata.title())
        .paragraphs(paragraphs)
        .language(Metadata.orNull(metadata.language()))
        .url(Metadata.orNull(metadata.url()))
        .byline(Metadata.orNull(metadata.byline()))
        .published(Metadata.orNull(metadata.published()))
        .build();
  }

  /**
   * The JSON-LD {@code articleBody} as blocks: one per line of plain text, or, when it holds
   * markup, the main text of that markup.
   */
  private static List<String> structuredBody(Metadata metadata) {
    String body = metadata.structuredBody();
    if (body.isBlank()) {
      return List.of();
    }
    if (MARKUP.matcher(body).find()) {
      Element fragment = Jsoup.parseBodyFragment(body).body();
      return new MainContent(fragment).blocks(metadata.title());
    }
    List<String> blocks = new ArrayList<>();
    for (String line : body.split("\n")) {
      String block = Text.collapse(line);
      if (!block.isEmpty()) {
        blocks.add(block);
      }
    }
    return blocks;
  }

  private static int words(List<String> blocks) {
    int words = 0;
    for (String block : blocks) {
      words += Furniture.words(block);
    }
    return words;
  }

  /**
   * Decodes a page's bytes as a browser would (byte order mark, then the HTTP header's charset,
   * then {@code <meta>}, then UTF-8 if valid, else windows-1252) and extracts its article.
   *
   * @param bytes the page as served
   * @param contentType the HTTP {@code Content-Type} value, or "" when unknown
   * @param url the page's address, or "" when unknown
   * @return the article, empty when the page has no article text
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the decoded page is longer than {@link #maxChars()}
   */
  public Article extract(byte[] bytes, String contentType, String url) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(contentType, "contentType");
    if (bytes.length > 4L * maxChars) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "page too large: %d bytes, the limit is %d characters", bytes.length, maxChars));
    }
    return extract(Charsets.decode(bytes, contentType).text(), url);
  }
}
