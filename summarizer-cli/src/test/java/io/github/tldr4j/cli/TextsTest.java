package io.github.tldr4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class TextsTest {

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
