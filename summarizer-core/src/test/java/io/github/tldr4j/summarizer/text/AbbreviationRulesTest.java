package io.github.tldr4j.summarizer.text;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which rule decides at a period after a listed abbreviation: the phenomena of {@link AbbreviationRules}. */
final class AbbreviationRulesTest {

  static Stream<Arguments> decisions() {
    return Stream.of(
        // language, text with the candidate boundary marked |, the rule deciding there, boundary
        Arguments.of("en", "The meeting ends at 4 p.m.| Then we eat.", BoundaryRule.ABBREVIATION, true),
        Arguments.of("en", "The meeting ends at 4 p.m.| EST on Fridays.", BoundaryRule.ABBREVIATION, false),
        Arguments.of("en", "The flight lands at 6 a.m.| CET and leaves again.", BoundaryRule.ABBREVIATION, false),
        Arguments.of("en", "Talk to Prof.| Adeyemi about it.", BoundaryRule.ABBREVIATION, false),
        Arguments.of("en", "He moved to Oslo in 1998 etc.| Later he returned.", BoundaryRule.ABBREVIATION, true),
        Arguments.of("en", "The cable is 30 cm.| Cut it in half.", BoundaryRule.ABBREVIATION, true),
        Arguments.of("de", "Wir treffen uns z. B.| am Bahnhof.", BoundaryRule.ABBREVIATION, false),
        Arguments.of("es", "La Sra.| Ortega llegó tarde.", BoundaryRule.ABBREVIATION, false),
        Arguments.of("pl", "Spotkanie jest o godz.| 9 rano.", BoundaryRule.ABBREVIATION, false));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("decisions")
  void decides(String language, String marked, BoundaryRule rule, boolean boundary) {
    RuleTable.assertDecides(language, marked, rule, boundary);
  }
}
