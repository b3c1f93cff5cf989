package io.github.tldr4j.benchmarks.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A gold article text, indexed to tell whether a summary sentence comes from it: the test behind
 * the "furniture rate" of {@code bench extract} and {@code bench furniture} (the share of summary
 * sentences that are not from the article).
 *
 * <p>Tokens are runs of letters, digits and underscores, lower-cased with {@link Locale#ROOT}. A
 * sentence of at least three tokens is from the article when at least half of its token trigrams
 * occur in the gold text; a shorter one when its whole token sequence does. A sentence without
 * tokens is not counted ({@link #counts(String)}). Immutable once built; one instance per gold
 * text.
 *
 * @since 0.1
 */
public final class GoldText {

  private static final int N = 3;
  private final List<Set<List<String>>> grams = new ArrayList<>(N);

  /**
   * Indexes a gold text.
   *
   * @param gold the gold article text
   */
  public GoldText(String gold) {
    List<String> tokens = tokens(gold);
    for (int n = 1; n <= N; n++) {
      Set<List<String>> set = new HashSet<>();
      for (int i = 0; i + n <= tokens.size(); i++) {
        set.add(List.copyOf(tokens.subList(i, i + n)));
      }
      grams.add(set);
    }
  }

  /**
   * Whether a sentence counts in a furniture rate: whether it has a token.
   *
   * @param sentence the sentence
   * @return true when it has letters or digits
   */
  public static boolean counts(String sentence) {
    return !tokens(sentence).isEmpty();
  }

  /**
   * Whether a sentence is not from the gold text.
   *
   * @param sentence the sentence
   * @return true when fewer than half of its trigrams (its whole token sequence when shorter)
   *     occur in the gold text; false for a sentence without tokens, which does not count
   */
  public boolean isFurniture(String sentence) {
    List<String> tokens = tokens(sentence);
    if (tokens.isEmpty()) {
      return false;
    }
    int n = Math.min(N, tokens.size());
    Set<List<String>> set = grams.get(n - 1);
    int found = 0;
    int total = tokens.size() - n + 1;
    for (int i = 0; i < total; i++) {
      if (set.contains(tokens.subList(i, i + n))) {
        found++;
      }
    }
    return n < N ? found < total : found * 2 < total;
  }

  private static List<String> tokens(String text) {
    return ShingleScore.tokens(text == null ? "" : text.toLowerCase(Locale.ROOT));
  }
}
