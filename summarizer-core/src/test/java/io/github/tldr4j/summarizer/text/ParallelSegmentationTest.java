package io.github.tldr4j.summarizer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14: a long text segmented in pieces that start at paragraphs, on several threads, gives
 * exactly the sentences of one scanner over the whole text, or is read again whole.
 */
final class ParallelSegmentationTest {

  /** Lines of the generated texts: the constructs whose state a scanner carries along. */
  private static final String[] SENTENCES = {
    "The ferry left the pier at noon.",
    "Dr. Rivera and Mr. Okafor met the crew at 9 a.m. on Monday.",
    "\"Is the harbour open?\" she asked.",
    "\"We sail at dawn. Bring the charts.",
    "Bring the ropes,\" he said.",
    "« On part demain. Tu viens ? » demanda-t-elle.",
    "The U.S. team won 3.5 points... then lost two.",
    "Prices rose by 4.5 % in Jan. and fell in Feb.",
    "Three steps: 1. sift the flour 2. add the eggs 3. stir.",
    "See the notes [12] and the map (p. 4).",
    "zebras grazed by the shore; Zebras from the north came too.",
    "He started to say — The door opened.",
    "Kay Lee 04/26/2001 07:17 AM",
    "It was cold... Very cold!",
    "Why not?! Because the tide turned.",
    "他来了。我走了。",
    "Storm floods the old town The storm that hit the coast was strong.",
    "'Who goes there? Show yourself!' the guard shouted.",
    "The list includes:",
  };

  private static final String[] LINES = {
    "- tent", "- stove", "* rope", "1) maps", "2) water", "Harbour news", "## Tides", "Dear Anna,",
    "Best regards,", "Anna",
  };

  /** Blank lines as texts write them: the cut points of the pieces. */
  private static final String[] BREAKS = {
    "\n\n", "\r\n\r\n", "\n \n", "\n\t\n\n", "\u2029", "\f", "\n\u00A0\n", " \n\n  ", "\n\n\n",
  };

  static Stream<Arguments> texts() {
    return Stream.of("en", "de", "fr", "zh", "pt", "sw").flatMap(
        language ->
            Stream.of(1L, 2L, 3L)
                .map(seed -> Arguments.of(language, seed, text(new Random(seed * 31 + language.hashCode()), 40_000))));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void piecesStartingAtParagraphsGiveTheWholeTextsSentences(
      String language, long seed, String text) {
    RuleBasedSegmenter segmenter = (RuleBasedSegmenter) SentenceSegmenter.forLanguage(language);
    List<Sentence> whole = List.copyOf(new SentenceScanner(rules(segmenter), text).run());
    Random random = new Random(seed);
    int merged = 0;
    for (int round = 0; round < 12; round++) {
      int pieces = 2 + random.nextInt(round < 6 ? 8 : 60);
      int[] cuts = segmenter.paragraphStarts(text, pieces);
      assertTrue(cuts.length > 2, "the text has paragraphs");
      List<Sentence> inPieces = segmenter.segmentInPieces(text, cuts);
      if (inPieces != null) {
        merged++;
        assertEquals(whole, inPieces, language + " cut at " + Arrays.toString(cuts));
      }
    }
    // the test cannot pass by always falling back to the whole text
    assertTrue(merged >= 6, "merged " + merged + " of 12");
    assertEquals(whole, segmenter.segment(text));
  }

  @Test
  void aCutInsideAParagraphIsNotTakenForOne() {
    RuleBasedSegmenter segmenter = (RuleBasedSegmenter) SentenceSegmenter.forLanguage("en");
    String text = "The ferry left. It was late.\n\nThe crew waited. \"Come in,\" she said.";
    int inside = text.indexOf("It was");
    assertNull(segmenter.segmentInPieces(text, new int[] {0, inside, text.length()}));
    int paragraph = text.indexOf("The crew");
    assertEquals(
        segmenter.segment(text),
        segmenter.segmentInPieces(text, new int[] {0, paragraph, text.length()}));
  }

  @Test
  void piecesThatReadMoreEvidenceThanTheWholeTextMayAreReadAgainWhole() {
    // a capitalised word after a semicolon is looked up in the text around it, 3,000 characters
    // a time: a text made of nothing else runs out of the evidence its length allows
    StringBuilder text = new StringBuilder();
    while (text.length() < 20_000) {
      text.append("rain; Zebras came. zebras left; Zebras stayed.\n\n");
    }
    String s = text.toString();
    RuleBasedSegmenter segmenter = (RuleBasedSegmenter) SentenceSegmenter.forLanguage("en");
    SentenceScanner whole = new SentenceScanner(rules(segmenter), s);
    List<Sentence> expected = List.copyOf(whole.run());
    assertTrue(whole.evidenceLeft() < 0, "the text exhausts its evidence");
    assertNull(segmenter.segmentInPieces(s, segmenter.paragraphStarts(s, 6)));
    assertEquals(expected, segmenter.segment(s));
  }

  @Test
  void aTextWithoutParagraphsStaysWhole() {
    RuleBasedSegmenter segmenter = (RuleBasedSegmenter) SentenceSegmenter.forLanguage("en");
    String text = "One line. Another line.\nA third line.".repeat(100);
    assertEquals(2, segmenter.paragraphStarts(text, 8).length);
    assertEquals(2, segmenter.paragraphStarts("\n\nLeading blank lines only.", 8).length);
  }

  @Test
  void aLongTextIsSegmentedAsAWhole() {
    String text = text(new Random(14), 600_000);
    RuleBasedSegmenter segmenter = (RuleBasedSegmenter) SentenceSegmenter.forLanguage("en");
    assertEquals(List.copyOf(new SentenceScanner(rules(segmenter), text).run()), segmenter.segment(text));
  }

  private static SegmentationRules rules(RuleBasedSegmenter segmenter) {
    return segmenter.rules();
  }

  /** Paragraphs of random lines: sentences, list items, headings, letters, with blank lines. */
  static String text(Random random, int length) {
    StringBuilder text = new StringBuilder(length + 400);
    while (text.length() < length) {
      int lines = 1 + random.nextInt(5);
      for (int l = 0; l < lines; l++) {
        if (random.nextInt(4) == 0) {
          text.append(LINES[random.nextInt(LINES.length)]);
        } else {
          int sentences = 1 + random.nextInt(4);
          for (int k = 0; k < sentences; k++) {
            if (k > 0) {
              text.append(' ');
            }
            text.append(SENTENCES[random.nextInt(SENTENCES.length)]);
          }
        }
        if (l + 1 < lines) {
          text.append(random.nextBoolean() ? "\n" : "\r\n");
        }
      }
      text.append(BREAKS[random.nextInt(BREAKS.length)]);
    }
    return text.toString();
  }
}
