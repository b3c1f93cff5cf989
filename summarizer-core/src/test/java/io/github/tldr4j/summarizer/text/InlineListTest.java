package io.github.tldr4j.summarizer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The inline-list rule on its own: which marker opens a list and which one comes next. */
final class InlineListTest {

  private static InlineList opened(String text) {
    SegmentationRules rules = SegmentationRules.load("en");
    InlineList list = new InlineList(rules, text, new ListMarkers(rules, text));
    list.open(0, false);
    return list;
  }

  static Stream<Arguments> sequences() {
    return Stream.of(
        // text, the offset of the candidate marker, whether it is the next one of the list
        Arguments.of("1.) Tea 2.) Milk", "1.) Tea ".length(), true),
        Arguments.of("1.) Tea 3.) Milk", "1.) Tea ".length(), false),
        Arguments.of("1.) Tea 2) Milk", "1.) Tea ".length(), false),
        Arguments.of("9. Tea 10. Milk", "9. Tea ".length(), true),
        Arguments.of("(a) Tea (b) Milk", "(a) Tea ".length(), true),
        Arguments.of("(a) Tea b) Milk", "(a) Tea ".length(), false),
        Arguments.of("a) Tea b) Milk", "a) Tea ".length(), true),
        Arguments.of("A. Tea B. Milk", "A. Tea ".length(), true),
        Arguments.of("\u20439. Tea \u204310. Milk", "\u20439. Tea ".length(), true),
        Arguments.of("a. Tea c. Milk", "a. Tea ".length(), false),
        // Roman numerals, and "i." that goes on as letters or as numerals
        Arguments.of("I. Tea II. Milk", "I. Tea ".length(), true),
        Arguments.of("ii) Tea iii) Milk", "ii) Tea ".length(), true),
        Arguments.of("(iv) Tea (v) Milk", "(iv) Tea ".length(), true),
        Arguments.of("(iv) Tea (vi) Milk", "(iv) Tea ".length(), false),
        Arguments.of("i. Tea ii. Milk", "i. Tea ".length(), true),
        Arguments.of("i. Tea j. Milk", "i. Tea ".length(), true),
        Arguments.of("i. Tea iii. Milk", "i. Tea ".length(), false),
        Arguments.of("II. Tea III) Milk", "II. Tea ".length(), false));
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("sequences")
  void knowsTheNextMarker(String text, int at, boolean next) {
    InlineList list = opened(text);
    assertTrue(list.isOpen());
    assertEquals(next, list.nextMarkerEnd(at) > 0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sequences")
  void closesOnABlankLine(String text, int at, boolean next) {
    InlineList list = opened(text);
    list.close();
    assertFalse(list.isOpen());
  }

  @Test
  void goesOnWithALetterAfterRomanNumerals() {
    String text = "iv. Tea v. Milk vi. Salt";
    SegmentationRules rules = SegmentationRules.load("en");
    InlineList list = new InlineList(rules, text, new ListMarkers(rules, text));
    list.open(0, false);
    int v = text.indexOf("v. Milk");
    assertTrue(list.nextMarkerEnd(v) > 0);
    list.open(v, false);
    assertTrue(list.nextMarkerEnd(text.indexOf("vi.")) > 0, "vi. after v. in a list of numerals");
  }

  @Test
  void remembersWhereTheListOpened() {
    String text = "Bring: 1) a map 2) a torch";
    SegmentationRules rules = SegmentationRules.load("en");
    InlineList list = new InlineList(rules, text, new ListMarkers(rules, text));
    list.open(text.indexOf("1)"), true);
    assertTrue(list.inProse());
    list.open(text.indexOf("2)"), false);
    assertFalse(list.inProse());
  }

  @Test
  void opensNoListWithoutAMarker() {
    assertFalse(opened("Tea 2. Milk").isOpen());
  }
}
