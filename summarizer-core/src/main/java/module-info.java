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
module io.github.tldr4j.summarizer {
  requires transitive org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;
  requires org.apache.lucene.analysis.stempel;

  exports io.github.tldr4j.summarizer;
  exports io.github.tldr4j.summarizer.text;
  exports io.github.tldr4j.summarizer.analysis;
  exports io.github.tldr4j.summarizer.scoring;
}
