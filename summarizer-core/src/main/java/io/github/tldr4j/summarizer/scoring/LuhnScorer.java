package io.github.tldr4j.summarizer.scoring;

import io.github.tldr4j.summarizer.analysis.AnalyzedText;

/**
 * Luhn's significance: a sentence scores by its densest cluster of significant words.
 *
 * <p>Immutable and thread-safe.
 */
final class LuhnScorer implements SentenceScorer {

  /*
   * Luhn, H. P. (1958). The Automatic Creation of Literature Abstracts. IBM Journal of Research
   * and Development 2(2), pp. 159-165.
   *
   * Significant words are the document's frequent content words: Luhn cut off the most common
   * words with a stop list and the rare ones by frequency; as in sumy (significant_percentage = 1),
   * every analyzed term (stemmed, stop words removed by the Lucene analyzer) that occurs more than
   * once is significant. A cluster is a run of terms that starts and ends with a significant word
   * and holds no gap of MAX_GAP or more non-significant terms; its value is (significant words)^2
   * / (terms in the cluster), and a cluster of one significant word is worth 0 (sumy's rule). A
   * sentence scores its best cluster. Luhn and sumy count the gap (4) in words, stop words
   * included; here it is counted in analyzed terms, the content words (Analyzers.forContentWords), so a
   * gap of 4 terms spans a few more words than Luhn's 4 words. On the development sets at 3 sentences, a gap of 2
   * terms gave CNN/DailyMail ROUGE-1 33.36 and BBC 53.37, the gap of 4 32.87 and 55.40: the
   * paper's value is kept. Counting the gap and the cluster's length in words as Luhn does (stop
   * words and numbers included, from the analyzer's position increments) was measured too, with
   * the 183-word content-word list: ROUGE-1 at 3 sentences fell on both sets, CNN/DailyMail 34.67
   * to 34.52 (odd / even halves 34.63 / 34.71 to 34.54 / 34.50) and BBC News 55.80 to 52.08 (55.99
   * / 55.60 to 52.46 / 51.70): with function words in the window, clusters break and lengthen on
   * words that carry nothing, so the count stays in terms (and AnalyzedText keeps no positions).
   *
   * Cost: O(T) for T tokens: one pass to count, one pass over each sentence's terms.
   */

  /** Non-significant terms in a row that end a cluster. */
  static final int MAX_GAP = 4;

  @Override
  public double[] score(AnalyzedText text, double share) {
    int n = text.sentenceCount();
    int[] ids = text.termIds();
    int[] tf = new int[text.vocabularySize()];
    for (int k = 0, end = text.termStart(n); k < end; k++) {
      tf[ids[k]]++;
    }
    double[] scores = new double[n];
    for (int i = 0; i < n; i++) {
      double best = 0.0;
      int clusterStart = -1;
      int lastSignificant = -1;
      int significant = 0;
      for (int k = text.termStart(i), end = text.termStart(i + 1); k <= end; k++) {
        boolean isSignificant = k < end && tf[ids[k]] > 1;
        if (clusterStart >= 0 && (k == end || (!isSignificant && k - lastSignificant >= MAX_GAP))) {
          // the cluster ends at its last significant word
          if (significant > 1) {
            best = Math.max(best, (double) significant * significant / (lastSignificant - clusterStart + 1));
          }
          clusterStart = -1;
          significant = 0;
        }
        if (isSignificant) {
          if (clusterStart < 0) {
            clusterStart = k;
          }
          lastSignificant = k;
          significant++;
        }
      }
      scores[i] = best;
    }
    return scores;
  }

  @Override
  public String toString() {
    return "luhn";
  }
}
