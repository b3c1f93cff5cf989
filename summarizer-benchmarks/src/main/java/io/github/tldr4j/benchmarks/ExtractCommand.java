package io.github.tldr4j.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tldr4j.benchmarks.extraction.GoldText;
import io.github.tldr4j.benchmarks.extraction.RougeLsum;
import io.github.tldr4j.benchmarks.extraction.ShingleScore;
import io.github.tldr4j.benchmarks.rouge.RougeScore;
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
import java.util.zip.CRC32;

/**
 * {@code bench extract}: extracts the article of every page of an extraction dataset and scores it
 * with the Scrapinghub benchmark's metric and with ROUGE-LSum as the comparison study of
 * Bevendorff et al. (2023) computes it; then summarizes each extracted article in 100 words and
 * counts the summary sentences that are not from the gold article (the furniture rate).
 *
 * <pre>
 * bench extract --data PAGES.jsonl [--peer NAME=FILE.jsonl] [--per-page OUT.tsv]
 *               [--dump OUT.jsonl] [--words N] [--half A|B] [--format table|json]
 * bench extract --data PAGES.jsonl --only-extract [--dump OUT.jsonl] [--half A|B]
 * </pre>
 *
 * <p>PAGES.jsonl has one page a line, {@code {"id", "url", "html", "text"}} with the gold article
 * text in {@code text}. A peer file has lines {@code {"id", "text"[, "seconds", "cpuSeconds"]}}:
 * another extractor's output on the same pages, scored the same way. Extraction speed is measured
 * on one thread after one untimed pass over the pages. Pages fall into two fixed halves, A and B,
 * by the CRC-32 of their id, so that a change tuned on one half can be checked on the other; every
 * score is also given per half. {@code --only-extract} extracts each page once, without warm-up or
 * scoring, for timing the whole process from outside ({@code peers/speed.sh}).
 */
final class ExtractCommand {

  static final String USAGE =
      "bench extract --data PAGES.jsonl [--peer NAME=FILE.jsonl] [--per-page OUT.tsv]"
          + " [--dump OUT.jsonl] [--words N] [--half A|B] [--only-extract] [--format table|json]";

  private static final String[] HALVES = {"A", "B"};

  private ExtractCommand() {}

  private record Page(String id, String url, String html, String gold) {

    /** The page's fixed half, "A" or "B": the lowest bit of the CRC-32 of its id. */
    String half() {
      CRC32 crc = new CRC32();
      crc.update(id.getBytes(StandardCharsets.UTF_8));
      return (crc.getValue() & 1) == 0 ? "A" : "B";
    }
  }

  /** One system's scores on one set of pages. */
  private record Scores(
      int pages, double[] shingle, double[] rouge, double furniture, int sentences, int empty) {}

  /** One system's figures. */
  private record Result(
      String name, Scores all, Map<String, Scores> halves, double seconds, double cpuSeconds) {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    Options options =
        Options.parse(
            args,
            Set.of("data", "peer", "per-page", "dump", "words", "format", "half"),
            Set.of("only-extract"));
    Path dataFile = options.requiredPath("data");
    String format = options.format();
    int words = options.positiveInt("words").orElse(100);
    String half = options.get("half").map(h -> h.toUpperCase(Locale.ROOT)).orElse("");
    if (!half.isEmpty() && !half.equals("A") && !half.equals("B")) {
      throw new UsageException("--half must be A or B: " + options.get("half").get());
    }
    List<Page> pages = new ArrayList<>();
    for (JsonLines.Line line : JsonLines.read(dataFile)) {
      Page page =
          new Page(
              line.requiredText("id"),
              line.optionalText("url", ""),
              line.requiredText("html"),
              line.optionalText("text", ""));
      if (half.isEmpty() || page.half().equals(half)) {
        pages.add(page);
      }
    }
    long bytes = 0;
    for (Page page : pages) {
      bytes += page.html().getBytes(StandardCharsets.UTF_8).length;
    }
    double megabytes = bytes / 1e6;

    ArticleExtractor extractor = ArticleExtractor.create();
    boolean onlyExtract = options.has("only-extract");
    if (!onlyExtract) {
      for (Page page : pages) { // warm-up
        extractor.extract(page.html(), page.url());
      }
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
    if (onlyExtract) {
      out.println(
          String.format(
              Locale.ROOT,
              "extracted %d pages, %.2f MB of HTML, in %.3f s (%.3f s CPU of the extracting thread)",
              pages.size(),
              megabytes,
              seconds,
              cpuSeconds));
      return 0;
    }

    List<Result> results = new ArrayList<>();
    List<ShingleScore> ours = new ArrayList<>();
    List<RougeScore> ourRouge = new ArrayList<>();
    results.add(result("tldr4j", pages, texts, titles, words, seconds, cpuSeconds, ours, ourRouge));

    if (options.get("peer").isPresent()) {
      String spec = options.get("peer").get();
      int eq = spec.indexOf('=');
      if (eq <= 0) {
        throw new UsageException("--peer must be NAME=FILE.jsonl: " + spec);
      }
      Map<String, JsonLines.Line> peerLines = new HashMap<>();
      for (JsonLines.Line line : JsonLines.read(Path.of(spec.substring(eq + 1)))) {
        peerLines.put(line.requiredText("id"), line);
      }
      List<String> peer = new ArrayList<>();
      double peerSeconds = 0;
      double peerCpu = 0;
      for (Page page : pages) {
        JsonLines.Line line = peerLines.get(page.id());
        if (line == null) {
          throw new DataException(spec.substring(eq + 1) + ": no line for page " + page.id());
        }
        peer.add(line.optionalText("text", ""));
        if (line.has("seconds")) {
          peerSeconds += line.json().get("seconds").asDouble();
        }
        if (line.has("cpuSeconds")) {
          peerCpu += line.json().get("cpuSeconds").asDouble();
        }
      }
      results.add(
          result(spec.substring(0, eq), pages, peer, titles, words, peerSeconds, peerCpu, null, null));
    }

    if (options.path("per-page").isPresent()) {
      writeLines(options.path("per-page").get(), perPage(pages, ours, ourRouge));
    }

    if (format.equals("json")) {
      out.println(Reports.write(json(dataFile, pages.size(), megabytes, results)));
      return 0;
    }
    table(out, dataFile, pages.size(), megabytes, words, results);
    return 0;
  }

  private static Result result(
      String name,
      List<Page> pages,
      List<String> texts,
      List<String> titles,
      int words,
      double seconds,
      double cpuSeconds,
      List<ShingleScore> keepShingles,
      List<RougeScore> keepRouge) {
    Summarizer summarizer = Summarizer.builder().language("en").build();
    List<ShingleScore> shingles = new ArrayList<>();
    List<RougeScore> rouge = new ArrayList<>();
    int[] sentences = new int[pages.size()];
    int[] furniture = new int[pages.size()];
    for (int i = 0; i < pages.size(); i++) {
      String gold = pages.get(i).gold();
      String text = texts.get(i);
      shingles.add(ShingleScore.of(gold, text));
      rouge.add(RougeLsum.of(gold, text));
      if (text.isBlank()) {
        continue;
      }
      GoldText goldText = new GoldText(gold);
      Summary summary =
          summarizer.summarize(
              io.github.tldr4j.summarizer.Document.of(titles.get(i), text), Budget.words(words));
      for (ScoredSentence sentence : summary.sentences()) {
        if (GoldText.counts(sentence.text())) {
          sentences[i]++;
          furniture[i] += goldText.isFurniture(sentence.text()) ? 1 : 0;
        }
      }
    }
    if (keepShingles != null) {
      keepShingles.addAll(shingles);
      keepRouge.addAll(rouge);
    }
    Map<String, Scores> halves = new HashMap<>();
    for (String half : HALVES) {
      halves.put(half, scores(pages, texts, shingles, rouge, sentences, furniture, half));
    }
    return new Result(
        name,
        scores(pages, texts, shingles, rouge, sentences, furniture, ""),
        halves,
        seconds,
        cpuSeconds);
  }

  /** The averages over the pages of one half, or of all pages when {@code half} is "". */
  private static Scores scores(
      List<Page> pages,
      List<String> texts,
      List<ShingleScore> shingles,
      List<RougeScore> rouge,
      int[] sentences,
      int[] furniture,
      String half) {
    List<ShingleScore> someShingles = new ArrayList<>();
    double[] rougeSum = new double[3];
    int count = 0;
    int summarySentences = 0;
    int furnitureSentences = 0;
    int empty = 0;
    for (int i = 0; i < pages.size(); i++) {
      if (!half.isEmpty() && !pages.get(i).half().equals(half)) {
        continue;
      }
      count++;
      someShingles.add(shingles.get(i));
      rougeSum[0] += rouge.get(i).precision();
      rougeSum[1] += rouge.get(i).recall();
      rougeSum[2] += rouge.get(i).f1();
      summarySentences += sentences[i];
      furnitureSentences += furniture[i];
      empty += texts.get(i).isBlank() ? 1 : 0;
    }
    double[] rougeMean = new double[3];
    for (int k = 0; k < 3; k++) {
      rougeMean[k] = count == 0 ? 0 : rougeSum[k] / count;
    }
    return new Scores(
        count,
        ShingleScore.average(someShingles),
        rougeMean,
        summarySentences == 0 ? 0 : furnitureSentences / (double) summarySentences,
        summarySentences,
        empty);
  }

  private static void table(
      PrintStream out, Path dataFile, int pages, double megabytes, int words, List<Result> results) {
    out.println(
        String.format(
            Locale.ROOT,
            "extract: %s, %d pages, %.1f MB of HTML; Scrapinghub shingle metric, ROUGE-LSum",
            dataFile.getFileName(),
            pages,
            megabytes));
    out.println();
    out.println(
        String.format(
            Locale.ROOT,
            "%-14s %6s %9s %6s %7s %6s %10s %8s %8s %10s %9s",
            "system", "F1", "precision", "recall", "R-LSum", "empty", "furniture", "pages/s",
            "MB/s", "pages/cpu", "MB/cpu"));
    for (Result r : results) {
      Scores s = r.all();
      out.println(
          String.format(
              Locale.ROOT,
              "%-14s %6.4f %9.4f %6.4f %7.4f %6d %9.1f%% %8s %8s %10s %9s",
              r.name(),
              s.shingle()[2],
              s.shingle()[0],
              s.shingle()[1],
              s.rouge()[2],
              s.empty(),
              100 * s.furniture(),
              rate(pages, r.seconds(), "%.1f"),
              rate(megabytes, r.seconds(), "%.2f"),
              rate(pages, r.cpuSeconds(), "%.1f"),
              rate(megabytes, r.cpuSeconds(), "%.2f")));
    }
    out.println();
    out.println("split halves (by the CRC-32 of the page id):");
    out.println(
        String.format(
            Locale.ROOT, "%-14s %5s %6s %6s %7s %10s", "system", "half", "pages", "F1", "R-LSum",
            "furniture"));
    for (Result r : results) {
      for (String half : HALVES) {
        Scores s = r.halves().get(half);
        out.println(
            String.format(
                Locale.ROOT,
                "%-14s %5s %6d %6.4f %7.4f %9.1f%%",
                r.name(),
                half,
                s.pages(),
                s.shingle()[2],
                s.rouge()[2],
                100 * s.furniture()));
      }
    }
    out.println();
    out.println(
        "F1: Scrapinghub benchmark (word 4-shingles, mean P and R over pages); R-LSum: mean"
            + " ROUGE-LSum F1 over pages (whitespace tokens, as Bevendorff et al. 2023); furniture:"
            + " share of the sentences of "
            + words
            + "-word summaries of the extracted text that are not from the gold article;"
            + " pages/s and MB/s by the wall clock, pages/cpu and MB/cpu per CPU-second of the"
            + " extracting thread");
  }

  private static String rate(double amount, double seconds, String pattern) {
    return seconds > 0 ? String.format(Locale.ROOT, pattern, amount / seconds) : "-";
  }

  private static ObjectNode json(Path dataFile, int pages, double megabytes, List<Result> results) {
    ObjectNode json = Reports.JSON.createObjectNode();
    json.put("data", dataFile.toString());
    json.put("pages", pages);
    json.put("megabytes", Math.round(megabytes * 100) / 100.0);
    ObjectNode systems = json.putObject("systems");
    for (Result r : results) {
      ObjectNode node = systems.putObject(r.name());
      put(node, r.all());
      if (r.seconds() > 0) {
        node.put("pagesPerSecond", Math.round(pages / r.seconds() * 10) / 10.0);
        node.put("megabytesPerSecond", Math.round(megabytes / r.seconds() * 100) / 100.0);
      }
      if (r.cpuSeconds() > 0) {
        node.put("pagesPerCpuSecond", Math.round(pages / r.cpuSeconds() * 10) / 10.0);
        node.put("megabytesPerCpuSecond", Math.round(megabytes / r.cpuSeconds() * 100) / 100.0);
      }
      ObjectNode halves = node.putObject("halves");
      for (String half : HALVES) {
        put(halves.putObject(half), r.halves().get(half));
      }
    }
    return json;
  }

  private static void put(ObjectNode node, Scores s) {
    node.put("f1", round(s.shingle()[2]));
    node.put("precision", round(s.shingle()[0]));
    node.put("recall", round(s.shingle()[1]));
    node.put("rougeLsumF1", round(s.rouge()[2]));
    node.put("rougeLsumPrecision", round(s.rouge()[0]));
    node.put("rougeLsumRecall", round(s.rouge()[1]));
    node.put("furniture", round(s.furniture()));
    node.put("summarySentences", s.sentences());
    node.put("emptyPages", s.empty());
    node.put("pages", s.pages());
  }

  private static List<String> perPage(
      List<Page> pages, List<ShingleScore> scores, List<RougeScore> rouge) {
    List<String> lines = new ArrayList<>();
    lines.add("id\thalf\tprecision\trecall\trougeLsumF1\turl");
    for (int i = 0; i < pages.size(); i++) {
      ShingleScore s = scores.get(i);
      lines.add(
          String.format(
              Locale.ROOT,
              "%s\t%s\t%.4f\t%.4f\t%.4f\t%s",
              pages.get(i).id(),
              pages.get(i).half(),
              s.precision(),
              s.recall(),
              rouge.get(i).f1(),
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
