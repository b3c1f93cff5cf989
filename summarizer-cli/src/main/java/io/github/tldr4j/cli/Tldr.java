package io.github.tldr4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tldr4j.summarizer.Budget;
import io.github.tldr4j.summarizer.Document;
import io.github.tldr4j.summarizer.Summarizer;
import io.github.tldr4j.summarizer.Summary;
import io.github.tldr4j.summarizer.analysis.Analyzers;
import io.github.tldr4j.summarizer.scoring.Algorithm;
import io.github.tldr4j.summarizer.text.Sentence;
import io.github.tldr4j.summarizer.text.SentenceSegmenter;
import io.github.tldr4j.summarizer.text.Words;
import io.github.tldr4j.web.Article;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The {@code tldr} command: summarizes text from a file or standard input.
 *
 * <pre>{@code
 * ./tldr --words 100 samples/harbor-bridge.txt           # a 100-word summary
 * ./tldr --format json --ratio 0.2 < article.txt         # JSON output
 * ./tldr --jsonl --sentences 3 docs.jsonl > out.jsonl    # batch, all cores, input order
 * ./tldr split notes.txt                                 # one sentence a line
 * ./tldr --algorithm lsa --sentences 6 --format markdown https://example.org/news/1
 * ./tldr extract --format json page.html                 # the article of a page
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
    startWarmUp(args);
    String progress = System.getProperty("tldr.progress");
    boolean interactive = progress == null ? System.console() != null : Boolean.parseBoolean(progress);
    int status =
        execute(
            args,
            System.in,
            new FileOutputStream(FileDescriptor.out),
            new FileOutputStream(FileDescriptor.err),
            interactive);
    String training = System.getProperty(TRAINING);
    if (training != null && status == 0) {
      status = train(args, training);
    }
    System.exit(status);
  }

  /**
   * The system property of the launcher's training run for its class-data archive
   * ({@code -XX:ArchiveClassesAtExit}): the path of a plain-text sample article, which {@link #main}
   * summarizes after the command (see {@link #train}).
   */
  static final String TRAINING = "tldr.training";

  /**
   * The rest of the class-data archive's training run, after its command (a JSON Lines batch of
   * the sample, one line per algorithm, read by picocli after {@code --}): the same command line
   * without {@code --} (the usual command line reader), and the sample article as text, JSON and
   * Markdown. The archive then also holds what one article's run loads (the statistics sentence,
   * the number formats, the output formats), which it otherwise loaded and verified from the jar,
   * spinning the lambdas of the statistics sentence at run time. Output is dropped.
   *
   * @param command the command line the run began with
   * @param article a plain-text article
   * @return 0 if every command succeeded, else the first failing one's status
   */
  static int train(String[] command, String article) {
    List<String> usual = new ArrayList<>(List.of(command));
    usual.remove("--");
    String[][] commands = {
      usual.toArray(new String[0]),
      {"--words", "50", article},
      {"--format", "json", "--words", "50", article},
      {"--format", "markdown", "--sentences", "2", article},
    };
    PrintStream none = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    for (String[] line : commands) {
      int status = run(line, InputStream.nullInputStream(), none, none);
      if (status != 0) {
        return status;
      }
    }
    return 0;
  }

  /**
   * Starts, on daemon threads of their own, the one-time set-up that the command's first document
   * waits for and that does not depend on the parsed options, so that it overlaps the parsing of
   * the command line, the summarizer's set-up and each other instead of following them:
   *
   * <ul>
   *   <li>Lucene's {@code RamUsageEstimator}, whose class initialization every token stream waits
   *       for ({@code ArrayUtil} sizes buffers with it): it asks the JVM's management beans whether
   *       references are compressed (the platform MBean providers, a service lookup) and sizes a few
   *       classes by reflection through method handles that are spun at run time, which the
   *       class-data archive does not hold; 50-150 ms of a cold JVM. Not for {@code extract} and
   *       {@code split}, which analyze no text.
   *   <li>The English segmenter's data (its tables, read from the jar; 30-90 ms), unless a
   *       {@code --lang} is given or the command is {@code extract}: English is the default
   *       language.
   * </ul>
   *
   * <p>Only what is built once per JVM is warmed here (a class initialization, the shared
   * segmenter), so a command that needs none of it loses only a little CPU time on the other core,
   * and one that needs it waits for the part still running instead of doing it again. A failure is
   * left to the command, which meets it again and reports it.
   *
   * @param args the command line, not yet parsed
   */
  static void startWarmUp(String[] args) {
    if (warmsAnalysis(args)) {
      new WarmUp(WarmUp.LUCENE).start();
    }
    if (warmsEnglish(args)) {
      new WarmUp(WarmUp.ENGLISH).start();
    }
  }

  /**
   * The class of Lucene's that {@link #startWarmUp} initializes, by name: the command line declares
   * no dependency of its own on Lucene, which comes with the library.
   */
  static final String LUCENE_SIZES = "org.apache.lucene.util.RamUsageEstimator";

  /**
   * A piece of {@link #startWarmUp} on a daemon thread of its own (each is on the first document's
   * path). A class of its own, not a lambda: the JVM links the first lambda of a run through its
   * method handle machinery (bootstrap methods, a class spun at run time), and the warm-up should
   * not wait for that: Lucene's sizes now start 2-5 ms after the main class is loaded instead of
   * 14-27 ms ({@code -Xlog:class+load}, release archives, 4 runs each, load 7-8).
   */
  private static final class WarmUp extends Thread {

    static final int LUCENE = 0;
    static final int ENGLISH = 1;

    private final int piece;

    WarmUp(int piece) {
      super(piece == LUCENE ? "tldr-start-lucene" : "tldr-start-segmenter");
      this.piece = piece;
      setDaemon(true);
    }

    @Override
    public void run() {
      try {
        if (piece == LUCENE) {
          Class.forName(LUCENE_SIZES);
        } else {
          SentenceSegmenter.forLanguage("en").segment("Warm. Up.");
        }
      } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
        // The command meets the same failure, and reports it.
      }
    }
  }

  /**
   * Whether {@link #startWarmUp} initializes Lucene's sizes for a command line: for summaries, not
   * for {@code split} or {@code extract}, which analyze no text, nor for a request for the usage.
   *
   * @param args the command line, not yet parsed
   * @return true unless the first argument is {@code split} or {@code extract}, or the command
   *     line {@linkplain #asksForHelp asks for help}
   */
  static boolean warmsAnalysis(String[] args) {
    String first = args.length > 0 ? args[0] : "";
    return !first.equals(TldrCommand.SPLIT)
        && !first.equals(TldrCommand.EXTRACT)
        && !asksForHelp(args);
  }

  /**
   * Whether a command line asks for the usage ({@code --help} or {@code -h} before any {@code --}),
   * which {@link Arguments#parse} answers whatever else is given: such a command segments and
   * analyzes nothing, and the warm-up's threads had cost {@code tldr --help} 0.174 -> 0.137
   * CPU-seconds ({@code tldr split -h} 0.157 -> 0.137; medians of 21 interleaved runs, load 5-6).
   *
   * @param args the command line, not yet parsed
   * @return true if an argument before {@code --} is {@code --help} or {@code -h}
   */
  static boolean asksForHelp(String[] args) {
    for (String arg : args) {
      if (arg == null || arg.equals("--")) {
        return false;
      }
      if (arg.equals("--help") || arg.equals("-h")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@link #startWarmUp} loads the English segmenter for a command line: for summaries and
   * {@code split} when no argument starts with {@code --lang} (an argument that only looks like one,
   * a title, say, just leaves it to the command) and the command line does not {@linkplain
   * #asksForHelp ask for help}.
   *
   * @param args the command line, not yet parsed
   * @return true if the command will most likely segment English text
   */
  static boolean warmsEnglish(String[] args) {
    if (args.length > 0 && TldrCommand.EXTRACT.equals(args[0]) || asksForHelp(args)) {
      return false;
    }
    for (String arg : args) {
      if (arg == null || arg.startsWith("--lang")) {
        return false;
      }
    }
    return true;
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
                arguments,
                arguments.threads(),
                0,
                splitHandler(arguments.language()),
                in,
                out,
                err,
                interactive,
                readerGone);
          }
          split(arguments, in, out, readerGone);
          break;
        case EXTRACT:
          if (arguments.jsonl()) {
            return batch(
                arguments,
                arguments.threads(),
                WebPages.MAX_FETCHES,
                extractHandler(new WebPages(arguments.timeout()), new Bound(arguments.threads())),
                in,
                out,
                err,
                interactive,
                readerGone);
          }
          extract(arguments, in, out);
          break;
        default:
          if (arguments.jsonl()) {
            return batch(
                arguments,
                arguments.threads(),
                WebPages.MAX_FETCHES,
                summarizeHandler(
                    arguments.language(),
                    arguments.budget(),
                    arguments.algorithm(),
                    new WebPages(arguments.timeout()),
                    new Bound(arguments.threads())),
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
    if (arguments.url() || arguments.html()) {
      Article article = page(arguments, in);
      String language =
          WebPages.language(
              article,
              arguments.languageGiven() ? Optional.of(arguments.language()) : Optional.empty(),
              arguments.language());
      String title = arguments.title().orElse(article.title());
      Summary summary =
          summarizer(language, arguments.algorithm())
              .summarize(Document.of(title, article.text()), arguments.budget());
      print(
          out,
          renderPage(
              arguments.format(), summary, Locale.forLanguageTag(language), title, article.url()));
      return;
    }
    String text = Inputs.readDocument(arguments.file(), in);
    Document document =
        arguments.title().isPresent() ? Document.of(arguments.title().get(), text) : Document.of(text);
    print(
        out,
        arguments
            .format()
            .render(
                summarizer(arguments.language(), arguments.algorithm())
                    .summarize(document, arguments.budget()),
                Locale.forLanguageTag(arguments.language())));
  }

  private static Summarizer summarizer(String language, Algorithm algorithm) {
    return Summarizer.builder().language(language).algorithm(algorithm).build();
  }

  /** The page a command line names: a URL, fetched, or FILE or standard input read as HTML. */
  private static Article page(Arguments arguments, InputStream in) throws CliException {
    if (arguments.url()) {
      return new WebPages(arguments.timeout()).fetch(arguments.file().get());
    }
    return WebPages.fromHtml(
        Inputs.readBytes(arguments.file(), in), "", Inputs.name(arguments.file()));
  }

  /**
   * Renders the summary of a web page: as {@link OutputFormat#render} does, with the page's title
   * and link above a Markdown reply, and {@code "title"} and {@code "url"} first in JSON.
   *
   * @param format the output format
   * @param summary the summary
   * @param locale the language of the statistics sentence and the lead-in
   * @param title the page's title ("" if it has none)
   * @param url the page's address, if known
   * @return the complete output, ending with a line break
   */
  static String renderPage(
      OutputFormat format, Summary summary, Locale locale, String title, Optional<String> url) {
    switch (format) {
      case MARKDOWN:
        return Texts.markdownLink(Words.oneLine(title), url) + format.render(summary, locale);
      case JSON:
        ObjectNode json = Json.object();
        pageFields(json, title, url);
        return Json.write(Json.summary(json, summary)) + "\n";
      default:
        return format.render(summary, locale);
    }
  }

  /** Puts a page's {@code "title"} and {@code "url"} ({@code null} when unknown) into a summary's JSON. */
  private static void pageFields(ObjectNode json, String title, Optional<String> url) {
    json.put("title", title);
    if (url.isPresent()) {
      json.put("url", url.get());
    } else {
      json.putNull("url");
    }
  }

  private static void extract(Arguments arguments, InputStream in, PrintStream out)
      throws CliException {
    Article article = page(arguments, in);
    if (arguments.format() == OutputFormat.JSON) {
      print(out, Json.write(WebPages.json(Json.object(), article)) + "\n");
    } else {
      print(out, WebPages.text(article));
    }
  }

  /**
   * The JSON Lines handler of {@code tldr extract --jsonl}: {@code {"id", "html"[, "url"]}} or
   * {@code {"id", "url"}} gives {@code {"id", "title", "text", "paragraphs", "language", "url",
   * "byline", "published"}}.
   *
   * @param pages fetches the lines that give only a {@code "url"}
   * @param compute bounds the threads that extract at once ({@code --threads})
   * @return the handler; thread-safe
   */
  static JsonlBatch.Handler extractHandler(WebPages pages, Bound compute) {
    Objects.requireNonNull(compute, "compute");
    return (input, output) -> {
      Optional<Article> fetched = pages.fetchLine(input); // outside the bound: it waits, not works
      compute.run(() -> WebPages.json(output, WebPages.lineArticle(input, fetched)));
    };
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
      int workers,
      int spares,
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
      return new JsonlBatch(handler, workers, spares, arguments.keepGoing(), progress)
          .run(input, out, err, readerGone);
    } catch (IOException e) {
      // Closing the input failed after a complete run: nothing is lost.
      return 0;
    }
  }

  /**
   * The JSON Lines handler of {@code tldr --jsonl}: {@code {"id", "text"[, "title"][,
   * "language"][, "algorithm"]}} gives {@code {"id", "summary", "indices", "stats"}}; instead of
   * {@code "text"}, a line may give {@code "html"} (with an optional {@code "url"}) or only {@code
   * "url"}, fetched, and then gets the page's {@code "title"} and {@code "url"} before its
   * {@code "summary"}, as {@code --format json} does. A summarizer is built once per language and algorithm and shared by the
   * workers.
   *
   * @param defaultLanguage the language of lines without one (and of pages that declare none)
   * @param budget the budget of every summary
   * @param defaultAlgorithm the algorithm of lines without one
   * @param pages fetches the lines that give only a {@code "url"}
   * @param compute bounds the threads that extract and summarize at once ({@code --threads})
   * @return the handler; thread-safe
   */
  static JsonlBatch.Handler summarizeHandler(
      String defaultLanguage,
      Budget budget,
      Algorithm defaultAlgorithm,
      WebPages pages,
      Bound compute) {
    Objects.requireNonNull(defaultLanguage, "defaultLanguage");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(defaultAlgorithm, "defaultAlgorithm");
    Objects.requireNonNull(pages, "pages");
    Objects.requireNonNull(compute, "compute");
    Summarizers summarizers = new Summarizers(defaultLanguage, defaultAlgorithm);
    JsonlBatch.Handler lines =
        (input, output) -> {
          // Check every field before fetching: a bad line costs no request.
          Optional<String> title = optionalString(input, "title");
          Optional<String> language = explicitLanguage(input);
          Algorithm algorithm = algorithm(input, defaultAlgorithm);
          boolean page = WebPages.isPage(input);
          Optional<Article> fetched = pages.fetchLine(input); // outside the bound: it waits, not works
          compute.run(
              () -> {
                Document document;
                String code;
                if (page) {
                  Article article = WebPages.lineArticle(input, fetched);
                  code = WebPages.language(article, language, defaultLanguage);
                  String pageTitle = title.orElse(article.title());
                  document = Document.of(pageTitle, article.text());
                  pageFields(output, pageTitle, article.url());
                } else {
                  String text = requiredString(input, "text");
                  code = language.orElse(defaultLanguage);
                  document = title.isPresent() ? Document.of(title.get(), text) : Document.of(text);
                }
                return Json.summary(
                    output, summarizers.get(code, algorithm).summarize(document, budget));
              });
        };
    // Most lines use the default summarizer: build it at once, on a thread of its own, while the
    // first lines are read and parsed (a cold JVM spends about a tenth of a dev-set batch there),
    // and run it on a line of its own (WARM_UP_LINE) before the workers start on theirs.
    CountDownLatch warm = new CountDownLatch(1);
    Thread warmUp = new Thread(new BatchWarmUp(lines, warm), "tldr-warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
    return (input, output) -> {
      if (warm.getCount() > 0) {
        awaitWarmUp(warm);
      }
      lines.handle(input, output);
    };
  }

  /**
   * The text of {@link BatchWarmUp}'s line: three short paragraphs of six sentences, more than the
   * usual budgets keep, so that scoring and selection run as on a real document.
   */
  static final String WARM_UP_TEXT =
      "A short text warms the summarizer up. It has three paragraphs.\n\n"
          + "The second paragraph has two sentences. Each one has a few words.\n\n"
          + "The third one ends the text. Nothing in it is kept.";

  /**
   * Runs a batch's handler once on a line of its own ({@link #WARM_UP_TEXT}, the default language
   * and algorithm), before any worker starts on the input, and then lets the workers go.
   *
   * <p>The first document of a batch links the call sites of the code it runs (the lambdas of the
   * handler, the page layout, the analysis and the scorer); the class-data archive holds their
   * classes, but when the two workers link the same call site at the same moment, the one that
   * loses the race spins a class of its own at run time (0-5 per run of {@code bbc-news-dev}, each
   * started from a cold JVM's lambda machinery). Linked here first, on one thread, none is spun.
   * The line's result is dropped; a failure is left to the lines, which meet it again. A class of
   * its own, not a lambda (see {@link WarmUp}).
   */
  private static final class BatchWarmUp implements Runnable {

    private final JsonlBatch.Handler lines;
    private final CountDownLatch warm;

    BatchWarmUp(JsonlBatch.Handler lines, CountDownLatch warm) {
      this.lines = lines;
      this.warm = warm;
    }

    @Override
    public void run() {
      try {
        ObjectNode input = Json.object();
        input.put("id", "warm-up");
        input.put("title", "Warm-up");
        input.put("text", WARM_UP_TEXT);
        ObjectNode output = Json.object();
        output.put("id", "warm-up");
        lines.handle(input, output);
        Json.writeLine(output);
      } catch (CliException | RuntimeException e) {
        // A line that needs the same meets the failure, and reports it.
      } finally {
        warm.countDown();
      }
    }
  }

  /** Waits for a batch's warm-up ({@link BatchWarmUp}); at once after it. */
  private static void awaitWarmUp(CountDownLatch warm) throws CliException {
    try {
      warm.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw CliException.badInput("interrupted");
    }
  }

  /**
   * The summarizers of a batch, one per language and algorithm, each built on first use and shared
   * by the workers. The default one, which most lines use, is a field of its own: looking it up in
   * a concurrent map for every line had the map's {@code computeIfAbsent} interpreted, then
   * compiled, in every batch. Thread-safe.
   */
  private static final class Summarizers {

    /** Builds a summarizer; a constant, linked once (see {@link BatchWarmUp}). */
    private static final Function<SummarizerKey, Summarizer> BUILD =
        key -> summarizer(key.language(), key.algorithm());

    private final String defaultLanguage;
    private final Algorithm defaultAlgorithm;
    private volatile Summarizer standard;
    private final Map<SummarizerKey, Summarizer> others = new ConcurrentHashMap<>();

    Summarizers(String defaultLanguage, Algorithm defaultAlgorithm) {
      this.defaultLanguage = defaultLanguage;
      this.defaultAlgorithm = defaultAlgorithm;
    }

    Summarizer get(String language, Algorithm algorithm) {
      if (algorithm != defaultAlgorithm || !language.equals(defaultLanguage)) {
        return others.computeIfAbsent(new SummarizerKey(language, algorithm), BUILD);
      }
      Summarizer s = standard;
      if (s == null) {
        synchronized (this) {
          s = standard;
          if (s == null) {
            s = summarizer(language, algorithm);
            standard = s;
          }
        }
      }
      return s;
    }
  }

  /**
   * The summarizers of a batch are shared per language and algorithm. The key's {@code equals}
   * and {@code hashCode} are written out: a record's own are linked through method handles on
   * first use, which costs a cold JVM more than many documents' lookups.
   */
  private record SummarizerKey(String language, Algorithm algorithm) {

    @Override
    public boolean equals(Object other) {
      return other instanceof SummarizerKey key
          && language.equals(key.language)
          && algorithm == key.algorithm;
    }

    @Override
    public int hashCode() {
      return 31 * language.hashCode() + algorithm.ordinal();
    }
  }

  /** The line's {@code "algorithm"}, else the default. */
  private static Algorithm algorithm(ObjectNode input, Algorithm defaultAlgorithm)
      throws CliException {
    Optional<String> name = optionalString(input, "algorithm");
    if (name.isEmpty()) {
      return defaultAlgorithm;
    }
    try {
      return Algorithm.forName(name.get());
    } catch (IllegalArgumentException e) {
      throw CliException.badInput(e.getMessage());
    }
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
      String language = explicitLanguage(input).orElse(defaultLanguage);
      Json.sentences(output, SentenceSegmenter.forLanguage(language).segment(text));
    };
  }

  /** The line's own {@code "language"}, else {@code "lang"}, normalized, if it gives one. */
  private static Optional<String> explicitLanguage(ObjectNode input) throws CliException {
    Optional<String> given = optionalString(input, "language");
    if (given.isEmpty()) {
      given = optionalString(input, "lang");
    }
    if (given.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Analyzers.normalize(given.get()));
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

  /**
   * Returns a JSON Lines field that must be a string if present.
   *
   * @param input the line's object
   * @param field the field's name
   * @return its value, or empty if missing or null
   * @throws CliException if it is not a string
   */
  static Optional<String> optionalString(ObjectNode input, String field)
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
