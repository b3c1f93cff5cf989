package io.github.tldr4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tldr4j.summarizer.analysis.Analyzers;
import io.github.tldr4j.summarizer.scoring.Algorithm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The help text, the man page, the completion script and the README's option table all list
 * exactly the options the parser accepts (issue 14: one model, so they cannot drift apart).
 */
final class DocsTest {

  private static final Pattern OPTION = Pattern.compile("--[a-z][a-z-]*");

  /** Every long option of tldr and its subcommands, from the parser's model. */
  private static Set<String> parserOptions() {
    Set<String> names = new TreeSet<>();
    CommandLine full = TldrCommand.full();
    Stream.concat(Stream.of(full), full.getSubcommands().values().stream())
        .flatMap(c -> c.getCommandSpec().options().stream())
        .map(OptionSpec::longestName)
        .forEach(names::add);
    return names;
  }

  @Test
  void helpManPageAndCompletionNameEveryOption() {
    String help = Arguments.usage();
    String man = Docs.manPage();
    String completion = Docs.completion();
    for (String option : parserOptions()) {
      assertTrue(help.contains(option), option + " missing from --help");
      assertTrue(man.contains("\\fB" + Docs.escape(option) + "\\fR"), option + " missing from the man page");
      assertTrue(completion.contains(option), option + " missing from the completion script");
    }
    for (String subcommand : TldrCommand.SUBCOMMANDS) {
      assertTrue(completion.contains(subcommand), subcommand + " missing from the completion script");
      assertTrue(help.contains("\n  " + subcommand + " "), subcommand + " missing from --help");
    }
    for (Algorithm algorithm : Algorithm.values()) {
      assertTrue(completion.contains(algorithm.id()), algorithm.id() + " missing from --algorithm completion");
      assertTrue(help.contains(algorithm.id()), algorithm.id() + " missing from --help");
    }
    for (String language : Analyzers.supportedLanguages()) {
      assertTrue(completion.contains(language), language + " missing from --lang completion");
    }
  }

  @Test
  void readmeOptionTableListsExactlyTheParsersOptions() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("### Options");
    int end = readme.indexOf("\n### ", start + 1);
    Set<String> documented = new TreeSet<>();
    for (String line : readme.substring(start, end).split("\n")) {
      if (line.startsWith("| `-")) {
        Matcher m = OPTION.matcher(line.substring(0, line.indexOf(" |", 2)));
        while (m.find()) {
          documented.add(m.group());
        }
      }
    }
    assertEquals(parserOptions(), documented);
  }

  @Test
  void mainWritesBothFilesIdenticallyEachTime(@TempDir Path dir) throws IOException {
    Docs.main(new String[] {dir.resolve("a").toString()});
    Docs.main(new String[] {dir.resolve("b").toString()});
    for (String file : new String[] {Docs.COMPLETION, Docs.MAN_PAGE}) {
      String first = Files.readString(dir.resolve("a").resolve(file));
      assertEquals(first, Files.readString(dir.resolve("b").resolve(file)), file);
      assertTrue(first.length() > 500, file);
    }
    assertTrue(Files.readString(dir.resolve("a").resolve(Docs.MAN_PAGE)).startsWith(".TH TLDR 1 "));
  }

  @Test
  void troffEscapesHyphensBackslashesAndLeadingDots() {
    assertEquals("\\-\\-words", Docs.escape("--words"));
    assertEquals("a\\eb", Docs.escape("a\\b"));
    assertEquals("\\&.hidden", Docs.escape(".hidden"));
  }
}
