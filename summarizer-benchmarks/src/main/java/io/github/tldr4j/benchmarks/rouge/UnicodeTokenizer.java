package io.github.tldr4j.benchmarks.rouge;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.CatalanStemmer;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FinnishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.HungarianStemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.NorwegianStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.RomanianStemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;
import org.tartarus.snowball.ext.TurkishStemmer;

/**
 * A tokenization for any script, for the languages ROUGE-1.5.5 mangles.
 *
 * <p>The sentence is put in Unicode normalization form C; a token is then either a maximal run of
 * letters and digits of any script ({@link Character#isLetterOrDigit(int)}), a combining mark that
 * follows a letter or digit staying inside the token, or a single punctuation or symbol character
 * (Unicode general categories P* and S*: {@code , . ' « » € %}), which counts as a token of its
 * own, as in the word tokenizers multilingual summarization papers score with. Whitespace, control
 * and format characters only separate tokens. Tokens are lower-cased with {@link Locale#ROOT}.
 * Optionally each token is then reduced by the language's Snowball stemmer, as shipped with Lucene
 * ({@code org.tartarus.snowball.ext}).
 *
 * <p>Instances are immutable (apart from a stem cache) and safe for use by multiple concurrent
 * threads.
 */
final class UnicodeTokenizer implements RougeTokenizer {

  private static final int MAX_CACHED_STEMS = 500_000;

  private static final Map<String, Supplier<SnowballStemmer>> STEMMERS =
      Map.ofEntries(
          Map.entry("ca", CatalanStemmer::new),
          Map.entry("da", DanishStemmer::new),
          Map.entry("de", GermanStemmer::new),
          Map.entry("en", EnglishStemmer::new),
          Map.entry("es", SpanishStemmer::new),
          Map.entry("fi", FinnishStemmer::new),
          Map.entry("fr", FrenchStemmer::new),
          Map.entry("hu", HungarianStemmer::new),
          Map.entry("it", ItalianStemmer::new),
          Map.entry("nl", DutchStemmer::new),
          Map.entry("no", NorwegianStemmer::new),
          Map.entry("pt", PortugueseStemmer::new),
          Map.entry("ro", RomanianStemmer::new),
          Map.entry("ru", RussianStemmer::new),
          Map.entry("sv", SwedishStemmer::new),
          Map.entry("tr", TurkishStemmer::new));

  private final ThreadLocal<SnowballStemmer> stemmer; // null: no stemming
  private final Map<String, String> stems = new ConcurrentHashMap<>();

  private UnicodeTokenizer(Supplier<SnowballStemmer> stemmer) {
    this.stemmer = stemmer == null ? null : ThreadLocal.withInitial(stemmer);
  }

  /** Returns a tokenizer that does not stem. */
  static UnicodeTokenizer unstemmed() {
    return new UnicodeTokenizer(null);
  }

  /**
   * Returns a tokenizer that stems with the Snowball stemmer of {@code language}, if there is one.
   *
   * @param language an ISO 639-1 code such as {@code "fr"}
   * @return the tokenizer, or empty if no stemmer is known for the language
   */
  static Optional<UnicodeTokenizer> stemmed(String language) {
    Supplier<SnowballStemmer> supplier =
        STEMMERS.get(requireNonNull(language, "language").toLowerCase(Locale.ROOT));
    return Optional.ofNullable(supplier).map(UnicodeTokenizer::new);
  }

  @Override
  public List<String> tokenize(CharSequence sentence) {
    String text = Normalizer.normalize(requireNonNull(sentence, "sentence"), Normalizer.Form.NFC);
    List<String> tokens = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      boolean inWord = Character.isLetterOrDigit(cp) || (start >= 0 && isCombiningMark(cp));
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        tokens.add(stem(text.substring(start, i).toLowerCase(Locale.ROOT)));
        start = -1;
      }
      if (!inWord && isPunctuationOrSymbol(cp)) {
        tokens.add(text.substring(i, i + Character.charCount(cp)));
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      tokens.add(stem(text.substring(start).toLowerCase(Locale.ROOT)));
    }
    return tokens;
  }

  private static boolean isPunctuationOrSymbol(int cp) {
    switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION,
          Character.MATH_SYMBOL,
          Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL,
          Character.OTHER_SYMBOL:
        return true;
      default:
        return false;
    }
  }

  private static boolean isCombiningMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private String stem(String token) {
    if (stemmer == null) {
      return token;
    }
    String stem = stems.get(token);
    if (stem == null) {
      SnowballStemmer s = stemmer.get();
      s.setCurrent(token);
      s.stem();
      stem = s.getCurrent();
      if (stems.size() < MAX_CACHED_STEMS) {
        stems.put(token, stem);
      }
    }
    return stem;
  }
}
