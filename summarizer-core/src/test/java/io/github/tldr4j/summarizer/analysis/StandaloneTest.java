package io.github.tldr4j.summarizer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tldr4j.summarizer.text.Sentence;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which sentences can be read alone in a summary (issue 16, item 5): each case is one sentence,
 * analyzed by its language's analyzer, with whether {@link AnalyzedText#standalone} accepts it.
 */
final class StandaloneTest {

  private static final Analyzer EN = Analyzers.forLanguage("en");
  private static final Analyzer DE = Analyzers.forLanguage("de");
  private static final Analyzer FR = Analyzers.forLanguage("fr");

  @AfterAll
  static void close() {
    EN.close();
    DE.close();
    FR.close();
  }

  static Stream<Arguments> sentences() {
    return Stream.of(
        // sentences
        Arguments.of("en", "The council approved the new budget for the harbour on Tuesday.", true),
        Arguments.of("en", "Why did the council approve the budget so late?", true),
        Arguments.of("en", "Port Alder opens tidal-powered footbridge after six years of delays", true),
        // quotations: whole, opened and continued, closed with the speaker named
        Arguments.of("en", "\"We will rebuild the bridge by spring,\" the mayor said.", true),
        Arguments.of("en", "She said: \"The ferry will run again next spring.", true),
        Arguments.of("en", "\u201CThe ferry will run again next spring.", true),
        Arguments.of("en", "It was the best season the club has had,\" said the coach.", true),
        Arguments.of("en", "It was the best season the club has had,\u201D said the coach.", true),
        Arguments.of("de", "\u201EWir bauen die Br\u00FCcke neu\u201C, sagte die B\u00FCrgermeisterin.", true),
        Arguments.of("fr", "\u00AB Nous reconstruirons le pont \u00BB, a d\u00E9clar\u00E9 la maire.", true),
        // tokenized text: a straight mark between spaces has no direction
        Arguments.of("en", "\" the ferry will run again next spring , \" she said .", true),
        Arguments.of("en", "the new ferry will carry four hundred passengers \" .", true),
        // too few terms to stand alone (stop words do not count)
        Arguments.of("en", "\"", false),
        Arguments.of("en", ".", false),
        Arguments.of("en", "\u2019", false),
        Arguments.of("en", "Why?", false),
        Arguments.of("en", "He did.", false),
        Arguments.of("en", "It was great.", false),
        Arguments.of("en", "Turbines hummed.", false),
        Arguments.of("en", "2026.", false),
        // a colon announces what follows
        Arguments.of("en", "The new timetable for the summer season includes:", false),
        Arguments.of("en", "Team colours:", false),
        Arguments.of("en", "The winners of this year's harbour regatta were:\"", false),
        // the end of a quotation an earlier sentence opened, without the speaker
        Arguments.of("en", "It was the last concert he gave in the city.\"", false),
        Arguments.of("en", "Nobody expected the old ferry to sink so quickly.\u201D", false),
        Arguments.of("de", "Das war der letzte Auftritt der Band in der Stadt.\u201C", false),
        Arguments.of("fr", "Ce fut le dernier concert du groupe dans la ville. \u00BB", false),
        // labels: short, without sentence-final punctuation
        Arguments.of("en", "Harbour Walk", false),
        Arguments.of("en", "Tuesday, 4 March", false),
        Arguments.of("en", "Kick-off 3pm GMT", false),
        Arguments.of("en", "North shore ferry timetable", false),
        Arguments.of("en", "North shore ferry timetable changes.", true));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("sentences")
  void standsAloneOrNot(String language, String sentence, boolean expected) {
    Analyzer analyzer = language.equals("de") ? DE : language.equals("fr") ? FR : EN;
    AnalyzedText analyzed =
        AnalyzedText.analyze(
            analyzer,
            sentence,
            List.of(new Sentence(0, 0, sentence.length(), 0, sentence)),
            null);
    assertEquals(expected, analyzed.standalone(0), sentence);
  }
}
