package io.github.tldr4j.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Fetches web pages over HTTP and HTTPS with {@code java.net.http}, within limits a service that
 * fetches links strangers post can live with.
 *
 * <ul>
 *   <li>Only {@code http} and {@code https} URLs.
 *   <li>Redirects are followed by the fetcher itself, at most {@link Builder#maxRedirects(int)}
 *       (default 5), and a loop is reported as one.
 *   <li>A connect timeout (default 10 s) and a timeout for the whole response, headers and body
 *       (default 20 s).
 *   <li>A size cap on the body as sent and once decompressed (default 10 MB); gzip and deflate
 *       are asked for and decoded.
 *   <li>The content type must be HTML, XHTML or plain text, and the body must not be binary.
 *   <li>A {@code User-Agent} naming the project.
 *   <li><b>Address policy:</b> by default the host name is resolved and the fetch refused when any
 *       of its addresses is loopback, private, shared, link-local (where cloud metadata services
 *       answer), unique-local, multicast or reserved; this is checked again for every redirect.
 *       {@link Builder#allowPrivateAddresses(boolean)} opts in to such addresses (for a tool run by
 *       the machine's own user). The check resolves the name before the HTTP client does, so a
 *       name whose answer changes between the two look-ups (DNS rebinding with a zero TTL) is not
 *       caught; run a public-facing service behind an egress proxy or firewall as well.
 * </ul>
 *
 * Every failure is a {@link FetchException} whose message names the URL and the cause. Instances
 * are immutable and safe for use by multiple concurrent threads.
 *
 * @since 0.1
 */
public final class PageFetcher {

  /** The User-Agent sent by default. */
  public static final String USER_AGENT =
      "tldr4j/0.1 (extractive summarizer; +https://github.com/tldr4j/tldr4j)";

  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
  private static final int SNIFF_BYTES = 1024;

  private final Duration connectTimeout;
  private final Duration timeout;
  private final long maxBytes;
  private final int maxRedirects;
  private final Predicate<InetAddress> allowed;
  private final String userAgent;
  private final HttpClient client;

  private PageFetcher(Builder b) {
    this.connectTimeout = b.connectTimeout;
    this.timeout = b.timeout;
    this.maxBytes = b.maxBytes;
    this.maxRedirects = b.maxRedirects;
    this.allowed = b.allowPrivate ? address -> true : b.policy;
    this.userAgent = b.userAgent;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /**
   * Returns a fetcher with the default limits, refusing non-public addresses.
   *
   * @return a new fetcher
   */
  public static PageFetcher create() {
    return builder().build();
  }

  /**
   * Returns a builder with the default limits.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Fetches a page, following redirects.
   *
   * @param url an absolute {@code http} or {@code https} URL
   * @return the page
   * @throws NullPointerException if {@code url} is null
   * @throws FetchException if the URL is invalid or refused, or the fetch fails: network error,
   *     timeout, an HTTP status other than 2xx, too many redirects or a loop, a body too large, a
   *     content type other than HTML, XHTML or plain text, or a binary body
   */
  public FetchedPage fetch(String url) throws FetchException {
    Objects.requireNonNull(url, "url");
    URI uri = parse(url, url);
    Set<URI> seen = new HashSet<>();
    for (int redirects = 0; ; redirects++) {
      String current = uri.toString();
      checkAddress(uri, current);
      seen.add(uri);
      Response response = exchange(uri, current);
      if (REDIRECTS.contains(response.status)) {
        String location = response.location;
        if (location == null || location.isBlank()) {
          throw new FetchException(current, "HTTP " + response.status + " redirect without a Location");
        }
        URI next;
        try {
          next = uri.resolve(location.trim());
        } catch (IllegalArgumentException e) {
          throw new FetchException(current, "redirect to an invalid URL: " + location, e);
        }
        next = parse(next.toString(), current);
        if (seen.contains(next)) {
          throw new FetchException(current, "redirect loop back to " + next);
        }
        if (redirects >= maxRedirects) {
          throw new FetchException(current, "too many redirects (more than " + maxRedirects + ")");
        }
        uri = next;
        continue;
      }
      if (response.status < 200 || response.status > 299) {
        throw new FetchException(current, "HTTP " + response.status);
      }
      byte[] body = decode(response, current);
      checkText(body, response.contentType, current);
      return new FetchedPage(current, response.contentType, body);
    }
  }

  private URI parse(String url, String forMessage) throws FetchException {
    String text = url.trim();
    int hash = text.indexOf('#');
    if (hash >= 0) {
      text = text.substring(0, hash); // the fragment is never sent
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new FetchException(forMessage, "not a valid URL: " + e.getReason(), e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException(
          forMessage,
          scheme.isEmpty()
              ? "not an absolute http(s) URL"
              : "unsupported scheme " + scheme + " (only http and https)");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new FetchException(forMessage, "URL without a host");
    }
    return uri;
  }

  private void checkAddress(URI uri, String current) throws FetchException {
    String host = uri.getHost();
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new FetchException(current, "unknown host " + host, e);
    } catch (SecurityException e) {
      throw new FetchException(current, "cannot resolve " + host + ": " + e.getMessage(), e);
    }
    for (InetAddress address : addresses) {
      if (!allowed.test(address)) {
        throw new FetchException(
            current,
            "refused: "
                + host
                + " resolves to the non-public address "
                + address.getHostAddress()
                + " (loopback, private, link-local and metadata addresses need an explicit opt-in)");
      }
    }
  }

  /** A response: status, headers of interest and the (still encoded) body. */
  private static final class Response {
    int status;
    String location;
    String contentType;
    String contentEncoding;
    byte[] body = new byte[0];
    boolean tooLarge;
  }

  private Response exchange(URI uri, String current) throws FetchException {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("User-Agent", userAgent)
            .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1")
            .header("Accept-Encoding", "gzip, deflate")
            .GET()
            .build();
    Response response = new Response();
    CappedBody[] subscriber = new CappedBody[1];
    HttpResponse.BodyHandler<byte[]> handler =
        info -> {
          response.status = info.statusCode();
          response.location = info.headers().firstValue("location").orElse(null);
          response.contentType = info.headers().firstValue("content-type").orElse("");
          response.contentEncoding =
              info.headers().firstValue("content-encoding").orElse("").trim().toLowerCase(Locale.ROOT);
          long declared = info.headers().firstValueAsLong("content-length").orElse(-1L);
          boolean wanted =
              response.status >= 200 && response.status <= 299 && acceptable(response.contentType);
          if (wanted && declared > maxBytes) {
            response.tooLarge = true;
            wanted = false;
          }
          subscriber[0] = new CappedBody(wanted ? maxBytes : 0);
          return subscriber[0];
        };
    CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, handler);
    long waitMillis = connectTimeout.toMillis() + timeout.toMillis();
    try {
      HttpResponse<byte[]> http = future.get(waitMillis, TimeUnit.MILLISECONDS);
      response.body = http.body();
    } catch (TimeoutException e) {
      cancel(future, subscriber[0]);
      throw new FetchException(current, "timed out after " + seconds(timeout), e);
    } catch (InterruptedException e) {
      cancel(future, subscriber[0]);
      Thread.currentThread().interrupt();
      throw new FetchException(current, "interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof HttpConnectTimeoutException) {
        throw new FetchException(current, "connect timed out after " + seconds(connectTimeout), cause);
      }
      if (cause instanceof HttpTimeoutException) {
        throw new FetchException(current, "timed out after " + seconds(timeout), cause);
      }
      if (cause instanceof ConnectException) {
        throw new FetchException(current, "connection refused", cause);
      }
      if (cause instanceof TooLarge) {
        response.tooLarge = true;
      } else {
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        throw new FetchException(current, "network error: " + message, cause);
      }
    }
    if (response.tooLarge) {
      throw new FetchException(current, "too large (more than " + maxBytes + " bytes)");
    }
    if (response.status >= 200 && response.status <= 299 && !acceptable(response.contentType)) {
      throw new FetchException(
          current, "not HTML or text: content type " + mediaType(response.contentType));
    }
    return response;
  }

  private static void cancel(CompletableFuture<?> future, CappedBody body) {
    if (body != null) {
      body.cancel();
    }
    future.cancel(true);
  }

  private static String seconds(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  /** The media type of a Content-Type value, lower case, without parameters. */
  static String mediaType(String contentType) {
    String type = contentType == null ? "" : contentType;
    int semicolon = type.indexOf(';');
    if (semicolon >= 0) {
      type = type.substring(0, semicolon);
    }
    return type.trim().toLowerCase(Locale.ROOT);
  }

  /** HTML, XHTML, plain text, or no content type at all (sniffed afterwards). */
  static boolean acceptable(String contentType) {
    String type = mediaType(contentType);
    return type.isEmpty()
        || type.equals("text/html")
        || type.equals("application/xhtml+xml")
        || type.equals("text/plain");
  }

  private byte[] decode(Response response, String current) throws FetchException {
    String encoding = response.contentEncoding;
    if (encoding.isEmpty() || encoding.equals("identity")) {
      return response.body;
    }
    InputStream in;
    try {
      if (encoding.equals("gzip") || encoding.equals("x-gzip")) {
        in = new GZIPInputStream(new ByteArrayInputStream(response.body));
      } else if (encoding.equals("deflate")) {
        // "deflate" is zlib-wrapped by the standard, raw in some servers: try the standard first
        boolean zlib = response.body.length >= 2 && ((response.body[0] & 0x0F) == 8)
            && (((response.body[0] & 0xFF) << 8) | (response.body[1] & 0xFF)) % 31 == 0;
        in = new InflaterInputStream(new ByteArrayInputStream(response.body), new Inflater(!zlib));
      } else {
        throw new FetchException(current, "unsupported content encoding " + encoding);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[16384];
      try (InputStream stream = in) {
        for (int n = stream.read(buffer); n >= 0; n = stream.read(buffer)) {
          out.write(buffer, 0, n);
          if (out.size() > maxBytes) {
            throw new FetchException(current, "too large once decompressed (more than " + maxBytes + " bytes)");
          }
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      if (e instanceof FetchException) {
        throw (FetchException) e;
      }
      throw new FetchException(current, "cannot decode " + encoding + " body: " + e.getMessage(), e);
    }
  }

  private static void checkText(byte[] body, String contentType, String current) throws FetchException {
    int n = Math.min(body.length, SNIFF_BYTES);
    boolean utf16 =
        n >= 2
            && (((body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF)
                || ((body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE));
    Optional<java.nio.charset.Charset> declared = Charsets.fromContentType(contentType, false);
    if (utf16 || declared.map(c -> c.name().startsWith("UTF-16") || c.name().startsWith("UTF-32")).orElse(false)) {
      return;
    }
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = body[i] & 0xFF;
      if (b == 0) {
        throw new FetchException(current, "binary content (a NUL byte) served as " + describe(contentType));
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
        control++;
      }
    }
    if (n > 0 && control * 10 > n) {
      throw new FetchException(current, "binary content served as " + describe(contentType));
    }
  }

  private static String describe(String contentType) {
    String type = mediaType(contentType);
    return type.isEmpty() ? "a page without a content type" : type;
  }

  /** Thrown inside the body subscriber when the cap is passed. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("too large");
    }
  }

  /** Collects a body up to a cap; a cap of 0 discards the body at once. */
  private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final long cap;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private volatile Flow.Subscription subscription;

    CappedBody(long cap) {
      this.cap = cap;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (cap <= 0) {
        s.cancel();
        result.complete(new byte[0]);
      } else {
        s.request(Long.MAX_VALUE);
      }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer buffer : buffers) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        out.write(bytes, 0, bytes.length);
      }
      if (out.size() > cap) {
        subscription.cancel();
        result.completeExceptionally(new TooLarge());
      }
    }

    @Override
    public void onError(Throwable throwable) {
      result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
      result.complete(out.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    void cancel() {
      Flow.Subscription s = subscription;
      if (s != null) {
        s.cancel();
      }
      result.completeExceptionally(new IOException("cancelled"));
    }
  }

  /**
   * Configures a {@link PageFetcher}. Not thread-safe; the order of calls does not matter.
   *
   * @since 0.1
   */
  public static final class Builder {
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration timeout = Duration.ofSeconds(20);
    private long maxBytes = 10_000_000;
    private int maxRedirects = 5;
    private boolean allowPrivate;
    private Predicate<InetAddress> policy = Addresses::isPublic;
    private String userAgent = USER_AGENT;

    private Builder() {}

    /**
     * Sets the connect timeout.
     *
     * @param value a positive duration (default 10 s)
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is zero or negative
     */
    public Builder connectTimeout(Duration value) {
      this.connectTimeout = positive(value, "connectTimeout");
      return this;
    }

    /**
     * Sets the timeout for each response, from the request to the last byte of the body.
     *
     * @param value a positive duration (default 20 s)
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is zero or negative
     */
    public Builder timeout(Duration value) {
      this.timeout = positive(value, "timeout");
      return this;
    }

    /**
     * Sets the largest body accepted, as sent and once decompressed.
     *
     * @param value bytes, at least 1 (default 10,000,000)
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is less than 1
     */
    public Builder maxBytes(long value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxBytes must be at least 1: " + value);
      }
      this.maxBytes = value;
      return this;
    }

    /**
     * Sets how many redirects are followed.
     *
     * @param value 0 or more (default 5)
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is negative
     */
    public Builder maxRedirects(int value) {
      if (value < 0) {
        throw new IllegalArgumentException("maxRedirects must not be negative: " + value);
      }
      this.maxRedirects = value;
      return this;
    }

    /**
     * Allows loopback, private, link-local and other non-public addresses (refused by default).
     * Only for fetches on behalf of the machine's own user, never for URLs from strangers.
     *
     * @param value true to allow them
     * @return this builder
     */
    public Builder allowPrivateAddresses(boolean value) {
      this.allowPrivate = value;
      return this;
    }

    /**
     * Sets the User-Agent header.
     *
     * @param value a non-blank value (default {@link PageFetcher#USER_AGENT})
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public Builder userAgent(String value) {
      Objects.requireNonNull(value, "userAgent");
      if (value.isBlank()) {
        throw new IllegalArgumentException("userAgent must not be blank");
      }
      this.userAgent = value;
      return this;
    }

    /** Replaces the default address policy (tests only). */
    Builder addressPolicy(Predicate<InetAddress> value) {
      this.policy = Objects.requireNonNull(value, "policy");
      return this;
    }

    /**
     * Builds the fetcher.
     *
     * @return a new immutable fetcher
     */
    public PageFetcher build() {
      return new PageFetcher(this);
    }

    private static Duration positive(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + value);
      }
      return value;
    }
  }
}
