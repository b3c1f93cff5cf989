package io.github.tldr4j.summarizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

  @Test
  void rejectsInconsistentCounts() {
    assertThrows(IllegalArgumentException.class, () -> new CompressionStats(-1, 0, 0, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new CompressionStats(10, 2, 50, 5, 3));
  }
}
