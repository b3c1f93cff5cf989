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
import org.junit.jupiter.api.Test;

/** The runnable examples, on the bundled sample article (the README's commands use it too). */
final class ExamplesTest {

  /** Surefire runs in the module directory; the samples live at the repository root. */
  private static final Path SAMPLE = Path.of("..", "samples", "harbor-bridge.txt");

  @Test
  void minimalExamplePrintsSummaryThenStatistics() throws IOException {
    String article = Files.readString(SAMPLE);
    Summary expected = Summarizer.builder().build().summarize(article, Budget.words(100));
    PrintStream saved = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      MinimalExample.main(new String[] {SAMPLE.toString()});
    } finally {
      System.setOut(saved);
    }
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
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
}
