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
   * Cost: each choice finds the most probable word (Words, below, without a pass over the
   * vocabulary), then reads the postings of that word (the sentences that hold it) and computes
   * their weights. The work bound counts each choice as the pass over the vocabulary it once made
   * (V terms) plus the lengths of the sentences weighed, O(n * T) for T tokens on a news story,
   * so that the exact steps stop where they always did. A long text, or a word in most of its
   * sentences, would make that quadratic, so the exact steps stop once they have counted
   * WORK_PER_TERM * T + WORK_BASE (far beyond any news story: 64 readings of every term); the
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
    // n(w), and the sentences holding w (all unchosen yet)
    int[] count = new int[vocabulary];
    int[] remaining = new int[vocabulary];
    int[] lastSentence = new int[vocabulary];
    Arrays.fill(lastSentence, -1);
    int maxCount = 0;
    for (int i = 0; i < n; i++) {
      for (int k = text.termStart(i), end = text.termStart(i + 1); k < end; k++) {
        int t = ids[k];
        maxCount = Math.max(maxCount, ++count[t]);
        if (lastSentence[t] != i) {
          lastSentence[t] = i;
          remaining[t]++;
        }
      }
    }
    int total = text.termStart(n);
    double[] p = new double[vocabulary];
    for (int t = 0; t < vocabulary; t++) {
      p[t] = (double) count[t] / total;
    }
    // postings: the sentences holding term t, ascending, at [postStart[t], postStart[t + 1]),
    // filled from the last sentence back, each term's from the end of its range (where
    // postStart[t] starts) down to its start (where it ends); marks n + i tell this pass's
    // sentences from the first pass's
    int[] postStart = new int[vocabulary + 1];
    int posted = 0;
    for (int t = 0; t < vocabulary; t++) {
      posted += remaining[t];
      postStart[t] = posted;
    }
    postStart[vocabulary] = posted;
    int[] postings = new int[posted];
    for (int i = n - 1; i >= 0; i--) {
      for (int k = text.termStart(i), end = text.termStart(i + 1); k < end; k++) {
        int t = ids[k];
        if (lastSentence[t] != n + i) {
          lastSentence[t] = n + i;
          postings[--postStart[t]] = i;
        }
      }
    }
    double[] scores = new double[n];
    boolean[] chosen = new boolean[n];
    boolean[] seen = new boolean[vocabulary];
    Words words = new Words(count, maxCount, p, remaining);
    long work = (long) WORK_PER_TERM * total + WORK_BASE;
    int rank = 0;
    int firstUnchosen = 0;
    while (rank < n && work > 0) {
      int top = words.top();
      work -= vocabulary; // what a pass over the vocabulary would read (the bound's unit)
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
      words.use(text, ids, seen, pick);
    }
    if (rank < n) {
      rankByWeight(text, ids, p, words, seen, chosen, rank, scores);
    }
    return scores;
  }

  /**
   * Ranks the unchosen sentences by step 2 alone, greedily with squaring, from rank {@code rank}
   * on: the highest weight first (ties: the earlier sentence), lazily re-weighed.
   */
  private static void rankByWeight(
      AnalyzedText text,
      int[] ids,
      double[] p,
      Words words,
      boolean[] seen,
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
      words.use(text, ids, seen, i);
    }
  }

  /**
   * The exact steps' words: step 4 applied to the probabilities, and the most probable word that
   * an unchosen sentence holds found without a pass over the vocabulary. A word whose
   * probability was never squared keeps n(w) / N, so those words are taken in one order fixed at
   * the start (count descending, then text order), from a cursor that only moves on: a word
   * leaves that order for good when it is first squared or when no unchosen sentence holds it.
   * The squared words are few (those of the sentences chosen so far) and their probabilities
   * only fall, so a bound on them (the largest they had when last looked at) says when they must
   * be read: only while it reaches the first word of the fixed order. Same word as the pass over
   * the vocabulary, ties included. On BBC News (1,007 stories of 18 sentences, 262 terms and 170
   * distinct ones on average) the pass was about half of the scorer's time; 18,488 choices read
   * the squared words 134 times, and the scorer takes 8.9 ms instead of 12.5 with the quick
   * compiler (all stories, compiled, median of 10).
   */
  private static final class Words {
    private final double[] p;
    private final int[] remaining;
    /** Every term, count descending, then text order: the probabilities never squared. */
    private final int[] order;
    private final boolean[] squared;
    /** The squared terms that unchosen sentences held when last looked at. */
    private final int[] held;
    private int heldCount;
    /** At least the probability of every squared term in {@code held}. */
    private double bound = -1.0;
    private int next;

    Words(int[] count, int maxCount, double[] p, int[] remaining) {
      this.p = p;
      this.remaining = remaining;
      int vocabulary = p.length;
      // a counting sort on maxCount - count, stable: text order within a count
      int[] at = new int[maxCount + 2];
      for (int t = 0; t < vocabulary; t++) {
        at[maxCount - count[t] + 1]++;
      }
      for (int c = 1; c < at.length; c++) {
        at[c] += at[c - 1];
      }
      order = new int[vocabulary];
      for (int t = 0; t < vocabulary; t++) {
        order[at[maxCount - count[t]]++] = t;
      }
      squared = new boolean[vocabulary];
      held = new int[vocabulary];
    }

    /**
     * The most probable word that an unchosen sentence holds (ties: the first in the text), or -1
     * if there is none.
     */
    int top() {
      while (next < order.length && (squared[order[next]] || remaining[order[next]] == 0)) {
        next++;
      }
      int fresh = next < order.length ? order[next] : -1;
      double freshP = fresh < 0 ? -1.0 : p[fresh];
      if (heldCount == 0 || bound < freshP) {
        return fresh;
      }
      int best = -1;
      double highest = -1.0;
      int kept = 0;
      for (int j = 0; j < heldCount; j++) {
        int t = held[j];
        if (remaining[t] > 0) {
          held[kept++] = t;
          if (p[t] > highest || p[t] == highest && t < best) {
            highest = p[t];
            best = t;
          }
        }
      }
      heldCount = kept;
      bound = highest;
      if (best < 0) {
        return fresh;
      }
      return fresh < 0 || highest > freshP || highest == freshP && best < fresh ? best : fresh;
    }

    /**
     * Step 4 for the chosen sentence {@code i}: squares the probability of each of its distinct
     * words, and counts it out of the unchosen sentences that hold them.
     */
    void use(AnalyzedText text, int[] ids, boolean[] seen, int i) {
      for (int k = text.termStart(i), end = text.termStart(i + 1); k < end; k++) {
        int t = ids[k];
        if (!seen[t]) {
          seen[t] = true;
          remaining[t]--;
          p[t] *= p[t];
          if (!squared[t]) {
            squared[t] = true;
            if (remaining[t] > 0) {
              held[heldCount++] = t;
              bound = Math.max(bound, p[t]);
            }
          }
        }
      }
      for (int k = text.termStart(i), end = text.termStart(i + 1); k < end; k++) {
        seen[ids[k]] = false;
      }
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
