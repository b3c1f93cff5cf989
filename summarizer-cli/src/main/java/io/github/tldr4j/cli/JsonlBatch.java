package io.github.tldr4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tldr4j.summarizer.text.Words;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Processes JSON Lines input in parallel and writes one JSON line per document, in input order.
 *
 * <p>Three stages: a reader thread splits the input into byte lines and submits each to a pool of
 * worker threads; the workers decode, parse, process and serialize a line; the calling thread
 * writes the results in input order. The reader blocks while a window of {@code 4 × threads} (at
 * least 8) documents is in flight, so memory stays bounded however long the input. Every output
 * line is written whole, and the output is flushed whenever the writer has to wait. The stages
 * hand lines and results over through the JVM's monitors ({@link Window}, {@link Slot}).
 *
 * <p>The pool is a {@link ForkJoinPool} of {@code threads} workers, started as documents arrive.
 * A worker that waits on the network (a page to fetch, {@link WebPages#fetch}) says so with {@link
 * ForkJoinPool#managedBlock}, and the pool then starts a spare worker in its place, up to {@code
 * spares} of them: a batch of texts runs on {@code threads} threads (ten workers for two
 * processors had cost a dev-set batch of short stories about 6% more CPU time, each a thread to
 * start and warm), a batch of pages fetches while it computes.
 *
 * <p>Blank lines are skipped but still counted, so error messages give the line number of the
 * file. A bad line (invalid UTF-8, malformed JSON, not an object, a missing or mistyped field, an
 * unknown language) stops the run after every earlier result is written, with one line on stderr
 * naming the line; with {@code keepGoing}, it becomes {@code {"id", "error"}} in the output
 * ({@code id} null if it could not be read), is reported on stderr, and the run goes on. Either
 * way the exit status is then 1.
 *
 * <p>An instance runs one batch; it is not reusable.
 */
final class JsonlBatch {

  /** Processes one valid JSON object into the output object, which already holds the id. */
  @FunctionalInterface
  interface Handler {

    /**
     * Processes one input document.
     *
     * @param input the input object
     * @param output the output object, holding {@code "id"}; add the result fields to it
     * @throws CliException for bad content (a missing field, an unknown language); the message
     *     must not name the line, the batch adds it
     */
    void handle(ObjectNode input, ObjectNode output) throws CliException;
  }

  /** The result of one line: an output line, an error, a skipped blank line, or the end. */
  private record Result(long line, byte[] json, String error, JsonNode id) {

    static final Result END = new Result(-1, null, null, null);

    boolean skipped() {
      return json == null && error == null;
    }
  }

  private final Handler handler;
  private final int threads;
  private final int spares;
  private final boolean keepGoing;
  private final Progress progress;

  /**
   * Configures a batch.
   *
   * @param handler what to do with each document
   * @param threads worker threads, at least 1
   * @param spares how many more workers may be started while others wait on the network (in
   *     {@link ForkJoinPool#managedBlock}), at least 0
   * @param keepGoing whether a bad line is reported in the output instead of stopping the run
   * @param progress the progress line to update
   */
  JsonlBatch(Handler handler, int threads, int spares, boolean keepGoing, Progress progress) {
    this.handler = Objects.requireNonNull(handler, "handler");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    if (spares < 0) {
      throw new IllegalArgumentException("spares must be at least 0: " + spares);
    }
    this.threads = threads;
    this.spares = spares;
    this.keepGoing = keepGoing;
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /**
   * Runs the batch to the end of the input, or to the first bad line unless keeping going.
   *
   * @param in the JSON Lines input
   * @param out where the output lines go
   * @param err where error lines go, each prefixed {@code tldr: }
   * @param readerGone whether the reader of {@code out} has closed it: then the run stops at the
   *     next line, quietly (a closed pipe is no error)
   * @return the exit status: 0 if every line written succeeded, 1 otherwise
   */
  int run(InputStream in, PrintStream out, PrintStream err, BooleanSupplier readerGone) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Objects.requireNonNull(readerGone, "readerGone");
    AtomicInteger workerNumber = new AtomicInteger();
    ExecutorService pool =
        new ForkJoinPool(
            threads,
            p -> {
              ForkJoinWorkerThread t = new Worker(p);
              t.setName("tldr-worker-" + workerNumber.incrementAndGet());
              return t;
            },
            null,
            true, // first in, first out: documents are taken in input order
            0,
            threads + spares,
            threads, // a waiting worker is replaced while there are spares left
            p -> true, // with none left, it waits without a replacement
            30,
            TimeUnit.SECONDS);
    Window window = new Window(Math.max(8, 4 * threads));
    Thread reader = new Thread(() -> read(in, pool, window), "tldr-reader");
    reader.setDaemon(true);
    reader.start();
    long written = 0;
    int status = 0;
    try {
      while (true) {
        // Flush before every wait, for an empty window as for an unfinished document: a caller
        // that pipes one document at a time must see each result before it sends the next.
        Slot next = window.poll();
        if (next == null) {
          out.flush();
          next = window.take();
        }
        if (!next.isDone()) {
          out.flush();
        }
        Result result = next.await();
        if (result == Result.END) {
          break;
        }
        if (result.skipped()) {
          continue;
        }
        if (result.error() != null) {
          status = 1;
          if (!keepGoing || result.line() < 0) {
            out.flush();
            progress.breakLine();
            err.println("tldr: " + result.error());
            break;
          }
          ObjectNode line = Json.object();
          line.set("id", result.id());
          line.put("error", result.error());
          write(out, Json.writeLine(line));
          progress.breakLine();
          err.println("tldr: " + result.error());
        } else {
          write(out, result.json());
        }
        progress.update(++written);
        if (readerGone.getAsBoolean()) {
          break;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      status = 1;
    } finally {
      reader.interrupt();
      pool.shutdownNow();
      out.flush();
    }
    progress.finish(written);
    if (out.checkError() && !readerGone.getAsBoolean()) {
      err.println("tldr: error writing the output");
      return 1;
    }
    return status;
  }

  /** A worker of the pool (its constructor is protected); daemon, as every pool worker is. */
  private static final class Worker extends ForkJoinWorkerThread {
    Worker(ForkJoinPool pool) {
      super(pool);
    }
  }

  /** Writes an output line, its UTF-8 bytes with their line feed, at once. */
  private static void write(PrintStream out, byte[] line) {
    out.write(line, 0, line.length);
  }

  private void read(InputStream in, ExecutorService pool, Window window) {
    try {
      LineReader lines = new LineReader(in);
      try {
        for (byte[] line = lines.next(); line != null; line = lines.next()) {
          Slot slot = new Slot(this, lines.lineNumber(), line);
          pool.execute(slot);
          window.put(slot);
        }
      } catch (IOException e) {
        window.put(
            Slot.done(
                new Result(-1, null, "cannot read the input: " + e.getMessage(), NullNode.instance)));
        return;
      }
      window.put(Slot.done(Result.END));
    } catch (InterruptedException | RejectedExecutionException e) {
      // The writer stopped early: nothing more to read.
    }
  }

  /**
   * One line in flight: the reader puts it in the window and hands it to the pool, a worker
   * processes it, the writer waits for its result. It waits and wakes on its own monitor, as the
   * {@link Window} does on its: the JVM's monitors need no Java code of their own, where futures,
   * blocking queues and their locks (about 4,000 bytes of {@code java.util.concurrent}) were
   * interpreted, then compiled, in every batch.
   */
  private static final class Slot implements Runnable {
    private final JsonlBatch batch;
    private final long line;
    private byte[] bytes;
    private Result result; // guarded by this
    private Throwable failure; // guarded by this

    Slot(JsonlBatch batch, long line, byte[] bytes) {
      this.batch = batch;
      this.line = line;
      this.bytes = bytes;
    }

    /** A slot that needs no work: the end, or a failure to read. */
    static Slot done(Result result) {
      Slot slot = new Slot(null, -1, null);
      slot.result = result;
      return slot;
    }

    @Override
    public void run() {
      Result done = null;
      Throwable failed = null;
      try {
        done = batch.process(line, bytes);
      } catch (Throwable t) { // an Error (memory, stack): the writer rethrows it
        failed = t;
      }
      synchronized (this) {
        bytes = null;
        result = done;
        failure = failed;
        notifyAll();
      }
    }

    synchronized boolean isDone() {
      return result != null || failure != null;
    }

    /** The result, once the worker is done; a worker's Error is rethrown. */
    synchronized Result await() throws InterruptedException {
      while (result == null && failure == null) {
        wait();
      }
      if (failure instanceof Error error) {
        throw error;
      }
      if (failure != null) {
        throw new IllegalStateException("a worker failed", failure);
      }
      return result;
    }
  }

  /**
   * The lines in flight, in input order, at most {@code capacity} of them: the reader waits while
   * it is full, the writer while it is empty. Guarded by its own monitor.
   */
  private static final class Window {
    private final Slot[] slots;
    private int head;
    private int count;

    Window(int capacity) {
      slots = new Slot[capacity];
    }

    synchronized void put(Slot slot) throws InterruptedException {
      while (count == slots.length) {
        wait();
      }
      slots[(head + count) % slots.length] = slot;
      count++;
      notifyAll();
    }

    /** The oldest slot, or null at once if there is none. */
    synchronized Slot poll() {
      if (count == 0) {
        return null;
      }
      Slot slot = slots[head];
      slots[head] = null;
      head = (head + 1) % slots.length;
      count--;
      notifyAll();
      return slot;
    }

    /** The oldest slot, once there is one. */
    synchronized Slot take() throws InterruptedException {
      while (count == 0) {
        wait();
      }
      return poll();
    }
  }

  private Result process(long line, byte[] bytes) {
    JsonNode id = NullNode.instance;
    try {
      // Most lines are objects of valid UTF-8, read straight from their bytes; any other line is decoded
      // and read as text, which gives the same object, or finds what is wrong with it.
      Json.Line parsed = Json.readBytes(bytes, bytes.length);
      if (parsed == null) {
        String text = Inputs.decode(bytes, bytes.length, "line " + line);
        if (text.isBlank()) {
          return new Result(line, null, null, null);
        }
        try {
          parsed = Json.read(text);
        } catch (Json.MalformedJsonException e) {
          throw CliException.badInput("malformed JSON: " + Words.oneLine(e.getMessage()));
        }
      }
      JsonNode node = parsed.node();
      if (!(node instanceof ObjectNode)) {
        throw CliException.badInput("expected a JSON object, got " + describe(node));
      }
      JsonNode given = node.get("id");
      if (given != null && !given.isNull()) {
        if (!given.isTextual() && !given.isNumber()) {
          throw CliException.badInput("\"id\" must be a string or a number, got " + describe(given));
        }
        id = parsed.id().orElse(given);
      }
      ObjectNode output = Json.object();
      output.set("id", id);
      handler.handle((ObjectNode) node, output);
      return new Result(line, Json.writeLine(output), null, null);
    } catch (CliException e) {
      return new Result(line, null, prefix(line, e.getMessage()), id);
    } catch (RuntimeException e) {
      return new Result(line, null, prefix(line, "internal error: " + e), id);
    }
  }

  private static String prefix(long line, String message) {
    // One line whatever the input: a "language" value may hold a line break.
    String oneLine = Words.oneLine(message);
    return oneLine.startsWith("line " + line + " ") ? oneLine : "line " + line + ": " + oneLine;
  }

  /**
   * Names the JSON type of a node for error messages.
   *
   * @param node the node
   * @return {@code "a string"}, {@code "an array"}, ...
   */
  static String describe(JsonNode node) {
    switch (node.getNodeType()) {
      case ARRAY:
        return "an array";
      case OBJECT:
        return "an object";
      case STRING:
        return "a string";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return "a boolean";
      case NULL:
        return "null";
      default:
        return "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
