package io.github.tldr4j.spark;

import io.github.tldr4j.summarizer.Summarizer;
import io.github.tldr4j.summarizer.analysis.Analyzers;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link Summarizer} per language for the whole JVM: on a Spark executor every task, on every
 * core, shares it. A {@code Summarizer} is immutable and thread-safe, and building one (a Lucene
 * analyzer, the segmentation rules) costs far more than summarizing an article, so it is built
 * lazily, once, on first use of its language, and kept for the life of the JVM (at most one per
 * supported language).
 *
 * <p>Language tags as the rows spell them ({@code "en"}, {@code "EN-us"}) are remembered too, so
 * that a row costs one map look-up; at most {@value #MAX_TAGS} spellings are kept, after which a
 * new spelling is normalized on every row. Thread-safe.
 */
final class SummarizerCache {

  /** The most distinct tag spellings remembered (bad data may hold any number of them). */
  static final int MAX_TAGS = 1024;

  private static final Map<String, Summarizer> BY_CODE = new ConcurrentHashMap<>();
  private static final Map<String, Summarizer> BY_TAG = new ConcurrentHashMap<>();

  private SummarizerCache() {}

  /**
   * Returns the shared summarizer for a language, building it on first use.
   *
   * @param tag a language tag such as {@code "en"} or {@code "pt-BR"}
   * @return the summarizer of the tag's language
   * @throws NullPointerException if {@code tag} is null
   * @throws IllegalArgumentException if the language is not supported (the message names it)
   */
  static Summarizer forLanguage(String tag) {
    Summarizer known = BY_TAG.get(tag);
    if (known != null) {
      return known;
    }
    Summarizer summarizer =
        BY_CODE.computeIfAbsent(
            Analyzers.normalize(tag), code -> Summarizer.builder().language(code).build());
    if (BY_TAG.size() < MAX_TAGS) {
      BY_TAG.putIfAbsent(tag, summarizer);
    }
    return summarizer;
  }
}
