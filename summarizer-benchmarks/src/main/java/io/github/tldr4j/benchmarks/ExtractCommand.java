package io.github.tldr4j.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tldr4j.benchmarks.extraction.GoldText;
import io.github.tldr4j.benchmarks.extraction.ShingleScore;
import io.github.tldr4j.summarizer.Budget;
import io.github.tldr4j.summarizer.ScoredSentence;
import io.github.tldr4j.summarizer.Summarizer;
import io.github.tldr4j.summarizer.Summary;
import io.github.tldr4j.web.Article;
import io.github.tldr4j.web.ArticleExtractor;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code bench extract}: extracts the article of every page of an extraction dataset and scores it
 * with the Scrapinghub benchmark's metric; then summarizes each extracted article in 100 words and
 * counts the summary sentences that are not from the gold article (the furniture rate).
 *
 * <pre>
 * bench extract --data PAGES.jsonl [--peer NAME=FILE.jsonl ...] [--per-page OUT.tsv]
 *               [--dump OUT.jsonl] [--words N] [--format table|json]
 * </pre>
 *
 * <p>PAGES.jsonl has one page a line, {@code {"id", "url", "html", "text"}} with the gold article
 * text in {@code text}. A peer file has lines {@code {"id", "text"[, "seconds"]}}: another
 * extractor's output on the same pages, scored the same way. Extraction speed is measured on one
 * thread after one untimed pass over the pages.
 */
final class ExtractCommand {

  static final String USAGE =
      "bench extract --data PAGES.jsonl [--peer NAME=FILE.jsonl] [--per-page OUT.tsv]"
          + " [--dump OUT.jsonl] [--words N] [--format table|json]";

  private ExtractCommand() {}

  private record Page(String id, String url, String html, String gold) {}

  /** One system's figures. */
  private record Result(
      String name,
      double[] prf,
      double furniture,
      int sentences,
      double seconds,
      double cpuSeconds,
      int empty) {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    Options options =
        Options.parse(args, Set.of("data", "peer", "per-page", "dump", "words", "format"), Set.of());
    Path dataFile = options.requiredPath("data");
    String format = options.format();
    int words = options.positiveInt("words").orElse(100);
    List<Page> pages = new ArrayList<>();
    for (JsonLines.Line line : JsonLines.read(dataFile)) {
      pages.add(
          new Page(
              line.requiredText("id"),
              line.optionalText("url", ""),
              line.requiredText("html"),
              line.requiredText("text")));
    }
    long bytes = 0;
    for (Page page : pages) {
      bytes += page.html().getBytes(StandardCharsets.UTF_8).length;
    }

    ArticleExtractor extractor = ArticleExtractor.create();
    for (Page page : pages) { // warm-up
      extractor.extract(page.html(), page.url());
    }
    List<Article> articles = new ArrayList<>(pages.size());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    long cpuStart = threads.getCurrentThreadCpuTime();
    for (Page page : pages) {
      articles.add(extractor.extract(page.html(), page.url()));
    }
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    double seconds = (System.nanoTime() - start) / 1e9;
    List<String> texts = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    for (Article article : articles) {
      texts.add(article.text());
      titles.add(article.title());
    }
    List<Result> results = new ArrayList<>();
    List<ShingleScore> ours = new ArrayList<>();
    results.add(score("tldr4j", pages, texts, titles, words, seconds, cpuSeconds, ours));

    if (options.get("peer").isPresent()) {
      String spec = options.get("peer").get();
      int eq = spec.indexOf('=');
      if (eq <= 0) {
        throw new UsageException("--peer must be NAME=FILE.jsonl: " + spec);
      }
      Map<String, String> peerTexts = new HashMap<>();
      double peerSeconds = 0;
      double peerCpu = 0;
      for (JsonLines.Line line : JsonLines.read(Path.of(spec.substring(eq + 1)))) {
        peerTexts.put(line.requiredText("id"), line.optionalText("text", ""));
        if (line.has("seconds")) {
          peerSeconds += line.json().get("seconds").asDouble();
        }
        if (line.has("cpuSeconds")) {
          peerCpu += line.json().get("cpuSeconds").asDouble();
        }
      }
      List<String> peer = new ArrayList<>();
      for (Page page : pages) {
        String text = peerTexts.get(page.id());
        if (text == null) {
          throw new DataException(spec.substring(eq + 1) + ": no line for page " + page.id());
        }
        peer.add(text);
      }
      results.add(
          score(spec.substring(0, eq), pages, peer, titles, words, peerSeconds, peerCpu, null));
    }

    if (options.path("per-page").isPresent()) {
      writeLines(
          options.path("per-page").get(),
          perPage(pages, ours));
    }
    if (options.path("dump").isPresent()) {
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < pages.size(); i++) {
        ObjectNode node = Reports.JSON.createObjectNode();
        node.put("id", pages.get(i).id());
        node.put("title", titles.get(i));
        node.put("text", texts.get(i));
        lines.add(node.toString());
      }
      writeLines(options.path("dump").get(), lines);
    }

    double megabytes = bytes / 1e6;
    if (format.equals("json")) {
      ObjectNode json = Reports.JSON.createObjectNode();
      json.put("data", dataFile.toString());
      json.put("pages", pages.size());
      json.put("megabytes", Math.round(megabytes * 100) / 100.0);
      ObjectNode systems = json.putObject("systems");
      for (Result r : results) {
        ObjectNode node = systems.putObject(r.name());
        node.put("f1", round(r.prf()[2]));
        node.put("precision", round(r.prf()[0]));
        node.put("recall", round(r.prf()[1]));
        node.put("furniture", round(r.furniture()));
        node.put("summarySentences", r.sentences());
        node.put("emptyPages", r.empty());
        if (r.seconds() > 0) {
          node.put("pagesPerSecond", Math.round(pages.size() / r.seconds() * 10) / 10.0);
          node.put("megabytesPerSecond", Math.round(megabytes / r.seconds() * 100) / 100.0);
        }
        if (r.cpuSeconds() > 0) {
          node.put("pagesPerCpuSecond", Math.round(pages.size() / r.cpuSeconds() * 10) / 10.0);
          node.put("megabytesPerCpuSecond", Math.round(megabytes / r.cpuSeconds() * 100) / 100.0);
        }
      }
      out.println(Reports.write(json));
      return 0;
    }
    out.println(
        String.format(
            Locale.ROOT,
            "extract: %s, %d pages, %.1f MB of HTML; shingle metric of the Scrapinghub benchmark",
            dataFile.getFileName(),
            pages.size(),
            megabytes));
    out.println();
    out.println(
        String.format(
            Locale.ROOT,
            "%-14s %6s %9s %6s %6s %10s %8s %8s %10s %9s",
            "system", "F1", "precision", "recall", "empty", "furniture", "pages/s", "MB/s",
            "pages/cpu", "MB/cpu"));
    for (Result r : results) {
      out.println(
          String.format(
              Locale.ROOT,
              "%-14s %6.4f %9.4f %6.4f %6d %9.1f%% %8s %8s %10s %9s",
              r.name(),
              r.prf()[2],
              r.prf()[0],
              r.prf()[1],
              r.empty(),
              100 * r.furniture(),
              r.seconds() > 0 ? String.format(Locale.ROOT, "%.1f", pages.size() / r.seconds()) : "-",
              r.seconds() > 0 ? String.format(Locale.ROOT, "%.2f", megabytes / r.seconds()) : "-",
              r.cpuSeconds() > 0
                  ? String.format(Locale.ROOT, "%.1f", pages.size() / r.cpuSeconds())
                  : "-",
              r.cpuSeconds() > 0
                  ? String.format(Locale.ROOT, "%.2f", megabytes / r.cpuSeconds())
                  : "-"));
    }
    out.println();
    out.println(
        "furniture: share of the sentences of "
            + words
            + "-word summaries of the extracted text that are not from the gold article"
            + " (fewer than half of their 4-shingles in it); pages/s and MB/s by the wall clock,"
            + " pages/cpu and MB/cpu per CPU-second of the extracting thread");
    return 0;
  }

  private static Result score(
      String name,
      List<Page> pages,
      List<String> texts,
      List<String> titles,
      int words,
      double seconds,
      double cpuSeconds,
      List<ShingleScore> keep) {
    List<ShingleScore> scores = new ArrayList<>();
    Summarizer summarizer = Summarizer.builder().language("en").build();
    int sentences = 0;
    int furniture = 0;
    int empty = 0;
    for (int i = 0; i < pages.size(); i++) {
      String text = texts.get(i);
      scores.add(ShingleScore.of(pages.get(i).gold(), text));
      if (text.isBlank()) {
        empty++;
        continue;
      }
      GoldText gold = new GoldText(pages.get(i).gold());
      Summary summary =
          summarizer.summarize(
              io.github.tldr4j.summarizer.Document.of(titles.get(i), text), Budget.words(words));
      for (ScoredSentence sentence : summary.sentences()) {
        sentences++;
        if (gold.isFurniture(sentence.text())) {
          furniture++;
        }
      }
    }
    if (keep != null) {
      keep.addAll(scores);
    }
    return new Result(
        name,
        ShingleScore.average(scores),
        sentences == 0 ? 0 : furniture / (double) sentences,
        sentences,
        seconds,
        cpuSeconds,
        empty);
  }

  private static List<String> perPage(List<Page> pages, List<ShingleScore> scores) {
    List<String> lines = new ArrayList<>();
    lines.add("id\tprecision\trecall\turl");
    for (int i = 0; i < pages.size(); i++) {
      ShingleScore s = scores.get(i);
      lines.add(
          String.format(
              Locale.ROOT,
              "%s\t%.4f\t%.4f\t%s",
              pages.get(i).id(),
              s.precision(),
              s.recall(),
              pages.get(i).url()));
    }
    return lines;
  }

  private static void writeLines(Path file, List<String> lines) {
    try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (String line : lines) {
        writer.write(line);
        writer.newLine();
      }
    } catch (IOException e) {
      throw new DataException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
