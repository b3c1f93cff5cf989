package io.github.tldr4j.summarizer.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.github.tldr4j.summarizer.analysis.AnalyzedText;
import io.github.tldr4j.summarizer.text.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.Test;

final class BudgetedSelectorTest {

  /** Every word a term, punctuation dropped. */
  private static final StandardAnalyzer ANALYZER = new StandardAnalyzer(CharArraySet.EMPTY_SET);

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

  /**
   * Issue 14: on a long text under a small word budget, the candidates that no longer fit leave
   * the queue together each time the words left halve; the choice is still the greedy one.
   */
  @Test
  void aLongTextUnderASmallBudgetGetsTheGreedyChoice() {
    Random random = new Random(14);
    for (int round = 0; round < 6; round++) {
      int n = 1500 + random.nextInt(1500);
      AnalyzedText text = randomText(random, n);
      double[] scores = new double[n];
      for (int i = 0; i < n; i++) {
        scores[i] = random.nextInt(50) + random.nextInt(3) * 0.25;
      }
      int maxWords = 20 + random.nextInt(300);
      String where = "round " + round + ", " + maxWords + " words";
      assertArrayEquals(
          greedy(text, scores, maxWords, n),
          BudgetedSelector.select(text, scores, maxWords, n, 0.0),
          where);
      assertArrayEquals(
          exactGreedy(text, scores, maxWords, n, 1.5),
          BudgetedSelector.select(text, scores, maxWords, n, 1.5),
          where);
    }
  }

  @Test
  void aRepeatIsSkippedForTheNextBestSentence() {
    // issue 16: sentence 2 repeats sentence 0, sentence 3 nearly (one word of nine changed)
    AnalyzedText text =
        text(
            "ferry stops running end month operator said monday.",
            "passengers crossed bay forty years.",
            "ferry stops running end month operator said monday.",
            "ferry stops running end next month operator said monday.",
            "fishermen north shore miss morning crossing.");
    double[] scores = {5, 1, 4, 3, 0.5};
    for (double redundancy : new double[] {0.0, 2.0}) {
      assertArrayEquals(
          new int[] {0, 1, 4},
          BudgetedSelector.select(text, scores, Integer.MAX_VALUE, 3, redundancy),
          "redundancy " + redundancy);
    }
  }

  @Test
  void aSentenceThatJoinsTwoChosenOnesIsNotARepeat() {
    // most of its words are in the summary already, but spread over two sentences: it is compared
    // with each chosen sentence, not with the summary as a whole
    AnalyzedText text =
        text(
            "the mayor opened the new footbridge on saturday.",
            "engineers fixed the tidal turbines last year.",
            "the mayor thanked the engineers who fixed the tidal turbines and opened the footbridge.",
            "the draw was made on monday evening.");
    double[] scores = {4, 3, 2, 1};
    assertArrayEquals(
        new int[] {0, 1, 2}, BudgetedSelector.select(text, scores, Integer.MAX_VALUE, 3, 0.0));
  }

  @Test
  void fragmentsAreChosenOnlyWhenNothingElseCan() {
    AnalyzedText text =
        text("opening times:", "the footbridge opened on saturday morning.", "why?");
    assertArrayEquals(
        new int[] {1}, BudgetedSelector.select(text, new double[] {9, 1, 8}, 100, 2, 0.0));
    AnalyzedText fragments = text("opening times:", "why?", "harbour walk");
    assertArrayEquals(
        new int[] {0, 2}, BudgetedSelector.select(fragments, new double[] {9, 1, 8}, 100, 2, 0.0));
  }

  /** A text of the given sentences, separated by a space. */
  private static AnalyzedText text(String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Sentence> list = new ArrayList<>();
    for (String s : sentences) {
      if (text.length() > 0) {
        text.append(' ');
      }
      list.add(new Sentence(list.size(), text.length(), text.length() + s.length(), 0, s));
      text.append(s);
    }
    return AnalyzedText.analyze(ANALYZER, text.toString(), list, null);
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
    boolean[] dropped = notCandidates(text);
    int words = 0;
    for (int count = 0; count < maxSentences; count++) {
      int best = -1;
      double bestScore = 0;
      for (int i = 0; i < n; i++) {
        if (chosen[i] || dropped[i]) {
          continue;
        }
        if (words + text.wordCount(i) > maxWords || repeats(text, i, chosen)) {
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
   * Straightforward reference: every sentence when all fit; else sort by score desc then index,
   * and take the candidates that fit and do not repeat a sentence taken.
   */
  private static int[] greedy(AnalyzedText text, double[] scores, int maxWords, int maxSentences) {
    int n = scores.length;
    if (n <= maxSentences && text.totalWordCount() <= maxWords) {
      return java.util.stream.IntStream.range(0, n).toArray();
    }
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    Arrays.sort(
        order,
        (a, b) -> {
          int c = Double.compare(scores[b], scores[a]);
          return c != 0 ? c : Integer.compare(a, b);
        });
    boolean[] chosen = new boolean[n];
    boolean[] excluded = notCandidates(text);
    int words = 0;
    int count = 0;
    for (int i : order) {
      if (count == maxSentences) {
        break;
      }
      if (!excluded[i] && words + text.wordCount(i) <= maxWords && !repeats(text, i, chosen)) {
        chosen[i] = true;
        words += text.wordCount(i);
        count++;
      }
    }
    return java.util.stream.IntStream.range(0, n).filter(i -> chosen[i]).toArray();
  }

  /** The sentences that may not be chosen: those that cannot stand alone, unless none can. */
  private static boolean[] notCandidates(AnalyzedText text) {
    int n = text.sentenceCount();
    boolean[] excluded = new boolean[n];
    boolean any = false;
    for (int i = 0; i < n; i++) {
      excluded[i] = !text.standalone(i);
      any |= text.standalone(i);
    }
    return any ? excluded : new boolean[n];
  }

  /**
   * Whether at least 70% of sentence i's pairs of consecutive terms (its term, if it has one) are
   * pairs of one chosen sentence.
   */
  private static boolean repeats(AnalyzedText text, int i, boolean[] chosen) {
    List<String> own = pairs(text, i);
    for (int j = 0; j < chosen.length; j++) {
      if (chosen[j] && !own.isEmpty()) {
        java.util.Set<String> other = new java.util.HashSet<>(pairs(text, j));
        long hits = own.stream().filter(other::contains).count();
        if (hits >= 0.7 * own.size()) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> pairs(AnalyzedText text, int i) {
    int[] ids = text.termIds();
    int start = text.termStart(i);
    int end = text.termStart(i + 1);
    List<String> pairs = new ArrayList<>();
    if (end - start == 1) {
      pairs.add(Integer.toString(ids[start]));
    }
    for (int k = start + 1; k < end; k++) {
      pairs.add(ids[k - 1] + " " + ids[k]);
    }
    return pairs;
  }

  /**
   * Sentences of 1 to 8 words drawn from a small vocabulary, so that repeats and near repeats
   * occur; most end with a full stop, some do not (labels when short).
   */
  private static AnalyzedText randomText(Random random, int n) {
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int start = text.length();
      int words = 1 + random.nextInt(8);
      for (int w = 0; w < words; w++) {
        text.append(w == 0 ? "" : " ").append("t").append(random.nextInt(12));
      }
      if (random.nextInt(4) > 0) {
        text.append('.');
      }
      sentences.add(new Sentence(i, start, text.length(), 0, text.substring(start)));
      text.append(' ');
    }
    return AnalyzedText.analyze(ANALYZER, text.toString(), sentences, null);
  }
}
