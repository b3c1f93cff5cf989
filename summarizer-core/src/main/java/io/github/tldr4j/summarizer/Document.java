package io.github.tldr4j.summarizer;

import java.util.Objects;
import java.util.Optional;

/**
 * A text to summarize: a body and an optional title.
 *
 * <p>The title is never part of a summary, but its terms inform scoring: sentences that share
 * terms with the title score higher (see {@link ScoringWeights#title()}). Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class Document {

  private final String title;
  private final String body;

  private Document(String title, String body) {
    this.title = title;
    this.body = body;
  }

  /**
   * A document without a title.
   *
   * @param body the text to summarize
   * @return the document
   * @throws NullPointerException if {@code body} is null
   */
  public static Document of(String body) {
    return new Document(null, Objects.requireNonNull(body, "body"));
  }

  /**
   * A document with a title; a blank title counts as no title.
   *
   * @param title the headline
   * @param body the text to summarize
   * @return the document
   * @throws NullPointerException if {@code title} or {@code body} is null
   */
  public static Document of(String title, String body) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    return new Document(title.isBlank() ? null : title, body);
  }

  /**
   * Returns the title, if the document has one.
   *
   * @return the title, or empty
   */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /**
   * Returns the body text.
   *
   * @return the body, never null
   */
  public String body() {
    return body;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Document
        && Objects.equals(title, ((Document) o).title)
        && body.equals(((Document) o).body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, body);
  }

  @Override
  public String toString() {
    return "Document[title=" + title + ", body=" + body.length() + " chars]";
  }
}
