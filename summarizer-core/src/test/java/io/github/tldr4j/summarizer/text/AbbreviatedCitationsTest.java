package io.github.tldr4j.summarizer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runs of abbreviated words in citations ({@code Fed. R. Civ. P. 56}): inside one, no period ends a sentence. */
final class AbbreviatedCitationsTest {

  private static final SegmentationRules EN = SegmentationRules.load("en");

  @ParameterizedTest(name = "{1} in \"{0}\": {2}")
  @CsvSource(delimiter = '|', value = {
      "governed by Fed. R. Civ. P. 56. The standard | Fed | true",
      "governed by Fed. R. Civ. P. 56. The standard | Civ | true",
      "in Am. J. Bot. 88, 1201–1210 | Bot | true",
      "The Court of Appeal (Civ. Div.) allowed it | Civ | true",
      "in Proc. of the 12th Int. Conf. on Robotics | Int | true",
      "noted in Brit. J. Psychol. 101, 5 | Brit | true",
      // the run's last token is an abbreviation of the language's own, which may open or end a sentence
      "The prize went to Tom. Fig. 3 shows the scores | Tom | false",
      "They beat the Nets. Nov. 3 is next | Nets | false",
      // a word ending in a vowel is no abbreviation; a lone token is no run
      "She flew to Rome. Ab. 5 was next | Rome | false",
      "the results appear in Lett. 9 | Lett | false",
      // too long a word, or no number, bracket or lower-case word after the run
      "He left Copenhagen. Br. 5 | Copenhagen | false",
      "Fed. R. Civ. The court | Civ | false"})
  void findsRuns(String text, String word, boolean inside) {
    int start = text.indexOf(word + ".");
    assertEquals(inside, AbbreviatedCitations.isInside(text, start, start + word.length(), EN));
  }
}
