package io.github.tldr4j.summarizer.scoring;

import io.github.tldr4j.summarizer.analysis.AnalyzedText;
import java.util.Arrays;

/**
 * The sentence-similarity graph that the graph methods share, built in bounded blocks, and the
 * random walk (PageRank) over it.
 *
 * <p>Each sentence is a sparse vector over its distinct terms, with a weight per term that the
 * method chooses ({@link TermWeight}). The dot products of every pair of sentences in a block come
 * from an inverted index of the block's terms, so a pair without a shared term costs nothing; the
 * method then turns each dot product into its similarity ({@link Similarity}).
 *
 * <p><b>Bound.</b> A graph over {@code n} sentences has up to {@code n²} edges, too many for a long
 * text. The graph is therefore built over consecutive blocks of at most {@link #BLOCK} sentences:
 * a sentence is compared with the sentences of its own block. Every text up to {@value #BLOCK}
 * sentences (about 60 KB of news prose) is one block, and there the graph is exactly the paper's;
 * beyond that, time grows linearly with the number of blocks: {@code O(n · BLOCK)} pairs at most,
 * {@code O(BLOCK²)} memory. The blocks are balanced (a 1,100-sentence text gives two blocks of 550,
 * not 1,024 and 76), and scores are scaled to a mean of 1 within each block so that blocks compare.
 *
 * <p>Not thread-safe: one instance serves one scoring call.
 */
final class SentenceGraph {

  /** The most sentences compared with each other; see the class documentation. */
  static final int BLOCK = 1024;

  /**
   * The redundancy penalty of the graph and matrix methods, whose scores have a mean of 1 in each
   * block: a sentence whose terms are all covered already loses one mean score. Measured on the
   * development sets at 3 sentences (0, 0.3 and 1 tried): 1 raised ROUGE-1 on CNN/DailyMail by
   * 0.5-1.2 points for LexRank, TextRank, Reduction and LSA, and moved BBC News by less than 0.15
   * (LSA: -0.6, so LSA, whose paper has no penalty either, goes without; see LsaScorer).
   */
  static final double REDUNDANCY = 1.0;

  /** At most this many power iterations per block; the walk converges long before on real text. */
  static final int MAX_ITERATIONS = 200;

  /** A term's weight in a sentence's vector. */
  @FunctionalInterface
  interface TermWeight {
    /**
     * @param sentence the sentence
     * @param term the term id
     * @param count its occurrences in the sentence
     * @return its weight in the sentence's vector
     */
    double weight(int sentence, int term, int count);
  }

  /** Turns the dot product of two distinct sentences' vectors into their similarity. */
  @FunctionalInterface
  interface Similarity {
    /**
     * @param i a sentence
     * @param j another sentence
     * @param dot the dot product of their vectors, 0 when they share no term
     * @return their similarity, finite and non-negative
     */
    double similarity(int i, int j, double dot);
  }

  private final int n;
  // sentence vectors: distinct terms of sentence i at [start[i], start[i+1]) with their weights
  private final int[] start;
  private final int[] terms;
  private final double[] weights;
  // the inverted index of a block, as chains: last[t] is the latest entry of term t in the block
  private final int[] last;
  private final int[] previous;
  private final int[] sentence;

  SentenceGraph(AnalyzedText text, TermWeight termWeight) {
    this.n = text.sentenceCount();
    int[] ids = text.termIds();
    this.start = new int[n + 1];
    int[] distinctTerms = new int[ids.length];
    double[] termWeights = new double[ids.length];
    int[] count = new int[text.vocabularySize()];
    int size = 0;
    for (int i = 0; i < n; i++) {
      int from = text.termStart(i);
      int to = text.termStart(i + 1);
      for (int k = from; k < to; k++) {
        count[ids[k]]++;
      }
      for (int k = from; k < to; k++) {
        int t = ids[k];
        if (count[t] > 0) {
          distinctTerms[size] = t;
          termWeights[size++] = termWeight.weight(i, t, count[t]);
          count[t] = 0;
        }
      }
      start[i + 1] = size;
    }
    this.terms = distinctTerms;
    this.weights = termWeights;
    this.last = new int[text.vocabularySize()];
    Arrays.fill(last, -1);
    this.previous = new int[size];
    this.sentence = new int[size];
    for (int i = 0; i < n; i++) {
      Arrays.fill(sentence, start[i], start[i + 1], i);
    }
  }

  /**
   * The terms that the overlap methods (TextRank, Reduction) count as words: all but single
   * letters of an alphabet ({@link AnalyzedText#isLetter}). These methods count every shared word
   * at full weight, without idf, so a letter that recurs in half the sentences, such as the
   * {@code s} of the possessive or of {@code it 's} that Penn Treebank tokenization splits off,
   * linked them all; sumy's English stop list holds the 26 letters.
   */
  static boolean[] words(AnalyzedText text) {
    boolean[] word = new boolean[text.vocabularySize()];
    for (int t = 0; t < word.length; t++) {
      word[t] = !text.isLetter(t);
    }
    return word;
  }

  /** The natural log of each sentence's number of words ({@link #words}), with repeats. */
  static double[] logWords(AnalyzedText text, boolean[] word) {
    int[] ids = text.termIds();
    double[] logLength = new double[text.sentenceCount()];
    for (int i = 0; i < logLength.length; i++) {
      int count = 0;
      for (int k = text.termStart(i), end = text.termStart(i + 1); k < end; k++) {
        if (word[ids[k]]) {
          count++;
        }
      }
      logLength[i] = Math.log(count);
    }
    return logLength;
  }

  /** The number of sentences. */
  int size() {
    return n;
  }

  /** The sum of the squared weights of sentence {@code i}'s vector. */
  double squaredNorm(int i) {
    double sum = 0.0;
    for (int k = start[i]; k < start[i + 1]; k++) {
      sum += weights[k] * weights[k];
    }
    return sum;
  }

  /** The number of blocks a text of {@code n} sentences is split into. */
  static int blocks(int n) {
    return n == 0 ? 0 : (n + BLOCK - 1) / BLOCK;
  }

  /** The first sentence of block {@code b} of {@code blocks}. */
  static int blockStart(int n, int blocks, int b) {
    return (int) ((long) n * b / blocks);
  }

  /**
   * Fills {@code matrix} with the similarities of the sentences {@code [from, to)}: row-major, the
   * similarity of {@code from + r} and {@code from + c} at {@code r * (to - from) + c}. The
   * diagonal is 0.
   *
   * @param matrix at least {@code (to - from)²} values, overwritten
   */
  void similarities(int from, int to, Similarity similarity, double[] matrix) {
    int b = to - from;
    Arrays.fill(matrix, 0, b * b, 0.0);
    // dot products of each sentence with the earlier ones in the block, through the chains
    for (int i = from; i < to; i++) {
      int row = (i - from) * b;
      for (int k = start[i]; k < start[i + 1]; k++) {
        int t = terms[k];
        double w = weights[k];
        for (int e = last[t]; e >= 0; e = previous[e]) {
          matrix[row + sentence[e] - from] += w * weights[e];
        }
        previous[k] = last[t];
        last[t] = k;
      }
    }
    for (int k = start[from]; k < start[to]; k++) {
      last[terms[k]] = -1;
    }
    for (int r = 0; r < b; r++) {
      for (int c = 0; c < r; c++) {
        double s = similarity.similarity(from + r, from + c, matrix[r * b + c]);
        matrix[r * b + c] = s;
        matrix[c * b + r] = s;
      }
    }
  }

  /**
   * The stationary distribution of a random walk on a block's weighted graph, scaled to a mean of
   * 1: from each sentence the walk follows an edge with probability proportional to its weight,
   * except that with probability {@code jump}, or always from a sentence without edges, it jumps
   * to a sentence chosen uniformly (PageRank, Brin and Page 1998). Iterates until the largest
   * change of a scaled score is below {@code epsilon}, at most {@link #MAX_ITERATIONS} times.
   *
   * @param matrix the block's edge weights, row-major {@code b × b}, non-negative; read only
   * @param b the block's size
   * @param jump the probability of a uniform jump, in (0, 1]
   * @param epsilon the convergence threshold on scores of mean 1
   * @return the scores of the block's sentences, mean 1
   */
  static double[] pageRank(double[] matrix, int b, double jump, double epsilon) {
    double[] outWeight = rowSums(matrix, b);
    double[] p = new double[b];
    Arrays.fill(p, 1.0);
    double[] next = new double[b];
    double[] share = new double[b];
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      // mass leaving each sentence per unit of edge weight; sentences without edges spread theirs
      double spread = 0.0;
      for (int r = 0; r < b; r++) {
        if (outWeight[r] > 0.0) {
          share[r] = (1.0 - jump) * p[r] / outWeight[r];
        } else {
          share[r] = 0.0;
          spread += (1.0 - jump) * p[r];
        }
      }
      double base = jump + spread / b;
      Arrays.fill(next, base);
      for (int r = 0; r < b; r++) {
        double s = share[r];
        if (s != 0.0) {
          int row = r * b;
          for (int c = 0; c < b; c++) {
            next[c] += s * matrix[row + c];
          }
        }
      }
      double change = 0.0;
      for (int c = 0; c < b; c++) {
        change = Math.max(change, Math.abs(next[c] - p[c]));
      }
      double[] swap = p;
      p = next;
      next = swap;
      if (change < epsilon) {
        break;
      }
    }
    return p;
  }

  /** Ranks the sentences of one block from its similarity matrix. */
  @FunctionalInterface
  interface BlockRanking {
    /**
     * @param matrix the block's similarities, row-major {@code b × b}, diagonal 0; may be modified
     * @param b the block's size
     * @return the scores of the block's sentences, mean 1 (or all 0)
     */
    double[] rank(double[] matrix, int b);
  }

  /**
   * Scores every sentence block by block: builds each block's similarity matrix and ranks it.
   *
   * @return one score per sentence
   */
  double[] scoreByBlock(Similarity similarity, BlockRanking ranking) {
    double[] scores = new double[n];
    int blocks = blocks(n);
    int largest = blocks == 0 ? 0 : (n + blocks - 1) / blocks;
    double[] matrix = new double[largest * largest];
    for (int k = 0; k < blocks; k++) {
      int from = blockStart(n, blocks, k);
      int to = blockStart(n, blocks, k + 1);
      similarities(from, to, similarity, matrix);
      double[] block = ranking.rank(matrix, to - from);
      System.arraycopy(block, 0, scores, from, to - from);
    }
    return scores;
  }

  /**
   * The weighted degree of each sentence of a block (the sum of its similarities), scaled to a
   * mean of 1; all 0 in a block without edges.
   */
  static double[] degree(double[] matrix, int b) {
    double[] degree = rowSums(matrix, b);
    double total = 0.0;
    for (double d : degree) {
      total += d;
    }
    scaleToMeanOne(degree, 0, b, total);
    return degree;
  }

  /** The sum of each row of a block's {@code b × b} matrix: each sentence's total edge weight. */
  private static double[] rowSums(double[] matrix, int b) {
    double[] sums = new double[b];
    for (int r = 0; r < b; r++) {
      double sum = 0.0;
      for (int c = 0; c < b; c++) {
        sum += matrix[r * b + c];
      }
      sums[r] = sum;
    }
    return sums;
  }

  /** Scales {@code scores[from, to)}, whose sum is {@code total}, to a mean of 1 (if total > 0). */
  static void scaleToMeanOne(double[] scores, int from, int to, double total) {
    if (total > 0.0) {
      double scale = (to - from) / total;
      for (int k = from; k < to; k++) {
        scores[k] *= scale;
      }
    }
  }
}
