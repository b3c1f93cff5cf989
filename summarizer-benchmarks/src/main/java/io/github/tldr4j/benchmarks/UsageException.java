package io.github.tldr4j.benchmarks;

/**
 * A command line the bench cannot run (unknown option, missing or invalid value); its message is
 * one line for the user. Exit status 2.
 */
final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
