package io.github.tldr4j.summarizer.text;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which rule decides at whitespace: the phenomena of {@link LayoutRules}, one row each. */
final class LayoutRulesTest {

  static Stream<Arguments> decisions() {
    return Stream.of(
        // language, text with the candidate boundary marked |, the rule deciding there, boundary
        Arguments.of("en", "Morning notes|\n\nThe kettle is broken again.", BoundaryRule.BLANK_LINE, true),
        Arguments.of("en", "Weekly plan|\nWe meet on Monday at nine.", BoundaryRule.HEADING, true),
        Arguments.of("de", "Neue Brücke eröffnet|\nDie Stadt feierte am Sonntag.", BoundaryRule.HEADING, true),
        Arguments.of("en", "Harbour cranes stand idle| The strike entered its third week.", BoundaryRule.RUN_IN_HEADING, true),
        Arguments.of("en", "We need the following items|\n- a ladder\n- two buckets", BoundaryRule.LIST_LINE, true),
        Arguments.of("en", "Shopping\nflour|\nsugar\neggs", BoundaryRule.SHORT_LINE_ITEM, true),
        Arguments.of("en", "Dear Marta,|\nThe parcel arrived today.", BoundaryRule.LETTER, true),
        Arguments.of("en", "Thanks for the help. Kind regards,| Tomas", BoundaryRule.LETTER, true),
        Arguments.of("en", "Ivo Petrov 05/14/2002 08:30 AM| Please send the figures.", BoundaryRule.DATE_STAMP, true),
        Arguments.of("en", "• Check the oil| • Fill the tank", BoundaryRule.BULLET, true),
        Arguments.of("en", "Take these: (a) A torch| (b) Spare socks", BoundaryRule.INLINE_LIST, true));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("decisions")
  void decides(String language, String marked, BoundaryRule rule, boolean boundary) {
    RuleTable.assertDecides(language, marked, rule, boundary);
  }
}
