package io.github.tldr4j.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An input stream that counts the bytes read through it, so that another thread can show how far
 * a batch has got. Reading is for one thread; {@link #count()} may be called from any.
 */
final class CountingInputStream extends FilterInputStream {

  private final AtomicLong count = new AtomicLong();

  CountingInputStream(InputStream in) {
    super(in);
  }

  /** Returns the number of bytes read (or skipped) so far. */
  long count() {
    return count.get();
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count.incrementAndGet();
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      count.addAndGet(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count.addAndGet(skipped);
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false; // a reset would make the count wrong
  }
}
