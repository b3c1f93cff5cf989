package io.github.tldr4j.summarizer;

import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * The statistics sentence of {@link CompressionStats#describe(Locale)} in each language it is
 * written in: a sentence pattern, the word forms with the language's plural rule, and the locale's
 * number and percent formats (from the JDK's CLDR data).
 *
 * <p>Plural rules follow the CLDR cardinal rules for whole numbers: English, German, Spanish,
 * Italian and Dutch use the singular for 1 only; French and Brazilian Portuguese for 0 and 1
 * (European Portuguese for 1 only); Russian has three forms (1, 21, 101: {@code слово}; 2-4, 22-24:
 * {@code слова}; 0, 5-20, 25-30: {@code слов}). Spanish and European Portuguese group digits only
 * from five digits on ({@code 1234}, {@code 12.345}), as CLDR's minimum grouping digits say; the
 * JDK's formats do not apply that rule, so it is applied here. Stateless and thread-safe.
 */
final class StatsSentence {

  /** Pattern and word forms of one language; {@code %1$s}, {@code %2$s}: counts with words. */
  private record Wording(String pattern, WordForms words) {}

  /** The form of "word" for a count; the locale decides between variants such as pt-BR/pt-PT. */
  @FunctionalInterface
  private interface WordForms {
    String of(int count, Locale locale);
  }

  private static final Wording ENGLISH =
      new Wording(
          "The original article contains %1$s, the summary contains %2$s. Saved %3$s.",
          twoForms(n -> n == 1, "word", "words"));

  private static final Map<String, Wording> WORDINGS =
      Map.of(
          "en", ENGLISH,
          "de",
          new Wording(
              "Der ursprüngliche Artikel enthält %1$s, die Zusammenfassung enthält %2$s."
                  + " Eingespart: %3$s.",
              twoForms(n -> n == 1, "Wort", "Wörter")),
          "fr",
          new Wording(
              "L’article original contient %1$s, le résumé contient %2$s. Soit %3$s de mots en"
                  + " moins.",
              twoForms(n -> n == 0 || n == 1, "mot", "mots")),
          "es",
          new Wording(
              "El artículo original contiene %1$s, el resumen contiene %2$s. Ahorro: %3$s.",
              twoForms(n -> n == 1, "palabra", "palabras")),
          "it",
          new Wording(
              "L’articolo originale contiene %1$s, il riassunto contiene %2$s. Risparmio: %3$s.",
              twoForms(n -> n == 1, "parola", "parole")),
          "pt",
          new Wording(
              "O artigo original contém %1$s, o resumo contém %2$s. Redução: %3$s.",
              (n, locale) ->
                  (isPortugal(locale) ? n == 1 : n == 0 || n == 1) ? "palavra" : "palavras"),
          "nl",
          new Wording(
              "Het oorspronkelijke artikel bevat %1$s, de samenvatting bevat %2$s. Bespaard: %3$s.",
              twoForms(n -> n == 1, "woord", "woorden")),
          "ru",
          new Wording(
              "Исходная статья содержит %1$s, краткое изложение — %2$s. Сокращение: %3$s.",
              (n, locale) -> russian(n)));

  private StatsSentence() {}

  private static WordForms twoForms(IntPredicate singular, String one, String other) {
    return (n, locale) -> singular.test(n) ? one : other;
  }

  private static boolean isPortugal(Locale locale) {
    return locale.getCountry().equals("PT");
  }

  /** CLDR's Russian cardinal categories for whole numbers: one, few, many. */
  static String russian(int n) {
    int mod10 = n % 10;
    int mod100 = n % 100;
    if (mod10 == 1 && mod100 != 11) {
      return "слово";
    }
    if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) {
      return "слова";
    }
    return "слов";
  }

  /**
   * Writes the statistics sentence; English (with English number formats) for a language without
   * a wording.
   */
  static String describe(CompressionStats stats, Locale locale) {
    Wording wording = WORDINGS.get(locale.getLanguage());
    if (wording == null) {
      wording = ENGLISH;
      locale = Locale.ENGLISH;
    }
    NumberFormat integers = NumberFormat.getIntegerInstance(locale);
    return String.format(
        Locale.ROOT,
        wording.pattern(),
        words(stats.originalWords(), wording, integers, locale),
        words(stats.summaryWords(), wording, integers, locale),
        percent(stats.savedPercent(), locale));
  }

  private static String words(int n, Wording wording, NumberFormat integers, Locale locale) {
    return number(n, integers, locale) + " " + wording.words().of(n, locale);
  }

  private static String number(int n, NumberFormat integers, Locale locale) {
    boolean minimumGroupingTwo =
        locale.getLanguage().equals("es")
            || (locale.getLanguage().equals("pt") && isPortugal(locale));
    if (minimumGroupingTwo && Math.abs(n) < 10_000) {
      return Integer.toString(n);
    }
    return integers.format(n);
  }

  private static String percent(int percent, Locale locale) {
    NumberFormat format = NumberFormat.getPercentInstance(locale);
    if (format instanceof DecimalFormat decimal) {
      decimal.setMultiplier(1); // the percentage is already a whole number of percent
      return decimal.format(percent);
    }
    return percent + "%";
  }
}
