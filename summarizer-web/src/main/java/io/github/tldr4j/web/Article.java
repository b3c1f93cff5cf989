package io.github.tldr4j.web;

import io.github.tldr4j.summarizer.Document;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The article of a web page: its title, its main text as blocks in reading order, and what the page
 * states about itself.
 *
 * <p>Each block is one paragraph, subheading, list item, quotation or preformatted passage, with
 * its whitespace collapsed to single spaces. Navigation, headers and footers, share bars, captions,
 * related-article lists, comments and similar page furniture are not part of it. A page without an
 * article gives an article with no blocks ({@link #isEmpty()}). Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Article {

  private final String title;
  private final List<String> paragraphs;
  private final String language;
  private final String url;
  private final String byline;
  private final String published;

  private Article(Builder builder) {
    this.title = builder.title;
    this.paragraphs = List.copyOf(builder.paragraphs);
    this.language = builder.language;
    this.url = builder.url;
    this.byline = builder.byline;
    this.published = builder.published;
  }

  /**
   * Returns the article's headline, or an empty string when the page has none.
   *
   * @return the title, never null
   */
  public String title() {
    return title;
  }

  /**
   * Returns the blocks of the main text (paragraphs, subheadings, list items) in page order.
   *
   * @return an unmodifiable list, empty when no article was found
   */
  public List<String> paragraphs() {
    return paragraphs;
  }

  /**
   * Returns the main text: the blocks separated by blank lines.
   *
   * @return the text, empty when no article was found
   */
  public String text() {
    return String.join("\n\n", paragraphs);
  }

  /**
   * Returns whether no main text was found.
   *
   * @return true when there are no blocks
   */
  public boolean isEmpty() {
    return paragraphs.isEmpty();
  }

  /**
   * Returns the page's language as it declares it ({@code <html lang>}, {@code content-language}
   * or metadata), as a lower-case primary subtag such as {@code "en"}.
   *
   * @return the language code, or empty when the page does not declare one
   */
  public Optional<String> language() {
    return Optional.ofNullable(language);
  }

  /**
   * Returns the page's canonical address: its {@code <link rel="canonical">} or {@code og:url},
   * else the address it was read from.
   *
   * @return the absolute URL, or empty when neither is known
   */
  public Optional<String> url() {
    return Optional.ofNullable(url);
  }

  /**
   * Returns the author as the page's metadata names them.
   *
   * @return the byline, or empty
   */
  public Optional<String> byline() {
    return Optional.ofNullable(byline);
  }

  /**
   * Returns the publication date as the page's metadata gives it (usually ISO 8601), unparsed.
   *
   * @return the date, or empty
   */
  public Optional<String> published() {
    return Optional.ofNullable(published);
  }

  /**
   * Returns the article as a document to summarize: its title, and its blocks as paragraphs.
   *
   * @return the document
   */
  public Document toDocument() {
    return Document.of(title, text());
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Article)) {
      return false;
    }
    Article other = (Article) o;
    return title.equals(other.title)
        && paragraphs.equals(other.paragraphs)
        && Objects.equals(language, other.language)
        && Objects.equals(url, other.url)
        && Objects.equals(byline, other.byline)
        && Objects.equals(published, other.published);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, paragraphs, language, url, byline, published);
  }

  @Override
  public String toString() {
    return "Article[title=" + title + ", " + paragraphs.size() + " blocks, url=" + url + "]";
  }

  /** Collects the parts of an article; used by the extractor only. */
  static final class Builder {
    private String title = "";
    private List<String> paragraphs = List.of();
    private String language;
    private String url;
    private String byline;
    private String published;

    Builder title(String value) {
      this.title = value == null ? "" : value;
      return this;
    }

    Builder paragraphs(List<String> value) {
      this.paragraphs = value;
      return this;
    }

    Builder language(String value) {
      this.language = value;
      return this;
    }

    Builder url(String value) {
      this.url = value;
      return this;
    }

    Builder byline(String value) {
      this.byline = value;
      return this;
    }

    Builder published(String value) {
      this.published = value;
      return this;
    }

    Article build() {
      return new Article(this);
    }
  }
}
