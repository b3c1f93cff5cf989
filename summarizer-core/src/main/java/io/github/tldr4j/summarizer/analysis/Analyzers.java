package io.github.tldr4j.summarizer.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.bn.BengaliAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.ckb.SoraniAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.eu.BasqueAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.gl.GalicianAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.hy.ArmenianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.ne.NepaliAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sr.SerbianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.ta.TamilAnalyzer;
import org.apache.lucene.analysis.te.TeluguAnalyzer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * The Lucene analyzer (tokenization, lower-casing, stop words, stemming) for a language: the
 * language's own analyzer from {@code lucene-analysis-common} (Polish: {@code
 * lucene-analysis-stempel}) for the codes of {@link #supportedLanguages()}, and for every other
 * ISO 639-1 code a generic one: Unicode word segmentation (UAX #29) and lower-casing, without stop
 * words or stemming.
 *
 * <p>Language codes are ISO 639-1 ({@code "en"}, {@code "de"}, ...; {@code "ckb"} for Sorani),
 * case-insensitive; a region or script suffix ({@code "en-US"}, {@code "pt_BR"}) is ignored.
 * Chinese, Japanese and Korean share Lucene's CJK bigram analyzer. Stateless and thread-safe.
 *
 * <p>Not part of the stable API: the {@code io.github.tldr4j.summarizer} package is.
 *
 * @since 0.1
 */
public final class Analyzers {

  private static final Map<String, Supplier<Analyzer>> FACTORIES = factories();
  private static final SortedSet<String> SUPPORTED =
      Collections.unmodifiableSortedSet(new TreeSet<>(FACTORIES.keySet()));
  /** The two-letter ISO 639-1 codes the JDK knows (with the legacy iw, in, ji). */
  private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

  private Analyzers() {}

  private static Map<String, Supplier<Analyzer>> factories() {
    Map<String, Supplier<Analyzer>> m = new TreeMap<>();
    m.put("ar", ArabicAnalyzer::new);
    m.put("bg", BulgarianAnalyzer::new);
    m.put("bn", BengaliAnalyzer::new);
    m.put("ca", CatalanAnalyzer::new);
    m.put("ckb", SoraniAnalyzer::new);
    m.put("cs", CzechAnalyzer::new);
    m.put("da", DanishAnalyzer::new);
    m.put("de", GermanAnalyzer::new);
    m.put("el", GreekAnalyzer::new);
    m.put("en", EnglishAnalyzer::new);
    m.put("es", SpanishAnalyzer::new);
    m.put("et", EstonianAnalyzer::new);
    m.put("eu", BasqueAnalyzer::new);
    m.put("fa", PersianAnalyzer::new);
    m.put("fi", FinnishAnalyzer::new);
    m.put("fr", FrenchAnalyzer::new);
    m.put("ga", IrishAnalyzer::new);
    m.put("gl", GalicianAnalyzer::new);
    m.put("hi", HindiAnalyzer::new);
    m.put("hu", HungarianAnalyzer::new);
    m.put("hy", ArmenianAnalyzer::new);
    m.put("id", IndonesianAnalyzer::new);
    m.put("it", ItalianAnalyzer::new);
    m.put("ja", CJKAnalyzer::new);
    m.put("ko", CJKAnalyzer::new);
    m.put("lt", LithuanianAnalyzer::new);
    m.put("lv", LatvianAnalyzer::new);
    m.put("ne", NepaliAnalyzer::new);
    m.put("nl", DutchAnalyzer::new);
    m.put("no", NorwegianAnalyzer::new);
    m.put("pl", PolishAnalyzer::new);
    m.put("pt", PortugueseAnalyzer::new);
    m.put("ro", RomanianAnalyzer::new);
    m.put("ru", RussianAnalyzer::new);
    m.put("sr", SerbianAnalyzer::new);
    m.put("sv", SwedishAnalyzer::new);
    m.put("ta", TamilAnalyzer::new);
    m.put("te", TeluguAnalyzer::new);
    m.put("th", ThaiAnalyzer::new);
    m.put("tr", TurkishAnalyzer::new);
    m.put("zh", CJKAnalyzer::new);
    return Collections.unmodifiableMap(m);
  }

  /**
   * Returns the languages with an analyzer of their own (stop words and a stemmer), sorted. Every
   * other ISO 639-1 code gets the generic analyzer.
   *
   * @return an unmodifiable set of ISO 639 codes
   */
  public static SortedSet<String> supportedLanguages() {
    return SUPPORTED;
  }

  /**
   * Normalizes a language tag to the code used here: lower case, primary subtag only, legacy codes
   * replaced ({@code "iw"} by {@code "he"}).
   *
   * @param language a language tag such as {@code "en"}, {@code "EN-us"} or {@code "pt_BR"}
   * @return the normalized code
   * @throws NullPointerException if {@code language} is null
   * @throws IllegalArgumentException if the language is neither an ISO 639-1 code nor one of
   *     {@link #supportedLanguages()}
   */
  public static String normalize(String language) {
    Objects.requireNonNull(language, "language");
    String code = language.strip().toLowerCase(Locale.ROOT);
    int sep = indexOfSeparator(code);
    if (sep >= 0) {
      code = code.substring(0, sep);
    }
    code = switch (code) {
      case "iw" -> "he";
      case "in" -> "id";
      case "ji" -> "yi";
      default -> code;
    };
    if (!FACTORIES.containsKey(code) && !ISO_639_1.contains(code)) {
      throw new IllegalArgumentException(
          "unsupported language: '" + language + "'; expected an ISO 639-1 code such as en, de or pl");
    }
    return code;
  }

  private static int indexOfSeparator(String code) {
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '-' || c == '_') {
        return i;
      }
    }
    return -1;
  }

  /**
   * Creates a new analyzer for a language, with Lucene's default stop words and stemmer for it, or
   * the generic analyzer (no stop words, no stemming) for a language without its own. The caller
   * owns it and should close it when done.
   *
   * @param language an ISO 639-1 language tag (see {@link #normalize(String)})
   * @return a new analyzer
   * @throws NullPointerException if {@code language} is null
   * @throws IllegalArgumentException if the language is not supported
   */
  public static Analyzer forLanguage(String language) {
    Supplier<Analyzer> factory = FACTORIES.get(normalize(language));
    return factory != null ? factory.get() : new StandardAnalyzer(CharArraySet.EMPTY_SET);
  }

  /**
   * Creates a new analyzer that keeps only content words: the analyzer of {@link
   * #forLanguage(String)}, except that English removes its function words (pronouns,
   * determiners, auxiliary and modal verbs, prepositions, conjunctions, 183 words) instead of
   * Lucene's default English stop set (33 words, a list for search indexes). The other
   * languages' Lucene analyzers already remove a full stop list (Snowball's for most European
   * languages) and are the same as {@code forLanguage}'s.
   *
   * <p>The built-in algorithms other than {@code tfidf} analyze with it: they compare sentences by
   * the words they share or weigh words by their frequency, and in English the short list leaves
   * words such as "he", "was" and "would" to decide both. The caller owns the analyzer and should
   * close it when done.
   *
   * @param language an ISO 639-1 language tag (see {@link #normalize(String)})
   * @return a new analyzer
   * @throws NullPointerException if {@code language} is null
   * @throws IllegalArgumentException if the language is not supported
   * @since 0.1
   */
  public static Analyzer forContentWords(String language) {
    return normalize(language).equals("en")
        ? new EnglishAnalyzer(EnglishFunctionWords.set())
        : forLanguage(language);
  }

  /** The English function words, read once from {@code function-words-en.txt}. */
  private static final class EnglishFunctionWords {
    static final List<String> WORDS = read("function-words-en.txt");

    static CharArraySet set() {
      return new CharArraySet(WORDS, false);
    }

    private static List<String> read(String resource) {
      try (InputStream in = Analyzers.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing word list " + resource);
        }
        List<String> words = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          String word = line.strip();
          if (!word.isEmpty() && !word.startsWith("#")) {
            words.add(word);
          }
        }
        return List.copyOf(words);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read word list " + resource, e);
      }
    }
  }
}
