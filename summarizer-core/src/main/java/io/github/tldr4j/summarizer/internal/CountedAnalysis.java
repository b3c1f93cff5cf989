package io.github.tldr4j.summarizer.internal;

import io.github.tldr4j.summarizer.analysis.AnalyzedText;
import io.github.tldr4j.summarizer.text.Sentence;
import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;

/**
 * The summarizer's way into an analysis that the API does not offer: {@link AnalyzedText#analyze}
 * with the sentences' word counts already made (the summarizer's page layout counts them), so that
 * they are not counted again. {@code AnalyzedText} registers the entry when it is initialized, as
 * the JDK's {@code SharedSecrets} do, so that no exported class needs a public method for it and
 * the public {@code analyze} always counts for itself.
 *
 * <p>Thread-safe. Not part of the API (an unexported package).
 */
public final class CountedAnalysis {

  /** The analysis with word counts, implemented in the analysis package. */
  public interface Entry {
    /**
     * Analyzes as {@link AnalyzedText#analyze} does, with the given word counts.
     *
     * @param analyzer the Lucene analyzer; used, never closed
     * @param text the original text the sentences come from
     * @param sentences its sentences, in document order
     * @param wordCounts the {@link io.github.tldr4j.summarizer.text.Words#count} of each
     *     sentence, kept (not copied, never modified); or null to count them
     * @param title an optional title, or null
     * @return the analyzed text
     */
    AnalyzedText analyze(
        Analyzer analyzer, String text, List<Sentence> sentences, int[] wordCounts, String title);
  }

  private static volatile Entry entry;

  private CountedAnalysis() {}

  /**
   * Registers the entry; called once, by {@code AnalyzedText}'s static initializer.
   *
   * @param implementation the entry
   * @throws IllegalStateException if an entry is registered already
   */
  public static synchronized void register(Entry implementation) {
    Objects.requireNonNull(implementation, "implementation");
    if (entry != null) {
      throw new IllegalStateException("the analysis entry is registered already");
    }
    entry = implementation;
  }

  /**
   * Analyzes {@code text}, split into {@code sentences} whose word counts are {@code wordCounts}:
   * the analyzed text {@link AnalyzedText#analyze} gives when those are the sentences' counts.
   *
   * @param analyzer the Lucene analyzer; used, never closed
   * @param text the original text the sentences come from
   * @param sentences its sentences, in document order
   * @param wordCounts the word count of each sentence, kept (not copied, never modified); or null
   *     to count them
   * @param title an optional title, or null
   * @return the analyzed text
   * @throws IllegalArgumentException if there are not as many counts as sentences
   */
  public static AnalyzedText analyze(
      Analyzer analyzer, String text, List<Sentence> sentences, int[] wordCounts, String title) {
    if (wordCounts != null && wordCounts.length != sentences.size()) {
      throw new IllegalArgumentException(
          sentences.size() + " sentences, " + wordCounts.length + " word counts");
    }
    Entry e = entry;
    if (e == null) {
      try {
        MethodHandles.lookup().ensureInitialized(AnalyzedText.class);
      } catch (IllegalAccessException impossible) {
        throw new IllegalStateException(impossible);
      }
      e = entry;
    }
    return e.analyze(analyzer, text, sentences, wordCounts, title);
  }
}
