package io.github.tldr4j.summarizer.text;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which rule decides at the quotation marks, semicolons and dashes of {@link QuotationRules}. */
final class QuotationRulesTest {

  static Stream<Arguments> decisions() {
    return Stream.of(
        // language, text with the candidate boundary marked |, the rule deciding there, boundary
        Arguments.of("en", "The lights went out;| Nobody moved.", BoundaryRule.SEMICOLON, true),
        Arguments.of("en", "She started to explain —| The phone rang.", BoundaryRule.INTERRUPTION, true),
        Arguments.of("en", "\"Where were you?\"| asked the guard.", BoundaryRule.QUESTION, false),
        Arguments.of("fr", "« Tu viens ? »| demanda Paul.", BoundaryRule.QUESTION, false),
        Arguments.of("ru", "«Ты где?»| — спросила мать.", BoundaryRule.QUESTION, false),
        Arguments.of("nl", ",,Kom je?''| vroeg ze.", BoundaryRule.QUESTION, false),
        Arguments.of("es", "—¿Vienes?| —preguntó Ana.", BoundaryRule.QUESTION, false),
        Arguments.of("en", "\"Run!\"| The coach was angry.", BoundaryRule.QUESTION, true),
        Arguments.of("en", "We won the cup! 🎉| The town celebrated.", BoundaryRule.QUESTION, true));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("decisions")
  void decides(String language, String marked, BoundaryRule rule, boolean boundary) {
    RuleTable.assertDecides(language, marked, rule, boundary);
  }
}
