package io.github.tldr4j.benchmarks.speed;

import io.github.tldr4j.summarizer.Budget;
import io.github.tldr4j.summarizer.ScoringWeights;
import io.github.tldr4j.summarizer.Summarizer;
import io.github.tldr4j.summarizer.Summary;
import io.github.tldr4j.summarizer.analysis.AnalyzedText;
import io.github.tldr4j.summarizer.analysis.Analyzers;
import io.github.tldr4j.summarizer.scoring.BudgetedSelector;
import io.github.tldr4j.summarizer.scoring.TfIdfPositionScorer;
import io.github.tldr4j.summarizer.text.Sentence;
import io.github.tldr4j.summarizer.text.SentenceSegmenter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The stages of {@link Summarizer#summarize(String, Budget)} for one English text, each runnable on
 * its own, with the inputs of every stage computed once up front: segmentation, Lucene analysis of
 * the segmented text, TF-IDF and position scoring, budgeted selection, the whole pipeline end to
 * end, and a baseline that only runs the Lucene analyzer over the text and reads every term.
 *
 * <p>The budget is the command line's default, 30% of the words ({@link Budget#ratio(double)}
 * {@code 0.3}). Not thread-safe for {@link #close()}; the stages themselves may run concurrently.
 */
final class Pipeline implements AutoCloseable {

  /** The budget share, as in {@code ./tldr} without options. */
  static final double RATIO = 0.3;

  /** The stage names, in pipeline order, then the end-to-end run and the baseline. */
  static final List<String> STAGES =
      List.of("segment", "analyze", "score", "select", "endToEnd", "analyzerOnly");

  private final String text;
  private final long bytes;
  private final Summarizer summarizer = Summarizer.builder().language("en").build();
  private final SentenceSegmenter segmenter = SentenceSegmenter.forLanguage("en");
  private final Analyzer analyzer = Analyzers.forLanguage("en");
  private final ScoringWeights weights = summarizer.weights();
  private final Budget budget = Budget.ratio(RATIO);
  private final List<Sentence> sentences;
  private final AnalyzedText analyzed;
  private final double[] scores;
  private final int maxWords;
  private final double share;

  Pipeline(String text) {
    this.text = Objects.requireNonNull(text, "text");
    this.bytes = text.getBytes(StandardCharsets.UTF_8).length;
    this.sentences = segment();
    this.analyzed = analyze();
    // the same word count, ceiling and share as Summarizer computes
    int words = analyzed.totalWordCount();
    this.maxWords = budget.maxWords(words);
    this.share =
        TfIdfPositionScorer.budgetShare(
            maxWords, budget.maxSentences(), words, analyzed.sentenceCount());
    this.scores = score();
  }

  /** The text's size in UTF-8 bytes. */
  long bytes() {
    return bytes;
  }

  /** The number of sentences the segmenter finds. */
  int sentenceCount() {
    return sentences.size();
  }

  /** Runs one stage by name (one of {@link #STAGES}) and returns something derived from it. */
  Object run(String stage) {
    switch (stage) {
      case "segment":
        return segment();
      case "analyze":
        return analyze();
      case "score":
        return score();
      case "select":
        return select();
      case "endToEnd":
        return endToEnd();
      case "analyzerOnly":
        return analyzerOnly();
      default:
        throw new IllegalArgumentException("unknown stage " + stage + "; stages: " + STAGES);
    }
  }

  List<Sentence> segment() {
    return segmenter.segment(text);
  }

  AnalyzedText analyze() {
    return AnalyzedText.analyze(analyzer, text, sentences, null);
  }

  double[] score() {
    return TfIdfPositionScorer.score(analyzed, weights, share);
  }

  int[] select() {
    return BudgetedSelector.select(
        analyzed, scores, maxWords, Integer.MAX_VALUE, weights.redundancy());
  }

  Summary endToEnd() {
    return summarizer.summarize(text, budget);
  }

  /** Tokenizes, filters and stems the whole text; returns the total term length, so none is dead. */
  long analyzerOnly() {
    long chars = 0;
    try (TokenStream stream = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        chars += term.length();
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return chars;
  }

  @Override
  public void close() {
    analyzer.close();
  }
}
