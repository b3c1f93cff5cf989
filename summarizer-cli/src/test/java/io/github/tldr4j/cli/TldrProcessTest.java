package io.github.tldr4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link Tldr#main} in a child JVM, as the {@code tldr} script does, to check what the
 * in-process tests cannot: the exit status from {@code System.exit}, UTF-8 on the real standard
 * streams, and no progress line when stderr is not a terminal. One JVM start per test: keep few.
 */
final class TldrProcessTest {

  @TempDir Path dir;

  private record Outcome(int status, String out, String err) {}

  /** The command line of a child JVM that runs {@code tldr} with these arguments. */
  private static List<String> tldr(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("-XX:TieredStopAtLevel=1");
    command.add(Tldr.class.getName());
    command.addAll(List.of(args));
    return command;
  }

  private Outcome java(Path stdin, String... args) throws IOException, InterruptedException {
    List<String> command = tldr(args);
    Path out = dir.resolve("out");
    Path err = dir.resolve("err");
    Process process =
        new ProcessBuilder(command)
            .redirectInput(stdin.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the child JVM timed out");
    return new Outcome(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void mainWritesUtf8AndExitsWithStatus() throws IOException, InterruptedException {
    Path input =
        Files.writeString(
            dir.resolve("in.jsonl"),
            "{\"id\":\"é\",\"text\":\"Die Brücke ist offen. Der Bürgermeister war da.\"}\n\n{\"id\":2}\n");
    Outcome batch = java(input, "--jsonl", "--ratio", "1", "--lang", "de", "--keep-going");
    assertEquals(1, batch.status());
    assertTrue(batch.out().startsWith("{\"id\":\"é\",\"summary\":[\"Die Brücke ist offen.\""), batch.out());
    assertTrue(batch.out().endsWith("{\"id\":2,\"error\":\"line 3: missing \\\"text\\\"\"}\n"), batch.out());
    assertEquals("tldr: line 3: missing \"text\"\n", batch.err());

    Outcome usage = java(input, "--words", "0");
    assertEquals(2, usage.status());
    assertEquals("", usage.out());
    assertEquals("tldr: --words must be a positive whole number, got '0'\n", usage.err());
  }

  /**
   * Issue 11: a JSON Lines batch reads and writes JSON by hand into Jackson's tree nodes (a line
   * from its bytes, {@code Json$ByteReader}); the databind mapper (serializers, deserializers,
   * date formats with their locale data, about 6% of a dev-set batch) and Jackson's streaming
   * parser and generator (about a sixth) are never loaded.
   */
  @Test
  void batchDoesNotLoadJacksonsMapperParserOrGenerator() throws IOException, InterruptedException {
    Path input =
        Files.writeString(
            dir.resolve("in.jsonl"), "{\"id\":1e3,\"text\":\"The pier opened. It rained.\"}\n");
    Path classes = dir.resolve("classes.log");
    List<String> command = tldr("--jsonl", "--sentences", "1", input.toString());
    command.add(1, "-Xlog:class+load=info:file=" + classes);
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the child JVM timed out");
    assertEquals(0, process.exitValue());
    assertTrue(out.startsWith("{\"id\":1e3,\"summary\":[\"The pier opened.\"]"), out);
    String loaded = Files.readString(classes, StandardCharsets.UTF_8);
    assertTrue(loaded.contains(" io.github.tldr4j.cli.Json$ByteReader "), "the log lists the classes");
    assertTrue(loaded.contains(" com.fasterxml.jackson.databind.node.ObjectNode "), "the log lists the classes");
    for (String jackson :
        List.of(
            "databind.ObjectMapper",
            "core.JsonFactory",
            "core.json.ReaderBasedJsonParser",
            "core.json.WriterBasedJsonGenerator")) {
      assertFalse(loaded.contains(" com.fasterxml.jackson." + jackson + " "), jackson + " was loaded");
    }
  }

  /** Issue 16, item 7: a real closed pipe, as {@code tldr --jsonl big.jsonl | head -1} makes. */
  @Test
  void closedPipeEndsWithStatusZeroAndNoMessage() throws IOException, InterruptedException {
    Path input = Files.writeString(dir.resolve("big.jsonl"), Cli.jsonl(3000));
    Path err = dir.resolve("err");
    Process process = new ProcessBuilder(tldr("--jsonl", input.toString())).redirectError(err.toFile()).start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      assertTrue(out.readLine().startsWith("{\"id\":0,"));
    } // closes the pipe, as head does after one line
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the child JVM timed out");
    assertEquals("", Files.readString(err, StandardCharsets.UTF_8));
    assertEquals(0, process.exitValue());
  }

  /**
   * Issue 10: {@code tldr URL} in a real process against a server on 127.0.0.1: the article's
   * summary with status 0; a 404, a non-HTML body and a timeout each one line naming the URL and
   * status 1.
   */
  @Test
  void urlsAgainstALocalServer() throws IOException, InterruptedException {
    Path empty = Files.writeString(dir.resolve("empty"), "");
    try (LocalServer server = new LocalServer()) {
      Outcome page = java(empty, "--sentences", "1", "--format", "markdown", server.url("/page.html"));
      assertEquals(0, page.status(), page.err());
      assertTrue(page.out().startsWith("[**" + LocalServer.TITLE + "**](<" + server.url("/page.html") + ">)\n\n"), page.out());
      // Only the silent port gets the 1 s timeout: the others answer, and a loaded machine (CI
      // next to other builds) may take longer than a second to connect to them.
      String[][] failures = {
        {server.url("/missing.html"), "HTTP 404", "120"},
        {server.url("/photo.jpg"), "not HTML or text: content type image/jpeg", "120"},
        {server.silentUrl(), "timed out after 1 s", "1"},
      };
      for (String[] failure : failures) {
        Outcome outcome = java(empty, "--timeout", failure[2], failure[0]);
        assertEquals(1, outcome.status(), failure[0]);
        assertEquals("", outcome.out());
        assertEquals("tldr: " + failure[0] + ": " + failure[1] + "\n", outcome.err());
      }
    }
  }
}
