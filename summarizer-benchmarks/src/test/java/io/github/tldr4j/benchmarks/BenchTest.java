package io.github.tldr4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class BenchTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String DATA =
      "{\"id\": \"a\", \"text\": \"The cat sat on the mat. It was happy. Dogs barked outside.\","
          + " \"references\": [\"The cat sat on the mat.\\n"
          + "It was happy.\"], \"language\": \"en\"}\n"
          + "{\"id\": \"b\", \"text\": \"Rain fell all day. The river rose. Farmers worried about"
          + " the harvest.\", \"references\": [\"The river rose after rain.\"], \"language\":"
          + " \"en\", \"title\": \"Floods\"}\n";

  @TempDir Path dir;

  private record Run(int status, String out, String err) {}

  private static Run bench(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Bench.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static void assertUserError(int status, Run run) {
    assertEquals(status, run.status(), run.err());
    assertTrue(run.err().startsWith("bench: "), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void usageErrorsExitTwo() {
    assertUserError(2, bench());
    assertUserError(2, bench("summarize"));
    assertUserError(2, bench("rouge", "--data"));
    assertUserError(2, bench("rouge", "--data", "x.jsonl", "--summaries", "y", "--colour"));
    assertUserError(2, bench("rouge", "--summaries", "y.jsonl"));
    assertUserError(2, bench("quality", "--data", "x", "--words", "10", "--ratio", "0.2"));
    assertUserError(2, bench("quality", "--data", "x", "--ratio", "1.5"));
    assertUserError(2, bench("quality", "--data", "x", "--sentences", "zero"));
    assertUserError(2, bench("quality", "--data", "x", "--format", "xml"));
    assertUserError(2, bench("quality", "--data", "x", "--half", "third"));
    Run unknown = bench("quality", "--data", "x", "--algorithm", "bogus");
    assertUserError(2, unknown);
    assertTrue(unknown.err().contains("lexrank"), "lists the valid names: " + unknown.err());
  }

  @Test
  void helpExitsZero() {
    Run run = bench("rouge", "--help");
    assertEquals(0, run.status());
    assertTrue(run.out().startsWith("usage: bench rouge"), run.out());
  }

  @Test
  void dataErrorsExitOneWithOneLine() throws IOException {
    Path data = write("data.jsonl", DATA);
    Run missing =
        bench("rouge", "--data", dir.resolve("nope.jsonl").toString(), "--summaries", "s");
    assertUserError(1, missing);
    assertEquals(1, missing.err().lines().count(), missing.err());

    Path unknown =
        write(
            "unknown.jsonl",
            "{\"id\": \"a\", \"summary\": [\"x\"]}\n{\"id\": \"b\", \"summary\": [\"y\"]}\n"
                + "{\"id\": \"zz\", \"summary\": [\"y\"]}\n");
    Run run = bench("rouge", "--data", data.toString(), "--summaries", unknown.toString());
    assertUserError(1, run);
    assertTrue(run.err().contains("\"zz\""), run.err());

    Path incomplete = write("incomplete.jsonl", "{\"id\": \"a\", \"summary\": [\"x\"]}\n");
    run = bench("rouge", "--data", data.toString(), "--summaries", incomplete.toString());
    assertUserError(1, run);
    assertTrue(run.err().contains("no summary for document \"b\""), run.err());

    Path malformed = write("malformed.jsonl", "{\"id\": \"a\", \"summary\": [\"x\"]\n");
    run = bench("rouge", "--data", data.toString(), "--summaries", malformed.toString());
    assertUserError(1, run);
    assertTrue(run.err().contains("malformed.jsonl:1"), run.err());
  }

  @Test
  void rougeScoresSentenceListsAndTextsAlike() throws IOException {
    Path data = write("data.jsonl", DATA);
    Path lists =
        write(
            "lists.jsonl",
            "{\"id\": \"b\", \"summary\": [\"Rain fell all day.\", \"The river rose.\"]}\n"
                + "{\"id\": \"a\", \"summary\": [\"The cat sat on the mat.\"]}\n");
    Path texts =
        write(
            "texts.jsonl",
            "{\"id\": \"a\", \"text\": \"The cat sat on the mat.\"}\n"
                + "{\"id\": \"b\", \"text\": \"Rain fell all day. The river rose.\"}\n");
    Run fromLists = bench("rouge", "--data", data.toString(), "--summaries", lists.toString());
    Run fromTexts = bench("rouge", "--data", data.toString(), "--summaries", texts.toString());
    assertEquals(0, fromLists.status(), fromLists.err());
    assertEquals(fromLists.out(), fromTexts.out());
    assertTrue(fromLists.out().contains("documents: 2"), fromLists.out());

    Run json =
        bench("rouge", "--data", data.toString(), "--summaries", lists.toString(), "--format=json");
    JsonNode node = JSON.readTree(json.out());
    assertEquals(2, node.get("documents").asInt());
    for (String metric : List.of("rouge1", "rouge2", "rougeL")) {
      for (String value : List.of("f", "p", "r")) {
        double v = node.get(metric).get(value).asDouble();
        assertTrue(v > 0 && v <= 100, metric + "." + value + " = " + v);
      }
    }
    // precision: all 6 tokens of a's summary, 4 of 7 of b's ("rain", "the", "river", "rose")
    assertEquals(Math.round((1 + 4 / 7.0) / 2 * 1e6) / 1e4, node.get("rouge1").get("p").asDouble());
  }

  @Test
  void rougeWritesPerDocumentFiguresIdenticalToRouge155() throws IOException {
    Path data = SharedData.file("bbc-news-dev.jsonl");
    Path summaries = SharedData.file("reference/bbc-news-dev.lead3.jsonl");
    Path expected = SharedData.file("reference/bbc-news-dev.lead3.rouge155.tsv");
    Path actual = dir.resolve("per-doc.tsv");
    Run run =
        bench(
            "rouge",
            "--data",
            data.toString(),
            "--summaries",
            summaries.toString(),
            "--per-doc",
            actual.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals(Files.readAllLines(expected), Files.readAllLines(actual));
  }

  @Test
  void qualityComparesLibraryLeadAndOracle() throws IOException {
    Path data = write("data.jsonl", DATA);
    Run table = bench("quality", "--data", data.toString(), "--sentences", "1");
    assertEquals(0, table.status(), table.err());
    for (String row : List.of("tldr4j", "LEAD", "ORACLE", "documents/s")) {
      assertTrue(table.out().contains(row), table.out());
    }
    Run json = bench("quality", "--data", data.toString(), "--words", "6", "--format", "json");
    assertEquals(0, json.status(), json.err());
    JsonNode node = JSON.readTree(json.out());
    assertEquals(2, node.get("documents").asInt());
    assertEquals("Budget.words(6)", node.get("budget").asText());
    assertEquals("rouge155", node.get("rouge").asText());
    JsonNode lead = node.get("systems").get("lead");
    assertEquals((6 + 4) / 2.0, lead.get("words").asDouble(), 1e-9); // "Rain fell all day."
    JsonNode oracle = node.get("systems").get("oracle");
    assertTrue(oracle.get("rouge1").get("f").asDouble() > lead.get("rouge1").get("f").asDouble());
    assertEquals((6 + 3) / 2.0, oracle.get("words").asDouble(), 1e-9); // "The river rose."
  }

  @Test
  void qualityScoresOneHalfOfTheFile() throws IOException {
    Path data = write("data.jsonl", DATA);
    double[] leadWords = new double[2];
    for (int h = 0; h < 2; h++) {
      String half = h == 0 ? "odd" : "EVEN";
      Run json =
          bench("quality", "--data", data.toString(), "--words", "6", "--half", half,
              "--format", "json");
      assertEquals(0, json.status(), json.err());
      JsonNode node = JSON.readTree(json.out());
      assertEquals(1, node.get("documents").asInt());
      assertEquals(half.toLowerCase(Locale.ROOT), node.get("half").asText());
      leadWords[h] = node.get("systems").get("lead").get("words").asDouble();
    }
    // the first document's lead sentence has 6 words, the second's 4 (as in the test above)
    assertEquals(6, leadWords[0], 1e-9);
    assertEquals(4, leadWords[1], 1e-9);
    Run table = bench("quality", "--data", data.toString(), "--half", "odd");
    assertTrue(table.out().contains("(odd half), 1 documents"), table.out());
  }

  @Test
  void qualityRunsTheChosenAlgorithm() throws IOException {
    Path data = write("data.jsonl", DATA);
    for (String algorithm : List.of("tfidf", "lexrank", "textrank", "reduction", "lsa")) {
      Run json =
          bench("quality", "--data", data.toString(), "--sentences", "1", "--algorithm", algorithm,
              "--format", "json");
      assertEquals(0, json.status(), json.err());
      JsonNode node = JSON.readTree(json.out());
      assertEquals(algorithm, node.get("algorithm").asText());
      assertEquals(2, node.get("documents").asInt());
    }
    Run table = bench("quality", "--data", data.toString(), "--algorithm", "TextRank");
    assertTrue(table.out().contains("algorithm textrank"), table.out());
  }

  @Test
  void qualityUsesUnicodeRougeForOtherLanguages() throws IOException {
    Path data =
        write(
            "fr.jsonl",
            "{\"id\": \"f\", \"text\": \"L'été fut chaud. Les élèves étaient en vacances.\","
                + " \"references\": [\"L'été fut très chaud.\"], \"language\": \"fr\"}\n");
    Run json = bench("quality", "--data", data.toString(), "--format", "json");
    assertEquals(0, json.status(), json.err());
    assertEquals("unicode", JSON.readTree(json.out()).get("rouge").asText());
  }

  /** Three pages of made-up text: an article between a menu and a footer. */
  private static String pages() {
    StringBuilder lines = new StringBuilder();
    String[][] articles = {
      {"p1", "The pier at Saltby will close for repairs in March, the council said on Friday.",
          "Engineers found rust in the supports after the winter storms, and a survey followed."},
      {"p2", "A bakery in the old market has won a prize for its rye bread, its third in a row.",
          "The owners, who started with one oven in 2009, now employ eleven people, mostly local."},
      {"p3", "Volunteers counted two hundred seals on the sandbank, more than in any other year.",
          "The count is made every August from boats that keep their distance from the colony."},
    };
    for (String[] a : articles) {
      String html =
          "<html><body><nav><a href=/>Home</a> <a href=/news>News</a></nav><article><h1>News</h1>"
              + "<p>" + a[1] + "</p><p>" + a[2] + "</p></article>"
              + "<footer>Copyright the Saltby paper. All rights reserved.</footer></body></html>";
      lines
          .append("{\"id\": \"").append(a[0]).append("\", \"html\": \"")
          .append(html.replace("\"", "\\\""))
          .append("\", \"text\": \"").append(a[1]).append("\\n").append(a[2]).append("\"}\n");
    }
    return lines.toString();
  }

  @Test
  void extractScoresBothMetricsAndBothHalves() throws IOException {
    Path data = write("pages.jsonl", pages());
    Run json = bench("extract", "--data", data.toString(), "--format", "json");
    assertEquals(0, json.status(), json.err());
    JsonNode ours = JSON.readTree(json.out()).get("systems").get("tldr4j");
    assertEquals(1.0, ours.get("f1").asDouble(), 1e-9);
    assertEquals(1.0, ours.get("rougeLsumF1").asDouble(), 1e-9);
    assertEquals(0.0, ours.get("furniture").asDouble(), 1e-9);
    JsonNode halves = ours.get("halves");
    assertEquals(3, halves.get("A").get("pages").asInt() + halves.get("B").get("pages").asInt());
    Run table = bench("extract", "--data", data.toString());
    assertTrue(table.out().contains("R-LSum"), table.out());
    assertTrue(table.out().contains("split halves"), table.out());
  }

  @Test
  void extractCanScoreOneHalfOrOnlyExtract() throws IOException {
    Path data = write("pages.jsonl", pages());
    Run a = bench("extract", "--data", data.toString(), "--half", "a", "--format", "json");
    Run b = bench("extract", "--data", data.toString(), "--half", "B", "--format", "json");
    assertEquals(0, a.status(), a.err());
    assertEquals(0, b.status(), b.err());
    assertEquals(
        3, JSON.readTree(a.out()).get("pages").asInt() + JSON.readTree(b.out()).get("pages").asInt());
    Path dump = dir.resolve("dump.jsonl");
    Run only =
        bench("extract", "--data", data.toString(), "--only-extract", "--dump", dump.toString());
    assertEquals(0, only.status(), only.err());
    assertTrue(only.out().startsWith("extracted 3 pages"), only.out());
    List<String> lines = Files.readAllLines(dump);
    assertEquals(3, lines.size());
    assertTrue(JSON.readTree(lines.get(0)).get("text").asText().startsWith("The pier at Saltby"));
    assertUserError(2, bench("extract", "--data", data.toString(), "--half", "C"));
  }

  @Test
  void compareTellsWhichSystemIsAheadAndHowOftenAResampleDisagrees() throws IOException {
    Path data = write("data.jsonl", DATA);
    Path good =
        write(
            "good.jsonl",
            "{\"id\": \"a\", \"summary\": [\"The cat sat on the mat.\"]}\n"
                + "{\"id\": \"b\", \"summary\": [\"The river rose.\"]}\n");
    Path poor =
        write(
            "poor.jsonl",
            "{\"id\": \"a\", \"summary\": [\"Dogs barked outside.\"]}\n"
                + "{\"id\": \"b\", \"summary\": [\"Farmers worried about the harvest.\"]}\n");
    Run run =
        bench(
            "compare",
            "--data",
            data.toString(),
            "--summaries",
            good.toString(),
            "--against",
            poor.toString(),
            "--samples",
            "500",
            "--format",
            "json");
    assertEquals(0, run.status(), run.err());
    JsonNode node = JSON.readTree(run.out());
    JsonNode rouge1 = node.get("rouge1");
    assertTrue(rouge1.get("margin").asDouble() > 0, run.out());
    assertEquals(
        rouge1.get("a").asDouble() - rouge1.get("b").asDouble(),
        rouge1.get("margin").asDouble(),
        1e-3);
    // better on both documents: no resample reverses it
    assertEquals(0.0, rouge1.get("flipProbability").asDouble());
    assertEquals(2, node.get("documents").asInt());
    assertEquals(500, node.get("samples").asInt());

    Run same =
        bench(
            "compare",
            "--data",
            data.toString(),
            "--summaries",
            good.toString(),
            "--against",
            good.toString());
    assertEquals(0, same.status(), same.err());
    assertTrue(same.out().contains("ROUGE-1"), same.out());
    assertTrue(same.out().contains("1.0000"), "identical systems always flip: " + same.out());

    Path partial = write("partial.jsonl", "{\"id\": \"a\", \"summary\": [\"x.\"]}\n");
    assertUserError(
        1,
        bench(
            "compare",
            "--data",
            data.toString(),
            "--summaries",
            good.toString(),
            "--against",
            partial.toString()));
    assertUserError(
        2, bench("compare", "--data", data.toString(), "--summaries", good.toString()));
    assertUserError(
        2,
        bench(
            "compare",
            "--data",
            data.toString(),
            "--summaries",
            good.toString(),
            "--against",
            poor.toString(),
            "--samples",
            "0"));
  }

  @Test
  void gzipFilesReadLikeTheirContent() throws IOException {
    Path data = write("data.jsonl", DATA);
    String summaries =
        "{\"id\": \"a\", \"summary\": [\"It was happy.\"]}\n"
            + "{\"id\": \"b\", \"text\": \"Rain fell all day. The river rose.\"}\n";
    Path plain = write("sys.jsonl", summaries);
    Path packed = dir.resolve("sys.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(packed))) {
      out.write(summaries.getBytes(StandardCharsets.UTF_8));
    }
    Run fromPlain = bench("rouge", "--data", data.toString(), "--summaries", plain.toString());
    Run fromPacked = bench("rouge", "--data", data.toString(), "--summaries", packed.toString());
    assertEquals(0, fromPacked.status(), fromPacked.err());
    assertEquals(fromPlain.out(), fromPacked.out());

    Path notGzip = write("broken.jsonl.gz", summaries);
    Run broken = bench("rouge", "--data", data.toString(), "--summaries", notGzip.toString());
    assertUserError(1, broken);
    assertTrue(broken.err().contains("broken.jsonl.gz"), broken.err());
  }

  @Test
  void segmentationScoresTheLibraryBesideIcuAndTheJdk() throws IOException {
    // ICU's standard suppressions keep "Mr." inside the sentence; the JDK's iterator breaks there
    Path data =
        write(
            "toy-dev.jsonl",
            "{\"id\": \"d1\", \"lang\": \"en\", \"text\": \"Mr. Brandt fed the goats. They"
                + " ate the hay.\", \"sentences\": [\"Mr. Brandt fed the goats.\", \"They ate the"
                + " hay.\"]}\n");
    Run json = bench("segmentation", "--data", data.toString(), "--format", "json");
    assertEquals(0, json.status(), json.err());
    JsonNode all = JSON.readTree(json.out()).get("all");
    assertEquals(1.0, all.get("tldr4j").get("f1").asDouble());
    assertEquals(1.0, all.get("ICU4J").get("precision").asDouble());
    assertEquals(1.0, all.get("ICU4J").get("recall").asDouble());
    assertEquals(0.5, all.get("BreakIterator").get("precision").asDouble());
    assertEquals(1.0, all.get("BreakIterator").get("recall").asDouble());

    Run table = bench("segmentation", "--data", data.toString());
    assertEquals(0, table.status(), table.err());
    List<String> lines = table.out().lines().toList();
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("toy (1)") && l.contains("tldr4j")), table.out());
    assertTrue(lines.stream().anyMatch(l -> l.contains(" ICU4J ")), table.out());
    assertTrue(lines.stream().anyMatch(l -> l.contains(" BreakIterator ")), table.out());
  }

  @Test
  void icuUsesTheDocumentsLanguageWithItsAbbreviationList() {
    String text = "Mr. Brandt fed the goats. They ate.";
    // English has a suppression list holding "Mr."; a language ICU has no data for breaks there
    assertEquals(
        List.of(25, 35),
        SegmentationCommand.icu(new SegmentationCommand.Doc("e", "en", text, List.of())));
    assertEquals(
        List.of(3, 25, 35),
        SegmentationCommand.icu(new SegmentationCommand.Doc("x", "xx", text, List.of())));
  }
}
