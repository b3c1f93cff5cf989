package io.github.tldr4j.summarizer.analysis;

import java.util.Arrays;

/**
 * Collects the analyzed tokens of a text by sentence: each token goes to the sentence that
 * contains its start offset (none for a token outside every sentence), and the term ids come out
 * grouped by sentence, in order within each.
 *
 * <p>Tokens nearly always arrive in sentence order, and then the ids are already grouped; should a
 * filter reorder offsets, each token's sentence is recorded from that point on and the ids are
 * regrouped at the end. Not thread-safe: one instance serves one analysis run.
 */
final class TermCollector {

  private final int[] starts;
  private final int[] ends;
  /** The text's vocabulary: ids in order of first occurrence in a sentence. */
  final TermDictionary dictionary;
  /** {@code counts[i + 1]}: the number of terms of sentence {@code i}. */
  final int[] counts;
  /**
   * The term of each token, allocated on the first {@link #add} (a text read word form by word form
   * hands them all over at once, {@link #addAll}); null before.
   */
  private int[] tokenTerm;
  /** The first capacity of {@link #tokenTerm}. */
  private final int expectedTokens;
  private int[] tokenSentence;
  private int tokens;
  private int cursor;

  /**
   * A collector for the sentences {@code [starts[i], ends[i])} of a text of {@code length}
   * characters.
   */
  TermCollector(int[] starts, int[] ends, int length) {
    this.starts = starts;
    this.ends = ends;
    // distinct terms grow about as the square root of the text (Heaps' law; ~12 sqrt(chars) for
    // English news), and never beyond one per 16 characters in practice
    this.dictionary = new TermDictionary((int) Math.min(length / 16, 12 * Math.sqrt(length)));
    this.counts = new int[starts.length + 1];
    this.expectedTokens = Math.max(16, length / 8);
  }

  /** The sentence that contains {@code offset}, or -1 if none does. */
  int sentenceOf(int offset) {
    return locate(starts, ends, offset, cursor);
  }

  /**
   * The sentence that contains {@code offset}, or -1 if none does, searched from sentence {@code
   * hint} on when {@code offset} is at or after its start. Reads only the sentences' offsets, so
   * several threads may call it while nobody {@linkplain #add adds}.
   */
  int locate(int offset, int hint) {
    return locate(starts, ends, offset, hint);
  }

  /** Adds a term of sentence {@code sentence} (from {@link #sentenceOf}). */
  void add(int sentence, int termId) {
    if (tokenTerm == null) {
      tokenTerm = new int[expectedTokens];
    }
    if (tokens == tokenTerm.length) {
      tokenTerm = Arrays.copyOf(tokenTerm, tokens * 2);
      if (tokenSentence != null) {
        tokenSentence = Arrays.copyOf(tokenSentence, tokens * 2);
      }
    }
    if (tokenSentence == null && sentence < cursor) {
      tokenSentence = sentencesSoFar(counts, tokenTerm.length, cursor);
    }
    if (tokenSentence != null) {
      tokenSentence[tokens] = sentence;
    }
    cursor = sentence;
    tokenTerm[tokens] = termId;
    counts[sentence + 1]++;
    tokens++;
  }

  /**
   * Takes the term ids of all tokens at once, grouped by sentence in sentence order, into an empty
   * collector whose {@link #counts} the caller fills.
   */
  void addAll(int[] termIds) {
    if (tokens != 0) {
      throw new IllegalStateException("terms were already added");
    }
    tokenTerm = termIds;
    tokens = termIds.length;
  }

  /**
   * Returns the term ids grouped by sentence, and fills {@code termStart} with where each
   * sentence's terms begin.
   */
  int[] finish(int[] termStart) {
    int n = starts.length;
    for (int i = 0; i < n; i++) {
      termStart[i + 1] = termStart[i] + counts[i + 1];
    }
    if (tokenTerm == null) {
      return new int[0];
    }
    if (tokenSentence == null) {
      return tokens == tokenTerm.length ? tokenTerm : Arrays.copyOf(tokenTerm, tokens);
    }
    return regrouped(termStart, n);
  }

  /**
   * The term ids regrouped by sentence, for tokens that did not all arrive in sentence order (a
   * method of its own, which the usual analysis never calls).
   */
  private int[] regrouped(int[] termStart, int n) {
    int[] terms = new int[tokens];
    int[] fill = Arrays.copyOf(termStart, n);
    for (int t = 0; t < tokens; t++) {
      terms[fill[tokenSentence[t]]++] = tokenTerm[t];
    }
    return terms;
  }

  /**
   * The sentence of each token so far, for tokens that arrived in sentence order: {@code
   * counts[i + 1]} tokens in sentence {@code i}, for sentences up to {@code last}.
   */
  private static int[] sentencesSoFar(int[] counts, int capacity, int last) {
    int[] tokenSentence = new int[capacity];
    int t = 0;
    for (int i = 0; i <= last; i++) {
      for (int c = counts[i + 1]; c > 0; c--) {
        tokenSentence[t++] = i;
      }
    }
    return tokenSentence;
  }

  /** Finds the sentence containing {@code offset}, starting the search at {@code cursor}. */
  private static int locate(int[] starts, int[] ends, int offset, int cursor) {
    int n = starts.length;
    if (cursor < n && offset >= starts[cursor]) {
      int i = cursor;
      while (i < n && offset >= ends[i]) {
        i++;
      }
      return i < n && offset >= starts[i] ? i : -1;
    }
    int i = Arrays.binarySearch(starts, offset);
    if (i >= 0) {
      return i;
    }
    i = -i - 2;
    return i >= 0 && offset < ends[i] ? i : -1;
  }
}
