package io.github.tldr4j.summarizer;

import java.util.Locale;
import java.util.Objects;

/**
 * How much a summary compresses its original.
 *
 * <p>Definitions:
 *
 * <ul>
 *   <li>A <b>word</b> is a maximal run of non-whitespace characters, as the AutoTL;DR bots count
 *       them. Whitespace includes no-break spaces, control characters (NUL, NEL) and the invisible
 *       separators U+200B, U+2060 and U+FEFF; see {@link io.github.tldr4j.summarizer.text.Words}
 *       for the exact definition, which the sentence segmenter shares.
 *   <li>{@code originalWords} adds up the words of every sentence of the original, and {@code
 *       summaryWords} the words of the chosen sentences, so a summary of every sentence has exactly
 *       {@code originalWords} words. This is the word count of the whole text, except where a
 *       sentence boundary falls inside a run of non-whitespace (as in {@code "Done。Next"}): that
 *       run counts once in each sentence.
 *   <li>{@code originalSentences} is the number of sentences the segmenter found, and {@code
 *       summarySentences} the number chosen.
 *   <li>{@code originalCharacters} is the number of Unicode code points of the original text.
 *   <li>{@link #saved()} is {@code 1 - summaryWords / originalWords}, clamped to [0, 1], and 0 for
 *       a text without words.
 * </ul>
 *
 * <p>Immutable value object.
 *
 * @param originalWords words of the original text
 * @param originalSentences sentences of the original text
 * @param originalCharacters code points of the original text
 * @param summaryWords words of the summary
 * @param summarySentences sentences of the summary
 * @since 0.1
 */
public record CompressionStats(
    int originalWords,
    int originalSentences,
    int originalCharacters,
    int summaryWords,
    int summarySentences) {

  /**
   * Validates the counts.
   *
   * @param originalWords words of the original text
   * @param originalSentences sentences of the original text
   * @param originalCharacters code points of the original text
   * @param summaryWords words of the summary
   * @param summarySentences sentences of the summary
   * @throws IllegalArgumentException if a count is negative or the summary has more sentences than
   *     the original
   */
  public CompressionStats {
    if (originalWords < 0
        || originalSentences < 0
        || originalCharacters < 0
        || summaryWords < 0
        || summarySentences < 0
        || summarySentences > originalSentences) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "inconsistent counts: originalWords=%d originalSentences=%d originalCharacters=%d"
                  + " summaryWords=%d summarySentences=%d",
              originalWords,
              originalSentences,
              originalCharacters,
              summaryWords,
              summarySentences));
    }
  }

  /**
   * Returns the share of the original words that the summary leaves out.
   *
   * @return {@code 1 - summaryWords / originalWords} in [0, 1]; 0 for a text without words
   */
  public double saved() {
    if (originalWords == 0) {
      return 0.0;
    }
    double saved = 1.0 - (double) summaryWords / originalWords;
    return Math.max(0.0, Math.min(1.0, saved));
  }

  /**
   * Returns {@link #saved()} as a whole percentage, rounded half up (215 of 629 words saves 66%),
   * but never 100 for a summary with words nor 0 for a summary that left words out: 1 word kept of
   * 217 saves 99%, not 100%, and 216 of 217 saves 1%, not 0%. So 100% means an empty summary and
   * 0% the whole text.
   *
   * @return the percentage, 0 to 100
   */
  public int savedPercent() {
    int percent = (int) Math.round(saved() * 100.0);
    if (summaryWords > 0) {
      percent = Math.min(percent, 99);
    }
    if (summaryWords < originalWords) {
      percent = Math.max(percent, 1);
    }
    return percent;
  }

  /**
   * Returns the sentence the AutoTL;DR bots print, in English: for example {@code The original
   * article contains 629 words, the summary contains 215 words. Saved 66%.} ("1 word" in the
   * singular, "1,234 words" from a thousand on). The same as {@code describe(Locale.ENGLISH)}.
   *
   * @return the description
   */
  public String describe() {
    return describe(Locale.ENGLISH);
  }

  /**
   * Returns the statistics sentence in the language of {@code locale}, with its plural forms and
   * its number and percent formats. Written in English ({@code en}), German ({@code de}), French
   * ({@code fr}), Spanish ({@code es}), Italian ({@code it}), Portuguese ({@code pt}), Dutch
   * ({@code nl}) and Russian ({@code ru}); any other language gets the English sentence of {@link
   * #describe()}. The region refines the formats: {@code de-CH} groups digits as {@code 1’234},
   * {@code pt-PT} uses the European Portuguese plural.
   *
   * <pre>{@code
   * stats.describe(Locale.GERMAN)
   * // Der ursprüngliche Artikel enthält 1.629 Wörter, die Zusammenfassung enthält 215 Wörter.
   * // Eingespart: 87 %.
   * stats.describe(Locale.forLanguageTag("ru"))
   * // Исходная статья содержит 1 629 слов, краткое изложение — 215 слов. Сокращение: 87 %.
   * }</pre>
   *
   * @param locale the reader's locale
   * @return the description
   * @throws NullPointerException if {@code locale} is null
   * @since 0.1
   */
  public String describe(Locale locale) {
    return StatsSentence.describe(this, Objects.requireNonNull(locale, "locale"));
  }
}
