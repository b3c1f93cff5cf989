package io.github.tldr4j.cli;

import static io.github.tldr4j.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tldr4j.summarizer.Budget;
import io.github.tldr4j.summarizer.Summarizer;
import io.github.tldr4j.summarizer.Summary;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code tldr --jsonl} and {@code tldr split --jsonl}, run in-process. */
final class JsonlBatchTest {

  @Test
  void summarizesEachLineInInputOrder() {
    Cli.Result r = run(Cli.jsonl(5), "--jsonl", "--sentences", "1");
    Summarizer summarizer = Summarizer.builder().build();
    assertEquals(0, r.status(), r.err());
    assertEquals(5, r.lines().size());
    List<JsonNode> input = new Cli.Result(0, Cli.jsonl(5), "").json();
    for (int i = 0; i < 5; i++) {
      JsonNode out = r.json().get(i);
      Summary expected = summarizer.summarize(input.get(i).get("text").asText(), Budget.sentences(1));
      ObjectNode withoutId = out.deepCopy();
      withoutId.remove("id");
      assertEquals(i, out.get("id").asInt());
      assertEquals(List.of("id", "summary", "indices", "stats"), fieldNames(out));
      assertEquals(Json.write(Json.summary(Json.object(), expected)), Json.write(withoutId));
    }
  }

  /**
   * The batch's warm-up line is longer than the usual budgets, so that it runs scoring and selection
   * as a real document does (else the workers would still link those call sites at once).
   */
  @Test
  void warmUpLineRunsScoringAndSelection() {
    Summary summary =
        Summarizer.builder().build().summarize(Tldr.WARM_UP_TEXT, Budget.sentences(3));
    assertEquals(3, summary.sentences().size());
    assertTrue(summary.stats().originalWords() > summary.stats().summaryWords());
  }

  @Test
  void manyThreadsKeepInputOrderAndMatchOneThread() {
    String input = Cli.jsonl(200);
    Cli.Result parallel = run(input, "--jsonl", "--threads", "4", "--words", "30");
    Cli.Result serial = run(input, "--jsonl", "--threads", "1", "--words", "30");
    assertEquals(0, parallel.status(), parallel.err());
    assertEquals(200, parallel.lines().size());
    for (int i = 0; i < 200; i++) {
      assertEquals(i, parallel.json().get(i).get("id").asInt());
    }
    assertEquals(serial.out(), parallel.out());
  }

  @Test
  void titleAndLanguageComeFromTheLine() {
    String line =
        "{\"id\":\"de-1\",\"title\":\"Brücke\",\"language\":\"de\","
            + "\"text\":\"Die Brücke ist offen. Sie wurde am Freitag eröffnet. Viele kamen.\"}\n";
    Cli.Result r = run(line, "--jsonl", "--sentences", "1");
    assertEquals(0, r.status(), r.err());
    assertEquals("de-1", r.json().get(0).get("id").asText());
    assertEquals(1, r.json().get(0).get("summary").size());
  }

  @Test
  void idIsEchoedAsGiven() {
    String input =
        "{\"id\":\"a-1\",\"text\":\"One.\"}\n"
            + "{\"id\":42,\"text\":\"One.\"}\n"
            + "{\"id\":4.50,\"text\":\"One.\"}\n"
            + "{\"id\":123456789012345678901234567890,\"text\":\"One.\"}\n"
            + "{\"text\":\"One.\"}\n";
    List<String> ids =
        run(input, "--jsonl").lines().stream().map(l -> l.substring(0, l.indexOf(",\"summary\""))).toList();
    assertEquals(
        List.of(
            "{\"id\":\"a-1\"",
            "{\"id\":42",
            "{\"id\":4.50",
            "{\"id\":123456789012345678901234567890",
            "{\"id\":null"),
        ids);
  }

  /** Of duplicate top-level ids the last counts, as written; a nested "id" is not the line's. */
  @Test
  void lastTopLevelIdCounts() {
    String input =
        "{\"id\":1,\"id\":2.50,\"text\":\"One.\"}\n"
            + "{\"id\":2.50,\"id\":\"b\",\"text\":\"One.\"}\n"
            + "{\"id\":\"c\",\"meta\":{\"id\":7,\"tags\":[{\"id\":1e3}]},\"text\":\"One.\"}\n"
            + "{\"meta\":{\"id\":7},\"id\":-0.0,\"text\":\"One.\"}\n";
    List<String> ids =
        run(input, "--jsonl").lines().stream().map(l -> l.substring(0, l.indexOf(",\"summary\""))).toList();
    assertEquals(List.of("{\"id\":2.50", "{\"id\":\"b\"", "{\"id\":\"c\"", "{\"id\":-0.0"), ids);
  }

  /** Issue 16, item 4: a number is echoed as written, not as the value it parses to. */
  @ParameterizedTest
  @ValueSource(strings = {"1e3", "1E+3", "-0", "-0.0", "2e-5", "0.10", "-12", "1.5E-300"})
  void numericIdIsEchoedVerbatim(String id) {
    Cli.Result r = run("{\"text\":\"One.\",\"id\":" + id + "}\n", "--jsonl");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("{\"id\":" + id + ",\"summary\""), r.out());
    Cli.Result error = run("{\"id\":" + id + "}\n", "--jsonl", "--keep-going");
    assertEquals("{\"id\":" + id + ",\"error\":\"line 1: missing \\\"text\\\"\"}\n", error.out());
  }

  /**
   * Issue 16, item 4: JSON can carry a lone surrogate as an escape; it comes back as the same
   * escape, in the id and in the sentences, never as {@code ?}.
   */
  @Test
  void loneSurrogateEscapesRoundTrip() {
    String input =
        "{\"id\":\"x\\ud800y\",\"text\":\"Broken \\udc00 low. Pair \\ud83d\\ude00 kept.\"}\n";
    Cli.Result batch = run(input, "--jsonl", "--ratio", "1");
    Cli.Result split = run(input, "split", "--jsonl");
    assertEquals(0, batch.status(), batch.err());
    assertTrue(batch.out().startsWith("{\"id\":\"x\\ud800y\",\"summary\":[\"Broken \\udc00 low.\",\"Pair \ud83d\ude00 kept.\"]"), batch.out());
    assertEquals("{\"id\":\"x\\ud800y\",\"sentences\":[\"Broken \\udc00 low.\",\"Pair \ud83d\ude00 kept.\"]}\n", split.out());
    assertFalse(batch.out().contains("?") || split.out().contains("?"));
  }

  @Test
  void blankLinesAreSkippedButCounted() {
    String input = "\n{\"id\":1,\"text\":\"One.\"}\r\n   \n{\"id\":2}\n";
    Cli.Result r = run(input, "--jsonl");
    assertEquals(1, r.status());
    assertEquals(1, r.lines().size());
    assertEquals("tldr: line 4: missing \"text\"\n", r.err());
  }

  static Stream<Arguments> badLines() {
    return Stream.of(
        Arguments.of("not json", "line 2: malformed JSON"),
        Arguments.of("{\"id\":9,\"text\":\"a\"", "line 2: malformed JSON"),
        Arguments.of("{\"id\":9,\"text\":\"a\"} {}", "line 2: malformed JSON"),
        Arguments.of("[1, 2]", "line 2: expected a JSON object, got an array"),
        Arguments.of("{\"id\":9}", "line 2: missing \"text\""),
        Arguments.of("{\"id\":9,\"text\":null}", "line 2: missing \"text\""),
        Arguments.of("{\"id\":9,\"text\":7}", "line 2: \"text\" must be a string, got a number"),
        Arguments.of("{\"id\":9,\"text\":\"a\",\"title\":[]}", "line 2: \"title\" must be a string"),
        Arguments.of("{\"id\":{},\"text\":\"a\"}", "line 2: \"id\" must be a string or a number"),
        Arguments.of("{\"id\":9,\"text\":\"a\",\"language\":\"xx\"}", "line 2: unsupported language: 'xx'"));
  }

  @ParameterizedTest
  @MethodSource("badLines")
  void badLineStopsAfterEarlierResults(String bad, String message) {
    String input = "{\"id\":1,\"text\":\"Fine.\"}\n" + bad + "\n{\"id\":3,\"text\":\"Never.\"}\n";
    Cli.Result r = run(input, "--jsonl", "--threads", "2");
    assertAll(
        () -> assertEquals(1, r.status()),
        () -> assertEquals(1, r.lines().size()),
        () -> assertEquals(1, r.json().get(0).get("id").asInt()),
        () -> assertTrue(r.err().startsWith("tldr: " + message), r.err()));
    r.assertOneErrorLine();
  }

  @Test
  void invalidUtf8LineIsBadLine() {
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.writeBytes("{\"id\":1,\"text\":\"Fine.\"}\n{\"id\":2,\"text\":\"caf".getBytes(StandardCharsets.UTF_8));
    input.write(0xE9);
    input.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
    Cli.Result r = Cli.run(input.toByteArray(), "--jsonl");
    assertEquals(1, r.status());
    assertEquals(1, r.lines().size());
    assertTrue(r.err().startsWith("tldr: line 2 is not valid UTF-8"), r.err());
  }

  @Test
  void keepGoingReportsEveryBadLineAndContinues() {
    String input =
        "{\"id\":1,\"text\":\"Fine.\"}\n"
            + "{\"id\":\"two\"}\n"
            + "garbage\n"
            + "{\"id\":4,\"text\":\"Also fine.\"}\n";
    Cli.Result r = run(input, "--jsonl", "--keep-going", "--threads", "3");
    List<JsonNode> out = r.json();
    assertAll(
        () -> assertEquals(1, r.status()),
        () -> assertEquals(4, out.size()),
        () -> assertEquals(1, out.get(0).get("id").asInt()),
        () -> assertEquals("two", out.get(1).get("id").asText()),
        () -> assertEquals("line 2: missing \"text\"", out.get(1).get("error").asText()),
        () -> assertEquals(List.of("id", "error"), fieldNames(out.get(1))),
        () -> assertTrue(out.get(2).get("id").isNull()),
        () -> assertTrue(out.get(2).get("error").asText().startsWith("line 3: malformed JSON")),
        () -> assertEquals(4, out.get(3).get("id").asInt()),
        () -> assertEquals(2, r.err().split("\n").length, r.err()));
  }

  @Test
  void emptyInputGivesEmptyOutput() {
    Cli.Result r = run("", "--jsonl");
    assertEquals(0, r.status());
    assertEquals("", r.out());
    assertEquals("", r.err());
  }

  @Test
  void splitJsonlGivesSentences() {
    String input =
        "{\"id\":\"x\",\"text\":\"First one.\\nIt wraps\\nhere. Last!\",\"lang\":\"en\"}\n"
            + "{\"id\":2,\"text\":\"Eins. Zwei.\",\"language\":\"de\"}\n";
    Cli.Result r = run(input, "split", "--jsonl");
    assertEquals(0, r.status(), r.err());
    JsonNode first = r.json().get(0);
    assertEquals(List.of("id", "sentences"), fieldNames(first));
    assertEquals("x", first.get("id").asText());
    assertTrue(first.get("sentences").toString().contains("It wraps here."), first.toString());
    assertEquals(2, r.json().get(1).get("id").asInt());
  }

  @Test
  void splitJsonlRejectsUnknownLanguageOnTheLine() {
    Cli.Result r = run("{\"id\":1,\"text\":\"a\",\"lang\":\"zz\"}\n", "split", "--jsonl");
    assertEquals(1, r.status());
    r.assertOneErrorLine();
    assertTrue(r.err().contains("line 1: unsupported language: 'zz'"), r.err());
  }

  /**
   * Issue 16, item 3: a caller that pipes one document and waits for its result must get it
   * while the input stays open; the writer flushes before it blocks on an empty window.
   */
  @ParameterizedTest
  @ValueSource(strings = {"summarize", "split"})
  void eachResultIsFlushedBeforeTheNextLineArrives(String mode) throws Exception {
    PipedOutputStream feed = new PipedOutputStream();
    PipedInputStream stdin = new PipedInputStream(feed, 1 << 16);
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(new BufferedOutputStream(sink, 1 << 16), false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    String[] args = mode.equals("split") ? new String[] {"split", "--jsonl"} : new String[] {"--jsonl", "--sentences", "1"};
    ExecutorService runner = Executors.newSingleThreadExecutor();
    try {
      Future<Integer> status = runner.submit(() -> Tldr.run(args, stdin, out, err));
      feed.write("{\"id\":1,\"text\":\"First doc here. Second.\"}\n".getBytes(StandardCharsets.UTF_8));
      feed.flush();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (!sink.toString(StandardCharsets.UTF_8).endsWith("\n") && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      String first = sink.toString(StandardCharsets.UTF_8);
      assertTrue(first.startsWith("{\"id\":1,") && first.endsWith("\n"), "nothing flushed: '" + first + "'");
      feed.write("{\"id\":2,\"text\":\"B. C.\"}\n".getBytes(StandardCharsets.UTF_8));
      feed.close();
      assertEquals(0, status.get(20, TimeUnit.SECONDS));
      assertEquals(2, sink.toString(StandardCharsets.UTF_8).split("\n").length);
    } finally {
      runner.shutdownNow();
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
