package io.github.tldr4j.summarizer.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tldr4j.summarizer.text.Sentence;
import io.github.tldr4j.summarizer.text.SentenceSegmenter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14: a long text analyzed word form by word form gives exactly what the analyzer's own
 * token stream gives (the same analyzer behind a wrapper takes the usual way).
 */
final class SurfaceTermsTest {

  /** Word forms that Lucene's filters treat differently: case, possessives, stems, stop words. */
  private static final String[] FORMS = {
    "The", "the", "THE", "a", "and", "of", "Ferry", "ferry's", "Ferries", "ferries'", "ferrying",
    "harbour", "Harbour's", "harbours", "won't", "rock'n'roll", "O'Neill", "it’s", "cafés",
    "Café", "naïve", "re-opened", "re-opening", "e-mail", "3.14", "1,200", "2026", "U.S.", "No.7",
    "x86_64", "pier@example.org", "www.example.org/path", "\u00A0", "—", "–", "«quai»", "(pier)",
    "\"deck\"", "\u4E0A\u6D77\u6E2F", "\u3072\u3089\u304C\u306A", "\u30AB\u30BF\u30AB\u30CA",
    "\u0E17\u0E48\u0E32\u0E40\u0E23\u0E37\u0E2D", "\uD83D\uDEA2", "\uD83D\uDC69\u200D\uD83D\uDC67",
    "\uD83C\uDDEC\uD83C\uDDE7\uD83C\uDDEB", "e\u0301te\u0301", "\u05E9\u05DC\u05D5\u05DD",
    "a\u200Bb", "soft\u00ADhyphen", "\uD800", "don't", "DON'T", "Sea's", "seas", "generalization",
    "generalizations", "running", "runner", "ran",
  };

  static Stream<Analyzer> analyzers() {
    StandardAnalyzer shortTokens = new StandardAnalyzer(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    shortTokens.setMaxTokenLength(7);
    return Stream.of(
        new EnglishAnalyzer(),
        new EnglishAnalyzer(
            EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
            new CharArraySet(List.of("ferries", "harbours", "running"), false)),
        Analyzers.forContentWords("en"),
        new StandardAnalyzer(),
        shortTokens);
  }

  @ParameterizedTest
  @MethodSource("analyzers")
  void aLongTextGetsTheAnalyzersOwnTerms(Analyzer analyzer) throws IOException {
    String text = text(new Random(14), SurfaceTerms.MIN_CHARS * 2);
    // some sentences left out, as page furniture is: their tokens belong to no sentence
    List<Sentence> all = SentenceSegmenter.forLanguage("en").segment(text);
    List<Sentence> sentences = new ArrayList<>();
    for (Sentence s : all) {
      if (s.index() % 7 != 3) {
        sentences.add(s);
      }
    }
    assertTrue(SurfaceTerms.applies(analyzer, text));
    int[] starts = sentences.stream().mapToInt(Sentence::start).toArray();
    int[] ends = sentences.stream().mapToInt(Sentence::end).toArray();
    assertTrue(SurfaceTerms.collect(analyzer, text, new TermCollector(starts, ends, text.length()), 1));

    AnalyzedText bySurface = AnalyzedText.analyze(analyzer, text, sentences, "Ferries of the harbour");
    AnalyzedText byToken =
        AnalyzedText.analyze(wrapped(analyzer), text, sentences, "Ferries of the harbour");
    assertEquals(byToken.vocabularySize(), bySurface.vocabularySize());
    assertArrayEquals(byToken.termIds(), bySurface.termIds());
    assertArrayEquals(byToken.titleTermIds(), bySurface.titleTermIds());
    for (int i = 0; i <= sentences.size(); i++) {
      assertEquals(byToken.termStart(i), bySurface.termStart(i));
    }
    for (int i = 0; i < sentences.size(); i++) {
      assertEquals(byToken.standalone(i), bySurface.standalone(i));
    }
  }

  @ParameterizedTest
  @MethodSource("analyzers")
  void aTextReadInPiecesOnSeveralThreadsGetsTheSameTerms(Analyzer analyzer) throws IOException {
    Random random = new Random(41);
    String text = text(random, SurfaceTerms.MIN_CHARS * 2).replace(". ", random.nextBoolean() ? ".\n" : ".\r\n");
    List<Sentence> sentences = new ArrayList<>();
    for (Sentence s : SentenceSegmenter.forLanguage("en").segment(text)) {
      if (s.index() % 5 != 2) {
        sentences.add(s);
      }
    }
    int[] starts = sentences.stream().mapToInt(Sentence::start).toArray();
    int[] ends = sentences.stream().mapToInt(Sentence::end).toArray();
    TermCollector whole = new TermCollector(starts, ends, text.length());
    assertTrue(SurfaceTerms.collect(analyzer, text, whole, 1));
    int[] wholeStart = new int[sentences.size() + 1];
    int[] wholeTerms = whole.finish(wholeStart);
    for (int round = 0; round < 6; round++) {
      int pieces = 2 + random.nextInt(round < 3 ? 6 : 200);
      assertTrue(SurfaceTerms.lineCuts(text, pieces).length > 2);
      TermCollector inPieces = new TermCollector(starts, ends, text.length());
      assertTrue(SurfaceTerms.collect(analyzer, text, inPieces, pieces));
      int[] termStart = new int[sentences.size() + 1];
      assertArrayEquals(wholeTerms, inPieces.finish(termStart), pieces + " pieces");
      assertArrayEquals(wholeStart, termStart);
      assertEquals(whole.dictionary.size(), inPieces.dictionary.size());
      for (int id = 0; id < whole.dictionary.size(); id++) {
        assertEquals(whole.dictionary.term(id), inPieces.dictionary.term(id));
      }
    }
    // the whole analysis shared out: word counts, terms and the standalone test
    AnalyzedText alone = AnalyzedText.analyze(analyzer, text, sentences, "Ferries", false);
    AnalyzedText shared = AnalyzedText.analyze(analyzer, text, sentences, "Ferries", true);
    assertArrayEquals(alone.termIds(), shared.termIds());
    assertArrayEquals(alone.titleTermIds(), shared.titleTermIds());
    assertEquals(alone.vocabularySize(), shared.vocabularySize());
    for (int i = 0; i < sentences.size(); i++) {
      assertEquals(alone.wordCount(i), shared.wordCount(i));
      assertEquals(alone.standalone(i), shared.standalone(i));
      assertEquals(alone.termStart(i + 1), shared.termStart(i + 1));
    }
  }

  @Test
  void asciiLettersAndDigitsAreOneTokenWithoutACheck() throws IOException {
    Random random = new Random(5);
    String alphabet = "abcxyzABCXYZ0189";
    for (int round = 0; round < 2_000; round++) {
      StringBuilder form = new StringBuilder();
      for (int k = 1 + random.nextInt(round < 1_000 ? 12 : 255); k > 0; k--) {
        form.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String f = form.toString();
      assertTrue(SurfaceTerms.isAsciiAlphanumeric(f));
      try (org.apache.lucene.analysis.standard.StandardTokenizer tokenizer =
          new org.apache.lucene.analysis.standard.StandardTokenizer()) {
        var term =
            tokenizer.addAttribute(
                org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
        tokenizer.setReader(new java.io.StringReader(f));
        tokenizer.reset();
        assertTrue(tokenizer.incrementToken());
        assertEquals(f, term.toString());
        assertFalse(tokenizer.incrementToken());
        tokenizer.end();
      }
    }
    for (String other : new String[] {"", "x86_64", "3.14", "café", "a-b", "don't", "a b"}) {
      assertFalse(SurfaceTerms.isAsciiAlphanumeric(other), other);
    }
  }

  @Test
  void linesAreCutAfterLineFeedsOnly() {
    String text = "one\ntwo\r\nthree four\rfive\n\nsix";
    for (int pieces = 1; pieces < 12; pieces++) {
      int[] cuts = SurfaceTerms.lineCuts(text, pieces);
      assertEquals(0, cuts[0]);
      assertEquals(text.length(), cuts[cuts.length - 1]);
      for (int c = 1; c + 1 < cuts.length; c++) {
        assertTrue(cuts[c] > cuts[c - 1]);
        assertEquals('\n', text.charAt(cuts[c] - 1));
      }
    }
    assertArrayEquals(new int[] {0, 9}, SurfaceTerms.lineCuts("no breaks", 4));
  }

  @ParameterizedTest
  @MethodSource("analyzers")
  void onlyLongTextsAndTheStandardTokenizersAnalyzersTakeIt(Analyzer analyzer) {
    assertFalse(SurfaceTerms.applies(analyzer, "A short text."));
    assertFalse(SurfaceTerms.applies(wrapped(analyzer), "x".repeat(SurfaceTerms.MIN_CHARS)));
    assertFalse(SurfaceTerms.applies(new WhitespaceAnalyzer(), "x".repeat(SurfaceTerms.MIN_CHARS)));
  }

  /** The same analysis behind another class: analyzed token by token. */
  private static Analyzer wrapped(Analyzer analyzer) {
    return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
      @Override
      protected Analyzer getWrappedAnalyzer(String fieldName) {
        return analyzer;
      }
    };
  }

  /** Sentences of random forms, some of them glued or hyphenated, and a few very long words. */
  private static String text(Random random, int length) {
    StringBuilder text = new StringBuilder(length + 400);
    while (text.length() < length) {
      int words = 1 + random.nextInt(14);
      for (int w = 0; w < words; w++) {
        if (w > 0) {
          text.append(random.nextInt(20) == 0 ? "-" : " ");
        }
        if (random.nextInt(400) == 0) {
          text.append("deck".repeat(70 + random.nextInt(10))); // over 255 characters
        } else {
          text.append(FORMS[random.nextInt(FORMS.length)]);
        }
      }
      text.append(random.nextInt(10) == 0 ? "!" : ".");
      text.append(random.nextInt(8) == 0 ? "\n\n" : " ");
    }
    return text.toString();
  }
}
