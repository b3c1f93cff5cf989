package io.github.tldr4j.summarizer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The character table that every language's segmentation rules start from. */
final class SegmentationRulesTest {

  @Test
  void theBaseTableClassifiesEveryCodeUnitAsTheJdksUnicodeTablesDo() {
    byte[] kinds = SegmentationRules.baseKinds();
    for (int c = 0; c < 65536; c++) {
      char ch = (char) c;
      byte expected;
      String own =
          SegmentationRules.OPENERS + SegmentationRules.CLOSERS + SegmentationRules.BULLETS + "\"'\u2019.";
      if (own.indexOf(ch) >= 0) {
        continue; // punctuation with a kind of its own, set from the lists
      }
      if (Words.isWhitespace(ch)) {
        expected = SegmentationRules.SPACE;
      } else if (SegmentationRules.isExtender(ch) || Character.isLowSurrogate(ch)) {
        expected = SegmentationRules.EXTENDER;
      } else {
        expected = 0;
      }
      assertEquals(expected, kinds[c], () -> String.format("U+%04X", (int) ch));
    }
  }

  @Test
  void marksAndSpacesOfSeveralScriptsAreClassified() {
    byte[] kinds = SegmentationRules.baseKinds();
    assertEquals(SegmentationRules.EXTENDER, kinds[0x0301]); // combining acute accent
    assertEquals(SegmentationRules.EXTENDER, kinds[0x093F]); // Devanagari vowel sign i
    assertEquals(SegmentationRules.EXTENDER, kinds[0x3099]); // combining kana voiced mark
    assertEquals(SegmentationRules.EXTENDER, kinds[0xFE0F]); // variation selector 16
    assertEquals(SegmentationRules.EXTENDER, kinds[0xDE00]); // a low surrogate
    assertEquals(SegmentationRules.SPACE, kinds[0x3000]); // ideographic space
    assertEquals(SegmentationRules.SPACE, kinds[0x00A0]); // no-break space
    assertEquals(0, kinds['a']);
    assertEquals(0, kinds[0x4E2D]); // an ideograph
    assertEquals(0, kinds[0xAC00]); // a Hangul syllable
    assertEquals(0, kinds[0xE000]); // private use
  }
}
