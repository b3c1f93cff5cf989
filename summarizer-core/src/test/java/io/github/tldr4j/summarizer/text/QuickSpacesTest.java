package io.github.tldr4j.summarizer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The scanner's quick way past a space before a lower-case word ({@link SentenceScanner#quickSpaces})
 * decides as {@link LayoutRules#whitespace} and the scanner's start of a token do: the same sentences
 * and the same decisions on every segmentation case, on generated texts of sentences, lists,
 * headings, letters and stamps, and on random soups of the characters that the quick way tests
 * (spaces, colons, bullets, digits, list markers, line breaks).
 */
final class QuickSpacesTest {

  @Test
  void everySegmentationCaseIsDecidedTheSameWay() {
    for (SegmentationCases.Case c : SegmentationCases.all()) {
      assertSameDecisions(c.language(), c.input());
    }
  }

  @Test
  void generatedTextsAreDecidedTheSameWay() {
    for (String language : List.of("en", "de", "fr", "zh", "pt", "sw")) {
      String text = ParallelSegmentationTest.text(new Random(language.hashCode()), 20_000);
      assertSameDecisions(language, text);
    }
  }

  @Test
  void randomSoupsAreDecidedTheSameWay() {
    String[] pieces = {
      " ", " ", " ", "a", "word", "the", "e", "z", "Cap", "I", "1", "12", "1.", "2)", "a)", ":", ": ",
      ".", ". ", "? ", "!", ",", ";", "-", "\u2014", "\n", "\n\n", "\r\n", "\t", "\u00A0", "* ", "\u2022 ",
      "\"", "'", "(", ")", "\u00AB", "\u00BB", "Dr.", "etc.", "03/27/2001 09:11 AM", "\u3002", "\u00E9t\u00E9",
      "i.e.", "...", "\uFF1A", "\n- ", "\n* ", "\n\u2022 ", "\n1. ", "\na) "
    };
    Random random = new Random(17);
    for (String language : List.of("en", "de", "fr", "ja", "ru")) {
      for (int round = 0; round < 400; round++) {
        StringBuilder text = new StringBuilder();
        for (int k = random.nextInt(80); k > 0; k--) {
          text.append(pieces[random.nextInt(pieces.length)]);
        }
        assertSameDecisions(language, text.toString());
      }
    }
  }

  private static void assertSameDecisions(String language, String text) {
    SegmentationRules rules = ((RuleBasedSegmenter) SentenceSegmenter.forLanguage(language)).rules();
    SentenceScanner quick = new SentenceScanner(rules, text, true);
    SentenceScanner reference = new SentenceScanner(rules, text, true);
    reference.quickSpaces = false;
    assertEquals(reference.explain(), quick.explain(), () -> language + ": " + text);
    assertEquals(reference.sentences(), quick.sentences(), () -> language + ": " + text);
  }
}
