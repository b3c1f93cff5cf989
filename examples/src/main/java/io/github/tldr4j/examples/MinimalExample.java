package io.github.tldr4j.examples;

import io.github.tldr4j.summarizer.Budget;
import io.github.tldr4j.summarizer.ScoredSentence;
import io.github.tldr4j.summarizer.Summarizer;
import io.github.tldr4j.summarizer.Summary;
import java.io.IOException;
import java.nio.file.Files;
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
   * Prints the summary of the file named by the first argument, then its statistics.
   *
   * @param args the path of a UTF-8 text file
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    String article = Files.readString(Path.of(args[0]));
    Summarizer summarizer = Summarizer.builder().language("en").build(); // immutable, thread-safe
    Summary summary = summarizer.summarize(article, Budget.words(100));
    for (ScoredSentence sentence : summary.sentences()) { // document order
      System.out.println(sentence.text());
    }
    System.out.println(summary.stats().describe()); // "The original article contains ..."
  }
}
