package io.github.tldr4j.cli;

import java.util.Objects;

/**
 * A user error that ends the command with a one-line message on stderr and an exit status: {@link
 * #USAGE} for a bad command line, {@link #BAD_INPUT} for input the tool cannot use.
 *
 * <p>The message is shown as is after the {@code tldr: } prefix, so it must be a single line
 * without a trailing period. Never thrown for bugs: those are reported as internal errors.
 */
final class CliException extends Exception {

  /** Exit status for input that cannot be read or used: a missing file, invalid UTF-8, bad JSON. */
  static final int BAD_INPUT = 1;

  /** Exit status for a command-line error: an unknown option, a missing or invalid value. */
  static final int USAGE = 2;

  private static final long serialVersionUID = 1L;

  private final int exitStatus;

  private CliException(int exitStatus, String message) {
    super(Objects.requireNonNull(message, "message"), null, false, false);
    this.exitStatus = exitStatus;
  }

  /**
   * A command-line error (exit status 2).
   *
   * @param message what is wrong, one line
   * @return the exception
   */
  static CliException usage(String message) {
    return new CliException(USAGE, message);
  }

  /**
   * An input error (exit status 1).
   *
   * @param message what is wrong, one line
   * @return the exception
   */
  static CliException badInput(String message) {
    return new CliException(BAD_INPUT, message);
  }

  /**
   * Returns the process exit status for this error.
   *
   * @return {@link #USAGE} or {@link #BAD_INPUT}
   */
  int exitStatus() {
    return exitStatus;
  }
}
