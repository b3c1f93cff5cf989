package io.github.tldr4j.summarizer.scoring;

import static io.github.tldr4j.summarizer.scoring.GraphAndMatrixScorersTest.terms;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tldr4j.summarizer.analysis.AnalyzedText;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * SumBasic's step 3 (Nenkova and Vanderwende 2005): the sentence chosen is the best among those
 * that contain the most probable word, with terms given directly (one per whitespace-separated
 * token) so that every probability can be worked out by hand.
 */
final class SumBasicScorerTest {

  /** The choices, first to last: the sentences by descending score. */
  private static Integer[] order(double[] scores) {
    Integer[] order = new Integer[scores.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
    return order;
  }

  @Test
  void eachChoiceHoldsTheMostProbableWordEvenWhenAnotherSentenceWeighsMore() {
    // 12 terms: p(tide) = 4/12, p(ferry) = 3/12, the others 1/12. Average probabilities: the four
    // tide sentences (4/12 + 1/12) / 2 = 0.208, "ferry ferry" 0.25, "ferry dock" 0.167. Step 3
    // takes the best sentence holding tide (the first of four equals), not "ferry ferry"; tide
    // falls to 1/9 and ferry, now the most probable word, takes "ferry ferry"; then tide (1/9)
    // again beats ferry (1/16) and the next tide sentence follows
    AnalyzedText text =
        terms("tide chart", "tide table", "tide clock", "tide gauge", "ferry ferry", "ferry dock");
    double[] scores = new SumBasicScorer().score(text, 0.5);
    Integer[] order = order(scores);
    assertArrayEquals(new Integer[] {0, 4, 1}, Arrays.copyOf(order, 3), Arrays.toString(scores));
    assertArrayEquals(new int[] {0, 1, 4}, BudgetedSelector.select(text, scores, 100, 3, 0.0));
  }

  @Test
  void everySentenceIsRankedOnceAndSentencesWithoutTermsComeLast() {
    AnalyzedText text = terms("alpha beta", "", "alpha gamma", "delta", "");
    double[] scores = new SumBasicScorer().score(text, 0.5);
    double[] sorted = scores.clone();
    Arrays.sort(sorted);
    // the ranks n - k / n for k = 0..4, each once
    assertArrayEquals(new double[] {0.2, 0.4, 0.6, 0.8, 1.0}, sorted, 1e-12);
    assertTrue(scores[1] < scores[3] && scores[4] < scores[3], Arrays.toString(scores));
    assertTrue(scores[1] > scores[4], "empty sentences in order: " + Arrays.toString(scores));
  }

  @Test
  void aWordInEverySentenceOfALongTextStaysWithinTheWorkBound() {
    // every sentence holds "common": each exact step reads all sentences; the bound hands the
    // rest of the ranking to the plain greedy, so 20,000 sentences take well under a second
    String[] sentences = new String[20_000];
    for (int i = 0; i < sentences.length; i++) {
      sentences[i] = "common w" + (i % 977) + " v" + (i % 331);
    }
    AnalyzedText text = terms(sentences);
    long start = System.nanoTime();
    double[] scores = new SumBasicScorer().score(text, 0.01);
    long millis = (System.nanoTime() - start) / 1_000_000;
    double[] sorted = scores.clone();
    Arrays.sort(sorted);
    for (int k = 0; k < sorted.length; k++) {
      assertTrue(Math.abs(sorted[k] - (k + 1.0) / sorted.length) < 1e-9, "rank " + k);
    }
    assertTrue(millis < 5_000, millis + " ms");
  }

  @Test
  void theMostProbableWordIsTheOneAPassOverTheVocabularyFinds() {
    // the scorer keeps the words never squared in one order and reads the squared ones only when
    // they may come first; the reference passes over the whole vocabulary for every choice, as
    // the scorer did before. Small vocabularies give many ties of probability and weight
    Random random = new Random(1411);
    for (int round = 0; round < 2_000; round++) {
      int vocabulary = 1 + random.nextInt(round % 4 == 0 ? 4 : 60);
      String[] sentences = new String[random.nextInt(40)];
      for (int i = 0; i < sentences.length; i++) {
        StringBuilder sentence = new StringBuilder();
        for (int k = random.nextInt(random.nextInt(8) == 0 ? 1 : 16); k > 0; k--) {
          // skewed towards the first words, as word frequencies are
          int word = (int) (vocabulary * Math.pow(random.nextDouble(), 2.5));
          sentence.append(sentence.length() == 0 ? "" : " ").append('w').append(word);
        }
        sentences[i] = sentence.toString();
      }
      AnalyzedText text = terms(sentences);
      assertArrayEquals(
          reference(text),
          new SumBasicScorer().score(text, 0.3),
          "round " + round + ": " + Arrays.toString(sentences));
    }
  }

  /**
   * The exact steps with the most probable word found by a pass over the vocabulary for every
   * choice; the texts of the test stay far within the scorer's work bound.
   */
  private static double[] reference(AnalyzedText text) {
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
    boolean[] chosen = new boolean[n];
    double[] scores = new double[n];
    for (int rank = 0; rank < n; rank++) {
      int top = -1;
      double highest = -1.0;
      for (int t = 0; t < vocabulary; t++) {
        if (p[t] > highest && heldByUnchosen(text, chosen, t)) {
          highest = p[t];
          top = t;
        }
      }
      int pick = -1;
      double best = -1.0;
      for (int i = 0; i < n; i++) {
        if (chosen[i]) {
          continue;
        }
        if (top < 0) {
          pick = i;
          break;
        }
        boolean holds = false;
        double sum = 0.0;
        for (int k = text.termStart(i); k < text.termStart(i + 1); k++) {
          holds |= ids[k] == top;
          sum += p[ids[k]];
        }
        double weight = sum / (text.termStart(i + 1) - text.termStart(i));
        if (holds && weight > best) {
          best = weight;
          pick = i;
        }
      }
      chosen[pick] = true;
      scores[pick] = (double) (n - rank) / n;
      boolean[] squared = new boolean[vocabulary];
      for (int k = text.termStart(pick); k < text.termStart(pick + 1); k++) {
        if (!squared[ids[k]]) {
          squared[ids[k]] = true;
          p[ids[k]] *= p[ids[k]];
        }
      }
    }
    return scores;
  }

  private static boolean heldByUnchosen(AnalyzedText text, boolean[] chosen, int term) {
    for (int i = 0; i < chosen.length; i++) {
      for (int k = text.termStart(i); !chosen[i] && k < text.termStart(i + 1); k++) {
        if (text.termIds()[k] == term) {
          return true;
        }
      }
    }
    return false;
  }
}
