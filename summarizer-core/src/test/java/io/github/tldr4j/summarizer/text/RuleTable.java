package io.github.tldr4j.summarizer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/**
 * The check behind the table tests of the rule classes ({@code LayoutRulesTest} and its siblings):
 * the text of a row marks one candidate boundary with {@code |}, and the row names the rule that
 * decides there and whether a sentence ends.
 */
final class RuleTable {

  private RuleTable() {}

  /** Asserts that the segmenter of {@code language} decides at the {@code |} of {@code marked}. */
  static void assertDecides(String language, String marked, BoundaryRule rule, boolean boundary) {
    int offset = marked.indexOf('|');
    if (offset < 0 || marked.indexOf('|', offset + 1) >= 0) {
      throw new IllegalArgumentException("mark exactly one candidate with '|': " + marked);
    }
    String text = marked.substring(0, offset) + marked.substring(offset + 1);
    List<BoundaryRule.Decision> decisions =
        ((RuleBasedSegmenter) SentenceSegmenter.forLanguage(language)).explain(text);
    BoundaryRule.Decision at = decisions.stream().filter(d -> d.offset() == offset).findFirst()
        .orElseThrow(() -> new AssertionError("no decision at " + offset + " of " + marked + ": " + decisions));
    assertEquals(new BoundaryRule.Decision(offset, rule, boundary), at, decisions::toString);
  }
}
