/**
 * tldr4j: extractive summarization on Apache Lucene's analyzers.
 *
 * <p>Exports the API: {@code io.github.tldr4j.summarizer} (the {@code Summarizer} facade and its
 * values), {@code io.github.tldr4j.summarizer.text} (sentence segmentation), {@code
 * io.github.tldr4j.summarizer.analysis} (the language analyzers and the analyzed text that scorers
 * read) and {@code io.github.tldr4j.summarizer.scoring} (the scorer seam and the built-in
 * algorithms). Packages added for the implementation only stay unexported.
 *
 * @since 0.1
 */
@SuppressWarnings("requires-automatic") // commons-math3 3.6.1 has no module name of its own
module io.github.tldr4j.summarizer {
  requires transitive org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;
  requires org.apache.lucene.analysis.stempel;
  requires commons.math3; // LSA's eigendecomposition, internal only

  exports io.github.tldr4j.summarizer;
  exports io.github.tldr4j.summarizer.text;
  exports io.github.tldr4j.summarizer.analysis;
  exports io.github.tldr4j.summarizer.scoring;
}
