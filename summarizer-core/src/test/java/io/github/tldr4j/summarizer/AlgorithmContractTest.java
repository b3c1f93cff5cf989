package io.github.tldr4j.summarizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tldr4j.summarizer.scoring.Algorithm;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every built-in {@link Algorithm} must do (issue 11), whatever its method: run over every
 * constant, so a new algorithm is covered as soon as it is added to the enum. Known-answer tests of
 * each method live in {@code scoring/*ScorerTest}.
 */
final class AlgorithmContractTest {

  private static final List<Budget> BUDGETS =
      List.of(
          Budget.words(1),
          Budget.words(40),
          Budget.words(100),
          Budget.sentences(1),
          Budget.sentences(3),
          Budget.ratio(0.3),
          Budget.ratio(1.0));

  /**
   * A hang detector in wall time, loose because a shared machine stretched wall time up to 25
   * times CPU time: a 1 MB input takes at most about a second of CPU with every algorithm (JMH
   * AlgorithmBenchmark), and a quadratic step would take tens of minutes.
   */
  private static final Duration LONG_INPUT_BOUND = Duration.ofSeconds(120);

  private static Summarizer summarizer(Algorithm algorithm) {
    return Summarizer.builder().algorithm(algorithm).build();
  }

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void emptyAndBlankTextsGiveEmptySummaries(Algorithm algorithm) {
    Summarizer s = summarizer(algorithm);
    for (String text : List.of("", " ", "\n\n\t", "\u200B")) {
      for (Budget b : BUDGETS) {
        Summary summary = s.summarize(text, b);
        assertTrue(summary.isEmpty(), algorithm + " on " + text.length() + " blanks");
        assertEquals(0, summary.stats().originalWords());
      }
      assertTrue(s.rank(text).isEmpty());
    }
  }

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void oneSentenceComesBackWhenItFits(Algorithm algorithm) {
    Summarizer s = summarizer(algorithm);
    String text = "The ferry to the island leaves every morning at seven.";
    for (Budget b : List.of(Budget.sentences(1), Budget.words(10), Budget.ratio(1.0))) {
      Summary summary = s.summarize(text, b);
      assertEquals(List.of(0), indices(summary), algorithm + " " + b);
    }
    assertTrue(s.summarize(text, Budget.words(9)).isEmpty(), "a word budget is a hard ceiling");
    // a sentence of stop words only has no terms, and still counts
    Summary stopWords = s.summarize("It is what it is.", Budget.sentences(1));
    assertEquals(List.of(0), indices(stopWords));
  }

  static Stream<Arguments> algorithmsAndArticles() {
    List<Arguments> cases = new ArrayList<>();
    for (Algorithm a : Algorithm.values()) {
      for (String name : List.of("harbour-bridge", "library-robot")) {
        cases.add(Arguments.of(a, name));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest
  @MethodSource("algorithmsAndArticles")
  void budgetsHoldAndSummariesAreDeterministic(Algorithm algorithm, String article) {
    String text = SummarizerTest.article(article);
    Summarizer s = summarizer(algorithm);
    Summarizer other = summarizer(algorithm);
    for (Budget b : BUDGETS) {
      Summary summary = s.summarize(text, b);
      SummaryInvariants.checkSummary(s, text, b, summary);
      assertEquals(summary, other.summarize(text, b), "same result from another instance");
    }
    assertFalse(s.summarize(text, Budget.sentences(3)).isEmpty());
    assertEquals(3, s.summarize(text, Budget.sentences(3)).sentences().size());
    SummaryInvariants.checkWholeBudget(s, text);
    List<ScoredSentence> ranked = s.rank(text);
    for (int i = 1; i < ranked.size(); i++) {
      assertTrue(ranked.get(i - 1).score() >= ranked.get(i).score(), "best first");
    }
  }

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void sharedBetweenThreads(Algorithm algorithm) throws Exception {
    Summarizer shared = summarizer(algorithm);
    List<String> texts =
        List.of(SummarizerTest.article("harbour-bridge"), SummarizerTest.article("library-robot"));
    List<Summary> expected = new ArrayList<>();
    for (String t : texts) {
      expected.add(shared.summarize(t, Budget.sentences(3)));
      expected.add(shared.summarize(t, Budget.ratio(0.3)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<List<Summary>>> tasks = new ArrayList<>();
      for (int thread = 0; thread < 8; thread++) {
        tasks.add(
            () -> {
              List<Summary> out = new ArrayList<>();
              for (String t : texts) {
                out.add(shared.summarize(t, Budget.sentences(3)));
                out.add(shared.summarize(t, Budget.ratio(0.3)));
              }
              return out;
            });
      }
      for (Future<List<Summary>> f : pool.invokeAll(tasks)) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Long inputs shaped to hurt graph and matrix methods, each about 1 MB. */
  static Stream<Arguments> longInputs() {
    List<Arguments> cases = new ArrayList<>();
    for (Algorithm a : Algorithm.values()) {
      cases.add(Arguments.of(a, "varied sentences", (IntFunction<String>) AlgorithmContractTest::varied));
      // every sentence shares every term with every other: a dense similarity graph
      cases.add(Arguments.of(a, "one sentence repeated", (IntFunction<String>) n -> repeat("Ships sail home. ", n)));
      cases.add(Arguments.of(a, "one-word sentences", (IntFunction<String>) n -> oneWordSentences(n)));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("longInputs")
  void longHostileInputsStayWithinTheBound(
      Algorithm algorithm, String shape, IntFunction<String> generator) {
    String text = generator.apply(1_000_000);
    Summarizer s = summarizer(algorithm);
    Summary summary =
        assertTimeoutPreemptively(LONG_INPUT_BOUND, () -> s.summarize(text, Budget.sentences(3)));
    // a repeated sentence is chosen once (issue 16)
    assertEquals(shape.equals("one sentence repeated") ? 1 : 3, summary.sentences().size(), shape);
    Summary ratio =
        assertTimeoutPreemptively(LONG_INPUT_BOUND, () -> s.summarize(text, Budget.ratio(0.3)));
    assertTrue(ratio.stats().summaryWords() <= Budget.ratio(0.3).maxWords(ratio.stats().originalWords()));
    assertFalse(ratio.isEmpty(), shape);
  }

  /** Sentences of 4 to 30 words drawn from 5,000 invented words, Zipf-like, seeded. */
  static String varied(int chars) {
    Random random = new Random(11);
    String[] vocabulary = new String[5000];
    for (int i = 0; i < vocabulary.length; i++) {
      StringBuilder w = new StringBuilder();
      int length = 3 + random.nextInt(7);
      for (int k = 0; k < length; k++) {
        w.append((char) ('a' + random.nextInt(26)));
      }
      vocabulary[i] = w.toString();
    }
    StringBuilder sb = new StringBuilder(chars + 200);
    while (sb.length() < chars) {
      int words = 4 + random.nextInt(27);
      for (int k = 0; k < words; k++) {
        // 1/(rank) weights approximated by squaring a uniform draw
        double u = random.nextDouble();
        String w = vocabulary[(int) (u * u * u * vocabulary.length)];
        sb.append(k == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
        sb.append(k == words - 1 ? ". " : " ");
      }
      if (random.nextInt(8) == 0) {
        sb.append("\n\n");
      }
    }
    return sb.toString();
  }

  private static String repeat(String sentence, int chars) {
    return sentence.repeat(chars / sentence.length() + 1);
  }

  private static String oneWordSentences(int chars) {
    StringBuilder sb = new StringBuilder(chars + 16);
    for (int i = 0; sb.length() < chars; i++) {
      sb.append("Word").append(Integer.toString(i % 997, 36)).append(". ");
    }
    return sb.toString();
  }

  private static List<Integer> indices(Summary summary) {
    return summary.sentences().stream().map(ScoredSentence::index).toList();
  }
}
