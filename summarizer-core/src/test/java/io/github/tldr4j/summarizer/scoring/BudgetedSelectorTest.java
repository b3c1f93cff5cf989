package io.github.tldr4j.summarizer.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.github.tldr4j.summarizer.analysis.AnalyzedText;
import io.github.tldr4j.summarizer.text.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.junit.jupiter.api.Test;

final class BudgetedSelectorTest {

  @Test
  void withoutRedundancyTakesTheBestThatFitInOrderOfScoreThenIndex() {
    Random random = new Random(7);
    for (int round = 0; round < 300; round++) {
      int n = 1 + random.nextInt(60);
      AnalyzedText text = randomText(random, n);
      double[] scores = new double[n];
      for (int i = 0; i < n; i++) {
        scores[i] = random.nextInt(5); // many ties
      }
      int maxWords = random.nextInt(4 * n + 1);
      int maxSentences = 1 + random.nextInt(n + 1);
      int[] expected = greedy(text, scores, maxWords, maxSentences);
      String where = "round " + round;
      assertArrayEquals(
          expected, BudgetedSelector.select(text, scores, maxWords, maxSentences, 0.0), where);
    }
  }

  @Test
  void withRedundancyMatchesExactGreedyOnSmallTexts() {
    // below the re-evaluation cap, lazy evaluation must choose exactly what recomputing every
    // candidate's penalised score before each choice chooses
    Random random = new Random(11);
    for (int round = 0; round < 300; round++) {
      int n = 1 + random.nextInt(40);
      AnalyzedText text = randomText(random, n);
      double[] scores = new double[n];
      for (int i = 0; i < n; i++) {
        scores[i] = random.nextInt(4) + random.nextInt(3) * 0.25;
      }
      int maxWords = random.nextInt(3 * n + 1);
      int maxSentences = 1 + random.nextInt(n + 1);
      double redundancy = 0.5 + random.nextInt(4);
      int[] expected = exactGreedy(text, scores, maxWords, maxSentences, redundancy);
      String where = "round " + round;
      assertArrayEquals(
          expected,
          BudgetedSelector.select(text, scores, maxWords, maxSentences, redundancy),
          where);
    }
  }

  /** Recomputes every remaining candidate's score before each choice: O(n^2) but obvious. */
  private static int[] exactGreedy(
      AnalyzedText text, double[] scores, int maxWords, int maxSentences, double redundancy) {
    int n = scores.length;
    int total = 0;
    for (int i = 0; i < n; i++) {
      total += text.wordCount(i);
    }
    if (n <= maxSentences && total <= maxWords) {
      return java.util.stream.IntStream.range(0, n).toArray();
    }
    java.util.Set<Integer> covered = new java.util.HashSet<>();
    boolean[] chosen = new boolean[n];
    boolean[] dropped = new boolean[n];
    int words = 0;
    for (int count = 0; count < maxSentences; count++) {
      int best = -1;
      double bestScore = 0;
      for (int i = 0; i < n; i++) {
        if (chosen[i] || dropped[i]) {
          continue;
        }
        if (words + text.wordCount(i) > maxWords) {
          dropped[i] = true;
          continue;
        }
        java.util.Set<Integer> terms = new java.util.HashSet<>();
        for (int k = text.termStart(i); k < text.termStart(i + 1); k++) {
          terms.add(text.termIds()[k]);
        }
        long hits = terms.stream().filter(covered::contains).count();
        double share = terms.isEmpty() ? 0.0 : (double) hits / terms.size();
        double score = scores[i] - redundancy * share;
        if (best < 0 || score > bestScore) {
          best = i;
          bestScore = score;
        }
      }
      if (best < 0) {
        break;
      }
      chosen[best] = true;
      words += text.wordCount(best);
      for (int k = text.termStart(best); k < text.termStart(best + 1); k++) {
        covered.add(text.termIds()[k]);
      }
    }
    return java.util.stream.IntStream.range(0, n).filter(i -> chosen[i]).toArray();
  }

  /**
   * Straightforward reference: sort by score desc then index, take what fits (which is every
   * sentence when all fit).
   */
  private static int[] greedy(AnalyzedText text, double[] scores, int maxWords, int maxSentences) {
    int n = scores.length;
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    Arrays.sort(
        order,
        (a, b) -> {
          int c = Double.compare(scores[b], scores[a]);
          return c != 0 ? c : Integer.compare(a, b);
        });
    boolean[] chosen = new boolean[n];
    int words = 0;
    int count = 0;
    for (int i : order) {
      if (count == maxSentences) {
        break;
      }
      if (words + text.wordCount(i) <= maxWords) {
        chosen[i] = true;
        words += text.wordCount(i);
        count++;
      }
    }
    return java.util.stream.IntStream.range(0, n).filter(i -> chosen[i]).toArray();
  }

  private static AnalyzedText randomText(Random random, int n) {
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int start = text.length();
      int words = 1 + random.nextInt(6);
      for (int w = 0; w < words; w++) {
        text.append(w == 0 ? "" : " ").append("t").append(random.nextInt(20));
      }
      sentences.add(new Sentence(i, start, text.length(), 0, text.substring(start)));
      text.append(' ');
    }
    return AnalyzedText.analyze(new WhitespaceAnalyzer(), text.toString(), sentences, null);
  }
}
