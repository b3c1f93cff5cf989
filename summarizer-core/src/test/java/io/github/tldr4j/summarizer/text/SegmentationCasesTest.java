package io.github.tldr4j.summarizer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The table tests of {@code src/test/resources/segmentation/*.txt}. */
final class SegmentationCasesTest {

  static Stream<SegmentationCases.Case> cases() {
    return SegmentationCases.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void splitsAsExpected(SegmentationCases.Case c) {
    List<String> actual =
        SentenceSegmenter.forLanguage(c.language()).segment(c.input()).stream().map(Sentence::text).toList();
    assertEquals(c.expected(), actual, () -> "input: " + c.input());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void keepsExactOffsets(SegmentationCases.Case c) {
    List<Sentence> sentences = SentenceSegmenter.forLanguage(c.language()).segment(c.input());
    int previousEnd = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      assertEquals(i, s.index());
      assertTrue(s.start() >= previousEnd, "overlap at " + s);
      assertEquals(c.input().substring(s.start(), s.end()), s.text());
      assertFalse(s.text().isEmpty());
      assertFalse(Character.isWhitespace(s.text().charAt(0)), "untrimmed start: " + s);
      assertFalse(Character.isWhitespace(s.text().charAt(s.text().length() - 1)), "untrimmed end: " + s);
      previousEnd = s.end();
    }
  }

  @Test
  void coversEveryRequiredLanguageAndEnoughEnglish() {
    List<SegmentationCases.Case> all = SegmentationCases.all();
    assertTrue(all.stream().filter(c -> c.language().equals("en")).count() >= 120, "English cases");
    for (String file : List.of("de", "fr", "es", "it", "ru", "nl", "da", "zh", "ja", "hi", "ar", "hy", "el", "generic")) {
      assertTrue(all.stream().anyMatch(c -> c.file().equals(file)), "no cases in " + file + ".txt");
    }
  }
}
