package io.github.tldr4j.summarizer.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.Set;
import java.util.WeakHashMap;
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

  /**
   * The codes of the languages with an analyzer of their own; {@link #create} has a case for
   * each. A switch rather than a map of constructor references: each reference is linked through
   * a method handle on first use, and 41 of them cost a short {@code tldr} run about 15 ms of CPU
   * at every start (issue 11).
   */
  private static final SortedSet<String> SUPPORTED =
      Collections.unmodifiableSortedSet(
          new TreeSet<>(
              List.of(
                  "ar", "bg", "bn", "ca", "ckb", "cs", "da", "de", "el", "en",
                  "es", "et", "eu", "fa", "fi", "fr", "ga", "gl", "hi", "hu",
                  "hy", "id", "it", "ja", "ko", "lt", "lv", "ne", "nl", "no",
                  "pl", "pt", "ro", "ru", "sr", "sv", "ta", "te", "th", "tr",
                  "zh")));

  /** The two-letter ISO 639-1 codes the JDK knows (with the legacy iw, in, ji). */
  private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

  /**
   * The English analyzers made here: none has stem exclusions, which an {@link EnglishAnalyzer}
   * does not tell, so {@link LatinAnalysis} knows their whole chain. Weak keys, compared by
   * identity (an analyzer does not override {@code equals}).
   */
  private static final Set<Analyzer> ENGLISH =
      Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

  private Analyzers() {}

  private static Analyzer english(EnglishAnalyzer analyzer) {
    ENGLISH.add(analyzer);
    return analyzer;
  }

  /** Whether {@code analyzer} is an English analyzer made here, without stem exclusions. */
  static boolean stemsEveryWord(Analyzer analyzer) {
    return ENGLISH.contains(analyzer);
  }

  /** A new analyzer of a language of {@link #supportedLanguages()}, or null for any other code. */
  private static Analyzer create(String code) {
    switch (code) {
      case "ar":
        return new ArabicAnalyzer();
      case "bg":
        return new BulgarianAnalyzer();
      case "bn":
        return new BengaliAnalyzer();
      case "ca":
        return new CatalanAnalyzer();
      case "ckb":
        return new SoraniAnalyzer();
      case "cs":
        return new CzechAnalyzer();
      case "da":
        return new DanishAnalyzer();
      case "de":
        return new GermanAnalyzer();
      case "el":
        return new GreekAnalyzer();
      case "en":
        return english(new EnglishAnalyzer());
      case "es":
        return new SpanishAnalyzer();
      case "et":
        return new EstonianAnalyzer();
      case "eu":
        return new BasqueAnalyzer();
      case "fa":
        return new PersianAnalyzer();
      case "fi":
        return new FinnishAnalyzer();
      case "fr":
        return new FrenchAnalyzer();
      case "ga":
        return new IrishAnalyzer();
      case "gl":
        return new GalicianAnalyzer();
      case "hi":
        return new HindiAnalyzer();
      case "hu":
        return new HungarianAnalyzer();
      case "hy":
        return new ArmenianAnalyzer();
      case "id":
        return new IndonesianAnalyzer();
      case "it":
        return new ItalianAnalyzer();
      case "ja":
        return new CJKAnalyzer();
      case "ko":
        return new CJKAnalyzer();
      case "lt":
        return new LithuanianAnalyzer();
      case "lv":
        return new LatvianAnalyzer();
      case "ne":
        return new NepaliAnalyzer();
      case "nl":
        return new DutchAnalyzer();
      case "no":
        return new NorwegianAnalyzer();
      case "pl":
        return new PolishAnalyzer();
      case "pt":
        return new PortugueseAnalyzer();
      case "ro":
        return new RomanianAnalyzer();
      case "ru":
        return new RussianAnalyzer();
      case "sr":
        return new SerbianAnalyzer();
      case "sv":
        return new SwedishAnalyzer();
      case "ta":
        return new TamilAnalyzer();
      case "te":
        return new TeluguAnalyzer();
      case "th":
        return new ThaiAnalyzer();
      case "tr":
        return new TurkishAnalyzer();
      case "zh":
        return new CJKAnalyzer();
      default:
        return null;
    }
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
    if (!SUPPORTED.contains(code) && !ISO_639_1.contains(code)) {
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
    Analyzer own = create(normalize(language));
    return own != null ? own : new StandardAnalyzer(CharArraySet.EMPTY_SET);
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
        ? english(new EnglishAnalyzer(EnglishFunctionWords.set()))
        : forLanguage(language);
  }

  /**
   * The English function words, read once from {@code function-words-en.txt} (compiled in, see
   * {@link AnalysisData}).
   */
  private static final class EnglishFunctionWords {
    static final List<String> WORDS = read("function-words-en");

    static CharArraySet set() {
      return new CharArraySet(WORDS, false);
    }

    private static List<String> read(String name) {
      String resource = name + ".txt";
      String data = AnalysisData.text(name);
      if (data == null) {
        throw new IllegalStateException("missing word list " + resource);
      }
      try {
        List<String> words = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new StringReader(data));
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
