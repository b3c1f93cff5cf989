package io.github.tldr4j.summarizer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link SegmentationData}: the compiled-in data files are the resource files, character for
 * character (the generated source is checked by {@code BundledDataTest}; this checks its literals).
 */
final class SegmentationDataTest {

  @Test
  void everyLanguageFileAndTheGenericOneReadAsTheirResources() throws IOException {
    Set<String> languages = RuleBasedSegmenter.sortedLanguages();
    int found = 0;
    for (String name : languages) {
      found += checkSame(name) ? 1 : 0;
    }
    assertTrue(checkSame("generic"));
    assertTrue(found >= 30, "languages with data files: " + found);
  }

  @Test
  void namesWithoutAFileHaveNoData() {
    assertNull(SegmentationData.text("und"));
    assertNull(SegmentationData.text("xx"));
    assertNull(SegmentationData.text("EN"));
  }

  /** Whether {@code name} has a data file; if so, asserts that it is compiled in unchanged. */
  private static boolean checkSame(String name) throws IOException {
    try (InputStream in =
        SegmentationRules.class.getResourceAsStream("segmentation/" + name + ".txt")) {
      if (in == null) {
        assertNull(SegmentationData.text(name), name);
        return false;
      }
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), SegmentationData.text(name), name);
      return true;
    }
  }
}
