package io.github.tldr4j.benchmarks.rouge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

final class RougeTest {

  private static final double EPSILON = 1e-12;
  private static final Rouge ROUGE = Rouge.rouge155();

  private static void assertScore(double r, double p, double f, RougeScore actual) {
    assertEquals(r, actual.recall(), EPSILON, "recall");
    assertEquals(p, actual.precision(), EPSILON, "precision");
    assertEquals(f, actual.f1(), EPSILON, "f1");
  }

  @Test
  void identicalTextsScoreOne() {
    RougeResult r =
        ROUGE.score(List.of("The cat sat on the mat."), List.of(List.of("the cat sat on the mat")));
    assertScore(1, 1, 1, r.rouge1());
    assertScore(1, 1, 1, r.rouge2());
    assertScore(1, 1, 1, r.rougeL());
  }

  @Test
  void clipsNgramCountsAndCountsBigramsAcrossSentences() {
    // summary tokens: a b | c d; reference: b c b
    RougeResult r = ROUGE.score(List.of("a b", "c d"), List.of(List.of("b c b")));
    assertScore(2.0 / 3, 2.0 / 4, 4.0 / 7, r.rouge1()); // hits: b (min 1,2), c
    assertScore(1.0 / 2, 1.0 / 3, 0.4, r.rouge2()); // "b c" spans the sentence boundary
  }

  @Test
  void rougeLTakesTheUnionOfLcsHitsOverSummarySentences() {
    // Lin (2004), section 3.2: r = w1..w5, c1 = w1 w2 w6 w7 w8, c2 = w1 w3 w8 w9 w5
    RougeResult r =
        ROUGE.score(
            List.of("w1 w2 w6 w7 w8", "w1 w3 w8 w9 w5"), List.of(List.of("w1 w2 w3 w4 w5")));
    assertScore(4.0 / 5, 4.0 / 10, 2 * 0.8 * 0.4 / 1.2, r.rougeL());
  }

  @Test
  void rougeLCountsNoTokenMoreOftenThanItOccurs() {
    // both reference sentences find "a b" in the summary, which has it only once
    RougeResult r = ROUGE.score(List.of("a b"), List.of(List.of("a b", "a b")));
    assertScore(2.0 / 4, 1, 2.0 / 3, r.rougeL());
    assertScore(2.0 / 4, 1, 2.0 / 3, r.rouge1());
  }

  @Test
  void rougeLFollowsOneLcsPerSentencePair() {
    // LCS("a b", "b a") has length 1; the back-track keeps the reference's "a"
    RougeResult r = ROUGE.score(List.of("b a"), List.of(List.of("a b")));
    assertScore(0.5, 0.5, 0.5, r.rougeL());
  }

  @Test
  void averagesOverReferencesByDefault() {
    // -f A: hits 2 + 1 over reference units 2 + 3 and summary units 3 + 3
    RougeResult r =
        ROUGE.score(List.of("the cat sat"), List.of(List.of("the cat"), List.of("a dog sat")));
    assertScore(3.0 / 5, 3.0 / 6, 2 * 0.6 * 0.5 / 1.1, r.rouge1());
  }

  @Test
  void canKeepTheBestReference() {
    Rouge best = Rouge.builder().multipleReferences(Rouge.MultipleReferences.BEST).build();
    RougeResult r =
        best.score(List.of("the cat sat"), List.of(List.of("a dog sat"), List.of("the cat")));
    assertScore(1, 2.0 / 3, 0.8, r.rouge1());
  }

  @Test
  void stemsBeforeMatching() {
    RougeResult r = ROUGE.score(List.of("He went running."), List.of(List.of("he goes to run")));
    assertScore(3.0 / 4, 1, 3.0 / 3.5, r.rouge1()); // he, go, run
    Rouge unstemmed = Rouge.builder().stemming(false).build();
    assertScore(
        1.0 / 4,
        1.0 / 3,
        2.0 / 7,
        unstemmed.score(List.of("He went running."), List.of(List.of("he goes to run"))).rouge1());
  }

  @Test
  void emptySummaryScoresZero() {
    assertEquals(RougeResult.ZERO, ROUGE.score(List.of(), List.of(List.of("a reference"))));
    assertEquals(
        RougeResult.ZERO, ROUGE.score(List.of("", "-- !"), List.of(List.of("a reference"))));
  }

  @Test
  void emptyReferenceScoresZero() {
    assertEquals(RougeResult.ZERO, ROUGE.score(List.of("a summary"), List.of(List.of())));
  }

  @Test
  void unicodeModeKeepsAccentedWords() {
    List<String> summary = List.of("L'élève a mangé.");
    List<List<String>> reference = List.of(List.of("Un élève mange."));
    // ROUGE-1.5.5 reads both "élève" and "lève" as the tokens "l", "ve"
    assertEquals(1.0, ROUGE.score(List.of("élève"), List.of(List.of("lève"))).rouge1().f1());
    Rouge unicode = Rouge.builder().unicode(true).build();
    assertEquals(0.0, unicode.score(List.of("élève"), List.of(List.of("lève"))).rouge1().f1());
    // tokens "l ' élève a mangé ." and "un élève mange .": the full stop counts (issue 15)
    assertScore(2.0 / 4, 2.0 / 6, 0.4, unicode.score(summary, reference).rouge1());
    Rouge french = Rouge.builder().unicode(true).stemming(true).language("fr").build();
    assertScore(3.0 / 4, 3.0 / 6, 0.6, french.score(summary, reference).rouge1());
  }

  @Test
  void selectReusesTokenizedSentences() {
    AnalyzedText text = ROUGE.analyze(List.of("one two", "three", "four five"));
    assertEquals(
        List.of(List.of("four", "five"), List.of("one", "two")),
        text.select(List.of(2, 0)).sentences());
    assertEquals(List.of("one", "two", "three", "four", "five"), text.tokens());
  }

  @Test
  void rejectsInvalidArguments() {
    AnalyzedText text = ROUGE.analyze(List.of("a"));
    assertThrows(IllegalArgumentException.class, () -> ROUGE.score(text, List.of()));
    assertThrows(IllegalArgumentException.class, () -> ROUGE.rougeN(0, text, List.of(text)));
    assertThrows(NullPointerException.class, () -> ROUGE.score(null, List.of(List.of("a"))));
    assertThrows(
        IllegalStateException.class,
        () -> Rouge.builder().unicode(true).stemming(true).language("xx").build());
    assertThrows(IllegalArgumentException.class, () -> Rouge.builder().language(" "));
    assertThrows(IllegalArgumentException.class, () -> new RougeScore(1.5, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> RougeScore.of(-1, 1, 1));
  }

  @Test
  void averagesEachValueOverDocuments() {
    RougeAverage average = new RougeAverage();
    assertEquals(RougeResult.ZERO, average.mean());
    RougeScore a = RougeScore.of(1.0, 0.5);
    RougeScore b = RougeScore.of(0.0, 0.0);
    average.add(new RougeResult(a, a, a)).add(new RougeResult(b, b, b));
    assertEquals(2, average.count());
    assertScore(0.5, 0.25, a.f1() / 2, average.mean().rouge1());
  }
}
