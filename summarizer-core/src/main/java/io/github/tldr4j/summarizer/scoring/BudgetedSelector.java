package io.github.tldr4j.summarizer.scoring;

import io.github.tldr4j.summarizer.analysis.AnalyzedText;
import java.util.Arrays;
import java.util.Objects;

/**
 * Chooses the sentences of a summary: best score first, never exceeding the word and sentence
 * ceilings, ties broken by position, the result in document order.
 *
 * <p>Only sentences that can be read alone are candidates ({@link AnalyzedText#standalone}: no
 * fragments, colon lead-ins, quotation tails or labels), unless the text has none, and then every
 * sentence is. A candidate that repeats a chosen sentence is never chosen: one of which at least
 * 70% of the pairs of consecutive terms (its single term, for a sentence of one term) occur in one
 * chosen sentence, such as a second copy of a sentence or the same sentence with a word changed
 * (issue 16). Pairs, not terms, and one sentence, not the whole
 * summary, so that a sentence that puts the summary's words in another order or combines two
 * chosen sentences, as a list of fixtures does, still counts as new.
 *
 * <p>With a redundancy penalty {@code r > 0}, a candidate's score is lowered by {@code r} times the
 * share of its distinct terms that the sentences chosen so far already contain (a maximal marginal
 * relevance criterion, Carbonell and Goldstein 1998). The penalty only grows as sentences are
 * chosen, so candidates are re-evaluated lazily from a priority queue (as in the CELF algorithm of
 * Leskovec et al. 2007): a candidate is taken when its fresh score still beats every other
 * candidate's last known score. A sentence that does not fit the remaining words is skipped, and a
 * shorter one may take its place. The number of re-evaluations is capped at {@code 16 n + 1024};
 * past the cap, candidates keep their last computed score, so selection stays {@code O(n log n)}
 * on any input (the repeat test runs once per sentence at most, in time linear in its terms).
 * Stateless and thread-safe.
 *
 * <p>Not part of the stable API: the {@code io.github.tldr4j.summarizer} package is.
 *
 * @since 0.1
 */
public final class BudgetedSelector {

  /**
   * A candidate of which at least this share of term pairs already occur in the summary repeats
   * it.
   */
  static final double REPEAT_SHARE = 0.7;

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
      throw scoresMismatch(n, scores.length);
    }
    if (n <= maxSentences && text.totalWordCount() <= maxWords) {
      int[] all = new int[n];
      Arrays.setAll(all, i -> i);
      return all;
    }
    // candidates by current score desc, then index asc; a candidate's current score only changes
    // while it is out of the queue, so the order is total and the result deterministic
    double[] current = scores.clone();
    CandidateQueue queue = new CandidateQueue(current, candidates(text));
    int[] ids = text.termIds();
    boolean[] covered = redundancy > 0.0 ? new boolean[text.vocabularySize()] : null;
    int[] stamp = covered == null ? null : new int[text.vocabularySize()];
    TermPairs pairs = new TermPairs(n);
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
    // each time the words left halve, the candidates longer than that leave the queue at once: they
    // could never be taken, and polling them one by one was most of the selection's time on a long
    // text (the order of the others does not change)
    int pruneAt = maxWords / 2;
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
      if (pairs.repeats(text, ids, i)) {
        continue; // a repeat for good: the summary only grows
      }
      chosen[i] = true;
      chosenCount++;
      words += text.wordCount(i);
      if (maxWords - words <= pruneAt) {
        queue.removeLongerThan(text, maxWords - words);
        pruneAt = (maxWords - words) / 2;
      }
      pairs.add(text, ids, i);
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
   * The exception for scores that do not match the sentences; a method of its own, so that the
   * quick compiler, which compiles select for every batch, does not compile the message too.
   */
  private static IllegalArgumentException scoresMismatch(int sentences, int scores) {
    return new IllegalArgumentException("expected " + sentences + " scores, got " + scores);
  }

  /** The sentences that can stand alone, or every sentence if none can. */
  private static int[] candidates(AnalyzedText text) {
    int n = text.sentenceCount();
    int[] candidates = new int[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      if (text.standalone(i)) {
        candidates[count++] = i;
      }
    }
    if (count == 0) {
      Arrays.setAll(candidates, i -> i);
      return candidates;
    }
    return count == n ? candidates : Arrays.copyOf(candidates, count);
  }

  /**
   * The pairs of consecutive terms of the chosen sentences (the single term of a one-term
   * sentence), each with the chosen sentences it occurs in: an open-addressing hash table of {@code
   * long} keys whose entries head linked lists on {@code int} arrays. A pair keeps at most {@link
   * #MAX_POSTINGS} sentences, so that a test costs at most that much per pair on any input; a pair
   * so common rarely decides whether two sentences are the same.
   */
  private static final class TermPairs {

    private static final int MAX_POSTINGS = 64;

    private long[] keys = new long[64]; // key + 1; 0 is an empty slot
    private int[] entryOf = new int[64];
    private int entries;
    private int[] head = new int[32]; // per entry: first node, -1 for none
    private int[] count = new int[32]; // per entry: nodes in its list
    private int[] nodeSentence = new int[64];
    private int[] nodeNext = new int[64];
    private int nodes;
    private final int[] hits;
    private final int[] hitMark;
    private int mark;

    TermPairs(int sentences) {
      hits = new int[sentences];
      hitMark = new int[sentences];
    }

    /**
     * Whether at least {@link #REPEAT_SHARE} of sentence {@code i}'s pairs occur in one chosen
     * sentence.
     */
    boolean repeats(AnalyzedText text, int[] ids, int i) {
      int start = text.termStart(i);
      int end = text.termStart(i + 1);
      if (entries == 0 || end == start) {
        return false;
      }
      int pairs = Math.max(1, end - start - 1);
      double needed = REPEAT_SHARE * pairs;
      mark++;
      for (int k = end - start == 1 ? start : start + 1; k < end; k++) {
        int e = find(key(ids, start, end, k));
        if (e < 0) {
          continue;
        }
        for (int node = head[e]; node >= 0; node = nodeNext[node]) {
          int j = nodeSentence[node];
          if (hitMark[j] != mark) {
            hitMark[j] = mark;
            hits[j] = 0;
          }
          if (++hits[j] >= needed) {
            return true;
          }
        }
      }
      return false;
    }

    void add(AnalyzedText text, int[] ids, int i) {
      int start = text.termStart(i);
      int end = text.termStart(i + 1);
      for (int k = end - start == 1 ? start : start + 1; k < end; k++) {
        int e = entry(key(ids, start, end, k));
        if (count[e] < MAX_POSTINGS && (head[e] < 0 || nodeSentence[head[e]] != i)) {
          if (nodes == nodeSentence.length) {
            nodeSentence = Arrays.copyOf(nodeSentence, nodes * 2);
            nodeNext = Arrays.copyOf(nodeNext, nodes * 2);
          }
          nodeSentence[nodes] = i;
          nodeNext[nodes] = head[e];
          head[e] = nodes++;
          count[e]++;
        }
      }
    }

    /** The pair ending at term {@code k}, or the single term of a one-term sentence. */
    private static long key(int[] ids, int start, int end, int k) {
      int second = end - start == 1 ? -1 : ids[k];
      int first = end - start == 1 ? ids[k] : ids[k - 1];
      return ((long) first << 32) | (second & 0xFFFFFFFFL);
    }

    private int slot(long stored) {
      long h = stored * 0x9E3779B97F4A7C15L;
      return (int) (h >>> 32) & (keys.length - 1);
    }

    /** The entry of {@code key}, or -1. */
    private int find(long key) {
      long stored = key + 1;
      for (int s = slot(stored); ; s = (s + 1) & (keys.length - 1)) {
        if (keys[s] == stored) {
          return entryOf[s];
        }
        if (keys[s] == 0) {
          return -1;
        }
      }
    }

    /** The entry of {@code key}, created if missing. */
    private int entry(long key) {
      if (2 * (entries + 1) > keys.length) {
        long[] oldKeys = keys;
        int[] oldEntries = entryOf;
        keys = new long[oldKeys.length * 2];
        entryOf = new int[keys.length];
        for (int s = 0; s < oldKeys.length; s++) {
          if (oldKeys[s] != 0) {
            int t = slot(oldKeys[s]);
            while (keys[t] != 0) {
              t = (t + 1) & (keys.length - 1);
            }
            keys[t] = oldKeys[s];
            entryOf[t] = oldEntries[s];
          }
        }
      }
      long stored = key + 1;
      int s = slot(stored);
      while (keys[s] != 0) {
        if (keys[s] == stored) {
          return entryOf[s];
        }
        s = (s + 1) & (keys.length - 1);
      }
      if (entries == head.length) {
        head = Arrays.copyOf(head, entries * 2);
        count = Arrays.copyOf(count, entries * 2);
      }
      keys[s] = stored;
      entryOf[s] = entries;
      head[entries] = -1;
      count[entries] = 0;
      return entries++;
    }
  }

  /**
   * A binary heap of sentence indices, best first by {@code current} score (ties: lower index
   * first), on a plain {@code int[]}: no boxing, no comparator object. Starts with the given
   * candidates, built bottom-up in linear time.
   */
  private static final class CandidateQueue {

    private final double[] current;
    private final int[] heap;
    private int size;

    CandidateQueue(double[] current, int[] candidates) {
      this.current = current;
      this.size = candidates.length;
      this.heap = candidates;
      heapify();
    }

    private void heapify() {
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

    /** Removes the candidates of more than {@code words} words. */
    void removeLongerThan(AnalyzedText text, int words) {
      int kept = 0;
      for (int k = 0; k < size; k++) {
        if (text.wordCount(heap[k]) <= words) {
          heap[kept++] = heap[k];
        }
      }
      size = kept;
      heapify();
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
