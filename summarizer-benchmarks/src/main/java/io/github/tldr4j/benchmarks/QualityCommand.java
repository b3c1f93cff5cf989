package io.github.tldr4j.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tldr4j.benchmarks.rouge.AnalyzedText;
import io.github.tldr4j.benchmarks.rouge.Rouge;
import io.github.tldr4j.benchmarks.rouge.RougeAverage;
import io.github.tldr4j.benchmarks.rouge.RougeResult;
import io.github.tldr4j.summarizer.Budget;
import io.github.tldr4j.summarizer.Document;
import io.github.tldr4j.summarizer.ScoredSentence;
import io.github.tldr4j.summarizer.Summarizer;
import io.github.tldr4j.summarizer.Summary;
import io.github.tldr4j.summarizer.scoring.Algorithm;
import io.github.tldr4j.summarizer.text.Sentence;
import io.github.tldr4j.summarizer.text.SentenceSegmenter;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code bench quality}: summarizes every document of a dataset with the library and compares it
 * with LEAD and ORACLE extracts under the same budget.
 *
 * <pre>
 * bench quality --data DATA.jsonl [--words N | --sentences N | --ratio R] [--lang CODE]
 *               [--algorithm NAME] [--half odd|even] [--unicode] [--format table|json]
 *               [--threads N]
 * </pre>
 *
 * <p>The default budget is {@code --ratio 0.3}, as in the tldr command line tool. Each document is
 * summarized in its own {@code "language"} ({@code --lang} overrides it), with its {@code "title"}
 * if it has one, by the scoring algorithm {@code --algorithm} names (default {@code tfidf}). {@code
 * --half odd} keeps the documents on the odd lines of the file (the first, third, ...), {@code
 * --half even} the others: a change that moves both halves the same way is less likely to be
 * noise. LEAD and ORACLE use the library's sentence segmenter, so the three systems choose
 * among the same sentences. ROUGE uses ROUGE-1.5.5 semantics when every document is English, and
 * the Unicode tokenization (no stemming) as soon as one is not, or with {@code --unicode}, because
 * ROUGE-1.5.5 drops accented letters. A line of {@link SummaryChecks} counts the library's summary
 * sentences that repeat one another, have unbalanced quotation marks, end with a colon or are
 * under three words.
 */
final class QualityCommand {

  static final String USAGE =
      "bench quality --data DATA.jsonl [--words N | --sentences N | --ratio R] [--lang CODE]"
          + " [--algorithm NAME] [--half odd|even] [--unicode] [--format table|json] [--threads N]";

  private static final String[] SYSTEMS = {"tldr4j", "LEAD", "ORACLE"};
  private static final int WARM_UP_DOCUMENTS = 200;

  private QualityCommand() {}

  /** What one document contributes: one result and one length per system, library time. */
  private record Outcome(RougeResult[] results, int[] words) {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    Options options =
        Options.parse(
            args,
            Set.of(
                "data", "words", "sentences", "ratio", "lang", "format", "threads", "algorithm",
                "half"),
            Set.of("unicode"));
    Path dataFile = options.requiredPath("data");
    Budget budget = budget(options);
    Optional<String> lang = options.get("lang");
    Optional<String> half = options.get("half").map(h -> h.toLowerCase(Locale.ROOT));
    if (half.isPresent() && !half.get().equals("odd") && !half.get().equals("even")) {
      throw new UsageException("--half must be odd or even: " + options.get("half").get());
    }
    String format = options.format();
    int threads = options.positiveInt("threads").orElse(Bench.defaultThreads());
    Algorithm algorithm;
    try {
      algorithm = Algorithm.forName(options.get("algorithm").orElse(Algorithm.TFIDF.id()));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--algorithm: " + e.getMessage());
    }
    Map<String, Summarizer> summarizers = new ConcurrentHashMap<>();
    if (lang.isPresent()) {
      try {
        summarizers.put(
            lang.get(), Summarizer.builder().language(lang.get()).algorithm(algorithm).build());
      } catch (IllegalArgumentException e) {
        throw new UsageException("--lang: " + e.getMessage());
      }
    }

    Dataset dataset = Dataset.read(dataFile);
    List<Dataset.Document> docs = half(dataset.documents(), half);
    boolean unicode =
        options.has("unicode")
            || docs.stream().anyMatch(d -> !isEnglish(lang.orElse(d.language())));
    Rouge rouge = Rouge.builder().unicode(unicode).build();

    // 1. the library alone, timed (after a short untimed warm-up)
    Parallel.map(
        Math.min(WARM_UP_DOCUMENTS, docs.size()),
        threads,
        i -> summarize(summarizers, algorithm, lang, docs.get(i), budget));
    long start = System.nanoTime();
    List<Summary> summaries =
        Parallel.map(
            docs.size(),
            threads,
            i -> summarize(summarizers, algorithm, lang, docs.get(i), budget));
    double seconds = (System.nanoTime() - start) / 1e9;

    // 2. baselines and ROUGE
    List<Outcome> outcomes =
        Parallel.map(
            docs.size(),
            threads,
            i ->
                evaluate(
                    rouge,
                    docs.get(i),
                    lang.orElse(docs.get(i).language()),
                    budget,
                    summaries.get(i)));
    RougeAverage[] averages = new RougeAverage[SYSTEMS.length];
    double[] meanWords = new double[SYSTEMS.length];
    for (int s = 0; s < SYSTEMS.length; s++) {
      averages[s] = new RougeAverage();
      for (Outcome outcome : outcomes) {
        averages[s].add(outcome.results()[s]);
        meanWords[s] += outcome.words()[s];
      }
      meanWords[s] = docs.isEmpty() ? 0 : meanWords[s] / docs.size();
    }
    SummaryChecks checks = new SummaryChecks();
    for (Summary summary : summaries) {
      checks.add(summary.sentences().stream().map(ScoredSentence::text).toList());
    }
    double docsPerSecond = seconds > 0 ? docs.size() / seconds : 0;
    String rougeName = unicode ? "Unicode tokens, no stemming" : "ROUGE-1.5.5 -n 2 -m";

    if (format.equals("json")) {
      ObjectNode json = Reports.JSON.createObjectNode();
      json.put("data", dataFile.toString());
      json.put("documents", docs.size());
      half.ifPresent(h -> json.put("half", h));
      json.put("budget", budget.toString());
      json.put("algorithm", algorithm.id());
      json.put("rouge", unicode ? "unicode" : "rouge155");
      ObjectNode systems = json.putObject("systems");
      for (int s = 0; s < SYSTEMS.length; s++) {
        ObjectNode system = Reports.json(averages[s].mean());
        system.put("words", Math.round(meanWords[s] * 100) / 100.0);
        systems.set(SYSTEMS[s].toLowerCase(Locale.ROOT), system);
      }
      json.set("checks", checks.json());
      ObjectNode speed = json.putObject("speed");
      speed.put("documentsPerSecond", Math.round(docsPerSecond * 10) / 10.0);
      speed.put("threads", threads);
      out.println(Reports.write(json));
      return 0;
    }
    out.println(
        "quality: "
            + dataFile.getFileName()
            + half.map(h -> " (" + h + " half)").orElse("")
            + ", "
            + docs.size()
            + " documents, "
            + budget
            + ", algorithm "
            + algorithm.id()
            + ", ROUGE F1 x100 ("
            + rougeName
            + ")");
    out.println();
    out.println(
        String.format(
            Locale.ROOT,
            "%-8s %8s %8s %8s %8s",
            "system",
            "ROUGE-1",
            "ROUGE-2",
            "ROUGE-L",
            "words"));
    for (int s = 0; s < SYSTEMS.length; s++) {
      RougeResult mean = averages[s].mean();
      out.println(
          String.format(
              Locale.ROOT,
              "%-8s %8.2f %8.2f %8.2f %8.1f",
              SYSTEMS[s],
              100 * mean.rouge1().f1(),
              100 * mean.rouge2().f1(),
              100 * mean.rougeL().f1(),
              meanWords[s]));
    }
    out.println();
    out.println(checks.describe());
    out.println(
        String.format(
            Locale.ROOT,
            "tldr4j speed: %.0f documents/s (%d documents in %.2f s, %d threads)",
            docsPerSecond,
            docs.size(),
            seconds,
            threads));
    return 0;
  }

  static Budget budget(Options options) {
    int given =
        (options.has("words") ? 1 : 0)
            + (options.has("sentences") ? 1 : 0)
            + (options.has("ratio") ? 1 : 0);
    if (given > 1) {
      throw new UsageException("give at most one of --words, --sentences, --ratio");
    }
    Optional<Integer> words = options.positiveInt("words");
    if (words.isPresent()) {
      return Budget.words(words.get());
    }
    Optional<Integer> sentences = options.positiveInt("sentences");
    if (sentences.isPresent()) {
      return Budget.sentences(sentences.get());
    }
    double ratio = options.decimal("ratio").orElse(0.3);
    try {
      return Budget.ratio(ratio);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--ratio must be in (0, 1]: " + options.get("ratio").orElse(""));
    }
  }

  /** The odd or even documents of the file in file order, or all of them. */
  private static List<Dataset.Document> half(List<Dataset.Document> docs, Optional<String> half) {
    if (half.isEmpty()) {
      return docs;
    }
    int first = half.get().equals("odd") ? 0 : 1;
    List<Dataset.Document> kept = new ArrayList<>((docs.size() + 1) / 2);
    for (int i = first; i < docs.size(); i += 2) {
      kept.add(docs.get(i));
    }
    return List.copyOf(kept);
  }

  private static boolean isEnglish(String language) {
    String l = language.toLowerCase(Locale.ROOT);
    return l.equals("en") || l.startsWith("en-") || l.startsWith("en_");
  }

  private static Summary summarize(
      Map<String, Summarizer> summarizers,
      Algorithm algorithm,
      Optional<String> lang,
      Dataset.Document document,
      Budget budget) {
    String language = lang.orElse(document.language());
    Summarizer summarizer =
        summarizers.computeIfAbsent(
            language,
            l -> {
              try {
                return Summarizer.builder().language(l).algorithm(algorithm).build();
              } catch (IllegalArgumentException e) {
                throw new DataException(
                    "document \"" + document.id() + "\": language " + l + ": " + e.getMessage(), e);
              }
            });
    return summarizer.summarize(Document.of(document.title(), document.text()), budget);
  }

  private static Outcome evaluate(
      Rouge rouge, Dataset.Document document, String language, Budget budget, Summary summary) {
    List<Sentence> sentences = SentenceSegmenter.forLanguage(language).segment(document.text());
    List<String> texts = new ArrayList<>(sentences.size());
    int[] words = new int[sentences.size()];
    for (int i = 0; i < words.length; i++) {
      texts.add(sentences.get(i).text());
      words[i] = sentences.get(i).wordCount();
    }
    AnalyzedText analyzed = rouge.analyze(texts);
    List<AnalyzedText> references = new ArrayList<>();
    for (List<String> reference : document.referenceSentences()) {
      references.add(rouge.analyze(reference));
    }
    // the library's ceiling for this document, so that the three systems share one budget
    int maxWords = budget.maxWords(summary.stats().originalWords());
    int maxSentences = budget.maxSentences();
    List<Integer> lead = Extracts.lead(words, maxWords, maxSentences);
    List<Integer> oracle = Extracts.oracle(analyzed, words, references, maxWords, maxSentences);

    List<String> system = new ArrayList<>();
    for (ScoredSentence s : summary.sentences()) {
      system.add(s.text());
    }
    RougeResult[] results = {
      rouge.score(rouge.analyze(system), references),
      rouge.score(analyzed.select(lead), references),
      rouge.score(analyzed.select(oracle), references)
    };
    int[] lengths = {summary.stats().summaryWords(), sum(words, lead), sum(words, oracle)};
    return new Outcome(results, lengths);
  }

  private static int sum(int[] words, List<Integer> indexes) {
    int total = 0;
    for (int i : indexes) {
      total += words[i];
    }
    return total;
  }
}
