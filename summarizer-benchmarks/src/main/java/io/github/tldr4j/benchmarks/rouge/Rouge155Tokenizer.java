package io.github.tldr4j.benchmarks.rouge;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ROUGE-1.5.5's tokenization, optionally with its {@code -m} stemming.
 *
 * <p>ROUGE-1.5.5 lower-cases A-Z, puts spaces around every hyphen, turns every character outside
 * {@code [A-Za-z0-9-]} into a space, splits on spaces and drops the tokens that do not start with
 * {@code [a-z0-9]} (the lone hyphens). The tokens are therefore exactly the maximal runs of ASCII
 * letters and digits, lower-cased; accented letters and other scripts separate tokens and are lost.
 * With stemming, tokens longer than 3 characters go through {@link Rouge155Stemmer}.
 *
 * <p>Instances are immutable (apart from a stem cache) and safe for use by multiple concurrent
 * threads.
 */
final class Rouge155Tokenizer implements RougeTokenizer {

  /** Above this many cached stems the cache stops growing; stemming still works. */
  private static final int MAX_CACHED_STEMS = 500_000;

  private final boolean stemming;
  private final Rouge155Stemmer stemmer = Rouge155Stemmer.instance();
  private final Map<String, String> stems = new ConcurrentHashMap<>();

  Rouge155Tokenizer(boolean stemming) {
    this.stemming = stemming;
  }

  @Override
  public List<String> tokenize(CharSequence sentence) {
    requireNonNull(sentence, "sentence");
    List<String> tokens = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    for (int i = 0, n = sentence.length(); i <= n; i++) {
      char c = i < n ? sentence.charAt(i) : ' ';
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        token.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        token.append((char) (c + ('a' - 'A')));
      } else if (token.length() > 0) {
        tokens.add(stem(token.toString()));
        token.setLength(0);
      }
    }
    return tokens;
  }

  private String stem(String token) {
    if (!stemming || token.length() <= 3) {
      return token;
    }
    String stem = stems.get(token);
    if (stem == null) {
      stem = stemmer.stem(token);
      if (stems.size() < MAX_CACHED_STEMS) {
        stems.put(token, stem);
      }
    }
    return stem;
  }
}
