package io.github.tldr4j.web;

import java.io.IOException;

/**
 * A page that could not be fetched: its message names the URL and the cause (refused address,
 * status code, timeout, too large, not HTML, too many redirects, network error).
 *
 * @since 0.1
 */
public final class FetchException extends IOException {

  private static final long serialVersionUID = 1L;

  /** The URL that failed. */
  private final String url;

  /**
   * Creates an exception for a URL.
   *
   * @param url the URL that failed
   * @param message what went wrong, without the URL
   */
  public FetchException(String url, String message) {
    super(url + ": " + message);
    this.url = url;
  }

  /**
   * Creates an exception for a URL with its cause.
   *
   * @param url the URL that failed
   * @param message what went wrong, without the URL
   * @param cause the underlying exception
   */
  public FetchException(String url, String message, Throwable cause) {
    super(url + ": " + message, cause);
    this.url = url;
  }

  /**
   * Returns the URL that failed (the last one of a redirect chain).
   *
   * @return the URL as requested
   */
  public String url() {
    return url;
  }
}
