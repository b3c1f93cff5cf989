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
   * continuous LexRank (section 3.3) walks the graph weighted by idf-cos itself. Words are the
   * analyzed terms (stemmed, stop words removed); in the threshold variant, terms with a digit
   * (numbers, years, scores, ages, amounts) are left out of the vectors, see below.
   *
   * Continuous LexRank uses the damping of eq. 5, p(u) = d / N + (1 - d) * sum over v adjacent
   * to u of w(u, v) / deg(v) * p(v), with d = 0.15 (the paper's "typically chosen in [0.1,
   * 0.2]"), and iterates until the largest change is below 1e-4 of the mean score (the paper's
   * error tolerance is unspecified). Self-links are left out; a sentence without links spreads its
   * score uniformly.
   *
   * Threshold LexRank is the paper's Algorithm 3 ("Computing LexRank scores"), as sumy also runs
   * it: every sentence is linked to itself (idf-cos(x, x) = 1 > t), each row of the 0/1 matrix is
   * divided by the row's degree, and the power method (Algorithm 2) runs from the uniform
   * distribution without damping. On an undirected graph with self-links that walk has a known
   * limit, so it is computed exactly instead of iterated: within each connected component a
   * sentence's probability is proportional to its degree (self-link included), and each component
   * keeps the share of the probability it starts with, its share of the sentences. So a sentence
   * scores (deg + 1) * n_c / (D_c + n_c), deg its links to other sentences, n_c its component's
   * sentences and D_c their links; every component has a mean score of 1. One departure: a
   * sentence linked to no other sentence scores 0, not the mean that its self-link alone would
   * keep (its degree centrality, section 3.1: no sentence votes for it). Exact scores also tie
   * exactly where the graph cannot tell sentences apart (equal degrees in a component), and ties go
   * to the earlier sentence, the selection's rule and sumy's (a stable sort).
   *
   * Measured (./tldr --jsonl and ./bench rouge, ROUGE-1, main f653c65), against the walk of eq. 5
   * with d = 0.15 and without self-links that threshold LexRank had before: CNN/DailyMail 3
   * sentences 34.67 to 35.06, 75 words 34.86 to 35.30, BBC News 3 sentences 49.88 to 50.14, ratio
   * 0.4 68.60 to 68.82; the paired bootstrap of the gain over documents is +0.39 [+0.17, +0.60] on
   * CNN/DailyMail and +0.26 [-0.04, +0.53] on BBC News. The exact limit without the departure
   * (isolated sentences at the mean) read 35.27 and 48.74, below sumy's 48.75 on BBC News. The
   * gain comes with the ties: with ties sent to the later sentence the limit reads 33.33 / 48.72
   * (the walk of eq. 5: 34.20 / 48.67), so among sentences the graph ranks equal, the earlier one
   * is the better pick in news. (Earlier rounds measured the self-links with the damping of eq. 5:
   * CNN/DailyMail 34.57 to 34.75, BBC News 49.85 to 48.54; there a sentence without other links
   * keeps the mean score too.)
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
   * Ties in the threshold graph. Scores are rounded to 1e-9 of the mean, far below any real
   * difference and far above floating-point rounding, so that equal fractions computed in
   * different ways (in different components) tie as well. (This rounding was first measured on
   * the damped walk, whose equal scores differed by its rounding of about 1e-16: CNN/DailyMail
   * 34.57 to 34.59 at 3 sentences, 34.68 to 34.70 at 75 words, BBC News 49.82 to 49.88. The
   * continuous walk's scores are weighted sums that rarely tie; rounding them changed 75 words on
   * CNN/DailyMail by -0.01, so they are not.)
   *
   * Cost: O(sum of df(t)^2 over the terms of a block) for the graph; O(b^2) per iteration for a
   * block of b sentences in the continuous walk, O(b^2) once for threshold LexRank's exact limit
   * (degrees and connected components); blocks of at most SentenceGraph.BLOCK sentences bound a
   * long text to O(n * BLOCK) (see SentenceGraph).
   */

  /** The threshold t of threshold LexRank. */
  static final double THRESHOLD = 0.1;

  /** The damping d of continuous LexRank: the probability of a uniform jump. */
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
            continuous
                ? (matrix, b) -> SentenceGraph.pageRank(matrix, b, DAMPING, EPSILON)
                : LexRankScorer::undampedWalk);
    if (!continuous) {
      for (int i = 0; i < n; i++) {
        scores[i] = Math.rint(scores[i] / TIE) * TIE;
      }
    }
    return scores;
  }

  /**
   * The limit of Algorithm 3's walk on a block's 0/1 graph with self-links, from the uniform
   * start and without damping, scaled to a mean of 1: {@code (deg + 1) * n_c / (D_c + n_c)} for a
   * sentence with {@code deg > 0} links to others in a component of {@code n_c} sentences and
   * {@code D_c} links, 0 for a sentence without links (see the class comment).
   *
   * @param matrix the block's links, row-major {@code b × b}, 0 or 1, diagonal 0; read only
   * @param b the block's size
   * @return the scores of the block's sentences, mean 1 (all 0 in a block without links)
   */
  static double[] undampedWalk(double[] matrix, int b) {
    int[] degree = new int[b];
    int[] parent = new int[b];
    for (int r = 0; r < b; r++) {
      parent[r] = r;
    }
    for (int r = 0; r < b; r++) {
      int row = r * b;
      for (int c = 0; c < r; c++) {
        if (matrix[row + c] > 0.0) {
          degree[r]++;
          degree[c]++;
          int x = root(parent, r);
          int y = root(parent, c);
          parent[Math.max(x, y)] = Math.min(x, y);
        }
      }
    }
    // per component (at its root): sentences and degrees with self-links
    int[] size = new int[b];
    long[] links = new long[b];
    for (int r = 0; r < b; r++) {
      int c = root(parent, r);
      size[c]++;
      links[c] += degree[r] + 1;
    }
    double[] scores = new double[b];
    double total = 0.0;
    for (int r = 0; r < b; r++) {
      if (degree[r] > 0) {
        int c = root(parent, r);
        scores[r] = (double) (degree[r] + 1) * size[c] / links[c];
        total += scores[r];
      }
    }
    SentenceGraph.scaleToMeanOne(scores, 0, b, total);
    return scores;
  }

  /** The root of {@code x}'s tree in a union-find forest, halving the path on the way. */
  private static int root(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
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
