package io.github.tldr4j.summarizer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * Runs the independent pieces of the work on one long text on the calling thread and the JDK's
 * common {@link ForkJoinPool}: the library's only use of threads besides the caller's.
 *
 * <p>The policy: only a text of at least {@value #MIN_CHARS} characters is shared out (below that,
 * handing work to another thread costs more than it saves); the helpers are tasks of {@link
 * ForkJoinPool#commonPool()}, whose daemon threads are bounded by its parallelism (one fewer than
 * the processors by default; {@code -Djava.util.concurrent.ForkJoinPool.common.parallelism=0}
 * keeps all the work on the calling thread). The calling thread works too: it takes pieces until
 * none is left and then waits only for the pieces a helper has started, so a busy pool (a server
 * whose requests run in it, or a parallel stream) slows a text down but never blocks it. No thread
 * is created or kept here. The pieces' results come back in piece order, so a caller that merges
 * them in that order gets the same result however they were run.
 *
 * <p>Stateless and thread-safe. Not part of the API (an unexported package).
 */
public final class Parallel {

  /** A shorter text is worked on by the calling thread alone. */
  public static final int MIN_CHARS = 1 << 18;

  private static final String PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

  /**
   * The common pool's threads: its parallelism, or none when the system property sets it to 0
   * (then the JDK reports a parallelism of 1 but starts no thread).
   */
  private static final int HELPERS =
      "0".equals(System.getProperty(PARALLELISM, "").strip())
          ? 0
          : ForkJoinPool.getCommonPoolParallelism();

  private Parallel() {}

  /**
   * The number of threads that may work on one text: the calling thread and the common pool's.
   *
   * @return at least 1
   */
  public static int threads() {
    return HELPERS + 1;
  }

  /**
   * Whether the work on a text of {@code length} characters is shared with the common pool.
   *
   * @param length the text's length
   * @return true if {@code length} is at least {@value #MIN_CHARS} and the pool has a thread
   */
  public static boolean shares(int length) {
    return length >= MIN_CHARS && HELPERS > 0;
  }

  /**
   * Whether the work on a text of {@code terms} analyzed terms is shared with the common pool: a
   * text of about {@value #MIN_CHARS} characters or more (English has a term every six to eight
   * characters).
   *
   * @param terms the text's analyzed terms
   * @return true if {@code terms} is at least an eighth of {@value #MIN_CHARS} and the pool has a
   *     thread
   */
  public static boolean sharesTerms(int terms) {
    return terms >= MIN_CHARS / 8 && HELPERS > 0;
  }

  /**
   * Whether the work on a text of {@code sentences} sentences is shared with the common pool: a
   * text of about {@value #MIN_CHARS} characters or more (a sentence of news has about 128).
   *
   * @param sentences the text's sentences
   * @return true if {@code sentences} is at least {@value #MIN_CHARS} / 128 and the pool has a
   *     thread
   */
  public static boolean sharesSentences(int sentences) {
    return sentences >= MIN_CHARS / 128 && HELPERS > 0;
  }

  /**
   * The number of pieces to cut a text of {@code length} characters into: about four per thread,
   * so that a thread that finishes early takes another, and none shorter than {@code minPiece}.
   *
   * @param length the text's length
   * @param minPiece the shortest useful piece, in characters
   * @return at least 1; 1 when the text is not {@linkplain #shares shared}
   */
  public static int pieces(int length, int minPiece) {
    if (!shares(length)) {
      return 1;
    }
    return (int) Math.max(1, Math.min(ranges(true), length / (long) Math.max(1, minPiece)));
  }

  /**
   * Computes {@code task.apply(0) .. task.apply(count - 1)}, on this thread and on the common pool,
   * and returns the results in that order. Each task must be independent of the others.
   *
   * @param <T> the result type
   * @param count the number of tasks
   * @param task the task, thread-safe
   * @return the results, in task order
   * @throws RuntimeException or Error: the first a task threw, after every started task ended
   */
  public static <T> List<T> map(int count, IntFunction<T> task) {
    Object[] results = new Object[count];
    int helpers = count < 2 ? 0 : Math.min(count - 1, HELPERS);
    if (helpers == 0) {
      for (int i = 0; i < count; i++) {
        results[i] = task.apply(i);
      }
      return list(results);
    }
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Helper> started = new ArrayList<>(helpers);
    for (int h = 0; h < helpers; h++) {
      Helper helper = new Helper(() -> work(next, count, task, results, failure));
      started.add(helper);
      ForkJoinPool.commonPool().execute(helper);
    }
    work(next, count, task, results, failure);
    for (Helper helper : started) {
      helper.awaitIfStarted();
    }
    Throwable t = failure.get();
    if (t instanceof RuntimeException e) {
      throw e;
    }
    if (t instanceof Error e) {
      throw e;
    }
    if (t != null) {
      throw new IllegalStateException(t);
    }
    return list(results);
  }

  /** A task over a range of indices. */
  @FunctionalInterface
  public interface Range {
    /**
     * Works on the indices {@code from .. to - 1}.
     *
     * @param from the first index
     * @param to the index after the last
     */
    void run(int from, int to);
  }

  /**
   * The number of ranges to cut the items of a text into: about four per thread when the work is
   * shared, so that a thread that finishes early takes another; else one.
   *
   * @param shared whether the work is shared (see {@link #shares})
   * @return the number of ranges, at least 1
   */
  public static int ranges(boolean shared) {
    return shared ? 4 * threads() : 1;
  }

  /**
   * Runs {@code task} over {@code 0 .. count - 1} cut into {@code ranges} ranges (of nearly equal
   * size, in order), on this thread and the common pool, and returns when every range is done; one
   * range runs here alone. The ranges must be independent: each writes its own indices only.
   *
   * @param count the number of indices
   * @param ranges the number of ranges (see {@link #ranges})
   * @param task the task, thread-safe
   */
  public static void forRanges(int count, int ranges, Range task) {
    int pieces = Math.min(count, ranges);
    if (pieces <= 1) {
      task.run(0, count);
      return;
    }
    map(
        pieces,
        p -> {
          task.run((int) ((long) count * p / pieces), (int) ((long) count * (p + 1) / pieces));
          return null;
        });
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> list(Object[] results) {
    List<T> list = new ArrayList<>(results.length);
    for (Object r : results) {
      list.add((T) r);
    }
    return list;
  }

  /** Takes tasks until none is left (or one failed). */
  private static <T> void work(
      AtomicInteger next,
      int count,
      IntFunction<T> task,
      Object[] results,
      AtomicReference<Throwable> failure) {
    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
      if (failure.get() != null) {
        return;
      }
      try {
        results[i] = task.apply(i);
      } catch (RuntimeException | Error e) {
        failure.compareAndSet(null, e);
        return;
      }
    }
  }

  /**
   * A helper task: runs its work unless the calling thread claimed it first (then it never runs,
   * and nobody waits for it).
   */
  private static final class Helper extends ForkJoinTask<Void> {
    private static final long serialVersionUID = 1L;
    private final transient Runnable work;
    private final AtomicBoolean claimed = new AtomicBoolean();

    Helper(Runnable work) {
      this.work = work;
    }

    @Override
    public Void getRawResult() {
      return null;
    }

    @Override
    protected void setRawResult(Void value) {}

    @Override
    protected boolean exec() {
      if (claimed.compareAndSet(false, true)) {
        work.run();
      }
      return true;
    }

    /** Waits for the helper if a pool thread started it; else makes sure it never runs. */
    void awaitIfStarted() {
      if (!claimed.compareAndSet(false, true)) {
        join();
      }
    }
  }
}
