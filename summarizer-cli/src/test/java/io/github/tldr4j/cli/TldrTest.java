package io.github.tldr4j.cli;

import static io.github.tldr4j.cli.Cli.ARTICLE;
import static io.github.tldr4j.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tldr4j.summarizer.text.Words;
import io.github.tldr4j.summarizer.Budget;
import io.github.tldr4j.summarizer.Summarizer;
import io.github.tldr4j.summarizer.Summary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The single-document command, {@code split} and {@code --help}, run in-process. */
final class TldrTest {

  private static final Summarizer ENGLISH = Summarizer.builder().language("en").build();

  @TempDir Path dir;

  /**
   * What the start-up thread warms before the command line is parsed: Lucene's sizes for a
   * summary, the English segmenter unless the command names a language or extracts a page.
   */
  @ParameterizedTest
  @MethodSource("warmUps")
  void warmUpFollowsTheCommandLine(List<String> args, boolean analysis, boolean english) {
    String[] line = args.toArray(String[]::new);
    assertEquals(analysis, Tldr.warmsAnalysis(line), "analysis " + args);
    assertEquals(english, Tldr.warmsEnglish(line), "English " + args);
  }

  /** The class the start-up thread initializes is on the class path (else the warm-up does nothing). */
  @Test
  void warmUpClassExists() throws ClassNotFoundException {
    assertEquals(Tldr.LUCENE_SIZES, Class.forName(Tldr.LUCENE_SIZES, false, Tldr.class.getClassLoader()).getName());
  }

  static Stream<Arguments> warmUps() {
    return Stream.of(
        Arguments.of(List.of(), true, true),
        Arguments.of(List.of("--jsonl", "--sentences", "3", "docs.jsonl"), true, true),
        Arguments.of(List.of("--lang", "de", "notes.txt"), true, false),
        Arguments.of(List.of("--lang=fr", "--words", "50"), true, false),
        Arguments.of(List.of("split", "notes.txt"), false, true),
        Arguments.of(List.of("split", "--lang", "ja"), false, false),
        Arguments.of(List.of("extract", "page.html"), false, false),
        Arguments.of(List.of("--help"), false, false),
        Arguments.of(List.of("--words", "50", "-h", "notes.txt"), false, false),
        Arguments.of(List.of("split", "--help"), false, false),
        Arguments.of(List.of("--", "--help"), true, true),
        Arguments.of(List.of("--title", "Help", "--helpful.txt"), true, true),
        Arguments.of(List.of("notes.txt", "split"), true, true));
  }

  @Test
  void textFormatPrintsSentencesBlankLineAndStatistics() {
    Cli.Result r = run(ARTICLE, "--sentences", "3");
    Summary expected = ENGLISH.summarize(ARTICLE, Budget.sentences(3));
    List<String> lines = r.lines();
    assertAll(
        () -> assertEquals(0, r.status()),
        () -> assertEquals("", r.err()),
        () -> assertEquals(3 + 2, lines.size()),
        () -> assertEquals("", lines.get(3)),
        () -> assertEquals(expected.stats().describe(), lines.get(4)));
    for (int i = 0; i < 3; i++) {
      assertEquals(Words.oneLine(expected.sentences().get(i).text()), lines.get(i));
    }
  }

  @Test
  void textFormatPutsHardWrappedSentenceOnOneLine() {
    Cli.Result r = run("Four turbines under the bridge\nmake  power\tfrom the tide.", "--ratio", "1");
    assertEquals("Four turbines under the bridge make power from the tide.", r.lines().get(0));
  }

  @Test
  void markdownFormatWritesBotReply() {
    Cli.Result r = run(ARTICLE, "--format", "markdown", "--sentences", "2");
    Summary expected = ENGLISH.summarize(ARTICLE, Budget.sentences(2));
    String want =
        OutputFormat.LEAD_IN
            + "\n\n"
            + Words.oneLine(expected.sentences().get(0).text())
            + "\n\n"
            + Words.oneLine(expected.sentences().get(1).text())
            + "\n\n"
            + expected.stats().describe()
            + "\n";
    assertEquals(0, r.status());
    assertEquals(want, r.out());
  }

  @Test
  void jsonFormatWritesSummaryIndicesAndStats() {
    Cli.Result r = run(ARTICLE, "--format=json", "--words", "40");
    Summary expected = ENGLISH.summarize(ARTICLE, Budget.words(40));
    JsonNode json = r.json().get(0);
    assertEquals(1, r.lines().size());
    assertEquals(expected.sentences().size(), json.get("summary").size());
    for (int i = 0; i < expected.sentences().size(); i++) {
      assertEquals(Words.oneLine(expected.sentences().get(i).text()), json.get("summary").get(i).asText());
      assertEquals(expected.sentences().get(i).index(), json.get("indices").get(i).asInt());
    }
    JsonNode stats = json.get("stats");
    assertAll(
        () -> assertEquals(expected.stats().originalWords(), stats.get("originalWords").asInt()),
        () -> assertEquals(expected.stats().originalSentences(), stats.get("originalSentences").asInt()),
        () -> assertEquals(expected.stats().originalCharacters(), stats.get("originalCharacters").asInt()),
        () -> assertEquals(expected.stats().summaryWords(), stats.get("summaryWords").asInt()),
        () -> assertEquals(expected.stats().summarySentences(), stats.get("summarySentences").asInt()),
        () -> assertEquals(expected.stats().saved(), stats.get("saved").asDouble()),
        () -> assertEquals(expected.stats().savedPercent(), stats.get("savedPercent").asInt()));
  }

  static Stream<Arguments> budgets() {
    return Stream.of(
        Arguments.of(new String[] {"--words", "25"}, Budget.words(25)),
        Arguments.of(new String[] {"--words=60"}, Budget.words(60)),
        Arguments.of(new String[] {"--sentences", "2"}, Budget.sentences(2)),
        Arguments.of(new String[] {"--ratio", "0.5"}, Budget.ratio(0.5)),
        Arguments.of(new String[] {"--ratio", ".25"}, Budget.ratio(0.25)),
        Arguments.of(new String[] {"--ratio", "1"}, Budget.ratio(1)),
        // issue 16, item 7: an exponent is a decimal too
        Arguments.of(new String[] {"--ratio", "1e-1"}, Budget.ratio(0.1)),
        Arguments.of(new String[] {"--ratio=2.5E-1"}, Budget.ratio(0.25)),
        // the default
        Arguments.of(new String[] {}, Budget.ratio(0.3)));
  }

  @ParameterizedTest
  @MethodSource("budgets")
  void budgetOptionSelectsLibraryBudget(String[] budget, Budget expected) {
    String[] args = Stream.concat(Stream.of(budget), Stream.of("--format", "json")).toArray(String[]::new);
    Cli.Result r = run(ARTICLE, args);
    Summary summary = ENGLISH.summarize(ARTICLE, expected);
    assertEquals(0, r.status(), r.err());
    assertEquals(OutputFormat.JSON.render(summary, Locale.ENGLISH), r.out());
  }

  @Test
  void fileAndStandardInputGiveSameOutput() throws IOException {
    Path file = Files.writeString(dir.resolve("article.txt"), ARTICLE);
    Cli.Result fromFile = run("", "--words", "50", file.toString());
    Cli.Result fromStdin = run(ARTICLE, "--words", "50");
    Cli.Result fromDash = run(ARTICLE, "--words", "50", "-");
    assertEquals(0, fromFile.status());
    assertEquals(fromStdin.out(), fromFile.out());
    assertEquals(fromStdin.out(), fromDash.out());
  }

  @Test
  void titleInformsScoring() {
    Cli.Result r = run(ARTICLE, "--title", "Turbines make power", "--sentences", "1", "--format", "json");
    Summary expected =
        ENGLISH.summarize(
            io.github.tldr4j.summarizer.Document.of("Turbines make power", ARTICLE), Budget.sentences(1));
    assertEquals(OutputFormat.JSON.render(expected, Locale.ENGLISH), r.out());
  }

  @Test
  void languageOptionIsAccepted() {
    Cli.Result r = run("Die Brücke ist offen. Sie wurde am Freitag eröffnet.", "--lang", "de-DE", "--ratio", "1");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("Brücke"));
  }

  // issue 15: the statistics sentence and the Markdown lead-in speak the --lang language
  @Test
  void textAndMarkdownSpeakTheLanguageOfLang() {
    String text = "Die neue Fähre fährt ab Montag stündlich. Sie hat Platz für zwölf Fahrräder.";
    assertEquals(
        "Die neue Fähre fährt ab Montag stündlich.\nSie hat Platz für zwölf Fahrräder.\n\n"
            + "Der ursprüngliche Artikel enthält 13 Wörter, die Zusammenfassung enthält 13 Wörter."
            + " Eingespart: 0\u00a0%.\n",
        run(text, "--lang", "de", "--ratio", "1").out());
    String markdown = run(text, "--lang", "DE", "--format", "markdown", "--ratio", "1").out();
    assertTrue(
        markdown.startsWith("Das ist die beste Zusammenfassung, die mir gelungen ist:\n\n"), markdown);
    assertTrue(markdown.endsWith(" Eingespart: 0\u00a0%.\n"), markdown);
    String french = run("Le pont ouvre lundi. Il a coûté cher.", "--lang", "fr", "--sentences", "1").out();
    assertTrue(french.endsWith(", le résumé contient 4 mots. Soit 50\u00a0% de mots en moins.\n"), french);
  }

  @Test
  void languageWithoutWordingKeepsEnglishStatistics() {
    Cli.Result r = run("Bron är öppen. Den byggdes på fem år.", "--lang", "sv", "--format", "markdown", "--ratio", "1");
    assertTrue(r.out().startsWith(OutputFormat.LEAD_IN + "\n\n"), r.out());
    assertTrue(r.out().endsWith("The original article contains 8 words, the summary contains 8 words. Saved 0%.\n"), r.out());
  }

  @Test
  void emptyInputGivesStatisticsOnly() {
    Cli.Result r = run(" \n\t ");
    assertEquals(0, r.status());
    assertEquals(
        "The original article contains 0 words, the summary contains 0 words. Saved 0%.\n", r.out());
  }

  @Test
  void byteOrderMarkIsDropped() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "Hello there.".getBytes(StandardCharsets.UTF_8);
    byte[] input = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, input, 0, bom.length);
    System.arraycopy(text, 0, input, bom.length, text.length);
    assertEquals(List.of("Hello there."), run(input, "split").lines());
  }

  /** Issue 12: a language without data of its own is split with the generic rules. */
  @Test
  void splitAcceptsAnyIso6391Language() {
    Cli.Result r = run("Prišli sme neskoro. Večera bola studená.", "split", "--lang", "sk");
    assertEquals(0, r.status(), r.err());
    assertEquals(List.of("Prišli sme neskoro.", "Večera bola studená."), r.lines());
    Cli.Result summary = run("Prišli sme neskoro. Večera bola studená.", "--lang", "sk", "--sentences", "1");
    assertEquals(0, summary.status(), summary.err());
  }

  @Test
  void splitPrintsOneSentencePerLine() {
    Cli.Result r = run("First sentence here.\nIt wraps\nacross lines. Third one!", "split");
    assertEquals(0, r.status());
    List<String> expected =
        io.github.tldr4j.summarizer.text.SentenceSegmenter.forLanguage("en")
            .segment("First sentence here.\nIt wraps\nacross lines. Third one!")
            .stream()
            .map(s -> Words.oneLine(s.text()))
            .toList();
    assertEquals(expected, r.lines());
    assertTrue(r.lines().stream().noneMatch(String::isEmpty));
    assertTrue(r.out().contains("It wraps across lines."));
  }

  @Test
  void helpGoesToStandardOutput() {
    Cli.Result r = run("", "--help");
    assertEquals(0, r.status());
    assertEquals("", r.err());
    assertTrue(r.out().startsWith("Usage: tldr"));
    assertEquals(r.out(), run("", "split", "-h").out());
  }

  static Stream<Arguments> helpAmongOtherArguments() {
    return Stream.of(
        Arguments.of((Object) new String[] {"--help", "--bogus"}),
        Arguments.of((Object) new String[] {"--bogus", "--help"}),
        Arguments.of((Object) new String[] {"--words", "0", "-h"}),
        Arguments.of((Object) new String[] {"--jsonl", "--title", "t", "--help"}),
        Arguments.of((Object) new String[] {"split", "--words", "5", "--help"}),
        Arguments.of((Object) new String[] {"a.txt", "b.txt", "-h"}));
  }

  /** Issue 16, item 7: one rule, wherever it is: -h or --help before -- shows the usage. */
  @ParameterizedTest
  @MethodSource("helpAmongOtherArguments")
  void helpWinsOverEveryOtherArgument(String[] args) {
    Cli.Result r = run("", args);
    assertEquals(0, r.status(), r.err());
    assertEquals("", r.err());
    assertEquals(run("", "--help").out(), r.out());
  }

  @Test
  void helpAfterDoubleDashIsAFile() {
    Cli.Result r = run("", "--", "--help");
    assertEquals(1, r.status());
    assertEquals("tldr: no such file: --help\n", r.err());
  }

  static Stream<Arguments> userErrors() {
    return Stream.of(
        // usage errors: 2
        Arguments.of(new String[] {"--words", "0"}, 2, "--words"),
        Arguments.of(new String[] {"--words", "-1"}, 2, "--words"),
        Arguments.of(new String[] {"--words", "ten"}, 2, "'ten'"),
        Arguments.of(new String[] {"--words"}, 2, "needs a value"),
        Arguments.of(new String[] {"--sentences", "0"}, 2, "--sentences"),
        Arguments.of(new String[] {"--sentences", "-1"}, 2, "--sentences"),
        Arguments.of(new String[] {"--sentences", "1.5"}, 2, "--sentences"),
        Arguments.of(new String[] {"--ratio", "0"}, 2, "--ratio"),
        Arguments.of(new String[] {"--ratio", "-1"}, 2, "--ratio"),
        Arguments.of(new String[] {"--ratio", "1.01"}, 2, "--ratio"),
        Arguments.of(new String[] {"--ratio", "NaN"}, 2, "--ratio"),
        Arguments.of(new String[] {"--ratio", "half"}, 2, "--ratio"),
        Arguments.of(new String[] {"--ratio", "1e1"}, 2, "--ratio"),
        Arguments.of(new String[] {"--ratio", "1e"}, 2, "--ratio"),
        Arguments.of(new String[] {"--ratio", "0x1p-1"}, 2, "--ratio"),
        Arguments.of(new String[] {"--ratio", "0.5d"}, 2, "--ratio"),
        Arguments.of(new String[] {"--ratio", "Infinity"}, 2, "--ratio"),
        Arguments.of(new String[] {"--words", "5", "--ratio", "0.5"}, 2, "one budget"),
        Arguments.of(new String[] {"--lang", "en", "--lang", "de"}, 2, "more than once"),
        Arguments.of(new String[] {"--frobnicate"}, 2, "unknown option '--frobnicate'"),
        Arguments.of(new String[] {"--jsonl=yes"}, 2, "does not take a value"),
        Arguments.of(new String[] {"--format", "html"}, 2, "--format"),
        Arguments.of(new String[] {"--lang", "xx"}, 2, "unsupported language: 'xx'"),
        Arguments.of(new String[] {"split", "--lang", "xx"}, 2, "unsupported language"),
        Arguments.of(new String[] {"split", "--words", "5"}, 2, "does not apply"),
        Arguments.of(new String[] {"--threads", "2"}, 2, "only applies with --jsonl"),
        Arguments.of(new String[] {"--keep-going"}, 2, "only applies with --jsonl"),
        Arguments.of(new String[] {"--jsonl", "--threads", "0"}, 2, "--threads"),
        Arguments.of(new String[] {"--jsonl", "--title", "t"}, 2, "--title"),
        Arguments.of(new String[] {"--jsonl", "--format", "json"}, 2, "--format"),
        Arguments.of(new String[] {"a.txt", "b.txt"}, 2, "only one FILE"),
        // bad input: 1
        Arguments.of(new String[] {"no-such-file.txt"}, 1, "no such file: no-such-file.txt"),
        Arguments.of(new String[] {"--jsonl", "no-such-file.jsonl"}, 1, "no such file"),
        Arguments.of(new String[] {"split", "no-such-file.txt"}, 1, "no such file"));
  }

  @ParameterizedTest
  @MethodSource("userErrors")
  void userErrorGivesOneLineAndExitStatus(String[] args, int status, String message) {
    Cli.Result r = run(ARTICLE, args);
    assertEquals(status, r.status(), r.err());
    assertEquals("", r.out());
    r.assertOneErrorLine();
    assertTrue(r.err().contains(message), r.err());
  }

  @Test
  void directoryIsBadInput() {
    Cli.Result r = run("", dir.toString());
    assertEquals(1, r.status());
    r.assertOneErrorLine();
    assertTrue(r.err().contains("is a directory"), r.err());
  }

  @Test
  void invalidUtf8IsBadInputNamingTheOffset() throws IOException {
    Path file = Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '.'});
    Cli.Result fromFile = run("", file.toString());
    Cli.Result fromStdin = run(new byte[] {'o', 'k', (byte) 0xC3});
    assertAll(
        () -> assertEquals(1, fromFile.status()),
        () -> assertEquals(1, fromStdin.status()),
        () -> assertEquals("", fromFile.out()),
        () -> assertTrue(fromFile.err().contains("latin1.txt is not valid UTF-8"), fromFile.err()),
        () -> assertTrue(fromFile.err().contains("byte offset 3"), fromFile.err()),
        () -> assertTrue(fromStdin.err().contains("standard input is not valid UTF-8"), fromStdin.err()));
    fromFile.assertOneErrorLine();
    fromStdin.assertOneErrorLine();
  }

  @Test
  void unreadableFileIsBadInput() throws IOException {
    Path file = Files.writeString(dir.resolve("secret.txt"), "text");
    assertTrue(file.toFile().setReadable(false));
    Assumptions.assumeFalse(Files.isReadable(file), "permissions are not enforced for this user (root)");
    Cli.Result r = run("", file.toString());
    assertEquals(1, r.status());
    r.assertOneErrorLine();
    assertFalse(r.err().isEmpty());
  }
}
