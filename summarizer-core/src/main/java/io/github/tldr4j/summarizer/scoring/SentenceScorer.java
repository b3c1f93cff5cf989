package io.github.tldr4j.summarizer.scoring;

import io.github.tldr4j.summarizer.analysis.AnalyzedText;

/**
 * Scores the sentences of an analyzed text: the one stage that differs between summarization
 * algorithms. The {@link io.github.tldr4j.summarizer.Summarizer} segments and analyzes the text,
 * asks its scorer for one score per sentence, then chooses sentences best first within the budget
 * (the shared selection stage: word and sentence ceilings, redundancy penalty, document order).
 *
 * <p>A scorer sees everything the analysis knows through {@link AnalyzedText}: the sentences with
 * their positions, offsets and paragraphs ({@link AnalyzedText#sentences()}), each sentence's term
 * ids in order with repeats ({@link AnalyzedText#termIds()}, {@link AnalyzedText#termStart(int)}),
 * word counts, the vocabulary size and the title's terms. The budget's share of the document is
 * passed along for scorers whose features depend on how much will be kept.
 *
 * <pre>{@code
 * // the longest sentences first: a toy scorer
 * SentenceScorer longest = (text, share) -> {
 *   double[] scores = new double[text.sentenceCount()];
 *   for (int i = 0; i < scores.length; i++) {
 *     scores[i] = text.wordCount(i);
 *   }
 *   return scores;
 * };
 * Summarizer summarizer = Summarizer.builder().scorer(longest).build();
 * }</pre>
 *
 * <p>Implementations must be thread-safe (one summarizer serves many threads) and deterministic
 * (the same text and share give the same scores), and must not modify the arrays {@code
 * AnalyzedText} shares. The built-in scorers are listed in {@link Algorithm}.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface SentenceScorer {

  /**
   * Scores every sentence of a text. Higher is better; only the order of the scores and, with a
   * {@link #redundancy()} penalty, their scale matter.
   *
   * @param text the analyzed text, possibly without sentences
   * @param share the share of the document the summary may keep, in [0, 1]: the smaller of the
   *     word ceiling over the document's words and the sentence ceiling over its sentences
   * @return one finite score per sentence, {@code text.sentenceCount()} values
   */
  double[] score(AnalyzedText text, double share);

  /**
   * The redundancy penalty the selection applies with this scorer's scores: a candidate sentence
   * loses this much times the share of its distinct terms that the sentences already chosen
   * contain. It is in the units of the scores, so it belongs to the scorer. Default 0: no
   * penalty, the summary is the top of the ranking that fits.
   *
   * @return the penalty, finite and non-negative
   */
  default double redundancy() {
    return 0.0;
  }
}
