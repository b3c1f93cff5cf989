package io.github.tldr4j.summarizer.scoring;

import io.github.tldr4j.summarizer.analysis.AnalyzedText;

/**
 * LexRank: sentences ranked by a random walk over their IDF-modified cosine similarity graph, in
 * its threshold or continuous variant.
 *
 * <p>Immutable and thread-safe.
 */
final class LexRankScorer implements SentenceScorer {

  /*
   * Erkan, G. and Radev, D. R. (2004). LexRank: Graph-based Lexical Centrality as Salience in Text
   * Summarization. Journal of Artificial Intelligence Research 22, pp. 457-479.
   *
   * Sentences are vectors of tf * idf over their terms, tf the term's count in the sentence and
   * idf(w) = log(N / n_w), with the sentences of the document as the collection (N sentences, n_w
   * of them containing w). Their similarity is the IDF-modified cosine (eq. 3 of the paper):
   *
   *   idf-cos(x, y) = sum_w tf_x(w) tf_y(w) idf(w)^2 / (|x| * |y|)
   *
   * Threshold LexRank (section 3.2) links two sentences when idf-cos exceeds t = 0.1 (the paper
   * compares 0.1, 0.2 and 0.3; 0.1 scored best on DUC 2004) and walks the unweighted graph;
   * continuous LexRank (section 3.3) walks the graph weighted by idf-cos itself. Both use the
   * damping of eq. 5, p(u) = d / N + (1 - d) * sum over v adjacent to u of w(u, v) / deg(v) * p(v),
   * with d = 0.15 (the paper's "typically chosen in [0.1, 0.2]"), and iterate until the largest
   * change is below 1e-4 of the mean score (the paper's error tolerance is unspecified). Self-links
   * are left out; a sentence without links spreads its score uniformly. Words are the analyzed
   * terms (stemmed, stop words removed); in the threshold variant, terms with a digit (numbers,
   * years, scores, ages, amounts) are left out of the vectors, see below. (The paper's Algorithm 3 and sumy count each sentence's
   * link to itself in the threshold graph. Measured with it, ROUGE-1 at 3 sentences: CNN/DailyMail
   * 34.57 to 34.75, odd / even halves 34.81 / 34.34 to 34.99 / 34.50; BBC News 49.85 to 48.54,
   * halves 49.93 / 49.76 to 48.79 / 48.29, below sumy's 48.53 on the second: it stays out.)
   *
   * Numbers in the threshold graph. The paper compares sentences by their words, and so does
   * sumy, whose sentences' words are tokens that start with a letter and have no digit. The
   * analyzer keeps numbers as terms, and idf over a document's sentences makes a figure as rare,
   * so as heavy, as a name: in the threshold graph, where an edge is 0 or 1 whatever its cosine, one
   * shared figure (an age, a score, a year) is enough to link two short sentences that share no
   * word. Threshold LexRank therefore leaves the terms with a digit (AnalyzedText.hasDigit) out of
   * its vectors. Measured, ROUGE-1 (./bench quality, with the tie rule below): CNN/DailyMail 3
   * sentences 34.59 to 34.68, 75 words 34.70 to 34.86, BBC News 3 sentences 49.88 to 49.88.
   * Continuous LexRank, whose edges are the cosines themselves, keeps them: without them it read
   * 35.93 to 35.91 and 36.53 to 36.50 on CNN/DailyMail, 55.70 to 55.93 on BBC News (mixed).
   *
   * Ties in the threshold graph. Its graph is unweighted, so sentences in the same place in it
   * (above all the sentences without a link, which all score d / N) have equal stationary
   * probabilities, and only the power iteration's rounding (about 1e-16) told them apart: the
   * later sentence won about as often as the earlier. Scores are rounded to 1e-9 of the mean, far
   * below any real difference and far above the rounding, so such ties go to the earlier sentence,
   * the selection's rule. Measured alone: CNN/DailyMail 34.57 to 34.59 (3 sentences), 34.68 to
   * 34.70 (75 words), BBC News 49.82 to 49.88. (The continuous walk's scores are weighted sums
   * that rarely tie; rounding them changed 75 words on CNN/DailyMail by -0.01, so they are not.)
   *
   * Cost: O(sum of df(t)^2 over the terms of a block) for the graph, O(b^2) per iteration for a
   * block of b sentences; blocks of at most SentenceGraph.BLOCK sentences bound a long text to
   * O(n * BLOCK) (see SentenceGraph).
   */

  /** The threshold t of threshold LexRank. */
  static final double THRESHOLD = 0.1;

  /** The damping d: the probability of a uniform jump. */
  static final double DAMPING = 0.15;

  /** The convergence threshold on scores of mean 1. */
  static final double EPSILON = 1e-4;

  private final boolean continuous;

  private LexRankScorer(boolean continuous) {
    this.continuous = continuous;
  }

  /** Threshold LexRank, t = 0.1. */
  static LexRankScorer threshold() {
    return new LexRankScorer(false);
  }

  /** Continuous LexRank. */
  static LexRankScorer continuous() {
    return new LexRankScorer(true);
  }

  /** The precision, in units of the mean score, below which threshold LexRank's scores tie. */
  static final double TIE = 1e-9;

  @Override
  public double[] score(AnalyzedText text, double share) {
    int n = text.sentenceCount();
    double[] idf = idf(text);
    if (!continuous) {
      for (int t = 0; t < idf.length; t++) {
        if (text.hasDigit(t)) {
          idf[t] = 0.0;
        }
      }
    }
    SentenceGraph graph = new SentenceGraph(text, (sentence, term, count) -> count * idf[term]);
    double[] norm = new double[n];
    for (int i = 0; i < n; i++) {
      norm[i] = Math.sqrt(graph.squaredNorm(i));
    }
    double[] scores =
        graph.scoreByBlock(
            (i, j, dot) -> {
              if (dot <= 0.0 || norm[i] <= 0.0 || norm[j] <= 0.0) {
                return 0.0;
              }
              double cosine = dot / (norm[i] * norm[j]);
              return continuous ? cosine : cosine > THRESHOLD ? 1.0 : 0.0;
            },
            (matrix, b) -> SentenceGraph.pageRank(matrix, b, DAMPING, EPSILON));
    if (!continuous) {
      for (int i = 0; i < n; i++) {
        scores[i] = Math.rint(scores[i] / TIE) * TIE;
      }
    }
    return scores;
  }

  /** idf(w) = log(N / n_w) over the sentences of the text. */
  static double[] idf(AnalyzedText text) {
    int n = text.sentenceCount();
    int[] ids = text.termIds();
    int[] df = new int[text.vocabularySize()];
    int[] lastSeen = new int[text.vocabularySize()];
    java.util.Arrays.fill(lastSeen, -1);
    for (int i = 0; i < n; i++) {
      for (int k = text.termStart(i), end = text.termStart(i + 1); k < end; k++) {
        int t = ids[k];
        if (lastSeen[t] != i) {
          lastSeen[t] = i;
          df[t]++;
        }
      }
    }
    double[] idf = new double[df.length];
    for (int t = 0; t < df.length; t++) {
      idf[t] = Math.log((double) n / df[t]);
    }
    return idf;
  }

  /**
   * The graph methods' penalty for continuous LexRank; none for threshold LexRank, as in the
   * paper. Its scores are near a sentence's count of links, in coarse steps, and a penalty in
   * units of the mean score overrides them: without it ROUGE-1 at 3 sentences rose from 47.67 to
   * 49.89 on BBC News and from 34.45 to 34.57 on CNN/DailyMail.
   */
  @Override
  public double redundancy() {
    return continuous ? SentenceGraph.REDUNDANCY : 0.0;
  }

  @Override
  public String toString() {
    return continuous ? "lexrank" : "lexrank-threshold";
  }
}
