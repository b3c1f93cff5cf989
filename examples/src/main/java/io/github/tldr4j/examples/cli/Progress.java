package io.github.tldr4j.examples.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;

/**
 * A progress line on stderr for batch runs ({@code 1200 documents, 310.5 documents/s}), redrawn
 * in place at most four times a second. Disabled unless stderr is a terminal, so pipes, files and
 * tests never see it. Used by one thread only.
 */
final class Progress {

  private static final long INTERVAL_NANOS = 250_000_000L;

  private final PrintStream err;
  private final boolean enabled;
  private final long startNanos = System.nanoTime();
  private long lastNanos = startNanos;
  private boolean showing;

  /**
   * Creates a progress line.
   *
   * @param err where to draw it
   * @param enabled whether to draw it at all
   */
  Progress(PrintStream err, boolean enabled) {
    this.err = Objects.requireNonNull(err, "err");
    this.enabled = enabled;
  }

  /**
   * Reports how many documents are done, redrawing the line if it is due.
   *
   * @param documents documents written so far
   */
  void update(long documents) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastNanos >= INTERVAL_NANOS) {
      lastNanos = now;
      draw(documents, now);
    }
  }

  /**
   * Ends the line being shown, if any, so that a message can follow on a line of its own.
   */
  void breakLine() {
    if (showing) {
      err.print('\n');
      err.flush();
      showing = false;
    }
  }

  /**
   * Draws the final count and ends the line.
   *
   * @param documents documents written in all
   */
  void finish(long documents) {
    if (enabled) {
      draw(documents, System.nanoTime());
      breakLine();
    }
  }

  private void draw(long documents, long now) {
    double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
    err.print(
        String.format(
            Locale.ROOT, "\rtldr: %d documents, %.1f documents/s", documents, documents / seconds));
    err.flush();
    showing = true;
  }
}
