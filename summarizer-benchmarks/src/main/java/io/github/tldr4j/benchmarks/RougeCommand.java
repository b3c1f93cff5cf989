package io.github.tldr4j.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tldr4j.benchmarks.rouge.Rouge;
import io.github.tldr4j.benchmarks.rouge.RougeAverage;
import io.github.tldr4j.benchmarks.rouge.RougeResult;
import io.github.tldr4j.benchmarks.rouge.RougeScore;
import io.github.tldr4j.summarizer.text.Sentence;
import io.github.tldr4j.summarizer.text.SentenceSegmenter;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code bench rouge}: scores system summaries against a dataset's references.
 *
 * <pre>
 * bench rouge --data DATA.jsonl --summaries SYS.jsonl [--unicode] [--per-doc OUT.tsv]
 *             [--format table|json] [--threads N]
 * </pre>
 */
final class RougeCommand {

  static final String USAGE =
      "bench rouge --data DATA.jsonl --summaries SYS.jsonl [--unicode] [--per-doc OUT.tsv]"
          + " [--format table|json] [--threads N]";

  private RougeCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    Options options =
        Options.parse(
            args, Set.of("data", "summaries", "per-doc", "format", "threads"), Set.of("unicode"));
    Path dataFile = options.requiredPath("data");
    Path summariesFile = options.requiredPath("summaries");
    Optional<Path> perDoc = options.path("per-doc");
    String format = options.format();
    int threads = options.positiveInt("threads").orElse(Bench.defaultThreads());
    boolean unicode = options.has("unicode");

    Dataset dataset = Dataset.read(dataFile);
    List<Dataset.Document> docs = dataset.documents();
    if (!unicode && docs.stream().anyMatch(d -> !d.language().startsWith("en"))) {
      err.println(
          "bench: note: non-English documents scored with ROUGE-1.5.5 tokenization, which drops"
              + " accented letters; --unicode keeps them");
    }
    List<RougeResult> results = score(dataset, summariesFile, unicode, threads);
    RougeAverage average = new RougeAverage();
    results.forEach(average::add);
    if (perDoc.isPresent()) {
      List<String> ids = docs.stream().map(Dataset.Document::id).toList();
      Reports.writePerDocument(perDoc.get(), ids, results);
    }

    RougeResult mean = average.mean();
    if (format.equals("json")) {
      ObjectNode json = Reports.json(mean);
      json.put("documents", docs.size());
      out.println(Reports.write(json));
    } else {
      out.println(
          "ROUGE "
              + scoring(unicode)
              + ", per-document average over "
              + docs.size()
              + " documents");
      out.println();
      out.println(String.format(Locale.ROOT, "%-8s %7s %7s %7s", "metric", "F1", "P", "R"));
      row(out, "ROUGE-1", mean.rouge1());
      row(out, "ROUGE-2", mean.rouge2());
      row(out, "ROUGE-L", mean.rougeL());
      out.println();
      out.println("documents: " + docs.size());
    }
    return 0;
  }

  /**
   * Scores a summaries file against a dataset's references, one result per dataset document in
   * the dataset's order.
   *
   * @throws DataException if a summary has no document or a document no summary
   */
  static List<RougeResult> score(
      Dataset dataset, Path summariesFile, boolean unicode, int threads) {
    Map<String, Dataset.Document> documents = new HashMap<>();
    for (Dataset.Document document : dataset.documents()) {
      documents.put(document.id(), document);
    }
    Summaries summaries =
        Summaries.read(
            summariesFile,
            (id, text) -> {
              Dataset.Document document = documents.get(id);
              String language = document == null ? "en" : document.language();
              List<String> sentences = new ArrayList<>();
              for (Sentence s : SentenceSegmenter.forLanguage(language).segment(text)) {
                sentences.add(s.text());
              }
              return sentences;
            });
    Map<String, List<String>> byId = summaries.byId();
    for (String id : byId.keySet()) {
      if (!documents.containsKey(id)) {
        throw new DataException(summariesFile + ": summary for unknown document id \"" + id + "\"");
      }
    }
    List<String> missing = new ArrayList<>();
    for (Dataset.Document document : dataset.documents()) {
      if (!byId.containsKey(document.id())) {
        missing.add(document.id());
      }
    }
    if (!missing.isEmpty()) {
      throw new DataException(
          summariesFile
              + ": no summary for document \""
              + missing.get(0)
              + "\""
              + (missing.size() > 1 ? " and " + (missing.size() - 1) + " more" : ""));
    }
    Rouge rouge = Rouge.builder().unicode(unicode).build();
    List<Dataset.Document> docs = dataset.documents();
    return Parallel.map(
        docs.size(),
        threads,
        i -> rouge.score(byId.get(docs.get(i).id()), docs.get(i).referenceSentences()));
  }

  private static void row(PrintStream out, String name, RougeScore score) {
    out.println(
        String.format(
            Locale.ROOT,
            "%-8s %7s %7s %7s",
            name,
            Reports.twoDecimals(100 * score.f1()),
            Reports.twoDecimals(100 * score.precision()),
            Reports.twoDecimals(100 * score.recall())));
  }

  /**
   * How the summaries were scored, for a report's first line: the bundled ROUGE-1.5.5's settings,
   * or Unicode tokens with {@code --unicode}.
   */
  static String scoring(boolean unicode) {
    return unicode ? "(Unicode tokens, no stemming)" : "(ROUGE-1.5.5 -n 2 -m -a semantics)";
  }
}
