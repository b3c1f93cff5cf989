package io.github.tldr4j.summarizer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** {@link Analyzers#forContentWords}: the analysis of the algorithms other than tfidf. */
final class ContentWordsTest {

  private static List<String> terms(Analyzer analyzer, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  @Test
  void compiledInFunctionWordsAreTheResourceFile() throws IOException {
    try (InputStream in = Analyzers.class.getResourceAsStream("function-words-en.txt")) {
      assertEquals(
          new String(in.readAllBytes(), StandardCharsets.UTF_8),
          AnalysisData.text("function-words-en"));
    }
    assertNull(AnalysisData.text("function-words-de"));
  }

  @Test
  void englishDropsFunctionWordsThatTheIndexingStopListKeeps() {
    String text = "He would have told them about her boat, but they didn't ask him.";
    try (Analyzer content = Analyzers.forContentWords("en");
        Analyzer indexing = Analyzers.forLanguage("en")) {
      assertEquals(List.of("told", "boat", "ask"), terms(content, text));
      List<String> kept = terms(indexing, text);
      assertTrue(kept.containsAll(List.of("he", "would", "have", "them", "her", "him")), kept.toString());
    }
  }

  @Test
  void englishStillStemsAndDropsPossessives() {
    try (Analyzer content = Analyzers.forContentWords("EN-gb")) {
      assertEquals(
          List.of("farmer", "harvest", "fell", "sharpli"),
          terms(content, "The farmer's harvests fell sharply."));
    }
  }

  @Test
  void otherLanguagesKeepTheirOwnAnalysis() {
    String german = "Die Bauern erwarten nach der Dürre eine kleinere Ernte als im Vorjahr.";
    String unknown = "Farmarji pričakujejo manjšo letino.";
    try (Analyzer content = Analyzers.forContentWords("de");
        Analyzer own = Analyzers.forLanguage("de");
        Analyzer contentSl = Analyzers.forContentWords("sl");
        Analyzer ownSl = Analyzers.forLanguage("sl")) {
      assertEquals(terms(own, german), terms(content, german));
      assertEquals(terms(ownSl, unknown), terms(contentSl, unknown));
    }
  }

  @Test
  void rejectsWhatForLanguageRejects() {
    assertThrows(NullPointerException.class, () -> Analyzers.forContentWords(null));
    assertThrows(IllegalArgumentException.class, () -> Analyzers.forContentWords("xx"));
  }
}
