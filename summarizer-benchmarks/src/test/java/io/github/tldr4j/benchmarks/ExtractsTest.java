package io.github.tldr4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tldr4j.benchmarks.rouge.AnalyzedText;
import io.github.tldr4j.benchmarks.rouge.Rouge;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ExtractsTest {

  private static final Rouge ROUGE = Rouge.rouge155();

  @Test
  void leadTakesFirstSentencesWhileTheyFit() {
    int[] words = {5, 4, 3, 1};
    assertEquals(List.of(0, 1), Extracts.lead(words, 10, Integer.MAX_VALUE));
    assertEquals(List.of(0, 1, 2), Extracts.lead(words, Integer.MAX_VALUE, 3));
    assertEquals(List.of(), Extracts.lead(words, 4, Integer.MAX_VALUE));
  }

  @Test
  void oracleAddsSentencesWhileRougeImproves() {
    AnalyzedText sentences =
        ROUGE.analyze(List.of("unrelated words here", "the river rose", "after heavy rain", "x"));
    int[] words = {3, 3, 3, 1};
    List<AnalyzedText> reference =
        List.of(ROUGE.analyze(List.of("the river rose after heavy rain")));
    assertEquals(
        List.of(1, 2),
        Extracts.oracle(ROUGE, sentences, words, reference, Integer.MAX_VALUE, Integer.MAX_VALUE));
    assertEquals(
        List.of(1), Extracts.oracle(ROUGE, sentences, words, reference, 5, Integer.MAX_VALUE));
    assertEquals(List.of(), Extracts.oracle(ROUGE, sentences, words, reference, 2, 5));
  }
}
