package io.github.tldr4j.summarizer.scoring;

import io.github.tldr4j.summarizer.ScoringWeights;
import io.github.tldr4j.summarizer.analysis.AnalyzedText;
import java.util.List;
import java.util.Objects;

/**
 * Scores sentences by TF-IDF and position: the weighted sum of the features described in {@link
 * ScoringWeights}, each scaled to [0, 1] within the document.
 *
 * <p>Term weights come from the document itself, each sentence counting as a document for the
 * inverse document frequency: {@code w(t) = (1 + ln tf(t)) * (1 + ln((N + 1) / (df(t) + 1)))} for a
 * text of {@code N} sentences, where {@code tf} counts occurrences in the whole text and {@code df}
 * the sentences containing the term (smoothed as in Salton and Buckley 1988; sklearn's "smooth
 * idf"). Runs in time linear in the number of tokens; stateless and thread-safe.
 *
 * <p>Not part of the stable API: the {@code io.github.tldr4j.summarizer} package is.
 *
 * @since 0.1
 */
public final class TfIdfPositionScorer {

  /** Sentences shorter than this many words get a proportional length penalty. */
  static final double FULL_LENGTH_WORDS = 12.0;

  private TfIdfPositionScorer() {}

  /**
   * Scores every sentence of {@code text}.
   *
   * @param text the analyzed text
   * @param weights the feature weights
   * @return one score per sentence, finite and non-negative
   * @throws NullPointerException if an argument is null
   */
  public static double[] score(AnalyzedText text, ScoringWeights weights) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(weights, "weights");
    int n = text.sentenceCount();
    double[] scores = new double[n];
    if (n == 0) {
      return scores;
    }
    int[] ids = text.termIds();
    int vocabulary = text.vocabularySize();

    // term and document frequencies; lastSeen marks the sentence a term was last counted in
    int[] tf = new int[vocabulary];
    int[] df = new int[vocabulary];
    int[] lastSeen = new int[vocabulary];
    java.util.Arrays.fill(lastSeen, -1);
    for (int i = 0; i < n; i++) {
      for (int k = text.termStart(i), end = text.termStart(i + 1); k < end; k++) {
        int t = ids[k];
        tf[t]++;
        if (lastSeen[t] != i) {
          lastSeen[t] = i;
          df[t]++;
        }
      }
    }
    double[] idf = new double[vocabulary];
    double[] weight = new double[vocabulary];
    double logN = Math.log(n + 1.0);
    for (int t = 0; t < vocabulary; t++) {
      idf[t] = 1.0 + logN - Math.log(df[t] + 1.0);
      weight[t] = (1.0 + Math.log(tf[t])) * idf[t];
    }
    // the document vector: tf-idf of the whole text
    double documentNorm = 0.0;
    for (int t = 0; t < vocabulary; t++) {
      documentNorm += weight[t] * weight[t];
    }
    documentNorm = Math.sqrt(documentNorm);

    double[] keywords = new double[n];
    double[] centrality = new double[n];
    double[] title = new double[n];
    boolean[] inTitle = new boolean[vocabulary];
    int[] titleIds = text.titleTermIds();
    for (int t : titleIds) {
      inTitle[t] = true;
    }
    int[] localCount = new int[vocabulary];
    java.util.Arrays.fill(lastSeen, -1);
    for (int i = 0; i < n; i++) {
      int start = text.termStart(i);
      int end = text.termStart(i + 1);
      for (int k = start; k < end; k++) {
        int t = ids[k];
        if (lastSeen[t] != i) {
          lastSeen[t] = i;
          localCount[t] = 0;
        }
        localCount[t]++;
      }
      double sum = 0.0;
      double dot = 0.0;
      double norm = 0.0;
      int distinct = 0;
      int titleHits = 0;
      for (int k = start; k < end; k++) {
        int t = ids[k];
        int c = localCount[t];
        if (c == 0) {
          continue; // already counted this term in this sentence
        }
        localCount[t] = 0;
        distinct++;
        sum += weight[t];
        double v = (1.0 + Math.log(c)) * idf[t];
        dot += v * weight[t];
        norm += v * v;
        if (inTitle[t]) {
          titleHits++;
        }
      }
      keywords[i] = distinct == 0 ? 0.0 : sum / Math.sqrt(distinct);
      centrality[i] = norm <= 0.0 || documentNorm <= 0.0 ? 0.0 : dot / (Math.sqrt(norm) * documentNorm);
      title[i] = titleIds.length == 0 ? 0.0 : (double) titleHits / titleIds.length;
    }
    scaleToUnit(keywords);
    scaleToUnit(centrality);

    List<io.github.tldr4j.summarizer.text.Sentence> sentences = text.sentences();
    int previousParagraph = -1;
    for (int i = 0; i < n; i++) {
      int paragraph = sentences.get(i).paragraph();
      double paragraphStart = paragraph != previousParagraph ? 1.0 : 0.0;
      previousParagraph = paragraph;
      double length = Math.min(1.0, text.wordCount(i) / FULL_LENGTH_WORDS);
      scores[i] =
          weights.keywords() * keywords[i]
              + weights.centrality() * centrality[i]
              + weights.position() / (1.0 + i)
              + weights.paragraphStart() * paragraphStart
              + weights.title() * title[i]
              + weights.length() * length;
    }
    return scores;
  }

  private static void scaleToUnit(double[] values) {
    double max = 0.0;
    for (double v : values) {
      max = Math.max(max, v);
    }
    if (max > 0.0) {
      for (int i = 0; i < values.length; i++) {
        values[i] /= max;
      }
    }
  }
}
