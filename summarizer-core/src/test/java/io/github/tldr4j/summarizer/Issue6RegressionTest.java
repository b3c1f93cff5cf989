package io.github.tldr4j.summarizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tldr4j.summarizer.text.Sentence;
import io.github.tldr4j.summarizer.text.SentenceSegmenter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 6: the bugs fuzzing found, in readable form (the raw crashing inputs are replayed by {@link
 * SummarizerFuzzTest} from its inputs directory).
 */
final class Issue6RegressionTest {

  /** Bug 1: control and invisible characters were words for the counter, space for the segmenter. */
  @ParameterizedTest
  @ValueSource(strings = {"\u0000", "\u007F", "\u0085", "\uFEFF", "\u200B", "\u2060", "\u001B\u0000"})
  void invisibleCharactersAreNotWords(String invisible) {
    String text = invisible + "One sentence here." + invisible + " Another one." + invisible;
    Summarizer summarizer = Summarizer.builder().build();
    Summary summary = summarizer.summarize(text, Budget.ratio(1.0));
    assertEquals(5, summary.stats().originalWords());
    assertEquals(5, summary.stats().summaryWords());
    SummaryInvariants.checkSummary(summarizer, text, Budget.ratio(1.0), summary);
    Summary blank = summarizer.summarize(invisible + " " + invisible, Budget.words(5));
    assertEquals(new CompressionStats(0, 0, blank.stats().originalCharacters(), 0, 0), blank.stats());
  }

  /** Bug 2: a boundary inside a run of non-whitespace made ratio 1.0 drop a sentence. */
  @ParameterizedTest
  @ValueSource(strings = {"zh:第一句。第二句。第三句。", "ar:。the", "en:Done.Next one is here!And more"})
  void wholeRatioKeepsEverySentence(String languageAndText) {
    String language = languageAndText.substring(0, 2);
    String text = languageAndText.substring(3);
    Summarizer summarizer = Summarizer.builder().language(language).build();
    Summary summary = summarizer.summarize(text, Budget.ratio(1.0));
    assertEquals(summary.stats().originalSentences(), summary.sentences().size());
    assertEquals(summary.stats().originalWords(), summary.stats().summaryWords());
  }

  /** Bug 3: a mark or selector after a hard terminator became a sentence of its own. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u5B8C\u4E86\u3002\u0301\u6B21\u3002",
        "\u062A\u0645\u061E\u064B\u0628\u0639\u062F",
        "Stop\uFF01\uFE0FGo\uFF01",
        "Done!\u200D\uD83D\uDE00 Next one.",
        "Wow!\uFE0F Next one."
      })
  void marksStayWithTheirTerminator(String text) {
    List<Sentence> sentences = SentenceSegmenter.forLanguage("en").segment(text);
    SummaryInvariants.checkSegmentation(text, sentences);
    List<Sentence> zh = SentenceSegmenter.forLanguage("zh").segment(text);
    SummaryInvariants.checkSegmentation(text, zh);
  }
}
