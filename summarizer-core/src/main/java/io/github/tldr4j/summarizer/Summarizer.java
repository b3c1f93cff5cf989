package io.github.tldr4j.summarizer;

import io.github.tldr4j.summarizer.analysis.AnalyzedText;
import io.github.tldr4j.summarizer.analysis.Analyzers;
import io.github.tldr4j.summarizer.scoring.BudgetedSelector;
import io.github.tldr4j.summarizer.scoring.TfIdfPositionScorer;
import io.github.tldr4j.summarizer.text.Sentence;
import io.github.tldr4j.summarizer.text.SentenceSegmenter;
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
 * character offsets; the language's Lucene analyzer (stop words, stemming) turns each sentence
 * into terms; each sentence is scored by TF-IDF and position ({@link ScoringWeights}); the best
 * sentences are chosen, best first, while they fit the {@link Budget}, and put back in document
 * order.
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

  private Summarizer(Builder builder) {
    this.language = builder.language;
    this.segmenter = SentenceSegmenter.forLanguage(language);
    this.ownsAnalyzer = builder.analyzer == null;
    this.analyzer = ownsAnalyzer ? Analyzers.forLanguage(language) : builder.analyzer;
    this.weights = builder.weights;
  }

  /**
   * Returns a new builder with the defaults: English, the fitted default weights.
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
    AnalyzedText analyzed = analyze(document);
    // the words the sentences sum to, so that a budget of every word keeps every sentence (a
    // boundary inside a run of non-whitespace, as in "。the", makes one run count in both sentences)
    int originalWords = analyzed.totalWordCount();
    double[] scores = score(analyzed, budget);
    int[] chosen =
        BudgetedSelector.select(
            analyzed,
            scores,
            budget.maxWords(originalWords),
            budget.maxSentences(),
            weights.redundancy());
    if (chosen.length == 0 && originalWords > 0 && budget.keepsOneSentence()) {
      chosen = BudgetedSelector.select(analyzed, scores, Integer.MAX_VALUE, 1, weights.redundancy());
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
            analyzed.sentenceCount(),
            body.codePointCount(0, body.length()),
            summaryWords,
            chosen.length);
    return new Summary(sentences, stats);
  }

  /**
   * Scores every sentence of a text as {@link #rank(Document)} does.
   *
   * @param text the text
   * @return every sentence with its score, best first, ties in document order; empty for a text
   *     without words
   * @throws NullPointerException if {@code text} is null
   */
  public List<ScoredSentence> rank(String text) {
    return rank(Document.of(text));
  }

  /**
   * Scores every sentence of a document for a summary of 30% of its words: the scores {@link
   * #summarize(Document, Budget) summarize} gives under {@code Budget.ratio(0.3)}, the command
   * line's default. Same as {@code rank(document, Budget.ratio(0.3))}.
   *
   * @param document the document
   * @return every sentence of its body with its score, best first, ties in document order
   * @throws NullPointerException if {@code document} is null
   */
  public List<ScoredSentence> rank(Document document) {
    return rank(document, RANK_BUDGET);
  }

  /**
   * Scores every sentence of a document for a summary within {@code budget}: each score is the one
   * {@link #summarize(Document, Budget) summarize} gives the same sentence under the same budget.
   * Scores depend on the budget through one feature: the weight of {@link ScoringWeights#frequency()
   * frequency} grows with the budget's share of the document, so the same sentence scores
   * differently for three sentences and for 40% of the words. Every sentence is listed, including
   * those a summary never takes (fragments, repeats); scores do not include the penalty for overlap
   * with sentences chosen earlier, which only selection applies.
   *
   * @param document the document
   * @param budget the budget the scores are for
   * @return every sentence of its body with its score, best first, ties in document order
   * @throws NullPointerException if an argument is null
   * @since 0.1
   */
  public List<ScoredSentence> rank(Document document, Budget budget) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(budget, "budget");
    AnalyzedText analyzed = analyze(document);
    double[] scores = score(analyzed, budget);
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

  /** The sentences' scores for a summary within {@code budget}: one rule for summarize and rank. */
  private double[] score(AnalyzedText analyzed, Budget budget) {
    int words = analyzed.totalWordCount();
    double share =
        TfIdfPositionScorer.budgetShare(
            budget.maxWords(words), budget.maxSentences(), words, analyzed.sentenceCount());
    return TfIdfPositionScorer.score(analyzed, weights, share);
  }

  private AnalyzedText analyze(Document document) {
    String body = document.body();
    List<Sentence> sentences = segmenter.segment(body);
    return AnalyzedText.analyze(analyzer, body, sentences, document.title().orElse(null));
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
   * Returns the scoring weights.
   *
   * @return the weights
   */
  public ScoringWeights weights() {
    return weights;
  }

  @Override
  public String toString() {
    return "Summarizer[language="
        + language
        + ", analyzer="
        + (ownsAnalyzer ? "default" : analyzer.getClass().getName())
        + ", weights="
        + weights
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

    private Builder() {}

    /**
     * Sets the language: its segmentation rules, and its Lucene analyzer unless {@link
     * #analyzer(Analyzer)} supplies one. Default {@code "en"}.
     *
     * @param language an ISO 639-1 code (case-insensitive; a region suffix such as {@code "-US"} is
     *     ignored)
     * @return this builder
     * @throws NullPointerException if {@code language} is null
     * @throws IllegalArgumentException if the language is not supported; the message lists the
     *     supported codes
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
     * Sets all scoring weights.
     *
     * @param weights the weights
     * @return this builder
     * @throws NullPointerException if {@code weights} is null
     */
    public Builder weights(ScoringWeights weights) {
      this.weights = Objects.requireNonNull(weights, "weights");
      return this;
    }

    /**
     * Sets the weight of the lead bias, keeping the other weights.
     *
     * @param weight the position weight, finite and non-negative
     * @return this builder
     * @throws IllegalArgumentException if {@code weight} is negative, NaN or infinite
     */
    public Builder positionWeight(double weight) {
      this.weights = weights.withPosition(weight);
      return this;
    }

    /**
     * Builds the summarizer.
     *
     * @return a new immutable, thread-safe summarizer
     */
    public Summarizer build() {
      return new Summarizer(this);
    }
  }
}
