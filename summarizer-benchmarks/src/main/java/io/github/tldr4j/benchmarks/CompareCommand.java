package io.github.tldr4j.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tldr4j.benchmarks.rouge.RougeResult;
import io.github.tldr4j.benchmarks.rouge.RougeScore;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code bench compare}: scores two systems' summaries of the same dataset with ROUGE, as {@code
 * bench rouge} does, and tells how safe the difference between them is with a paired bootstrap
 * over documents ({@link PairedBootstrap}).
 *
 * <pre>
 * bench compare --data DATA.jsonl --summaries A.jsonl --against B.jsonl [--samples N] [--seed S]
 *               [--unicode] [--format table|json] [--threads N]
 * </pre>
 */
final class CompareCommand {

  static final String USAGE =
      "bench compare --data DATA.jsonl --summaries A.jsonl --against B.jsonl [--samples N]"
          + " [--seed S] [--unicode] [--format table|json] [--threads N]";

  /** Resamples unless {@code --samples} says otherwise. */
  static final int DEFAULT_SAMPLES = 10_000;

  private CompareCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    Options options =
        Options.parse(
            args,
            Set.of("data", "summaries", "against", "samples", "seed", "format", "threads"),
            Set.of("unicode"));
    Path dataFile = options.requiredPath("data");
    Path aFile = options.requiredPath("summaries");
    Path bFile = options.requiredPath("against");
    int samples = options.positiveInt("samples").orElse(DEFAULT_SAMPLES);
    long seed = options.positiveInt("seed").orElse(1);
    String format = options.format();
    int threads = options.positiveInt("threads").orElse(Bench.defaultThreads());
    boolean unicode = options.has("unicode");

    Dataset dataset = Dataset.read(dataFile);
    if (dataset.documents().isEmpty()) {
      throw new DataException(dataFile + ": no documents to compare");
    }
    List<RougeResult> a = RougeCommand.score(dataset, aFile, unicode, threads);
    List<RougeResult> b = RougeCommand.score(dataset, bFile, unicode, threads);
    List<Metric> metrics =
        List.of(
            new Metric("ROUGE-1", "rouge1", RougeResult::rouge1),
            new Metric("ROUGE-2", "rouge2", RougeResult::rouge2),
            new Metric("ROUGE-L", "rougeL", RougeResult::rougeL));
    if (format.equals("json")) {
      ObjectNode json = Reports.JSON.createObjectNode();
      for (Metric metric : metrics) {
        PairedBootstrap.Result r = bootstrap(a, b, metric, samples, seed);
        ObjectNode node = json.putObject(metric.key());
        node.put("a", Reports.percent(r.meanA()));
        node.put("b", Reports.percent(r.meanB()));
        node.put("margin", Reports.percent(r.margin()));
        node.put("low", Reports.percent(r.low()));
        node.put("high", Reports.percent(r.high()));
        node.put("flipProbability", r.flipProbability());
      }
      json.put("documents", dataset.documents().size());
      json.put("samples", samples);
      out.println(Reports.write(json));
    } else {
      out.println(
          "ROUGE F1 "
              + RougeCommand.scoring(unicode)
              + " of A = "
              + aFile
              + " and B = "
              + bFile
              + ", paired bootstrap over "
              + dataset.documents().size()
              + " documents, "
              + samples
              + " resamples");
      out.println();
      out.println(
          String.format(
              Locale.ROOT,
              "%-8s %7s %7s %7s %17s %6s",
              "metric",
              "A",
              "B",
              "A-B",
              "95% interval",
              "flip"));
      for (Metric metric : metrics) {
        PairedBootstrap.Result r = bootstrap(a, b, metric, samples, seed);
        out.println(
            String.format(
                Locale.ROOT,
                "%-8s %7s %7s %7s %17s %6.4f",
                metric.name(),
                Reports.twoDecimals(100 * r.meanA()),
                Reports.twoDecimals(100 * r.meanB()),
                signed(100 * r.margin()),
                "[" + signed(100 * r.low()) + ", " + signed(100 * r.high()) + "]",
                r.flipProbability()));
      }
      out.println();
      out.println(
          "flip: the share of resamples (documents drawn with replacement, as many as measured)"
              + " whose mean A-B does not have the measured sign");
    }
    return 0;
  }

  private record Metric(String name, String key, Function<RougeResult, RougeScore> score) {}

  private static PairedBootstrap.Result bootstrap(
      List<RougeResult> a, List<RougeResult> b, Metric metric, int samples, long seed) {
    double[] x = a.stream().mapToDouble(r -> metric.score().apply(r).f1()).toArray();
    double[] y = b.stream().mapToDouble(r -> metric.score().apply(r).f1()).toArray();
    return PairedBootstrap.run(x, y, samples, seed);
  }

  private static String signed(double value) {
    String text = Reports.twoDecimals(Math.abs(value));
    return (value < 0 && !text.matches("[0.]+") ? "-" : "+") + text;
  }
}
