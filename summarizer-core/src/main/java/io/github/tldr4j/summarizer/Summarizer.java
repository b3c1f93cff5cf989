package io.github.tldr4j.summarizer;

import io.github.tldr4j.summarizer.analysis.AnalyzedText;
import io.github.tldr4j.summarizer.analysis.Analyzers;
import io.github.tldr4j.summarizer.internal.CountedAnalysis;
import io.github.tldr4j.summarizer.internal.Parallel;
import io.github.tldr4j.summarizer.scoring.Algorithm;
import io.github.tldr4j.summarizer.scoring.BudgetedSelector;
import io.github.tldr4j.summarizer.scoring.SentenceScorer;
import io.github.tldr4j.summarizer.scoring.TfIdfPositionScorer;
import io.github.tldr4j.summarizer.text.Sentence;
import io.github.tldr4j.summarizer.text.SentenceSegmenter;
import io.github.tldr4j.summarizer.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;

/**
 * Extractive summarizer: picks the sentences of a text that matter, within a budget, and returns
 * them in document order with compression statistics.
 *
 * <p>The pipeline: a rule-based sentence segmenter for the language splits the text, keeping
 * character offsets; the language's Lucene analyzer (stop words, stemming; a generic one for a
 * language without its own) turns each sentence into terms; each sentence is scored by the chosen
 * {@link Algorithm} (by default TF-IDF and position, {@link ScoringWeights}) or by a caller's
 * {@link SentenceScorer}; the best sentences are chosen, best first, while they fit the {@link
 * Budget}, and put back in document order.
 *
 * <pre>{@code
 * static final Summarizer SUMMARIZER = Summarizer.builder().language("en").build();
 *
 * Summary summary = SUMMARIZER.summarize(article, Budget.words(100));
 * System.out.println(summary.text());
 * System.out.println(summary.stats().describe());
 * }</pre>
 *
 * <p>Instances are immutable and safe for use by multiple concurrent threads; build one and share
 * it. Results are deterministic: the same input and options give the same output on every run and
 * thread.
 *
 * @since 0.1
 */
public final class Summarizer {

  /** The budget {@link #rank(Document)} scores for: 30% of the words, the command line's default. */
  private static final Budget RANK_BUDGET = Budget.ratio(0.3);

  private final String language;
  private final SentenceSegmenter segmenter;
  private final Analyzer analyzer;
  private final boolean ownsAnalyzer;
  private final ScoringWeights weights;
  private final SentenceScorer scorer;

  private Summarizer(Builder builder) {
    this.language = builder.language;
    this.segmenter = SentenceSegmenter.forLanguage(language);
    this.ownsAnalyzer = builder.analyzer == null;
    if (!ownsAnalyzer) {
      this.analyzer = builder.analyzer;
    } else if (builder.scorer == null && builder.algorithm != Algorithm.TFIDF) {
      // the other algorithms compare and count content words only
      this.analyzer = Analyzers.forContentWords(language);
    } else {
      this.analyzer = Analyzers.forLanguage(language);
    }
    this.weights = builder.weights;
    if (builder.scorer != null) {
      this.scorer = builder.scorer;
    } else if (builder.algorithm == Algorithm.TFIDF) {
      this.scorer = TfIdfPositionScorer.of(weights);
    } else {
      this.scorer = builder.algorithm.scorer();
    }
  }

  /**
   * Returns a new builder with the defaults: English, {@link Algorithm#TFIDF} with the fitted
   * default weights.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Summarizes a text within a budget.
   *
   * @param text the text to summarize
   * @param budget how much of it to keep
   * @return the summary: chosen sentences in document order, and statistics; empty (with zero
   *     word and sentence counts) for a text without words
   * @throws NullPointerException if an argument is null
   * @see #summarize(Document, Budget)
   */
  public Summary summarize(String text, Budget budget) {
    return summarize(Document.of(text), budget);
  }

  /**
   * Summarizes a document within a budget. The title, if any, is not part of the summary, but
   * sentences sharing its terms score higher.
   *
   * <p>A text with a page's layout, such as the visible text of a web page copied from a
   * browser, is summarized from its article only: lines without sentence punctuation (menus,
   * headlines, credits, bylines), a lone sentence among them (a caption), and the blocks of prose
   * that such lines cut off from the article (biographies, promotions, cookie notices) are never
   * chosen, and a headline found above the article is used as the title when the document has
   * none. A text without such lines (running prose, one paragraph per line) keeps every sentence
   * as a candidate. The statistics count the whole text.
   *
   * <p>Sentences are taken best first while they fit: one that would exceed the word budget is
   * skipped and a shorter one may take its place. Only sentences that can be read alone are taken:
   * not a fragment of fewer than three terms, a line ending with a colon, the end of a quotation
   * without its speaker, or a short line without a full stop (unless the text has nothing else);
   * and never a sentence that repeats one already taken, word for word or nearly. A text already
   * within the budget comes back whole (saved 0%).
   *
   * <p>A text with words always gets a non-empty summary under a {@linkplain Budget#ratio ratio} or
   * sentence budget: when no sentence fits a ratio's words, the summary is the best sentence alone.
   * Under a {@linkplain Budget#words word budget}, a hard ceiling, the summary is empty when no
   * sentence that can be read alone fits, since sentences are never cut.
   *
   * <p>Each sentence's {@link ScoredSentence#score() score} is the one {@link #rank(Document,
   * Budget)} gives it for the same budget: its own score, before the penalty for overlap with the
   * sentences chosen before it.
   *
   * @param document the document to summarize
   * @param budget how much of it to keep
   * @return the summary, never null
   * @throws NullPointerException if an argument is null
   */
  public Summary summarize(Document document, Budget budget) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(budget, "budget");
    String body = document.body();
    List<Sentence> all = segmenter.segment(body);
    PageLayout layout = layout(document, all);
    AnalyzedText analyzed = analyze(document, layout);
    // the words of the whole text, furniture included: the words the sentences sum to (a word
    // counts in the sentence where it starts)
    int originalWords = words(body, all, layout, analyzed);
    int maxWords = budget.maxWords(originalWords);
    double[] scores = score(analyzed, share(analyzed, maxWords, budget));
    int[] chosen =
        BudgetedSelector.select(
            analyzed, scores, maxWords, budget.maxSentences(), scorer.redundancy());
    if (chosen.length == 0 && originalWords > 0 && budget.keepsOneSentence()) {
      chosen = BudgetedSelector.select(analyzed, scores, Integer.MAX_VALUE, 1, scorer.redundancy());
    }
    List<ScoredSentence> sentences = new ArrayList<>(chosen.length);
    int summaryWords = 0;
    for (int i : chosen) {
      sentences.add(scored(analyzed.sentences().get(i), scores[i]));
      summaryWords += analyzed.wordCount(i);
    }
    CompressionStats stats =
        new CompressionStats(
            originalWords,
            all.size(),
            codePoints(body, Parallel.ranges(Parallel.shares(body.length()))),
            summaryWords,
            chosen.length);
    return new Summary(sentences, stats);
  }

  /**
   * Scores every sentence of a text that a summary may choose, as {@link #rank(Document)} does.
   *
   * @param text the text
   * @return every candidate sentence with its score, best first, ties in document order; empty
   *     for a text without words
   * @see #rank(Document)
   * @throws NullPointerException if {@code text} is null
   */
  public List<ScoredSentence> rank(String text) {
    return rank(Document.of(text));
  }

  /**
   * Scores every sentence of a document that a summary may choose, for a summary of 30% of its
   * words: the scores {@link #summarize(Document, Budget) summarize} gives under {@code
   * Budget.ratio(0.3)}, the command line's default. Same as {@code rank(document,
   * Budget.ratio(0.3))}.
   *
   * @param document the document
   * @return every candidate sentence of its body with its score, best first, ties in document
   *     order
   * @throws NullPointerException if {@code document} is null
   */
  public List<ScoredSentence> rank(Document document) {
    return rank(document, RANK_BUDGET);
  }

  /**
   * Scores every sentence of a document that a summary may choose (all of them, except page
   * furniture; see {@link #summarize(Document, Budget)}) for a summary within {@code budget}: each
   * score is the one {@code summarize} gives the same sentence under the same budget. Scores may
   * depend on the budget: the default scorer's {@link ScoringWeights#frequency() frequency} weight
   * grows with the budget's share of the document, so the same sentence scores differently for
   * three sentences and for 40% of the words. Sentences that selection never takes (fragments,
   * repeats) are listed too; scores do not include the penalty for overlap with sentences chosen
   * earlier, which only selection applies.
   *
   * @param document the document
   * @param budget the budget the scores are for
   * @return every candidate sentence of its body with its score, best first, ties in document
   *     order
   * @throws NullPointerException if an argument is null
   * @since 0.1
   */
  public List<ScoredSentence> rank(Document document, Budget budget) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(budget, "budget");
    List<Sentence> all = segmenter.segment(document.body());
    PageLayout layout = layout(document, all);
    AnalyzedText analyzed = analyze(document, layout);
    int maxWords = budget.maxWords(words(document.body(), all, layout, analyzed));
    double[] scores = score(analyzed, share(analyzed, maxWords, budget));
    List<ScoredSentence> ranked = new ArrayList<>(scores.length);
    for (int i = 0; i < scores.length; i++) {
      ranked.add(scored(analyzed.sentences().get(i), scores[i]));
    }
    ranked.sort(
        Comparator.comparingDouble(ScoredSentence::score)
            .reversed()
            .thenComparingInt(ScoredSentence::index));
    return List.copyOf(ranked);
  }

  /**
   * The words of the whole text: the words its sentences sum to, furniture included. Counted
   * already by the layout, or when every sentence is a candidate (a text without page furniture).
   */
  private static int words(
      String body, List<Sentence> all, PageLayout layout, AnalyzedText analyzed) {
    if (layout.words() >= 0) {
      return layout.words();
    }
    if (analyzed.sentences() == all) {
      return analyzed.totalWordCount();
    }
    int words = 0;
    for (Sentence s : all) {
      words += Words.count(body, s.start(), s.end());
    }
    return words;
  }

  /**
   * The code points of a text; a long one's counted in ranges on several threads: a surrogate pair
   * cut between two ranges counts once.
   */
  static int codePoints(String body, int ranges) {
    int length = body.length();
    if (ranges <= 1 || length < ranges) {
      return body.codePointCount(0, length);
    }
    List<Integer> counts =
        Parallel.map(
            ranges,
            r ->
                body.codePointCount(
                    (int) ((long) length * r / ranges), (int) ((long) length * (r + 1) / ranges)));
    int codePoints = 0;
    for (int r = 0; r < ranges; r++) {
      codePoints += counts.get(r);
      int cut = (int) ((long) length * (r + 1) / ranges);
      if (r + 1 < ranges
          && Character.isHighSurrogate(body.charAt(cut - 1))
          && Character.isLowSurrogate(body.charAt(cut))) {
        codePoints--;
      }
    }
    return codePoints;
  }

  /** The budget's share of the candidate sentences: one rule for summarize and rank (issue 16). */
  private static double share(AnalyzedText analyzed, int maxWords, Budget budget) {
    return TfIdfPositionScorer.budgetShare(
        maxWords, budget.maxSentences(), analyzed.totalWordCount(), analyzed.sentenceCount());
  }

  /** The scorer's scores, checked: a caller's scorer that breaks its contract fails clearly. */
  private double[] score(AnalyzedText analyzed, double share) {
    double[] scores = scorer.score(analyzed, share);
    int n = analyzed.sentenceCount();
    if (scores == null || scores.length != n) {
      throw new IllegalStateException(
          "scorer "
              + scorer
              + " returned "
              + (scores == null ? "null" : scores.length + " scores")
              + " for "
              + n
              + " sentences");
    }
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(scores[i])) {
        throw new IllegalStateException(
            "scorer " + scorer + " returned " + scores[i] + " for sentence " + i);
      }
    }
    double redundancy = scorer.redundancy();
    if (!(redundancy >= 0.0 && redundancy < Double.POSITIVE_INFINITY)) {
      throw new IllegalStateException(
          "scorer " + scorer + " has an invalid redundancy penalty: " + redundancy);
    }
    return scores;
  }

  /** Reads the layout of a segmented document: its article and its title. */
  private static PageLayout layout(Document document, List<Sentence> sentences) {
    return PageLayout.of(document.body(), sentences, document.title().orElse(null));
  }

  /** Analyzes the sentences a summary may choose: the article, without page furniture. */
  private AnalyzedText analyze(Document document, PageLayout layout) {
    return CountedAnalysis.analyze(
        analyzer, document.body(), layout.content(), layout.contentWords(), layout.title());
  }

  private static ScoredSentence scored(Sentence s, double score) {
    return new ScoredSentence(s.index(), s.start(), s.end(), score, s.text());
  }

  /**
   * Returns the language code this summarizer segments (and, by default, analyzes) text in.
   *
   * @return the normalized ISO 639-1 code
   */
  public String language() {
    return language;
  }

  /**
   * Returns the scoring weights of the {@link Algorithm#TFIDF} scorer (the defaults when another
   * algorithm or scorer is used).
   *
   * @return the weights
   */
  public ScoringWeights weights() {
    return weights;
  }

  /**
   * Returns the sentence scorer: the chosen algorithm's, or the caller's.
   *
   * @return the scorer
   */
  public SentenceScorer scorer() {
    return scorer;
  }

  @Override
  public String toString() {
    return "Summarizer[language="
        + language
        + ", analyzer="
        + (ownsAnalyzer ? "default" : analyzer.getClass().getName())
        + ", scorer="
        + scorer
        + "]";
  }

  /**
   * Configures a {@link Summarizer}. The order of calls does not matter; each setter validates its
   * argument at once. Builders are mutable and not thread-safe; the summarizers they build are
   * immutable.
   *
   * @since 0.1
   */
  public static final class Builder {

    private String language = "en";
    private Analyzer analyzer;
    private ScoringWeights weights = ScoringWeights.defaults();
    private boolean weightsSet;
    private Algorithm algorithm = Algorithm.TFIDF;
    private boolean algorithmSet;
    private SentenceScorer scorer;

    private Builder() {}

    /**
     * Chooses a built-in scoring algorithm. Default {@link Algorithm#TFIDF}. Every algorithm but
     * {@code TFIDF} analyzes the text with {@link Analyzers#forContentWords(String)} (in English,
     * all function words removed) unless {@link #analyzer(Analyzer)} supplies an analyzer.
     *
     * @param algorithm the algorithm
     * @return this builder
     * @throws NullPointerException if {@code algorithm} is null
     * @throws IllegalStateException if a {@link #scorer(SentenceScorer) scorer} was set
     */
    public Builder algorithm(Algorithm algorithm) {
      Objects.requireNonNull(algorithm, "algorithm");
      if (scorer != null) {
        throw new IllegalStateException("a scorer was already set: " + scorer);
      }
      this.algorithm = algorithm;
      this.algorithmSet = true;
      return this;
    }

    /**
     * Plugs in the caller's own sentence scorer; the segmentation, analysis and budgeted selection
     * stay the library's. The scorer must be thread-safe and deterministic.
     *
     * @param scorer the scorer
     * @return this builder
     * @throws NullPointerException if {@code scorer} is null
     * @throws IllegalStateException if an {@link #algorithm(Algorithm) algorithm} was set
     */
    public Builder scorer(SentenceScorer scorer) {
      Objects.requireNonNull(scorer, "scorer");
      if (algorithmSet) {
        throw new IllegalStateException("an algorithm was already set: " + algorithm);
      }
      this.scorer = scorer;
      return this;
    }

    /**
     * Sets the language: its segmentation rules, and its Lucene analyzer unless {@link
     * #analyzer(Analyzer)} supplies one. Default {@code "en"}. Any ISO 639-1 code is accepted; a
     * language without rules or an analyzer of its own gets the generic segmentation rules and a
     * generic analyzer (Unicode words, lower-cased, no stop words, no stemming).
     *
     * @param language an ISO 639-1 code (case-insensitive; a region suffix such as {@code "-US"} is
     *     ignored)
     * @return this builder
     * @throws NullPointerException if {@code language} is null
     * @throws IllegalArgumentException if the code is not a language code ({@code "xx"})
     */
    public Builder language(String language) {
      this.language = Analyzers.normalize(language);
      return this;
    }

    /**
     * Uses a caller-supplied Lucene analyzer for term analysis instead of the language's. The
     * caller keeps ownership: the summarizer never closes it. It must be safe for concurrent use
     * (Lucene's analyzers are).
     *
     * @param analyzer the analyzer
     * @return this builder
     * @throws NullPointerException if {@code analyzer} is null
     */
    public Builder analyzer(Analyzer analyzer) {
      this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
      return this;
    }

    /**
     * Sets all scoring weights of the {@link Algorithm#TFIDF} scorer (the default).
     *
     * @param weights the weights
     * @return this builder
     * @throws NullPointerException if {@code weights} is null
     */
    public Builder weights(ScoringWeights weights) {
      this.weights = Objects.requireNonNull(weights, "weights");
      this.weightsSet = true;
      return this;
    }

    /**
     * Sets the weight of the lead bias of the {@link Algorithm#TFIDF} scorer, keeping the other
     * weights.
     *
     * @param weight the position weight, finite and non-negative
     * @return this builder
     * @throws IllegalArgumentException if {@code weight} is negative, NaN or infinite
     */
    public Builder positionWeight(double weight) {
      this.weights = weights.withPosition(weight);
      this.weightsSet = true;
      return this;
    }

    /**
     * Builds the summarizer.
     *
     * @return a new immutable, thread-safe summarizer
     * @throws IllegalStateException if weights were set for another algorithm than {@link
     *     Algorithm#TFIDF} or together with a scorer (only the TF-IDF scorer has weights)
     */
    public Summarizer build() {
      if (weightsSet && (scorer != null || algorithm != Algorithm.TFIDF)) {
        throw new IllegalStateException(
            "scoring weights apply to the tfidf algorithm only, not to "
                + (scorer != null ? "scorer " + scorer : "algorithm " + algorithm));
      }
      return new Summarizer(this);
    }
  }
}
