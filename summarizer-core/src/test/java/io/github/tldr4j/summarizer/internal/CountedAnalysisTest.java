package io.github.tldr4j.summarizer.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.tldr4j.summarizer.analysis.AnalyzedText;
import io.github.tldr4j.summarizer.text.Sentence;
import io.github.tldr4j.summarizer.text.SentenceSegmenter;
import io.github.tldr4j.summarizer.text.Words;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * The summarizer's analysis with the word counts its page layout made: the analysis the public
 * {@link AnalyzedText#analyze} makes, without counting again. (The first call in a fresh class
 * loader, before {@code AnalyzedText} is initialized, is {@code ModuleTest}'s summary on the module
 * path.)
 */
final class CountedAnalysisTest {

  private static final String TEXT =
      "The night ferry to the island leaves at ten. Its deck has room for forty bicycles, and the"
          + " crossing takes two hours!\n\nTickets cost eleven euros... Children under five"
          + " travel free.";

  private static final List<Sentence> SENTENCES = SentenceSegmenter.forLanguage("en").segment(TEXT);

  @Test
  void theLayoutsCountsGiveThePublicAnalysis() {
    try (Analyzer analyzer = new EnglishAnalyzer()) {
      int[] counts = new int[SENTENCES.size()];
      for (int i = 0; i < counts.length; i++) {
        counts[i] = Words.count(TEXT, SENTENCES.get(i).start(), SENTENCES.get(i).end());
      }
      AnalyzedText counted = CountedAnalysis.analyze(analyzer, TEXT, SENTENCES, counts, "Ferry");
      AnalyzedText plain = AnalyzedText.analyze(analyzer, TEXT, SENTENCES, "Ferry");
      AnalyzedText uncounted = CountedAnalysis.analyze(analyzer, TEXT, SENTENCES, null, "Ferry");
      for (AnalyzedText a : List.of(counted, uncounted)) {
        assertEquals(plain.sentences(), a.sentences());
        assertArrayEquals(plain.termIds(), a.termIds());
        assertArrayEquals(plain.titleTermIds(), a.titleTermIds());
        assertEquals(plain.totalWordCount(), a.totalWordCount());
        for (int i = 0; i < SENTENCES.size(); i++) {
          assertEquals(plain.wordCount(i), a.wordCount(i));
          assertEquals(plain.termStart(i), a.termStart(i));
          assertEquals(plain.standalone(i), a.standalone(i));
        }
      }
    }
  }

  /** The counts given are taken as they are: the page layout made them, nothing counts again. */
  @Test
  void theCountsGivenAreNotCountedAgain() {
    try (Analyzer analyzer = new EnglishAnalyzer()) {
      int[] counts = new int[SENTENCES.size()];
      Arrays.fill(counts, 3);
      AnalyzedText a = CountedAnalysis.analyze(analyzer, TEXT, SENTENCES, counts, null);
      assertEquals(3, a.wordCount(0));
      assertEquals(3 * SENTENCES.size(), a.totalWordCount());
    }
  }

  @Test
  void countsForOtherSentencesAreRejected() {
    try (Analyzer analyzer = new EnglishAnalyzer()) {
      int[] tooFew = new int[SENTENCES.size() - 1];
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> CountedAnalysis.analyze(analyzer, TEXT, SENTENCES, tooFew, null));
      assertEquals(SENTENCES.size() + " sentences, " + tooFew.length + " word counts", e.getMessage());
    }
  }

  @Test
  void theEntryIsRegisteredOnce() {
    try (Analyzer analyzer = new EnglishAnalyzer()) {
      CountedAnalysis.analyze(analyzer, "", List.of(), new int[0], null); // registers it if need be
    }
    assertThrows(
        IllegalStateException.class,
        () -> CountedAnalysis.register((analyzer, text, sentences, counts, title) -> null));
  }
}
