package io.github.tldr4j.benchmarks;

import io.github.tldr4j.benchmarks.rouge.AnalyzedText;
import io.github.tldr4j.benchmarks.rouge.RougeScore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ORACLE extract's objective, mean of ROUGE-1 and ROUGE-2 F1 (multiple references combined as
 * ROUGE-1.5.5's default {@code -f A}), kept up to date incrementally while sentences are added.
 *
 * <p>Scoring a candidate extract from scratch would rebuild its n-gram counts for every candidate
 * sentence at every step; here adding a sentence changes the unigram counts by that sentence's
 * tokens and the bigram counts by its inner bigrams plus the two bigrams that now join it to its
 * neighbours in document order (minus the one that joined those neighbours), and only those counts
 * are re-clipped. The values are identical to {@link
 * io.github.tldr4j.benchmarks.rouge.Rouge#rougeN} on the same extract, since both end in {@link
 * RougeScore#of(long, long, long)} with the same integer counts.
 *
 * <p>Mutable and not thread-safe: one instance per document and thread.
 */
final class GreedyOracle {

  private final int[][] sentences; // token ids
  private final int[][] referenceUnigrams; // [reference][token id] -> count
  private final List<Map<Long, Integer>> referenceBigrams;
  private final long referenceUnigramTotal;
  private final long referenceBigramTotal;
  private final int referenceCount;

  private final int[] unigrams; // of the current extract
  private final Map<Long, Integer> bigrams = new HashMap<>();
  private final boolean[] selected;
  private long tokens;
  private long unigramHits;
  private long bigramHits;

  /**
   * Prepares the objective for one document.
   *
   * @param sentences the document's sentences, analyzed
   * @param references the references, analyzed by the same {@code Rouge}
   */
  GreedyOracle(AnalyzedText sentences, List<AnalyzedText> references) {
    Map<String, Integer> ids = new HashMap<>();
    int n = sentences.sentences().size();
    this.sentences = new int[n][];
    for (int i = 0; i < n; i++) {
      this.sentences[i] = ids(sentences.sentences().get(i), ids);
    }
    List<int[]> referenceIds = new ArrayList<>();
    for (AnalyzedText reference : references) {
      referenceIds.add(ids(reference.tokens(), ids));
    }
    int vocabulary = ids.size();
    this.referenceCount = references.size();
    this.referenceUnigrams = new int[referenceCount][vocabulary];
    this.referenceBigrams = new ArrayList<>(referenceCount);
    long unigramTotal = 0;
    long bigramTotal = 0;
    for (int r = 0; r < referenceCount; r++) {
      int[] tokens = referenceIds.get(r);
      Map<Long, Integer> counts = new HashMap<>();
      for (int k = 0; k < tokens.length; k++) {
        referenceUnigrams[r][tokens[k]]++;
        if (k > 0) {
          counts.merge(key(tokens[k - 1], tokens[k]), 1, Integer::sum);
        }
      }
      referenceBigrams.add(counts);
      unigramTotal += tokens.length;
      bigramTotal += Math.max(0, tokens.length - 1);
    }
    this.referenceUnigramTotal = unigramTotal;
    this.referenceBigramTotal = bigramTotal;
    this.unigrams = new int[vocabulary];
    this.selected = new boolean[n];
  }

  /** The objective of the current extract. */
  double value() {
    return objective(unigramHits, bigramHits, tokens);
  }

  /**
   * The objective of the current extract plus sentence {@code i}, which must not be selected.
   *
   * @param i a sentence index
   */
  double valueWith(int i) {
    int[] s = sentences[i];
    long hits1 = unigramHits;
    Map<Integer, Integer> added = new HashMap<>();
    for (int t : s) {
      added.merge(t, 1, Integer::sum);
    }
    for (Map.Entry<Integer, Integer> e : added.entrySet()) {
      int t = e.getKey();
      for (int[] reference : referenceUnigrams) {
        hits1 += clipDelta(unigrams[t], e.getValue(), reference[t]);
      }
    }
    long hits2 = bigramHits;
    for (Map.Entry<Long, Integer> e : bigramChanges(i).entrySet()) {
      int current = bigrams.getOrDefault(e.getKey(), 0);
      for (Map<Long, Integer> reference : referenceBigrams) {
        hits2 += clipDelta(current, e.getValue(), reference.getOrDefault(e.getKey(), 0));
      }
    }
    return objective(hits1, hits2, tokens + s.length);
  }

  /**
   * Adds sentence {@code i} to the extract.
   *
   * @param i a sentence index, not yet selected
   */
  void add(int i) {
    int[] s = sentences[i];
    for (int t : s) {
      for (int[] reference : referenceUnigrams) {
        unigramHits += clipDelta(unigrams[t], 1, reference[t]);
      }
      unigrams[t]++;
    }
    for (Map.Entry<Long, Integer> e : bigramChanges(i).entrySet()) {
      int current = bigrams.getOrDefault(e.getKey(), 0);
      for (Map<Long, Integer> reference : referenceBigrams) {
        bigramHits += clipDelta(current, e.getValue(), reference.getOrDefault(e.getKey(), 0));
      }
      bigrams.put(e.getKey(), current + e.getValue());
    }
    tokens += s.length;
    selected[i] = true;
  }

  /** Whether sentence {@code i} has no token (adding it changes nothing). */
  boolean isEmpty(int i) {
    return sentences[i].length == 0;
  }

  /** Net change of the extract's bigram counts when sentence i (non-empty) joins it. */
  private Map<Long, Integer> bigramChanges(int i) {
    Map<Long, Integer> changes = new HashMap<>();
    int[] s = sentences[i];
    for (int k = 1; k < s.length; k++) {
      changes.merge(key(s[k - 1], s[k]), 1, Integer::sum);
    }
    int before = -1;
    for (int j = i - 1; j >= 0 && before < 0; j--) {
      if (selected[j] && sentences[j].length > 0) {
        before = j;
      }
    }
    int after = -1;
    for (int j = i + 1; j < sentences.length && after < 0; j++) {
      if (selected[j] && sentences[j].length > 0) {
        after = j;
      }
    }
    if (s.length > 0) {
      if (before >= 0) {
        changes.merge(key(last(before), s[0]), 1, Integer::sum);
      }
      if (after >= 0) {
        changes.merge(key(s[s.length - 1], sentences[after][0]), 1, Integer::sum);
      }
      if (before >= 0 && after >= 0) {
        changes.merge(key(last(before), sentences[after][0]), -1, Integer::sum);
      }
    }
    return changes;
  }

  private int last(int sentence) {
    return sentences[sentence][sentences[sentence].length - 1];
  }

  private double objective(long hits1, long hits2, long tokens) {
    long bigramsInExtract = Math.max(0, tokens - 1);
    double f1 = RougeScore.of(hits1, referenceUnigramTotal, tokens * referenceCount).f1();
    double f2 = RougeScore.of(hits2, referenceBigramTotal, bigramsInExtract * referenceCount).f1();
    return (f1 + f2) / 2;
  }

  /** Change of min(count, reference) when count changes by delta. */
  private static int clipDelta(int count, int delta, int reference) {
    return Math.min(count + delta, reference) - Math.min(count, reference);
  }

  private static long key(int first, int second) {
    return ((long) first << 32) | (second & 0xffffffffL);
  }

  private static int[] ids(List<String> tokens, Map<String, Integer> ids) {
    int[] result = new int[tokens.size()];
    for (int k = 0; k < result.length; k++) {
      Integer id = ids.get(tokens.get(k));
      if (id == null) {
        id = ids.size();
        ids.put(tokens.get(k), id);
      }
      result[k] = id;
    }
    return result;
  }
}
