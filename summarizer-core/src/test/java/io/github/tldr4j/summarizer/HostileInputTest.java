package io.github.tldr4j.summarizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input corpus of issue 6: every case of {@code hostile/manifest.txt}, a file next to
 * it or a generator below, summarized under several budgets. Every case must satisfy the {@link
 * SummaryInvariants} under every budget, keep every candidate sentence under {@code Budget.ratio(1.0)}, and
 * meet the expectations its manifest line states:
 *
 * <ul>
 *   <li>{@code empty}: no sentences, zero word and sentence counts;
 *   <li>{@code sentences=N} and {@code words=N}: the original's sentence and word counts;
 *   <li>{@code top3=N}: the number of sentences chosen under {@code Budget.sentences(3)}.
 * </ul>
 *
 * <p>The huge cases (a 5 MB sentence, a million one-word sentences, a 1 MB token) are generated, not
 * committed. That they run in linear time is shown by {@code HostileInputBenchmark} in
 * summarizer-benchmarks, not by timing here.
 */
final class HostileInputTest {

  private static final List<Budget> BUDGETS =
      List.of(Budget.words(50), Budget.sentences(3), Budget.ratio(0.3), Budget.ratio(1.0));

  private static final Map<String, Summarizer> SUMMARIZERS = new HashMap<>();

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (String line : resource("manifest.txt").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\\|");
      if (f.length != 4) {
        throw new IllegalStateException("manifest line needs 4 fields: " + line);
      }
      cases.add(Arguments.of(f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip()));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void degradesGracefully(String name, String language, String input, String expected) {
    String text = input.startsWith("gen:") ? generate(input.substring(4)) : resource(input);
    Summarizer summarizer =
        SUMMARIZERS.computeIfAbsent(language, l -> Summarizer.builder().language(l).build());
    Map<Budget, Summary> summaries = new HashMap<>();
    for (Budget budget : BUDGETS) {
      Summary summary = summarizer.summarize(text, budget);
      assertNotNull(summary);
      SummaryInvariants.checkSummary(summarizer, text, budget, summary);
      summaries.put(budget, summary);
    }
    SummaryInvariants.checkWholeBudget(summarizer, text);
    CompressionStats stats = summaries.get(Budget.ratio(1.0)).stats();
    for (String expectation : expected.split(",\\s*")) {
      String[] kv = expectation.split("=");
      switch (kv[0]) {
        case "empty" -> {
          for (Summary s : summaries.values()) {
            assertTrue(s.isEmpty(), name);
            assertEquals(0, s.stats().originalWords());
            assertEquals(0, s.stats().originalSentences());
            assertEquals(0, s.stats().summaryWords());
            assertEquals(0, s.stats().savedPercent());
          }
        }
        case "sentences" -> assertEquals(Integer.parseInt(kv[1]), stats.originalSentences(), name);
        case "words" -> assertEquals(Integer.parseInt(kv[1]), stats.originalWords(), name);
        case "top3" ->
            assertEquals(
                Integer.parseInt(kv[1]), summaries.get(Budget.sentences(3)).sentences().size(), name);
        default -> throw new IllegalStateException("unknown expectation in the manifest: " + expectation);
      }
    }
  }

  /** The generated cases: too big to commit, or not encodable in a UTF-8 file. */
  static String generate(String generator) {
    return switch (generator) {
      case "sentence-5mb" -> {
        // one 5 MiB sentence: words without a single terminator
        StringBuilder b = new StringBuilder(5 << 20);
        for (int i = 0; b.length() < (5 << 20); i++) {
          b.append("word").append(i % 997).append(' ');
        }
        yield b.toString();
      }
      case "one-word-sentences-1m" -> "Yes. ".repeat(1_000_000);
      case "token-1mb" -> "It starts " + "x".repeat(1 << 20) + " and ends here.";
      case "unpaired-surrogates" ->
          "Broken \uD800 high surrogate. Broken \uDC00 low surrogate.\uDBFF Reversed \uDC00\uD800 pair. "
              + "Lone at the end\uD83D";
      default -> throw new IllegalStateException("unknown generator: " + generator);
    };
  }

  private static String resource(String name) {
    try (InputStream in = HostileInputTest.class.getResourceAsStream("/hostile/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource /hostile/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
