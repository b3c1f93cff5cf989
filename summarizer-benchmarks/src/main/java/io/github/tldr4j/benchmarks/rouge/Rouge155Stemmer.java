package io.github.tldr4j.benchmarks.rouge;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stemmer of ROUGE-1.5.5's {@code -m} option: a WordNet 2.0 exception look-up, then the Porter
 * algorithm with ROUGE's own change to step 4.
 *
 * <p>Instances are immutable and safe for use by multiple concurrent threads.
 */
final class Rouge155Stemmer {
  /*
   * What ROUGE-1.5.5 does with a lower-cased token of more than 3 characters (shorter tokens are
   * left alone; the caller checks the length):
   *
   * 1. If the token is an irregular form in the WordNet 2.0 exception lists, return the first base
   *    form given. The lists are read in the order adj, adv, noun, verb, a later list overriding an
   *    earlier one (so "better" -> "well", not "good").
   * 2. Otherwise apply the Porter algorithm [1] as in Martin Porter's Perl "Release 1" [2] (which
   *    includes the bli -> ble and logi -> log departures of his C version), except for step 4,
   *    which Chin-Yew Lin changed on 2004-02-14. After the one-suffix rule of step 4 (whose list
   *    keeps "ement" but drops "ment" and "ent"), ROUGE tries "-ment" and then "-ent" on the
   *    result, and "(s|t)ion" only when the word does not then end in "ent"; each removal needs
   *    m > 1. So "agreement" -> "agreem", where standard Porter (and Lucene's PorterStemmer) gives
   *    "agreement". This is why the Lucene stemmer cannot be used here.
   *
   * The Perl code matches suffixes with regular expressions; a list of alternatives anchored at
   * the end matches its longest applicable member, which is what longestSuffix() returns. Its
   * consonant/vowel classes ("y" is a vowel after a consonant, a leading "y" is a consonant) are
   * those of consonant() below.
   *
   * [1] M.F. Porter, An algorithm for suffix stripping, Program 14(3), 1980, pp. 130-137.
   * [2] https://tartarus.org/martin/PorterStemmer/
   */

  private static final String[] EXCEPTION_FILES = {"adj.exc", "adv.exc", "noun.exc", "verb.exc"};

  private static final String[] STEP2_SUFFIXES = {
    "ational", "tional", "enci", "anci", "izer", "bli", "alli", "entli", "eli", "ousli", "ization",
    "ation", "ator", "alism", "iveness", "fulness", "ousness", "aliti", "iviti", "biliti", "logi"
  };
  private static final String[] STEP2_REPLACEMENTS = {
    "ate", "tion", "ence", "ance", "ize", "ble", "al", "ent", "e", "ous", "ize", "ate", "ate", "al",
    "ive", "ful", "ous", "al", "ive", "ble", "log"
  };
  private static final String[] STEP3_SUFFIXES = {
    "icate", "ative", "alize", "iciti", "ical", "ful", "ness"
  };
  private static final String[] STEP3_REPLACEMENTS = {"ic", "", "al", "ic", "ic", "", ""};
  private static final String[] STEP4_SUFFIXES = {
    "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ou", "ism", "ate", "iti",
    "ous", "ive", "ize"
  };

  private static final Rouge155Stemmer INSTANCE = new Rouge155Stemmer(loadExceptions());

  private final Map<String, String> exceptions;

  private Rouge155Stemmer(Map<String, String> exceptions) {
    this.exceptions = Map.copyOf(exceptions);
  }

  /** Returns the shared instance, with the bundled WordNet 2.0 exception lists. */
  static Rouge155Stemmer instance() {
    return INSTANCE;
  }

  /**
   * Stems a lower-case token as ROUGE-1.5.5 does for tokens longer than 3 characters.
   *
   * @param token a lower-case token
   * @return the WordNet base form if {@code token} is an irregular form, else its Porter stem
   */
  String stem(String token) {
    String base = exceptions.get(requireNonNull(token, "token"));
    return base != null ? base : porter(token);
  }

  /** Number of irregular forms known, for tests. */
  int exceptionCount() {
    return exceptions.size();
  }

  /**
   * The Porter stem of {@code word} with ROUGE-1.5.5's step 4, without the exception look-up.
   *
   * @param word a lower-case word
   * @return its stem; words of fewer than 3 characters are returned unchanged
   */
  static String porter(String word) {
    if (word.length() < 3) {
      return word;
    }
    StringBuilder w = new StringBuilder(word);
    boolean initialY = w.charAt(0) == 'y';
    if (initialY) {
      w.setCharAt(0, 'Y'); // a leading y is a consonant, and no rule below matches 'Y'
    }
    step1ab(w);
    step1c(w);
    replaceLongest(w, STEP2_SUFFIXES, STEP2_REPLACEMENTS, 0);
    replaceLongest(w, STEP3_SUFFIXES, STEP3_REPLACEMENTS, 0);
    step4(w);
    step5(w);
    if (initialY) {
      w.setCharAt(0, 'y');
    }
    return w.toString();
  }

  private static void step1ab(StringBuilder w) {
    int n = w.length();
    if (endsWith(w, "sses") || endsWith(w, "ies")) {
      w.setLength(n - 2);
    } else if (n >= 2 && w.charAt(n - 1) == 's' && w.charAt(n - 2) != 's') {
      w.setLength(n - 1);
    }
    n = w.length();
    if (endsWith(w, "eed")) {
      if (measure(w, n - 3) > 0) {
        w.setLength(n - 1);
      }
      return;
    }
    int suffix = endsWith(w, "ed") ? 2 : endsWith(w, "ing") ? 3 : 0;
    if (suffix == 0 || !hasVowel(w, n - suffix)) {
      return;
    }
    w.setLength(n - suffix);
    n = w.length();
    if (endsWith(w, "at") || endsWith(w, "bl") || endsWith(w, "iz")) {
      w.append('e');
    } else if (n >= 2
        && w.charAt(n - 1) == w.charAt(n - 2)
        && "aeiouylsz".indexOf(w.charAt(n - 1)) < 0) {
      w.setLength(n - 1);
    } else if (isShortSyllable(w, n)) {
      w.append('e');
    }
  }

  private static void step1c(StringBuilder w) {
    int n = w.length();
    if (w.charAt(n - 1) == 'y' && hasVowel(w, n - 1)) {
      w.setCharAt(n - 1, 'i');
    }
  }

  /** Replaces the longest matching suffix if the measure of what precedes it exceeds minMeasure. */
  private static void replaceLongest(
      StringBuilder w, String[] suffixes, String[] replacements, int minMeasure) {
    int match = longestSuffix(w, suffixes);
    if (match >= 0) {
      int stem = w.length() - suffixes[match].length();
      if (measure(w, stem) > minMeasure) {
        w.setLength(stem);
        w.append(replacements[match]);
      }
    }
  }

  private static void step4(StringBuilder w) {
    int match = longestSuffix(w, STEP4_SUFFIXES);
    if (match >= 0) {
      removeIfMeasureAbove1(w, STEP4_SUFFIXES[match].length());
    }
    if (endsWith(w, "ment")) {
      removeIfMeasureAbove1(w, 4);
    }
    int n = w.length();
    if (endsWith(w, "ent")) {
      removeIfMeasureAbove1(w, 3);
    } else if (n >= 4 && endsWith(w, "ion") && (w.charAt(n - 4) == 's' || w.charAt(n - 4) == 't')) {
      removeIfMeasureAbove1(w, 3);
    }
  }

  private static void removeIfMeasureAbove1(StringBuilder w, int suffixLength) {
    int stem = w.length() - suffixLength;
    if (measure(w, stem) > 1) {
      w.setLength(stem);
    }
  }

  private static void step5(StringBuilder w) {
    int n = w.length();
    if (n > 0 && w.charAt(n - 1) == 'e') {
      int m = measure(w, n - 1);
      if (m > 1 || (m == 1 && !isShortSyllable(w, n - 1))) {
        w.setLength(n - 1);
      }
    }
    n = w.length();
    if (endsWith(w, "ll") && measure(w, n) > 1) {
      w.setLength(n - 1);
    }
  }

  /** Index of the longest suffix of {@code w} in {@code suffixes}, or -1. */
  private static int longestSuffix(CharSequence w, String[] suffixes) {
    int best = -1;
    for (int i = 0; i < suffixes.length; i++) {
      if (endsWith(w, suffixes[i])
          && (best < 0 || suffixes[i].length() > suffixes[best].length())) {
        best = i;
      }
    }
    return best;
  }

  private static boolean endsWith(CharSequence w, String suffix) {
    int offset = w.length() - suffix.length();
    if (offset < 0) {
      return false;
    }
    for (int i = 0; i < suffix.length(); i++) {
      if (w.charAt(offset + i) != suffix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Porter's consonant test: a, e, i, o, u are vowels; y is a vowel after a consonant. */
  private static boolean consonant(CharSequence w, int i) {
    switch (w.charAt(i)) {
      case 'a':
      case 'e':
      case 'i':
      case 'o':
      case 'u':
        return false;
      case 'y':
        return i == 0 || !consonant(w, i - 1);
      default:
        return true;
    }
  }

  /** Porter's m: the number of vowel-consonant sequences in the first {@code end} characters. */
  private static int measure(CharSequence w, int end) {
    int m = 0;
    boolean previousVowel = false;
    for (int i = 0; i < end; i++) {
      boolean vowel = !consonant(w, i);
      if (previousVowel && !vowel) {
        m++;
      }
      previousVowel = vowel;
    }
    return m;
  }

  private static boolean hasVowel(CharSequence w, int end) {
    for (int i = 0; i < end; i++) {
      if (!consonant(w, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the first {@code end} characters are a consonant sequence, one vowel and a final
   * consonant other than w, x or y (Perl: {@code /^${C}${v}[^aeiouwxy]$/}).
   */
  private static boolean isShortSyllable(CharSequence w, int end) {
    if (end < 3) {
      return false;
    }
    char last = w.charAt(end - 1);
    if ("aeiouwxy".indexOf(last) >= 0 || consonant(w, end - 2)) {
      return false;
    }
    for (int i = 0; i < end - 2; i++) {
      if (!consonant(w, i)) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, String> loadExceptions() {
    Map<String, String> map = new HashMap<>();
    for (String file : EXCEPTION_FILES) {
      String resource = "wordnet/" + file;
      try (InputStream in = Rouge155Stemmer.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("Missing resource: " + resource);
        }
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          List<String> fields = List.of(line.trim().split("\\s+"));
          if (fields.size() >= 2) {
            map.put(fields.get(0), fields.get(1)); // later files override, as in ROUGE-1.5.5
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + resource, e);
      }
    }
    return map;
  }
}
