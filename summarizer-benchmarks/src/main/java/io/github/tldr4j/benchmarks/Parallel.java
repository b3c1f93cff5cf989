package io.github.tldr4j.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** Runs a function over indexes 0..n-1 on a fixed-size pool, keeping results in index order. */
final class Parallel {

  private Parallel() {}

  /**
   * Computes {@code task.apply(i)} for every {@code i < n}.
   *
   * @param n number of tasks
   * @param threads pool size, at least 1
   * @param task the task; must be thread-safe
   * @return the results, in index order (deterministic whatever the scheduling)
   * @throws RuntimeException the first exception a task threw, unwrapped
   */
  static <T> List<T> map(int n, int threads, IntFunction<T> task) {
    List<T> results = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      results.add(null);
    }
    if (threads <= 1 || n <= 1) {
      for (int i = 0; i < n; i++) {
        results.set(i, task.apply(i));
      }
      return results;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, Parallel::daemon);
    try {
      AtomicInteger next = new AtomicInteger();
      List<Future<?>> workers = new ArrayList<>(threads);
      for (int t = 0; t < threads; t++) {
        workers.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    T result = task.apply(i);
                    synchronized (results) {
                      results.set(i, result);
                    }
                  }
                }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
    synchronized (results) {
      return results;
    }
  }

  private static Thread daemon(Runnable runnable) {
    Thread thread = new Thread(runnable, "bench-worker");
    thread.setDaemon(true);
    return thread;
  }
}
