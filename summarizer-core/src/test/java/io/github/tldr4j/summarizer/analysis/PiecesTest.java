package io.github.tldr4j.summarizer.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tldr4j.summarizer.Budget;
import io.github.tldr4j.summarizer.Summarizer;
import io.github.tldr4j.summarizer.Summary;
import io.github.tldr4j.summarizer.text.Sentence;
import io.github.tldr4j.summarizer.text.SentenceSegmenter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The analysis of a long text in pieces on several threads (issue 14, cold throughput). */
final class PiecesTest {

  private static final Analyzer ENGLISH = new EnglishAnalyzer();

  /** New analyzers: JUnit closes each argument after its test. */
  static Stream<Analyzer> piecewiseAnalyzers() {
    return Stream.of(new EnglishAnalyzer(), new StandardAnalyzer(CharArraySet.EMPTY_SET));
  }

  // --- where the text is cut

  @Test
  void cutsFallAfterLineFeedsAndCoverTheText() {
    Random random = new Random(14);
    for (int round = 0; round < 500; round++) {
      String text = randomText(random, random.nextInt(3_000));
      int pieceChars = 1 + random.nextInt(400);
      int[] cuts = Pieces.cuts(text, pieceChars);
      assertEquals(0, cuts[0]);
      assertEquals(text.length(), cuts[cuts.length - 1]);
      for (int p = 1; p < cuts.length - 1; p++) {
        assertTrue(cuts[p] - cuts[p - 1] > pieceChars, "a piece is at least pieceChars long");
        assertEquals('\n', text.charAt(cuts[p] - 1), "a piece ends after a line feed");
        assertTrue(text.indexOf('\n', cuts[p - 1] + pieceChars) == cuts[p] - 1, "the first one");
      }
    }
  }

  @Test
  void aTextWithoutLineFeedsIsOnePiece() {
    assertArrayEquals(new int[] {0, 9}, Pieces.cuts("one piece", 2));
    assertArrayEquals(new int[] {0, 0}, Pieces.cuts("", 2));
  }

  // --- the pieces give the tokens of the whole text

  @ParameterizedTest
  @MethodSource("piecewiseAnalyzers")
  void piecesGiveTheTokensOfTheWholeText(Analyzer analyzer) {
    Random random = new Random(7);
    for (int round = 0; round < 60; round++) {
      String text = randomText(random, 500 + random.nextInt(6_000));
      List<String> whole = tokens(new Tokens[] {Pieces.tokenize(analyzer, text, 0, text.length())});
      List<String> pieces = tokens(Pieces.tokenize(analyzer, text, 1 + random.nextInt(700)));
      assertEquals(whole, pieces, text);
      assertFalse(whole.isEmpty());
    }
  }

  @Test
  void onlyAnalyzersWhoseTokensStayOnTheirLineAreCut() {
    assertTrue(Pieces.linesApart(ENGLISH));
    assertTrue(Pieces.linesApart(new StandardAnalyzer()));
    assertFalse(Pieces.linesApart(new WhitespaceAnalyzer()));
    assertFalse(Pieces.linesApart(sequential(ENGLISH)));
  }

  // --- a long text analyzed on several threads: the result of one thread

  @Test
  void aLongTextAnalyzedInPiecesGivesTheResultOfOneStream() {
    String text = randomText(new Random(3), Pieces.PARALLEL_CHARS + 200_000);
    assertTrue(Pieces.parallel(text));
    List<Sentence> all = SentenceSegmenter.forLanguage("en").segment(text);
    // leave some sentences out, as page furniture is: their terms get no id
    List<Sentence> content = new ArrayList<>();
    for (Sentence s : all) {
      if (s.index() % 7 != 3) {
        content.add(s);
      }
    }
    String title = "Harbour lanterns over the quiet Kestrel valley";
    for (List<Sentence> sentences : List.of(all, content)) {
      AnalyzedText expected = AnalyzedText.analyze(sequential(ENGLISH), text, sentences, title);
      AnalyzedText actual = AnalyzedText.analyze(ENGLISH, text, sentences, title);
      assertSame(expected, actual);
    }
  }

  @Test
  void concurrentAnalysesOfLongTextsAgree() throws Exception {
    String text = randomText(new Random(11), Pieces.PARALLEL_CHARS + 50_000);
    List<Sentence> sentences = SentenceSegmenter.forLanguage("en").segment(text);
    AnalyzedText expected = AnalyzedText.analyze(sequential(ENGLISH), text, sentences, null);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<AnalyzedText>> results = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        results.add(pool.submit(() -> AnalyzedText.analyze(ENGLISH, text, sentences, null)));
      }
      for (Future<AnalyzedText> result : results) {
        assertSame(expected, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void analysesInsideTheCommonPoolFinish() {
    // a caller that is itself a task of the common pool (a parallel stream) must not deadlock
    String text = randomText(new Random(5), Pieces.PARALLEL_CHARS + 10_000);
    List<Sentence> sentences = SentenceSegmenter.forLanguage("en").segment(text);
    AnalyzedText expected = AnalyzedText.analyze(sequential(ENGLISH), text, sentences, null);
    IntStream.range(0, 4)
        .parallel()
        .mapToObj(i -> AnalyzedText.analyze(ENGLISH, text, sentences, null))
        .forEach(actual -> assertSame(expected, actual));
  }

  @Test
  void sentencesThenTitleAreAskedOnceOnTheCallingThread() {
    String text = randomText(new Random(8), Pieces.PARALLEL_CHARS + 1_000);
    List<Sentence> sentences = SentenceSegmenter.forLanguage("en").segment(text);
    Thread caller = Thread.currentThread();
    List<String> asked = new ArrayList<>();
    AnalyzedText actual =
        AnalyzedText.analyze(
            ENGLISH,
            text,
            () -> {
              asked.add("sentences on " + (Thread.currentThread() == caller));
              return sentences;
            },
            () -> {
              asked.add("title on " + (Thread.currentThread() == caller));
              return "Kestrel ferries";
            });
    assertEquals(List.of("sentences on true", "title on true"), asked);
    assertSame(AnalyzedText.analyze(sequential(ENGLISH), text, sentences, "Kestrel ferries"), actual);
  }

  @Test
  void aFailureToFindTheSentencesEndsTheAnalysis() {
    String text = randomText(new Random(4), Pieces.PARALLEL_CHARS + 1_000);
    IllegalStateException failure = new IllegalStateException("no sentences today");
    assertEquals(
        failure,
        assertThrows(
            IllegalStateException.class,
            () ->
                AnalyzedText.analyze(
                    ENGLISH,
                    text,
                    () -> {
                      throw failure;
                    },
                    () -> null)));
  }

  @Test
  void aLongTextGetsTheSummaryOfOneThread() {
    // furniture included: short lines without punctuation between the paragraphs
    Random random = new Random(21);
    StringBuilder page = new StringBuilder();
    while (page.length() < Pieces.PARALLEL_CHARS + 100_000) {
      page.append(random.nextInt(5) == 0 ? "Share this\nMore stories\n\n" : "");
      page.append(randomText(random, 2_000)).append("\n\n");
    }
    String text = page.toString();
    for (Budget budget : List.of(Budget.words(200), Budget.sentences(5), Budget.ratio(0.01))) {
      Summary expected =
          Summarizer.builder().analyzer(sequential(ENGLISH)).build().summarize(text, budget);
      Summary actual = Summarizer.builder().analyzer(ENGLISH).build().summarize(text, budget);
      assertEquals(expected, actual);
      assertFalse(actual.sentences().isEmpty());
    }
  }

  private static void assertSame(AnalyzedText expected, AnalyzedText actual) {
    int n = expected.sentenceCount();
    assertEquals(n, actual.sentenceCount());
    assertEquals(expected.vocabularySize(), actual.vocabularySize());
    assertArrayEquals(expected.termIds(), actual.termIds());
    assertArrayEquals(expected.titleTermIds(), actual.titleTermIds());
    assertEquals(expected.totalWordCount(), actual.totalWordCount());
    for (int i = 0; i <= n; i++) {
      assertEquals(expected.termStart(i), actual.termStart(i));
    }
    for (int i = 0; i < n; i++) {
      assertEquals(expected.wordCount(i), actual.wordCount(i));
      assertEquals(expected.standalone(i), actual.standalone(i));
    }
  }

  /** The analyzer, wrapped so that it is read in one piece on the calling thread. */
  private static Analyzer sequential(Analyzer analyzer) {
    return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
      @Override
      protected Analyzer getWrappedAnalyzer(String fieldName) {
        return analyzer;
      }
    };
  }

  /** Each token as "offset:term", in order. */
  private static List<String> tokens(Tokens[] pieces) {
    List<String> out = new ArrayList<>();
    for (Tokens piece : pieces) {
      for (int t = 0; t < piece.count; t++) {
        out.add(piece.offsets[t] + ":" + piece.dictionary.term(piece.terms[t]));
      }
    }
    return out;
  }

  private static final String[] WORDS = {
    "the", "harbour", "lantern", "Kestrel", "valley's", "ran", "running", "quietly", "it's", "2031",
    "3.5", "café", "naïve", "“quoted”", "(aside)", "e-mail", "U.S.", "co-op", "über", "日本", "🙂",
    "\u00A0", "ferries", "crossed", "bridges", "Mr.", "don't", "x", "A1", "well-known", "ƒ"
  };

  /**
   * A text of invented sentences with the shapes that matter to tokens: possessives, numbers,
   * accents, quotes, emoji, Han characters, hyphens, abbreviations; lines, blank lines, CR LF,
   * lines that start with spaces or marks.
   */
  private static String randomText(Random random, int length) {
    StringBuilder out = new StringBuilder(length + 64);
    while (out.length() < length) {
      int words = 1 + random.nextInt(14);
      for (int w = 0; w < words; w++) {
        String word = WORDS[random.nextInt(WORDS.length)];
        out.append(w == 0 && random.nextBoolean() ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
        out.append(w + 1 < words ? " " : "");
      }
      out.append(".!?,;:".charAt(random.nextInt(6)));
      switch (random.nextInt(8)) {
        case 0 -> out.append("\n\n");
        case 1 -> out.append('\n');
        case 2 -> out.append("\r\n");
        case 3 -> out.append("\n  ");
        case 4 -> out.append("\n- ");
        default -> out.append(' ');
      }
    }
    return out.toString();
  }
}
