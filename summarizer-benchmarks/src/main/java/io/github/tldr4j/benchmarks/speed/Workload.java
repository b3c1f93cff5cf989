package io.github.tldr4j.benchmarks.speed;

import java.util.List;

/**
 * The distinct texts of one size from {@link TextFixture}, each with its {@link Pipeline}, taken in
 * turn. Not thread-safe: one instance per measuring thread, or an external cursor.
 */
final class Workload implements AutoCloseable {

  private final Pipeline[] pipelines;
  private final long totalBytes;

  /**
   * Builds the workload of a size label such as {@code 4KB} (see {@link TextFixture#parseSize}).
   *
   * @throws IllegalArgumentException if the label is malformed
   * @throws IllegalStateException if the shared data cannot be found
   */
  Workload(String size) {
    int chars = TextFixture.parseSize(size);
    List<String> texts = TextFixture.texts(chars, TextFixture.distinctTexts(chars));
    pipelines = new Pipeline[texts.size()];
    long bytes = 0;
    for (int i = 0; i < pipelines.length; i++) {
      pipelines[i] = new Pipeline(texts.get(i));
      bytes += pipelines[i].bytes();
    }
    totalBytes = bytes;
  }

  /** The number of distinct texts. */
  int size() {
    return pipelines.length;
  }

  /** The pipeline of text {@code i mod size()}. */
  Pipeline get(int i) {
    return pipelines[Math.floorMod(i, pipelines.length)];
  }

  /** The mean size of a text in UTF-8 bytes. */
  double meanBytes() {
    return totalBytes / (double) pipelines.length;
  }

  /** The mean number of sentences of a text. */
  double meanSentences() {
    long sentences = 0;
    for (Pipeline p : pipelines) {
      sentences += p.sentenceCount();
    }
    return sentences / (double) pipelines.length;
  }

  @Override
  public void close() {
    for (Pipeline p : pipelines) {
      p.close();
    }
  }
}
