package io.github.tldr4j.summarizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tldr4j.summarizer.text.Sentence;
import io.github.tldr4j.summarizer.text.SentenceSegmenter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of {@link Summarizer#summarize(Document, Budget)} over generated text (issue 6): the
 * summary's sentences are sentences of the input, in document order, with offsets pointing at
 * exactly their text; the budget is never exceeded; the statistics add up; the result is
 * deterministic.
 *
 * <p>The generator glues fragments that stress the segmenter and the word counter: words of several
 * scripts, stop words, numbers, every kind of terminator, closing quotes, whitespace of every
 * kind, control characters, zero-width characters, byte order marks, emoji with joiners, combining
 * marks, unpaired surrogates and markup.
 */
final class SummaryPropertiesTest {

  private static final Map<String, Summarizer> SUMMARIZERS =
      Stream.of("en", "de", "fr", "ru", "ar", "fa", "hi", "zh", "ja", "el", "tr")
          .collect(Collectors.toUnmodifiableMap(l -> l, l -> Summarizer.builder().language(l).build()));

  private static final List<String> FRAGMENTS =
      List.of(
          // words and numbers
          "the", "of", "and", "Harbour", "bridge", "TURBINE", "U.S.", "Dr.", "e.g.", "3.14", "1,000",
          "2026", "No.", "straße", "Über", "été", "мост", "Москва", "جسر", "پل", "पुल", "橋", "電力",
          "γέφυρα", "köprü", "x", "Yahoo!", "www.example.com", "a.m.",
          // terminators and closers
          ".", "!", "?", "…", "...", "?!", "。", "！", "？", "؟", "؞", "۔", "।", "\"", "”", "»", ")", "」",
          // whitespace of every kind
          " ", " ", " ", "  ", "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\t", "\u00A0", "\u2007",
          "\u202F", "\u3000", "\u2028", "\u2029", "\u000B", "\f", "\u0085",
          // invisible and control characters
          "\u0000", "\u0001", "\u001B", "\u007F", "\u009F", "\u200B", "\u200C", "\u200D", "\u2060",
          "\uFEFF", "\u00AD", "\u200E", "\u200F", "\u202E",
          // emoji, joiners, combining marks, variation selectors
          "\uD83D\uDE00", "\uD83D\uDC69\u200D\uD83D\uDCBB", "\uD83C\uDDE9\uD83C\uDDEA", "\u2764\uFE0F",
          "e\u0301", "\u0301", "\u0308\u0308", "\uFE0F", "\uFE0E",
          // unpaired surrogates
          "\uD800", "\uDC00", "\uDBFF",
          // markup
          "<p>", "</p>", "<br/>", "&amp;", "<script>x()</script>", "# ", "- ", "1. ");

  @Property(tries = 300)
  void summaryIsAFaithfulSubsetOfTheInput(
      @ForAll("texts") String text, @ForAll("languages") String language, @ForAll("budgets") Budget budget) {
    Summarizer summarizer = SUMMARIZERS.get(language);
    Summary summary = summarizer.summarize(text, budget);
    SummaryInvariants.checkSummary(summarizer, text, budget, summary);
    assertEquals(summary, Summarizer.builder().language(language).build().summarize(text, budget));
  }

  @Property(tries = 200)
  void wholeRatioKeepsEveryCandidateSentence(
      @ForAll("texts") String text, @ForAll("languages") String language) {
    SummaryInvariants.checkWholeBudget(SUMMARIZERS.get(language), text);
  }

  @Property(tries = 200)
  void rankScoresEveryCandidateOnce(@ForAll("texts") String text, @ForAll("languages") String language) {
    List<ScoredSentence> ranked = SUMMARIZERS.get(language).rank(text);
    List<Sentence> all = SentenceSegmenter.forLanguage(language).segment(text);
    List<Integer> indices = ranked.stream().map(ScoredSentence::index).sorted().toList();
    assertEquals(indices.stream().distinct().count(), indices.size(), "each sentence once");
    for (ScoredSentence s : ranked) {
      Sentence original = all.get(s.index());
      assertEquals(original.text(), s.text());
      assertEquals(original.start(), s.start());
    }
    if (!all.isEmpty() && all.stream().anyMatch(s -> s.wordCount() > 0)) {
      assertTrue(!ranked.isEmpty(), "a text with words has candidates");
    }
    for (int i = 1; i < ranked.size(); i++) {
      assertTrue(ranked.get(i - 1).score() >= ranked.get(i).score(), "best first");
    }
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> fragment = Arbitraries.of(FRAGMENTS);
    Arbitrary<String> word = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> any = Arbitraries.strings().ofMaxLength(6); // arbitrary characters
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, fragment),
            net.jqwik.api.Tuple.of(3, word),
            net.jqwik.api.Tuple.of(1, any))
        .list()
        .ofMaxSize(120)
        .map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<String> languages() {
    return Arbitraries.of(SUMMARIZERS.keySet().stream().sorted().toList());
  }

  @Provide
  Arbitrary<Budget> budgets() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(1, 80).map(Budget::words),
        Arbitraries.integers().between(1, 12).map(Budget::sentences),
        Combinators.combine(Arbitraries.integers().between(1, 1000), Arbitraries.just(1000))
            .as((a, b) -> Budget.ratio((double) a / b)));
  }
}
