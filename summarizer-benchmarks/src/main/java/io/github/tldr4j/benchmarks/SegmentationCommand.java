package io.github.tldr4j.benchmarks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tldr4j.summarizer.text.Sentence;
import io.github.tldr4j.summarizer.text.SentenceSegmenter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code bench segmentation}: sentence-boundary precision, recall and F1 of the library's segmenter
 * on documents with gold sentences, next to {@code java.text.BreakIterator} in the same run.
 *
 * <pre>
 * bench segmentation --data DIR|FILE.jsonl [--errors N] [--format table|json]
 * </pre>
 *
 * <p>Every {@code *.jsonl} file of the directory (or the one file) is a treebank: one line
 * {@code {"id", "lang", "text", "sentences": [..]}} per document, each gold sentence an exact
 * substring of the text, in order ({@code shared/data/segmentation-ud}). Scoring follows that
 * data's README (see {@link BoundaryScore}). {@code --errors N} also prints up to N missed and N
 * spurious boundaries of the library per treebank, with their context.
 */
final class SegmentationCommand {

  static final String USAGE =
      "bench segmentation --data DIR|FILE.jsonl [--errors N] [--format table|json]";

  private static final String[] SYSTEMS = {"tldr4j", "BreakIterator"};
  private static final int CONTEXT = 40;

  private SegmentationCommand() {}

  /** One treebank's documents. */
  private record Doc(String id, String lang, String text, List<String> sentences) {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    Options options = Options.parse(args, Set.of("data", "errors", "format"), Set.of());
    Path data = options.requiredPath("data");
    String format = options.format();
    int errors = options.get("errors").isPresent() ? options.positiveInt("errors").get() : 0;
    List<Path> files = files(data);
    ObjectNode json = Reports.JSON.createObjectNode();
    ArrayNode rows = json.putArray("treebanks");
    if (format.equals("table")) {
      out.println("segmentation: boundary precision / recall / F1 (end of text not counted),"
          + " recall on punctuated boundaries, documents segmented exactly");
      out.println();
      out.println(String.format(Locale.ROOT, "%-22s %-14s %6s %6s %6s %6s %6s %6s",
          "treebank (boundaries)", "system", "P", "R", "F1", "R.punc", "exact", "ms"));
    }
    BoundaryScore[] totals = {new BoundaryScore(), new BoundaryScore()};
    List<String> errorLines = new ArrayList<>();
    for (Path file : files) {
      List<Doc> docs = read(file);
      String name = file.getFileName().toString().replaceFirst("(-dev|-test)?\\.jsonl$", "");
      BoundaryScore[] scores = {new BoundaryScore(), new BoundaryScore()};
      long[] nanos = new long[2];
      int missedShown = 0;
      int spuriousShown = 0;
      for (Doc doc : docs) {
        BoundaryScore.Gold gold = BoundaryScore.gold(doc.text(), doc.sentences());
        long t0 = System.nanoTime();
        List<Integer> ours = tldr4j(doc);
        long t1 = System.nanoTime();
        List<Integer> jdk = breakIterator(doc);
        long t2 = System.nanoTime();
        nanos[0] += t1 - t0;
        nanos[1] += t2 - t1;
        scores[0].add(doc.text(), gold, ours);
        scores[1].add(doc.text(), gold, jdk);
        if (errors > 0) {
          int textEnd = doc.text().strip().length() + leading(doc.text());
          for (int end : gold.ends()) {
            if (end < textEnd && !ours.contains(end) && missedShown < errors) {
              errorLines.add(name + " missed   " + doc.id() + " " + context(doc.text(), end));
              missedShown++;
            }
          }
          for (int end : ours) {
            if (end < textEnd && !gold.ends().contains(end) && spuriousShown < errors) {
              errorLines.add(name + " spurious " + doc.id() + " " + context(doc.text(), end));
              spuriousShown++;
            }
          }
        }
      }
      for (int s = 0; s < SYSTEMS.length; s++) {
        totals[s].addAll(scores[s]);
        if (format.equals("table")) {
          out.println(row(s == 0 ? name + " (" + scores[s].goldBoundaries() + ")" : "", SYSTEMS[s],
              scores[s], nanos[s]));
        } else {
          ObjectNode row = rows.addObject();
          row.put("treebank", name);
          row.put("system", SYSTEMS[s]);
          put(row, scores[s]);
        }
      }
    }
    if (format.equals("table")) {
      out.println();
      for (int s = 0; s < SYSTEMS.length; s++) {
        out.println(row(s == 0 ? "all (" + totals[s].goldBoundaries() + ")" : "", SYSTEMS[s], totals[s], -1));
      }
      if (totals[0].unaligned() > 0) {
        out.println();
        out.println("gold sentences not found in their text (skipped): " + totals[0].unaligned());
      }
      if (!errorLines.isEmpty()) {
        out.println();
        errorLines.forEach(out::println);
      }
    } else {
      ObjectNode all = json.putObject("all");
      for (int s = 0; s < SYSTEMS.length; s++) {
        put(all.putObject(SYSTEMS[s]), totals[s]);
      }
      out.println(Reports.write(json));
    }
    return 0;
  }

  private static int leading(String text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String context(String text, int end) {
    String before = text.substring(Math.max(0, end - CONTEXT), end);
    String after = text.substring(end, Math.min(text.length(), end + CONTEXT));
    return (before + " | " + after).replaceAll("\\s+", " ");
  }

  private static String row(String label, String system, BoundaryScore score, long nanos) {
    return String.format(Locale.ROOT, "%-22s %-14s %6.3f %6.3f %6.3f %6.3f %6.3f %6s", label, system,
        score.precision(), score.recall(), score.f1(), score.punctuatedRecall(), score.exactShare(),
        nanos < 0 ? "" : String.valueOf(nanos / 1_000_000));
  }

  private static void put(ObjectNode node, BoundaryScore score) {
    node.put("documents", score.documents());
    node.put("boundaries", score.goldBoundaries());
    node.put("precision", round(score.precision()));
    node.put("recall", round(score.recall()));
    node.put("f1", round(score.f1()));
    node.put("punctuatedRecall", round(score.punctuatedRecall()));
    node.put("exactDocuments", round(score.exactShare()));
    node.put("unaligned", score.unaligned());
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }

  private static List<Integer> tldr4j(Doc doc) {
    SentenceSegmenter segmenter;
    try {
      segmenter = SentenceSegmenter.forLanguage(doc.lang());
    } catch (IllegalArgumentException e) {
      return List.of(); // a language the segmenter refuses: one unsplit sentence
    }
    List<Integer> ends = new ArrayList<>();
    for (Sentence sentence : segmenter.segment(doc.text())) {
      ends.add(sentence.end());
    }
    return ends;
  }

  private static List<Integer> breakIterator(Doc doc) {
    BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.forLanguageTag(doc.lang()));
    String text = doc.text();
    iterator.setText(text);
    List<Integer> ends = new ArrayList<>();
    for (int end = iterator.next(); end != BreakIterator.DONE; end = iterator.next()) {
      int e = end;
      while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      ends.add(e);
    }
    return ends;
  }

  private static List<Path> files(Path data) {
    if (Files.isRegularFile(data)) {
      return List.of(data);
    }
    if (!Files.isDirectory(data)) {
      throw new DataException("no such file or directory: " + data);
    }
    try (Stream<Path> list = Files.list(data)) {
      List<Path> files = list.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
      if (files.isEmpty()) {
        throw new DataException("no .jsonl file in " + data);
      }
      return files;
    } catch (IOException e) {
      throw new DataException("cannot list " + data + ": " + e.getMessage(), e);
    }
  }

  private static List<Doc> read(Path file) {
    List<Doc> docs = new ArrayList<>();
    for (JsonLines.Line line : JsonLines.read(file)) {
      String lang = line.optionalText("lang", line.optionalText("language", "en"));
      docs.add(new Doc(line.optionalText("id", line.where()), lang, line.requiredText("text"),
          line.requiredTextList("sentences")));
    }
    return docs;
  }
}
