package io.github.tldr4j.summarizer.scoring;

import static io.github.tldr4j.summarizer.scoring.GraphAndMatrixScorersTest.terms;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.github.tldr4j.summarizer.analysis.AnalyzedText;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * KL-Sum's greedy choice (Haghighi and Vanderwende 2009) against the formula evaluated in full for
 * every sentence at every step: the scorer keeps each term's gain for one occurrence from step to
 * step, and the scores must be the very same numbers.
 */
final class KlSumScorerTest {

  @Test
  void scoresAreThoseOfTheFormulaEvaluatedInFull() {
    Random random = new Random(1412);
    for (int round = 0; round < 1_000; round++) {
      int vocabulary = 1 + random.nextInt(round % 4 == 0 ? 5 : 80);
      String[] sentences = new String[random.nextInt(40)];
      for (int i = 0; i < sentences.length; i++) {
        StringBuilder sentence = new StringBuilder();
        for (int k = random.nextInt(random.nextInt(8) == 0 ? 1 : 20); k > 0; k--) {
          // skewed towards the first words, so that sentences repeat terms
          int word = (int) (vocabulary * Math.pow(random.nextDouble(), 2.5));
          sentence.append(sentence.length() == 0 ? "" : " ").append('w').append(word);
        }
        sentences[i] = sentence.toString();
      }
      AnalyzedText text = terms(sentences);
      double share = random.nextDouble();
      assertArrayEquals(
          reference(text, share),
          new KlSumScorer().score(text, share),
          "round " + round + ": " + Arrays.toString(sentences));
    }
  }

  /** The scorer's steps with every term's change of cross entropy computed anew (a log each). */
  private static double[] reference(AnalyzedText text, double share) {
    int n = text.sentenceCount();
    double[] scores = new double[n];
    if (n == 0) {
      return scores;
    }
    int[] ids = text.termIds();
    int total = text.termStart(n);
    int vocabulary = text.vocabularySize();
    double[] pd = new double[vocabulary];
    for (int k = 0; k < total; k++) {
      pd[ids[k]]++;
    }
    for (int t = 0; t < vocabulary; t++) {
      pd[t] /= Math.max(1, total);
    }
    double[] summaryCount = new double[vocabulary];
    boolean[] chosen = new boolean[n];
    double smoothedLength = KlSumScorer.SMOOTHING * vocabulary;
    int picks =
        (int) Math.min(n, Math.max(KlSumScorer.MIN_PICKS, Math.ceil(2.0 * share * n) + 2));
    int rank = 0;
    for (; rank < picks; rank++) {
      int best = -1;
      double bestChange = Double.POSITIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        double change = chosen[i] ? 0.0 : change(text, pd, summaryCount, smoothedLength, i);
        if (!chosen[i] && change < bestChange) {
          bestChange = change;
          best = i;
        }
      }
      chosen[best] = true;
      scores[best] = (double) (n - rank) / n;
      for (int k = text.termStart(best); k < text.termStart(best + 1); k++) {
        summaryCount[ids[k]]++;
      }
      smoothedLength += text.termStart(best + 1) - text.termStart(best);
    }
    if (rank < n) {
      double[] change = new double[n];
      double worst = Double.NEGATIVE_INFINITY;
      double bestRest = Double.POSITIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        if (!chosen[i]) {
          change[i] = change(text, pd, summaryCount, smoothedLength, i);
          worst = Math.max(worst, change[i]);
          bestRest = Math.min(bestRest, change[i]);
        }
      }
      double floor = (double) (n - rank) / n;
      double span = worst - bestRest;
      for (int i = 0; i < n; i++) {
        if (!chosen[i]) {
          scores[i] = floor * 0.5 * (span > 0.0 ? (worst - change[i]) / span : 1.0);
        }
      }
    }
    return scores;
  }

  private static double change(
      AnalyzedText text, double[] pd, double[] summaryCount, double smoothedLength, int i) {
    int[] ids = text.termIds();
    int start = text.termStart(i);
    int end = text.termStart(i + 1);
    if (end == start) {
      return 0.0;
    }
    double gain = 0.0;
    for (int k = start; k < end; k++) {
      int c = 0;
      boolean first = true;
      for (int j = start; j < end; j++) {
        c += ids[j] == ids[k] ? 1 : 0;
        first &= j >= k || ids[j] != ids[k];
      }
      if (first) {
        double before = summaryCount[ids[k]] + KlSumScorer.SMOOTHING;
        gain += pd[ids[k]] * Math.log((before + c) / before);
      }
    }
    return -gain + Math.log((smoothedLength + (end - start)) / smoothedLength);
  }
}
