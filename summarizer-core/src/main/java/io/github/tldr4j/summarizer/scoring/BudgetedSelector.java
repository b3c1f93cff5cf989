package io.github.tldr4j.summarizer.scoring;

import io.github.tldr4j.summarizer.analysis.AnalyzedText;
import java.util.Arrays;
import java.util.Objects;

/**
 * Chooses the sentences of a summary: best score first, never exceeding the word and sentence
 * ceilings, ties broken by position, the result in document order.
 *
 * <p>With a redundancy penalty {@code r > 0}, a candidate's score is lowered by {@code r} times the
 * share of its distinct terms that the sentences chosen so far already contain (a maximal marginal
 * relevance criterion, Carbonell and Goldstein 1998). The penalty only grows as sentences are
 * chosen, so candidates are re-evaluated lazily from a priority queue (as in the CELF algorithm of
 * Leskovec et al. 2007): a candidate is taken when its fresh score still beats every other
 * candidate's last known score. A sentence that does not fit the remaining words is skipped, and a
 * shorter one may take its place. The number of re-evaluations is capped at {@code 16 n + 1024};
 * past the cap, candidates keep their last computed score, so selection stays {@code O(n log n)}
 * on any input. Stateless and thread-safe.
 *
 * <p>Not part of the stable API: the {@code io.github.tldr4j.summarizer} package is.
 *
 * @since 0.1
 */
public final class BudgetedSelector {

  private BudgetedSelector() {}

  /**
   * Selects sentences.
   *
   * @param text the analyzed text
   * @param scores one score per sentence
   * @param maxWords the word ceiling
   * @param maxSentences the sentence ceiling
   * @param redundancy the redundancy penalty, 0 for none
   * @return the indices of the chosen sentences, ascending
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the scores do not match the sentences
   */
  public static int[] select(
      AnalyzedText text, double[] scores, int maxWords, int maxSentences, double redundancy) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(scores, "scores");
    int n = text.sentenceCount();
    if (scores.length != n) {
      throw new IllegalArgumentException(
          "expected " + n + " scores, got " + scores.length);
    }
    if (n <= maxSentences && text.totalWordCount() <= maxWords) {
      int[] all = new int[n];
      Arrays.setAll(all, i -> i);
      return all;
    }
    // candidates by current score desc, then index asc; a candidate's current score only changes
    // while it is out of the queue, so the order is total and the result deterministic
    double[] current = scores.clone();
    CandidateQueue queue = new CandidateQueue(current);
    int[] ids = text.termIds();
    boolean[] covered = redundancy > 0.0 ? new boolean[text.vocabularySize()] : null;
    int[] stamp = covered == null ? null : new int[text.vocabularySize()];
    // a candidate's score is fresh when computed since the last choice (epochs avoid clearing)
    int[] freshIn = new int[n];
    int epoch = 1;
    int evaluations = 0;
    // lazy re-evaluation is near-linear in practice; this bound keeps adversarial inputs linear too
    // (past it, candidates keep the last score computed for them)
    long maxEvaluations = 16L * n + 1024;
    boolean[] chosen = new boolean[n];
    int chosenCount = 0;
    int words = 0;
    while (!queue.isEmpty() && chosenCount < maxSentences) {
      int i = queue.poll();
      if (words + text.wordCount(i) > maxWords) {
        continue; // never fits again: the remaining budget only shrinks
      }
      if (covered != null && freshIn[i] != epoch && evaluations < maxEvaluations) {
        current[i] = scores[i] - redundancy * coveredShare(text, ids, i, covered, stamp, ++evaluations);
        freshIn[i] = epoch;
        if (!queue.isEmpty() && CandidateQueue.after(current, i, queue.peek())) {
          queue.add(i);
          continue;
        }
      }
      chosen[i] = true;
      chosenCount++;
      words += text.wordCount(i);
      if (covered != null) {
        for (int k = text.termStart(i), end = text.termStart(i + 1); k < end; k++) {
          covered[ids[k]] = true;
        }
        epoch++; // every other candidate's score is stale now
      }
    }
    int[] result = new int[chosenCount];
    for (int i = 0, k = 0; i < n; i++) {
      if (chosen[i]) {
        result[k++] = i;
      }
    }
    return result;
  }

  /**
   * A binary heap of sentence indices, best first by {@code current} score (ties: lower index
   * first), on a plain {@code int[]}: no boxing, no comparator object. Starts with every sentence,
   * built bottom-up in linear time.
   */
  private static final class CandidateQueue {

    private final double[] current;
    private final int[] heap;
    private int size;

    CandidateQueue(double[] current) {
      this.current = current;
      this.size = current.length;
      this.heap = new int[size];
      for (int i = 0; i < size; i++) {
        heap[i] = i;
      }
      for (int k = (size >>> 1) - 1; k >= 0; k--) {
        siftDown(k, heap[k]);
      }
    }

    /** True if {@code a} ranks after {@code b}. */
    static boolean after(double[] current, int a, int b) {
      int c = Double.compare(current[b], current[a]);
      return c != 0 ? c > 0 : a > b;
    }

    boolean isEmpty() {
      return size == 0;
    }

    int peek() {
      return heap[0];
    }

    int poll() {
      int top = heap[0];
      int last = heap[--size];
      if (size > 0) {
        siftDown(0, last);
      }
      return top;
    }

    void add(int sentence) {
      int k = size++;
      while (k > 0) {
        int parent = (k - 1) >>> 1;
        if (!after(current, heap[parent], sentence)) {
          break;
        }
        heap[k] = heap[parent];
        k = parent;
      }
      heap[k] = sentence;
    }

    private void siftDown(int k, int sentence) {
      int half = size >>> 1;
      while (k < half) {
        int child = 2 * k + 1;
        int right = child + 1;
        if (right < size && after(current, heap[child], heap[right])) {
          child = right;
        }
        if (!after(current, sentence, heap[child])) {
          break;
        }
        heap[k] = heap[child];
        k = child;
      }
      heap[k] = sentence;
    }
  }

  private static double coveredShare(
      AnalyzedText text, int[] ids, int i, boolean[] covered, int[] stamp, int mark) {
    // stamp[t] == mark: term t already counted in this evaluation (marks are unique, from 1 up)
    int distinct = 0;
    int hits = 0;
    for (int k = text.termStart(i), end = text.termStart(i + 1); k < end; k++) {
      int t = ids[k];
      if (stamp[t] != mark) {
        stamp[t] = mark;
        distinct++;
        if (covered[t]) {
          hits++;
        }
      }
    }
    return distinct == 0 ? 0.0 : (double) hits / distinct;
  }
}
