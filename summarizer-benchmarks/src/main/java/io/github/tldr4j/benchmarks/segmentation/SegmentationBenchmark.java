package io.github.tldr4j.benchmarks.segmentation;

import io.github.tldr4j.benchmarks.speed.TextFixture;
import io.github.tldr4j.summarizer.Budget;
import io.github.tldr4j.summarizer.Summarizer;
import io.github.tldr4j.summarizer.Summary;
import io.github.tldr4j.summarizer.text.Sentence;
import io.github.tldr4j.summarizer.text.SentenceSegmenter;
import io.github.tldr4j.summarizer.text.Words;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Speed of sentence segmentation (issue 3): the rule-based segmenter next to {@link
 * java.text.BreakIterator} on the same text, a whitespace scan as the floor (one pass, one
 * table-free check per character) and the whole summarizer as the pipeline it is part of.
 *
 * <p>Texts: English news ({@code bbc-news-dev.jsonl} article bodies joined by blank lines, cycled to
 * the size and cut at a space), and 10 MB of words without any punctuation or line break, the input
 * that would expose super-linear look-ahead. The news comes from {@link TextFixture} (which also
 * says where the shared data is looked for). Throughput in MB/s is
 * the text size (in UTF-16 characters, 2^20 per MB) divided by the average time per operation.
 *
 * {@snippet lang="shell" :
 * java -jar summarizer-benchmarks/target/benchmarks.jar SegmentationBenchmark -f 1 -wi 3 -w 1 -i 5 -r 1
 * }
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SegmentationBenchmark {

  /** The text: news of 16 KB, 1 MB or 10 MB, or 10 MB without punctuation. */
  @Param({"news-16KB", "news-1MB", "news-10MB", "nopunct-10MB"})
  public String text;

  private String input;
  private SentenceSegmenter segmenter;
  private BreakIterator breakIterator;
  private Summarizer summarizer;

  /** Builds the text and the segmenters. */
  @Setup(Level.Trial)
  public void setUp() {
    int dash = text.indexOf('-');
    int size = parseSize(text.substring(dash + 1));
    input = text.startsWith("news") ? news(size) : withoutPunctuation(size);
    segmenter = SentenceSegmenter.forLanguage("en");
    breakIterator = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    summarizer = Summarizer.builder().language("en").build();
  }

  /** The rule-based segmenter. */
  @Benchmark
  public List<Sentence> tldr4j() {
    return segmenter.segment(input);
  }

  /** {@code java.text.BreakIterator}, walking every boundary. */
  @Benchmark
  public int breakIterator() {
    breakIterator.setText(input);
    int boundaries = 0;
    while (breakIterator.next() != BreakIterator.DONE) {
      boundaries++;
    }
    return boundaries;
  }

  /** Floor: counting words, one pass over the characters. */
  @Benchmark
  public int wordCount() {
    return Words.count(input);
  }

  /** The whole pipeline on the same text: segment, analyze, score, select three sentences. */
  @Benchmark
  public Summary summarize() {
    return summarizer.summarize(input, Budget.sentences(3));
  }

  static int parseSize(String label) {
    return TextFixture.parseSize(label);
  }

  static String news(int size) {
    return TextFixture.text(size);
  }

  /** Deterministic pseudo-words (letters only) separated by single spaces. */
  static String withoutPunctuation(int size) {
    StringBuilder sb = new StringBuilder(size + 16);
    long state = 42;
    while (sb.length() < size) {
      state = state * 6364136223846793005L + 1442695040888963407L;
      int length = 1 + (int) ((state >>> 33) % 9);
      for (int i = 0; i < length; i++) {
        sb.append((char) ('a' + (int) ((state >>> (4 + 3 * i)) & 15)));
      }
      sb.append(' ');
    }
    return cut(sb, size);
  }

  private static String cut(StringBuilder sb, int size) {
    int end = Math.min(size, sb.length());
    while (end > 0 && !Words.isWhitespace(sb.charAt(end - 1))) {
      end--;
    }
    return sb.substring(0, end).strip();
  }
}
