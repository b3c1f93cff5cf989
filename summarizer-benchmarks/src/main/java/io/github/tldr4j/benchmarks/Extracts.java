package io.github.tldr4j.benchmarks;

import io.github.tldr4j.benchmarks.rouge.AnalyzedText;
import java.util.ArrayList;
import java.util.List;

/**
 * The two baselines of {@code bench quality}, as sentence indexes in document order: LEAD (the
 * first sentences) and ORACLE (a greedy ROUGE-maximizing extract). Stateless.
 */
public final class Extracts {

  private Extracts() {}

  /**
   * LEAD: the first sentences, in order, while they fit: at most {@code maxSentences} sentences and
   * {@code maxWords} words; stops at the first sentence that does not fit.
   *
   * @param words the word count of each sentence
   */
  public static List<Integer> lead(int[] words, int maxWords, int maxSentences) {
    List<Integer> chosen = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < words.length && chosen.size() < maxSentences; i++) {
      if (total + words[i] > maxWords) {
        break;
      }
      total += words[i];
      chosen.add(i);
    }
    return chosen;
  }

  /**
   * ORACLE: greedily adds the sentence that most increases the mean of ROUGE-1 and ROUGE-2 F1
   * against the references, among those that still fit the budget, until no sentence fits or none
   * increases it (the usual greedy oracle of extractive summarization, e.g. Nallapati et al. 2017,
   * "SummaRuNNer"). Ties go to the earlier sentence; the extract is scored in document order, and
   * several references are combined as ROUGE-1.5.5's default {@code -f A}.
   *
   * @param sentences every sentence of the document, analyzed by a {@code Rouge}
   * @param words the word count of each sentence
   * @param references the references, analyzed by the same {@code Rouge}
   */
  static List<Integer> oracle(
      AnalyzedText sentences,
      int[] words,
      List<AnalyzedText> references,
      int maxWords,
      int maxSentences) {
    GreedyOracle objective = new GreedyOracle(sentences, references);
    int n = words.length;
    boolean[] taken = new boolean[n];
    List<Integer> chosen = new ArrayList<>();
    long total = 0;
    double current = objective.value();
    while (chosen.size() < maxSentences) {
      int best = -1;
      double bestValue = current;
      for (int i = 0; i < n; i++) {
        if (taken[i] || total + words[i] > maxWords || objective.isEmpty(i)) {
          continue;
        }
        double value = objective.valueWith(i);
        if (value > bestValue) {
          best = i;
          bestValue = value;
        }
      }
      if (best < 0) {
        break;
      }
      taken[best] = true;
      total += words[best];
      objective.add(best);
      chosen = inOrder(chosen, best);
      current = bestValue;
    }
    return chosen;
  }

  /** {@code chosen} plus {@code index}, sorted. */
  private static List<Integer> inOrder(List<Integer> chosen, int index) {
    List<Integer> result = new ArrayList<>(chosen.size() + 1);
    boolean added = false;
    for (int c : chosen) {
      if (!added && index < c) {
        result.add(index);
        added = true;
      }
      result.add(c);
    }
    if (!added) {
      result.add(index);
    }
    return result;
  }
}
