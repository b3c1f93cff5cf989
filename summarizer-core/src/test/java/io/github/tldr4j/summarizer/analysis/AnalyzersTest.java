package io.github.tldr4j.summarizer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.ckb.SoraniAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Which Lucene analyzer each language code gets. */
final class AnalyzersTest {

  static Set<String> supported() {
    return Analyzers.supportedLanguages();
  }

  @ParameterizedTest
  @MethodSource("supported")
  void everySupportedLanguageHasAnAnalyzerOfItsOwn(String code) {
    try (Analyzer analyzer = Analyzers.forLanguage(code)) {
      assertNotEquals(StandardAnalyzer.class, analyzer.getClass(), code);
    }
  }

  @Test
  void theSupportedLanguagesHaveDistinctAnalyzersButForChineseJapaneseAndKorean() {
    Set<Class<?>> seen = new HashSet<>();
    int shared = 0;
    for (String code : Analyzers.supportedLanguages()) {
      try (Analyzer analyzer = Analyzers.forLanguage(code)) {
        if (!seen.add(analyzer.getClass())) {
          assertEquals(CJKAnalyzer.class, analyzer.getClass(), code);
          shared++;
        }
      }
    }
    assertEquals(2, shared); // ja, ko and zh: one class
  }

  @ParameterizedTest
  @CsvSource({
    "en, org.apache.lucene.analysis.en.EnglishAnalyzer",
    "EN-us, org.apache.lucene.analysis.en.EnglishAnalyzer",
    "ckb, org.apache.lucene.analysis.ckb.SoraniAnalyzer",
    "pl, org.apache.lucene.analysis.pl.PolishAnalyzer",
    "zh, org.apache.lucene.analysis.cjk.CJKAnalyzer",
    "sk, org.apache.lucene.analysis.standard.StandardAnalyzer",
    "uk, org.apache.lucene.analysis.standard.StandardAnalyzer"
  })
  void aCodeGetsItsLanguagesAnalyzerOrTheGenericOne(String code, String className) {
    try (Analyzer analyzer = Analyzers.forLanguage(code)) {
      assertEquals(className, analyzer.getClass().getName());
    }
  }

  @Test
  void contentWordsAreEnglishOwnAndOtherwiseTheLanguagesAnalyzer() {
    try (Analyzer english = Analyzers.forContentWords("en");
        Analyzer sorani = Analyzers.forContentWords("ckb");
        Analyzer polish = Analyzers.forContentWords("pl")) {
      assertEquals(EnglishAnalyzer.class, english.getClass());
      assertEquals(SoraniAnalyzer.class, sorani.getClass());
      assertEquals(PolishAnalyzer.class, polish.getClass());
    }
  }

  @Test
  void anUnknownCodeIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> Analyzers.forLanguage("xx"));
    assertThrows(IllegalArgumentException.class, () -> Analyzers.forLanguage("english"));
  }
}
