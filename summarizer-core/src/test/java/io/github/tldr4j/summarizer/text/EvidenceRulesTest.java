package io.github.tldr4j.summarizer.text;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which rule decides when the word after an abbreviation is capitalised, where {@link EvidenceRules} weighs the text around it. */
final class EvidenceRulesTest {

  static Stream<Arguments> decisions() {
    return Stream.of(
        // language, text with the candidate boundary marked |, the rule deciding there, boundary
        Arguments.of("en", "We ordered the beams from Halden Ltd.| Timber was scarce that year, and timber prices rose.", BoundaryRule.ABBREVIATION, true),
        Arguments.of("en", "The plant belongs to Ferro Corp.| Its workers went on strike.", BoundaryRule.ABBREVIATION, true),
        Arguments.of("en", "The order came from Vance & Co.| The workers had waited for weeks.", BoundaryRule.ABBREVIATION, true),
        Arguments.of("en", "They set up shop with Acme Inc.| Sales grew quickly.", BoundaryRule.ABBREVIATION, true),
        Arguments.of("en", "The firm hired Mr.| Bellweather last year.", BoundaryRule.ABBREVIATION, false),
        Arguments.of("en", "The letter was sent to Gen.| Okoro by hand.", BoundaryRule.ABBREVIATION, false));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("decisions")
  void decides(String language, String marked, BoundaryRule rule, boolean boundary) {
    RuleTable.assertDecides(language, marked, rule, boundary);
  }
}
