package io.github.tldr4j.cli;

import static io.github.tldr4j.cli.Cli.ARTICLE;
import static io.github.tldr4j.cli.Cli.MAPPER;
import static io.github.tldr4j.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The command line on hostile input (issue 6): every bad input gets one clear line on stderr and
 * the documented exit status (the single-file cases are in {@link TldrTest}); in {@code --jsonl --keep-going} mode every input line gives exactly
 * one output line, so no document is silently dropped; output is valid UTF-8 JSON, written whole.
 */
final class HostileCliTest {

  /** Documents the library must summarize without complaint, as JSON Lines values. */
  private static final List<String> HOSTILE_TEXTS =
      List.of(
          "",
          "   \\n\\t  ",
          "one",
          "NUL\\u0000inside. Escape\\u001b[31m red. Bell\\u0007 rings.",
          "Broken \\ud800 high. Broken \\udc00 low. Lone at the end\\ud83d",
          "\\ufeffA byte order mark. Then text.",
          "Windows\\r\\nline endings.\\r\\n\\r\\nNew paragraph.",
          "\\u0630\\u0647\\u0628 \\u0627\\u0644\\u0648\\u0644\\u062f. Mixed \\u202eRTL\\u202c text.",
          "Family \\ud83d\\udc68\\u200d\\ud83d\\udc69\\u200d\\ud83d\\udc67 emoji! Done\\u3002\\u0301Next.",
          "<p>Markup <b>is</b> text.</p>");

  @Test
  void keepGoingWritesOneLinePerDocumentAndNamesEveryBadLine() throws IOException {
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    List<String> expectedErrors = new ArrayList<>();
    int line = 0;
    for (String text : HOSTILE_TEXTS) {
      line++;
      input.writeBytes(("{\"id\":" + line + ",\"text\":\"" + text + "\"}\n").getBytes(StandardCharsets.UTF_8));
    }
    // bad lines between good ones: each becomes {"id", "error"}
    line++;
    input.writeBytes(("{\"id\":" + line + ",\"text\":\"caf").getBytes(StandardCharsets.UTF_8));
    input.write(0xE9); // Latin-1, not UTF-8
    input.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
    expectedErrors.add("line " + line + " is not valid UTF-8");
    line++;
    input.writeBytes(("{\"id\":" + line + ",\"title\":\"no text\"}\n").getBytes(StandardCharsets.UTF_8));
    expectedErrors.add("line " + line + ": missing \"text\"");
    line++;
    input.writeBytes(("{\"id\":" + line + ",\"text\":\"x\",\"language\":\"klingon\"}\n").getBytes(StandardCharsets.UTF_8));
    expectedErrors.add("line " + line + ": unsupported language");
    line++;
    input.writeBytes("{\"id\":\"cut\",\"text\":\"half a line\n".getBytes(StandardCharsets.UTF_8));
    expectedErrors.add("line " + line + ": malformed JSON");
    line++;
    input.writeBytes((MAPPER.createObjectNode().put("id", line).put("text", ARTICLE) + "\n").getBytes(StandardCharsets.UTF_8));
    int lines = line;

    Cli.Result r = Cli.run(input.toByteArray(), "--jsonl", "--keep-going", "--threads", "3", "--ratio", "1");
    assertUtf8(r.out());
    List<JsonNode> out = r.json();
    assertEquals(lines, out.size(), "one output line per input line");
    List<String> errors = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      JsonNode node = out.get(i);
      if (node.has("error")) {
        assertEquals(List.of("id", "error"), fieldNames(node));
        errors.add(node.get("error").asText());
      } else {
        assertEquals(i + 1, node.get("id").asInt(), "input order");
        assertTrue(node.has("summary") && node.has("stats"), node.toString());
      }
    }
    assertEquals(expectedErrors.size(), errors.size(), errors.toString());
    for (int i = 0; i < errors.size(); i++) {
      assertTrue(errors.get(i).startsWith(expectedErrors.get(i)), errors.get(i));
    }
    String[] stderr = r.err().split("\n");
    assertEquals(expectedErrors.size(), stderr.length, r.err());
    for (int i = 0; i < stderr.length; i++) {
      assertTrue(stderr[i].startsWith("tldr: " + expectedErrors.get(i)), stderr[i]);
    }
    assertEquals(1, r.status());
    // the empty and blank documents give empty summaries with zero counts
    assertEquals(0, out.get(0).get("stats").get("originalWords").asInt());
    assertEquals(0, out.get(1).get("summary").size());
  }

  @Test
  void defaultModeStopsAtTheFirstBadLineAfterWritingEveryEarlierResult() {
    StringBuilder input = new StringBuilder();
    for (int i = 1; i <= 40; i++) {
      input.append("{\"id\":").append(i).append(",\"text\":\"Sentence ").append(i).append(". Another one.\"}\n");
    }
    input.append("{\"id\":41}\n");
    input.append("{\"id\":42,\"text\":\"Never read.\"}\n");
    Cli.Result r = run(input.toString(), "--jsonl", "--threads", "4");
    assertAll(
        () -> assertEquals(1, r.status()),
        () -> assertEquals(40, r.json().size()),
        () -> assertEquals(40, r.json().get(39).get("id").asInt()),
        () -> assertEquals("tldr: line 41: missing \"text\"\n", r.err()));
  }

  @Test
  void hostileDocumentOnStandardInputIsSummarized() {
    // U+FEFF encodes as the UTF-8 byte order mark EF BB BF
    byte[] input =
        "\uFEFFFirst\u0000line.\r\nSecond \uD83D\uDC69\u200D\uD83D\uDCBB line.\r\n".getBytes(StandardCharsets.UTF_8);
    Cli.Result r = Cli.run(input, "--ratio", "1", "--format", "json");
    assertEquals(0, r.status(), r.err());
    JsonNode json = r.json().get(0);
    assertEquals(2, json.get("summary").size(), json.toString());
    // the BOM is dropped; NUL separates words like a space
    assertEquals(5, json.get("stats").get("originalWords").asInt(), json.toString());
  }

  @Test
  void failingOutputIsReportedInOneLine() {
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disk full");
          }
        };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    for (String[] args : List.of(new String[] {"--words", "30"}, new String[] {"--jsonl"})) {
      err.reset();
      String input = args[0].equals("--jsonl") ? Cli.jsonl(20) : ARTICLE;
      int status;
      try (PrintStream out = new PrintStream(broken, false, StandardCharsets.UTF_8);
          PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
        status = Tldr.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, e);
      }
      assertEquals(1, status, String.join(" ", args));
      assertEquals("tldr: error writing the output\n", err.toString(StandardCharsets.UTF_8));
    }
  }

  /** Accepts {@code limit} bytes, then fails every write as a pipe whose reader has gone. */
  private static final class ClosingPipe extends OutputStream {
    private final String failure;
    private int left;

    ClosingPipe(int limit, String failure) {
      this.left = limit;
      this.failure = failure;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (len > left) {
        left = 0;
        throw new IOException(failure);
      }
      left -= len;
    }
  }

  /** Issue 16, item 7: {@code tldr --jsonl big.jsonl | head -1} stops early, quietly, status 0. */
  @Test
  void closedPipeStopsTheRunQuietly() {
    byte[] input = Cli.jsonl(4000).getBytes(StandardCharsets.UTF_8);
    long[] read = new long[1];
    InputStream counted =
        new FilterInputStream(new ByteArrayInputStream(input)) {
          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            read[0] += Math.max(n, 0);
            return n;
          }
        };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Tldr.execute(new String[] {"--jsonl", "--threads", "2"}, counted, new ClosingPipe(100, "Broken pipe"), err, false);
    assertEquals(0, status);
    assertEquals("", err.toString(StandardCharsets.UTF_8));
    assertTrue(read[0] < input.length / 2, "read " + read[0] + " of " + input.length + " bytes");
    for (String[] args : List.of(new String[] {"--ratio", "1"}, new String[] {"split"}, new String[] {"split", "--jsonl"})) {
      err.reset();
      byte[] text = (args.length == 2 && args[1].equals("--jsonl") ? Cli.jsonl(50) : ARTICLE.repeat(20)).getBytes(StandardCharsets.UTF_8);
      assertEquals(0, Tldr.execute(args, new ByteArrayInputStream(text), new ClosingPipe(10, "Broken pipe"), err, false), String.join(" ", args));
      assertEquals("", err.toString(StandardCharsets.UTF_8), String.join(" ", args));
    }
    err.reset();
    assertEquals(1, Tldr.execute(new String[] {"--ratio", "1"}, new ByteArrayInputStream(ARTICLE.repeat(20).getBytes(StandardCharsets.UTF_8)), new ClosingPipe(10, "No space left on device"), err, false));
    assertEquals("tldr: error writing the output\n", err.toString(StandardCharsets.UTF_8));
  }

  private static void assertUtf8(String s) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_8)));
    } catch (CharacterCodingException e) {
      throw new AssertionError(e);
    }
    for (String line : s.split("\n")) {
      try {
        MAPPER.readTree(line);
      } catch (IOException e) {
        throw new AssertionError("not a JSON line: " + line, e);
      }
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
