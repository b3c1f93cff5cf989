package io.github.tldr4j.summarizer.scoring;

import io.github.tldr4j.summarizer.analysis.AnalyzedText;
import java.util.PriorityQueue;

/**
 * SumBasic: sentences chosen greedily by the average probability of their words, each choice
 * squaring the probabilities of the words it used.
 *
 * <p>Immutable and thread-safe.
 */
final class SumBasicScorer implements SentenceScorer {

  /*
   * Nenkova, A. and Vanderwende, L. (2005). The Impact of Frequency on Summarization. Microsoft
   * Research technical report MSR-TR-2005-101.
   *
   *   1. p(w) = n(w) / N over the document's content words (here the analyzed terms).
   *   2. weight(S) = the average of p(w) over the words of S (with repeats, as in sumy).
   *   3. Choose the sentence of highest weight (ties: the earlier one).
   *   4. For each distinct word w of the chosen sentence, p(w) = p(w)^2.
   *   5. Repeat from 2.
   *
   * The order of choice is the ranking; the score of the k-th sentence chosen is (n - k) / n, so
   * the shared selection takes them in that order while they fit the budget. Squaring already
   * discounts what the summary says, so no redundancy penalty is added. A sentence without terms
   * has weight 0.
   *
   * Cost: weights only fall (p^2 <= p), so the greedy loop is lazy: a sentence popped from a
   * priority queue is re-weighed and kept only if it still beats the next one. Each re-weighing is
   * O(terms of the sentence); in practice O(T log n) for T tokens and n sentences.
   */

  @Override
  public double[] score(AnalyzedText text, double share) {
    int n = text.sentenceCount();
    int[] ids = text.termIds();
    double[] p = new double[text.vocabularySize()];
    int total = text.termStart(n);
    for (int k = 0; k < total; k++) {
      p[ids[k]]++;
    }
    for (int t = 0; t < p.length; t++) {
      p[t] /= total;
    }
    // entries {weight, sentence}: highest weight first, then earliest sentence
    PriorityQueue<double[]> queue =
        new PriorityQueue<>(
            Math.max(1, n),
            (a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0]) : Double.compare(a[1], b[1]));
    for (int i = 0; i < n; i++) {
      queue.add(new double[] {weight(text, ids, p, i), i});
    }
    double[] scores = new double[n];
    boolean[] seen = new boolean[p.length];
    int rank = 0;
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
      for (int k = text.termStart(i), end = text.termStart(i + 1); k < end; k++) {
        int t = ids[k];
        if (!seen[t]) {
          seen[t] = true;
          p[t] *= p[t];
        }
      }
      for (int k = text.termStart(i), end = text.termStart(i + 1); k < end; k++) {
        seen[ids[k]] = false;
      }
    }
    return scores;
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
