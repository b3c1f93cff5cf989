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

  /** The budget share {@link #rank} scores for: 30% of the document, the command line's default. */
  private static final double RANK_SHARE = 0.3;

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
   * <p>A text with a page's layout, such as the visible text of a web page copied from a
   * browser, is summarized from its article only: lines without sentence punctuation (menus,
   * headlines, credits, bylines), a lone sentence among them (a caption), and the blocks of prose
   * that such lines cut off from the article (biographies, promotions, cookie notices) are never
   * chosen, and a headline found above the article is used as the title when the document has
   * none. A text without such lines (running prose, one paragraph per line) keeps every sentence
   * as a candidate. The statistics count the whole text.
   *
   * <p>Sentences are taken best first while they fit: one that would exceed the word budget is
   * skipped and a shorter one may take its place. A text already within the budget comes back
   * whole (saved 0%). A text with words always gets a non-empty summary, except when every sentence
   * is longer than the word budget: then the summary is empty, since a word budget is a hard
   * ceiling and sentences are never cut.
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
    AnalyzedText analyzed = analyze(document, all);
    // the words the sentences sum to, so that a budget of every word keeps every sentence (a
    // boundary inside a run of non-whitespace, as in "。the", makes one run count in both sentences)
    int originalWords = 0;
    for (Sentence s : all) {
      originalWords += s.wordCount();
    }
    int maxWords = budget.maxWords(originalWords);
    double share =
        TfIdfPositionScorer.budgetShare(
            maxWords, budget.maxSentences(), analyzed.totalWordCount(), analyzed.sentenceCount());
    double[] scores = TfIdfPositionScorer.score(analyzed, weights, share);
    int[] chosen =
        BudgetedSelector.select(
            analyzed, scores, maxWords, budget.maxSentences(), weights.redundancy());
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
            body.codePointCount(0, body.length()),
            summaryWords,
            chosen.length);
    return new Summary(sentences, stats);
  }

  /**
   * Scores every sentence of a text that a summary may choose.
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
   * Scores every sentence of a document that a summary may choose: all of them, except page
   * furniture (see {@link #summarize(Document, Budget)}). The scores are those of a summary keeping
   * 30% of the document (the share matters to the {@link ScoringWeights#frequency() frequency}
   * feature).
   *
   * @param document the document
   * @return every candidate sentence of its body with its score, best first, ties in document
   *     order
   * @throws NullPointerException if {@code document} is null
   */
  public List<ScoredSentence> rank(Document document) {
    Objects.requireNonNull(document, "document");
    AnalyzedText analyzed = analyze(document, segmenter.segment(document.body()));
    double[] scores = TfIdfPositionScorer.score(analyzed, weights, RANK_SHARE);
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

  /** Analyzes the sentences a summary may choose: the article, without page furniture. */
  private AnalyzedText analyze(Document document, List<Sentence> sentences) {
    String body = document.body();
    PageLayout layout = PageLayout.of(body, sentences, document.title().orElse(null));
    return AnalyzedText.analyze(analyzer, body, layout.content(), layout.title());
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
