package io.github.tldr4j.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A web site on 127.0.0.1 for the tests, never the internet: a news page of our own, a 404, a
 * JPEG, a slow page that records how many requests it serves at once, and a port that accepts
 * connections and never answers. Test helper; close it after use.
 */
final class LocalServer implements AutoCloseable {

  static final String TITLE = "Quarry lake opens for swimming";
  static final String[] PARAGRAPHS = {
    "The flooded quarry north of Elmbury opened to swimmers on Saturday, after the county tested"
        + " the water for a whole summer and found it as clean as the town's pool.",
    "Lifeguards will watch the north beach from ten in the morning until six in the evening,"
        + " every day from June to the end of August, the county said.",
    "Swimming outside the marked area stays forbidden, because the old workings under the water"
        + " drop to forty metres within a few strokes of the shore.",
    "The parking fee, five a day, pays for the lifeguards, and residents of Elmbury park free"
        + " with a permit from the town hall."
  };
  static final String FURNITURE = "Sign in to comment on this story now";

  private final HttpServer server;
  private final ExecutorService executor;
  private final ServerSocket silent;
  private final List<Socket> accepted = new ArrayList<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();

  /** Starts the server on a free port of 127.0.0.1. */
  LocalServer() {
    try {
      InetAddress loopback = InetAddress.getByName("127.0.0.1");
      server = HttpServer.create(new InetSocketAddress(loopback, 0), 64);
      executor = Executors.newFixedThreadPool(32);
      server.setExecutor(executor);
      server.createContext("/page.html", ex -> send(ex, 200, "text/html; charset=utf-8", page()));
      server.createContext("/missing.html", ex -> send(ex, 404, "text/html", "<p>gone</p>"));
      server.createContext(
          "/photo.jpg", ex -> send(ex, 200, "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}));
      server.createContext("/slow/", this::slow);
      server.start();
      silent = new ServerSocket(0, 10, loopback);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread acceptor =
        new Thread(
            () -> {
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

  /** The page: a menu, the article, a comment box and a footer. */
  static String page() {
    StringBuilder html =
        new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>")
            .append(TITLE)
            .append(" | Elmbury Post</title></head><body>")
            .append("<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav>")
            .append("<article><h1>")
            .append(TITLE)
            .append("</h1>");
    for (String p : PARAGRAPHS) {
      html.append("<p>").append(p).append("</p>");
    }
    html.append("</article><div class=\"comments\"><p>")
        .append(FURNITURE)
        .append(", and see what others said about it, or share it with friends.</p></div>")
        .append("<footer>All rights reserved.</footer></body></html>");
    return html.toString();
  }

  /** The article's text as the extractor gives it: paragraphs separated by blank lines. */
  static String articleText() {
    return String.join("\n\n", PARAGRAPHS);
  }

  /** {@code http://127.0.0.1:PORT} followed by {@code path}. */
  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** A URL of the port that accepts connections and never answers. */
  String silentUrl() {
    return "http://127.0.0.1:" + silent.getLocalPort() + "/page.html";
  }

  /** The most requests under {@code /slow/} served at once so far. */
  int maxInFlight() {
    return maxInFlight.get();
  }

  /**
   * {@code /slow/N}: the page after {@code (N % 3) × 100} ms, so that later requests often finish
   * first; counts the requests in flight.
   */
  private void slow(HttpExchange ex) throws IOException {
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);
    try {
      String path = ex.getRequestURI().getPath();
      int n = Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
      Thread.sleep((n % 3) * 100L + 50L);
      send(ex, 200, "text/html; charset=utf-8", page().replace(TITLE, TITLE + " " + n));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private static void send(HttpExchange ex, int status, String type, String body)
      throws IOException {
    send(ex, status, type, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange ex, int status, String type, byte[] bytes)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() throws IOException {
    server.stop(0);
    executor.shutdownNow();
    silent.close();
    synchronized (accepted) {
      for (Socket socket : accepted) {
        socket.close();
      }
    }
  }
}
