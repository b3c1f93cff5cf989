package io.github.tldr4j.benchmarks.speed;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints a Markdown table of throughput per stage and size in megabytes of input per CPU-second,
 * the end-to-end share of the analyzer-only baseline, and the allocation per document: a quick
 * complement to {@link SummarizerBenchmark} on a shared machine, where CPU time of the measuring
 * thread is steadier than wall-clock time.
 *
 * <pre>{@code
 * java -cp summarizer-benchmarks/target/benchmarks.jar \
 *     io.github.tldr4j.benchmarks.speed.Throughput [--seconds S] [SIZE ...]
 * }</pre>
 *
 * <p>Sizes default to {@code 280 4KB 100KB 1MB 10MB}; each size cycles through the distinct texts
 * of {@link Workload}. Each stage of each size is warmed up, then
 * run until {@code S} CPU-seconds (default 1) have been spent on it, in rounds; the best round is
 * reported (the least disturbed by other processes). Single-threaded.
 */
public final class Throughput {

  private static final List<String> DEFAULT_SIZES = List.of("280", "4KB", "100KB", "1MB", "10MB");
  private static final int ROUNDS = 5;

  private Throughput() {}

  /**
   * Runs the measurement.
   *
   * @param args {@code [--seconds S] [SIZE ...]}
   */
  public static void main(String[] args) {
    double seconds = 1.0;
    List<String> sizes = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--seconds") && i + 1 < args.length) {
        seconds = Double.parseDouble(args[++i]);
      } else if (args[i].startsWith("-")) {
        System.err.println("usage: Throughput [--seconds S] [SIZE ...]");
        System.exit(2);
      } else {
        sizes.add(args[i]);
      }
    }
    if (sizes.isEmpty()) {
      sizes = DEFAULT_SIZES;
    }
    if (!(seconds > 0)) {
      throw new IllegalArgumentException("--seconds must be positive: " + seconds);
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<String> stages = Pipeline.STAGES;
    int endToEnd = stages.indexOf("endToEnd");
    int baseline = stages.indexOf("analyzerOnly");
    List<String> allocationRows = new ArrayList<>();
    out.println("Throughput, MB (10^6 bytes of UTF-8 input) per CPU-second, one thread:");
    out.println();
    out.println(header("size | sentences", stages, "end to end / analyzer"));
    for (String size : sizes) {
      try (Workload workload = new Workload(size)) {
        Result[] results = new Result[stages.size()];
        StringBuilder row = new StringBuilder();
        StringBuilder allocation = new StringBuilder("| " + size + " |");
        row.append(String.format(Locale.ROOT, "| %s | %.0f |", size, workload.meanSentences()));
        for (int i = 0; i < stages.size(); i++) {
          results[i] = measure(workload, stages.get(i), seconds);
          row.append(String.format(Locale.ROOT, " %.1f |", results[i].megabytesPerSecond));
          allocation.append(' ').append(humanBytes(results[i].bytesAllocated)).append(" |");
        }
        double share =
            results[endToEnd].megabytesPerSecond / results[baseline].megabytesPerSecond;
        out.println(row.append(String.format(Locale.ROOT, " %.2f |", share)));
        allocationRows.add(
            allocation.append(String.format(Locale.ROOT, " %.1f |", 
                results[endToEnd].bytesAllocated / workload.meanBytes())).toString());
      }
    }
    out.println();
    out.println("Allocation per document:");
    out.println();
    out.println(header("size", stages, "end to end per input byte"));
    allocationRows.forEach(out::println);
  }

  private static String header(String first, List<String> stages, String last) {
    StringBuilder h = new StringBuilder("| " + first + " |");
    StringBuilder rule = new StringBuilder("|" + " --- |".repeat(first.split("\\|").length));
    for (String stage : stages) {
      h.append(' ').append(stage).append(" |");
      rule.append(" ---: |");
    }
    h.append(' ').append(last).append(" |");
    rule.append(" ---: |");
    return h + "\n" + rule;
  }

  /** Throughput and allocation per document of one stage. */
  private record Result(double megabytesPerSecond, long bytesAllocated) {}

  private static Result measure(Workload workload, String stage, double seconds) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    // warm-up: a fifth of the budget, at least three runs
    long warmUpEnd = threads.getCurrentThreadCpuTime() + (long) (seconds * 2e8);
    int next = 0;
    for (int i = 0; i < 3 || threads.getCurrentThreadCpuTime() < warmUpEnd; i++) {
      sink(workload.get(next++).run(stage));
    }
    long roundNanos = (long) (seconds * 1e9 / ROUNDS);
    double best = 0;
    long alloc = Long.MAX_VALUE;
    for (int round = 0; round < ROUNDS; round++) {
      long allocStart = threads.getThreadAllocatedBytes(thread);
      long start = threads.getCurrentThreadCpuTime();
      long now = start;
      int runs = 0;
      long bytes = 0;
      while (runs == 0 || now - start < roundNanos) {
        Pipeline pipeline = workload.get(next++);
        sink(pipeline.run(stage));
        bytes += pipeline.bytes();
        runs++;
        now = threads.getCurrentThreadCpuTime();
      }
      long allocated = threads.getThreadAllocatedBytes(thread) - allocStart;
      best = Math.max(best, bytes / ((now - start) / 1e9) / 1e6);
      alloc = Math.min(alloc, allocated / runs);
    }
    return new Result(best, alloc);
  }

  private static int sinkHash;

  /** Keeps results observable so the JIT cannot drop the work. */
  private static void sink(Object result) {
    sinkHash ^= System.identityHashCode(result);
  }

  private static String humanBytes(long bytes) {
    if (bytes < 10_000) {
      return bytes + " B";
    }
    if (bytes < 10_000_000) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1e3);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }
}
