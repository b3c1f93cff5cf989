package io.github.tldr4j.summarizer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 14: the pieces of one text's work on the calling thread and the common pool. */
final class ParallelTest {

  @Test
  void resultsComeBackInTaskOrder() {
    List<Integer> squares = Parallel.map(50, i -> i * i);
    assertEquals(IntStream.range(0, 50).map(i -> i * i).boxed().toList(), squares);
    assertEquals(List.of(), Parallel.map(0, i -> i));
    assertEquals(List.of(7), Parallel.map(1, i -> 7));
  }

  @ParameterizedTest
  @CsvSource({"0, 4", "1, 4", "7, 1", "7, 3", "7, 9", "100, 8", "1000, 5"})
  void rangesCoverEveryIndexOnce(int count, int ranges) {
    AtomicIntegerArray seen = new AtomicIntegerArray(count);
    Parallel.forRanges(
        count,
        ranges,
        (from, to) -> {
          assertTrue(from <= to);
          for (int i = from; i < to; i++) {
            seen.incrementAndGet(i);
          }
        });
    for (int i = 0; i < count; i++) {
      assertEquals(1, seen.get(i), "index " + i);
    }
  }

  @Test
  void onlyTheCallerAndTheCommonPoolWork() {
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    Parallel.map(
        64,
        i -> {
          threads.add(Thread.currentThread());
          busy();
          return i;
        });
    assertTrue(threads.size() <= Parallel.threads(), threads.toString());
    for (Thread t : threads) {
      assertTrue(
          t == Thread.currentThread()
              || t instanceof ForkJoinWorkerThread w && w.getPool() == ForkJoinPool.commonPool(),
          t.toString());
    }
  }

  @Test
  void theFirstFailureIsThrownAfterTheOtherTasksEnd() {
    IllegalStateException failure = new IllegalStateException("piece 3");
    List<Integer> finished = new ArrayList<>();
    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class,
            () ->
                Parallel.map(
                    8,
                    i -> {
                      if (i == 3) {
                        throw failure;
                      }
                      synchronized (finished) {
                        finished.add(i);
                      }
                      return i;
                    }));
    assertSame(failure, thrown);
  }

  @Test
  void aBusyPoolLeavesTheWorkToTheCaller() throws InterruptedException {
    int workers = ForkJoinPool.getCommonPoolParallelism();
    CountDownLatch started = new CountDownLatch(workers);
    CountDownLatch release = new CountDownLatch(1);
    for (int w = 0; w < workers; w++) {
      ForkJoinPool.commonPool()
          .execute(
              () -> {
                started.countDown();
                try {
                  release.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
    }
    try {
      assertTrue(started.await(10, TimeUnit.SECONDS));
      // every worker is blocked: the caller does every piece and does not wait for the helpers
      List<Boolean> here =
          assertTimeoutPreemptively(
              Duration.ofSeconds(10),
              () -> {
                Thread caller = Thread.currentThread();
                return Parallel.map(16, i -> Thread.currentThread() == caller);
              });
      assertEquals(IntStream.range(0, 16).mapToObj(i -> true).toList(), here);
    } finally {
      release.countDown();
    }
  }

  @Test
  void onlyLongTextsAreShared() {
    assertEquals(false, Parallel.shares(Parallel.MIN_CHARS - 1));
    assertEquals(ForkJoinPool.getCommonPoolParallelism() > 0, Parallel.shares(Parallel.MIN_CHARS));
    assertEquals(1, Parallel.pieces(Parallel.MIN_CHARS - 1, 1));
    assertEquals(1, Parallel.ranges(false));
    assertTrue(Parallel.pieces(Integer.MAX_VALUE, 1) <= Parallel.ranges(true));
  }

  private static void busy() {
    long x = 0;
    for (int i = 0; i < 100_000; i++) {
      x += i * 31L;
    }
    if (x == 42) {
      throw new AssertionError();
    }
  }
}
