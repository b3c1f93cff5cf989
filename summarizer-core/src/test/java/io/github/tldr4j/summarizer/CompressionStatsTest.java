package io.github.tldr4j.summarizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class CompressionStatsTest {

  @Test
  void describesLikeTheBot() {
    CompressionStats stats = new CompressionStats(629, 30, 3800, 215, 6);
    assertEquals(
        "The original article contains 629 words, the summary contains 215 words. Saved 66%.",
        stats.describe());
    assertEquals(1.0 - 215.0 / 629.0, stats.saved(), 1e-12);
    assertEquals(66, stats.savedPercent());
  }

  static Stream<Arguments> percentages() {
    return Stream.of(
        // rounding half up
        Arguments.of(200, 100, 50),
        Arguments.of(1000, 995, 1), // 0.5% rounds up
        Arguments.of(1000, 994, 1),
        Arguments.of(1000, 5, 99), // 99.5% rounds up, but the summary has words: at most 99
        // issue 16: a non-empty summary never saves 100%, a shortened one never 0%
        Arguments.of(217, 1, 99),
        Arguments.of(1000, 1, 99),
        Arguments.of(217, 216, 1),
        Arguments.of(1000, 999, 1),
        // whole text kept
        Arguments.of(10, 10, 0),
        // nothing kept
        Arguments.of(10, 0, 100),
        // no words at all
        Arguments.of(0, 0, 0));
  }

  @ParameterizedTest
  @MethodSource("percentages")
  void savedPercentRoundsHalfUp(int original, int summary, int expected) {
    assertEquals(expected, new CompressionStats(original, 5, 100, summary, 1).savedPercent());
  }

  @Test
  void singularWord() {
    assertEquals(
        "The original article contains 1 word, the summary contains 1 word. Saved 0%.",
        new CompressionStats(1, 1, 4, 1, 1).describe());
  }

  @Test
  void emptyIsAllZero() {
    CompressionStats stats = new CompressionStats(0, 0, 0, 0, 0);
    assertEquals(0.0, stats.saved());
    assertEquals(
        "The original article contains 0 words, the summary contains 0 words. Saved 0%.",
        stats.describe());
  }

  static Stream<Arguments> languages() {
    String nbsp = "\u00a0";
    String nnbsp = "\u202f";
    return Stream.of(
        // issue 15: the statistics sentence in the reader's language, numbers in its format
        Arguments.of(
            "en",
            1234,
            215,
            "The original article contains 1,234 words, the summary contains 215 words. Saved 83%."),
        Arguments.of(
            "de",
            1234,
            215,
            "Der ursprüngliche Artikel enthält 1.234 Wörter, die Zusammenfassung enthält 215 Wörter."
                + " Eingespart: 83" + nbsp + "%."),
        Arguments.of(
            "de-CH",
            1234,
            1,
            "Der ursprüngliche Artikel enthält 1’234 Wörter, die Zusammenfassung enthält 1 Wort."
                + " Eingespart: 99%."),
        Arguments.of(
            "fr",
            1234,
            1,
            "L’article original contient 1" + nnbsp + "234 mots, le résumé contient 1 mot."
                + " Soit 99" + nbsp + "% de mots en moins."),
        Arguments.of(
            "fr",
            0,
            0,
            "L’article original contient 0 mot, le résumé contient 0 mot. Soit 0" + nbsp
                + "% de mots en moins."),
        Arguments.of(
            "es",
            1234,
            215,
            "El artículo original contiene 1234 palabras, el resumen contiene 215 palabras."
                + " Ahorro: 83" + nbsp + "%."),
        Arguments.of(
            "es",
            12345,
            1,
            "El artículo original contiene 12.345 palabras, el resumen contiene 1 palabra."
                + " Ahorro: 99" + nbsp + "%."),
        Arguments.of(
            "it",
            1234,
            1,
            "L’articolo originale contiene 1.234 parole, il riassunto contiene 1 parola."
                + " Risparmio: 99%."),
        Arguments.of(
            "pt",
            1234,
            0,
            "O artigo original contém 1.234 palavras, o resumo contém 0 palavra. Redução: 100%."),
        Arguments.of(
            "pt-PT",
            1234,
            0,
            "O artigo original contém 1234 palavras, o resumo contém 0 palavras. Redução: 100%."),
        Arguments.of(
            "pt-PT",
            2,
            1,
            "O artigo original contém 2 palavras, o resumo contém 1 palavra. Redução: 50%."),
        Arguments.of(
            "nl",
            1234,
            1,
            "Het oorspronkelijke artikel bevat 1.234 woorden, de samenvatting bevat 1 woord."
                + " Bespaard: 99%."),
        Arguments.of(
            "ru",
            1234,
            21,
            "Исходная статья содержит 1" + nbsp + "234 слова, краткое изложение — 21 слово."
                + " Сокращение: 98" + nbsp + "%."),
        Arguments.of(
            "ru-RU",
            1000,
            215,
            "Исходная статья содержит 1" + nbsp + "000 слов, краткое изложение — 215 слов."
                + " Сокращение: 79" + nbsp + "%."),
        // a language without a wording: the English sentence with English numbers
        Arguments.of(
            "ja",
            1234,
            1,
            "The original article contains 1,234 words, the summary contains 1 word. Saved 99%."));
  }

  @ParameterizedTest
  @MethodSource("languages")
  void describesInTheReadersLanguage(String tag, int original, int summary, String expected) {
    CompressionStats stats = new CompressionStats(original, 50, 9000, summary, summary > 0 ? 1 : 0);
    assertEquals(expected, stats.describe(Locale.forLanguageTag(tag)));
  }

  static Stream<Arguments> russianForms() {
    return Stream.of(
        Arguments.of(1, "слово"),
        Arguments.of(21, "слово"),
        Arguments.of(101, "слово"),
        Arguments.of(2, "слова"),
        Arguments.of(4, "слова"),
        Arguments.of(22, "слова"),
        Arguments.of(104, "слова"),
        Arguments.of(0, "слов"),
        Arguments.of(5, "слов"),
        Arguments.of(11, "слов"),
        Arguments.of(12, "слов"),
        Arguments.of(14, "слов"),
        Arguments.of(111, "слов"),
        Arguments.of(112, "слов"),
        Arguments.of(1_000_000, "слов"));
  }

  @ParameterizedTest
  @MethodSource("russianForms")
  void russianHasThreePluralForms(int n, String form) {
    assertEquals(form, StatsSentence.russian(n));
  }

  @Test
  void describeIsEnglish() {
    CompressionStats stats = new CompressionStats(4321, 200, 25000, 1001, 40);
    assertEquals(stats.describe(Locale.ENGLISH), stats.describe());
    assertEquals(stats.describe(Locale.US), stats.describe(Locale.UK));
    assertThrows(NullPointerException.class, () -> stats.describe(null));
  }

  @Test
  void rejectsInconsistentCounts() {
    assertThrows(IllegalArgumentException.class, () -> new CompressionStats(-1, 0, 0, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new CompressionStats(10, 2, 50, 5, 3));
  }
}
