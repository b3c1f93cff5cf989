package io.github.tldr4j.cli;

import static io.github.tldr4j.cli.Cli.ARTICLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tldr4j.summarizer.Budget;
import io.github.tldr4j.summarizer.Summarizer;
import io.github.tldr4j.summarizer.Summary;
import io.github.tldr4j.summarizer.scoring.Algorithm;
import io.github.tldr4j.summarizer.text.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Issue 11, item 3: {@code --algorithm NAME} in every mode, and {@code "algorithm"} per line. */
final class AlgorithmCliTest {

  /** A longer text than {@link Cli#ARTICLE}, so that the algorithms disagree on it. */
  private static final String REPORT =
      ARTICLE
          + "\nThe ferry that crossed the harbor for ninety years will stop in May. "
          + "Its crew of eleven will move to the new water taxis, the ferry company said. "
          + "Tourists liked the old ferry, and some wrote to the council to keep it. "
          + "The council said the ferry lost money every year since the bridge was planned. "
          + "A museum on the east pier wants to keep the ferry as an exhibit. "
          + "Engineers will check the bridge turbines every spring. "
          + "The tide in the harbor is strongest in March and in September.\n";

  private static Summary expected(Algorithm algorithm, Budget budget) {
    return Summarizer.builder().algorithm(algorithm).build().summarize(REPORT, budget);
  }

  private static List<Integer> indices(JsonNode json) {
    List<Integer> indices = new ArrayList<>();
    json.get("indices").forEach(i -> indices.add(i.asInt()));
    return indices;
  }

  private static List<Integer> indices(Summary summary) {
    return summary.sentences().stream().map(s -> s.index()).toList();
  }

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void everyAlgorithmByItsNameGivesTheLibrarysSummary(Algorithm algorithm) {
    Summary want = expected(algorithm, Budget.sentences(3));
    Cli.Result json = Cli.run(REPORT, "--algorithm", algorithm.id(), "--sentences", "3", "--format", "json");
    assertEquals(0, json.status(), json.err());
    assertEquals(indices(want), indices(json.json().get(0)));
    Cli.Result text = Cli.run(REPORT, "--algorithm=" + algorithm.id().toUpperCase(Locale.ROOT), "--sentences", "3");
    assertEquals(Words.oneLine(want.sentences().get(0).text()), text.lines().get(0));
    Cli.Result markdown = Cli.run(REPORT, "--algorithm", algorithm.id(), "--sentences", "3", "--format", "markdown");
    assertEquals(Words.oneLine(want.sentences().get(0).text()), markdown.lines().get(2));
    Cli.Result batch =
        Cli.run(
            "{\"id\":1,\"text\":" + quote(REPORT) + "}\n", "--jsonl", "--algorithm", algorithm.id(), "--sentences", "3");
    assertEquals(indices(want), indices(batch.json().get(0)));
  }

  @Test
  void theAlgorithmsDisagreeOnTheTestText() {
    Set<List<Integer>> summaries = new HashSet<>();
    for (Algorithm algorithm : Algorithm.values()) {
      summaries.add(indices(expected(algorithm, Budget.sentences(3))));
    }
    assertTrue(summaries.size() >= 4, "too few different summaries to tell the algorithms apart: " + summaries);
  }

  @Test
  void aLinesAlgorithmOverridesTheOption() {
    StringBuilder input = new StringBuilder();
    List<Algorithm> perLine = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      Algorithm algorithm = Algorithm.values()[i % Algorithm.values().length];
      boolean own = i % 3 != 0;
      perLine.add(own ? algorithm : Algorithm.LSA);
      input.append("{\"id\":").append(i).append(",\"text\":").append(quote(REPORT));
      if (own) {
        input.append(",\"algorithm\":\"").append(algorithm.id()).append('"');
      }
      input.append("}\n");
    }
    Cli.Result many = Cli.run(input.toString(), "--jsonl", "--algorithm", "lsa", "--sentences", "2", "--threads", "4");
    Cli.Result one = Cli.run(input.toString(), "--jsonl", "--algorithm", "lsa", "--sentences", "2", "--threads", "1");
    assertEquals(0, many.status(), many.err());
    assertEquals(one.out(), many.out());
    List<JsonNode> lines = many.json();
    for (int i = 0; i < lines.size(); i++) {
      assertEquals(indices(expected(perLine.get(i), Budget.sentences(2))), indices(lines.get(i)), "line " + (i + 1));
    }
  }

  @Test
  void anUnknownNameIsAUsageErrorListingTheValidNames() {
    Cli.Result result = Cli.run(REPORT, "--algorithm", "pagerank");
    assertEquals(2, result.status());
    result.assertOneErrorLine();
    assertEquals("tldr: --algorithm: unknown algorithm 'pagerank'; valid: " + Algorithm.names() + "\n", result.err());
    for (Algorithm algorithm : Algorithm.values()) {
      assertTrue(result.err().contains(algorithm.id()), algorithm.id());
    }
    assertEquals(2, Cli.run(REPORT, "--jsonl", "--algorithm", "").status());
  }

  @Test
  void anUnknownNameOnALineIsABadLine() {
    String input =
        "{\"id\":\"a\",\"text\":\"One sentence here. And one more there.\",\"algorithm\":\"bogus\"}\n"
            + "{\"id\":\"b\",\"text\":\"One sentence here. And one more there.\",\"algorithm\":3}\n"
            + "{\"id\":\"c\",\"text\":\"One sentence here. And one more there.\",\"algorithm\":\"KLSum\"}\n";
    Cli.Result result = Cli.run(input, "--jsonl", "--keep-going");
    assertEquals(1, result.status());
    List<JsonNode> lines = result.json();
    assertEquals("line 1: unknown algorithm 'bogus'; valid: " + Algorithm.names(), lines.get(0).get("error").asText());
    assertEquals("line 2: \"algorithm\" must be a string, got a number", lines.get(1).get("error").asText());
    assertTrue(lines.get(2).has("summary"), lines.get(2).toString());
  }

  @Test
  void algorithmDoesNotApplyToSplitOrExtract() {
    for (String command : new String[] {"split", "extract"}) {
      Cli.Result result = Cli.run("x", command, "--algorithm", "lsa");
      assertEquals(2, result.status());
      assertEquals("tldr: --algorithm does not apply to 'tldr " + command + "'\n", result.err());
    }
  }

  private static String quote(String text) {
    try {
      return Cli.MAPPER.writeValueAsString(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
