package io.github.tldr4j.benchmarks;

/**
 * A problem with an input file (missing, unreadable, malformed, inconsistent) that is the user's to
 * fix; its message is one line meant for the user, naming the file and line when known.
 *
 * @since 0.1
 */
public final class DataException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message a one-line description for the user
   */
  public DataException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message a one-line description for the user
   * @param cause the underlying problem
   */
  public DataException(String message, Throwable cause) {
    super(message, cause);
  }
}
