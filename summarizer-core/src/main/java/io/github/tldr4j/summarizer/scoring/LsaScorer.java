package io.github.tldr4j.summarizer.scoring;

import io.github.tldr4j.summarizer.analysis.AnalyzedText;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * LSA: sentences scored by their length in the reduced latent space of the term-by-sentence
 * matrix.
 *
 * <p>Immutable and thread-safe.
 */
final class LsaScorer implements SentenceScorer {

  /*
   * Steinberger, J. and Ježek, K. (2004). Using Latent Semantic Analysis in Text Summarization and
   * Summary Evaluation. Proceedings of ISIM 2004, pp. 93-100. The text is an m x n matrix A of
   * terms by sentences, decomposed as A = U S V^T; sentence k scores
   *
   *   s_k = sqrt(sum over i = 1..r of v_{k,i}^2 * sigma_i^2)
   *
   * its length in the space of the r largest singular values: a sentence covering the main topics
   * strongly scores high. The weighting is sumy's (sumy/summarizers/lsa.py, the AutoTL;DR bot's
   * summarizer): a term counted c times in a sentence whose most frequent term occurs c_max times
   * weighs 0.4 + 0.6 * c / c_max (maximum tf normalization with smoothing 0.4, Manning, Raghavan
   * and Schütze 2008, section 6.4.2). Two departures from sumy, both measured on the development
   * sets (ROUGE-1 at 3 sentences, CNN/DailyMail and BBC News, without the redundancy penalty:
   * 30.82 and 47.01 as sumy computes it, 31.86 and 47.72 with both departures):
   *   - r = 3 dimensions, sumy's MIN_DIMENSIONS. sumy keeps every dimension (its REDUCTION_RATIO is
   *     1), and then s_k is just the norm of A's column k: the decomposition changes nothing.
   *   - the smoothing applies to the terms a sentence contains; sumy also sets every absent term
   *     to 0.4, which makes s_k grow with the number of distinct terms, so it favours long
   *     sentences.
   * Words are the analyzed terms (stemmed, stop words removed).
   *
   * No redundancy penalty: the paper chooses the sentences of the highest s_k, and the graph
   * methods' penalty (SentenceGraph.REDUNDANCY) cost LSA on BBC News. Measured at 3 sentences,
   * ROUGE-1 on the odd and even halves of the development sets, without the penalty against
   * with it: BBC News 48.14 / 48.14 against 47.28 / 47.44, CNN/DailyMail 32.48 / 32.34 against
   * 32.66 / 32.64 (sumy's LSA: BBC 47.15 / 46.50, CNN/DailyMail 31.12 / 31.14). A term
   * weighting was tried and left out: Steinberger et al. (2007)'s binary local weight with the
   * entropy global weight (BBC 44.67 / 45.02, CNN/DailyMail 28.75 on the odd half: it favours
   * long sentences, 88 words for 3 against 80).
   *
   * Computation and cost: V and S come from the eigendecomposition of the n x n matrix A^T A
   * (Apache Commons Math), whose entries are the dot products of the sentences' sparse vectors:
   * O(sum of df(t)^2) to build and O(n^3) to decompose. A long text is decomposed in consecutive
   * balanced blocks of at most BLOCK = 64 sentences (about 8 KB of news prose; 256 instead moved
   * ROUGE-1 on the development sets by 0.1): O(n * BLOCK^2) in all, linear in the text.
   */

  /** The smoothing of the maximum tf normalization. */
  static final double SMOOTH = 0.4;

  /** The dimensions r of the latent space. */
  static final int DIMENSIONS = 3;

  /** The most sentences decomposed together. */
  static final int BLOCK = 64;

  @Override
  public double[] score(AnalyzedText text, double share) {
    int n = text.sentenceCount();
    int[] ids = text.termIds();
    int[] maxCount = new int[n];
    int[] count = new int[text.vocabularySize()];
    for (int i = 0; i < n; i++) {
      int max = 0;
      for (int k = text.termStart(i), end = text.termStart(i + 1); k < end; k++) {
        max = Math.max(max, ++count[ids[k]]);
      }
      for (int k = text.termStart(i), end = text.termStart(i + 1); k < end; k++) {
        count[ids[k]] = 0;
      }
      maxCount[i] = max;
    }
    SentenceGraph graph =
        new SentenceGraph(
            text, (sentence, term, c) -> SMOOTH + (1.0 - SMOOTH) * c / maxCount[sentence]);
    double[] squaredNorm = new double[n];
    for (int i = 0; i < n; i++) {
      squaredNorm[i] = graph.squaredNorm(i);
    }
    double[] scores = new double[n];
    int blocks = n == 0 ? 0 : (n + BLOCK - 1) / BLOCK;
    int largest = blocks == 0 ? 0 : (n + blocks - 1) / blocks;
    double[] gram = new double[largest * largest];
    for (int k = 0; k < blocks; k++) {
      int from = SentenceGraph.blockStart(n, blocks, k);
      int to = SentenceGraph.blockStart(n, blocks, k + 1);
      int b = to - from;
      graph.similarities(from, to, (i, j, dot) -> dot, gram);
      double[][] rows = new double[b][b];
      for (int r = 0; r < b; r++) {
        System.arraycopy(gram, r * b, rows[r], 0, b);
        rows[r][r] = squaredNorm[from + r];
      }
      latentLengths(rows, scores, from);
    }
    return scores;
  }

  /** Writes s_k for the sentences of a block, from its Gram matrix A^T A. */
  private static void latentLengths(double[][] gram, double[] scores, int from) {
    int b = gram.length;
    RealMatrix matrix = new Array2DRowRealMatrix(gram, false);
    EigenDecomposition eigen = new EigenDecomposition(matrix);
    double[] lambda = eigen.getRealEigenvalues(); // sigma_i^2, in descending order
    RealMatrix v = eigen.getV();
    int r = Math.min(DIMENSIONS, b);
    double total = 0.0;
    for (int k = 0; k < b; k++) {
      double sum = 0.0;
      for (int i = 0; i < r; i++) {
        double x = v.getEntry(k, i);
        sum += x * x * Math.max(0.0, lambda[i]);
      }
      scores[from + k] = Math.sqrt(sum);
      total += scores[from + k];
    }
    SentenceGraph.scaleToMeanOne(scores, from, from + b, total);
  }

  @Override
  public String toString() {
    return "lsa";
  }
}
