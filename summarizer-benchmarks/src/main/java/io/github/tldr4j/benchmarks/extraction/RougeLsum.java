package io.github.tldr4j.benchmarks.extraction;

import io.github.tldr4j.benchmarks.rouge.Rouge;
import io.github.tldr4j.benchmarks.rouge.RougeScore;
import io.github.tldr4j.summarizer.text.Sentence;
import io.github.tldr4j.summarizer.text.SentenceSegmenter;
import java.util.ArrayList;
import java.util.List;

/**
 * ROUGE-LSum of an extracted text against the gold text, as the comparison of web content
 * extraction algorithms scores it (Bevendorff, Gupta, Kiesel and Stein, "An Empirical Comparison
 * of Web Content Extraction Algorithms", SIGIR 2023; their {@code eval.py}, reimplemented): both
 * texts are split into sentences, the sentences into tokens at whitespace (case kept), and
 * summary-level ROUGE-L is computed with the gold text as the reference (the union LCS of each gold
 * sentence with all extracted sentences, hits clipped by token counts). An empty gold text scores
 * recall 1, and with an empty extraction precision and F1 1 as well.
 *
 * <p>One difference: the study splits sentences with NLTK's Punkt; this uses the project's English
 * segmenter, which also ends a sentence at a blank line. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class RougeLsum {

  private static final Rouge ROUGE = Rouge.whitespace();
  private static final SentenceSegmenter SEGMENTER = SentenceSegmenter.forLanguage("en");

  private RougeLsum() {}

  /**
   * Scores one page.
   *
   * @param gold the gold article text
   * @param extracted the extracted text
   * @return recall, precision and F1
   */
  public static RougeScore of(String gold, String extracted) {
    List<String> reference = sentences(gold);
    List<String> candidate = sentences(extracted);
    if (reference.isEmpty()) {
      return candidate.isEmpty() ? RougeScore.of(1, 1) : RougeScore.of(1, 0);
    }
    return ROUGE.rougeL(ROUGE.analyze(candidate), List.of(ROUGE.analyze(reference)));
  }

  private static List<String> sentences(String text) {
    List<String> sentences = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return sentences;
    }
    for (Sentence sentence : SEGMENTER.segment(text)) {
      sentences.add(sentence.text());
    }
    return sentences;
  }
}
