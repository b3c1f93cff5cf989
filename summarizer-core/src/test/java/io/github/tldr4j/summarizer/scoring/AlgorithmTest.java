package io.github.tldr4j.summarizer.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Each algorithm's name and scorer. */
final class AlgorithmTest {

  @ParameterizedTest
  @CsvSource({
    "tfidf, TfIdfPositionScorer",
    "lexrank, LexRankScorer",
    "lexrank-threshold, LexRankScorer",
    "textrank, TextRankScorer",
    "reduction, ReductionScorer",
    "lsa, LsaScorer",
    "luhn, LuhnScorer",
    "edmundson, EdmundsonScorer",
    "sumbasic, SumBasicScorer",
    "klsum, KlSumScorer"
  })
  void eachNameGivesItsAlgorithmsScorer(String name, String scorerClass) {
    Algorithm algorithm = Algorithm.forName(name);
    assertEquals(name, algorithm.id());
    assertEquals(scorerClass, algorithm.scorer().getClass().getSimpleName());
  }

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void eachCallGivesANewScorerWithTheSameSettings(Algorithm algorithm) {
    SentenceScorer first = algorithm.scorer();
    SentenceScorer second = algorithm.scorer();
    assertNotSame(first, second);
    assertEquals(first.toString(), second.toString());
    assertEquals(first.redundancy(), second.redundancy());
  }
}
