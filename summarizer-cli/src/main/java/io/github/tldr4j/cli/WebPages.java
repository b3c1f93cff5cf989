package io.github.tldr4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tldr4j.summarizer.analysis.Analyzers;
import io.github.tldr4j.summarizer.text.Words;
import io.github.tldr4j.web.Article;
import io.github.tldr4j.web.ArticleExtractor;
import io.github.tldr4j.web.FetchException;
import io.github.tldr4j.web.PageFetcher;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;

/**
 * Web pages for the command: fetching URLs, extracting articles from HTML, and printing an
 * article. The fetcher allows loopback and private addresses, since {@code tldr} runs for the
 * machine's own user; its other limits are the library's (10 MB, 5 redirects, 10 s to connect),
 * with the {@code --timeout} of the command line. At most {@link #MAX_FETCHES} pages are fetched at
 * once. Thread-safe: one instance serves every worker of a batch.
 */
final class WebPages {

  /** How many pages a batch fetches at once at most. */
  static final int MAX_FETCHES = 8;

  /**
   * The extractor, built on first use: a batch of texts constructs a {@code WebPages} too, and the
   * extractor's class set-up (its patterns) then cost a cold JVM's main thread some milliseconds
   * for nothing.
   */
  private static final class Extractor {
    static final ArticleExtractor INSTANCE = ArticleExtractor.create();
  }

  private final Duration timeout;
  private final Bound fetches = new Bound(MAX_FETCHES);
  private volatile PageFetcher fetcher; // built on the first fetch: an HTTP client costs start-up time

  /**
   * Pages fetched with a response timeout.
   *
   * @param timeout how long to wait for a whole response
   */
  WebPages(Duration timeout) {
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  /**
   * Fetches a page and extracts its article, waiting while {@link #MAX_FETCHES} other fetches run.
   * On a worker of a {@link ForkJoinPool} (a JSON Lines batch), the wait and the fetch are a
   * {@linkplain ForkJoinPool#managedBlock managed block}: the pool may start a spare worker to
   * compute meanwhile.
   *
   * @param url the page's address
   * @return the article
   * @throws CliException with status {@link CliException#BAD_INPUT} whose message starts with the
   *     URL and names the cause (HTTP status, timeout, not HTML, too large, network error)
   */
  Article fetch(String url) throws CliException {
    Fetch fetch = new Fetch(url);
    try {
      ForkJoinPool.managedBlock(fetch);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw CliException.badInput("interrupted");
    }
    return fetch.result();
  }

  /** One bounded fetch, as a blocker a fork-join pool can compensate for. */
  private final class Fetch implements ForkJoinPool.ManagedBlocker {

    private final String url;
    private Article article;
    private CliException failure;
    private boolean done;

    Fetch(String url) {
      this.url = url;
    }

    @Override
    public boolean block() {
      try {
        article =
            fetches.run(
                () -> {
                  try {
                    return fetcher().fetch(url).article(Extractor.INSTANCE);
                  } catch (FetchException e) {
                    throw CliException.badInput(Words.oneLine(e.getMessage()));
                  } catch (IllegalArgumentException e) {
                    throw CliException.badInput(url + ": " + e.getMessage());
                  }
                });
      } catch (CliException e) {
        failure = e;
      }
      done = true;
      return true;
    }

    @Override
    public boolean isReleasable() {
      return done;
    }

    Article result() throws CliException {
      if (failure != null) {
        throw failure;
      }
      return article;
    }
  }

  private PageFetcher fetcher() {
    PageFetcher f = fetcher;
    if (f == null) {
      synchronized (this) {
        f = fetcher;
        if (f == null) {
          f = PageFetcher.builder().allowPrivateAddresses(true).timeout(timeout).build();
          fetcher = f;
        }
      }
    }
    return f;
  }

  /**
   * Extracts the article of an HTML page, decoding its bytes as a browser would.
   *
   * @param bytes the page, in any charset
   * @param url the page's address, for relative links; "" when unknown
   * @param name what the page is, for messages (a file name, {@code "html"})
   * @return the article
   * @throws CliException with status {@link CliException#BAD_INPUT} if the page is too large
   */
  static Article fromHtml(byte[] bytes, String url, String name) throws CliException {
    try {
      return Extractor.INSTANCE.extract(bytes, "", url);
    } catch (IllegalArgumentException e) {
      throw CliException.badInput(name + ": " + e.getMessage());
    }
  }

  /**
   * Whether a JSON Lines document is a web page: it gives {@code "html"} or {@code "url"}, and no
   * {@code "text"}.
   *
   * @param input the line's object
   * @return true for a page
   */
  static boolean isPage(ObjectNode input) {
    return !input.hasNonNull("text") && (input.hasNonNull("html") || input.hasNonNull("url"));
  }

  /**
   * Fetches the page a JSON Lines document names, if it names one only by its {@code "url"}.
   *
   * @param input the line's object
   * @return the fetched article, or empty when the line gives its content ({@code "text"} or
   *     {@code "html"}) or no URL
   * @throws CliException for a mistyped {@code "url"}, or a page that cannot be fetched or read
   */
  Optional<Article> fetchLine(ObjectNode input) throws CliException {
    if (input.hasNonNull("text") || input.hasNonNull("html")) {
      return Optional.empty();
    }
    Optional<String> url = Tldr.optionalString(input, "url");
    return url.isPresent() ? Optional.of(fetch(url.get())) : Optional.empty();
  }

  /**
   * The article of a JSON Lines document: the fetched one, else its {@code "html"} with the
   * optional {@code "url"} (the page's address).
   *
   * @param input the line's object
   * @param fetched what {@link #fetchLine} returned for it
   * @return the article
   * @throws CliException if the line gives neither {@code "html"} nor {@code "url"}, a field is
   *     mistyped, or the page is too large
   */
  static Article lineArticle(ObjectNode input, Optional<Article> fetched) throws CliException {
    if (fetched.isPresent()) {
      return fetched.get();
    }
    Optional<String> html = Tldr.optionalString(input, "html");
    if (html.isEmpty()) {
      throw CliException.badInput("missing \"html\" or \"url\"");
    }
    String url = Tldr.optionalString(input, "url").orElse("");
    try {
      return Extractor.INSTANCE.extract(html.get(), url);
    } catch (IllegalArgumentException e) {
      throw CliException.badInput("\"html\": " + e.getMessage());
    }
  }

  /**
   * The language to summarize a page in: the explicit one, else the page's own when it is an ISO
   * 639-1 code, else the fallback.
   *
   * @param article the page's article
   * @param explicit the language the user gave, if any
   * @param fallback the language otherwise
   * @return a normalized language code
   */
  static String language(Article article, Optional<String> explicit, String fallback) {
    if (explicit.isPresent()) {
      return explicit.get();
    }
    if (article.language().isPresent()) {
      try {
        return Analyzers.normalize(article.language().get());
      } catch (IllegalArgumentException e) {
        return fallback; // a page may declare anything ("x-klingon", "English")
      }
    }
    return fallback;
  }

  /**
   * Adds an article's fields to a JSON object: {@code "title", "text", "paragraphs", "language",
   * "url", "byline", "published"}, absent values as {@code null}.
   *
   * @param target the object to fill
   * @param article the article
   * @return {@code target}
   */
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

  /**
   * The article as {@code tldr extract} prints it: the title, then the paragraphs, separated by
   * blank lines; each block on one line.
   *
   * @param article the article
   * @return the text, ending with a line break; "" for an empty article without a title
   */
  static String text(Article article) {
    StringBuilder out = new StringBuilder();
    if (!article.title().isBlank()) {
      out.append(Words.oneLine(article.title())).append("\n\n");
    }
    for (String paragraph : article.paragraphs()) {
      out.append(Words.oneLine(paragraph)).append("\n\n");
    }
    if (out.length() > 0) {
      out.setLength(out.length() - 1); // no blank line after the last block
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
