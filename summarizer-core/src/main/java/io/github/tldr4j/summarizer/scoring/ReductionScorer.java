package io.github.tldr4j.summarizer.scoring;

import io.github.tldr4j.summarizer.analysis.AnalyzedText;

/**
 * Reduction: each sentence scored by the sum of its word-overlap similarities to the others (its
 * weighted degree in the sentence graph).
 *
 * <p>Immutable and thread-safe.
 */
final class ReductionScorer implements SentenceScorer {

  /*
   * The graph method of Fabish's "Reduction" summarizer (github.com/adamfabish/Reduction), as
   * sumy 0.11 ships it (sumy/summarizers/reduction.py): there is no paper. The similarity of two
   * sentences counts the pairs of equal words, one from each, so a word occurring a times in one
   * and b times in the other counts a * b, normalized like TextRank's:
   *
   *   edge(Si, Sj) = (sum over terms t of count_i(t) * count_j(t)) / (log |Si| + log |Sj|)
   *
   * (0 when both sentences have a single word), and a sentence's score is the sum of its edges.
   * There is no random walk and no parameter. Words are the analyzed terms except single letters
   * (SentenceGraph.words: sumy's stop list holds the 26 letters, and the "s" of a possessive or of
   * "it 's" split off by Penn Treebank tokenization recurred in half the sentences, an overlap in
   * every pair). ROUGE-1 without letters, ./bench quality: CNN/DailyMail 3 sentences 34.20 to
   * 34.55, 75 words 35.24 to 35.69, BBC News 3 sentences 61.19 to 61.25.
   *
   * Cost: as TextRank's graph, O(sum of df(t)^2 over the terms of a block), without iterations;
   * blocks of at most SentenceGraph.BLOCK sentences bound a long text to O(n * BLOCK).
   */

  @Override
  public double[] score(AnalyzedText text, double share) {
    boolean[] word = SentenceGraph.words(text);
    SentenceGraph graph =
        new SentenceGraph(text, (sentence, term, count) -> word[term] ? count : 0.0);
    double[] logLength = SentenceGraph.logWords(text, word);
    return graph.scoreByBlock(
        (i, j, pairs) -> {
          double norm = logLength[i] + logLength[j];
          return pairs == 0.0 || norm == 0.0 ? 0.0 : pairs / norm;
        },
        SentenceGraph::degree);
  }

  @Override
  public double redundancy() {
    return SentenceGraph.REDUNDANCY;
  }

  @Override
  public String toString() {
    return "reduction";
  }
}
