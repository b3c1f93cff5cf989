package io.github.tldr4j.summarizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class BudgetTest {

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void invalidWordBudgetNamesTheValue(int n) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Budget.words(n));
    assertTrue(e.getMessage().contains(String.valueOf(n)), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, -100})
  void invalidSentenceBudgetNamesTheValue(int n) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Budget.sentences(n));
    assertTrue(e.getMessage().contains(String.valueOf(n)), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -0.1, 1.0001, 2.0, Double.NaN, Double.POSITIVE_INFINITY})
  void invalidRatioNamesTheValue(double r) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Budget.ratio(r));
    assertTrue(e.getMessage().contains(String.valueOf(r)), e.getMessage());
  }

  @Test
  void ratioIsAFlooredShareOfTheWords() {
    assertEquals(30, Budget.ratio(0.3).maxWords(100));
    assertEquals(2, Budget.ratio(0.3).maxWords(9));
    assertEquals(100, Budget.ratio(1.0).maxWords(100));
    assertEquals(Integer.MAX_VALUE, Budget.ratio(0.3).maxSentences());
  }

  @Test
  void valueSemantics() {
    assertEquals(Budget.words(75), Budget.words(75));
    assertEquals(Budget.words(75).hashCode(), Budget.words(75).hashCode());
    assertNotEquals(Budget.words(3), Budget.sentences(3));
    assertEquals("Budget.ratio(0.4)", Budget.ratio(0.4).toString());
    assertEquals("Budget.sentences(3)", Budget.sentences(3).toString());
  }
}
