package io.github.tldr4j.benchmarks.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class GoldTextTest {

  private static final GoldText GOLD =
      new GoldText(
          "The ferry to Holm Island will run twice a day from May, the harbour board said.\n"
              + "Tickets cost less for residents. Night sailings stay as they are.");

  static Stream<Arguments> sentences() {
    return Stream.of(
        // from the article, whatever the case and punctuation
        Arguments.of("The ferry to Holm Island will run twice a day from May.", false),
        Arguments.of("THE FERRY TO HOLM ISLAND will run twice a day, from May!", false),
        // half of the trigrams in the article is enough
        Arguments.of("Tickets cost less for residents, the harbour board said.", false),
        // page furniture
        Arguments.of("Sign in to read more stories from the coast.", true),
        Arguments.of("Photo: harbour board archive", true),
        // short sentences: the whole token sequence must occur, in order
        Arguments.of("Night sailings", false),
        Arguments.of("Sailings night", true),
        Arguments.of("Subscribe", true));
  }

  @ParameterizedTest
  @MethodSource("sentences")
  void tellsArticleSentencesFromFurniture(String sentence, boolean furniture) {
    assertTrue(GoldText.counts(sentence));
    assertEquals(furniture, GOLD.isFurniture(sentence), sentence);
  }

  @ParameterizedTest
  @MethodSource("tokenless")
  void sentencesWithoutWordsDoNotCount(String sentence) {
    assertFalse(GoldText.counts(sentence));
    assertFalse(GOLD.isFurniture(sentence));
  }

  static Stream<String> tokenless() {
    return Stream.of("", "  ", "* * *", "—", "…");
  }
}
