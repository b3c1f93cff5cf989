package io.github.tldr4j.summarizer.text;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which rule decides at a terminator glued to the next token: the phenomena of {@link AttachedRules}. */
final class AttachedRulesTest {

  static Stream<Arguments> decisions() {
    return Stream.of(
        // language, text with the candidate boundary marked |, the rule deciding there, boundary
        Arguments.of("en", "We reached the summit.|Then it snowed.", BoundaryRule.ATTACHED, true),
        Arguments.of("en", "The final score was 3:1.|Fans cheered.", BoundaryRule.ATTACHED, true),
        Arguments.of("en", "Download it from tools.|example.org today.", BoundaryRule.ATTACHED, false),
        Arguments.of("en", "The meeting ends at 4 p.|m. sharp.", BoundaryRule.ATTACHED, false),
        Arguments.of("en", "Is it open?|they said no", BoundaryRule.ATTACHED, true),
        Arguments.of("zh", "他很忙!|明天再说。", BoundaryRule.ATTACHED, true),
        Arguments.of("ja", "疲れた。|また明日。", BoundaryRule.HARD_TERMINATOR, true),
        Arguments.of("hi", "वह घर गया।|फिर वह सो गया।", BoundaryRule.HARD_TERMINATOR, true));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("decisions")
  void decides(String language, String marked, BoundaryRule rule, boolean boundary) {
    RuleTable.assertDecides(language, marked, rule, boundary);
  }
}
