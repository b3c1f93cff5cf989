package io.github.tldr4j.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * Standard output that notices when its reader has gone: {@code tldr --jsonl big.jsonl | head -1}
 * closes the pipe after one line, and the next write fails with "Broken pipe" (on Windows, "The
 * pipe is being closed"). For a Unix tool that is not an error: the command stops early and
 * quietly, with exit status 0. Every other write failure (a full disk) still is one.
 *
 * <p>Writes go through unchanged and failures are rethrown; {@link #readerGone()} may be read from
 * any thread.
 */
final class ClosedPipeWatch extends FilterOutputStream {

  private volatile boolean readerGone;

  /**
   * Watches a stream.
   *
   * @param out the stream, usually the process's standard output
   */
  ClosedPipeWatch(OutputStream out) {
    super(out);
  }

  /**
   * Tells whether a write failed because the reader closed the pipe.
   *
   * @return true once a write or flush has failed that way
   */
  boolean readerGone() {
    return readerGone;
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw noticed(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw noticed(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw noticed(e);
    }
  }

  private IOException noticed(IOException e) {
    if (isClosedPipe(e)) {
      readerGone = true;
    }
    return e;
  }

  /**
   * Tells whether a write failure means that the reader closed the pipe. The JDK gives no
   * exception type for it, only the system's message: EPIPE's "Broken pipe" on Linux and macOS,
   * "The pipe is being closed" or "The pipe has been ended" on Windows.
   *
   * @param e the failure
   * @return true for a closed pipe
   */
  static boolean isClosedPipe(IOException e) {
    String message = e.getMessage();
    return message != null && message.toLowerCase(Locale.ROOT).contains("pipe");
  }
}
