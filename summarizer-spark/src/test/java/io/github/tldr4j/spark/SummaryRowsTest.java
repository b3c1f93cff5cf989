package io.github.tldr4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.tldr4j.summarizer.Budget;
import io.github.tldr4j.summarizer.scoring.Algorithm;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class SummaryRowsTest {

  static Stream<Arguments> lines() {
    return Stream.of(
        // unchanged
        Arguments.of("Plain words here.", "Plain words here."),
        Arguments.of("x", "x"),
        Arguments.of("", ""),
        Arguments.of("Lone", "Lone"),
        // collapsed
        Arguments.of("wrapped\nline", "wrapped line"),
        Arguments.of("two  spaces", "two spaces"),
        Arguments.of("tab\tand\r\nCRLF", "tab and CRLF"),
        Arguments.of(" leading and trailing ", "leading and trailing"),
        Arguments.of("nul\u0000inside", "nul inside"),
        Arguments.of("escape\u001b[31m", "escape [31m"),
        Arguments.of("next\u0085line", "next line"),
        Arguments.of("ideographic\u3000space", "ideographic space"),
        Arguments.of("no-break\u00a0space and\u202fnarrow one", "no-break space and narrow one"),
        Arguments.of("zero\u200bwidth\u2060joiner\ufeffmark", "zero width joiner mark"),
        Arguments.of("   ", ""),
        Arguments.of("\u0000", ""),
        Arguments.of("emoji \ud83d\ude00  kept", "emoji \ud83d\ude00 kept"));
  }

  @ParameterizedTest
  @MethodSource("lines")
  void oneLine(String text, String expected) {
    assertEquals(expected, SummaryRows.oneLine(text));
    assertEquals(expected, TestDocuments.oneLine(text));
  }

  @Test
  void oneLineAgreesWithTheReferenceOnRandomText() {
    Random random = new Random(13);
    char[] alphabet = {'a', 'b', ' ', ' ', '\n', '\t', '\u0000', '\u00a0', '\u0085', '\u2028', '\u3000', 'é', '\ud83d', '\ude00'};
    for (int n = 0; n < 5_000; n++) {
      char[] text = new char[random.nextInt(12)];
      for (int i = 0; i < text.length; i++) {
        text[i] = alphabet[random.nextInt(alphabet.length)];
      }
      String s = new String(text);
      assertEquals(TestDocuments.oneLine(s), SummaryRows.oneLine(s), () -> s.chars().mapToObj(Integer::toHexString).toList().toString());
    }
  }

  @Test
  void aCleanSentenceIsNotCopied() {
    String s = "Nothing to change in this one.";
    assertSame(s, SummaryRows.oneLine(s));
  }

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
