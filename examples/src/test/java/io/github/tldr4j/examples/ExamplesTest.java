package io.github.tldr4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tldr4j.summarizer.Budget;
import io.github.tldr4j.summarizer.Summarizer;
import io.github.tldr4j.summarizer.Summary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The runnable examples, on the bundled sample article (the README's commands use it too). */
final class ExamplesTest {

  /** Surefire runs in the module directory; the samples live at the repository root. */
  private static final Path SAMPLE = Path.of("..", "samples", "harbor-bridge.txt");

  @Test
  void minimalExamplePrintsSummaryThenStatistics() throws IOException {
    String article = Files.readString(SAMPLE);
    Summary expected = Summarizer.builder().build().summarize(article, Budget.words(100));
    Run run = run(MinimalExample::run, SAMPLE.toString());
    assertEquals(0, run.status());
    assertEquals("", run.err());
    List<String> lines = run.out().lines().toList();
    assertTrue(expected.stats().summaryWords() <= 100);
    assertEquals(expected.stats().describe(), lines.get(lines.size() - 1));
    // A hard-wrapped sentence prints on two lines: compare with line breaks as spaces.
    assertEquals(
        expected.text().replace('\n', ' '),
        String.join(" ", lines.subList(0, lines.size() - 1)));
  }

  @Test
  void botReplyHasLeadInParagraphsAndSignOff() throws IOException {
    String article = Files.readString(SAMPLE);
    Budget budget = Budget.ratio(BotReplyExample.DEFAULT_RATIO);
    Summary summary = Summarizer.builder().build().summarize(article, budget);
    String reply = BotReplyExample.reply(article, budget);
    String[] paragraphs = reply.split("\n\n");
    assertEquals(BotReplyExample.LEAD_IN, paragraphs[0]);
    assertEquals(summary.sentences().size() + 2, paragraphs.length);
    assertEquals(
        summary.stats().describe() + " " + BotReplyExample.SIGN_OFF + "\n",
        paragraphs[paragraphs.length - 1]);
    assertTrue(summary.stats().savedPercent() >= 100 - 35, summary.stats().describe());
  }

  /** An example's entry point without {@code System.exit}. */
  @FunctionalInterface
  interface Main {
    int run(String[] args, PrintStream out, PrintStream err);
  }

  private record Run(int status, String out, String err) {}

  private static Run run(Main main, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Stream<Arguments> badInput() throws IOException {
    Path latin1 = Files.createTempFile("latin1", ".txt");
    Files.write(latin1, new byte[] {'c', 'a', 'f', (byte) 0xE9, '.'});
    latin1.toFile().deleteOnExit();
    String sample = SAMPLE.toString();
    Main minimal = MinimalExample::run;
    Main bot = BotReplyExample::run;
    return Stream.of(
        Arguments.of(minimal, new String[] {}, 2, "usage: MinimalExample FILE"),
        Arguments.of(minimal, new String[] {"a.txt", "b.txt"}, 2, "usage: MinimalExample FILE"),
        Arguments.of(minimal, new String[] {"no-such-file.txt"}, 1, "MinimalExample: no such file: no-such-file.txt"),
        Arguments.of(minimal, new String[] {latin1.toString()}, 1, "MinimalExample: " + latin1 + " is not valid UTF-8"),
        Arguments.of(bot, new String[] {}, 2, "usage: BotReplyExample ARTICLE [RATIO]"),
        Arguments.of(bot, new String[] {sample, "1.5"}, 2, "BotReplyExample: RATIO must be a number greater than 0 and at most 1, got '1.5'"),
        Arguments.of(bot, new String[] {sample, "half"}, 2, "BotReplyExample: RATIO must be a number greater than 0 and at most 1, got 'half'"),
        Arguments.of(bot, new String[] {sample, "0"}, 2, "BotReplyExample: RATIO must be a number greater than 0 and at most 1, got '0'"),
        Arguments.of(bot, new String[] {"no-such-file.txt"}, 1, "BotReplyExample: no such file: no-such-file.txt"));
  }

  /** Issue 16, item 7: examples are copied, so they handle bad input as the CLI does. */
  @ParameterizedTest
  @MethodSource("badInput")
  void badInputGivesOneLineAndExitStatus(Main main, String[] args, int status, String message) {
    Run run = run(main, args);
    assertEquals(status, run.status());
    assertEquals("", run.out());
    assertEquals(message + "\n", run.err());
  }

  @Test
  void botReplyAcceptsRatioArgument() {
    Run run = run(BotReplyExample::run, SAMPLE.toString(), "0.5");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith(BotReplyExample.LEAD_IN + "\n\n"), run.out());
  }
}
