package io.github.tldr4j.summarizer.text;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which rule decides where the token after the candidate, as {@link NextToken} classifies it, settles the case. */
final class NextTokenTest {

  static Stream<Arguments> decisions() {
    return Stream.of(
        // language, text with the candidate boundary marked |, the rule deciding there, boundary
        Arguments.of("en", "\"Run!\"| shouted the coach.", BoundaryRule.QUESTION, false),
        Arguments.of("en", "Did you see it?| no one answered.", BoundaryRule.QUESTION, true),
        Arguments.of("es", "¿Vienes mañana?| Sí, a las diez.", BoundaryRule.QUESTION, true),
        Arguments.of("en", "It weighs approx.| Two kilos were expected.", BoundaryRule.ABBREVIATION, true),
        Arguments.of("en", "The books of J.| R. R. Tolkien sold well.", BoundaryRule.INITIAL, false),
        Arguments.of("fr", "Il l’a dit : « Je pars.| Tu viens ? » Puis il sortit.", BoundaryRule.WORD, true),
        Arguments.of("en", "She smiled.| — And then?", BoundaryRule.WORD, true));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("decisions")
  void decides(String language, String marked, BoundaryRule rule, boolean boundary) {
    RuleTable.assertDecides(language, marked, rule, boundary);
  }
}
