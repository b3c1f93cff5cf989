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

/**
 * The smallest useful embedding of tldr4j: summarizes a UTF-8 text file in at most 100 words. The
 * README shows the same code.
 *
 * <p>Usage, from the repository root after {@code ./tldr --help} (or {@code mvn package}) has
 * built the jar:
 *
 * <pre>{@code
 * java -cp examples/target/examples.jar io.github.tldr4j.examples.MinimalExample samples/harbor-bridge.txt
 * }</pre>
 */
public final class MinimalExample {

  private MinimalExample() {}

  /**
   * Prints the summary of the file named by the first argument, then its statistics, and exits
   * with the status of {@link #run}.
   *
   * @param args the path of a UTF-8 text file
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Prints the summary of a file, as a command-line tool does: bad input gives one line on {@code
   * err} and an exit status, never a stack trace.
   *
   * @param args the path of a UTF-8 text file
   * @param out where the summary goes
   * @param err where an error goes
   * @return 0 on success, 1 if the file cannot be read as UTF-8, 2 without exactly one argument
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 1) {
      err.println("usage: MinimalExample FILE");
      return 2;
    }
    String article;
    try {
      article = Files.readString(Path.of(args[0])); // UTF-8
    } catch (NoSuchFileException e) {
      err.println("MinimalExample: no such file: " + args[0]);
      return 1;
    } catch (CharacterCodingException e) {
      err.println("MinimalExample: " + args[0] + " is not valid UTF-8");
      return 1;
    } catch (IOException | InvalidPathException e) {
      err.println("MinimalExample: cannot read " + args[0] + ": " + e.getMessage());
      return 1;
    }
    Summarizer summarizer = Summarizer.builder().language("en").build(); // immutable, thread-safe
    Summary summary = summarizer.summarize(article, Budget.words(100));
    for (ScoredSentence sentence : summary.sentences()) { // document order
      out.println(sentence.text());
    }
    out.println(summary.stats().describe()); // "The original article contains ..."
    return 0;
  }
}
