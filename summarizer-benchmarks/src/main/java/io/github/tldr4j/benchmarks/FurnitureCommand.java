package io.github.tldr4j.benchmarks;

import io.github.tldr4j.benchmarks.extraction.GoldText;
import io.github.tldr4j.summarizer.Budget;
import io.github.tldr4j.summarizer.ScoredSentence;
import io.github.tldr4j.summarizer.Summarizer;
import io.github.tldr4j.summarizer.Summary;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code bench furniture}: how much of a summary of a web page is page furniture rather than the
 * article, on pages with their gold article text (the extraction benchmark's JSON Lines: {@code
 * "id"}, {@code "html"}, {@code "text"}).
 *
 * <pre>
 * bench furniture --data PAGES.jsonl [--words N | --sentences N | --ratio R] [--lang CODE]
 *                 [--per-page OUT.tsv] [--threads N]
 * </pre>
 *
 * <p>Each page is summarized (default {@code --words 100}) from three texts: its visible text with
 * one block per line, as a browser's copy gives it ({@link VisibleText}); the same text on one line
 * (line breaks as spaces); and the gold article text, the floor of the measure. The furniture rate
 * is the share of all summary sentences that are not from the article ({@link GoldText}).
 */
final class FurnitureCommand {

  static final String USAGE =
      "bench furniture --data PAGES.jsonl [--words N | --sentences N | --ratio R] [--lang CODE]"
          + " [--per-page OUT.tsv] [--threads N]";

  private static final String[] INPUTS = {"visible text, lines", "visible text, one line", "gold text"};

  private FurnitureCommand() {}

  /** One page's summaries: per input, the sentences and whether each is furniture. */
  private record Outcome(String id, List<List<ScoredSentence>> sentences, List<List<Boolean>> furniture) {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    Options options =
        Options.parse(
            args,
            Set.of("data", "words", "sentences", "ratio", "lang", "per-page", "threads"),
            Set.of());
    Path dataFile = options.requiredPath("data");
    Budget budget =
        options.has("sentences") || options.has("ratio") || options.has("words")
            ? QualityCommand.budget(options)
            : Budget.words(100);
    Summarizer summarizer;
    try {
      summarizer = Summarizer.builder().language(options.get("lang").orElse("en")).build();
    } catch (IllegalArgumentException e) {
      throw new UsageException("--lang: " + e.getMessage());
    }
    Optional<Path> perPage = options.path("per-page");
    int threads = options.positiveInt("threads").orElse(Bench.defaultThreads());
    List<JsonLines.Line> pages = JsonLines.read(dataFile);
    List<Outcome> outcomes =
        Parallel.map(pages.size(), threads, i -> measure(summarizer, budget, pages.get(i)));

    out.printf(
        Locale.ROOT,
        "furniture: %s, %d pages, %s; share of summary sentences not from the article%n%n",
        dataFile.getFileName(),
        pages.size(),
        budget);
    out.printf(Locale.ROOT, "%-24s %10s %10s %9s%n", "input", "sentences", "furniture", "rate");
    for (int k = 0; k < INPUTS.length; k++) {
      int sentences = 0;
      int furniture = 0;
      for (Outcome o : outcomes) {
        for (Boolean f : o.furniture().get(k)) {
          if (f != null) {
            sentences++;
            furniture += f ? 1 : 0;
          }
        }
      }
      out.printf(
          Locale.ROOT,
          "%-24s %10d %10d %8.1f%%%n",
          INPUTS[k],
          sentences,
          furniture,
          sentences == 0 ? 0.0 : 100.0 * furniture / sentences);
    }
    perPage.ifPresent(path -> writePerPage(path, outcomes));
    return 0;
  }

  private static Outcome measure(Summarizer summarizer, Budget budget, JsonLines.Line page) {
    String id = page.optionalText("id", String.valueOf(page.number()));
    String visible = VisibleText.of(page.requiredText("html"));
    String gold = page.requiredText("text");
    GoldText rate = new GoldText(gold);
    String[] texts = {visible, visible.replaceAll("\\s*\\n\\s*", " "), gold};
    List<List<ScoredSentence>> sentences = new java.util.ArrayList<>();
    List<List<Boolean>> furniture = new java.util.ArrayList<>();
    for (String text : texts) {
      Summary summary = summarizer.summarize(text, budget);
      sentences.add(summary.sentences());
      furniture.add(summary.sentences().stream()
              .map(s -> GoldText.counts(s.text()) ? (Boolean) rate.isFurniture(s.text()) : null)
              .toList());
    }
    return new Outcome(id, sentences, furniture);
  }

  private static void writePerPage(Path path, List<Outcome> outcomes) {
    try (Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      w.write("id\tinput\tfurniture\tsentence\n");
      for (Outcome o : outcomes) {
        for (int k = 0; k < INPUTS.length; k++) {
          List<ScoredSentence> s = o.sentences().get(k);
          for (int i = 0; i < s.size(); i++) {
            w.write(
                o.id() + "\t" + k + "\t" + o.furniture().get(k).get(i) + "\t"
                    + s.get(i).text().replaceAll("\\s+", " ") + "\n");
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
