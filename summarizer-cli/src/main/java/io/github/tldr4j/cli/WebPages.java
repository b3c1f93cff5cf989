package io.github.tldr4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tldr4j.summarizer.analysis.Analyzers;
import io.github.tldr4j.web.Article;
import io.github.tldr4j.web.ArticleExtractor;
import io.github.tldr4j.web.FetchException;
import io.github.tldr4j.web.PageFetcher;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;

/**
 * Web pages for the command: fetching URLs, extracting articles from HTML, and the JSON of an
 * article. The fetcher allows private and loopback addresses: {@code tldr} runs for the machine's
 * own user. Stateless; the shared fetcher and extractor are thread-safe.
 */
final class WebPages {

  /** The default response timeout, in seconds; the system property {@code tldr.timeout} sets it. */
  static final int DEFAULT_TIMEOUT_SECONDS = 20;

  static final ArticleExtractor EXTRACTOR = ArticleExtractor.create();

  private WebPages() {}

  /**
   * The fetcher for the command: every address allowed (the machine's own user runs it), the
   * library's limits, and the response timeout of the system property {@code tldr.timeout}
   * (seconds, default 20).
   */
  static PageFetcher fetcher() {
    int seconds = DEFAULT_TIMEOUT_SECONDS;
    try {
      seconds = Integer.parseInt(System.getProperty("tldr.timeout", "").trim());
    } catch (NumberFormatException e) {
      // not set or not a number: the default
    }
    return FETCHERS.computeIfAbsent(
        Math.max(1, Math.min(seconds, 3600)),
        s -> PageFetcher.builder().allowPrivateAddresses(true).timeout(Duration.ofSeconds(s)).build());
  }

  /** One fetcher per timeout: a fetcher holds an HTTP client, which is shared by the workers. */
  private static final Map<Integer, PageFetcher> FETCHERS = new ConcurrentHashMap<>();

  /** Whether a FILE argument is a URL to fetch. */
  static boolean isUrl(String argument) {
    String lower = argument.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  /**
   * Fetches a page and extracts its article.
   *
   * @throws CliException with status {@link CliException#BAD_INPUT} naming the URL and the cause
   */
  static Article fetch(String url) throws CliException {
    try {
      return fetcher().fetch(url).article(EXTRACTOR);
    } catch (FetchException e) {
      throw CliException.badInput(e.getMessage());
    } catch (IllegalArgumentException e) {
      throw CliException.badInput(url + ": " + e.getMessage());
    }
  }

  /**
   * Extracts the article of an HTML page read from a file or standard input.
   *
   * @param bytes the page, in any charset (decoded as a browser would)
   * @param name the file's name, for messages
   * @throws CliException with status {@link CliException#BAD_INPUT} if the page is too large
   */
  static Article fromHtml(byte[] bytes, String name) throws CliException {
    try {
      return EXTRACTOR.extract(bytes, "", "");
    } catch (IllegalArgumentException e) {
      throw CliException.badInput(name + ": " + e.getMessage());
    }
  }

  /**
   * Extracts the article of a JSON Lines document: {@code "html"} with an optional {@code "url"}
   * (the page's address), or only {@code "url"}, fetched.
   *
   * @return the article, or empty when the line has neither field
   * @throws CliException for a mistyped field or a page that cannot be fetched or read
   */
  static Optional<Article> fromLine(ObjectNode input) throws CliException {
    Optional<String> html = Tldr.optionalString(input, "html");
    Optional<String> url = Tldr.optionalString(input, "url");
    if (html.isPresent()) {
      try {
        return Optional.of(EXTRACTOR.extract(html.get(), url.orElse("")));
      } catch (IllegalArgumentException e) {
        throw CliException.badInput("\"html\": " + e.getMessage());
      }
    }
    if (url.isPresent()) {
      return Optional.of(fetch(url.get()));
    }
    return Optional.empty();
  }

  /**
   * The language to summarize a page in: the explicit one, else the page's own if the library
   * supports it, else the default.
   */
  static String language(Article article, Optional<String> explicit, String fallback) {
    if (explicit.isPresent()) {
      return explicit.get();
    }
    if (article.language().isPresent()) {
      try {
        return Analyzers.normalize(article.language().get());
      } catch (IllegalArgumentException e) {
        return fallback;
      }
    }
    return fallback;
  }

  /** Adds an article's fields to a JSON object. */
  static ObjectNode json(ObjectNode target, Article article) {
    target.put("title", article.title());
    target.put("text", article.text());
    ArrayNode paragraphs = target.putArray("paragraphs");
    article.paragraphs().forEach(paragraphs::add);
    put(target, "language", article.language());
    put(target, "url", article.url());
    put(target, "byline", article.byline());
    put(target, "published", article.published());
    return target;
  }

  /** The article as {@code tldr extract} prints it: title, blank line, paragraphs. */
  static String text(Article article) {
    StringBuilder out = new StringBuilder();
    if (!article.title().isEmpty()) {
      out.append(Texts.oneLine(article.title())).append("\n\n");
    }
    for (String paragraph : article.paragraphs()) {
      out.append(Texts.oneLine(paragraph)).append("\n\n");
    }
    if (out.length() > 0) {
      out.setLength(out.length() - 2); // no blank line after the last block
    }
    return out.toString();
  }

  private static void put(ObjectNode target, String field, Optional<String> value) {
    if (value.isPresent()) {
      target.put(field, value.get());
    } else {
      target.putNull(field);
    }
  }
}
