package io.github.tldr4j.benchmarks.speed;

import io.github.tldr4j.summarizer.Summary;
import io.github.tldr4j.summarizer.analysis.AnalyzedText;
import io.github.tldr4j.summarizer.text.Sentence;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Speed of each stage of the summarizer, and of the whole, on real English news of five sizes,
 * next to the Lucene analyzer alone (the limit the pipeline is measured against).
 *
 * <p>Each benchmark summarizes or processes one document per operation, so the score is documents
 * per second; the secondary result {@code mb} is the same rate in megabytes (10<sup>6</sup> UTF-8
 * bytes) of input per second. With {@code -prof gc}, {@code gc.alloc.rate.norm} is the allocation
 * per document. Inputs come from {@link TextFixture}: up to 64 distinct texts of the size, taken
 * in turn; every stage gets the output of the previous stages, computed once in the set-up.
 *
 * <pre>{@code
 * mvn -B -ntp -DskipTests package -pl summarizer-benchmarks -am
 * java -jar summarizer-benchmarks/target/benchmarks.jar SummarizerBenchmark
 * # shorter, with allocation, a few sizes (the machine is shared):
 * java -jar summarizer-benchmarks/target/benchmarks.jar SummarizerBenchmark \
 *     -f 1 -wi 3 -w 1 -i 5 -r 1 -p size=4KB,1MB -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class SummarizerBenchmark {

  /** Document size: a 280-character post, a 4 KB article, then concatenated articles. */
  @Param({"280", "4KB", "100KB", "1MB", "10MB"})
  public String size;

  private Workload workload;

  /** Builds the texts and the intermediate results of every stage. */
  @Setup(Level.Trial)
  public void setUp() {
    workload = new Workload(size);
  }

  /** Releases the analyzers. */
  @TearDown(Level.Trial)
  public void tearDown() {
    workload.close();
  }

  /**
   * Per thread: which text comes next, and the input megabytes, which JMH reports per second as
   * the secondary result {@code mb}.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Input {

    /** Megabytes (10^6 bytes) processed in this iteration. */
    public double mb;

    private int next;

    /** Starts each iteration at zero. */
    @Setup(Level.Iteration)
    public void reset() {
      mb = 0;
    }
  }

  /** Takes the next text in turn and counts its bytes. */
  private Pipeline next(Input input) {
    Pipeline p = workload.get(input.next++);
    input.mb += p.bytes() / 1e6;
    return p;
  }

  /**
   * Sentence segmentation.
   *
   * @param input the byte counter
   * @return the sentences
   */
  @Benchmark
  public List<Sentence> segment(Input input) {
    return next(input).segment();
  }

  /**
   * Lucene analysis of the segmented text into term ids per sentence.
   *
   * @param input the byte counter
   * @return the analyzed text
   */
  @Benchmark
  public AnalyzedText analyze(Input input) {
    return next(input).analyze();
  }

  /**
   * TF-IDF and position scoring of the analyzed text.
   *
   * @param input the byte counter
   * @return the scores
   */
  @Benchmark
  public double[] score(Input input) {
    return next(input).score();
  }

  /**
   * Budgeted selection with the redundancy penalty, at 30% of the words.
   *
   * @param input the byte counter
   * @return the chosen sentence indices
   */
  @Benchmark
  public int[] select(Input input) {
    return next(input).select();
  }

  /**
   * The public API, end to end: {@code summarize(text, Budget.ratio(0.3))}.
   *
   * @param input the byte counter
   * @return the summary
   */
  @Benchmark
  public Summary endToEnd(Input input) {
    return next(input).endToEnd();
  }

  /**
   * Baseline: the Lucene English analyzer alone over the same text.
   *
   * @param input the byte counter
   * @return the total length of the terms
   */
  @Benchmark
  public long analyzerOnly(Input input) {
    return next(input).analyzerOnly();
  }
}
