package io.github.tldr4j.summarizer.text;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The default segmenter: a single-pass, rule-based scanner driven by per-language data files.
 *
 * <p>It ends sentences at terminators ({@code . ! ? …} and the full stops of other scripts) unless
 * the rules say otherwise (abbreviations, initials, numbers, names such as "Jeopardy!", ellipses inside
 * a sentence), keeps closing quotes, brackets and citations with the sentence they close, ends
 * sentences at blank lines, headings and list items, and treats a single line break inside a
 * paragraph as a hard wrap. Abbreviation lists and other word lists are data, in
 * {@code segmentation/<language>.txt} next to this class; see {@code SEGMENTATION.md}.
 *
 * <p>Runs in time linear in the length of the text: every look-ahead and look-behind is bounded by a
 * constant. Instances are immutable, built once per language on first use (a batch in one language
 * reads two data files, not every language's), and safe for use by multiple concurrent threads.
 */
final class RuleBasedSegmenter implements SentenceSegmenter {

  /**
   * The languages the library knows by name (a data file of their own where one exists, see
   * SEGMENTATION.md), in alphabetical order; every other ISO 639-1 code gets the generic rules.
   */
  private static final SortedSet<String> SUPPORTED =
      Collections.unmodifiableSortedSet(new TreeSet<>(List.of("ar", "bg", "bn", "ca", "ckb", "cs", "da",
          "de", "el", "en", "es", "et", "eu", "fa", "fi", "fr", "ga", "gl", "hi", "hu", "hy", "id", "it",
          "kk", "lt", "lv", "mr", "ne", "nl", "no", "pl", "pt", "ro", "ru", "sk", "sr", "sv", "ta", "te", "th", "tr",
          "zh", "ja", "ko")));

  /**
   * The segmenters of the {@link #SUPPORTED} languages built so far: each is built on the first
   * request for its language and never replaced.
   */
  private static final ConcurrentMap<String, RuleBasedSegmenter> SEGMENTERS =
      new ConcurrentHashMap<>();

  /** The generic rules alone, for every other ISO 639-1 language; built on first use. */
  private static final class Generic {
    static final RuleBasedSegmenter INSTANCE = new RuleBasedSegmenter(SegmentationRules.load("und"));
  }

  /** The two-letter ISO 639-1 codes the JDK knows (with the legacy iw, in, ji). */
  private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

  private final SegmentationRules rules;

  private RuleBasedSegmenter(SegmentationRules rules) {
    this.rules = rules;
  }

  /**
   * Returns the shared segmenter for a language: its own data for the languages of {@link
   * #sortedLanguages()} that have a data file, the generic rules (every script's terminators, Latin abbreviations,
   * numbers, lists, quotes and layout) for any other ISO 639-1 code.
   *
   * @param language an ISO 639-1 code or one of {@link #sortedLanguages()}, case-insensitive,
   *     optionally with a region or script suffix ({@code "en-US"}, {@code "pt_BR"})
   * @return the segmenter
   * @throws NullPointerException if {@code language} is null
   * @throws IllegalArgumentException if the code is not a language code
   */
  static SentenceSegmenter forLanguage(String language) {
    Objects.requireNonNull(language, "language");
    String code = canonicalCode(primarySubtag(language));
    if (SUPPORTED.contains(code)) {
      return SEGMENTERS.computeIfAbsent(
          code, c -> new RuleBasedSegmenter(SegmentationRules.load(c)));
    }
    if (ISO_639_1.contains(code)) {
      return Generic.INSTANCE;
    }
    throw new IllegalArgumentException(
        "unsupported language: '" + language + "'; expected an ISO 639-1 code such as en, de or pl");
  }

  /** Maps the legacy ISO 639-1 codes to the current ones ("iw" to "he"). */
  static String canonicalCode(String code) {
    return switch (code) {
      case "iw" -> "he";
      case "in" -> "id";
      case "ji" -> "yi";
      default -> code;
    };
  }

  /** The generic rules' terminators: full stops, {@code ! ?}, ellipses, hard terminators. */
  static boolean isTerminator(int codePoint) {
    return codePoint <= Character.MAX_VALUE && Generic.INSTANCE.rules.isTerminator((char) codePoint);
  }

  /** Returns the languages known by name, in alphabetical order (an unmodifiable view). */
  static Set<String> sortedLanguages() {
    return SUPPORTED;
  }

  /** The languages whose segmenter has been built so far, for tests (a copy). */
  static Set<String> builtLanguages() {
    return Set.copyOf(SEGMENTERS.keySet());
  }

  private static String primarySubtag(String language) {
    String code = language.strip();
    int cut = code.length();
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '-' || c == '_') {
        cut = i;
        break;
      }
    }
    return code.substring(0, cut).toLowerCase(Locale.ROOT);
  }

  @Override
  public List<Sentence> segment(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return List.copyOf(new SentenceScanner(rules, text.toString()).run());
  }

  /**
   * Segments {@code text} and returns every decision the scanner took at a candidate boundary, in
   * text order: which {@link BoundaryRule} ended a sentence, and which one kept a terminator inside
   * its sentence. For tests and debugging.
   */
  List<BoundaryRule.Decision> explain(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return new SentenceScanner(rules, text.toString(), true).explain();
  }

  @Override
  public String toString() {
    return "RuleBasedSegmenter[" + rules.language + "]";
  }
}
