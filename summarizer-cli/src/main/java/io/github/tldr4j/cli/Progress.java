package io.github.tldr4j.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A progress line on stderr for batch runs, redrawn in place at most four times a second. When
 * the input's size is known (a file), it starts with a bar and the share of the input read:
 * {@code [########------------]  40% 1200 documents, 310.5 documents/s}; otherwise (a pipe) it is
 * only the count and rate. Disabled unless stderr is a terminal, so pipes, files and tests never
 * see it. Used by one thread only.
 */
final class Progress {

  private static final long INTERVAL_NANOS = 250_000_000L;
  private static final int BAR_WIDTH = 20;

  private final PrintStream err;
  private final boolean enabled;
  private final LongSupplier bytesRead;
  private final long totalBytes;
  private final long startNanos = System.nanoTime();
  private long lastNanos = startNanos;
  private boolean showing;

  /**
   * Creates a progress line.
   *
   * @param err where to draw it
   * @param enabled whether to draw it at all
   * @param bytesRead how many bytes of the input have been read so far; called from this thread
   * @param totalBytes the input's size, or a negative number if unknown (then no bar is drawn)
   */
  Progress(PrintStream err, boolean enabled, LongSupplier bytesRead, long totalBytes) {
    this.err = Objects.requireNonNull(err, "err");
    this.enabled = enabled;
    this.bytesRead = Objects.requireNonNull(bytesRead, "bytesRead");
    this.totalBytes = totalBytes;
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
    err.print("\r" + line(documents, seconds, bytesRead.getAsLong(), totalBytes));
    err.flush();
    showing = true;
  }

  /**
   * The text of the progress line.
   *
   * @param documents documents written so far
   * @param seconds time since the start
   * @param read bytes of input read so far
   * @param total the input's size, negative if unknown
   * @return the line, without carriage return
   */
  static String line(long documents, double seconds, long read, long total) {
    String counts =
        String.format(
            Locale.ROOT,
            "%d %s, %.1f documents/s",
            documents,
            documents == 1 ? "document" : "documents",
            documents / seconds);
    if (total <= 0) {
      return "tldr: " + counts;
    }
    double share = Math.min(1.0, Math.max(0.0, read / (double) total));
    int filled = (int) Math.floor(share * BAR_WIDTH);
    return "tldr: ["
        + "#".repeat(filled)
        + "-".repeat(BAR_WIDTH - filled)
        + "] "
        + String.format(Locale.ROOT, "%3d%% ", (int) Math.floor(share * 100))
        + counts;
  }
}
