package io.github.tldr4j.summarizer.scoring;

import io.github.tldr4j.summarizer.analysis.AnalyzedText;
import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * SumBasic: sentences chosen greedily, each time the sentence of highest average word probability
 * among those that contain the most probable word, each choice squaring the probabilities of the
 * words it used.
 *
 * <p>Immutable and thread-safe.
 */
final class SumBasicScorer implements SentenceScorer {

  /*
   * Nenkova, A. and Vanderwende, L. (2005). The Impact of Frequency on Summarization. Microsoft
   * Research technical report MSR-TR-2005-101. The algorithm, section 3:
   *
   *   1. p(w) = n(w) / N over the document's content words (here the analyzed terms).
   *   2. weight(S) = the average of p(w) over the words of S (with repeats, as in sumy).
   *   3. Pick the best scoring sentence that contains the highest probability word.
   *   4. For each distinct word w of the chosen sentence, p(w) = p(w)^2.
   *   5. Repeat from 2.
   *
   * Ties: among words of equal probability the one that occurs first in the text, among sentences
   * of equal weight the earlier one. The highest probability word is taken among the words that
   * an unchosen sentence still holds; a text whose remaining sentences have no terms takes them in
   * order. The order of choice is the ranking; the score of the k-th sentence chosen is (n - k) /
   * n, so the shared selection takes them in that order while they fit the budget. Squaring
   * already discounts what the summary says, so no redundancy penalty is added. A sentence without
   * terms has weight 0.
   *
   * Step 3's condition. sumy 0.11 (and this scorer until December 2026) pick the sentence of
   * highest weight among all sentences. The paper's condition makes each choice cover the word the
   * summary most lacks; a short sentence of a few frequent words no longer wins on its average
   * alone. Measured (./tldr --jsonl and ./bench rouge, ROUGE-1, main f653c65): CNN/DailyMail 3
   * sentences 33.66 to 34.44, 75 words 34.32 to 34.74, BBC News 3 sentences 41.52 to 44.37, ratio
   * 0.4 57.06 to 61.39.
   *
   * Cost: each choice finds the most probable word by a pass over the vocabulary (V terms), then
   * reads the postings of that word (the sentences that hold it) and computes their weights:
   * O(V + the lengths of the sentences holding the word) per choice, so a news story costs O(n *
   * T) for T tokens. A long text, or a word in most of its sentences, would
   * make that quadratic, so the exact steps stop once they have read WORK_PER_TERM * T + WORK_BASE
   * terms and vocabulary entries (far beyond any news story: 64 readings of every term); the
   * sentences not yet chosen are then ranked by step 2 alone, lazily from a priority queue
   * (weights only fall, p^2 <= p: a sentence popped is re-weighed and kept only if it still beats
   * the next one), in O(T log n) in practice.
   */

  /** The exact steps read at most this many terms per term of the text (plus WORK_BASE). */
  static final int WORK_PER_TERM = 64;

  /** The exact steps' budget of terms read for any text, on top of WORK_PER_TERM per term. */
  static final int WORK_BASE = 4096;

  @Override
  public double[] score(AnalyzedText text, double share) {
    int n = text.sentenceCount();
    int[] ids = text.termIds();
    int vocabulary = text.vocabularySize();
    double[] p = new double[vocabulary];
    int total = text.termStart(n);
    for (int k = 0; k < total; k++) {
      p[ids[k]]++;
    }
    for (int t = 0; t < vocabulary; t++) {
      p[t] /= total;
    }
    // postings: the sentences holding term t, ascending, at [postStart[t], postStart[t + 1])
    int[] lastSentence = new int[vocabulary];
    Arrays.fill(lastSentence, -1);
    int[] postStart = new int[vocabulary + 1];
    for (int i = 0; i < n; i++) {
      for (int k = text.termStart(i), end = text.termStart(i + 1); k < end; k++) {
        int t = ids[k];
        if (lastSentence[t] != i) {
          lastSentence[t] = i;
          postStart[t + 1]++;
        }
      }
    }
    for (int t = 0; t < vocabulary; t++) {
      postStart[t + 1] += postStart[t];
    }
    int[] postings = new int[postStart[vocabulary]];
    int[] fill = Arrays.copyOf(postStart, vocabulary);
    Arrays.fill(lastSentence, -1);
    for (int i = 0; i < n; i++) {
      for (int k = text.termStart(i), end = text.termStart(i + 1); k < end; k++) {
        int t = ids[k];
        if (lastSentence[t] != i) {
          lastSentence[t] = i;
          postings[fill[t]++] = i;
        }
      }
    }
    // unchosen sentences holding each term
    int[] remaining = new int[vocabulary];
    for (int t = 0; t < vocabulary; t++) {
      remaining[t] = postStart[t + 1] - postStart[t];
    }
    double[] scores = new double[n];
    boolean[] chosen = new boolean[n];
    boolean[] seen = new boolean[vocabulary];
    long work = (long) WORK_PER_TERM * total + WORK_BASE;
    int rank = 0;
    int firstUnchosen = 0;
    while (rank < n && work > 0) {
      // the most probable word that an unchosen sentence holds (ties: the first in the text)
      int top = -1;
      double highest = -1.0;
      for (int t = 0; t < vocabulary; t++) {
        if (remaining[t] > 0 && p[t] > highest) {
          highest = p[t];
          top = t;
        }
      }
      work -= vocabulary;
      int pick = -1;
      if (top < 0) {
        // the remaining sentences have no terms: in order
        while (chosen[firstUnchosen]) {
          firstUnchosen++;
        }
        pick = firstUnchosen;
      } else {
        double best = -1.0;
        for (int e = postStart[top], end = postStart[top + 1]; e < end; e++) {
          int i = postings[e];
          if (!chosen[i]) {
            double w = weight(text, ids, p, i);
            work -= text.termStart(i + 1) - text.termStart(i);
            if (w > best) {
              best = w;
              pick = i;
            }
          }
        }
      }
      chosen[pick] = true;
      scores[pick] = (double) (n - rank) / n;
      rank++;
      useWords(text, ids, p, seen, remaining, pick);
    }
    if (rank < n) {
      rankByWeight(text, ids, p, seen, remaining, chosen, rank, scores);
    }
    return scores;
  }

  /**
   * Step 4 for the chosen sentence {@code i}: squares the probability of each of its distinct
   * words, and counts it out of the unchosen sentences that hold them.
   */
  private static void useWords(
      AnalyzedText text, int[] ids, double[] p, boolean[] seen, int[] remaining, int i) {
    for (int k = text.termStart(i), end = text.termStart(i + 1); k < end; k++) {
      int t = ids[k];
      if (!seen[t]) {
        seen[t] = true;
        remaining[t]--;
        p[t] *= p[t];
      }
    }
    for (int k = text.termStart(i), end = text.termStart(i + 1); k < end; k++) {
      seen[ids[k]] = false;
    }
  }

  /**
   * Ranks the unchosen sentences by step 2 alone, greedily with squaring, from rank {@code rank}
   * on: the highest weight first (ties: the earlier sentence), lazily re-weighed.
   */
  private static void rankByWeight(
      AnalyzedText text,
      int[] ids,
      double[] p,
      boolean[] seen,
      int[] remaining,
      boolean[] chosen,
      int rank,
      double[] scores) {
    int n = text.sentenceCount();
    // entries {weight, sentence}: highest weight first, then earliest sentence
    PriorityQueue<double[]> queue =
        new PriorityQueue<>(
            Math.max(1, n - rank),
            (a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0]) : Double.compare(a[1], b[1]));
    for (int i = 0; i < n; i++) {
      if (!chosen[i]) {
        queue.add(new double[] {weight(text, ids, p, i), i});
      }
    }
    while (!queue.isEmpty()) {
      double[] top = queue.poll();
      int i = (int) top[1];
      double current = weight(text, ids, p, i);
      double[] next = queue.peek();
      if (current < top[0]
          && next != null
          && (current < next[0] || (current == next[0] && next[1] < i))) {
        top[0] = current; // stale: it lost weight since it was queued
        queue.add(top);
        continue;
      }
      scores[i] = (double) (n - rank) / n;
      rank++;
      useWords(text, ids, p, seen, remaining, i);
    }
  }

  private static double weight(AnalyzedText text, int[] ids, double[] p, int i) {
    int start = text.termStart(i);
    int end = text.termStart(i + 1);
    if (end == start) {
      return 0.0;
    }
    double sum = 0.0;
    for (int k = start; k < end; k++) {
      sum += p[ids[k]];
    }
    return sum / (end - start);
  }

  @Override
  public String toString() {
    return "sumbasic";
  }
}
