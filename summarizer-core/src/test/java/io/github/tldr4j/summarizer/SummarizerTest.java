package io.github.tldr4j.summarizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tldr4j.summarizer.analysis.AnalyzedText;
import io.github.tldr4j.summarizer.analysis.Analyzers;
import io.github.tldr4j.summarizer.text.Sentence;
import io.github.tldr4j.summarizer.text.SentenceSegmenter;
import io.github.tldr4j.summarizer.text.Words;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

final class SummarizerTest {

  private static final Summarizer SUMMARIZER = Summarizer.builder().build();

  static String article(String name) {
    try (InputStream in = SummarizerTest.class.getResourceAsStream("/golden/" + name + ".txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static Stream<String> articles() {
    return Stream.of("harbour-bridge", "library-robot").map(SummarizerTest::article);
  }

  // --- budgets

  @ParameterizedTest
  @MethodSource("articles")
  void wordBudgetIsAHardCeiling(String text) {
    for (int n = 1; n <= 320; n += 7) {
      Summary s = SUMMARIZER.summarize(text, Budget.words(n));
      int words = s.sentences().stream().mapToInt(x -> Words.count(x.text())).sum();
      assertEquals(words, s.stats().summaryWords());
      assertTrue(words <= n, "budget " + n + " exceeded: " + words);
      assertInvariants(text, s);
    }
  }

  @ParameterizedTest
  @MethodSource("articles")
  void wordBudgetIsUsedWhenASentenceFits(String text) {
    Summary s = SUMMARIZER.summarize(text, Budget.words(60));
    assertFalse(s.isEmpty());
    // greedy packing: no unchosen sentence would still fit, among those that can stand alone
    int left = 60 - s.stats().summaryWords();
    List<ScoredSentence> all = SUMMARIZER.rank(text);
    List<Sentence> sentences = SentenceSegmenter.forLanguage("en").segment(text);
    AnalyzedText analyzed =
        AnalyzedText.analyze(Analyzers.forLanguage("en"), text, sentences, null);
    for (ScoredSentence x : all) {
      if (analyzed.standalone(x.index())
          && s.sentences().stream().noneMatch(c -> c.index() == x.index())) {
        assertTrue(x.wordCount() > left, "sentence " + x.index() + " would still fit");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("articles")
  void sentenceBudgetTakesTheBestSentences(String text) {
    // without the redundancy penalty and the frequency feature (whose weight depends on the
    // budget's share of the text), the summary is exactly the top of the ranking
    ScoringWeights d = ScoringWeights.defaults();
    ScoringWeights budgetIndependent =
        new ScoringWeights(
            d.keywords(), d.centrality(), d.position(), d.paragraphStart(), d.title(), d.length(),
            d.brevity(), 0, 0);
    Summarizer plain = Summarizer.builder().weights(budgetIndependent).build();
    for (int n = 1; n <= 5; n++) {
      Summary s = plain.summarize(text, Budget.sentences(n));
      assertEquals(n, s.sentences().size());
      assertEquals(n, SUMMARIZER.summarize(text, Budget.sentences(n)).sentences().size());
      List<ScoredSentence> ranked = plain.rank(text);
      List<Integer> best = ranked.subList(0, n).stream().map(ScoredSentence::index).sorted().toList();
      assertEquals(best, s.sentences().stream().map(ScoredSentence::index).toList());
      assertInvariants(text, s);
    }
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.1, 0.3, 0.5, 0.99})
  void ratioBudgetKeepsAShareOfTheWords(double r) {
    String text = article("harbour-bridge");
    Summary s = SUMMARIZER.summarize(text, Budget.ratio(r));
    assertTrue(s.stats().summaryWords() <= Math.floor(r * s.stats().originalWords()));
    assertFalse(s.isEmpty());
    assertInvariants(text, s);
  }

  @Test
  void textWithinTheBudgetComesBackWhole() {
    String text = "The council met on Monday. It approved the budget. Nobody objected.";
    for (Budget b : List.of(Budget.words(11), Budget.words(500), Budget.sentences(3), Budget.ratio(1.0))) {
      Summary s = SUMMARIZER.summarize(text, b);
      assertEquals(3, s.sentences().size(), b.toString());
      assertEquals(0, s.stats().savedPercent());
      assertEquals(11, s.stats().summaryWords());
    }
  }

  @Test
  void noSentenceFitsGivesAnEmptySummaryWithCounts() {
    String text = "This sentence has exactly seven words here. And this one has six words.";
    Summary s = SUMMARIZER.summarize(text, Budget.words(5));
    assertTrue(s.isEmpty());
    assertEquals(13, s.stats().originalWords());
    assertEquals(2, s.stats().originalSentences());
    assertEquals(0, s.stats().summaryWords());
    assertEquals(100, s.stats().savedPercent());
  }

  @Test
  void shorterSentenceTakesTheFreeWords() {
    String text =
        "This sentence has exactly seven words here. And this one has six words. Three words fit.";
    Summary s = SUMMARIZER.summarize(text, Budget.words(10));
    assertTrue(s.stats().summaryWords() <= 10);
    assertTrue(s.sentences().stream().anyMatch(x -> x.text().equals("Three words fit.")));
  }

  // --- empty and invalid input

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\n\t  \r\n", "\u00A0\u2007"})
  void blankTextGivesAnEmptySummaryWithZeroCounts(String text) {
    Summary s = SUMMARIZER.summarize(text, Budget.words(10));
    assertTrue(s.isEmpty());
    assertEquals("", s.text());
    assertEquals(0, s.stats().originalWords());
    assertEquals(0, s.stats().originalSentences());
    assertEquals(0, s.stats().summaryWords());
    assertEquals(0, s.stats().summarySentences());
    assertEquals(text.codePointCount(0, text.length()), s.stats().originalCharacters());
    assertTrue(SUMMARIZER.rank(text).isEmpty());
  }

  @Test
  void nullsAreRejected() {
    assertThrows(NullPointerException.class, () -> SUMMARIZER.summarize((String) null, Budget.words(3)));
    assertThrows(NullPointerException.class, () -> SUMMARIZER.summarize((Document) null, Budget.words(3)));
    assertThrows(NullPointerException.class, () -> SUMMARIZER.summarize("text", null));
    assertThrows(NullPointerException.class, () -> SUMMARIZER.rank((String) null));
    assertThrows(NullPointerException.class, () -> Document.of(null));
    assertThrows(NullPointerException.class, () -> Document.of(null, "body"));
    assertThrows(NullPointerException.class, () -> Summarizer.builder().language(null));
    assertThrows(NullPointerException.class, () -> Summarizer.builder().analyzer(null));
    assertThrows(NullPointerException.class, () -> Summarizer.builder().weights(null));
  }

  @Test
  void unknownLanguageSaysWhatIsExpected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Summarizer.builder().language("xx"));
    assertTrue(e.getMessage().contains("'xx'"), e.getMessage());
    assertTrue(e.getMessage().contains("ISO 639-1"), e.getMessage());
  }

  @Test
  void invalidWeightsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Summarizer.builder().positionWeight(-1));
    assertThrows(IllegalArgumentException.class, () -> Summarizer.builder().positionWeight(Double.NaN));
    assertThrows(
        IllegalArgumentException.class,
        () -> ScoringWeights.defaults().withRedundancy(Double.POSITIVE_INFINITY));
  }

  // --- scoring behaviour

  @Test
  void rankListsEverySentenceBestFirst() {
    String text = article("library-robot");
    List<ScoredSentence> ranked = SUMMARIZER.rank(text);
    assertEquals(SUMMARIZER.summarize(text, Budget.ratio(1.0)).stats().originalSentences(), ranked.size());
    for (int i = 1; i < ranked.size(); i++) {
      ScoredSentence a = ranked.get(i - 1);
      ScoredSentence b = ranked.get(i);
      assertTrue(a.score() > b.score() || (a.score() == b.score() && a.index() < b.index()));
    }
    assertEquals(
        IntStream.range(0, ranked.size()).boxed().toList(),
        ranked.stream().map(ScoredSentence::index).sorted().toList());
  }

  @Test
  void titleInformsScoringButIsNotInTheSummary() {
    String body = article("library-robot");
    Summarizer titleOnly =
        Summarizer.builder().weights(new ScoringWeights(0, 0, 0, 0, 1, 0, 0, 0, 0)).build();
    Summary s = titleOnly.summarize(Document.of("Councillor criticises expensive toy", body), Budget.sentences(1));
    assertTrue(s.text().contains("expensive toy"), s.text());
    assertFalse(s.text().contains("Councillor criticises"));
  }

  @Test
  void positionWeightFavoursTheLead() {
    String text = article("harbour-bridge");
    Summarizer lead =
        Summarizer.builder().weights(new ScoringWeights(0, 0, 1, 0, 0, 0, 0, 0, 0)).build();
    // sentence 0 is the headline line: it is the title, not a candidate, and the lead starts after it
    assertEquals(List.of(1, 2, 3), lead.summarize(text, Budget.sentences(3)).sentences().stream()
        .map(ScoredSentence::index).toList());
  }

  @Test
  void frequencyFeatureWeighsMoreForLongerSummaries() {
    String text =
        "Short opener here. Rain fell. The river flooded the river town, and the flooded town"
            + " asked the river authority about the river flood. Birds sang. Flood warnings for the"
            + " river town were issued by the river authority. Cats slept.";
    Summarizer frequencyOnly =
        Summarizer.builder().weights(new ScoringWeights(0, 0, 0, 0, 0, 0, 0, 1, 0)).build();
    // the sentence with the most recurring terms wins at any budget
    assertEquals(List.of(2), frequencyOnly.summarize(text, Budget.sentences(1)).sentences()
        .stream().map(ScoredSentence::index).toList());
    // mixed with a lead bias, it decides a long summary but not a short one
    Summarizer mixed =
        Summarizer.builder().weights(new ScoringWeights(0, 0, 1, 0, 0, 0, 0, 20, 0)).build();
    assertEquals(List.of(0), mixed.summarize(text, Budget.sentences(1)).sentences().stream()
        .map(ScoredSentence::index).toList());
    assertTrue(mixed.summarize(text, Budget.ratio(0.8)).sentences().stream()
        .anyMatch(x -> x.index() == 2));
    assertTrue(mixed.rank(text).get(0).score() > 0);
  }

  @Test
  void callerSuppliedAnalyzerIsUsedAndNotClosed() {
    try (WhitespaceAnalyzer analyzer = new WhitespaceAnalyzer()) {
      Summarizer custom = Summarizer.builder().analyzer(analyzer).build();
      String text = article("harbour-bridge");
      Summary a = custom.summarize(text, Budget.sentences(2));
      Summary b = custom.summarize(text, Budget.sentences(2));
      assertEquals(a, b);
      assertNotEquals(
          SUMMARIZER.rank(text).get(0).score(), custom.rank(text).get(0).score(), "different terms");
    }
  }

  @Test
  void deterministicAcrossInstances() {
    String text = article("harbour-bridge");
    Summary first = SUMMARIZER.summarize(text, Budget.words(80));
    for (int i = 0; i < 5; i++) {
      assertEquals(first, Summarizer.builder().build().summarize(text, Budget.words(80)));
    }
  }

  /** Offsets point at exactly the sentence, sentences are in document order, stats add up. */
  static void assertInvariants(String text, Summary s) {
    assertInvariants("en", text, s);
  }

  /** As {@link #assertInvariants(String, Summary)}, for a text segmented in {@code language}. */
  static void assertInvariants(String language, String text, Summary s) {
    int previous = -1;
    int words = 0;
    for (ScoredSentence x : s.sentences()) {
      assertEquals(text.substring(x.start(), x.end()), x.text());
      assertTrue(x.index() > previous);
      previous = x.index();
      words += Words.count(x.text());
    }
    assertEquals(words, s.stats().summaryWords());
    assertEquals(s.sentences().size(), s.stats().summarySentences());
    int originalWords =
        SentenceSegmenter.forLanguage(language).segment(text).stream()
            .mapToInt(Sentence::wordCount)
            .sum();
    assertEquals(originalWords, s.stats().originalWords());
  }
}
