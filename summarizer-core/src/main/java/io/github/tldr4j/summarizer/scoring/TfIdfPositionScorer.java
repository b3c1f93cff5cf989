package io.github.tldr4j.summarizer.scoring;

import io.github.tldr4j.summarizer.ScoringWeights;
import io.github.tldr4j.summarizer.analysis.AnalyzedText;
import io.github.tldr4j.summarizer.text.Sentence;
import java.util.Arrays;
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
 * idf"). Runs in time linear in the number of tokens; immutable and thread-safe.
 *
 * <p>Not part of the stable API: the {@code io.github.tldr4j.summarizer} package is.
 *
 * @since 0.1
 */
public final class TfIdfPositionScorer implements SentenceScorer {

  /** Sentences shorter than this many words get a proportional length penalty. */
  static final double FULL_LENGTH_WORDS = 12.0;

  /** Sentences of this many words or more get no conciseness bonus. */
  static final double LONG_WORDS = 60.0;

  /**
   * Documents longer than this many sentences get a lead bias stretched to their length: {@code 1
   * / (1 + i / k)} with {@code k = sentences / LEAD_SPAN} (issue 15). A news story (14 to 40
   * sentences) keeps {@code 1 / (1 + i)}; in a 200-sentence encyclopedia article that would favour
   * the first five sentences only, and a summary of 30% of it would be chosen as if position did
   * not matter. Chosen on the development sets among 20, 40 and 60 (Klexikon at ratio 0.3 from
   * 27.81 to 28.17 ROUGE-1, English unchanged within 0.06).
   */
  static final double LEAD_SPAN = 40.0;

  private final ScoringWeights weights;

  private TfIdfPositionScorer(ScoringWeights weights) {
    this.weights = weights;
  }

  /**
   * Returns the scorer with these weights: {@link #score(AnalyzedText, ScoringWeights, double)} as
   * a {@link SentenceScorer}, with the weights' {@link ScoringWeights#redundancy() redundancy}
   * penalty for the selection. {@link Algorithm#TFIDF} is this scorer with the default weights.
   *
   * @param weights the feature weights
   * @return the scorer, immutable and thread-safe
   * @throws NullPointerException if {@code weights} is null
   */
  public static TfIdfPositionScorer of(ScoringWeights weights) {
    return new TfIdfPositionScorer(Objects.requireNonNull(weights, "weights"));
  }

  /**
   * Scores every sentence with this scorer's weights.
   *
   * @param text the analyzed text
   * @param share the share of the document the summary may keep, see {@link #combine}
   * @return one score per sentence, finite and non-negative
   * @throws NullPointerException if {@code text} is null
   */
  @Override
  public double[] score(AnalyzedText text, double share) {
    return score(text, weights, share);
  }

  /**
   * Returns the weights' redundancy penalty.
   *
   * @return {@code weights.redundancy()}
   */
  @Override
  public double redundancy() {
    return weights.redundancy();
  }

  /**
   * Returns the weights.
   *
   * @return the feature weights
   */
  public ScoringWeights weights() {
    return weights;
  }

  @Override
  public String toString() {
    return "tfidf" + weights;
  }

  /** Column of the keyword-density feature in the {@link #features} matrix. */
  public static final int KEYWORDS = 0;
  /** Column of the centrality feature. */
  public static final int CENTRALITY = 1;
  /**
   * Column of the lead-bias feature, {@code 1 / (1 + index)}, stretched for documents of more than
   * 40 sentences to {@code 1 / (1 + index * 40 / sentences)}.
   */
  public static final int POSITION = 2;
  /** Column of the paragraph-start indicator. */
  public static final int PARAGRAPH_START = 3;
  /** Column of the title-overlap feature. */
  public static final int TITLE = 4;
  /** Column of the sentence-length feature. */
  public static final int LENGTH = 5;
  /** Column of the conciseness feature. */
  public static final int BREVITY = 6;
  /**
   * Column of the frequency feature: the sum, over the sentence's tokens, of the term's other
   * occurrences in the document.
   */
  public static final int FREQUENCY = 7;
  /** Number of feature columns. */
  public static final int FEATURES = 8;

  /**
   * Scores every sentence of {@code text}: the weighted sum of its {@link #features}.
   *
   * @param text the analyzed text
   * @param weights the feature weights
   * @param share the share of the document the summary may keep, see {@link #combine}
   * @return one score per sentence, finite and non-negative
   * @throws NullPointerException if an argument is null
   */
  public static double[] score(AnalyzedText text, ScoringWeights weights, double share) {
    Objects.requireNonNull(weights, "weights");
    return combine(features(text), weights, share);
  }

  /**
   * The share of a document that a summary may keep: the smaller of the word ceiling over the
   * document's words and the sentence ceiling over its sentences, at most 1.
   *
   * @param maxWords the word ceiling
   * @param maxSentences the sentence ceiling
   * @param words the document's words
   * @param sentences the document's sentences
   * @return the share, in [0, 1]; 1 for a document without words or sentences
   */
  public static double budgetShare(int maxWords, int maxSentences, int words, int sentences) {
    double share = 1.0;
    if (words > 0) {
      share = Math.min(share, (double) Math.max(0, maxWords) / words);
    }
    if (sentences > 0) {
      share = Math.min(share, (double) Math.max(0, maxSentences) / sentences);
    }
    return share;
  }

  /**
   * Combines a feature matrix with weights. The frequency weight is multiplied by the cube of
   * {@code share}, the part of the document the summary may keep (see {@link #budgetShare}): a long
   * extract should cover what the document says most often, while a short one is better served by
   * the lead and by concise sentences.
   *
   * @param features the matrix from {@link #features}
   * @param weights the feature weights
   * @param share the budget's share of the document, in [0, 1]
   * @return one score per sentence
   */
  public static double[] combine(double[] features, ScoringWeights weights, double share) {
    double frequency = weights.frequency() * share * share * share;
    int n = features.length / FEATURES;
    double[] scores = new double[n];
    for (int i = 0, row = 0; i < n; i++, row += FEATURES) {
      scores[i] =
          weights.keywords() * features[row + KEYWORDS]
              + weights.centrality() * features[row + CENTRALITY]
              + weights.position() * features[row + POSITION]
              + weights.paragraphStart() * features[row + PARAGRAPH_START]
              + weights.title() * features[row + TITLE]
              + weights.length() * features[row + LENGTH]
              + weights.brevity() * features[row + BREVITY]
              + frequency * features[row + FREQUENCY];
    }
    return scores;
  }

  /**
   * Computes the features of every sentence, each in [0, 1], as a row-major matrix: the feature
   * {@code f} of sentence {@code i} is at {@code i * FEATURES + f}.
   *
   * @param text the analyzed text
   * @return the feature matrix, {@code sentenceCount() * FEATURES} values
   * @throws NullPointerException if {@code text} is null
   */
  public static double[] features(AnalyzedText text) {
    Objects.requireNonNull(text, "text");
    int n = text.sentenceCount();
    double[] features = new double[n * FEATURES];
    if (n == 0) {
      return features;
    }
    int[] ids = text.termIds();
    int vocabulary = text.vocabularySize();
    // One loop per method: each runs once over a long text and is compiled while it runs
    // (on-stack replacement) together with the rest of its method, so small methods keep those
    // compilations small.
    int[] tf = new int[vocabulary];
    int[] df = new int[vocabulary];
    countTerms(text, ids, tf, df);
    double[] idf = new double[vocabulary];
    double[] weight = new double[vocabulary];
    double documentNorm = weigh(tf, df, Math.log(n + 1.0), idf, weight);
    boolean[] inTitle = new boolean[vocabulary];
    for (int t : text.titleTermIds()) {
      inTitle[t] = true;
    }
    fillRows(text, ids, tf, idf, weight, documentNorm, inTitle, features);
    scaleColumn(features, KEYWORDS);
    scaleColumn(features, CENTRALITY);
    scaleColumn(features, FREQUENCY);
    return features;
  }

  /**
   * Term and document frequencies: {@code tf[t]} occurrences of term {@code t}, in {@code df[t]}
   * sentences.
   */
  private static void countTerms(AnalyzedText text, int[] ids, int[] tf, int[] df) {
    // lastSeen marks the sentence a term was last counted in
    int[] lastSeen = new int[tf.length];
    Arrays.fill(lastSeen, -1);
    for (int i = 0, n = text.sentenceCount(); i < n; i++) {
      for (int k = text.termStart(i), end = text.termStart(i + 1); k < end; k++) {
        int t = ids[k];
        tf[t]++;
        if (lastSeen[t] != i) {
          lastSeen[t] = i;
          df[t]++;
        }
      }
    }
  }

  /** Fills each term's idf and document weight; returns the norm of the document's vector. */
  private static double weigh(int[] tf, int[] df, double logN, double[] idf, double[] weight) {
    double documentNorm = 0.0;
    for (int t = 0; t < tf.length; t++) {
      idf[t] = 1.0 + logN - Math.log(df[t] + 1.0);
      weight[t] = (1.0 + Math.log(tf[t])) * idf[t];
      documentNorm += weight[t] * weight[t];
    }
    return Math.sqrt(documentNorm);
  }

  /** Fills the feature rows, with the keyword, centrality and frequency columns not yet scaled. */
  private static void fillRows(
      AnalyzedText text,
      int[] ids,
      int[] tf,
      double[] idf,
      double[] weight,
      double documentNorm,
      boolean[] inTitle,
      double[] features) {
    int n = text.sentenceCount();
    int titleTerms = text.titleTermIds().length;
    int[] localCount = new int[tf.length];
    List<Sentence> sentences = text.sentences();
    int previousParagraph = -1;
    double leadScale = Math.max(1.0, n / LEAD_SPAN);
    for (int i = 0, row = 0; i < n; i++, row += FEATURES) {
      int start = text.termStart(i);
      int end = text.termStart(i + 1);
      long mass = 0;
      for (int k = start; k < end; k++) {
        localCount[ids[k]]++;
        mass += tf[ids[k]] - 1; // the term's other occurrences in the document
      }
      features[row + FREQUENCY] = mass;
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
      double keywords = distinct == 0 ? 0.0 : sum / Math.sqrt(distinct);
      double centrality =
          norm <= 0.0 || documentNorm <= 0.0 ? 0.0 : dot / (Math.sqrt(norm) * documentNorm);
      int paragraph = sentences.get(i).paragraph();
      features[row + KEYWORDS] = keywords;
      features[row + CENTRALITY] = centrality;
      features[row + POSITION] = 1.0 / (1.0 + i / leadScale);
      features[row + PARAGRAPH_START] = paragraph != previousParagraph ? 1.0 : 0.0;
      features[row + TITLE] = titleTerms == 0 ? 0.0 : (double) titleHits / titleTerms;
      features[row + LENGTH] = Math.min(1.0, text.wordCount(i) / FULL_LENGTH_WORDS);
      features[row + BREVITY] = 1.0 - Math.min(1.0, text.wordCount(i) / LONG_WORDS);
      previousParagraph = paragraph;
    }
  }

  /** Divides a column by its maximum, when that is positive. */
  private static void scaleColumn(double[] features, int column) {
    double max = 0.0;
    for (int k = column; k < features.length; k += FEATURES) {
      max = Math.max(max, features[k]);
    }
    if (max > 0.0) {
      for (int k = column; k < features.length; k += FEATURES) {
        features[k] /= max;
      }
    }
  }
}
