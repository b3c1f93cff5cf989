package io.github.tldr4j.cli;

import static io.github.tldr4j.cli.LocalServer.FURNITURE;
import static io.github.tldr4j.cli.LocalServer.PARAGRAPHS;
import static io.github.tldr4j.cli.LocalServer.TITLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tldr4j.summarizer.Budget;
import io.github.tldr4j.summarizer.Document;
import io.github.tldr4j.summarizer.Summarizer;
import io.github.tldr4j.summarizer.Summary;
import io.github.tldr4j.summarizer.text.Words;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10, item 2: {@code tldr} on web pages, against a local server on 127.0.0.1 only. */
final class WebCliTest {

  private static LocalServer server;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    server = new LocalServer();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  private static String json(String text) {
    try {
      return Cli.MAPPER.writeValueAsString(text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void summarizesTheArticleOfAUrl() {
    Cli.Result result = Cli.run("", "--sentences", "2", server.url("/page.html"));
    assertEquals(0, result.status(), result.err());
    Summary expected =
        Summarizer.builder().build().summarize(Document.of(TITLE, LocalServer.articleText()), Budget.sentences(2));
    List<String> lines = result.lines();
    assertEquals(4, lines.size(), result.out());
    for (int i = 0; i < 2; i++) {
      assertEquals(Words.oneLine(expected.sentences().get(i).text()), lines.get(i));
    }
    assertEquals(expected.stats().describe(), lines.get(3));
    assertFalse(result.out().contains(FURNITURE) || result.out().contains("Home"), result.out());
  }

  @Test
  void markdownStartsWithTheTitleAsALink() {
    Cli.Result result =
        Cli.run("", "--format", "markdown", "--sentences", "1", server.url("/page.html"));
    assertEquals(0, result.status(), result.err());
    assertEquals("[**" + TITLE + "**](<" + server.url("/page.html") + ">)", result.lines().get(0));
    assertEquals("", result.lines().get(1));
    assertEquals(OutputFormat.LEAD_IN, result.lines().get(2));
  }

  @Test
  void jsonCarriesTheTitleAndTheUrl() {
    Cli.Result result = Cli.run("", "--format", "json", "--sentences", "1", server.url("/page.html"));
    JsonNode json = result.json().get(0);
    assertEquals(TITLE, json.get("title").asText());
    assertEquals(server.url("/page.html"), json.get("url").asText());
    assertEquals(1, json.get("summary").size());
  }

  @Test
  void htmlFromAFileOrStandardInputGivesTheSameSummaryAsTheUrl() throws IOException {
    Path page = Files.writeString(dir.resolve("page.html"), LocalServer.page(), StandardCharsets.UTF_8);
    Cli.Result fetched = Cli.run("", "--sentences", "2", server.url("/page.html"));
    Cli.Result file = Cli.run("", "--html", "--sentences", "2", page.toString());
    Cli.Result stdin = Cli.run(LocalServer.page(), "--html", "--sentences", "2", "-");
    assertEquals(0, file.status(), file.err());
    assertEquals(fetched.out(), file.out());
    assertEquals(fetched.out(), stdin.out());
    assertFalse(stdin.out().contains("<p>"));
  }

  @Test
  void pageLanguageIsUsedUnlessLangIsGiven() {
    String german =
        "<html lang=\"de-DE\"><head><title>Die Brücke ist offen</title></head><body><article>"
            + "<p>Die neue Brücke über den Hafen wurde am Freitag nach sechs Jahren eröffnet, und"
            + " viele Menschen gingen hinüber.</p><p>Der Bürgermeister sagte, die Brücke bringe"
            + " Kunden in die Geschäfte an beiden Enden des Hafens.</p></article></body></html>";
    Cli.Result page = Cli.run(german, "--html", "--sentences", "1");
    assertTrue(page.lines().get(page.lines().size() - 1).startsWith("Der ursprüngliche Artikel"), page.out());
    Cli.Result english = Cli.run(german, "--html", "--sentences", "1", "--lang", "en");
    assertTrue(english.lines().get(english.lines().size() - 1).startsWith("The original article"), english.out());
  }

  @Test
  void extractPrintsTheArticle() {
    Cli.Result text = Cli.run("", "extract", server.url("/page.html"));
    assertEquals(0, text.status(), text.err());
    assertEquals(TITLE + "\n\n" + LocalServer.articleText() + "\n", text.out());
    Cli.Result json = Cli.run(LocalServer.page(), "extract", "--format", "json");
    assertEquals(0, json.status(), json.err());
    JsonNode node = json.json().get(0);
    assertEquals(TITLE, node.get("title").asText());
    assertEquals("en", node.get("language").asText());
    assertEquals(PARAGRAPHS.length, node.get("paragraphs").size());
    assertEquals(LocalServer.articleText(), node.get("text").asText());
    assertTrue(node.get("url").isNull() && node.get("byline").isNull(), node.toString());
  }

  @Test
  void extractJsonlTakesHtmlOrUrlInInputOrder() {
    String input =
        "{\"id\":1,\"url\":\"" + server.url("/page.html") + "\"}\n"
            + "{\"id\":\"b\",\"html\":" + json(LocalServer.page()) + ",\"url\":\"https://elmbury.example/q\"}\n"
            + "{\"id\":3,\"url\":\"" + server.url("/page.html") + "\"}\n";
    Cli.Result result = Cli.run(input, "extract", "--jsonl", "--threads", "3");
    assertEquals(0, result.status(), result.err());
    List<JsonNode> lines = result.json();
    assertEquals(3, lines.size());
    assertEquals("1", lines.get(0).get("id").asText());
    assertEquals("b", lines.get(1).get("id").asText());
    assertEquals("3", lines.get(2).get("id").asText());
    for (JsonNode line : lines) {
      assertEquals(TITLE, line.get("title").asText());
      assertEquals(LocalServer.articleText(), line.get("text").asText());
      assertEquals("en", line.get("language").asText());
    }
    assertEquals("https://elmbury.example/q", lines.get(1).get("url").asText());
    assertEquals(server.url("/page.html"), lines.get(0).get("url").asText());
  }

  @Test
  void summarizeJsonlTakesTextHtmlOrUrl() {
    String input =
        "{\"id\":1,\"url\":\"" + server.url("/page.html") + "\"}\n"
            + "{\"id\":2,\"html\":" + json(LocalServer.page()) + "}\n"
            + "{\"id\":3,\"text\":" + json(LocalServer.articleText()) + ",\"title\":" + json(TITLE) + "}\n";
    Cli.Result result = Cli.run(input, "--jsonl", "--sentences", "2");
    assertEquals(0, result.status(), result.err());
    List<JsonNode> lines = result.json();
    assertEquals(2, lines.get(0).get("summary").size());
    assertEquals(lines.get(2).get("summary"), lines.get(0).get("summary"));
    assertEquals(lines.get(2).get("summary"), lines.get(1).get("summary"));
    // A page's line names the page, as --format json does; a text line has only what it gave.
    assertEquals(List.of("id", "title", "url", "summary", "indices", "stats"), fields(lines.get(0)));
    assertEquals(TITLE, lines.get(0).get("title").asText());
    assertEquals(server.url("/page.html"), lines.get(0).get("url").asText());
    assertEquals(TITLE, lines.get(1).get("title").asText());
    assertEquals(List.of("id", "summary", "indices", "stats"), fields(lines.get(2)));
  }

  @Test
  void aPageLineWithoutAnAddressHasANullUrlAndItsOwnTitleWins() {
    String input = "{\"id\":\"p\",\"html\":" + json(LocalServer.page()) + ",\"title\":\"Mine\"}\n";
    Cli.Result result = Cli.run(input, "--jsonl", "--sentences", "1");
    assertEquals(0, result.status(), result.err());
    JsonNode line = result.json().get(0);
    assertEquals("Mine", line.get("title").asText());
    assertTrue(line.get("url").isNull(), line.toString());
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** Fetches overlap, at most {@link WebPages#MAX_FETCHES} at once, even on one thread; the output keeps the input order. */
  @Test
  void aBatchFetchesConcurrentlyWithABoundInInputOrder() {
    StringBuilder input = new StringBuilder();
    int n = 24;
    for (int i = 0; i < n; i++) {
      input.append("{\"id\":").append(i).append(",\"url\":\"").append(server.url("/slow/" + i)).append("\"}\n");
    }
    Cli.Result result = Cli.run(input.toString(), "extract", "--jsonl", "--threads", "1");
    assertEquals(0, result.status(), result.err());
    List<JsonNode> lines = result.json();
    assertEquals(n, lines.size());
    for (int i = 0; i < n; i++) {
      assertEquals(i, lines.get(i).get("id").asInt());
      assertEquals(TITLE + " " + i, lines.get(i).get("title").asText());
    }
    assertTrue(server.maxInFlight() > 1, "fetches did not overlap: " + server.maxInFlight());
    assertTrue(server.maxInFlight() <= WebPages.MAX_FETCHES, "more fetches than the bound: " + server.maxInFlight());
  }

  @Test
  void aPageThatCannotBeFetchedIsABadLine() {
    String missing = server.url("/missing.html");
    String input =
        "{\"id\":1,\"url\":\"" + missing + "\"}\n{\"id\":2,\"url\":\"" + server.url("/page.html") + "\"}\n";
    Cli.Result extract = Cli.run(input, "extract", "--jsonl", "--keep-going");
    assertEquals(1, extract.status());
    assertEquals("line 1: " + missing + ": HTTP 404", extract.json().get(0).get("error").asText());
    assertEquals(TITLE, extract.json().get(1).get("title").asText());
    Cli.Result summarize = Cli.run(input, "--jsonl");
    assertEquals(1, summarize.status());
    assertEquals("", summarize.out());
    assertEquals("tldr: line 1: " + missing + ": HTTP 404\n", summarize.err());
  }

  @Test
  void aLineWithoutContentNamesWhatIsMissing() {
    Cli.Result extract = Cli.run("{\"id\":1,\"text\":\"Some text.\"}\n", "extract", "--jsonl");
    assertEquals("tldr: line 1: missing \"html\" or \"url\"\n", extract.err());
    Cli.Result summarize = Cli.run("{\"id\":1}\n", "--jsonl");
    assertEquals("tldr: line 1: missing \"text\"\n", summarize.err());
    Cli.Result mistyped = Cli.run("{\"id\":1,\"url\":7}\n", "--jsonl");
    assertEquals("tldr: line 1: \"url\" must be a string, got a number\n", mistyped.err());
  }

  @Test
  void failuresAreOneLineNamingTheUrlWithStatusOne() {
    String[][] cases = {
      {"/missing.html", "HTTP 404"}, {"/photo.jpg", "not HTML or text: content type image/jpeg"}
    };
    for (String[] c : cases) {
      for (String command : new String[] {"summarize", "extract"}) {
        Cli.Result result =
            command.equals("extract") ? Cli.run("", "extract", server.url(c[0])) : Cli.run("", server.url(c[0]));
        assertEquals(1, result.status(), result.err());
        result.assertOneErrorLine();
        assertEquals("tldr: " + server.url(c[0]) + ": " + c[1] + "\n", result.err());
        assertEquals("", result.out());
      }
    }
  }

  @Test
  void aServerThatNeverAnswersTimesOut() {
    String url = server.silentUrl();
    long start = System.nanoTime();
    Cli.Result result = Cli.run("", "--timeout", "1", url);
    assertEquals(1, result.status());
    assertEquals("tldr: " + url + ": timed out after 1 s\n", result.err());
    assertTrue(System.nanoTime() - start < 15_000_000_000L, "took too long");
  }

  @Test
  void markdownLinkEscapesTheTitleAndTheAddress() {
    assertEquals(
        "[**a \\*b\\* \\[c\\]**](<https://x.example/a%3Cb%3E%20c>)\n\n",
        Texts.markdownLink("a *b* [c]", java.util.Optional.of("https://x.example/a<b> c")));
    assertEquals("**Title**\n\n", Texts.markdownLink("Title", java.util.Optional.empty()));
    assertEquals("", Texts.markdownLink("", java.util.Optional.empty()));
  }

  @Test
  void usageErrors() {
    String url = server.url("/page.html");
    String[][] cases = {
      {"--html", url},
      {"--jsonl", "--html"},
      {"--jsonl", url},
      {"--timeout", "5", "notes.txt"},
      {"--timeout", "0", url},
      {"extract", "--words", "10"},
      {"extract", "--format", "markdown"},
      {"extract", "--algorithm", "lsa"},
      {"extract", "--title", "x"},
      {"split", url},
      {"split", "--timeout", "3"},
    };
    for (String[] args : cases) {
      Cli.Result result = Cli.run("", args);
      assertEquals(2, result.status(), String.join(" ", args) + ": " + result.err());
      result.assertOneErrorLine();
    }
  }
}
