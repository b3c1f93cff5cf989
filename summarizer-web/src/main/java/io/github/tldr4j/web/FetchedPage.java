package io.github.tldr4j.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A fetched page: the address it was finally read from (after redirects), its content type and
 * its body, decompressed. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class FetchedPage {

  private final String url;
  private final String contentType;
  private final byte[] body;

  FetchedPage(String url, String contentType, byte[] body) {
    this.url = url;
    this.contentType = contentType;
    this.body = body;
  }

  /**
   * Returns the address the page was read from, after redirects.
   *
   * @return the URL
   */
  public String url() {
    return url;
  }

  /**
   * Returns the {@code Content-Type} header as the server sent it.
   *
   * @return the header value, "" when absent
   */
  public String contentType() {
    return contentType;
  }

  /**
   * Returns the body, decompressed.
   *
   * @return a copy of the bytes
   */
  public byte[] body() {
    return body.clone();
  }

  /**
   * Returns the body decoded as a browser would (byte order mark, the header's charset, {@code
   * <meta>}, then UTF-8 if valid, else windows-1252).
   *
   * @return the text
   */
  public String text() {
    return Charsets.decode(body, contentType).text();
  }

  /**
   * Returns whether the server sent plain text rather than HTML.
   *
   * @return true for {@code text/plain}
   */
  public boolean isPlainText() {
    return PageFetcher.mediaType(contentType).equals("text/plain");
  }

  /**
   * Extracts the page's article: from HTML with {@code extractor}; for plain text, the text's
   * paragraphs (split at blank lines) without a title.
   *
   * @param extractor the extractor to use for HTML
   * @return the article
   * @throws IllegalArgumentException if the page is longer than the extractor accepts
   */
  public Article article(ArticleExtractor extractor) {
    if (!isPlainText()) {
      return extractor.extract(body, contentType, url);
    }
    List<String> paragraphs = new ArrayList<>();
    for (String block : text().split("\\n\\s*\\n")) {
      String paragraph = Text.collapse(block);
      if (!paragraph.isEmpty()) {
        paragraphs.add(paragraph);
      }
    }
    return new Article.Builder().paragraphs(paragraphs).url(url).build();
  }
}
