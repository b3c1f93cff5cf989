package io.github.tldr4j.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Fetching against a local server on 127.0.0.1 only. */
final class PageFetcherTest {

  private static final Duration LIMIT = Duration.ofSeconds(40);
  private static HttpServer server;
  private static ExecutorService executor;
  private static String base;
  private static final AtomicReference<String> lastUserAgent = new AtomicReference<>();
  private static final List<Socket> silent = new ArrayList<>();
  private static ServerSocket silentServer;

  private static final PageFetcher LOCAL =
      PageFetcher.builder()
          .allowPrivateAddresses(true)
          .timeout(Duration.ofSeconds(15)) // generous: the build machine may be busy
          .connectTimeout(Duration.ofSeconds(10))
          .maxBytes(100_000)
          .build();

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    executor = Executors.newFixedThreadPool(8);
    server.setExecutor(executor);
    server.createContext("/page.html", ex -> {
      lastUserAgent.set(ex.getRequestHeaders().getFirst("User-Agent"));
      send(ex, 200, "text/html; charset=utf-8", Pages.newsPage().getBytes(StandardCharsets.UTF_8), null);
    });
    server.createContext("/gzip.html", ex -> send(ex, 200, "text/html", gzip(Pages.newsPage()), "gzip"));
    server.createContext("/deflate.html", ex -> send(ex, 200, "text/html", deflate(Pages.newsPage(), false), "deflate"));
    server.createContext("/rawdeflate.html", ex -> send(ex, 200, "text/html", deflate(Pages.newsPage(), true), "deflate"));
    server.createContext("/notes.txt", ex -> send(ex, 200, "text/plain; charset=utf-8",
        (Pages.P1 + "\n\n" + Pages.P2 + "\n").getBytes(StandardCharsets.UTF_8), null));
    server.createContext("/latin1.html", ex -> send(ex, 200, "text/html; charset=iso-8859-1",
        ("<p>Caf\u00e9 tables on the quay were full, said the owner, on the first warm day.</p>")
            .getBytes(StandardCharsets.ISO_8859_1), null));
    server.createContext("/missing", ex -> send(ex, 404, "text/html", "<p>not here</p>".getBytes(StandardCharsets.UTF_8), null));
    server.createContext("/error", ex -> send(ex, 503, "text/html", new byte[0], null));
    server.createContext("/image.png", ex -> send(ex, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}, null));
    server.createContext("/binary.html", ex -> {
      byte[] bytes = new byte[5000];
      new java.util.Random(7).nextBytes(bytes);
      bytes[10] = 0;
      send(ex, 200, "text/html", bytes, null);
    });
    server.createContext("/big.html", ex -> send(ex, 200, "text/html", new byte[200_000], null));
    server.createContext("/big-chunked.html", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0);
      try (OutputStream out = ex.getResponseBody()) {
        byte[] chunk = "<p>more and more text</p>".repeat(400).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 1000; i++) {
          out.write(chunk);
        }
      } catch (IOException e) {
        // the client hung up, as it should
      }
    });
    server.createContext("/bomb.html", ex -> send(ex, 200, "text/html", gzipBytes(new byte[5_000_000]), "gzip"));
    server.createContext("/redirect", ex -> redirect(ex, 302, "/page.html"));
    server.createContext("/redirect-abs", ex -> redirect(ex, 301, base + "/redirect"));
    server.createContext("/loop-a", ex -> redirect(ex, 302, "/loop-b"));
    server.createContext("/loop-b", ex -> redirect(ex, 307, "/loop-a"));
    server.createContext("/chain", ex -> {
      int n = Integer.parseInt(ex.getRequestURI().getQuery());
      redirect(ex, 302, n == 0 ? "/page.html" : "/chain?" + (n - 1));
    });
    server.createContext("/to-ftp", ex -> redirect(ex, 302, "ftp://127.0.0.1/file"));
    server.createContext("/to-other-loopback", ex -> redirect(ex, 302, "http://127.0.0.2:" + server.getAddress().getPort() + "/page.html"));
    server.createContext("/no-location", ex -> send(ex, 302, "text/html", new byte[0], null));
    server.createContext("/drip", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0);
      try (OutputStream out = ex.getResponseBody()) {
        for (int i = 0; i < 60; i++) {
          out.write("<p>".getBytes(StandardCharsets.UTF_8));
          out.flush();
          Thread.sleep(500);
        }
      } catch (IOException | InterruptedException e) {
        // the client hung up
      }
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    // a server that accepts connections and never answers
    silentServer = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
    Thread acceptor = new Thread(() -> {
      try {
        while (true) {
          Socket socket = silentServer.accept();
          synchronized (silent) {
            silent.add(socket);
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
    silentServer.close();
    synchronized (silent) {
      for (Socket socket : silent) {
        socket.close();
      }
    }
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body, String encoding) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    if (encoding != null) {
      ex.getResponseHeaders().set("Content-Encoding", encoding);
    }
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    } catch (IOException e) {
      // the client may hang up on a body it does not want
    }
  }

  private static void redirect(HttpExchange ex, int status, String location) throws IOException {
    ex.getResponseHeaders().set("Location", location);
    ex.sendResponseHeaders(status, -1);
    ex.close();
  }

  private static byte[] gzip(String text) throws IOException {
    return gzipBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] gzipBytes(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private static byte[] deflate(String text, boolean raw) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream z = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
      z.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  @Test
  void fetchesAPageAndExtractsItsArticle() throws FetchException {
    FetchedPage page = LOCAL.fetch(base + "/page.html");
    assertEquals(base + "/page.html", page.url());
    assertEquals("text/html; charset=utf-8", page.contentType());
    assertArrayEquals(Pages.newsPage().getBytes(StandardCharsets.UTF_8), page.body());
    Article article = page.article(ArticleExtractor.create());
    assertEquals(Pages.P1, article.paragraphs().get(0));
    assertEquals(PageFetcher.USER_AGENT, lastUserAgent.get());
    assertTrue(PageFetcher.USER_AGENT.startsWith("tldr4j/"));
  }

  @Test
  void sendsACustomUserAgent() throws FetchException {
    PageFetcher.builder().allowPrivateAddresses(true).userAgent("probe/1").build().fetch(base + "/page.html");
    assertEquals("probe/1", lastUserAgent.get());
  }

  @ParameterizedTest
  @MethodSource("compressed")
  void decompresses(String path) throws FetchException {
    assertEquals(Pages.newsPage(), LOCAL.fetch(base + path).text());
  }

  static Stream<String> compressed() {
    return Stream.of("/gzip.html", "/deflate.html", "/rawdeflate.html");
  }

  @Test
  void plainTextIsItsOwnArticle() throws FetchException {
    FetchedPage page = LOCAL.fetch(base + "/notes.txt");
    assertTrue(page.isPlainText());
    assertEquals(List.of(Pages.P1, Pages.P2), page.article(ArticleExtractor.create()).paragraphs());
  }

  @Test
  void decodesWithTheHeadersCharset() throws FetchException {
    assertTrue(LOCAL.fetch(base + "/latin1.html").text().contains("Caf\u00e9 tables"));
  }

  @Test
  void followsRedirects() throws FetchException {
    assertEquals(base + "/page.html", LOCAL.fetch(base + "/redirect").url());
    assertEquals(base + "/page.html", LOCAL.fetch(base + "/redirect-abs#part").url());
    assertEquals(base + "/page.html", LOCAL.fetch(base + "/chain?4").url());
  }

  static Stream<Arguments> failures() {
    return Stream.of(
        Arguments.of("/missing", "/missing: HTTP 404"),
        Arguments.of("/error", "/error: HTTP 503"),
        Arguments.of("/image.png", "/image.png: not HTML or text: content type image/png"),
        Arguments.of("/binary.html", "/binary.html: binary content"),
        Arguments.of("/big.html", "/big.html: too large (more than 100000 bytes)"),
        Arguments.of("/big-chunked.html", "/big-chunked.html: too large (more than 100000 bytes)"),
        Arguments.of("/bomb.html", "/bomb.html: too large once decompressed"),
        Arguments.of("/loop-a", "/loop-b: redirect loop back to"),
        Arguments.of("/chain?5", "/chain?0: too many redirects (more than 5)"),
        Arguments.of("/to-ftp", "unsupported scheme ftp"),
        Arguments.of("/no-location", "/no-location: HTTP 302 redirect without a Location"));
  }

  @ParameterizedTest
  @MethodSource("failures")
  void failuresNameTheUrlAndTheCause(String path, String expected) {
    FetchException e =
        assertTimeoutPreemptively(LIMIT, () -> assertThrows(FetchException.class, () -> LOCAL.fetch(base + path)));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
    assertTrue(e.getMessage().startsWith("http://127.0.0.1:"), e.getMessage());
  }

  @Test
  void aServerThatNeverAnswersTimesOut() {
    String url = "http://127.0.0.1:" + silentServer.getLocalPort() + "/page.html";
    PageFetcher fetcher = PageFetcher.builder().allowPrivateAddresses(true).timeout(Duration.ofMillis(700)).build();
    long start = System.nanoTime();
    FetchException e = assertTimeoutPreemptively(LIMIT, () -> assertThrows(FetchException.class, () -> fetcher.fetch(url)));
    assertTrue(e.getMessage().equals(url + ": timed out after 700 ms"), e.getMessage());
    assertTrue(System.nanoTime() - start < 5_000_000_000L);
  }

  @Test
  void aBodyThatTricklesTimesOut() {
    PageFetcher fetcher = PageFetcher.builder().allowPrivateAddresses(true).timeout(Duration.ofSeconds(2)).build();
    FetchException e = assertTimeoutPreemptively(LIMIT, () -> assertThrows(FetchException.class, () -> fetcher.fetch(base + "/drip")));
    assertEquals(base + "/drip: timed out after 2 s", e.getMessage());
  }

  @Test
  void aClosedPortIsRefused() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port + "/";
    FetchException e = assertThrows(FetchException.class, () -> LOCAL.fetch(url));
    assertTrue(e.getMessage().startsWith(url + ": "), e.getMessage());
  }

  @Test
  void refusesLoopbackByDefault() {
    PageFetcher fetcher = PageFetcher.create();
    FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(base + "/page.html"));
    assertTrue(e.getMessage().contains("refused: 127.0.0.1 resolves to the non-public address 127.0.0.1"), e.getMessage());
    FetchException named = assertThrows(FetchException.class, () -> fetcher.fetch("http://localhost:" + server.getAddress().getPort() + "/"));
    assertTrue(named.getMessage().contains("refused: localhost"), named.getMessage());
  }

  @Test
  void checksTheAddressPolicyOnEveryRedirect() throws FetchException {
    // a policy that allows exactly 127.0.0.1: the first hop passes, the redirect to 127.0.0.2 does not
    PageFetcher fetcher =
        PageFetcher.builder()
            .addressPolicy(address -> address.getHostAddress().equals("127.0.0.1"))
            .build();
    assertEquals(base + "/page.html", fetcher.fetch(base + "/redirect").url());
    FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(base + "/to-other-loopback"));
    assertTrue(e.getMessage().startsWith("http://127.0.0.2:"), e.getMessage());
    assertTrue(e.getMessage().contains("refused: 127.0.0.2"), e.getMessage());
  }

  static Stream<Arguments> badUrls() {
    return Stream.of(
        Arguments.of("file:///etc/passwd", "unsupported scheme file"),
        Arguments.of("ftp://example.org/", "unsupported scheme ftp"),
        Arguments.of("/relative/page.html", "not an absolute http(s) URL"),
        Arguments.of("http://", "not a valid URL"),
        Arguments.of("http://exa mple.org/", "not a valid URL"),
        Arguments.of("http:///path", "URL without a host"));
  }

  @ParameterizedTest
  @MethodSource("badUrls")
  void refusesUrlsThatAreNotHttp(String url, String expected) {
    FetchException e = assertThrows(FetchException.class, () -> LOCAL.fetch(url));
    assertTrue(e.getMessage().startsWith(url + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  @Test
  void builderRejectsBadLimits() {
    assertThrows(IllegalArgumentException.class, () -> PageFetcher.builder().maxBytes(0));
    assertThrows(IllegalArgumentException.class, () -> PageFetcher.builder().maxRedirects(-1));
    assertThrows(IllegalArgumentException.class, () -> PageFetcher.builder().timeout(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> PageFetcher.builder().connectTimeout(Duration.ofSeconds(-1)));
    assertThrows(IllegalArgumentException.class, () -> PageFetcher.builder().userAgent(" "));
    assertThrows(NullPointerException.class, () -> PageFetcher.builder().timeout(null));
    assertThrows(NullPointerException.class, () -> LOCAL.fetch(null));
  }
}
