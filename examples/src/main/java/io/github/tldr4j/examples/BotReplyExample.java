package io.github.tldr4j.examples;

import io.github.tldr4j.summarizer.Budget;
import io.github.tldr4j.summarizer.ScoredSentence;
import io.github.tldr4j.summarizer.Summarizer;
import io.github.tldr4j.summarizer.Summary;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes the reply the AutoTL;DR bot posts under a news link, in Markdown: a lead-in line, the
 * summary sentences as paragraphs, and the statistics with the bot's sign-off.
 *
 * <pre>{@code
 * This is the best summary I could come up with:
 *
 * MOSCOW/BEIJING, Oct 15 (Reuters) - Russian President Vladimir Putin will meet ...
 *
 * Putin will attend the Belt and Road Forum in Beijing on Oct. 17-18, ...
 *
 * The original article contains 629 words, the summary contains 215 words. Saved 66%. I'm a bot and I'm open source!
 * }</pre>
 *
 * <p>Usage, from the repository root once the jar is built (for example by {@code ./tldr --help}):
 *
 * <pre>{@code
 * java -cp examples/target/examples.jar io.github.tldr4j.examples.BotReplyExample samples/harbor-bridge.txt
 * java -cp examples/target/examples.jar io.github.tldr4j.examples.BotReplyExample article.txt 0.5
 * }</pre>
 *
 * <p>The budget defaults to {@link #DEFAULT_RATIO} of the article's words: the bot's replies keep
 * about a third (215 of 629 words, saving 66%, in the reply this example imitates). A word
 * budget that scales with the article keeps short articles short and long ones readable. An
 * optional second argument sets another ratio. The {@code ./tldr --format markdown} command
 * writes the same reply without the sign-off.
 */
public final class BotReplyExample {

  /** The share of the article's words a reply keeps by default. */
  public static final double DEFAULT_RATIO = 0.35;

  /** The bot's first line. */
  static final String LEAD_IN = "This is the best summary I could come up with:";

  /** The bot's last words, after the statistics. */
  static final String SIGN_OFF = "I'm a bot and I'm open source!";

  private static final Summarizer SUMMARIZER = Summarizer.builder().language("en").build();

  private BotReplyExample() {}

  /**
   * Prints the reply for an article file and exits with the status of {@link #run}.
   *
   * @param args the path of a UTF-8 article, and optionally a ratio in (0, 1]
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Prints the reply for an article file, as a command-line tool does: bad input gives one line
   * on {@code err} and an exit status, never a stack trace.
   *
   * @param args the path of a UTF-8 article, and optionally a ratio in (0, 1]
   * @param out where the reply goes
   * @param err where an error goes
   * @return 0 on success, 1 if the file cannot be read as UTF-8, 2 for a wrong command line
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length < 1 || args.length > 2) {
      err.println("usage: BotReplyExample ARTICLE [RATIO]");
      return 2;
    }
    Budget budget;
    try {
      budget = Budget.ratio(args.length == 2 ? Double.parseDouble(args[1]) : DEFAULT_RATIO);
    } catch (IllegalArgumentException e) { // not a number, or outside (0, 1]
      err.println("BotReplyExample: RATIO must be a number greater than 0 and at most 1, got '" + args[1] + "'");
      return 2;
    }
    String article;
    try {
      article = Files.readString(Path.of(args[0])); // UTF-8
    } catch (NoSuchFileException e) {
      err.println("BotReplyExample: no such file: " + args[0]);
      return 1;
    } catch (CharacterCodingException e) {
      err.println("BotReplyExample: " + args[0] + " is not valid UTF-8");
      return 1;
    } catch (IOException | InvalidPathException e) {
      err.println("BotReplyExample: cannot read " + args[0] + ": " + e.getMessage());
      return 1;
    }
    out.print(reply(article, budget));
    return 0;
  }

  /**
   * Formats the bot's reply for an article.
   *
   * @param article the article text
   * @param budget how much of it to keep
   * @return the Markdown reply, ending with a line break
   * @throws NullPointerException if an argument is null
   */
  static String reply(String article, Budget budget) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(budget, "budget");
    Summary summary = SUMMARIZER.summarize(article, budget);
    StringBuilder reply = new StringBuilder(LEAD_IN).append("\n\n");
    for (ScoredSentence sentence : summary.sentences()) {
      // A hard-wrapped sentence would break the paragraph in Markdown: join its lines.
      reply.append(sentence.text().strip().replaceAll("\\s+", " ")).append("\n\n");
    }
    return reply.append(summary.stats().describe()).append(' ').append(SIGN_OFF).append('\n').toString();
  }
}
