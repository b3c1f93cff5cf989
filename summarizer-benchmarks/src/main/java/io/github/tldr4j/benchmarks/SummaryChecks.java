package io.github.tldr4j.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Counts the summary sentences a reader would object to (issue 16), independently of how the
 * library avoids them:
 *
 * <ul>
 *   <li><b>repeated</b>: the same as an earlier sentence of the same summary once lower-cased with
 *       everything but letters and digits dropped, or nearly the same: at least 80% of its word
 *       pairs (consecutive lower-cased words of letters and digits) occur in one earlier sentence;
 *   <li><b>unbalanced quotes</b>: an odd number of double quotation marks ({@code " “ ” „ « »});
 *   <li><b>colon</b>: ends with a colon, closing quotes and brackets aside;
 *   <li><b>short</b>: fewer than three words with a letter or a digit.
 * </ul>
 *
 * <p>Mutable, not thread-safe: add summaries from one thread.
 */
final class SummaryChecks {

  private static final double NEAR_SHARE = 0.8;

  private int summaries;
  private int sentences;
  private int repeated;
  private int summariesWithRepeats;
  private int unbalancedQuotes;
  private int colon;
  private int shortSentences;

  /** Adds the sentences of one summary. */
  void add(List<String> summary) {
    summaries++;
    sentences += summary.size();
    List<List<String>> earlier = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int repeats = 0;
    for (String sentence : summary) {
      List<String> words = words(sentence);
      String key = String.join("", words);
      if (!seen.add(key) || nearlyRepeats(words, earlier)) {
        repeats++;
      }
      earlier.add(words);
      if (quotationMarks(sentence) % 2 != 0) {
        unbalancedQuotes++;
      }
      if (endsWithColon(sentence)) {
        colon++;
      }
      if (words.size() < 3) {
        shortSentences++;
      }
    }
    repeated += repeats;
    if (repeats > 0) {
      summariesWithRepeats++;
    }
  }

  int repeated() {
    return repeated;
  }

  int summariesWithRepeats() {
    return summariesWithRepeats;
  }

  int unbalancedQuotes() {
    return unbalancedQuotes;
  }

  int colon() {
    return colon;
  }

  int shortSentences() {
    return shortSentences;
  }

  /** One line for the table report. */
  String describe() {
    return String.format(
        Locale.ROOT,
        "tldr4j sentences: %d in %d summaries; %d repeated (in %d summaries), %d with unbalanced"
            + " quotation marks, %d ending with a colon, %d under three words",
        sentences,
        summaries,
        repeated,
        summariesWithRepeats,
        unbalancedQuotes,
        colon,
        shortSentences);
  }

  ObjectNode json() {
    ObjectNode node = Reports.JSON.createObjectNode();
    node.put("sentences", sentences);
    node.put("repeated", repeated);
    node.put("summariesWithRepeats", summariesWithRepeats);
    node.put("unbalancedQuotes", unbalancedQuotes);
    node.put("endingWithColon", colon);
    node.put("underThreeWords", shortSentences);
    return node;
  }

  /** Lower-cased runs of letters and digits. */
  static List<String> words(String sentence) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < sentence.length(); ) {
      int cp = sentence.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        word.appendCodePoint(Character.toLowerCase(cp));
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  private static boolean nearlyRepeats(List<String> words, List<List<String>> earlier) {
    if (words.size() < 2) {
      return false;
    }
    for (List<String> other : earlier) {
      Set<String> pairs = new HashSet<>();
      for (int k = 1; k < other.size(); k++) {
        pairs.add(other.get(k - 1) + ' ' + other.get(k));
      }
      int hits = 0;
      for (int k = 1; k < words.size(); k++) {
        if (pairs.contains(words.get(k - 1) + ' ' + words.get(k))) {
          hits++;
        }
      }
      if (hits >= NEAR_SHARE * (words.size() - 1)) {
        return true;
      }
    }
    return false;
  }

  static int quotationMarks(String sentence) {
    int marks = 0;
    for (int i = 0; i < sentence.length(); i++) {
      if ("\"\u201C\u201D\u201E\u00AB\u00BB".indexOf(sentence.charAt(i)) >= 0) {
        marks++;
      }
    }
    return marks;
  }

  static boolean endsWithColon(String sentence) {
    for (int i = sentence.length() - 1; i >= 0; i--) {
      char c = sentence.charAt(i);
      if (Character.isWhitespace(c) || "\"'\u201D\u2019\u00BB)]".indexOf(c) >= 0) {
        continue;
      }
      return c == ':' || c == '\uFF1A';
    }
    return false;
  }
}
