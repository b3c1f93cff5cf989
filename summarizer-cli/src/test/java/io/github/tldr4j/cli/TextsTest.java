package io.github.tldr4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tldr4j.summarizer.text.Words;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class TextsTest {

  static Stream<Arguments> oneLine() {
    return Stream.of(
        Arguments.of("plain sentence.", "plain sentence."),
        Arguments.of("hard\nwrapped\r\nsentence.", "hard wrapped sentence."),
        Arguments.of("  tabs\tand   spaces  ", "tabs and spaces"),
        // every character that separates words for the statistics prints as a space (issue 16)
        Arguments.of("no\u00a0break\u202Fspaces", "no break spaces"),
        Arguments.of("Alpha\u200Bbeta gamma\u2060delta\uFEFF.", "Alpha beta gamma delta ."),
        Arguments.of("joiners\u200Dstay\u200Cinside", "joiners\u200Dstay\u200Cinside"),
        Arguments.of("emoji \uD83D\uDE00\nok", "emoji \uD83D\uDE00 ok"),
        Arguments.of(" \n ", ""),
        // control characters: no raw NUL, next-line or terminal escape reaches the output
        Arguments.of("nul\u0000sep\u0085next", "nul sep next"),
        Arguments.of("\u001b[31mred\u001b[0m text\u0007", "[31mred [0m text"));
  }

  @ParameterizedTest
  @MethodSource
  void oneLine(String in, String expected) {
    assertEquals(expected, Texts.oneLine(in));
  }

  /** Issue 16: the printed sentence has the words the statistics count, for every character. */
  @Test
  void printedWordsAreCountedWords() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String text = "a" + (char) c + "b";
      assertEquals(Words.count(text), Words.count(Texts.oneLine(text)), () -> "U+" + Integer.toHexString(text.charAt(1)));
    }
  }

  static Stream<Arguments> markdownParagraph() {
    return Stream.of(
        // left as is
        Arguments.of("Plain text with *stars* and _under_ inline.", "Plain text with *stars* and _under_ inline."),
        Arguments.of("2024 was a year.", "2024 was a year."),
        Arguments.of("3.5 million people came.", "3.5 million people came."),
        Arguments.of("", ""),
        // block markers at the start are escaped
        Arguments.of("# not a heading", "\\# not a heading"),
        Arguments.of("> not a quote", "\\> not a quote"),
        Arguments.of("- not a list", "\\- not a list"),
        Arguments.of("+ not a list", "\\+ not a list"),
        Arguments.of("* not a list", "\\* not a list"),
        Arguments.of("---", "\\---"),
        Arguments.of("```", "\\```"),
        Arguments.of("<div>", "\\<div>"),
        Arguments.of("1. not a list", "1\\. not a list"),
        Arguments.of("12) not a list", "12\\) not a list"),
        Arguments.of("7.", "7\\."));
  }

  @ParameterizedTest
  @MethodSource
  void markdownParagraph(String in, String expected) {
    assertEquals(expected, Texts.markdownParagraph(in));
  }
}
