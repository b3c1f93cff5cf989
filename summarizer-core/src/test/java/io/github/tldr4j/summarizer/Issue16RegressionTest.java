package io.github.tldr4j.summarizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 16, the summarizer's items: a sentence twice in one summary (1), fragments and half-quotes
 * chosen as sentences (5), short texts with an empty summary under a ratio and "Saved 100%" for a
 * non-empty summary (6), and two scores for one sentence from {@code rank} and {@code summarize}
 * (8). The texts are written for this test.
 */
final class Issue16RegressionTest {

  private static final Summarizer SUMMARIZER = Summarizer.builder().build();

  /** Without the redundancy penalty: repeats must still be refused by selection itself. */
  private static final Summarizer NO_PENALTY =
      Summarizer.builder().weights(ScoringWeights.defaults().withRedundancy(0)).build();

  /** The first sentence comes back as the third, and nearly again (one word changed) later. */
  private static final String REPEATED =
      "The harbour ferry will stop running at the end of the month, the operator said on Monday.\n"
          + "Passengers have crossed the bay on the old boat for more than forty years.\n"
          + "The harbour ferry will stop running at the end of the month, the operator said on Monday.\n"
          + "A footbridge opened last year now carries most of the commuters who once took the boat.\n"
          + "Fishermen on the north shore say they will miss the morning crossing.\n"
          + "The harbour ferry will stop running at the end of this month, the operator said on Monday.\n"
          + "The operator blamed the rising price of fuel and a shortage of trained crew.\n"
          + "Local councillors asked the company to keep a weekend service for tourists.\n"
          + "The company said it would consider the request but promised nothing.\n"
          + "The boat itself will be sold to a museum in the capital.\n";

  static Stream<Budget> budgets() {
    return Stream.of(
        Budget.sentences(3),
        Budget.sentences(5),
        Budget.words(40),
        Budget.words(75),
        Budget.ratio(0.4),
        Budget.ratio(0.7));
  }

  @ParameterizedTest
  @MethodSource("budgets")
  void aSentenceIsNeverChosenTwice(Budget budget) {
    for (Summarizer summarizer : List.of(SUMMARIZER, NO_PENALTY)) {
      Summary summary = summarizer.summarize(REPEATED, budget);
      Set<String> seen = new HashSet<>();
      for (ScoredSentence s : summary.sentences()) {
        // the near copy differs by "this" for "the": the same words but one
        String key = s.text().replace(" this month", " the month");
        assertTrue(seen.add(key), () -> budget + " repeats: " + summary.text());
      }
      SummaryInvariants.checkSummary(summarizer, REPEATED, budget, summary);
    }
  }

  @Test
  void theRepeatGivesWayToTheNextBestSentence() {
    Summary summary = SUMMARIZER.summarize(REPEATED, Budget.sentences(3));
    assertEquals(3, summary.sentences().size());
    assertEquals(0, summary.sentences().get(0).index());
  }

  /**
   * A heading, a label, a colon lead-in, a short quoted fragment and the tail of a quotation, all
   * in the lead where position favours them, before the sentences a reader can read alone.
   */
  private static final String FRAGMENTS =
      "Harbour Walk\n\n"
          + "Opening times:\n\n"
          + "The footbridge across the harbour opened to walkers and cyclists on Saturday morning.\n\n"
          + "\"I have waited ten years to walk across this water,\" said Mara Lind, a teacher from"
          + " the north shore. \"It is wonderful.\n\n"
          + "It changes the whole town.\"\n\n"
          + "Engineers spent six years fixing the tidal turbines that light the deck at night.\n\n"
          + "The council says the bridge cost twice the first estimate.\n\n"
          + "Why?\n\n"
          + "Shop owners on both sides of the water expect more customers this summer.\n\n"
          + "A ferry still runs twice a day for people with bicycles too heavy for the ramps.\n";

  private static final List<String> NOT_ALONE =
      List.of("Harbour Walk", "Opening times:", "\"It is wonderful.", "It changes the whole town.\"", "Why?");

  @ParameterizedTest
  @MethodSource("budgets")
  void fragmentsAndHalfQuotesAreNotChosen(Budget budget) {
    Summary summary = SUMMARIZER.summarize(FRAGMENTS, budget);
    assertFalse(summary.isEmpty());
    for (ScoredSentence s : summary.sentences()) {
      assertFalse(NOT_ALONE.contains(s.text()), () -> budget + " chose \"" + s.text() + "\"");
    }
    SummaryInvariants.checkSummary(SUMMARIZER, FRAGMENTS, budget, summary);
  }

  @Test
  void aTextOfFragmentsOnlyStillGetsASummary() {
    String text = "Harbour Walk\n\nOpening times:\n\nWhy?\n";
    Summary summary = SUMMARIZER.summarize(text, Budget.sentences(1));
    assertEquals(1, summary.sentences().size());
  }

  @Test
  void aShortTextGetsItsBestSentenceUnderTheDefaultRatio() {
    String text = "One sentence here. Another one there.";
    Summary summary = SUMMARIZER.summarize(text, Budget.ratio(0.3));
    assertEquals(1, summary.sentences().size(), "30% of 6 words is 1 word, but a sentence is kept");
    assertEquals(SUMMARIZER.rank(text).get(0).index(), summary.sentences().get(0).index());
    assertTrue(summary.stats().savedPercent() < 100);
    // a word budget stays a hard ceiling
    assertTrue(SUMMARIZER.summarize(text, Budget.words(2)).isEmpty());
  }

  @Test
  void aSingleLongSentenceIsKeptUnderAnySmallRatio() {
    String text = "The committee met for nine hours without agreeing on anything at all";
    Summary summary = SUMMARIZER.summarize(text, Budget.ratio(0.05));
    assertEquals(text, summary.text());
    assertEquals(0, summary.stats().savedPercent());
  }

  @Test
  void aNonEmptySummaryNeverSavesAHundredPercent() {
    StringBuilder text = new StringBuilder("Short lead sentence here.");
    for (int i = 0; i < 60; i++) {
      text.append(
          " This much longer sentence number " + i + " talks about many other things at length"
              + " and keeps going with more words than anyone would want to read here.");
    }
    Summary summary = SUMMARIZER.summarize(text.toString(), Budget.words(4));
    assertEquals(4, summary.stats().summaryWords());
    assertTrue(summary.stats().originalWords() > 800, "4 words kept: under 0.5%");
    assertEquals(99, summary.stats().savedPercent());
    assertTrue(summary.stats().describe().endsWith("Saved 99%."), summary.stats().describe());
  }

  @ParameterizedTest
  @MethodSource("budgets")
  void rankAndSummarizeGiveOneScorePerSentence(Budget budget) {
    for (String text : List.of(REPEATED, FRAGMENTS)) {
      Document document = Document.of("Harbour ferry to stop", text);
      Map<Integer, Double> ranked =
          SUMMARIZER.rank(document, budget).stream()
              .collect(Collectors.toMap(ScoredSentence::index, ScoredSentence::score));
      for (ScoredSentence s : SUMMARIZER.summarize(document, budget).sentences()) {
        assertEquals(ranked.get(s.index()), s.score(), 0.0, budget + " sentence " + s.index());
      }
    }
  }

  @Test
  void rankWithoutABudgetScoresForTheDefaultRatio() {
    Map<Integer, ScoredSentence> ranked =
        SUMMARIZER.rank(REPEATED).stream()
            .collect(Collectors.toMap(ScoredSentence::index, Function.identity()));
    for (ScoredSentence s : SUMMARIZER.summarize(REPEATED, Budget.ratio(0.3)).sentences()) {
      assertEquals(ranked.get(s.index()).score(), s.score(), 0.0, "sentence " + s.index());
    }
  }
}
