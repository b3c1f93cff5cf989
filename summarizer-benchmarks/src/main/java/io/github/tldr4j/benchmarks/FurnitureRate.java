package io.github.tldr4j.benchmarks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a summary sentence comes from a page's article: the "furniture rate" is the share of
 * summary sentences that do not.
 *
 * <p>A sentence's tokens are its {@code \w+} runs, lower-cased (as in the extraction benchmark's
 * metric). A sentence of at least three tokens is from the article when at least half of its token
 * trigrams occur in the gold article text; a shorter one when its whole token sequence does. A
 * sentence without tokens is not counted. Immutable once built; one instance per gold text.
 */
final class FurnitureRate {

  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int N = 3;

  private final List<Set<String>> grams = new ArrayList<>(N);

  FurnitureRate(String gold) {
    List<String> tokens = tokens(gold);
    for (int n = 1; n <= N; n++) {
      Set<String> set = new HashSet<>();
      for (int i = 0; i + n <= tokens.size(); i++) {
        set.add(String.join(" ", tokens.subList(i, i + n)));
      }
      grams.add(set);
    }
  }

  /** Whether {@code sentence} has tokens and they are not from the article; null if no tokens. */
  Boolean isFurniture(String sentence) {
    List<String> tokens = tokens(sentence);
    if (tokens.isEmpty()) {
      return null;
    }
    int n = Math.min(N, tokens.size());
    Set<String> gold = grams.get(n - 1);
    int found = 0;
    int total = tokens.size() - n + 1;
    for (int i = 0; i < total; i++) {
      if (gold.contains(String.join(" ", tokens.subList(i, i + n)))) {
        found++;
      }
    }
    return n < N ? found < total : found * 2 < total;
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }
}
