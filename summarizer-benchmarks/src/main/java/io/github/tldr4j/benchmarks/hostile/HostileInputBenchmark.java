package io.github.tldr4j.benchmarks.hostile;

import io.github.tldr4j.summarizer.Budget;
import io.github.tldr4j.summarizer.Summarizer;
import io.github.tldr4j.summarizer.Summary;
import io.github.tldr4j.summarizer.text.Words;
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
 * Time to summarize hostile input as its size doubles (issue 6). Linear time shows as a constant
 * ratio between consecutive sizes of about 2, and as a constant ratio to {@link #countWords()}, a
 * single pass over the same text measured in the same run.
 *
 * <p>Shapes ({@code shape}), each at {@code scale} 1, 2, 4 and 8:
 *
 * <ul>
 *   <li>{@code no-stops}: {@code scale} MiB of words without a single terminator: one sentence;
 *   <li>{@code giant-token}: a short sentence holding one token of {@code scale} MiB;
 *   <li>{@code one-word-sentences}: {@code scale × 100,000} sentences of one word each.
 * </ul>
 *
 * <p>Run (a few minutes; on a shared machine keep the iterations short):
 *
 * <pre>{@code
 * mvn -q -B -DskipTests package -pl summarizer-benchmarks -am
 * java -jar summarizer-benchmarks/target/benchmarks.jar HostileInputBenchmark -f 1 -wi 3 -w 1 -i 5 -r 1
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class HostileInputBenchmark {

  @Param({"no-stops", "giant-token", "one-word-sentences"})
  public String shape;

  @Param({"1", "2", "4", "8"})
  public int scale;

  private final Summarizer summarizer = Summarizer.builder().language("en").build();
  private final Budget budget = Budget.ratio(0.3);
  private String text;

  /** Builds the input deterministically. */
  @Setup(Level.Trial)
  public void setUp() {
    text = build(shape, scale);
  }

  static String build(String shape, int scale) {
    int mib = 1 << 20;
    switch (shape) {
      case "no-stops": {
        StringBuilder b = new StringBuilder(scale * mib + 16);
        for (int i = 0; b.length() < scale * mib; i++) {
          b.append("tide").append(i % 1009).append(' ');
        }
        return b.toString();
      }
      case "giant-token":
        return "The token " + "z".repeat(scale * mib) + " ends this sentence.";
      case "one-word-sentences":
        return "Yes. ".repeat(scale * 100_000);
      default:
        throw new IllegalArgumentException("unknown shape: " + shape);
    }
  }

  /**
   * Summarizes the input: segmentation, analysis, scoring and selection.
   *
   * @return the summary
   */
  @Benchmark
  public Summary summarize() {
    return summarizer.summarize(text, budget);
  }

  /**
   * Baseline: one pass over the text counting words, linear by construction.
   *
   * @return the word count
   */
  @Benchmark
  public int countWords() {
    return Words.count(text);
  }
}
