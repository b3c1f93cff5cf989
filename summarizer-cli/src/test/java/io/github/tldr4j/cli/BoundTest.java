package io.github.tldr4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link Bound}: at most {@code n} threads inside at once. */
final class BoundTest {

  @Test
  void atMostNThreadsAreInsideAtOnce() throws InterruptedException {
    Bound bound = new Bound(2);
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 6; t++) {
      Thread thread =
          new Thread(
              () -> {
                try {
                  for (int i = 0; i < 20; i++) {
                    bound.run(
                        () -> {
                          most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                          pause();
                          inside.decrementAndGet();
                          return null;
                        });
                    done.incrementAndGet();
                  }
                } catch (CliException e) {
                  throw new AssertionError(e);
                }
              });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertEquals(120, done.get());
    assertEquals(2, most.get());
  }

  private static void pause() {
    try {
      Thread.sleep(1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void workThatFailsGivesBackItsPlace() throws CliException {
    Bound bound = new Bound(1);
    assertThrows(
        CliException.class,
        () ->
            bound.run(
                () -> {
                  throw CliException.badInput("bad");
                }));
    assertEquals("ok", bound.run(() -> "ok"));
  }

  @Test
  void anInterruptedThreadIsNotLetIn() {
    Bound bound = new Bound(1);
    AtomicInteger ran = new AtomicInteger();
    Thread.currentThread().interrupt();
    try {
      CliException e =
          assertThrows(CliException.class, () -> bound.run(ran::incrementAndGet));
      assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
      assertTrue(Thread.currentThread().isInterrupted());
    } finally {
      Thread.interrupted();
    }
    assertEquals(0, ran.get());
    assertFalse(Thread.currentThread().isInterrupted());
  }

  @Test
  void aBoundNeedsAtLeastOneThread() {
    assertThrows(IllegalArgumentException.class, () -> new Bound(0));
  }
}
