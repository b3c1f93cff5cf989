package io.github.tldr4j.benchmarks.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tldr4j.benchmarks.rouge.RougeScore;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class RougeLsumTest {

  static Stream<Arguments> pages() {
    return Stream.of(
        // identical texts
        Arguments.of("The mill reopened. Workers came back.", "The mill reopened. Workers came back.",
            1.0, 1.0),
        // one of four tokens differs
        Arguments.of("Boats left at dawn.", "Boats left by dawn.", 0.75, 0.75),
        // tokens are split at whitespace only, case and punctuation kept
        Arguments.of("Boats left at dawn.", "boats left at dawn", 0.5, 0.5),
        // summary level: sentences in another order still match in full (plain LCS would not)
        Arguments.of("One two three. Four five six.", "Four five six. One two three.", 1.0, 1.0),
        // extra furniture lowers precision only
        Arguments.of("Rain fell all day.", "Rain fell all day. Sign in now.", 1.0, 4 / 7.0),
        // a missing half lowers recall only
        Arguments.of("Rain fell all day. The river rose fast.", "Rain fell all day.", 0.5, 1.0),
        // empty texts, as the study counts them
        Arguments.of("", "", 1.0, 1.0),
        Arguments.of("", "Menu Home", 1.0, 0.0),
        Arguments.of("Rain fell.", "", 0.0, 0.0));
  }

  @ParameterizedTest
  @MethodSource("pages")
  void scoresAsTheComparisonStudy(String gold, String extracted, double recall, double precision) {
    RougeScore score = RougeLsum.of(gold, extracted);
    assertEquals(recall, score.recall(), 1e-9, "recall");
    assertEquals(precision, score.precision(), 1e-9, "precision");
    double f1 = recall + precision == 0 ? 0 : 2 * recall * precision / (recall + precision);
    assertEquals(f1, score.f1(), 1e-9, "f1");
  }
}
