package io.github.tldr4j.benchmarks.speed;

import io.github.tldr4j.summarizer.Budget;
import io.github.tldr4j.summarizer.Summarizer;
import io.github.tldr4j.summarizer.Summary;
import io.github.tldr4j.summarizer.scoring.Algorithm;
import java.util.List;
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
 * Each scoring {@link Algorithm}, end to end ({@code summarize(text, Budget.sentences(3))}), on
 * English news of 4 KB (one article) and 1 MB (concatenated articles, about 8,000 sentences: the
 * graph methods' block bound and LSA's decomposition at work). Milliseconds per document; the
 * {@code tfidf} row is the baseline the other algorithms add their scoring cost to.
 *
 * <pre>{@code
 * mvn -B -ntp -DskipTests package -pl summarizer-benchmarks -am
 * java -jar summarizer-benchmarks/target/benchmarks.jar AlgorithmBenchmark
 * java -jar summarizer-benchmarks/target/benchmarks.jar AlgorithmBenchmark -p algorithm=lsa,tfidf
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class AlgorithmBenchmark {

  /** The algorithm's id, as on the command line. */
  @Param({
    "tfidf", "lexrank", "lexrank-threshold", "textrank", "reduction", "lsa", "luhn", "edmundson",
    "sumbasic", "klsum"
  })
  public String algorithm;

  /** Document size. */
  @Param({"4KB", "1MB"})
  public String size;

  private Summarizer summarizer;
  private List<String> texts;
  private int next;

  /** Builds the summarizer and reads the texts. */
  @Setup(Level.Trial)
  public void setUp() {
    summarizer = Summarizer.builder().algorithm(Algorithm.forName(algorithm)).build();
    int chars = TextFixture.parseSize(size);
    texts = TextFixture.texts(chars, TextFixture.distinctTexts(chars));
  }

  /**
   * Summarizes the next text in turn to three sentences.
   *
   * @return the summary
   */
  @Benchmark
  public Summary summarize() {
    String text = texts.get(next);
    next = next + 1 == texts.size() ? 0 : next + 1;
    return summarizer.summarize(text, Budget.sentences(3));
  }
}
