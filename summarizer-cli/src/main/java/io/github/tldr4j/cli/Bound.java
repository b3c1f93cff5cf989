package io.github.tldr4j.cli;

/**
 * At most a fixed number of threads in a section at once. A JSON Lines batch that may fetch pages
 * runs more workers than {@code --threads}: a worker waiting on the network holds no processor, so
 * the fetches are bounded by one {@code Bound} and the computing (extraction, summarizing) by
 * another, of {@code --threads}. Thread-safe.
 *
 * <p>A counter under the bound's own monitor, not a {@code Semaphore}: every document of a batch
 * passes through it, and the JVM's monitors need no Java code of their own, where the semaphore's
 * queued synchronizer was interpreted, then compiled, in every batch.
 */
final class Bound {

  /** Work that may fail with a user error. */
  @FunctionalInterface
  interface Work<T> {

    /**
     * Does the work.
     *
     * @return the result
     * @throws CliException for bad input
     */
    T run() throws CliException;
  }

  private int free; // guarded by this

  /**
   * A bound of {@code n} threads.
   *
   * @param n how many threads may be inside at once, at least 1
   */
  Bound(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("a bound must be at least 1: " + n);
    }
    this.free = n;
  }

  /**
   * Runs work once fewer than {@code n} other threads are inside.
   *
   * @param work the work
   * @param <T> its result type
   * @return its result
   * @throws CliException what the work throws, or if the thread is interrupted while waiting (the
   *     batch is stopping; the result is not written)
   */
  <T> T run(Work<T> work) throws CliException {
    acquire();
    try {
      return work.run();
    } finally {
      release();
    }
  }

  /** Takes a permit, as {@code Semaphore.acquire} does: an interrupted thread gets none. */
  private synchronized void acquire() throws CliException {
    try {
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      while (free == 0) {
        wait();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw CliException.badInput("interrupted");
    }
    free--;
  }

  private synchronized void release() {
    free++;
    notify();
  }
}
