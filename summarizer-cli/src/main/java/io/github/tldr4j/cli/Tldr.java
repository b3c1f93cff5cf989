package io.github.tldr4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tldr4j.summarizer.Budget;
import io.github.tldr4j.summarizer.Document;
import io.github.tldr4j.summarizer.Summarizer;
import io.github.tldr4j.summarizer.analysis.Analyzers;
import io.github.tldr4j.summarizer.text.Sentence;
import io.github.tldr4j.summarizer.text.SentenceSegmenter;
import io.github.tldr4j.summarizer.text.Words;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * The {@code tldr} command: summarizes text from a file or standard input.
 *
 * <pre>{@code
 * ./tldr --words 100 samples/harbor-bridge.txt           # a 100-word summary
 * ./tldr --format json --ratio 0.2 < article.txt         # JSON output
 * ./tldr --jsonl --sentences 3 docs.jsonl > out.jsonl    # batch, all cores, input order
 * ./tldr split notes.txt                                 # one sentence a line
 * }</pre>
 *
 * <p>Run {@code ./tldr --help} for every option; the README has the full reference (formats,
 * JSON Lines shapes, exit statuses). Exit status: 0 on success, 1 for bad input, 2 for a usage
 * error; every user error is one line on stderr starting with {@code tldr: }.
 *
 * <p>The launcher script sets the system property {@code tldr.progress} to say whether stderr is a
 * terminal; without it, a console ({@code System.console() != null}) stands in. Only then does a
 * JSON Lines run draw a progress line.
 */
public final class Tldr {

  private Tldr() {}

  /**
   * Runs the command and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    String progress = System.getProperty("tldr.progress");
    boolean interactive = progress == null ? System.console() != null : Boolean.parseBoolean(progress);
    System.exit(
        execute(
            args,
            System.in,
            new FileOutputStream(FileDescriptor.out),
            new FileOutputStream(FileDescriptor.err),
            interactive));
  }

  /**
   * Runs the command on raw standard streams, as {@link #main} does: buffered UTF-8 output, and a
   * reader that closes the output early ({@code | head -1}) ends the run quietly.
   *
   * @param args the command line
   * @param in standard input
   * @param stdout standard output
   * @param stderr standard error
   * @param interactive whether stderr is a terminal (shows a progress line for batches)
   * @return the exit status: 0 on success, 1 for bad input, 2 for a usage error
   */
  static int execute(
      String[] args, InputStream in, OutputStream stdout, OutputStream stderr, boolean interactive) {
    ClosedPipeWatch watch = new ClosedPipeWatch(stdout);
    PrintStream out =
        new PrintStream(new BufferedOutputStream(watch, 1 << 16), false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
    int status = run(args, in, out, err, interactive, watch::readerGone);
    out.flush();
    err.flush();
    return status;
  }

  /**
   * Runs the command in-process without a progress line.
   *
   * @param args the command line
   * @param in standard input
   * @param out standard output; UTF-8 bytes are written to it
   * @param err standard error
   * @return the exit status: 0 on success, 1 for bad input, 2 for a usage error
   */
  static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    return run(args, in, out, err, false, () -> false);
  }

  /**
   * Runs the command in-process.
   *
   * @param args the command line
   * @param in standard input
   * @param out standard output; UTF-8 bytes are written to it
   * @param err standard error
   * @param interactive whether stderr is a terminal (shows a progress line for batches)
   * @param readerGone whether the reader of {@code out} has closed it (then the run stops early,
   *     and that is no error)
   * @return the exit status: 0 on success, 1 for bad input, 2 for a usage error
   */
  static int run(
      String[] args,
      InputStream in,
      PrintStream out,
      PrintStream err,
      boolean interactive,
      BooleanSupplier readerGone) {
    Objects.requireNonNull(args, "args");
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Objects.requireNonNull(readerGone, "readerGone");
    try {
      Arguments arguments = Arguments.parse(args);
      switch (arguments.command()) {
        case HELP:
          print(out, Arguments.usage());
          break;
        case SPLIT:
          if (arguments.jsonl()) {
            return batch(
                arguments, splitHandler(arguments.language()), in, out, err, interactive, readerGone);
          }
          split(arguments, in, out, readerGone);
          break;
        default:
          if (arguments.jsonl()) {
            return batch(
                arguments,
                summarizeHandler(arguments.language(), arguments.budget()),
                in,
                out,
                err,
                interactive,
                readerGone);
          }
          summarize(arguments, in, out);
          break;
      }
      out.flush();
      if (out.checkError() && !readerGone.getAsBoolean()) {
        err.println("tldr: error writing the output");
        return 1;
      }
      return 0;
    } catch (CliException e) {
      out.flush();
      err.println("tldr: " + Words.oneLine(e.getMessage()));
      return e.exitStatus();
    } catch (OutOfMemoryError e) {
      err.println("tldr: out of memory; give Java a larger heap, e.g. JAVA_OPTS=-Xmx2g");
      return 1;
    } catch (RuntimeException e) {
      err.println("tldr: internal error: " + Words.oneLine(String.valueOf(e)));
      return 1;
    }
  }

  private static void summarize(Arguments arguments, InputStream in, PrintStream out)
      throws CliException {
    Summarizer summarizer = Summarizer.builder().language(arguments.language()).build();
    String text = Inputs.readDocument(arguments.file(), in);
    Document document =
        arguments.title().isPresent() ? Document.of(arguments.title().get(), text) : Document.of(text);
    print(
        out,
        arguments
            .format()
            .render(
                summarizer.summarize(document, arguments.budget()),
                Locale.forLanguageTag(arguments.language())));
  }

  private static void split(
      Arguments arguments, InputStream in, PrintStream out, BooleanSupplier readerGone)
      throws CliException {
    SentenceSegmenter segmenter = SentenceSegmenter.forLanguage(arguments.language());
    String text = Inputs.readDocument(arguments.file(), in);
    for (Sentence sentence : segmenter.segment(text)) {
      if (readerGone.getAsBoolean()) {
        return;
      }
      print(out, Words.oneLine(sentence.text()) + "\n");
    }
  }

  private static int batch(
      Arguments arguments,
      JsonlBatch.Handler handler,
      InputStream in,
      PrintStream out,
      PrintStream err,
      boolean interactive,
      BooleanSupplier readerGone)
      throws CliException {
    try (CountingInputStream input = new CountingInputStream(Inputs.open(arguments.file(), in))) {
      Progress progress =
          new Progress(err, interactive, input::count, Inputs.size(arguments.file()));
      return new JsonlBatch(handler, arguments.threads(), arguments.keepGoing(), progress)
          .run(input, out, err, readerGone);
    } catch (IOException e) {
      // Closing the input failed after a complete run: nothing is lost.
      return 0;
    }
  }

  /**
   * The JSON Lines handler of {@code tldr --jsonl}: {@code {"id", "text"[, "title"][,
   * "language"]}} gives {@code {"id", "summary", "indices", "stats"}}.
   *
   * @param defaultLanguage the language of lines without one
   * @param budget the budget of every summary
   * @return the handler; thread-safe
   */
  static JsonlBatch.Handler summarizeHandler(String defaultLanguage, Budget budget) {
    Objects.requireNonNull(budget, "budget");
    Map<String, Summarizer> summarizers = new ConcurrentHashMap<>();
    return (input, output) -> {
      String text = requiredString(input, "text");
      Optional<String> title = optionalString(input, "title");
      String language = language(input, defaultLanguage);
      Summarizer summarizer =
          summarizers.computeIfAbsent(language, code -> Summarizer.builder().language(code).build());
      Document document = title.isPresent() ? Document.of(title.get(), text) : Document.of(text);
      Json.summary(output, summarizer.summarize(document, budget));
    };
  }

  /**
   * The JSON Lines handler of {@code tldr split --jsonl}: {@code {"id", "text"[, "lang"]}} gives
   * {@code {"id", "sentences"}}.
   *
   * @param defaultLanguage the language of lines without one
   * @return the handler; thread-safe
   */
  static JsonlBatch.Handler splitHandler(String defaultLanguage) {
    return (input, output) -> {
      String text = requiredString(input, "text");
      String language = language(input, defaultLanguage);
      Json.sentences(output, SentenceSegmenter.forLanguage(language).segment(text));
    };
  }

  /**
   * Returns the line's language: {@code "language"}, else {@code "lang"}, else the default.
   */
  private static String language(ObjectNode input, String defaultLanguage) throws CliException {
    Optional<String> given = optionalString(input, "language");
    if (given.isEmpty()) {
      given = optionalString(input, "lang");
    }
    if (given.isEmpty()) {
      return defaultLanguage;
    }
    try {
      return Analyzers.normalize(given.get());
    } catch (IllegalArgumentException e) {
      throw CliException.badInput(e.getMessage());
    }
  }

  private static String requiredString(ObjectNode input, String field) throws CliException {
    JsonNode node = input.get(field);
    if (node == null || node.isNull()) {
      throw CliException.badInput("missing \"" + field + "\"");
    }
    if (!node.isTextual()) {
      throw CliException.badInput(
          "\"" + field + "\" must be a string, got " + JsonlBatch.describe(node));
    }
    return node.textValue();
  }

  private static Optional<String> optionalString(ObjectNode input, String field)
      throws CliException {
    JsonNode node = input.get(field);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isTextual()) {
      throw CliException.badInput(
          "\"" + field + "\" must be a string, got " + JsonlBatch.describe(node));
    }
    return Optional.of(node.textValue());
  }

  private static void print(PrintStream out, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.write(bytes, 0, bytes.length);
  }
}
