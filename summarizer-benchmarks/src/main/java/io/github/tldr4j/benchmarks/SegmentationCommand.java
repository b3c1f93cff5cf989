package io.github.tldr4j.benchmarks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ibm.icu.util.ULocale;
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
 * on documents with gold sentences, next to ICU4J's and {@code java.text.BreakIterator}'s sentence
 * instances in the same run.
 *
 * <pre>
 * bench segmentation --data DIR|FILE.jsonl [--errors N] [--format table|json]
 * </pre>
 *
 * <p>Every {@code *.jsonl} file of the directory (or the one file) is a treebank: one line
 * {@code {"id", "lang", "text", "sentences": [..]}} per document, each gold sentence an exact
 * substring of the text, in order ({@code shared/data/segmentation-ud}). Scoring follows that
 * data's README (see {@link BoundaryScore}). ICU4J is asked for the document's locale with ICU's
 * standard sentence-break suppressions ({@code en@ss=standard}: its list of abbreviations, where
 * ICU has one for the language). {@code --errors N} also prints up to N missed and N
 * spurious boundaries of the library per treebank, with their context and, in brackets, the
 * baselines that got that boundary right.
 */
final class SegmentationCommand {

  static final String USAGE =
      "bench segmentation --data DIR|FILE.jsonl [--errors N] [--format table|json]";

  private static final String[] SYSTEMS = {"tldr4j", "ICU4J", "BreakIterator"};
  private static final int CONTEXT = 40;

  private SegmentationCommand() {}

  /** One treebank's documents. */
  record Doc(String id, String lang, String text, List<String> sentences) {}

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
    BoundaryScore[] totals = scores();
    List<String> errorLines = new ArrayList<>();
    for (Path file : files) {
      List<Doc> docs = read(file);
      String name = file.getFileName().toString().replaceFirst("(-dev|-test)?\\.jsonl$", "");
      BoundaryScore[] scores = scores();
      long[] nanos = new long[SYSTEMS.length];
      int missedShown = 0;
      int spuriousShown = 0;
      for (Doc doc : docs) {
        BoundaryScore.Gold gold = BoundaryScore.gold(doc.text(), doc.sentences());
        List<List<Integer>> ends = new ArrayList<>(SYSTEMS.length);
        for (int s = 0; s < SYSTEMS.length; s++) {
          long t0 = System.nanoTime();
          ends.add(segment(s, doc));
          nanos[s] += System.nanoTime() - t0;
          scores[s].add(doc.text(), gold, ends.get(s));
        }
        List<Integer> ours = ends.get(0);
        if (errors > 0) {
          int textEnd = doc.text().strip().length() + leading(doc.text());
          for (int end : gold.ends()) {
            if (end < textEnd && !ours.contains(end) && missedShown < errors) {
              errorLines.add(name + " missed   " + doc.id() + " " + context(doc.text(), end)
                  + others(ends, end, true));
              missedShown++;
            }
          }
          for (int end : ours) {
            if (end < textEnd && !gold.ends().contains(end) && spuriousShown < errors) {
              errorLines.add(name + " spurious " + doc.id() + " " + context(doc.text(), end)
                  + others(ends, end, false));
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

  /** The baselines that got right a boundary the library missed or added: " [ICU4J]". */
  private static String others(List<List<Integer>> ends, int end, boolean missed) {
    StringBuilder names = new StringBuilder();
    for (int s = 1; s < SYSTEMS.length; s++) {
      if (ends.get(s).contains(end) == missed) {
        names.append(names.isEmpty() ? "" : " ").append(SYSTEMS[s]);
      }
    }
    return names.isEmpty() ? "" : "  [" + names + "]";
  }

  private static BoundaryScore[] scores() {
    BoundaryScore[] scores = new BoundaryScore[SYSTEMS.length];
    for (int s = 0; s < scores.length; s++) {
      scores[s] = new BoundaryScore();
    }
    return scores;
  }

  private static List<Integer> segment(int system, Doc doc) {
    return switch (system) {
      case 0 -> tldr4j(doc);
      case 1 -> icu(doc);
      default -> breakIterator(doc);
    };
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
    iterator.setText(doc.text());
    List<Integer> breaks = new ArrayList<>();
    for (int end = iterator.next(); end != BreakIterator.DONE; end = iterator.next()) {
      breaks.add(end);
    }
    return ends(doc.text(), breaks);
  }

  /**
   * ICU4J's sentence instance for the document's language with ICU's standard suppressions
   * ({@code ss=standard}), which keep abbreviations of ICU's list (such as {@code Mr.}) inside a
   * sentence for the languages ICU has a list for; elsewhere the keyword is ignored.
   */
  static List<Integer> icu(Doc doc) {
    ULocale locale = new ULocale(ULocale.forLanguageTag(doc.lang()).getName() + "@ss=standard");
    com.ibm.icu.text.BreakIterator iterator =
        com.ibm.icu.text.BreakIterator.getSentenceInstance(locale);
    iterator.setText(doc.text());
    List<Integer> breaks = new ArrayList<>();
    for (int end = iterator.next(); end != com.ibm.icu.text.BreakIterator.DONE;
        end = iterator.next()) {
      breaks.add(end);
    }
    return ends(doc.text(), breaks);
  }

  /** A break iterator's break offsets as sentence ends: trailing whitespace moved out. */
  private static List<Integer> ends(String text, List<Integer> breaks) {
    List<Integer> ends = new ArrayList<>(breaks.size());
    for (int end : breaks) {
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
