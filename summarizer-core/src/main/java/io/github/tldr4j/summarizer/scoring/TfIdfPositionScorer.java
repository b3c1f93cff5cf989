package io.github.tldr4j.summarizer.scoring;

import io.github.tldr4j.summarizer.ScoringWeights;
import io.github.tldr4j.summarizer.analysis.AnalyzedText;
import io.github.tldr4j.summarizer.internal.Parallel;
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
 * idf"). The keyword and centrality features of a sentence weigh each term by its occurrences in
 * the rest of the document ({@code tf(t)} less the sentence's own), so that words the sentence
 * alone uses add nothing (issue 15). Runs in time linear in the number of tokens; immutable and
 * thread-safe.
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

  /**
   * In a document longer than {@link #LEAD_SPAN} sentences, the lead bias blends the stretched
   * {@code 1 / (1 + i / k)} with a slow decline over the whole text, {@code 1 / (1 + SPREAD_DECAY
   * * i / n)} (the last sentence gets a sixth of the first's), the decline weighing up to {@link
   * #SPREAD_WEIGHT} times as much as the lead: {@code s = SPREAD_WEIGHT * (1 - LEAD_SPAN / n)}, so
   * {@code s} grows from 0 at 40 sentences and every shorter document scores as before (issue 15,
   * third round). In an encyclopedia article of 200 sentences the stretched lead alone all but
   * vanishes after the first fifth, and a 30% extract was filled from the whole article alike,
   * although what a short account of the subject says comes more from the article's first half
   * than from its second (on Klexikon's dev references, a sixth from the first 5% of the article,
   * then a density that halves towards the end).
   */
  static final double SPREAD_WEIGHT = 2.0;

  /** How fast the decline over a long document falls: {@code 1 / (1 + SPREAD_DECAY * i / n)}. */
  static final double SPREAD_DECAY = 5.0;

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
   * Column of the lead-bias feature, {@code 1 / (1 + index)}. For a document of {@code n > 40}
   * sentences it is stretched to {@code 1 / (1 + index * 40 / n)} and blended with a decline over
   * the whole document: {@code (1 / (1 + index * 40 / n) + s / (1 + 5 * index / n)) / (1 + s)}
   * with {@code s = 2 * (1 - 40 / n)}, so that the second half of a long article ranks below its
   * first half (see {@link #SPREAD_WEIGHT}).
   */
  public static final int POSITION = 2;
  /** Column of the paragraph-start indicator. */
  public static final int PARAGRAPH_START = 3;
  /** Column of the title-overlap feature. */
  public static final int TITLE = 4;
  /** Column of the sentence-length feature. */
  public static final int LENGTH = 5;
  /**
   * Column of the conciseness feature, {@code 1 - min(1, words / 60)}; in a document of more than
   * 40 sentences, 0 for a sentence with a parenthetical aside, an opening bracket {@code (}, {@code
   * [} or their full-width forms (issue 15, third round). What an encyclopedia article puts in
   * brackets (a pronunciation, an older name, a date, an abbreviation, a cross-reference) is the
   * detail a short account of it leaves out, and a long document has other sentences to choose.
   * Klexikon at ratio 0.3: ROUGE-1 +0.4, on both halves of the dev set. In a news story of a few
   * dozen sentences a bracket more often holds a fact the summary needs (an age, a party, a
   * figure): applied to every document, the rule cost BBC News 0.2 to 0.5 and OrangeSum 0.2
   * ROUGE-2, so shorter documents keep the length alone.
   */
  public static final int BREVITY = 6;
  /**
   * Column of the frequency feature: the sum, over the sentence's tokens, of the term's other
   * occurrences in the document; in a document of more than 40 sentences, their mean per token
   * (issue 15). In a long article the main terms recur in nearly every sentence, so the sum
   * grows with the sentence's length more than with what it says, and a 30% extract filled by it
   * is a few long sentences of detail; the mean keeps Luhn's measure of significance without the
   * length. Klexikon at ratio 0.3, on both halves of the development set: +0.2 to +0.3 on ROUGE-1,
   * ROUGE-2 and ROUGE-L; news of 40 sentences or fewer scores as before.
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
    // a long text's rows on several threads (Parallel): each score is computed as on one
    Parallel.forRanges(
        n,
        Parallel.ranges(Parallel.sharesSentences(n)),
        (from, to) -> {
          for (int i = from, row = from * FEATURES; i < to; i++, row += FEATURES) {
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
        });
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
    return features(text, Parallel.ranges(Parallel.sharesTerms(text.termIds().length)));
  }

  /**
   * Adds the frequencies of the ranges after the first to the first's {@code tf} and {@code df}:
   * a long text's (a method of its own, which a short text never calls and the quick compiler then
   * does not compile).
   */
  private static void addRanges(List<int[][]> counted, int[] tf, int[] df) {
    for (int r = 1; r < counted.size(); r++) {
      int[] rangeTf = counted.get(r)[0];
      int[] rangeDf = counted.get(r)[1];
      for (int t = 0; t < tf.length; t++) {
        tf[t] += rangeTf[t];
        df[t] += rangeDf[t];
      }
    }
  }

  /**
   * Computes the features, the sentences read in {@code ranges} ranges on this thread and the
   * common pool: each sentence's features are computed as on one thread, and the sums and maxima
   * merged are exact, so the matrix is the same for any number of ranges.
   */
  static double[] features(AnalyzedText text, int ranges) {
    int n = text.sentenceCount();
    double[] features = new double[n * FEATURES];
    if (n == 0) {
      return features;
    }
    int vocabulary = text.vocabularySize();

    // term and document frequencies
    List<int[][]> counted =
        Parallel.map(
            ranges,
            r -> frequencies(text, vocabulary, n * r / ranges, n * (r + 1) / ranges));
    int[] tf = counted.get(0)[0];
    int[] df = counted.get(0)[1];
    if (ranges > 1) {
      addRanges(counted, tf, df);
    }
    int maxTf = 0;
    for (int t = 0; t < vocabulary; t++) {
      maxTf = Math.max(maxTf, tf[t]);
    }
    // every log below is of a count: tf, df + 1, n + 1, or a part of tf
    double[] logs = logs(Math.max(maxTf, n + 1));
    double[] idf = new double[vocabulary];
    double[] weight = new double[vocabulary];
    double logN = log(logs, n + 1);
    double documentSquares = 0.0; // the squared norm of the document's vector
    for (int t = 0; t < vocabulary; t++) {
      idf[t] = 1.0 + logN - log(logs, df[t] + 1);
      weight[t] = (1.0 + log(logs, tf[t])) * idf[t];
      documentSquares += weight[t] * weight[t];
    }

    boolean[] inTitle = new boolean[vocabulary];
    for (int t : text.titleTermIds()) {
      inTitle[t] = true;
    }
    Scores scores = new Scores(text, tf, logs, idf, weight, documentSquares, inTitle, features);
    List<double[]> maxima =
        Parallel.map(ranges, r -> scores.rows(n * r / ranges, n * (r + 1) / ranges));
    double maxKeywords = 0.0;
    double maxCentrality = 0.0;
    double maxFrequency = 0.0;
    for (double[] max : maxima) {
      maxKeywords = Math.max(maxKeywords, max[0]);
      maxCentrality = Math.max(maxCentrality, max[1]);
      maxFrequency = Math.max(maxFrequency, max[2]);
    }
    scaleColumn(features, KEYWORDS, maxKeywords);
    scaleColumn(features, CENTRALITY, maxCentrality);
    scaleColumn(features, FREQUENCY, maxFrequency);
    return features;
  }

  /**
   * The term and document frequencies of sentences {@code from .. to - 1}: {@code {tf, df}}, one
   * entry per term of the vocabulary.
   */
  private static int[][] frequencies(AnalyzedText text, int vocabulary, int from, int to) {
    int[] ids = text.termIds();
    int[] tf = new int[vocabulary];
    int[] df = new int[vocabulary];
    // the sentence a term was last counted in
    int[] lastSeen = new int[vocabulary];
    Arrays.fill(lastSeen, -1);
    for (int i = from; i < to; i++) {
      for (int k = text.termStart(i), end = text.termStart(i + 1); k < end; k++) {
        int t = ids[k];
        tf[t]++;
        if (lastSeen[t] != i) {
          lastSeen[t] = i;
          df[t]++;
        }
      }
    }
    return new int[][] {tf, df};
  }

  /** The features of rows of the matrix, from the document's statistics. Thread-safe. */
  private static final class Scores {
    private final AnalyzedText text;
    private final int[] tf;
    private final double[] logs;
    private final double[] idf;
    private final double[] weight;
    private final double documentSquares;
    private final boolean[] inTitle;
    private final double[] features;

    Scores(
        AnalyzedText text,
        int[] tf,
        double[] logs,
        double[] idf,
        double[] weight,
        double documentSquares,
        boolean[] inTitle,
        double[] features) {
      this.text = text;
      this.tf = tf;
      this.logs = logs;
      this.idf = idf;
      this.weight = weight;
      this.documentSquares = documentSquares;
      this.inTitle = inTitle;
      this.features = features;
    }

    /**
     * Fills the rows of sentences {@code from .. to - 1} (the keyword, centrality and frequency
     * columns before scaling); returns their maxima, {@code {keywords, centrality, frequency}}.
     */
    double[] rows(int from, int to) {
      int n = text.sentenceCount();
      int[] ids = text.termIds();
      int[] titleIds = text.titleTermIds();
      int[] localCount = new int[tf.length];
      double maxKeywords = 0.0;
      double maxCentrality = 0.0;
      double maxFrequency = 0.0;
      List<Sentence> sentences = text.sentences();
      int previousParagraph = from == 0 ? -1 : sentences.get(from - 1).paragraph();
      double leadScale = Math.max(1.0, n / LEAD_SPAN);
      boolean longDocument = n > LEAD_SPAN;
      double spread = longDocument ? SPREAD_WEIGHT * (1.0 - LEAD_SPAN / n) : 0.0;
      for (int i = from, row = from * FEATURES; i < to; i++, row += FEATURES) {
        int start = text.termStart(i);
        int end = text.termStart(i + 1);
        double mass = 0;
        for (int k = start; k < end; k++) {
          localCount[ids[k]]++;
          mass += tf[ids[k]] - 1; // the term's other occurrences in the document
        }
        if (longDocument && end > start) {
          mass /= end - start; // per term: see FREQUENCY
        }
        maxFrequency = Math.max(maxFrequency, mass);
        features[row + FREQUENCY] = mass;
        // keywords and centrality look at the rest of the document: a term's weight there comes
        // from its occurrences outside this sentence, so that a sentence's own rare words (a name
        // mentioned once) do not make it look central (issue 15)
        double sum = 0.0;
        double dot = 0.0;
        double norm = 0.0;
        double restSquares = documentSquares;
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
          int other = tf[t] - c;
          double rest = other > 0 ? (1.0 + log(logs, other)) * idf[t] : 0.0;
          sum += rest;
          double v = (1.0 + log(logs, c)) * idf[t];
          dot += v * rest;
          norm += v * v;
          restSquares += rest * rest - weight[t] * weight[t];
          if (inTitle[t]) {
            titleHits++;
          }
        }
        double keywords = distinct == 0 ? 0.0 : sum / Math.sqrt(distinct);
        double centrality =
            dot <= 0.0 || norm <= 0.0 || restSquares <= 0.0
                ? 0.0
                : dot / Math.sqrt(norm * restSquares);
        maxKeywords = Math.max(maxKeywords, keywords);
        maxCentrality = Math.max(maxCentrality, centrality);
        int paragraph = sentences.get(i).paragraph();
        features[row + KEYWORDS] = keywords;
        features[row + CENTRALITY] = centrality;
        features[row + POSITION] = position(i, n, leadScale, spread);
        features[row + PARAGRAPH_START] = paragraph != previousParagraph ? 1.0 : 0.0;
        features[row + TITLE] = titleIds.length == 0 ? 0.0 : (double) titleHits / titleIds.length;
        features[row + LENGTH] = Math.min(1.0, text.wordCount(i) / FULL_LENGTH_WORDS);
        features[row + BREVITY] =
            longDocument && hasAside(sentences.get(i).text())
                ? 0.0
                : 1.0 - Math.min(1.0, text.wordCount(i) / LONG_WORDS);
        previousParagraph = paragraph;
      }
      return new double[] {maxKeywords, maxCentrality, maxFrequency};
    }
  }

  /** The most counts whose logs {@link #logs} takes in advance. */
  static final int LOGGED_COUNTS = 1 << 12;

  /**
   * {@code Math.log(k)} for the counts k from 0 to {@code largest} (at most {@link
   * #LOGGED_COUNTS}), taken once per text: the features took two logs per term of the vocabulary
   * and two per distinct term of each sentence, of small counts that repeat (about 800 logs for a
   * news story, of some 40 numbers), and those logs were most of the scorer's time.
   */
  static double[] logs(int largest) {
    double[] logs = new double[Math.min(largest, LOGGED_COUNTS) + 1];
    for (int k = 0; k < logs.length; k++) {
      logs[k] = Math.log(k);
    }
    return logs;
  }

  /** {@code Math.log(k)}, from {@code logs} when it holds it. */
  static double log(double[] logs, int k) {
    return k < logs.length ? logs[k] : Math.log(k);
  }

  /** Whether a sentence holds a parenthetical aside: an opening bracket, see {@link #BREVITY}. */
  static boolean hasAside(String sentence) {
    return sentence.indexOf('(') >= 0
        || sentence.indexOf('[') >= 0
        || sentence.indexOf('\uFF08') >= 0
        || sentence.indexOf('\uFF3B') >= 0;
  }

  /** The lead bias of sentence {@code i} of {@code n}: see {@link #POSITION}. */
  private static double position(int i, int n, double leadScale, double spread) {
    double lead = 1.0 / (1.0 + i / leadScale);
    return spread == 0.0
        ? lead
        : (lead + spread / (1.0 + SPREAD_DECAY * i / n)) / (1.0 + spread);
  }

  private static void scaleColumn(double[] features, int column, double max) {
    if (max > 0.0) {
      for (int k = column; k < features.length; k += FEATURES) {
        features[k] /= max;
      }
    }
  }
}
