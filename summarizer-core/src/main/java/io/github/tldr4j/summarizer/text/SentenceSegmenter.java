package io.github.tldr4j.summarizer.text;

import java.util.List;
import java.util.Set;

/**
 * Splits a text into sentences that keep exact character offsets into it.
 *
 * <p>Implementations are immutable and safe for use by multiple concurrent threads. They run in
 * time linear in the length of the text.
 *
 * @since 0.1
 */
public interface SentenceSegmenter {

  /**
   * Splits {@code text} into sentences, in document order.
   *
   * <p>Every returned sentence is non-empty, trimmed of surrounding whitespace, and satisfies
   * {@code text.subSequence(s.start(), s.end()).toString().equals(s.text())}; sentences do not
   * overlap and their indices run 0, 1, 2, ... A text without any non-whitespace character yields an
   * empty list.
   *
   * @param text the text to split
   * @return the sentences, never null
   * @throws NullPointerException if {@code text} is null
   */
  List<Sentence> segment(CharSequence text);

  /**
   * Returns the rule-based segmenter for a language, with that language's abbreviations and
   * punctuation rules. Any ISO 639-1 code is accepted: languages without data of their own get the
   * generic rules, which know the sentence terminators of every script, Latin abbreviations,
   * numbers, lists, quotes and layout.
   *
   * @param language an ISO 639-1 code such as {@code "en"} or {@code "pl"}, or one of {@link
   *     #supportedLanguages()} ({@code "ckb"}), case-insensitive; a region or script suffix is
   *     ignored ({@code "en-US"}, {@code "pt_BR"})
   * @return a shared, thread-safe segmenter
   * @throws NullPointerException if {@code language} is null
   * @throws IllegalArgumentException if {@code language} is not a language code ({@code "xx"})
   */
  static SentenceSegmenter forLanguage(String language) {
    return RuleBasedSegmenter.forLanguage(language);
  }

  /**
   * Tells whether the segmenter's generic rules treat a character as a sentence terminator: the full
   * stop, {@code ! ?}, the ellipsis and their variants, and the full stops of other scripts ({@code
   * 。 । ۔ ؟ ։ ።}). Language data may add more (Greek {@code ;}).
   *
   * @param codePoint a Unicode code point
   * @return true for a sentence terminator
   * @since 0.1
   */
  static boolean isTerminator(int codePoint) {
    return RuleBasedSegmenter.isTerminator(codePoint);
  }

  /**
   * Returns the languages the library knows by name: those with segmentation data or a Lucene
   * analyzer of their own. {@link #forLanguage(String)} accepts these and every other ISO 639-1
   * code.
   *
   * @return an immutable set of ISO 639 codes, in alphabetical order
   * @since 0.1
   */
  static Set<String> supportedLanguages() {
    return RuleBasedSegmenter.sortedLanguages();
  }
}
