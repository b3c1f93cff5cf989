package io.github.tldr4j.summarizer.analysis;

/**
 * The tokens of one piece of a text, in order: the offset in the text where each starts, and its
 * term's id in the piece's own dictionary. Filled by one thread, then only read.
 */
final class Tokens {

  final int[] offsets;
  final int[] terms;
  final int count;
  final TermDictionary dictionary;

  Tokens(int[] offsets, int[] terms, int count, TermDictionary dictionary) {
    this.offsets = offsets;
    this.terms = terms;
    this.count = count;
    this.dictionary = dictionary;
  }
}
