package io.github.tldr4j.benchmarks.rouge;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A summary or reference turned into ROUGE tokens, sentence by sentence, with its unigram and
 * bigram counts. Made by {@link Rouge#analyze(List)}; analyze once, score many times.
 *
 * <p>Instances are immutable and safe for use by multiple concurrent threads. Only score texts
 * analyzed by {@link Rouge} instances with the same tokenization.
 *
 * @since 0.1
 */
public final class AnalyzedText {

  private final List<List<String>> sentences;
  private final List<String> tokens;
  private final Map<String, Integer> unigrams;
  private final Map<String, Integer> bigrams;

  AnalyzedText(List<List<String>> sentences) {
    List<List<String>> copy = new ArrayList<>(sentences.size());
    List<String> all = new ArrayList<>();
    for (List<String> sentence : sentences) {
      List<String> s = List.copyOf(sentence);
      copy.add(s);
      all.addAll(s);
    }
    this.sentences = Collections.unmodifiableList(copy);
    this.tokens = Collections.unmodifiableList(all);
    this.unigrams = count(tokens, 1);
    this.bigrams = count(tokens, 2);
  }

  /**
   * Returns the tokens of each sentence, in order.
   *
   * @return an unmodifiable list with one (possibly empty) token list per sentence
   */
  public List<List<String>> sentences() {
    return sentences;
  }

  /**
   * Returns the tokens of all sentences, in order.
   *
   * @return an unmodifiable list of tokens
   */
  public List<String> tokens() {
    return tokens;
  }

  /**
   * Returns a text made of some of this text's sentences, in the order given, without tokenizing
   * again.
   *
   * @param sentenceIndexes indexes into {@link #sentences()}
   * @return the new text
   * @throws NullPointerException if {@code sentenceIndexes} or an element is null
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public AnalyzedText select(List<Integer> sentenceIndexes) {
    requireNonNull(sentenceIndexes, "sentenceIndexes");
    List<List<String>> selected = new ArrayList<>(sentenceIndexes.size());
    for (Integer index : sentenceIndexes) {
      selected.add(sentences.get(requireNonNull(index, "index")));
    }
    return new AnalyzedText(selected);
  }

  /**
   * Counts the n-grams of the whole text; n-grams run across sentence boundaries, as in
   * ROUGE-1.5.5.
   *
   * @param n the n-gram length
   * @return n-gram (tokens joined by a space) to count
   * @throws IllegalArgumentException if {@code n < 1}
   */
  Map<String, Integer> ngrams(int n) {
    if (n == 1) {
      return unigrams;
    }
    if (n == 2) {
      return bigrams;
    }
    return count(tokens, n);
  }

  /** The number of n-grams, {@code max(0, tokens - n + 1)}. */
  int ngramCount(int n) {
    return Math.max(0, tokens.size() - n + 1);
  }

  private static Map<String, Integer> count(List<String> tokens, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1: " + n);
    }
    Map<String, Integer> counts = new HashMap<>();
    StringBuilder gram = new StringBuilder();
    for (int i = 0; i + n <= tokens.size(); i++) {
      gram.setLength(0);
      for (int j = i; j < i + n; j++) {
        if (j > i) {
          gram.append(' ');
        }
        gram.append(tokens.get(j));
      }
      counts.merge(gram.toString(), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(counts);
  }

  @Override
  public String toString() {
    return "AnalyzedText" + sentences;
  }
}
