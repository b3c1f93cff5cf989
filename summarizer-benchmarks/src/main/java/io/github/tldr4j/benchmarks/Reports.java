package io.github.tldr4j.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tldr4j.benchmarks.rouge.RougeResult;
import io.github.tldr4j.benchmarks.rouge.RougeScore;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Formatting shared by the bench commands. Stateless. */
final class Reports {

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Column header of per-document TSV files, as in the ROUGE-1.5.5 reference files. */
  static final String TSV_HEADER =
      "id\tROUGE-1-R\tROUGE-1-P\tROUGE-1-F\tROUGE-2-R\tROUGE-2-P\tROUGE-2-F"
          + "\tROUGE-L-R\tROUGE-L-P\tROUGE-L-F";

  private Reports() {}

  /** {@code {"f", "p", "r"}} in percent. */
  static ObjectNode json(RougeScore score) {
    ObjectNode node = JSON.createObjectNode();
    node.put("f", percent(score.f1()));
    node.put("p", percent(score.precision()));
    node.put("r", percent(score.recall()));
    return node;
  }

  /** {@code {"rouge1": .., "rouge2": .., "rougeL": ..}} in percent. */
  static ObjectNode json(RougeResult result) {
    ObjectNode node = JSON.createObjectNode();
    node.set("rouge1", json(result.rouge1()));
    node.set("rouge2", json(result.rouge2()));
    node.set("rougeL", json(result.rougeL()));
    return node;
  }

  static String write(ObjectNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + node, e);
    }
  }

  /** A value in percent, rounded to 4 decimals so that JSON output stays readable. */
  static double percent(double value) {
    return Math.round(value * 1_000_000) / 10_000.0;
  }

  /** Rounds like C's {@code printf("%.5f")}: the exact binary value, half to even. */
  static BigDecimal fiveDecimals(double value) {
    return new BigDecimal(value).setScale(5, RoundingMode.HALF_EVEN);
  }

  static String twoDecimals(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /**
   * Writes per-document scores in the layout of the ROUGE-1.5.5 reference TSV files, with the
   * figures the script prints: recall and precision rounded to 5 decimals as C's {@code printf}
   * rounds (the exact binary value, ties to even), and F computed from those rounded values, as the
   * script does, then rounded.
   */
  static void writePerDocument(Path file, List<String> ids, List<RougeResult> results) {
    try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writer.write(TSV_HEADER);
      writer.write('\n');
      for (int i = 0; i < ids.size(); i++) {
        RougeResult r = results.get(i);
        StringBuilder row = new StringBuilder(ids.get(i));
        for (RougeScore s : List.of(r.rouge1(), r.rouge2(), r.rougeL())) {
          BigDecimal recall = fiveDecimals(s.recall());
          BigDecimal precision = fiveDecimals(s.precision());
          double q = recall.doubleValue();
          double p = precision.doubleValue();
          double f = 0.5 * p + 0.5 * q > 0 ? p * q / (0.5 * p + 0.5 * q) : 0;
          row.append('\t').append(recall.toPlainString());
          row.append('\t').append(precision.toPlainString());
          row.append('\t').append(fiveDecimals(f).toPlainString());
        }
        writer.write(row.append('\n').toString());
      }
    } catch (IOException e) {
      throw new DataException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
