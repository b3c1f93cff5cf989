package io.github.tldr4j.summarizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tldr4j.summarizer.analysis.AnalyzedText;
import io.github.tldr4j.summarizer.analysis.Analyzers;
import io.github.tldr4j.summarizer.text.Sentence;
import io.github.tldr4j.summarizer.text.SentenceSegmenter;
import io.github.tldr4j.summarizer.text.Words;
import java.util.List;

/**
 * The invariants every segmentation and every summary must satisfy, whatever the input (issue 6).
 * Shared by the property tests, the fuzz tests and the hostile-input corpus.
 */
final class SummaryInvariants {

  private SummaryInvariants() {}

  /**
   * Sentences are non-empty, in order, without overlap, with offsets pointing at exactly their
   * text, trimmed, and every character between them is whitespace (so no word is dropped).
   */
  static void checkSegmentation(String text, List<Sentence> sentences) {
    int from = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      assertEquals(i, s.index(), "indices run 0, 1, 2, ...");
      assertTrue(s.start() >= from, "sentences in order, without overlap");
      assertEquals(text.substring(s.start(), s.end()), s.text());
      assertFalse(s.text().isEmpty(), "non-empty");
      assertFalse(Words.isWhitespace(s.text().charAt(0)), "trimmed at the start");
      assertFalse(Words.isWhitespace(s.text().charAt(s.text().length() - 1)), "trimmed at the end");
      assertWhitespace(text, from, s.start());
      assertNotSplitInsideACharacter(text, s.start());
      from = s.end();
    }
    assertWhitespace(text, from, text.length());
  }

  /**
   * A boundary without whitespace before it must not split a surrogate pair, nor separate a combining
   * mark, variation selector or joiner from the character it modifies (issue 6, bug 3).
   */
  private static void assertNotSplitInsideACharacter(String text, int start) {
    if (start == 0 || Words.isWhitespace(text.charAt(start - 1))) {
      return;
    }
    char before = text.charAt(start - 1);
    char first = text.charAt(start);
    assertFalse(
        Character.isHighSurrogate(before) && Character.isLowSurrogate(first),
        () -> "sentence starts inside a surrogate pair at " + start);
    int cp = text.codePointAt(start);
    int type = Character.getType(cp);
    boolean extending =
        type == Character.NON_SPACING_MARK
            || type == Character.ENCLOSING_MARK
            || type == Character.COMBINING_SPACING_MARK
            || cp == 0x200D
            || (cp >= 0xFE00 && cp <= 0xFE0F)
            || (cp >= 0xE0100 && cp <= 0xE01EF);
    assertFalse(
        extending,
        () -> String.format("sentence at %d starts with U+%04X, which belongs to the character before", start, cp));
  }

  private static void assertWhitespace(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      int at = i;
      assertTrue(
          Words.isWhitespace(c),
          () -> String.format("U+%04X at %d is dropped between sentences but counts as a word", (int) c, at));
    }
  }

  /**
   * The whole budget, {@code Budget.ratio(1.0)}, keeps exactly the candidate sentences, the ones
   * {@code rank} scores: every sentence of a text without page furniture, and of any text on one
   * line (no layout to read).
   */
  static void checkWholeBudget(Summarizer summarizer, String text) {
    Summary whole = summarizer.summarize(text, Budget.ratio(1.0));
    assertEquals(
        summarizer.rank(text).stream().map(ScoredSentence::index).sorted().toList(),
        whole.sentences().stream().map(ScoredSentence::index).toList(),
        "ratio 1.0 keeps every candidate sentence");
    if (text.chars().noneMatch(c -> Words.isLineBreak((char) c))) {
      assertEquals(whole.stats().originalSentences(), whole.stats().summarySentences(), "one line");
      assertEquals(whole.stats().originalWords(), whole.stats().summaryWords(), "one line");
      assertEquals(0, whole.stats().savedPercent());
    }
  }

  /**
   * The summary's sentences are sentences of the text, in document order, at their offsets; the
   * budget holds; the statistics add up; the result is deterministic.
   */
  static void checkSummary(Summarizer summarizer, String text, Budget budget, Summary summary) {
    List<Sentence> all = SentenceSegmenter.forLanguage(summarizer.language()).segment(text);
    checkSegmentation(text, all);
    int previous = -1;
    int words = 0;
    for (ScoredSentence s : summary.sentences()) {
      assertTrue(s.index() > previous, "document order");
      previous = s.index();
      Sentence original = all.get(s.index());
      assertEquals(original.start(), s.start());
      assertEquals(original.end(), s.end());
      assertEquals(original.text(), s.text());
      assertTrue(Double.isFinite(s.score()), "finite score");
      words += Words.count(text, s.start(), s.end());
    }
    CompressionStats stats = summary.stats();
    assertEquals(words, stats.summaryWords());
    assertEquals(summary.sentences().size(), stats.summarySentences());
    assertEquals(all.size(), stats.originalSentences());
    assertEquals(
        all.stream().mapToInt(s -> Words.count(text, s.start(), s.end())).sum(),
        stats.originalWords(),
        "the sentences' words add up to originalWords");
    assertEquals(Words.count(text), stats.originalWords(), "the text's words, no more, no fewer");
    assertEquals(text.codePointCount(0, text.length()), stats.originalCharacters());
    int ceiling = budget.maxWords(stats.originalWords());
    if (stats.summaryWords() > ceiling) {
      // a ratio budget keeps the best sentence when none fits (issue 16)
      assertTrue(budget.keepsOneSentence(), "word ceiling");
      assertEquals(1, stats.summarySentences(), "one sentence over a ratio's ceiling");
    }
    assertTrue(stats.summarySentences() <= budget.maxSentences(), "sentence ceiling");
    assertTrue(stats.saved() >= 0.0 && stats.saved() <= 1.0);
    if (stats.originalWords() > 0 && summary.isEmpty()) {
      // empty only under a word budget, when no sentence that may be chosen fits (page furniture
      // never may: the candidates are the sentences rank() scores)
      List<Integer> candidates =
          summarizer.rank(text).stream().map(ScoredSentence::index).toList();
      assertFalse(
          budget.keepsOneSentence() && !candidates.isEmpty(),
          "a ratio budget keeps a sentence of a text with words");
      AnalyzedText analyzed =
          AnalyzedText.analyze(Analyzers.forLanguage(summarizer.language()), text, all, null);
      boolean anyStandalone = candidates.stream().anyMatch(analyzed::standalone);
      assertTrue(
          candidates.stream()
              .filter(i -> !anyStandalone || analyzed.standalone(i))
              .allMatch(i -> Words.count(text, all.get(i).start(), all.get(i).end()) > ceiling),
          "empty although a sentence fits");
    }
    assertEquals(summary, summarizer.summarize(text, budget), "deterministic");
  }
}
