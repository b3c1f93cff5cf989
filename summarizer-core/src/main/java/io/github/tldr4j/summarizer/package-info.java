/**
 * tldr4j: extractive summarization on the JVM.
 *
 * <p>Build a {@link io.github.tldr4j.summarizer.Summarizer} once, share it between threads, and
 * call {@link io.github.tldr4j.summarizer.Summarizer#summarize(String,
 * io.github.tldr4j.summarizer.Budget)}: the result is a {@link io.github.tldr4j.summarizer.Summary}
 * of the sentences that matter, in document order, with {@link
 * io.github.tldr4j.summarizer.CompressionStats}. This package is the stable API; the sub-packages
 * ({@code text}, {@code analysis}, {@code scoring}) hold the pipeline's stages and are exposed for
 * benchmarks and experiments, without compatibility promises (except {@code text.Sentence},
 * {@code text.SentenceSegmenter}, {@code text.Words}, and the scoring seam: {@code
 * scoring.SentenceScorer}, {@code scoring.Algorithm} and the accessors of {@code
 * analysis.AnalyzedText} that a scorer reads).
 */
package io.github.tldr4j.summarizer;
