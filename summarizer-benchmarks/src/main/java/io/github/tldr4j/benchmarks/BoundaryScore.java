package io.github.tldr4j.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Sentence-boundary counts of one segmenter over documents with gold sentences, as the README of
 * {@code shared/data/segmentation-ud} defines them: a boundary is the offset just after the last
 * non-space character of a sentence, the end of the text is never counted, and precision, recall
 * and F1 are micro-averaged over every boundary of every document. Also counts the recall on gold
 * boundaries after a terminator ({@code . ! ? … 。 ！ ？ ؟}, before closing quotes and brackets) and
 * the documents segmented exactly. Mutable, not thread-safe: one per segmenter and treebank.
 */
final class BoundaryScore {

  private static final String TERMINATORS = ".!?\u2026\u3002\uFF01\uFF1F\u061F";

  private long truePositives;
  private long predicted;
  private long goldCount;
  private long punctuatedGold;
  private long punctuatedFound;
  private int documents;
  private int exactDocuments;
  private int unaligned;

  /** The gold boundaries of one document and how many of its sentences could not be located. */
  record Gold(List<Integer> ends, int unaligned) {}

  /**
   * Returns the gold boundaries of {@code text}, locating each sentence in order (exactly, or else
   * with whitespace ignored); a sentence that cannot be found is skipped and counted as unaligned.
   */
  static Gold gold(String text, List<String> sentences) {
    List<Integer> ends = new ArrayList<>();
    int unaligned = 0;
    int cursor = 0;
    for (String sentence : sentences) {
      String trimmed = sentence.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      int at = text.indexOf(trimmed, cursor);
      int end;
      if (at >= 0) {
        end = at + trimmed.length();
      } else {
        end = alignIgnoringSpace(text, cursor, trimmed);
        if (end < 0) {
          unaligned++;
          continue;
        }
      }
      ends.add(end);
      cursor = end;
    }
    return new Gold(ends, unaligned);
  }

  /** Matches {@code sentence} at {@code from} (after leading whitespace) ignoring whitespace. */
  private static int alignIgnoringSpace(String text, int from, String sentence) {
    int t = from;
    while (t < text.length() && Character.isWhitespace(text.charAt(t))) {
      t++;
    }
    int s = 0;
    while (s < sentence.length()) {
      char c = sentence.charAt(s);
      if (Character.isWhitespace(c)) {
        s++;
        continue;
      }
      while (t < text.length() && Character.isWhitespace(text.charAt(t))) {
        t++;
      }
      if (t >= text.length() || text.charAt(t) != c) {
        return -1;
      }
      s++;
      t++;
    }
    return t;
  }

  /**
   * Adds one document.
   *
   * @param text the document
   * @param gold the gold boundaries (see {@link #gold})
   * @param predictedEnds the segmenter's sentence ends (offsets after the last non-space character)
   */
  void add(String text, Gold gold, List<Integer> predictedEnds) {
    unaligned += gold.unaligned();
    List<Integer> goldEnds = gold.ends();
    int textEnd = text.length();
    while (textEnd > 0 && Character.isWhitespace(text.charAt(textEnd - 1))) {
      textEnd--;
    }
    Set<Integer> goldSet = new TreeSet<>();
    Set<Integer> punctuated = new TreeSet<>();
    for (int end : goldEnds) {
      if (end >= textEnd) {
        continue;
      }
      goldSet.add(end);
      if (endsWithTerminator(text, end)) {
        punctuated.add(end);
      }
    }
    Set<Integer> predictedSet = new TreeSet<>();
    for (int end : predictedEnds) {
      if (end > 0 && end < textEnd) {
        predictedSet.add(end);
      }
    }
    int hits = 0;
    for (int end : predictedSet) {
      if (goldSet.contains(end)) {
        hits++;
      }
    }
    for (int end : punctuated) {
      if (predictedSet.contains(end)) {
        punctuatedFound++;
      }
    }
    truePositives += hits;
    predicted += predictedSet.size();
    goldCount += goldSet.size();
    punctuatedGold += punctuated.size();
    documents++;
    if (hits == goldSet.size() && hits == predictedSet.size()) {
      exactDocuments++;
    }
  }

  /** The sentence ending at {@code end} ends in a terminator before any closing quotes or brackets. */
  static boolean endsWithTerminator(String text, int end) {
    int p = end;
    while (p > 0 && isCloser(text.charAt(p - 1))) {
      p--;
    }
    return p > 0 && TERMINATORS.indexOf(text.charAt(p - 1)) >= 0;
  }

  private static boolean isCloser(char c) {
    int type = Character.getType(c);
    return c == '"' || c == '\'' || type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION;
  }

  double precision() {
    return predicted == 0 ? 0 : (double) truePositives / predicted;
  }

  double recall() {
    return goldCount == 0 ? 0 : (double) truePositives / goldCount;
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  double punctuatedRecall() {
    return punctuatedGold == 0 ? 0 : (double) punctuatedFound / punctuatedGold;
  }

  double exactShare() {
    return documents == 0 ? 0 : (double) exactDocuments / documents;
  }

  long goldBoundaries() {
    return goldCount;
  }

  int documents() {
    return documents;
  }

  int unaligned() {
    return unaligned;
  }

  /** Adds another score's counts to this one. */
  void addAll(BoundaryScore other) {
    truePositives += other.truePositives;
    predicted += other.predicted;
    goldCount += other.goldCount;
    punctuatedGold += other.punctuatedGold;
    punctuatedFound += other.punctuatedFound;
    documents += other.documents;
    exactDocuments += other.exactDocuments;
    unaligned += other.unaligned;
  }
}
