package io.github.tldr4j.summarizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tldr4j.summarizer.text.Sentence;
import io.github.tldr4j.summarizer.text.SentenceSegmenter;
import io.github.tldr4j.summarizer.text.Words;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 16, item 2: the statistics count the words of the text, as {@code wc -w} does, and the
 * sentences' words add up to them, even where a sentence break is glued to the next word.
 */
final class Issue16StatisticsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a name or domain written with a period is one word and no sentence break
        "en|Shares of Harbor.Net rose on Monday. Traders were pleased. Nobody sold.|11|3",
        "en|She mailed the form to Hill.Tel last week. It came back.|11|2",
        "de|Die Firma Sonnen.Info wächst schnell. Sie stellt ein.|8|2",
        // a real sentence break without a space: two sentences, but no extra word
        "fr|Le conseil a voté lundi.Vingt élus étaient absents.|8|2",
        "fr|La séance a duré longtemps.Alors le maire a quitté la salle.|11|2",
        "en|We reached the camp in the evening.Then it rained.|9|2",
        "ru|Мы приехали вечером.Потом пошёл дождь.|5|2",
      })
  void wordsAddUpAndMatchTheText(String language, String text, int words, int sentences) {
    List<Sentence> split = SentenceSegmenter.forLanguage(language).segment(text);
    assertEquals(sentences, split.size(), () -> split.toString());
    Summarizer summarizer = Summarizer.builder().language(language).build();
    Summary summary = summarizer.summarize(text, Budget.ratio(1.0));
    assertEquals(words, Words.count(text));
    assertEquals(words, summary.stats().originalWords());
    assertEquals(words, summary.stats().summaryWords());
    assertEquals(sentences, summary.sentences().size());
    SummaryInvariants.checkSummary(summarizer, text, Budget.ratio(1.0), summary);
  }
}
