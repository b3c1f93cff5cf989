package io.github.tldr4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.tldr4j.summarizer.Budget;
import io.github.tldr4j.summarizer.scoring.Algorithm;
import org.junit.jupiter.api.Test;

final class SummaryRowsTest {

  @Test
  void budgets() {
    assertEquals(Budget.words(75), Budgets.of("words", 75));
    assertEquals(Budget.sentences(3), Budgets.of("Sentences", 3.0));
    assertEquals(Budget.ratio(0.25), Budgets.of("RATIO", 0.25));
    assertEquals(Budget.ratio(1.0), Budgets.of("ratio", 1));
    for (double bad : new double[] {0, -1, 1.5, Double.NaN, Double.POSITIVE_INFINITY, 3e9}) {
      assertThrows(IllegalArgumentException.class, () -> Budgets.of("words", bad), "words " + bad);
      assertThrows(IllegalArgumentException.class, () -> Budgets.of("sentences", bad), "sentences " + bad);
    }
    for (double bad : new double[] {0, -0.1, 1.01, Double.NaN}) {
      assertThrows(IllegalArgumentException.class, () -> Budgets.of("ratio", bad), "ratio " + bad);
    }
    // the command line's messages (Budget.of), the value as a person would write it
    assertEquals(
        "words must be a positive whole number, got '2.5'",
        assertThrows(IllegalArgumentException.class, () -> Budgets.of("words", 2.5)).getMessage());
    assertEquals(
        "ratio must be a number greater than 0 and at most 1, got '2'",
        assertThrows(IllegalArgumentException.class, () -> Budgets.of("ratio", 2)).getMessage());
    assertEquals(Budget.ratio(1e-4), Budgets.of("ratio", 1e-4));
    assertThrows(IllegalArgumentException.class, () -> Budgets.of("pages", 3));
    assertThrows(IllegalArgumentException.class, () -> Budgets.of(null, 3));
  }

  @Test
  void aBadRowIsAnErrorRowNotAnException() {
    assertEquals("missing text", SummaryRows.summarize(null, null, null, "en", Algorithm.TFIDF, Budget.words(5)).getString(3));
    assertEquals(
        "unknown budget unit 'lines': words, sentences or ratio",
        SummaryRows.summarize("Text.", null, null, "lines", 3, null).getString(3));
  }
}
