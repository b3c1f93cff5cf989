package io.github.tldr4j.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Runs the command in-process and captures what it writes; test helper. */
final class Cli {

  static final ObjectMapper MAPPER = new ObjectMapper();

  /** A short article: a headline, three paragraphs, a hard-wrapped sentence. */
  static final String ARTICLE =
      "Harbor bridge opens after delays\n\n"
          + "The new harbor bridge opened on Friday after six years of delays. "
          + "About 300 residents crossed the bridge in the first hour. "
          + "The mayor said the bridge would bring shoppers to both ends of the harbor.\n\n"
          + "Four turbines under the bridge\nmake power from the tide. "
          + "The power lights the bridge at night. "
          + "Surplus power is sold to the grid for about 38000 dollars a year.\n\n"
          + "Some councillors opposed the cost of the bridge. "
          + "They said the seawall needed repairs first. "
          + "Repairs to the seawall begin next year.\n";

  private Cli() {}

  /** What a run produced. */
  record Result(int status, String out, String err) {

    List<String> lines() {
      String body = out.endsWith("\n") ? out.substring(0, out.length() - 1) : out;
      return body.isEmpty() ? List.of() : List.of(body.split("\n", -1));
    }

    List<JsonNode> json() {
      List<JsonNode> nodes = new ArrayList<>();
      for (String line : lines()) {
        try {
          nodes.add(MAPPER.readTree(line));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return nodes;
    }

    /** Asserts stderr is exactly one line, prefixed "tldr: ", without a stack trace. */
    void assertOneErrorLine() {
      assertTrue(err.startsWith("tldr: "), () -> "stderr: " + err);
      assertTrue(err.endsWith("\n"), () -> "stderr: " + err);
      assertFalse(err.substring(0, err.length() - 1).contains("\n"), () -> "stderr: " + err);
      assertFalse(err.contains("Exception") || err.contains("\tat "), () -> "stderr: " + err);
    }
  }

  static Result run(String stdin, String... args) {
    return run(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  static Result run(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, false, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = Tldr.run(args, new ByteArrayInputStream(stdin), o, e);
    }
    return new Result(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** A JSON Lines input of {@code n} documents with ids 0..n-1 and varying lengths. */
  static String jsonl(int n) {
    StringBuilder sb = new StringBuilder();
    String[] sentences = ARTICLE.split("(?<=\\.) ");
    for (int i = 0; i < n; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = 0; j <= i % sentences.length; j++) {
        text.append(sentences[(i + j) % sentences.length]).append(' ');
      }
      sb.append(MAPPER.createObjectNode().put("id", i).put("text", text.toString())).append('\n');
    }
    return sb.toString();
  }
}
