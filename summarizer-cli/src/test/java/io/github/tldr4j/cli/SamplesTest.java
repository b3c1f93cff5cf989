package io.github.tldr4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tldr4j.summarizer.scoring.Algorithm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled samples: {@code samples/harbor-bridge.jsonl} is the article of {@code
 * harbor-bridge.txt} once per algorithm. The launcher's class-data sharing archive is written by a
 * {@code --jsonl} run on it, so it must name every algorithm and run cleanly (issue 11).
 */
final class SamplesTest {

  private static final Path SAMPLES = Path.of("..", "samples");

  @Test
  void jsonlSampleIsTheTextSampleOncePerAlgorithm() throws IOException {
    String article = Files.readString(SAMPLES.resolve("harbor-bridge.txt"), StandardCharsets.UTF_8);
    List<String> lines =
        Files.readAllLines(SAMPLES.resolve("harbor-bridge.jsonl"), StandardCharsets.UTF_8);
    List<String> algorithms = new ArrayList<>();
    for (String line : lines) {
      JsonNode node = Cli.MAPPER.readTree(line);
      algorithms.add(node.get("algorithm").textValue());
      assertEquals(node.get("algorithm"), node.get("id"));
      assertEquals(article, node.get("title").textValue() + "\n\n" + node.get("text").textValue());
    }
    assertEquals(Arrays.stream(Algorithm.values()).map(Algorithm::id).toList(), algorithms);
  }

  @Test
  void jsonlSampleSummarizesWithEveryAlgorithm() throws IOException {
    byte[] input = Files.readAllBytes(SAMPLES.resolve("harbor-bridge.jsonl"));
    Cli.Result result = Cli.run(input, "--jsonl", "--sentences", "3");
    assertEquals(0, result.status(), result.err());
    assertEquals("", result.err());
    List<JsonNode> out = result.json();
    assertEquals(Algorithm.values().length, out.size());
    for (JsonNode summary : out) {
      assertEquals(3, summary.get("summary").size(), summary::toString);
    }
  }

  /**
   * The archive's training run: its command, then the same without {@code --} and the article as
   * text, JSON and Markdown, all of which must succeed (the launcher keeps the archive only then).
   */
  @Test
  void trainingRunSucceedsOnTheSamples() {
    String[] command = {
      "--jsonl", "--sentences", "3", "--", SAMPLES.resolve("harbor-bridge.jsonl").toString()
    };
    assertEquals(0, Tldr.train(command, SAMPLES.resolve("harbor-bridge.txt").toString()));
  }

  /** A training run whose article is missing fails, so the launcher keeps no archive of it. */
  @Test
  void trainingRunFailsWithoutItsArticle() {
    String[] command = {"--jsonl", "--sentences", "3", "--", "missing.jsonl"};
    assertEquals(1, Tldr.train(command, SAMPLES.resolve("missing.txt").toString()));
  }
}
