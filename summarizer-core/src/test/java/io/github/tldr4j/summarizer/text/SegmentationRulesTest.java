package io.github.tldr4j.summarizer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

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
          SegmentationRules.OPENERS + SegmentationRules.CLOSERS + SegmentationRules.BULLETS + "\"'\u2019."
              + SegmentationRules.PUNCTUATION_CHARS;
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
  void characterEntriesSplitAsTheRegularExpressionSplitThem() {
    // the old path: entry.split("\\s+") on an entry stripped of whitespace at its ends
    String alphabet = "aU+0 \t\n\u000B\f\r\u00A0\u2028\u3000\u1680\u001C.";
    Random random = new Random(11);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String entry = sb.toString().strip();
      if (entry.isEmpty()) {
        continue;
      }
      assertEquals(
          Arrays.asList(entry.split("\\s+")),
          SegmentationRules.tokens(entry),
          () -> entry.chars().mapToObj(c -> String.format("U+%04X", c)).toList().toString());
    }
    assertEquals(List.of("!", "?", "U+203C"), SegmentationRules.tokens("! ?\tU+203C"));
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
    assertEquals(SegmentationRules.PUNCTUATION, kinds[',']); // the scanner looks at each comma
    assertEquals(SegmentationRules.PUNCTUATION, kinds['\u2014']); // em dash
    assertEquals(0, kinds[0x4E2D]); // an ideograph
    assertEquals(0, kinds[0xAC00]); // a Hangul syllable
    assertEquals(0, kinds[0xE000]); // private use
  }

  @Test
  void aKeyWrittenWithACapitalMatchesOnlyThatSpelling() {
    // Greek: "π.Χ." (before Christ) and "π.χ." (for example) differ only in case.
    KeyTable table = KeyTable.of(Map.of("π.Χ", 1, "π.χ", 2, "z. b", 3));
    assertEquals(1, table.get("π.Χ", 0, 3));
    assertEquals(2, table.get("π.χ", 0, 3));
    assertEquals(2, table.get("Π.χ", 0, 3)); // a folded key: any case
    assertEquals(3, table.get("Z.   B", 0, 6));
    KeyTable capitalOnly = KeyTable.of(Map.of("Ab", 1));
    assertTrue(capitalOnly.contains("Ab", 0, 2));
    assertFalse(capitalOnly.contains("ab", 0, 2));
    assertFalse(capitalOnly.contains("AB", 0, 2));
  }

  @Test
  void quoteParticlesMatchWholeWordsOrWordStarts() {
    SegmentationRules am = SegmentationRules.load("am");
    assertTrue(am.startsQuoteParticle("x ብላ ጠየቀች", 2));
    assertFalse(am.startsQuoteParticle("x ብላቴና", 2)); // a word that starts like one
    SegmentationRules ja = SegmentationRules.load("ja");
    assertTrue(ja.startsQuoteParticle("と言った", 0)); // the start of a word
    assertFalse(SegmentationRules.load("en").startsQuoteParticle("and", 0));
  }
}
