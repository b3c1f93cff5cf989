package io.github.tldr4j.benchmarks.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Scrapinghub article-extraction benchmark's metric for one page: true positives, false
 * positives and false negatives over the multisets of word 4-shingles of the gold and the
 * extracted text, normalized to sum to 1 (its {@code evaluate.py}, reimplemented). Tokens are runs
 * of letters, digits and underscores (Python's {@code \w} on Unicode text), case kept; a text of
 * fewer than 4 tokens is one shingle, an empty text none.
 *
 * @param tp shared shingles
 * @param fp extracted shingles not in the gold text
 * @param fn gold shingles not extracted
 * @since 0.1
 */
public record ShingleScore(double tp, double fp, double fn) {

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
  private static final int N = 4;

  /**
   * Scores an extraction against the gold text.
   *
   * @param gold the gold article text
   * @param extracted the extracted text
   * @return the normalized counts
   */
  public static ShingleScore of(String gold, String extracted) {
    Map<List<String>, Integer> truth = shingles(tokens(gold), N);
    Map<List<String>, Integer> predicted = shingles(tokens(extracted), N);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (Map.Entry<List<String>, Integer> e : predicted.entrySet()) {
      int t = truth.getOrDefault(e.getKey(), 0);
      tp += Math.min(t, e.getValue());
      fp += Math.max(0, e.getValue() - t);
    }
    for (Map.Entry<List<String>, Integer> e : truth.entrySet()) {
      fn += Math.max(0, e.getValue() - predicted.getOrDefault(e.getKey(), 0));
    }
    double sum = tp + fp + fn;
    return sum > 0 ? new ShingleScore(tp / sum, fp / sum, fn / sum) : new ShingleScore(0, 0, 0);
  }

  /** Precision as evaluate.py defines it (1 when nothing is wrong, 0 when nothing is right). */
  public double precision() {
    if (fp == 0 && fn == 0) {
      return 1;
    }
    return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
  }

  /** Recall as evaluate.py defines it. */
  public double recall() {
    if (fp == 0 && fn == 0) {
      return 1;
    }
    return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
  }

  /** Whether the page counts in the mean precision (something was extracted). */
  public boolean countsForPrecision() {
    return tp + fp > 0;
  }

  /** Whether the page counts in the mean recall (the gold text is not empty). */
  public boolean countsForRecall() {
    return tp + fn > 0;
  }

  /** The word tokens of a text. */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text == null ? "" : text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  /** The multiset of n-token shingles; fewer than n tokens give one shorter shingle. */
  static Map<List<String>, Integer> shingles(List<String> tokens, int n) {
    Map<List<String>, Integer> result = new HashMap<>();
    int count = Math.max(1, tokens.size() - n + 1);
    for (int i = 0; i < count; i++) {
      List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + n));
      if (!shingle.isEmpty()) {
        result.merge(List.copyOf(shingle), 1, Integer::sum);
      }
    }
    return result;
  }

  /**
   * The benchmark's averages: mean precision over pages with extracted text, mean recall over
   * pages with gold text, and F1 of those two means.
   *
   * @param scores the pages' scores
   * @return {precision, recall, f1}
   */
  public static double[] average(List<ShingleScore> scores) {
    double p = 0;
    int np = 0;
    double r = 0;
    int nr = 0;
    for (ShingleScore s : scores) {
      if (s.countsForPrecision()) {
        p += s.precision();
        np++;
      }
      if (s.countsForRecall()) {
        r += s.recall();
        nr++;
      }
    }
    double precision = np == 0 ? 0 : p / np;
    double recall = nr == 0 ? 0 : r / nr;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new double[] {precision, recall, f1};
  }
}
