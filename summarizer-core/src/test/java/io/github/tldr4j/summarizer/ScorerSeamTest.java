package io.github.tldr4j.summarizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tldr4j.summarizer.scoring.Algorithm;
import io.github.tldr4j.summarizer.scoring.SentenceScorer;
import io.github.tldr4j.summarizer.scoring.TfIdfPositionScorer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The scoring seam of issue 11: built-in algorithms by name, a caller's own scorer. */
final class ScorerSeamTest {

  private static final String TEXT =
      "Short one here. This second sentence is clearly the longest sentence of the whole text by"
          + " far. Third is brief. A fourth sentence of middling length follows.";

  /** Scores each sentence by its word count: the longest sentence wins. */
  private static final SentenceScorer LONGEST =
      (text, share) -> {
        double[] scores = new double[text.sentenceCount()];
        for (int i = 0; i < scores.length; i++) {
          scores[i] = text.wordCount(i);
        }
        return scores;
      };

  @Test
  void defaultIsTfIdfWithTheDefaultWeights() {
    Summarizer implicit = Summarizer.builder().build();
    Summarizer explicit = Summarizer.builder().algorithm(Algorithm.TFIDF).build();
    Summarizer viaScorer =
        Summarizer.builder().scorer(TfIdfPositionScorer.of(ScoringWeights.defaults())).build();
    for (String name : List.of("harbour-bridge", "library-robot")) {
      String text = SummarizerTest.article(name);
      for (Budget b : List.of(Budget.words(60), Budget.sentences(3), Budget.ratio(0.3))) {
        Summary expected = implicit.summarize(text, b);
        assertEquals(expected, explicit.summarize(text, b));
        assertEquals(expected, viaScorer.summarize(text, b));
      }
      assertEquals(implicit.rank(text), explicit.rank(text));
    }
    assertEquals(ScoringWeights.defaults().redundancy(), implicit.scorer().redundancy());
  }

  @Test
  void callersScorerDecides() {
    Summarizer s = Summarizer.builder().scorer(LONGEST).build();
    assertSame(LONGEST, s.scorer());
    Summary summary = s.summarize(TEXT, Budget.sentences(1));
    assertEquals(1, summary.sentences().size());
    assertEquals(1, summary.sentences().get(0).index());
    assertEquals(14.0, summary.sentences().get(0).score());
    List<ScoredSentence> ranked = s.rank(TEXT);
    assertEquals(List.of(1, 3, 0, 2), ranked.stream().map(ScoredSentence::index).toList());
    // the shared selection still applies the budget: in 9 words only the 7-word sentence fits
    Summary nine = s.summarize(TEXT, Budget.words(9));
    assertEquals(List.of(3), nine.sentences().stream().map(ScoredSentence::index).toList());
  }

  @Test
  void scorerGetsTheBudgetsShare() {
    double[] seen = new double[1];
    SentenceScorer spy =
        (text, share) -> {
          seen[0] = share;
          return new double[text.sentenceCount()];
        };
    Summarizer s = Summarizer.builder().scorer(spy).build();
    s.summarize(TEXT, Budget.sentences(2)); // 2 of 4 sentences
    assertEquals(0.5, seen[0]);
    s.summarize(TEXT, Budget.words(9)); // 9 of 27 words
    assertEquals(1.0 / 3, seen[0]);
  }

  @Test
  void scorerBreakingItsContractFailsClearly() {
    SentenceScorer tooFew = (text, share) -> new double[0];
    SentenceScorer nan =
        (text, share) -> {
          double[] scores = new double[text.sentenceCount()];
          scores[0] = Double.NaN;
          return scores;
        };
    SentenceScorer nullScores = (text, share) -> null;
    for (SentenceScorer bad : List.of(tooFew, nan, nullScores)) {
      Summarizer s = Summarizer.builder().scorer(bad).build();
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> s.summarize(TEXT, Budget.words(10)));
      assertTrue(e.getMessage().startsWith("scorer "), e.getMessage());
    }
    SentenceScorer negativePenalty =
        new SentenceScorer() {
          @Override
          public double[] score(io.github.tldr4j.summarizer.analysis.AnalyzedText text, double s) {
            return new double[text.sentenceCount()];
          }

          @Override
          public double redundancy() {
            return -1.0;
          }
        };
    Summarizer s = Summarizer.builder().scorer(negativePenalty).build();
    assertThrows(IllegalStateException.class, () -> s.summarize(TEXT, Budget.words(10)));
  }

  @Test
  void builderRejectsConflictingChoices() {
    assertThrows(
        IllegalStateException.class,
        () -> Summarizer.builder().algorithm(Algorithm.TFIDF).scorer(LONGEST));
    assertThrows(
        IllegalStateException.class,
        () -> Summarizer.builder().scorer(LONGEST).algorithm(Algorithm.TFIDF));
    assertThrows(
        IllegalStateException.class,
        () -> Summarizer.builder().scorer(LONGEST).positionWeight(1.0).build());
    assertThrows(
        IllegalStateException.class,
        () -> Summarizer.builder().weights(ScoringWeights.defaults()).scorer(LONGEST).build());
    assertThrows(NullPointerException.class, () -> Summarizer.builder().algorithm(null));
    assertThrows(NullPointerException.class, () -> Summarizer.builder().scorer(null));
    // weights with the default algorithm stay fine, in any order
    Summarizer.builder().positionWeight(1.0).algorithm(Algorithm.TFIDF).build();
  }

  @Test
  void algorithmsAreFoundByNameIgnoringCase() {
    for (Algorithm a : Algorithm.values()) {
      assertSame(a, Algorithm.forName(a.id()));
      assertSame(a, Algorithm.forName(a.id().toUpperCase(Locale.ROOT)));
      assertEquals(a.id(), a.toString());
      assertTrue(Algorithm.names().contains(a.id()));
    }
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Algorithm.forName("bogus"));
    assertTrue(e.getMessage().contains("bogus"), e.getMessage());
    assertTrue(e.getMessage().contains(Algorithm.names()), e.getMessage());
    assertThrows(NullPointerException.class, () -> Algorithm.forName(null));
  }
}
