package io.github.tldr4j.summarizer.text;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which rule decides at a period after a number or a single letter: the phenomena of {@link NumberRules}. */
final class NumberRulesTest {

  static Stream<Arguments> decisions() {
    return Stream.of(
        // language, text with the candidate boundary marked |, the rule deciding there, boundary
        Arguments.of("en", "1.| Preheat the oven.\n2. Grease the tin.", BoundaryRule.LIST_MARKER, false),
        Arguments.of("de", "Am 3.| Oktober feiern wir.", BoundaryRule.NUMBER, false),
        Arguments.of("cs", "Přijel 5.| května do Prahy.", BoundaryRule.NUMBER, false),
        Arguments.of("en", "Turn to page 12.| Then read on.", BoundaryRule.NUMBER, true),
        Arguments.of("en", "The range is 5-7.| Then it drops.", BoundaryRule.NUMBER, true),
        Arguments.of("en", "The author is Mara J.| Lindqvist.", BoundaryRule.INITIAL, false),
        Arguments.of("en", "The books of J. R.| R. Tolkien sold well.", BoundaryRule.INITIAL, false),
        Arguments.of("en", "We spoke to Plan B.| Nobody liked it.", BoundaryRule.INITIAL, true),
        Arguments.of("en", "We tested Sample A.| Sample B failed later.", BoundaryRule.INITIAL, true));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("decisions")
  void decides(String language, String marked, BoundaryRule rule, boolean boundary) {
    RuleTable.assertDecides(language, marked, rule, boundary);
  }
}
