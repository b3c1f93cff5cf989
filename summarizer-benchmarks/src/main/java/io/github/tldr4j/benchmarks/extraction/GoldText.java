package io.github.tldr4j.benchmarks.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A gold article text, indexed to tell whether a sentence comes from it: the furniture rate's
 * test. A sentence is inside the article when at least half of its word 4-shingles (its whole
 * token sequence when shorter) occur in the gold text; otherwise it is furniture. Immutable.
 *
 * @since 0.1
 */
public final class GoldText {

  private static final int N = 4;
  private final List<Set<List<String>>> grams = new ArrayList<>();

  /**
   * Indexes a gold text.
   *
   * @param gold the gold article text
   */
  public GoldText(String gold) {
    List<String> tokens = ShingleScore.tokens(gold);
    for (int n = 1; n <= N; n++) {
      Set<List<String>> set = new HashSet<>();
      for (int i = 0; i + n <= tokens.size(); i++) {
        set.add(List.copyOf(tokens.subList(i, i + n)));
      }
      grams.add(set);
    }
  }

  /**
   * Whether a sentence is not from the gold text.
   *
   * @param sentence the sentence
   * @return true when fewer than half of its shingles occur in the gold text; false for a sentence
   *     without words
   */
  public boolean isFurniture(String sentence) {
    List<String> tokens = ShingleScore.tokens(sentence);
    if (tokens.isEmpty()) {
      return false;
    }
    int n = Math.min(N, tokens.size());
    Set<List<String>> set = grams.get(n - 1);
    int found = 0;
    int total = 0;
    for (int i = 0; i + n <= tokens.size(); i++) {
      total++;
      if (set.contains(tokens.subList(i, i + n))) {
        found++;
      }
    }
    return found * 2 < total;
  }
}
