package io.github.tldr4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tldr4j.benchmarks.rouge.AnalyzedText;
import io.github.tldr4j.benchmarks.rouge.Rouge;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class ExtractsTest {

  private static final Rouge ROUGE = Rouge.rouge155();
  private static final String[] VOCABULARY = {"a", "b", "c", "d", "e", "f", "the", "rain"};

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
        Extracts.oracle(sentences, words, reference, Integer.MAX_VALUE, Integer.MAX_VALUE));
    assertEquals(List.of(1), Extracts.oracle(sentences, words, reference, 5, Integer.MAX_VALUE));
    assertEquals(List.of(), Extracts.oracle(sentences, words, reference, 2, 5));
  }

  @Test
  void incrementalObjectiveEqualsRougeOnRandomExtracts() {
    Random random = new Random(42);
    for (int round = 0; round < 200; round++) {
      AnalyzedText sentences = ROUGE.analyze(randomSentences(random, 2 + random.nextInt(8)));
      List<AnalyzedText> references = new ArrayList<>();
      for (int r = 0, n = 1 + random.nextInt(3); r < n; r++) {
        references.add(ROUGE.analyze(randomSentences(random, 1 + random.nextInt(3))));
      }
      GreedyOracle oracle = new GreedyOracle(sentences, references);
      List<Integer> chosen = new ArrayList<>();
      for (int i : shuffledIndexes(random, sentences.sentences().size())) {
        List<Integer> with = sorted(chosen, i);
        assertEquals(objective(sentences.select(with), references), oracle.valueWith(i), 1e-15);
        oracle.add(i);
        chosen = with;
        assertEquals(objective(sentences.select(chosen), references), oracle.value(), 1e-15);
      }
    }
  }

  private static double objective(AnalyzedText summary, List<AnalyzedText> references) {
    return (ROUGE.rougeN(1, summary, references).f1() + ROUGE.rougeN(2, summary, references).f1())
        / 2;
  }

  private static List<String> randomSentences(Random random, int count) {
    List<String> sentences = new ArrayList<>();
    for (int s = 0; s < count; s++) {
      StringBuilder sentence = new StringBuilder();
      for (int w = random.nextInt(6); w > 0; w--) { // empty sentences included
        sentence.append(VOCABULARY[random.nextInt(VOCABULARY.length)]).append(' ');
      }
      sentences.add(sentence.toString());
    }
    return sentences;
  }

  private static List<Integer> shuffledIndexes(Random random, int n) {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      indexes.add(i);
    }
    java.util.Collections.shuffle(indexes, random);
    return indexes;
  }

  private static List<Integer> sorted(List<Integer> chosen, int index) {
    List<Integer> result = new ArrayList<>(chosen);
    result.add(index);
    result.sort(null);
    return result;
  }
}
