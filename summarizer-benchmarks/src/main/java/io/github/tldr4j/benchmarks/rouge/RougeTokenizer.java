package io.github.tldr4j.benchmarks.rouge;

import java.util.List;

/**
 * Turns one sentence into the tokens ROUGE counts: normalized, filtered and possibly stemmed.
 *
 * <p>Implementations are immutable and safe for use by multiple concurrent threads.
 */
interface RougeTokenizer {

  /**
   * Tokenizes one sentence.
   *
   * @param sentence the sentence
   * @return its tokens, in order; empty if it has none
   * @throws NullPointerException if {@code sentence} is null
   */
  List<String> tokenize(CharSequence sentence);
}
