package io.github.tldr4j.summarizer.scoring;

import io.github.tldr4j.summarizer.analysis.AnalyzedText;

/**
 * TextRank: sentences ranked by a random walk over their word-overlap graph.
 *
 * <p>Immutable and thread-safe.
 */
final class TextRankScorer implements SentenceScorer {

  /*
   * Mihalcea, R. and Tarau, P. (2004). TextRank: Bringing Order into Texts. Proceedings of EMNLP
   * 2004, pp. 404-411. Section 4 (sentence extraction):
   *
   *   similarity(Si, Sj) = |{w : w in Si and w in Sj}| / (log |Si| + log |Sj|)
   *   WS(Vi) = (1 - d) + d * sum over Vj of w_ji / (sum over Vk of w_jk) * WS(Vj)
   *
   * with the damping factor d = 0.85 and iteration until the error falls below 0.0001, the
   * paper's values. Words are the analyzed terms (stemmed, stop words removed) except single
   * letters (SentenceGraph.words: the "s" of "it 's" split off by Penn Treebank tokenization made
   * an overlap of most pairs of sentences; ROUGE-1, ./bench quality, CNN/DailyMail 3 sentences
   * 35.41 to 35.59, 75 words 36.27 to 36.59, BBC News 60.66 held), and |Si| counts a sentence's
   * words with repeats. Two one-term sentences (log 1 + log 1 = 0) have similarity 1
   * when they share their term, else 0. A sentence without edges spreads its score uniformly
   * (usual PageRank handling of dangling nodes), so scores keep a mean of 1.
   *
   * Cost: O(sum of df(t)^2 over the terms of a block) for the graph, O(b^2) per iteration for a
   * block of b sentences; blocks of at most SentenceGraph.BLOCK sentences bound a long text to
   * O(n * BLOCK) (see SentenceGraph).
   */

  /** The damping factor d. */
  static final double DAMPING = 0.85;

  /** The convergence threshold on the scores. */
  static final double EPSILON = 1e-4;

  @Override
  public double[] score(AnalyzedText text, double share) {
    boolean[] word = SentenceGraph.words(text);
    SentenceGraph graph =
        new SentenceGraph(text, (sentence, term, count) -> word[term] ? 1.0 : 0.0);
    double[] logLength = SentenceGraph.logWords(text, word);
    return graph.scoreByBlock(
        (i, j, shared) -> {
          if (shared == 0.0) {
            return 0.0;
          }
          double norm = logLength[i] + logLength[j];
          return norm == 0.0 ? shared : shared / norm;
        },
        (matrix, b) -> SentenceGraph.pageRank(matrix, b, 1.0 - DAMPING, EPSILON));
  }

  @Override
  public double redundancy() {
    return SentenceGraph.REDUNDANCY;
  }

  @Override
  public String toString() {
    return "textrank";
  }
}
