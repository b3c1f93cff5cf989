package io.github.tldr4j.summarizer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which rule of the scanner decided a boundary (issue 12: one rule per phenomenon). */
final class BoundaryRuleTest {

  static Stream<Arguments> decisions() {
    return Stream.of(
        // text, language, the candidate's offset is right after this marker, rule, boundary
        Arguments.of("Our ferry leaves at noon. It is late.", "en", "noon.", BoundaryRule.WORD, true),
        Arguments.of("Ask Dr. Okafor first.", "en", "Dr.", BoundaryRule.ABBREVIATION, false),
        Arguments.of("The trail climbs 12 km. Hikers rest here.", "en", "km.", BoundaryRule.ABBREVIATION, true),
        Arguments.of("Karin Lund (f. 12 mars 1944) var målare.", "sv", "f.", BoundaryRule.DATE_NOTE, false),
        Arguments.of("Am 3. Oktober kam sie.", "de", "3.", BoundaryRule.NUMBER, false),
        Arguments.of("It ended after World War I. Peace lasted.", "en", "I.", BoundaryRule.NUMBER, true),
        Arguments.of("The band toured the U.K. Tickets sold out.", "en", "U.K.", BoundaryRule.ABBREVIATION, true),
        Arguments.of("The U.K. Parliament met.", "en", "U.K.", BoundaryRule.ABBREVIATION, false),
        Arguments.of("It was sold to Halvorsen Ltd. Trading resumed.", "en", "Ltd.", BoundaryRule.ABBREVIATION, true),
        Arguments.of("a. Knead the dough well.", "en", "a.", BoundaryRule.LIST_MARKER, false),
        Arguments.of("We met John F. Kennedy once.", "en", "F.", BoundaryRule.INITIAL, false),
        Arguments.of("Really? Yes.", "en", "Really?", BoundaryRule.QUESTION, true),
        Arguments.of("\"Stop!\" she shouted.", "en", "Stop!\"", BoundaryRule.QUESTION, false),
        Arguments.of("'Halt!' the guard shouted, 'who goes there? Show yourself!' (no one moved.)", "en",
            "there?", BoundaryRule.QUOTATION_CONTINUES, false),
        Arguments.of("It was late... The door opened.", "en", "late...", BoundaryRule.ELLIPSIS, true),
        Arguments.of("As he said [...] it went on.", "en", "[...", BoundaryRule.OMISSION, false),
        Arguments.of("It rained for days. . . . The river rose.", "en", "days.", BoundaryRule.LEADING_ELLIPSIS, true),
        Arguments.of("He came in the morning.Then he left.", "en", "morning.", BoundaryRule.ATTACHED, true),
        Arguments.of("يدرّس الكيمياء (عمل صيدلانيا 5 سنوات.) في الجامعة.", "ar", "سنوات.)",
            BoundaryRule.PARENTHETICAL, false),
        Arguments.of("دکتر م. رضایی سخنرانی کرد.", "fa", "م.", BoundaryRule.INITIAL, false),
        Arguments.of("他来了。我走了。", "zh", "了。", BoundaryRule.HARD_TERMINATOR, true),
        Arguments.of("Packing list\ntent\nstove\nrope", "en", "tent", BoundaryRule.SHORT_LINE_ITEM, true),
        Arguments.of("Results\nThe team agreed on a plan.", "en", "Results", BoundaryRule.HEADING, true),
        Arguments.of("Pack these: (a) A warm coat (b) Two maps", "en", "coat", BoundaryRule.INLINE_LIST, true),
        Arguments.of("First paragraph\n\nSecond one", "en", "paragraph", BoundaryRule.BLANK_LINE, true),
        Arguments.of("The tide turned; The boats left.", "en", "turned;", BoundaryRule.SEMICOLON, true),
        Arguments.of("He began to say — The bell rang.", "en", "say —", BoundaryRule.INTERRUPTION, true),
        Arguments.of("\"But I never\u2014\" \"Never what?\" she snapped.", "en", "never\u2014\"", BoundaryRule.INTERRUPTION, true),
        Arguments.of("It is governed by Fed. R. Civ. P. 56 now.", "en", "Civ.", BoundaryRule.ABBREVIATION, false),
        Arguments.of("Most people here lack vitamin D. Doctors agree.", "en", "D.", BoundaryRule.INITIAL, true),
        Arguments.of("Storm floods the old harbour The water rose.", "en", "harbour", BoundaryRule.RUN_IN_HEADING, true),
        Arguments.of("\"Yes!\" I said.", "en", "Yes!\"", BoundaryRule.QUOTATION_CONTINUES, false),
        Arguments.of("See you. Best regards, Lena", "en", "regards,", BoundaryRule.LETTER, true),
        Arguments.of("Dear Oskar,\nThe tickets came.", "en", "Oskar,", BoundaryRule.LETTER, true),
        Arguments.of("Lena Holm 11/02/2003 04:15 PM Can you call?", "en", "PM", BoundaryRule.DATE_STAMP, true));
  }

  @ParameterizedTest(name = "{2} in {0}")
  @MethodSource("decisions")
  void namesTheRuleThatDecided(String text, String language, String marker, BoundaryRule rule, boolean boundary) {
    int offset = text.indexOf(marker) + marker.length();
    List<BoundaryRule.Decision> decisions =
        ((RuleBasedSegmenter) SentenceSegmenter.forLanguage(language)).explain(text);
    BoundaryRule.Decision at = decisions.stream().filter(d -> d.offset() == offset).findFirst()
        .orElseThrow(() -> new AssertionError("no decision at " + offset + ": " + decisions));
    assertEquals(new BoundaryRule.Decision(offset, rule, boundary), at, decisions::toString);
  }

  static Stream<SegmentationCases.Case> cases() {
    return SegmentationCases.all().stream();
  }

  /** The explaining run splits as the plain one: its boundaries are exactly the sentence ends. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void explainsEverySentenceEnd(SegmentationCases.Case c) {
    RuleBasedSegmenter segmenter = (RuleBasedSegmenter) SentenceSegmenter.forLanguage(c.language());
    List<Integer> ends = segmenter.segment(c.input()).stream().map(Sentence::end).toList();
    List<BoundaryRule.Decision> decisions = segmenter.explain(c.input());
    assertEquals(ends, decisions.stream().filter(BoundaryRule.Decision::boundary).map(BoundaryRule.Decision::offset).toList());
    for (int k = 1; k < decisions.size(); k++) {
      assertTrue(decisions.get(k - 1).offset() <= decisions.get(k).offset(), decisions::toString);
    }
  }
}
