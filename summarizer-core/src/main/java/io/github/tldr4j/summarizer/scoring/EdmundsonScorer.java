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
   *   cue:      bonus words count +1, stigma words -1 (the Cue Dictionary: bonus words are
   *             superlatives, conclusions, value and causality terms; stigma words hedges,
   *             belittling and incidental expressions). The words are per-language data files,
   *             edmundson/<language>.txt next to this class (en, de, fr, es); a word matches a
   *             sentence's lower-cased words exactly, or by prefix for an entry ending in "*".
   *             All the files are read together, since a scorer does not know the text's language
   *             and the lists hardly overlap; a language without a file gets no cue score.
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
   * 31.94 to 33.45 on CNN/DailyMail and from 46.46 to 48.26 on BBC News.)
   *
   * sumy's command line, which made the peer runs in the shared reference data, takes its cue
   * words from the text's upper-case heading lines or else from sumy's built-in defaults, which
   * are Czech: on English news its cue method does nothing, and its Edmundson is the location
   * method alone (the first, second and last sentences of an unparagraphed text; the peer runs
   * had no title either). Measured at 3 sentences, ROUGE-1 on the odd and even halves of the
   * development sets: without cue words this scorer gives CNN/DailyMail 36.23 / 36.17 and BBC
   * News 47.77 / 47.68, with them 33.31 / 33.58 and 47.90 / 48.29. The cue method costs 2.8 points
   * on CNN/DailyMail, whose reference highlights follow the lead, so there this scorer stays
   * below sumy's location-only run; it is kept because the paper's preferred combination has it.
   * Tried and left out: Edmundson's anaphoric expressions (he, she, it, they, ...) as stigma
   * words (32.75 / 32.57 and 46.29 / 46.68); the paper's additive ordinal weights, where a
   * one-sentence paragraph gets both the first- and the last-sentence weight (BBC News moved by
   * less than 0.05). Counting every occurrence of a title word instead of each distinct one
   * raised BBC News from 47.90 / 48.29 to 48.65 / 49.09.
   *
   * Cost: O(characters + T): one pass over each sentence's text for the cue words and one over its
   * terms for the title.
   */

  /** Cue words of every language file: +1 bonus, -1 stigma. */
  private static final Map<String, Integer> CUE_WORDS;

  /** Bonus and stigma prefixes (entries ending in "*"). */
  private static final List<String> BONUS_PREFIXES;

  private static final List<String> STIGMA_PREFIXES;

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
  }

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

  /** The sum of the cue words' signs over a sentence's lower-cased letter runs. */
  static int cue(String sentence) {
    int sum = 0;
    String lower = sentence.toLowerCase(Locale.ROOT);
    int k = 0;
    while (k < lower.length()) {
      int c = lower.codePointAt(k);
      if (!Character.isLetter(c)) {
        k += Character.charCount(c);
        continue;
      }
      int start = k;
      while (k < lower.length()
          && (Character.isLetter(lower.codePointAt(k)) || lower.charAt(k) == '-')) {
        k += Character.charCount(lower.codePointAt(k));
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
