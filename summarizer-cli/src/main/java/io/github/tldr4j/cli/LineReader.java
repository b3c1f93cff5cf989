package io.github.tldr4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * Reads lines of raw bytes from a stream, so that each line can be decoded, and fail, on its own
 * (a {@code BufferedReader} decodes ahead and would blame the wrong line for invalid UTF-8).
 *
 * <p>Lines end at {@code \n}; a {@code \r} before it is dropped; a last line without a terminator
 * counts. Memory is one read buffer plus the longest line. Not thread-safe.
 */
final class LineReader {

  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private boolean eof;
  private long lineNumber;

  /**
   * Creates a reader over a stream; the caller keeps ownership of the stream.
   *
   * @param in the stream
   */
  LineReader(InputStream in) {
    this.in = Objects.requireNonNull(in, "in");
  }

  /**
   * Returns the next line without its terminator.
   *
   * @return the line's bytes, or null at the end of the input
   * @throws IOException if reading fails
   */
  byte[] next() throws IOException {
    byte[] line = null;
    int length = 0;
    while (true) {
      if (position == limit) {
        if (eof || !fill()) {
          if (line == null) {
            return null;
          }
          lineNumber++;
          return trimCarriageReturn(line, length);
        }
      }
      int newline = -1;
      for (int i = position; i < limit; i++) {
        if (buffer[i] == '\n') {
          newline = i;
          break;
        }
      }
      int end = newline < 0 ? limit : newline;
      int chunk = end - position;
      if (line == null) {
        line = new byte[Math.max(chunk, 16)];
      } else if (length + chunk > line.length) {
        line = Arrays.copyOf(line, Math.max(length + chunk, line.length * 2));
      }
      System.arraycopy(buffer, position, line, length, chunk);
      length += chunk;
      position = end;
      if (newline >= 0) {
        position++;
        lineNumber++;
        return trimCarriageReturn(line, length);
      }
    }
  }

  /**
   * Returns the number of the line last returned by {@link #next()}, counting from 1.
   *
   * @return the line number, 0 before the first line
   */
  long lineNumber() {
    return lineNumber;
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    while (n == 0) {
      n = in.read(buffer, 0, buffer.length);
    }
    if (n < 0) {
      eof = true;
      position = 0;
      limit = 0;
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }

  private static byte[] trimCarriageReturn(byte[] line, int length) {
    int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
    return end == line.length ? line : Arrays.copyOf(line, end);
  }
}
