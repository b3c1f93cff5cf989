package io.github.tldr4j.summarizer.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tldr4j.summarizer.Summarizer;
import io.github.tldr4j.summarizer.ScoredSentence;
import io.github.tldr4j.summarizer.analysis.AnalyzedText;
import io.github.tldr4j.summarizer.text.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Known answers of the graph and matrix scorers of issue 11 on hand-made texts, with terms given
 * directly (one term per whitespace-separated token) so that every figure can be worked out by
 * hand.
 */
final class GraphAndMatrixScorersTest {

  /** Sentences whose terms are their whitespace-separated tokens. */
  static AnalyzedText terms(String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Sentence> list = new ArrayList<>();
    for (int i = 0; i < sentences.length; i++) {
      int start = text.length();
      text.append(sentences[i]);
      list.add(new Sentence(i, start, text.length(), 0, sentences[i]));
      text.append('\n');
    }
    try (WhitespaceAnalyzer analyzer = new WhitespaceAnalyzer()) {
      return AnalyzedText.analyze(analyzer, text.toString(), list, null);
    }
  }

  // --- exact values

  @Test
  void textRankOnTwoLinkedSentencesAndAnIsolatedOne() {
    // sentences 0 and 1 share "aa"; 2 shares nothing and spreads its score uniformly. With jump
    // j = 0.15: p2 = j + (1 - j) p2 / 3 and p0 = p1 = p2 / j, so scores sum to 3
    double p2 = 0.15 / (1 - 0.85 / 3);
    double p0 = p2 / 0.15;
    double[] expected = {p0, p0, p2};
    AnalyzedText text = terms("aa bb", "aa cc", "dd ee");
    assertArrayEquals(expected, new TextRankScorer().score(text, 0.3), 1e-3);
    // continuous LexRank has the same jump
    assertArrayEquals(expected, LexRankScorer.continuous().score(text, 0.3), 1e-3);
    // idf-cos(0, 1) = 0.12 > 0.1: threshold LexRank's undamped walk keeps the pair's share of the
    // sentences, 2/3, on the pair, and nothing on the isolated sentence
    assertArrayEquals(
        new double[] {1.5, 1.5, 0}, LexRankScorer.threshold().score(text, 0.3), 1e-9);
  }

  @Test
  void thresholdLexRankIsTheLimitOfAlgorithm3sWalkWithIsolatedSentencesAtZero() {
    // a star (0 shares one word with each of 1, 2, 3), a pair (4, 5) and an isolated sentence (6);
    // idf-cos of each linked pair is about 0.3 > 0.1. Star: degrees with self-links 4, 2, 2, 2 of
    // 10, holding 4 of 7 sentences; pair: 2, 2 of 4, holding 2 of 7. Scaled to a mean of 1 over
    // the 6 of 7 that the isolated sentence leaves: 1.6, 0.8, 1, 0, times 7/6
    AnalyzedText text =
        terms("ha hb hc", "ha xa", "hb xb", "hc xc", "p xd", "p xe", "y z");
    double[] scores = LexRankScorer.threshold().score(text, 0.3);
    double k = 7.0 / 6.0;
    assertArrayEquals(
        new double[] {1.6 * k, 0.8 * k, 0.8 * k, 0.8 * k, k, k, 0}, scores, 1e-9);
    // the same figures as the paper's power method (Algorithm 3: self-links, rows divided by
    // their degree, no damping) run from the uniform distribution, for the linked sentences
    int[][] links = {{1, 2, 3}, {0}, {0}, {0}, {5}, {4}, {}};
    double[] p = new double[7];
    Arrays.fill(p, 1.0 / 7);
    for (int iteration = 0; iteration < 500; iteration++) {
      double[] next = new double[7];
      for (int u = 0; u < 7; u++) {
        double share = p[u] / (links[u].length + 1);
        next[u] += share;
        for (int v : links[u]) {
          next[v] += share;
        }
      }
      p = next;
    }
    for (int i = 0; i < 6; i++) {
      assertEquals(p[i] * 7 * k, scores[i], 1e-6, "sentence " + i);
    }
    // the walk leaves the isolated sentence at the mean, 1/7; it scores 0, below every linked one
    assertEquals(1.0 / 7, p[6], 1e-12);
    assertArrayEquals(new int[] {0, 4, 5}, BudgetedSelector.select(text, scores, 100, 3, 0.0));
  }

  @Test
  void onlyContinuousLexRankHasTheGraphMethodsRedundancyPenalty() {
    // threshold LexRank's scores move in steps of whole links; a penalty of one mean score
    // would override them (the paper has none)
    assertEquals(0.0, LexRankScorer.threshold().redundancy());
    assertEquals(SentenceGraph.REDUNDANCY, LexRankScorer.continuous().redundancy());
    assertEquals(0.0, Algorithm.LEXRANK_THRESHOLD.scorer().redundancy());
  }

  @Test
  void lsaChoosesByLatentLengthWithoutARedundancyPenalty() {
    // issue 11: Steinberger and Ježek choose the sentences of the highest s_k. Scores (mean 1):
    // the three {a, b} sentences 4 sqrt 2 / (3 sqrt 2 + 1) = 1.08, {c} 0.76. With the graph
    // methods' penalty of 1, a second {a, b} sentence would fall to 0.08 and {c} would be chosen
    AnalyzedText text = terms("a b", "b a", "a b", "c");
    SentenceScorer lsa = Algorithm.LSA.scorer();
    assertEquals(0.0, lsa.redundancy());
    int[] chosen = BudgetedSelector.select(text, lsa.score(text, 0.5), 100, 2, lsa.redundancy());
    assertArrayEquals(new int[] {0, 1}, chosen);
  }

  @Test
  void lexRankThresholdDropsWeakLinksTheContinuousVariantKeeps() {
    // idf(a) = ln 1.5, the others ln 3: idf-cos(0, 1) = ln²1.5 / (ln²1.5 + 5 ln²3) = 0.027 < 0.1
    AnalyzedText text = terms("a b c d e f", "a g h i j k", "l m");
    assertArrayEquals(
        new double[] {0, 0, 0}, LexRankScorer.threshold().score(text, 0.3), 0.0, "no links");
    double[] continuous = LexRankScorer.continuous().score(text, 0.3);
    assertEquals(continuous[0], continuous[1], 1e-12);
    assertTrue(continuous[0] > 1.0 && continuous[2] < 1.0, Arrays.toString(continuous));
  }

  @Test
  void thresholdLexRankDoesNotLinkSentencesByAFigureAlone() {
    // idf(2014) = ln 2, the others ln 4: idf-cos(0, 1) = ln²2 / (ln²2 + ln²4) = 0.2 > 0.1, a link
    // if the year counted; as words, sentences 0 and 1 share nothing
    AnalyzedText text = terms("a 2014", "b 2014", "c d", "e f");
    assertArrayEquals(new double[] {0, 0, 0, 0}, LexRankScorer.threshold().score(text, 0.3), 0);
    // the same sentences with a shared word instead of the year are linked
    double[] linked = LexRankScorer.threshold().score(terms("a y", "b y", "c d", "e f"), 0.3);
    assertTrue(linked[0] > 1.0 && linked[0] == linked[1], Arrays.toString(linked));
    // continuous LexRank keeps the figure's weight
    double[] continuous = LexRankScorer.continuous().score(text, 0.3);
    assertTrue(continuous[0] > 1.0 && continuous[2] < 1.0, Arrays.toString(continuous));
  }

  @Test
  void thresholdLexRankTiesSentencesInTheSamePlaceOfTheGraphAndTheFirstIsChosen() {
    // a ring of five sentences, each linked to its two neighbours (idf-cos 0.5), and two isolated
    // ones: the walk cannot tell the ring's sentences apart, nor the isolated ones
    AnalyzedText text = terms("p q", "e a", "a b", "x y", "b c", "c d", "d e");
    double[] scores = LexRankScorer.threshold().score(text, 0.3);
    for (int i : new int[] {1, 2, 4, 5, 6}) {
      assertEquals(scores[1], scores[i], 0.0, Arrays.toString(scores));
    }
    assertEquals(scores[0], scores[3], 0.0);
    assertTrue(scores[1] > scores[0], Arrays.toString(scores));
    // ties go to the earlier sentence
    assertArrayEquals(new int[] {1, 2}, BudgetedSelector.select(text, scores, 100, 2, 0.0));
  }

  @Test
  void overlapMethodsDoNotCountSingleLettersAsSharedWords() {
    // the s of a split-off "'s" in two sentences that share no word: no edge, as with no s at all
    AnalyzedText withLetter = terms("a s b", "c s d", "e f");
    AnalyzedText without = terms("a b", "c d", "e f");
    assertArrayEquals(
        new ReductionScorer().score(without, 0.3),
        new ReductionScorer().score(withLetter, 0.3),
        0.0);
    assertArrayEquals(
        new TextRankScorer().score(without, 0.3), new TextRankScorer().score(withLetter, 0.3), 0.0);
    // a shared word of two letters links them
    double[] linked = new TextRankScorer().score(terms("a st b", "c st d", "e f"), 0.3);
    assertTrue(linked[0] > 1.0 && linked[2] < 1.0, Arrays.toString(linked));
  }

  @Test
  void reductionSumsOverlapsCountingRepeats() {
    // edge(0, 1) = 2 * 1 pairs of "aa" / (ln 3 + ln 2); edge(1, 2) = 1 / (ln 2 + ln 2); degrees
    // [e01, e01 + e12, e12], scaled to a mean of 1
    double e01 = 2 / (Math.log(3) + Math.log(2));
    double e12 = 1 / (2 * Math.log(2));
    double[] degree = {e01, e01 + e12, e12};
    double scale = 3 / (2 * e01 + 2 * e12);
    double[] expected = Arrays.stream(degree).map(d -> d * scale).toArray();
    assertArrayEquals(
        expected, new ReductionScorer().score(terms("aa aa bb", "aa cc", "cc dd"), 0.3), 1e-12);
  }

  @Test
  void lsaScoresTheLengthInTheLatentSpace() {
    // three equal sentences {a, b} and one {c}: every weight is 1 (each term at its sentence's
    // maximum count); A^T A has eigenvalues 6 (the three equal columns) and 1 ({c}), so
    // s = sqrt(6 / 3) = sqrt 2 for the three and 1 for the fourth, then scaled to a mean of 1
    double[] s = new LsaScorer().score(terms("a b", "b a", "a b", "c"), 0.3);
    assertEquals(s[0], s[1], 1e-9);
    assertEquals(s[0], s[2], 1e-9);
    assertEquals(Math.sqrt(2), s[0] / s[3], 1e-9);
    assertEquals(4.0, Arrays.stream(s).sum(), 1e-9);
  }

  @Test
  void lsaKeepsThreeDimensions() {
    // five sentences on disjoint terms: A^T A is diagonal, its eigenvalues the squared norms 1, 2,
    // 3, 1.49 ("d" weighs 0.4 + 0.6 / 2, "x" 1) and 4. Only the three largest (4, 3, 2) count
    double[] s = new LsaScorer().score(terms("a", "b q", "c r s", "d x x", "e f g h"), 0.3);
    assertEquals(0.0, s[0]);
    assertEquals(0.0, s[3]);
    assertEquals(Math.sqrt(2), s[4] / s[1], 1e-9);
    assertEquals(Math.sqrt(1.5), s[2] / s[1], 1e-9);
  }

  // --- the obviously central sentence

  static Stream<Algorithm> graphAndMatrixAlgorithms() {
    return Stream.of(
        Algorithm.LEXRANK,
        Algorithm.LEXRANK_THRESHOLD,
        Algorithm.TEXTRANK,
        Algorithm.REDUCTION,
        Algorithm.LSA);
  }

  @ParameterizedTest
  @MethodSource("graphAndMatrixAlgorithms")
  void theSentenceSharingWordsWithAllOthersRanksFirst(Algorithm algorithm) {
    String text =
        "Volunteers repaired the old lighthouse on the northern cape. "
            + "The village council paid for new paint and tools. "
            + "Fishermen say the harbour lamp guided boats for a century. "
            + "Storms cracked several windows during the winter. "
            + "Volunteers from the village council used paint and tools to fix the cracked"
            + " windows of the lighthouse that guided harbour boats for a century. "
            + "Tourists visited the museum in town on Sunday.";
    Summarizer s = Summarizer.builder().algorithm(algorithm).build();
    List<ScoredSentence> ranked = s.rank(text);
    assertEquals(4, ranked.get(0).index(), algorithm + ": " + ranked);
    assertEquals(5, ranked.get(ranked.size() - 1).index(), algorithm + ": " + ranked);
  }

  // --- the bound

  @Test
  void blocksAreBalancedAndCoverTheText() {
    for (int n : new int[] {1, 1023, 1024, 1025, 2048, 2049, 100_000}) {
      int blocks = SentenceGraph.blocks(n);
      assertEquals(SentenceGraph.blockStart(n, blocks, 0), 0);
      assertEquals(SentenceGraph.blockStart(n, blocks, blocks), n);
      int min = Integer.MAX_VALUE;
      int max = 0;
      for (int b = 0; b < blocks; b++) {
        int size = SentenceGraph.blockStart(n, blocks, b + 1) - SentenceGraph.blockStart(n, blocks, b);
        min = Math.min(min, size);
        max = Math.max(max, size);
      }
      assertTrue(max <= SentenceGraph.BLOCK && max - min <= 1, n + ": " + min + ".." + max);
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Algorithm.class,
      names = {"TEXTRANK", "REDUCTION", "LEXRANK"})
  void sentencesInDifferentBlocksAreNotCompared(Algorithm algorithm) {
    // 1,030 sentences make two blocks of 515: the first and the last sentence share a term but
    // fall in different blocks, so they stay unlinked like every other sentence
    String[] sentences = new String[1030];
    for (int i = 0; i < sentences.length; i++) {
      sentences[i] = "t" + i + " u" + i;
    }
    sentences[0] = "shared t0";
    sentences[1029] = "shared t1029";
    double[] scores = algorithm.scorer().score(terms(sentences), 0.3);
    double expected = algorithm == Algorithm.REDUCTION ? 0.0 : 1.0;
    for (double score : scores) {
      assertEquals(expected, score, 1e-9);
    }
    // within one block they are linked
    sentences[514] = "shared t514";
    double[] linked = algorithm.scorer().score(terms(sentences), 0.3);
    assertTrue(linked[0] > linked[1] && linked[514] > linked[1], algorithm.id());
  }
}
