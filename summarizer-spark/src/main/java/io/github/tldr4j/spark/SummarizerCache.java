package io.github.tldr4j.spark;

import io.github.tldr4j.summarizer.Summarizer;
import io.github.tldr4j.summarizer.analysis.Analyzers;
import io.github.tldr4j.summarizer.scoring.Algorithm;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link Summarizer} per language and algorithm for the whole JVM: on a Spark executor every task, on every
 * core, shares it. A {@code Summarizer} is immutable and thread-safe, and building one (a Lucene
 * analyzer, the segmentation rules) costs far more than summarizing an article, so it is built
 * lazily, once, on first use of its language and algorithm, and kept for the life of the JVM (at
 * most one per supported language and algorithm).
 *
 * <p>Language tags as the rows spell them ({@code "en"}, {@code "EN-us"}) are remembered too, so
 * that a row costs one map look-up; at most {@value #MAX_TAGS} spellings per algorithm are kept, after which a
 * new spelling is normalized on every row. Thread-safe.
 */
final class SummarizerCache {

  /** The most distinct tag spellings remembered (bad data may hold any number of them). */
  static final int MAX_TAGS = 1024;

  private static final Map<Algorithm, Map<String, Summarizer>> BY_CODE = maps();
  private static final Map<Algorithm, Map<String, Summarizer>> BY_TAG = maps();

  private SummarizerCache() {}

  private static Map<Algorithm, Map<String, Summarizer>> maps() {
    Map<Algorithm, Map<String, Summarizer>> maps = new EnumMap<>(Algorithm.class);
    for (Algorithm a : Algorithm.values()) {
      maps.put(a, new ConcurrentHashMap<>());
    }
    return maps; // never modified after class initialization
  }

  /**
   * Returns the shared summarizer for a language and the default algorithm.
   *
   * @param tag a language tag such as {@code "en"} or {@code "pt-BR"}
   * @return the summarizer
   * @throws NullPointerException if {@code tag} is null
   * @throws IllegalArgumentException if the language is not supported (the message names it)
   */
  static Summarizer forLanguage(String tag) {
    return forLanguage(tag, Algorithm.TFIDF);
  }

  /**
   * Returns the shared summarizer for a language and an algorithm, building it on first use.
   *
   * @param tag a language tag such as {@code "en"} or {@code "pt-BR"}
   * @param algorithm the scoring algorithm
   * @return the summarizer
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the language is not supported (the message names it)
   */
  static Summarizer forLanguage(String tag, Algorithm algorithm) {
    Map<String, Summarizer> byTag = BY_TAG.get(algorithm);
    Summarizer known = byTag.get(tag);
    if (known != null) {
      return known;
    }
    Summarizer summarizer =
        BY_CODE
            .get(algorithm)
            .computeIfAbsent(
                Analyzers.normalize(tag),
                code -> Summarizer.builder().language(code).algorithm(algorithm).build());
    if (byTag.size() < MAX_TAGS) {
      byTag.putIfAbsent(tag, summarizer);
    }
    return summarizer;
  }
}
