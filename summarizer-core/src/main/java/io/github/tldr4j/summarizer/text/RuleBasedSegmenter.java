package io.github.tldr4j.summarizer.text;

import io.github.tldr4j.summarizer.internal.Parallel;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

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
      Collections.unmodifiableSortedSet(new TreeSet<>(List.of("am", "ar", "bg", "bn", "ca", "ckb", "cs", "da",
          "de", "el", "en", "es", "et", "eu", "fa", "fi", "fr", "ga", "gl", "hi", "hu", "hy", "id", "it",
          "kk", "lt", "lv", "mr", "my", "ne", "nl", "no", "pl", "pt", "ro", "ru", "sk", "sr", "sv", "ta", "te", "th", "tr", "ur",
          "zh", "ja", "ko")));

  /**
   * The segmenters of the {@link #SUPPORTED} languages built so far: each is built on the first
   * request for its language and never replaced.
   */
  private static final ConcurrentMap<String, RuleBasedSegmenter> SEGMENTERS =
      new ConcurrentHashMap<>();

  /**
   * Builds a language's segmenter. A constant, linked once in class initialization: a lambda
   * written at the call site is linked by the first thread to reach it, and two threads at once
   * (the command line's warm-up and its first document) made a cold JVM spin a second class for it.
   */
  private static final Function<String, RuleBasedSegmenter> BUILD =
      c -> new RuleBasedSegmenter(SegmentationRules.load(c));

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

  /** The rules, for tests. */
  SegmentationRules rules() {
    return rules;
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
      return SEGMENTERS.computeIfAbsent(code, BUILD);
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

  /**
   * {@inheritDoc}
   *
   * <p>A long text (see {@link Parallel}) is read in pieces that start at paragraphs, on the calling
   * thread and the common pool's, and the sentences are the same as from one scanner over the whole
   * text: each piece's scanner starts where a blank line leaves the whole text's scanner with
   * nothing carried over, which the scanner of the piece before checks; should a check fail (the
   * blank line inside a sentence's look-ahead) or the pieces together read more orthographic
   * evidence than the whole text may, the text is read again in one piece.
   */
  @Override
  public List<Sentence> segment(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    int pieces = Parallel.pieces(s.length(), MIN_PIECE_CHARS);
    if (pieces > 1) {
      List<Sentence> sentences = segmentInPieces(s, paragraphStarts(s, pieces));
      if (sentences != null) {
        return sentences;
      }
    }
    return List.copyOf(new SentenceScanner(rules, s).run());
  }

  /** A piece of a long text is at least this long (its scanner reads the rules' data anew). */
  static final int MIN_PIECE_CHARS = 1 << 16;

  /**
   * Segments {@code s} in the pieces {@code [cuts[p], cuts[p + 1])}, each cut but the last at the
   * start of a paragraph; returns null if the pieces' sentences might differ from the whole text's.
   */
  List<Sentence> segmentInPieces(String s, int[] cuts) {
    int pieces = cuts.length - 1;
    long budget = SentenceScanner.evidenceBudget(s.length());
    char[] chars = s.toCharArray();
    List<SentenceScanner> scanners =
        Parallel.map(
            pieces,
            p -> {
              SentenceScanner scanner = new SentenceScanner(rules, s, chars, cuts[p], cuts[p + 1], budget);
              scanner.scan();
              return scanner;
            });
    long spent = 0;
    for (int p = 0; p < pieces; p++) {
      SentenceScanner scanner = scanners.get(p);
      if (scanner.evidenceLeft() < 0 || p + 1 < pieces && !scanner.paragraphEnd()) {
        return null;
      }
      spent += budget - scanner.evidenceLeft();
    }
    if (spent > budget) {
      return null; // the whole text's scanner would have run out of evidence somewhere
    }
    // each piece's first sentence and paragraph: its sentences follow the pieces' before it, and
    // its first paragraph follows their last one (a piece has a sentence: it starts at one)
    int[] firstSentence = new int[pieces + 1];
    int[] firstParagraph = new int[pieces];
    for (int p = 0; p < pieces; p++) {
      SentenceScanner scanner = scanners.get(p);
      firstSentence[p + 1] = firstSentence[p] + scanner.sentenceCount();
      if (p + 1 < pieces) {
        int last = scanner.sentenceCount() - 1;
        firstParagraph[p + 1] = last < 0 ? firstParagraph[p] : firstParagraph[p] + scanner.paragraph(last) + 1;
      }
    }
    Sentence[] all = new Sentence[firstSentence[pieces]];
    Parallel.forRanges(
        pieces,
        pieces,
        (fromPiece, toPiece) -> {
          for (int p = fromPiece; p < toPiece; p++) {
            SentenceScanner scanner = scanners.get(p);
            for (int k = 0, index = firstSentence[p]; k < scanner.sentenceCount(); k++, index++) {
              int start = scanner.start(k);
              int end = scanner.end(k);
              all[index] =
                  new Sentence(
                      index,
                      start,
                      end,
                      firstParagraph[p] + scanner.paragraph(k),
                      s.substring(start, end));
            }
          }
        });
    return List.of(all);
  }

  /**
   * Where to cut {@code s} into about {@code pieces} pieces: 0, then for each share of the text the
   * first paragraph start after it (a character other than whitespace that follows whitespace with
   * two or more line breaks, counted as the scanner counts them), then the text's length. A text
   * without paragraphs stays whole.
   */
  int[] paragraphStarts(String s, int pieces) {
    int n = s.length();
    int[] cuts = new int[pieces + 1];
    int count = 1;
    int at = 0;
    for (int p = 1; p < pieces; p++) {
      at = paragraphStart(s, Math.max(at + 1, (int) ((long) n * p / pieces)));
      if (at >= n) {
        break;
      }
      cuts[count++] = at;
    }
    cuts[count++] = n;
    return java.util.Arrays.copyOf(cuts, count);
  }

  /** The first paragraph start at or after {@code from}, or the text's length if none. */
  private int paragraphStart(String s, int from) {
    int n = s.length();
    int i = from;
    while (i < n) {
      if (!Words.isLineBreak(s.charAt(i))) {
        i++;
        continue;
      }
      int runStart = i;
      while (runStart > 0 && rules.kind(s.charAt(runStart - 1)) == SegmentationRules.SPACE) {
        runStart--;
      }
      int runEnd = i;
      while (runEnd < n && rules.kind(s.charAt(runEnd)) == SegmentationRules.SPACE) {
        runEnd++;
      }
      if (runEnd < n && runStart > 0 && Words.lineBreaks(s, runStart, runEnd, true) >= 2) {
        return runEnd;
      }
      i = runEnd + 1;
    }
    return n;
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
