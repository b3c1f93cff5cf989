package io.github.tldr4j.summarizer.text;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which rule decides by the shape of the word before a period, as {@link WordShapes} reads it. */
final class WordShapesTest {

  static Stream<Arguments> decisions() {
    return Stream.of(
        // language, text with the candidate boundary marked |, the rule deciding there, boundary
        Arguments.of("sv", "Anna Berg (f.| 3 maj 1950) var lärare.", BoundaryRule.DATE_NOTE, false),
        Arguments.of("fr", "Il est né en 52 av. J.-C.| dans la ville.", BoundaryRule.ABBREVIATION, false),
        Arguments.of("de", "Er wohnt in der Goethestr.| Dort ist es ruhig.", BoundaryRule.ABBREVIATION, true),
        Arguments.of("de", "Er wohnt in der Goethestr.| 5 in Jena.", BoundaryRule.ABBREVIATION, false),
        Arguments.of("en", "Read parts A. B. and C.| before Monday.", BoundaryRule.ABBREVIATION, false),
        Arguments.of("en", "Henry VIII.| His wives were many.", BoundaryRule.WORD, true),
        Arguments.of("de", "Ludwig XIV.| regierte lange.", BoundaryRule.WORD, false),
        Arguments.of("de", "Das war im Jahr 1990.| Danach kam die Einheit.", BoundaryRule.WORD, true));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("decisions")
  void decides(String language, String marked, BoundaryRule rule, boolean boundary) {
    RuleTable.assertDecides(language, marked, rule, boundary);
  }
}
