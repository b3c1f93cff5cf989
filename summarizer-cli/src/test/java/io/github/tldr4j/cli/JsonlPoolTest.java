package io.github.tldr4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The worker pool of {@link JsonlBatch}: {@code threads} workers, and spares only for waits. */
final class JsonlPoolTest {

  private static String lines(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append("{\"id\":").append(i).append(",\"text\":\"t\"}\n");
    }
    return sb.toString();
  }

  /** Runs a batch and returns its output, checking that every line came back in input order. */
  private static void run(JsonlBatch.Handler handler, int threads, int spares, int n) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    int status =
        new JsonlBatch(handler, threads, spares, false, new Progress(errStream, false, () -> 0, -1))
            .run(
                new ByteArrayInputStream(lines(n).getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                errStream,
                () -> false);
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    String[] written = out.toString(StandardCharsets.UTF_8).split("\n");
    assertEquals(n, written.length);
    for (int i = 0; i < n; i++) {
      assertEquals("{\"id\":" + i + ",\"n\":" + i + "}", written[i]);
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void documentsThatDoNotWaitRunOnThreadsWorkersOnly() {
    Set<String> workers = ConcurrentHashMap.newKeySet();
    JsonlBatch.Handler busy =
        (input, output) -> {
          workers.add(Thread.currentThread().getName());
          pause(2);
          output.put("n", input.get("id").asInt());
        };
    run(busy, 2, 8, 60);
    assertTrue(workers.size() <= 2, "more workers than threads: " + workers);
  }

  @Test
  void aWorkerThatWaitsIsReplacedByASpareUpToTheLimit() {
    AtomicInteger waiting = new AtomicInteger();
    AtomicInteger mostWaiting = new AtomicInteger();
    JsonlBatch.Handler waits =
        (input, output) -> {
          ForkJoinPool.ManagedBlocker wait =
              new ForkJoinPool.ManagedBlocker() {
                private boolean done;

                @Override
                public boolean block() {
                  mostWaiting.accumulateAndGet(waiting.incrementAndGet(), Math::max);
                  pause(40);
                  waiting.decrementAndGet();
                  done = true;
                  return true;
                }

                @Override
                public boolean isReleasable() {
                  return done;
                }
              };
          try {
            ForkJoinPool.managedBlock(wait);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          output.put("n", input.get("id").asInt());
        };
    run(waits, 1, 3, 16);
    assertTrue(mostWaiting.get() > 1, "waits did not overlap on one thread: " + mostWaiting);
    assertTrue(mostWaiting.get() <= 4, "more workers than threads and spares: " + mostWaiting);
  }

  @Test
  void aWorkersErrorReachesTheCaller() {
    StackOverflowError thrown = new StackOverflowError("deep");
    JsonlBatch.Handler fails =
        (input, output) -> {
          if (input.get("id").asInt() == 5) {
            throw thrown;
          }
          output.put("n", input.get("id").asInt());
        };
    StackOverflowError caught = assertThrows(StackOverflowError.class, () -> run(fails, 2, 0, 12));
    assertSame(thrown, caught);
  }

  @Test
  void aSmallWindowKeepsInputOrderWhateverTheWorkersTimes() {
    // more lines than the window holds, each finishing after a delay that falls as the lines go
    JsonlBatch.Handler uneven =
        (input, output) -> {
          int id = input.get("id").asInt();
          pause((40 - id) % 7);
          output.put("n", id);
        };
    run(uneven, 3, 0, 40);
  }
}
