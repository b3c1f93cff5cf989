package io.github.tldr4j.summarizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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

  static Stream<Arguments> unitAndText() {
    return Stream.of(
        // the unit's name, in any case, and its value as text
        Arguments.of("words", "75", Budget.words(75)),
        Arguments.of("WORDS", " 7 ", Budget.words(7)),
        Arguments.of("Sentences", "+3", Budget.sentences(3)),
        Arguments.of("ratio", "0.3", Budget.ratio(0.3)),
        Arguments.of("ratio", ".5", Budget.ratio(0.5)),
        Arguments.of("ratio", "1e-1", Budget.ratio(0.1)),
        Arguments.of("ratio", "1", Budget.ratio(1.0)));
  }

  @ParameterizedTest
  @MethodSource("unitAndText")
  void ofUnitAndText(String unit, String value, Budget expected) {
    assertEquals(expected, Budget.of(unit, value));
  }

  static Stream<Arguments> invalidUnitOrText() {
    return Stream.of(
        // the messages tldr prints after "--" (README, exit status 2)
        Arguments.of("words", "0", "words must be a positive whole number, got '0'"),
        Arguments.of("words", "-1", "words must be a positive whole number, got '-1'"),
        Arguments.of("words", "ten", "words must be a positive whole number, got 'ten'"),
        Arguments.of("words", "2.5", "words must be a positive whole number, got '2.5'"),
        Arguments.of("sentences", "99999999999", "sentences must be a positive whole number, got '99999999999'"),
        Arguments.of("sentences", "", "sentences must be a positive whole number, got ''"),
        Arguments.of("ratio", "1.5", "ratio must be a number greater than 0 and at most 1, got '1.5'"),
        Arguments.of("ratio", "0", "ratio must be a number greater than 0 and at most 1, got '0'"),
        Arguments.of("ratio", "-0.2", "ratio must be a number greater than 0 and at most 1, got '-0.2'"),
        Arguments.of("ratio", "NaN", "ratio must be a number greater than 0 and at most 1, got 'NaN'"),
        Arguments.of("ratio", "0x1p-2", "ratio must be a number greater than 0 and at most 1, got '0x1p-2'"),
        Arguments.of("pages", "3", "unknown budget unit 'pages': words, sentences or ratio"));
  }

  @ParameterizedTest
  @MethodSource("invalidUnitOrText")
  void invalidUnitOrTextIsNamed(String unit, String value, String message) {
    assertEquals(
        message, assertThrows(IllegalArgumentException.class, () -> Budget.of(unit, value)).getMessage());
  }

  @Test
  void nullUnitOrText() {
    assertThrows(NullPointerException.class, () -> Budget.of(null, "3"));
    assertThrows(NullPointerException.class, () -> Budget.of("words", null));
  }
}
