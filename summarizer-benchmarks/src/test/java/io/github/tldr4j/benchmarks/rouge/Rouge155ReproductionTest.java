package io.github.tldr4j.benchmarks.rouge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tldr4j.benchmarks.Dataset;
import io.github.tldr4j.benchmarks.SharedData;
import io.github.tldr4j.benchmarks.Summaries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reproduces, document by document, the scores the original ROUGE-1.5.5 Perl script ({@code -c 95
 * -r 1000 -n 2 -a -m}) gave LEAD-3 on the shared development sets. Skipped without the shared data.
 */
final class Rouge155ReproductionTest {

  /** The reference values are printed with 5 decimals. */
  private static final double TOLERANCE = 1e-4;

  private static final String[] METRICS = {
    "ROUGE-1-R",
    "ROUGE-1-P",
    "ROUGE-1-F",
    "ROUGE-2-R",
    "ROUGE-2-P",
    "ROUGE-2-F",
    "ROUGE-L-R",
    "ROUGE-L-P",
    "ROUGE-L-F"
  };

  @ParameterizedTest
  @ValueSource(strings = {"cnndm-dev", "bbc-news-dev"})
  void reproducesRouge155PerDocumentScoresOfLead3(String name) throws IOException {
    Path data = SharedData.file(name + ".jsonl");
    Path summariesFile = SharedData.file("reference/" + name + ".lead3.jsonl");
    Path expectedFile = SharedData.file("reference/" + name + ".lead3.rouge155.tsv");
    Map<String, Dataset.Document> documents = byId(Dataset.read(data));
    Map<String, List<String>> summaries =
        Summaries.read(summariesFile, (id, text) -> List.of(text)).byId();
    List<String> rows = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
    assertEquals(List.of(METRICS), List.of(rows.get(0).split("\t")).subList(1, 10));

    Rouge rouge = Rouge.rouge155();
    double[] maxDeviation = new double[METRICS.length];
    List<String> failures = new ArrayList<>();
    for (String row : rows.subList(1, rows.size())) {
      String[] fields = row.split("\t");
      String id = fields[0];
      Dataset.Document document = documents.get(id);
      List<String> summary = summaries.get(id);
      assertTrue(document != null && summary != null, "unknown id " + id);
      RougeResult result = rouge.score(summary, document.referenceSentences());
      double[] actual = flatten(result);
      for (int m = 0; m < METRICS.length; m++) {
        double deviation = Math.abs(actual[m] - Double.parseDouble(fields[m + 1]));
        maxDeviation[m] = Math.max(maxDeviation[m], deviation);
        if (deviation > TOLERANCE) {
          failures.add(
              String.format(
                  Locale.ROOT,
                  "%s %s expected %s got %.5f",
                  id,
                  METRICS[m],
                  fields[m + 1],
                  actual[m]));
        }
      }
    }
    StringBuilder report =
        new StringBuilder(name + ": " + (rows.size() - 1) + " documents, max |dev|");
    for (int m = 0; m < METRICS.length; m++) {
      report.append(String.format(Locale.ROOT, " %s=%.1e", METRICS[m], maxDeviation[m]));
    }
    System.out.println(report);
    assertEquals(documents.size(), rows.size() - 1, "documents scored");
    assertTrue(
        failures.isEmpty(),
        failures.size()
            + " values off by more than "
            + TOLERANCE
            + ", first: "
            + failures.subList(0, Math.min(20, failures.size())));
  }

  static double[] flatten(RougeResult r) {
    return new double[] {
      r.rouge1().recall(), r.rouge1().precision(), r.rouge1().f1(),
      r.rouge2().recall(), r.rouge2().precision(), r.rouge2().f1(),
      r.rougeL().recall(), r.rougeL().precision(), r.rougeL().f1()
    };
  }

  private static Map<String, Dataset.Document> byId(Dataset dataset) {
    Map<String, Dataset.Document> map = new java.util.HashMap<>();
    for (Dataset.Document document : dataset.documents()) {
      map.put(document.id(), document);
    }
    return map;
  }
}
