package io.github.tldr4j.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tldr4j.summarizer.Budget;
import io.github.tldr4j.summarizer.scoring.Algorithm;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.OptionSpec;

final class ArgumentsTest {

  /**
   * The usual command lines are read without picocli ({@code Arguments.Given#plain}); they and
   * every other line must come out exactly as picocli's way reads them: the same arguments, or the
   * same usage error. Random lines of option names, values (some like options, numbers, names,
   * empty) and files, joined with {@code =} or not.
   */
  @Test
  void plainCommandLinesAgreeWithPicocli() {
    String[] names = {
      "--words", "--sentences", "--ratio", "--algorithm", "--lang", "--title", "--format", "--threads",
      "--timeout", "--html", "--jsonl", "--keep-going", "--help", "-h", "--", "-", "--word", "-x",
      "--bogus", "split", "extract"
    };
    String[] values = {
      "3", "0", "-1", "0.25", "1.5", "ten", " 4 ", "lsa", "LexRank", "nope", "json", "markdown",
      "text", "de", "en-US", "xx", "", "a=b", "--words", "-h", "notes.txt", "in.jsonl", "@args",
      "https://x.example/a", "-", "split"
    };
    Random random = new Random(11);
    int plain = 0;
    for (int n = 0; n < 6_000; n++) {
      List<String> line = new ArrayList<>();
      int length = random.nextInt(7);
      for (int k = 0; k < length; k++) {
        int kind = random.nextInt(10);
        String name = names[random.nextInt(names.length)];
        String value = values[random.nextInt(values.length)];
        if (kind < 5) {
          line.add(name);
          if (kind < 3) {
            line.add(value);
          }
        } else if (kind < 7) {
          line.add(name + "=" + value);
        } else {
          line.add(value);
        }
      }
      String[] args = line.toArray(String[]::new);
      if (Arguments.Given.plain(args) != null) {
        plain++;
      }
      assertEquals(outcome(() -> Arguments.parseWithPicocli(args)), outcome(() -> Arguments.parse(args)), line.toString());
    }
    assertTrue(plain > 600, "lines read without picocli: " + plain);
    for (String[] usual :
        new String[][] {
          {"--jsonl", "--sentences", "3", "--algorithm", "sumbasic", "docs.jsonl"},
          {"--words", "200", "notes.txt"},
          {"--algorithm", "lsa", "--sentences", "6", "--format", "markdown", "https://x.example/a"},
          {},
        }) {
      assertTrue(Arguments.Given.plain(usual) != null, String.join(" ", usual));
    }
  }

  /** What parsing a command line gave: the arguments, or the usage error's status and message. */
  private static String outcome(Parse parse) {
    try {
      return parse.run().toString();
    } catch (CliException e) {
      return e.exitStatus() + " " + e.getMessage();
    }
  }

  @FunctionalInterface
  private interface Parse {
    Arguments run() throws CliException;
  }

  /** The options read without picocli are the summarizing command's, with the same arity. */
  @Test
  void plainOptionsAreTheCommandsOwn() {
    Set<String> valued = new TreeSet<>();
    Set<String> flags = new TreeSet<>();
    for (OptionSpec option : TldrCommand.summarize().options()) {
      if (option.usageHelp()) {
        continue;
      }
      (option.arity().max() > 0 ? valued : flags).add(option.longestName());
    }
    assertEquals(valued, new TreeSet<>(Arguments.Given.VALUED));
    assertEquals(flags, new TreeSet<>(Arguments.Given.FLAGS));
  }

  @Test
  void defaults() throws CliException {
    Arguments a = Arguments.parse();
    assertAll(
        () -> assertEquals(Arguments.Command.SUMMARIZE, a.command()),
        () -> assertEquals(Budget.ratio(0.3), a.budget()),
        () -> assertEquals("en", a.language()),
        () -> assertEquals(Optional.empty(), a.title()),
        () -> assertEquals(OutputFormat.TEXT, a.format()),
        () -> assertFalse(a.jsonl()),
        () -> assertFalse(a.keepGoing()),
        () -> assertEquals(Runtime.getRuntime().availableProcessors(), a.threads()),
        () -> assertEquals(Optional.empty(), a.file()),
        () -> assertEquals(Algorithm.TFIDF, a.algorithm()),
        () -> assertFalse(a.html()),
        () -> assertFalse(a.url()),
        () -> assertFalse(a.languageGiven()),
        () -> assertEquals(Duration.ofSeconds(20), a.timeout()));
  }

  @Test
  void webAndAlgorithmOptionsAreParsed() throws CliException {
    Arguments page = Arguments.parse("--algorithm", "LexRank-Threshold", "--timeout=7", "--lang", "en", "HTTPS://x.example/a");
    assertAll(
        () -> assertEquals(Algorithm.LEXRANK_THRESHOLD, page.algorithm()),
        () -> assertEquals(Duration.ofSeconds(7), page.timeout()),
        () -> assertTrue(page.url()),
        () -> assertTrue(page.languageGiven()));
    assertTrue(Arguments.parse("--html", "page.html").html());
    Arguments extract = Arguments.parse("extract", "--format", "json", "saved.html");
    assertAll(
        () -> assertEquals(Arguments.Command.EXTRACT, extract.command()),
        () -> assertTrue(extract.html(), "extract always reads HTML"),
        () -> assertEquals(OutputFormat.JSON, extract.format()));
    assertEquals(Optional.of("extract"), Arguments.parse("--", "extract").file());
  }

  @Test
  void everyOptionIsParsed() throws CliException {
    Arguments a =
        Arguments.parse("--jsonl", "--lang=DE-at", "--threads", "3", "--keep-going", "--sentences=4", "in.jsonl");
    assertAll(
        () -> assertTrue(a.jsonl()),
        () -> assertEquals("de", a.language()),
        () -> assertEquals(3, a.threads()),
        () -> assertTrue(a.keepGoing()),
        () -> assertEquals(Budget.sentences(4), a.budget()),
        () -> assertEquals(Optional.of("in.jsonl"), a.file()));
  }

  @Test
  void doubleDashEndsOptions() throws CliException {
    assertEquals(Optional.of("-notes.txt"), Arguments.parse("--words", "5", "--", "-notes.txt").file());
  }

  @Test
  void dashMeansStandardInput() throws CliException {
    assertEquals(Optional.empty(), Arguments.parse("-").file());
  }

  @Test
  void splitIsSubcommandOnlyFirst() throws CliException {
    assertEquals(Arguments.Command.SPLIT, Arguments.parse("split", "x.txt").command());
    Arguments summarizeFileNamedSplit = Arguments.parse("--words", "9", "split");
    assertEquals(Arguments.Command.SUMMARIZE, summarizeFileNamedSplit.command());
    assertEquals(Optional.of("split"), summarizeFileNamedSplit.file());
  }

  @Test
  void formatIsCaseInsensitive() throws CliException {
    assertEquals(OutputFormat.MARKDOWN, Arguments.parse("--format", "Markdown").format());
    assertEquals(OutputFormat.JSON, Arguments.parse("--format=JSON").format());
  }

  @Test
  void valueMayLookLikeAnOption() throws CliException {
    assertEquals(Optional.of("--words"), Arguments.parse("--title", "--words").title());
  }

  @Test
  void usageErrorHasStatusTwo() {
    CliException e = assertThrows(CliException.class, () -> Arguments.parse("--threads", "2000", "--jsonl"));
    assertEquals(CliException.USAGE, e.exitStatus());
    assertTrue(e.getMessage().contains("1 to 1024"), e.getMessage());
  }

  // Issue 14: parsed by picocli; its defaults are tightened where they would change the meaning.

  @Test
  void fileMayStartWithAtSign() throws CliException {
    assertEquals(Optional.of("@notes.txt"), Arguments.parse("@notes.txt").file());
  }

  @Test
  void optionNamesAreNotAbbreviated() {
    CliException e = assertThrows(CliException.class, () -> Arguments.parse("--word", "5"));
    assertEquals("unknown option '--word' (try 'tldr --help')", e.getMessage());
  }

  @Test
  void splitOptionsAreCheckedLikeSummarizeOptions() throws CliException {
    Arguments a = Arguments.parse("split", "--jsonl", "--lang=fr", "--threads=2", "--keep-going", "-");
    assertAll(
        () -> assertEquals(Arguments.Command.SPLIT, a.command()),
        () -> assertTrue(a.jsonl()),
        () -> assertEquals("fr", a.language()),
        () -> assertEquals(2, a.threads()),
        () -> assertEquals(Optional.empty(), a.file()));
    CliException title = assertThrows(CliException.class, () -> Arguments.parse("split", "--title=x"));
    assertEquals("--title does not apply to 'tldr split'", title.getMessage());
    CliException twice = assertThrows(CliException.class, () -> Arguments.parse("split", "--lang", "en", "--lang", "de"));
    assertEquals("--lang given more than once", twice.getMessage());
  }
}
