package io.github.tldr4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** tldr on web pages, against a local server on 127.0.0.1 only. */
final class WebCliTest {

  private static final String TITLE = "Quarry lake opens for swimming";
  private static final String[] PARAGRAPHS = {
    "The flooded quarry north of Elmbury opened to swimmers on Saturday, after the county tested"
        + " the water for a whole summer and found it as clean as the town's pool.",
    "Lifeguards will watch the north beach from ten in the morning until six in the evening,"
        + " every day from June to the end of August, the county said.",
    "Swimming outside the marked area stays forbidden, because the old workings under the water"
        + " drop to forty metres within a few strokes of the shore.",
    "The parking fee, five a day, pays for the lifeguards, and residents of Elmbury park free"
        + " with a permit from the town hall."
  };
  private static final String FURNITURE = "Sign in to comment on this story now";

  private static HttpServer server;
  private static ExecutorService executor;
  private static String base;
  private static ServerSocket silent;
  private static final List<Socket> accepted = new ArrayList<>();

  static String page() {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>")
        .append(TITLE).append(" | Elmbury Post</title></head><body>")
        .append("<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav>")
        .append("<article><h1>").append(TITLE).append("</h1>");
    for (String p : PARAGRAPHS) {
      html.append("<p>").append(p).append("</p>");
    }
    html.append("</article><div class=\"comments\"><p>").append(FURNITURE)
        .append(", and see what others said about it, or share it with friends.</p></div>")
        .append("<footer>All rights reserved.</footer></body></html>");
    return html.toString();
  }

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    executor = Executors.newFixedThreadPool(4);
    server.setExecutor(executor);
    server.createContext("/page.html", ex -> send(ex, 200, "text/html; charset=utf-8", page()));
    server.createContext("/missing.html", ex -> send(ex, 404, "text/html", "<p>gone</p>"));
    server.createContext("/photo.jpg", ex -> send(ex, 200, "image/jpeg", "\u00ff\u00d8"));
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    silent = new ServerSocket(0, 10, InetAddress.getByName("127.0.0.1"));
    Thread acceptor = new Thread(() -> {
      try {
        while (true) {
          Socket socket = silent.accept();
          synchronized (accepted) {
            accepted.add(socket);
          }
        }
      } catch (IOException e) {
        // closed
      }
    });
    acceptor.setDaemon(true);
    acceptor.start();
  }

  @AfterAll
  static void stop() throws IOException {
    server.stop(0);
    executor.shutdownNow();
    silent.close();
    synchronized (accepted) {
      for (Socket socket : accepted) {
        socket.close();
      }
    }
  }

  private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Test
  void summarizesAUrl() {
    Cli.Result result = Cli.run("", "--sentences", "2", base + "/page.html");
    assertEquals(0, result.status(), result.err());
    List<String> lines = result.lines();
    assertEquals(4, lines.size(), result.out());
    for (String line : lines.subList(0, 2)) {
      assertTrue(List.of(PARAGRAPHS).stream().anyMatch(p -> p.contains(line)), line);
    }
    assertTrue(lines.get(3).startsWith("The original article contains "), lines.get(3));
    assertTrue(!result.out().contains(FURNITURE) && !result.out().contains("Home"));
  }

  @Test
  void markdownGivesTheTitleAndTheLink() {
    Cli.Result result = Cli.run("", "--format", "markdown", "--sentences", "1", base + "/page.html");
    assertEquals(0, result.status(), result.err());
    assertEquals("[**" + TITLE + "**](<" + base + "/page.html>)", result.lines().get(0));
    assertEquals(OutputFormat.LEAD_IN, result.lines().get(2));
  }

  @Test
  void jsonGivesTheTitleAndTheUrl() {
    Cli.Result result = Cli.run("", "--format", "json", "--sentences", "1", base + "/page.html");
    JsonNode json = result.json().get(0);
    assertEquals(TITLE, json.get("title").asText());
    assertEquals(base + "/page.html", json.get("url").asText());
    assertEquals(1, json.get("summary").size());
  }

  @Test
  void htmlFromStandardInput() {
    Cli.Result result = Cli.run(page(), "--html", "--sentences", "1", "-");
    assertEquals(0, result.status(), result.err());
    assertTrue(result.lines().get(0).length() > 40 && !result.out().contains("<p>"), result.out());
  }

  @Test
  void extractPrintsTheArticle() {
    Cli.Result text = Cli.run("", "extract", base + "/page.html");
    assertEquals(0, text.status(), text.err());
    assertEquals(TITLE + "\n\n" + String.join("\n\n", PARAGRAPHS) + "\n", text.out());
    Cli.Result json = Cli.run(page(), "extract", "--format", "json");
    JsonNode node = json.json().get(0);
    assertEquals(TITLE, node.get("title").asText());
    assertEquals("en", node.get("language").asText());
    assertEquals(PARAGRAPHS.length, node.get("paragraphs").size());
    assertEquals(String.join("\n\n", PARAGRAPHS), node.get("text").asText());
  }

  @Test
  void extractJsonlTakesHtmlOrUrlInInputOrder() throws Exception {
    String html = Cli.MAPPER.writeValueAsString(page());
    String input = "{\"id\":1,\"url\":\"" + base + "/page.html\"}\n"
        + "{\"id\":\"b\",\"html\":" + html + ",\"url\":\"https://elmbury.example/q\"}\n"
        + "{\"id\":3,\"url\":\"" + base + "/page.html\"}\n";
    Cli.Result result = Cli.run(input, "extract", "--jsonl", "--threads", "3");
    assertEquals(0, result.status(), result.err());
    List<JsonNode> lines = result.json();
    assertEquals(3, lines.size());
    assertEquals("1", lines.get(0).get("id").asText());
    assertEquals("b", lines.get(1).get("id").asText());
    assertEquals("3", lines.get(2).get("id").asText());
    for (JsonNode line : lines) {
      assertEquals(TITLE, line.get("title").asText());
      assertEquals(String.join("\n\n", PARAGRAPHS), line.get("text").asText());
    }
    assertEquals("https://elmbury.example/q", lines.get(1).get("url").asText());
  }

  @Test
  void summarizeJsonlTakesHtmlOrUrl() throws Exception {
    String input = "{\"id\":1,\"url\":\"" + base + "/page.html\"}\n"
        + "{\"id\":2,\"html\":" + Cli.MAPPER.writeValueAsString(page()) + "}\n"
        + "{\"id\":3,\"text\":\"One sentence here. Another one there.\"}\n";
    Cli.Result result = Cli.run(input, "--jsonl", "--sentences", "1");
    assertEquals(0, result.status(), result.err());
    List<JsonNode> lines = result.json();
    assertEquals(lines.get(0).get("summary"), lines.get(1).get("summary"));
    assertEquals(1, lines.get(0).get("summary").size());
  }

  @Test
  void aBadPageInABatchIsALineError() {
    String input = "{\"id\":1,\"url\":\"" + base + "/missing.html\"}\n{\"id\":2,\"url\":\"" + base + "/page.html\"}\n";
    Cli.Result result = Cli.run(input, "extract", "--jsonl", "--keep-going");
    assertEquals(1, result.status());
    List<JsonNode> lines = result.json();
    assertEquals("line 1: " + base + "/missing.html: HTTP 404", lines.get(0).get("error").asText());
    assertEquals(TITLE, lines.get(1).get("title").asText());
  }

  @Test
  void failuresAreOneLineNamingTheUrl() {
    for (String[] c : new String[][] {
        {"/missing.html", "HTTP 404"}, {"/photo.jpg", "not HTML or text: content type image/jpeg"}}) {
      Cli.Result result = Cli.run("", base + c[0]);
      assertEquals(1, result.status());
      result.assertOneErrorLine();
      assertEquals("tldr: " + base + c[0] + ": " + c[1] + "\n", result.err());
    }
  }

  @Test
  void aServerThatNeverAnswersTimesOut() {
    String url = "http://127.0.0.1:" + silent.getLocalPort() + "/page.html";
    String before = System.getProperty("tldr.timeout");
    System.setProperty("tldr.timeout", "1");
    try {
      Cli.Result result = Cli.run("", url);
      assertEquals(1, result.status());
      assertEquals("tldr: " + url + ": timed out after 1 s\n", result.err());
    } finally {
      if (before == null) {
        System.clearProperty("tldr.timeout");
      } else {
        System.setProperty("tldr.timeout", before);
      }
    }
  }

  @Test
  void usageErrors() {
    assertEquals(2, Cli.run("", "--html", base + "/page.html").status());
    assertEquals(2, Cli.run("", "--jsonl", "--html").status());
    assertEquals(2, Cli.run("", "extract", "--words", "10").status());
    assertEquals(2, Cli.run("", "extract", "--format", "markdown").status());
    assertEquals(2, Cli.run("", "split", base + "/page.html").status());
  }
}
