package io.github.tldr4j.summarizer.scoring;

import io.github.tldr4j.summarizer.analysis.AnalyzedText;
import io.github.tldr4j.summarizer.text.Sentence;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Edmundson's method: cue words, title words and location, added up.
 *
 * <p>Immutable and thread-safe.
 */
final class EdmundsonScorer implements SentenceScorer {

  /*
   * Edmundson, H. P. (1969). New Methods in Automatic Extracting. Journal of the ACM 16(2),
   * pp. 264-285. Four methods, each a score per sentence, combined linearly:
   *
   *   cue:      bonus words count +1, stigma words -1, null words (all others) 0: the Cue
   *             Dictionary. The words are per-language data files, edmundson/<language>.txt
   *             next to this class (en, de, fr, es); a word matches a sentence's lower-cased
   *             words exactly, or by prefix for an entry ending in "*". All the files are read
   *             together, since a scorer does not know the text's language and the lists hardly
   *             overlap; a language without a file gets no cue score. The files hold stigma
   *             words only (see below).
   *   key:      frequent content words. Edmundson found that it lowered the quality of the
   *             extracts and left it out of his preferred combination, Cue + Title + Location;
   *             so does this scorer (sumy's default key weight is 0 too).
   *   title:    the Title Glossary is the title's terms (analyzed: stemmed, stop words removed);
   *             a sentence's title weight is, in the paper's words, the sum of the title weights
   *             of its constituent words: every occurrence of a glossary term counts 1 (headings
   *             are not known here, so there is no lower heading weight); 0 without a title.
   *   location: the ordinal part: +1 for a sentence in the first paragraph, or else +1 in the
   *             last; +1 for the first sentence of its paragraph, or else +1 for the last (sumy's
   *             four ordinal weights, each 1, in sumy's either-or form: at most 2).
   *
   * The three are added with weight 1 each, as raw counts, the way the paper and sumy combine
   * them (sumy's default cue, title and location weights are 1, key 0): one cue word counts as
   * much as one title word or one ordinal bonus. (An earlier version scaled the cue to [-1, 1] by
   * its largest value in the text and weighed location 2 of 4: a single cue word anywhere then
   * counted as much as the whole lead position. Raw counts raised ROUGE-1 at 3 sentences from
   * 31.94 to 33.45 on CNN/DailyMail and from 46.46 to 48.26 on BBC News.) Counting every
   * occurrence of a title word instead of each distinct one raised BBC News from 47.90 / 48.29 to
   * 48.65 / 49.09 (odd / even halves).
   *
   * Which cue words. Edmundson did not write his Cue Dictionary by hand: he compiled it from a
   * training corpus of scientific articles and their target extracts, a word becoming a bonus
   * word when it occurred more often in the extracted sentences than in the text, a stigma word
   * when less often, and a null word otherwise. It is a property of that genre. No such corpus
   * stands behind a list written for any text, so the shipped files keep only the class whose
   * meaning does not depend on the genre: stigma words (hedges such as "perhaps", "might",
   * "apparently"; belittling words such as "minor"; incidental ones such as "meanwhile"), which
   * mark a statement the writer does not commit to or sets aside. The bonus classes of the paper
   * (superlatives, value, conclusion and causality terms) mark the findings of a scientific
   * article, but news and web text use them in any paragraph: in the development sets a
   * hand-written English bonus list of 29 such words ("first", "show*", "because", "found",
   * "important", "biggest", ...) matched 14% of the sentences of CNN/DailyMail and 17% of BBC
   * News, and each match lifted a middle sentence above the second sentence of the lead (even
   * at half weight, where it only broke ties of location, CNN/DailyMail stayed at 34.01). ROUGE-1 at 3 sentences, whole set and odd /
   * even halves:
   *
   *                          CNN/DailyMail             BBC News
   *   bonus and stigma       33.44 (33.31 / 33.58)     48.85 (48.63 / 49.07)
   *   stigma only (shipped)  36.24 (36.27 / 36.22)     48.37 (48.21 / 48.52)
   *   no cue words           36.20 (36.23 / 36.17)     48.39 (48.27 / 48.51)
   *   sumy (location only)   35.71 (35.66 / 35.76)     41.56 (41.78 / 41.35)
   *
   * sumy's command line, which made the peer runs in the shared reference data, takes its cue
   * words from the text's upper-case heading lines or else from sumy's built-in defaults, which
   * are Czech: on English news its cue method does nothing, and its Edmundson is the location
   * method alone (the first, second and last sentences of an unparagraphed text; the peer runs
   * had no title either). A "+" line in a file still counts +1, for a genre whose bonus words
   * were compiled the paper's way. Also tried and left out: Edmundson's anaphoric expressions
   * (he, she, it, they, ...) as stigma words (with the bonus list: 32.75 / 32.57 and 46.29 /
   * 46.68); the paper's additive ordinal weights, where a one-sentence paragraph gets both the
   * first- and the last-sentence weight (BBC News moved by less than 0.05).
   *
   * Cost: O(characters + T): one pass over each sentence's text for the cue words and one over its
   * terms for the title.
   */

  /** Cue words of every language file: +1 bonus, -1 stigma. */
  static final Map<String, Integer> CUE_WORDS;

  /** Bonus and stigma prefixes (entries ending in "*"). */
  static final List<String> BONUS_PREFIXES;

  static final List<String> STIGMA_PREFIXES;

  /** The languages with a cue word file. */
  static final List<String> CUE_LANGUAGES = List.of("en", "de", "fr", "es");

  static {
    Map<String, Integer> words = new HashMap<>();
    List<String> bonus = new ArrayList<>();
    List<String> stigma = new ArrayList<>();
    for (String language : CUE_LANGUAGES) {
      for (String line : read("edmundson/" + language + ".txt")) {
        String entry = line.strip();
        if (entry.isEmpty() || entry.startsWith("#")) {
          continue;
        }
        int sign = entry.charAt(0) == '+' ? 1 : entry.charAt(0) == '-' ? -1 : 0;
        if (sign == 0 || entry.length() < 2) {
          throw new IllegalStateException("bad cue word entry in edmundson/" + language + ".txt: " + entry);
        }
        String word = entry.substring(1).toLowerCase(Locale.ROOT);
        if (word.endsWith("*")) {
          (sign > 0 ? bonus : stigma).add(word.substring(0, word.length() - 1));
        } else {
          words.put(word, sign);
        }
      }
    }
    CUE_WORDS = Map.copyOf(words);
    BONUS_PREFIXES = List.copyOf(bonus);
    STIGMA_PREFIXES = List.copyOf(stigma);
    CUE_STARTS = new Starts(CUE_WORDS.keySet(), BONUS_PREFIXES, STIGMA_PREFIXES);
  }

  /** The first two characters of the cue words and prefixes. */
  private static final Starts CUE_STARTS;

  @Override
  public double[] score(AnalyzedText text, double share) {
    int n = text.sentenceCount();
    double[] scores = new double[n];
    if (n == 0) {
      return scores;
    }
    List<Sentence> sentences = text.sentences();
    int[] titleIds = text.titleTermIds();
    boolean[] inTitle = new boolean[text.vocabularySize()];
    for (int t : titleIds) {
      inTitle[t] = true;
    }
    int[] ids = text.termIds();
    int firstParagraph = sentences.get(0).paragraph();
    int lastParagraph = sentences.get(n - 1).paragraph();
    for (int i = 0; i < n; i++) {
      int titleHits = 0;
      for (int k = text.termStart(i), end = text.termStart(i + 1); k < end; k++) {
        if (inTitle[ids[k]]) {
          titleHits++;
        }
      }
      int paragraph = sentences.get(i).paragraph();
      boolean firstInParagraph = i == 0 || sentences.get(i - 1).paragraph() != paragraph;
      boolean lastInParagraph = i == n - 1 || sentences.get(i + 1).paragraph() != paragraph;
      int location =
          (paragraph == firstParagraph || paragraph == lastParagraph ? 1 : 0)
              + (firstInParagraph || lastInParagraph ? 1 : 0);
      scores[i] = cue(sentences.get(i).text()) + titleHits + location;
    }
    return scores;
  }

  /**
   * The sum of the cue words' signs over a sentence's lower-cased letter runs. A run whose first
   * two characters no cue word or prefix starts with ({@link Starts}) is not looked up: nearly
   * every run of a text, each of which was a new string, a hash and a pass over the prefixes; and
   * ASCII letters are told at once, without Character's tables. Same sums; on BBC News (1,007
   * stories) the scorer took 37 ms instead of 109 with the quick compiler (73 with the lookups
   * alone left out).
   */
  static int cue(String sentence) {
    int sum = 0;
    String lower = sentence.toLowerCase(Locale.ROOT);
    int length = lower.length();
    int k = 0;
    while (k < length) {
      int c = codePointAt(lower, k);
      k += Character.charCount(c);
      if (!isLetter(c)) {
        continue;
      }
      int start = k - Character.charCount(c);
      while (k < length) {
        int d = codePointAt(lower, k);
        if (!isLetter(d) && d != '-') {
          break;
        }
        k += Character.charCount(d);
      }
      if (!CUE_STARTS.mayStart(lower, start, k)) {
        continue;
      }
      String word = lower.substring(start, k);
      Integer sign = CUE_WORDS.get(word);
      if (sign != null) {
        sum += sign;
      } else if (startsWithAny(word, BONUS_PREFIXES)) {
        sum++;
      } else if (startsWithAny(word, STIGMA_PREFIXES)) {
        sum--;
      }
    }
    return sum;
  }

  /**
   * Which pairs of first two characters (ASCII) a cue word or prefix may start a word with: a word
   * of two ASCII characters or more whose pair is not one of them matches no cue word (an exact
   * word shares its first two characters, or its one character and the word's end) and no prefix
   * (a prefix shares its first two characters, or its one); any other word is looked up.
   * Immutable.
   */
  static final class Starts {
    /** The pair (first, second or 0 at the word's end) at bit first * 128 + second. */
    private final long[] pairs = new long[128 * 128 / 64];

    private final boolean lookUpAll;

    Starts(Iterable<String> words, List<String> bonus, List<String> stigma) {
      boolean all = false;
      for (String word : words) {
        all |= !add(word, word.length() < 2 ? 0 : word.charAt(1));
      }
      for (List<String> prefixes : List.of(bonus, stigma)) {
        for (String prefix : prefixes) {
          if (prefix.length() < 2) {
            for (char second = 0; second < 128 && !all; second++) {
              all |= !add(prefix, second);
            }
          } else {
            all |= !add(prefix, prefix.charAt(1));
          }
        }
      }
      lookUpAll = all;
    }

    /** Sets the pair of the word's first character and {@code second}; false if it cannot. */
    private boolean add(String word, char second) {
      if (word.isEmpty()) {
        return false; // an empty prefix starts every word
      }
      if (word.charAt(0) < 128 && second < 128) { // else the words it may match are looked up
        int bit = word.charAt(0) * 128 + second;
        pairs[bit >>> 6] |= 1L << bit;
      }
      return true;
    }

    /** Whether the word {@code s[start, end)} (not empty) may be or start with a cue word. */
    boolean mayStart(String s, int start, int end) {
      char first = s.charAt(start);
      char second = end - start < 2 ? 0 : s.charAt(start + 1);
      if (lookUpAll || first >= 128 || second >= 128) {
        return true;
      }
      int bit = first * 128 + second;
      return (pairs[bit >>> 6] & 1L << bit) != 0;
    }
  }

  /** {@link String#codePointAt}: the character itself unless it is a high surrogate. */
  private static int codePointAt(String s, int k) {
    char c = s.charAt(k);
    return Character.isHighSurrogate(c) ? s.codePointAt(k) : c;
  }

  /** {@link Character#isLetter(int)}, answered at once for ASCII (the letters A-Z and a-z). */
  private static boolean isLetter(int c) {
    if (c < 128) {
      int letter = (c | 0x20) - 'a';
      return letter >= 0 && letter < 26;
    }
    return Character.isLetter(c);
  }

  private static boolean startsWithAny(String word, List<String> prefixes) {
    for (String prefix : prefixes) {
      if (word.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> read(String resource) {
    try (InputStream in = EdmundsonScorer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing cue word file " + resource);
      }
      List<String> lines = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(line);
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read cue word file " + resource, e);
    }
  }

  @Override
  public String toString() {
    return "edmundson";
  }
}
