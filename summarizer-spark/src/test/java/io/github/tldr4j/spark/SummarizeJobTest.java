package io.github.tldr4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tldr4j.spark.TestDocuments.Doc;
import io.github.tldr4j.summarizer.Budget;
import io.github.tldr4j.summarizer.analysis.Analyzers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SummarizeJobTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final SparkSession spark = LocalSpark.session();
  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

  @TempDir Path dir;

  @Test
  void jsonLinesOutputIsTheOutputOfTldrJsonlInInputOrder() throws IOException {
    List<String> input = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (Doc d : TestDocuments.GOOD) {
      input.add(jsonl(d, "language"));
      expected.add(TestDocuments.expectedLine(d, Budget.words(40), "en"));
    }
    // "lang" is read as well as "language", and a numeric id is echoed as written
    Doc french = new Doc("4.50", TestDocuments.GOOD.get(3).text(), null, "fr");
    input.add(jsonl(french, "lang").replace("\"4.50\"", "4.50"));
    expected.add(TestDocuments.expectedLine(french, Budget.words(40), "en").replace("\"4.50\"", "4.50"));
    // of duplicate fields the last counts; a lone surrogate escape comes back as the escape
    Doc surrogate = new Doc("lone", "A lone \ud800 half. Then an emoji \ud83d\ude00 here.", null, null);
    input.add(
        jsonl(surrogate, "language")
            .replace("{", "{\"text\": 7, \"id\": [1], ")
            .replace("\ud800", "\\ud800"));
    expected.add(TestDocuments.expectedLine(surrogate, Budget.words(40), "en").replace("\ud800", "\\ud800"));
    input.add("");
    input.add("   ");
    input.add("{\"id\": \"no-text\", \"title\": \"Nothing else\"}");
    expected.add("{\"id\":\"no-text\",\"error\":\"missing text\"}");
    input.add("{\"title\": \"No id, no text\"}");
    expected.add("{\"id\":null,\"error\":\"missing text\"}");
    input.add("{\"id\": 12, \"text\": [\"not\", \"a string\"]}");
    expected.add("{\"id\":12,\"error\":\"\\\"text\\\" must be a string, got an array\"}");
    input.add("{\"id\": {\"n\": 1}, \"text\": \"Some text.\"}");
    expected.add("{\"id\":null,\"error\":\"\\\"id\\\" must be a string or a number, got an object\"}");
    for (String bad : new String[] {"{\"id\": \"broken\", \"text\": \"cut off", "[1, 2]", "{} {}", "{\"id\": 1}x"}) {
      input.add(bad);
      expected.add("{\"id\":null,\"error\":\"malformed JSON\"}");
    }
    input.add("{\"id\": \"elvish\", \"text\": \"Some text.\", \"language\": \"sjn\"}");
    String unsupported =
        assertThrows(IllegalArgumentException.class, () -> Analyzers.normalize("sjn")).getMessage();
    expected.add("{\"id\":\"elvish\",\"error\":" + MAPPER.writeValueAsString(unsupported) + "}");
    Path in = dir.resolve("in.jsonl");
    Files.write(in, input, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");

    // small splits, so that the order across several part files is checked too
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    hadoop.setLong(FileInputFormat.SPLIT_MAXSIZE, 1024);
    try {
      assertEquals(0, run("--input", in.toString(), "--output", out.toString(), "--words=40"), stderr());
    } finally {
      hadoop.unset(FileInputFormat.SPLIT_MAXSIZE);
    }
    assertTrue(partFiles(out).size() > 1, "several part files");
    assertEquals(expected, readParts(out));
    assertTrue(
        stderr().startsWith("tldr-spark: " + expected.size() + " documents (9 with an error) written to "),
        stderr());
  }

  @Test
  void jsonLinesInParquetOutAndBack() {
    // the other combinations go through DataFrames: the same summaries
    List<String> input = new ArrayList<>();
    for (Doc d : TestDocuments.GOOD) {
      input.add(jsonl(d, "lang"));
    }
    Path in = dir.resolve("in.jsonl");
    Path out = dir.resolve("summaries");
    try {
      Files.write(in, input, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertEquals(0, run("--input", in.toString(), "--output", out.toString(), "--format", "parquet"), stderr());
    List<String> actual =
        TldrSummarizerTest.jsonLines(
            spark.read().parquet(out.toString()).selectExpr("id", "struct(summary, indices, stats) AS t"),
            "t");
    List<String> expected = new ArrayList<>(TestDocuments.expectedLines(TestDocuments.GOOD, Budget.ratio(0.3), "en"));
    expected.sort(null);
    actual.sort(null);
    assertEquals(expected, actual);
  }

  @Test
  void splitsAreTheInputSpreadOverTheCoresWithinBounds() {
    long mb = 1L << 20;
    assertEquals(76 * mb, SummarizeJob.splitBytes(152 * mb, 2, 0));
    assertEquals(128 * mb, SummarizeJob.splitBytes(1000 * mb, 2, 0), "at most 128 MB");
    assertEquals(4 * mb, SummarizeJob.splitBytes(mb, 8, 0), "at least 4 MB");
    assertEquals(1024, SummarizeJob.splitBytes(152 * mb, 2, 1024), "the configured maximum");
    assertEquals(4 * mb, SummarizeJob.splitBytes(0, 2, 0));
  }

  @Test
  void parquetInAndOut() {
    List<Row> rows = new ArrayList<>();
    for (Doc d : TestDocuments.GOOD) {
      rows.add(org.apache.spark.sql.RowFactory.create(d.id(), d.text(), d.title(), d.language(), "x"));
    }
    Path in = dir.resolve("articles.parquet");
    spark
        .createDataFrame(rows, TestDocuments.SCHEMA.add("extra", "string"))
        .withColumnRenamed("language", "lang")
        .write()
        .parquet(in.toString());
    Path out = dir.resolve("summaries");
    assertEquals(
        0, run("--input", in + "/", "--output", out.toString(), "--format", "parquet", "--sentences", "2"), stderr());
    List<String> actual =
        TldrSummarizerTest.jsonLines(
            spark.read().parquet(out.toString()).selectExpr("id", "struct(summary, indices, stats) AS t"),
            "t");
    List<String> expected = new ArrayList<>(TestDocuments.expectedLines(TestDocuments.GOOD, Budget.sentences(2), "en"));
    expected.sort(null);
    actual.sort(null);
    assertEquals(expected, actual);
  }

  @Test
  void anExistingOutputIsKeptUnlessOverwriteIsGiven() throws IOException {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, jsonl(TestDocuments.GOOD.get(0), "language") + "\n");
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    assertEquals(1, run("--input", in.toString(), "--output", out.toString()));
    assertTrue(stderr().contains("already exists"), stderr());
    assertEquals(0, run("--input", in.toString(), "--output", out.toString(), "--overwrite", "--ratio", "0.5"));
    assertEquals(
        List.of(TestDocuments.expectedLine(TestDocuments.GOOD.get(0), Budget.ratio(0.5), "en")),
        readParts(out));
  }

  @Test
  void aMissingInputOrTextColumnFailsWithOneLine() {
    assertEquals(1, run("--input", dir.resolve("nothing.jsonl").toString(), "--output", dir.resolve("o1").toString()));
    assertTrue(stderr().startsWith("tldr-spark: ") && stderr().contains("nothing.jsonl"), stderr());
    stderr.reset();
    Path in = dir.resolve("notext.parquet");
    spark.range(3).toDF("id").write().parquet(in.toString());
    assertEquals(1, run("--input", in.toString(), "--output", dir.resolve("o2").toString()));
    assertTrue(stderr().contains("no column 'text'"), stderr());
    assertEquals(1, stderr().lines().count(), stderr());
  }

  @Test
  void usage() {
    assertEquals(0, run("--help"));
    assertTrue(stdout.toString(StandardCharsets.UTF_8).startsWith("Usage: tldr-spark --input IN --output OUT"));
    String[][] bad = {
      {"--output", "o"},
      {"--input", "i"},
      {"--input", "i", "--output", "o", "--words", "3", "--ratio", "0.2"},
      {"--input", "i", "--output", "o", "--words", "0"},
      {"--input", "i", "--output", "o", "--words", "2.5"},
      {"--input", "i", "--output", "o", "--ratio", "2"},
      {"--input", "i", "--output", "o", "--sentences", "three"},
      {"--input", "i", "--output", "o", "--format", "csv"},
      {"--input", "i", "--output", "o", "--lang", "xx"},
      {"--input", "i", "--output", "o", "--algorithm", "coin-toss"},
      {"--input", "i", "--output", "o", "--colour"},
      {"--input", "i", "--output"},
    };
    assertEquals(2, run("--input", "i", "--output", "o", "--sentences", "0"));
    assertEquals(
        "tldr-spark: --sentences must be a positive whole number, got '0' (--help for the usage)\n",
        stderr(),
        "the message of tldr's own check");
    for (String[] args : bad) {
      stderr.reset();
      assertEquals(2, run(args), String.join(" ", args));
      assertTrue(stderr().startsWith("tldr-spark: ") && stderr().endsWith("(--help for the usage)\n"), stderr());
    }
  }

  @Test
  void parsedOptions() throws Exception {
    JobOptions o = JobOptions.parse(new String[] {"--input", "a/b.PARQUET/", "--output", "o", "--lang", "PT-br"});
    assertEquals("parquet", o.inputFormat());
    assertEquals("jsonl", o.outputFormat());
    assertEquals("pt", o.language());
    assertEquals(Budget.ratio(0.3), Budgets.of(o.budgetUnit(), o.budgetSize()));
    JobOptions p =
        JobOptions.parse(new String[] {"--input=x.parquet", "--input-format", "jsonl", "--output=o", "--master", "local[1]"});
    assertEquals("jsonl", p.inputFormat());
    assertEquals("local[1]", p.master().orElseThrow());
  }

  private int run(String... args) {
    return SummarizeJob.run(
        args,
        new PrintStream(stdout, true, StandardCharsets.UTF_8),
        new PrintStream(stderr, true, StandardCharsets.UTF_8),
        spark.sparkContext());
  }

  private String stderr() {
    return stderr.toString(StandardCharsets.UTF_8);
  }

  private static String jsonl(Doc d, String languageField) {
    ObjectNode line = MAPPER.createObjectNode();
    line.put("id", d.id());
    line.put("text", d.text());
    if (d.title() != null) {
      line.put("title", d.title());
    }
    if (d.language() != null) {
      line.put(languageField, d.language());
    }
    line.put("source", "ignored");
    return line.toString();
  }

  private static List<Path> partFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(p -> p.getFileName().toString().startsWith("part-"))
          .sorted()
          .toList();
    }
  }

  private static List<String> readParts(Path folder) throws IOException {
    List<String> lines = new ArrayList<>();
    for (Path part : partFiles(folder)) {
      try {
        lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return lines;
  }
}
