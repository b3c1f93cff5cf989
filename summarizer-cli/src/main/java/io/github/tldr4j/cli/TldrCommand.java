package io.github.tldr4j.cli;

import io.github.tldr4j.summarizer.analysis.Analyzers;
import io.github.tldr4j.summarizer.scoring.Algorithm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The command line of {@code tldr} as picocli sees it: every option, its value label, its help
 * text and its completion candidates, declared once. {@link Arguments} parses with it and checks
 * the values; {@code --help}, the man page and the shell completion ({@link Docs}) are rendered
 * from it, so they cannot disagree with the parser.
 *
 * <p>The model is built with picocli's programmatic API rather than annotations: the annotation
 * scan (reflection and one proxy class per annotation type) cost about 60 ms of CPU at each
 * start, a tenth of a short {@code tldr} run.
 *
 * <p>To add an option: add an {@link #option} or {@link #flag} line to {@link #summarize()}
 * (summarize only), {@link #split()} or {@link #extract()} (that subcommand only) or {@link
 * #addCommon} (all three), then read and check its value in {@link Arguments#parse}. To add a
 * subcommand: write a method like {@link #split()} that calls {@link #addCommon}, and register it
 * in {@link #SUBCOMMANDS} and {@link #subcommand(String)}.
 * Options are listed in the order they are added. Values are strings; {@link Arguments} converts
 * them and owns every message.
 */
final class TldrCommand {

  /** The name of the command, for the usage, the man page and the completion script. */
  static final String NAME = "tldr";

  /** The name of the subcommand that splits into sentences. */
  static final String SPLIT = "split";

  /** The name of the subcommand that prints the article of a web page. */
  static final String EXTRACT = "extract";

  /** The subcommands, in the order the help lists them. */
  static final List<String> SUBCOMMANDS = List.of(SPLIT, EXTRACT);

  private TldrCommand() {}

  /**
   * The {@code tldr} command that summarizes, without subcommands (see {@link #full()}).
   *
   * @return a new model
   */
  static CommandSpec summarize() {
    CommandSpec spec = CommandSpec.create().name(NAME);
    UsageMessageSpec usage = usage(spec);
    usage.customSynopsis(
        "tldr [--words N | --sentences N | --ratio R] [--algorithm NAME] [--lang CODE]",
        "            [--title TEXT] [--format text|markdown|json] [--html] [FILE]",
        "       tldr [options as above] [--timeout S] URL",
        "       tldr --jsonl [--words N | --sentences N | --ratio R] [--algorithm NAME]",
        "            [--lang CODE] [--threads N] [--keep-going] [--timeout S] [FILE]",
        "       tldr split [--lang CODE] [--jsonl [--threads N] [--keep-going]] [FILE]",
        "       tldr extract [--format text|json] [--timeout S] [FILE | URL]",
        "       tldr extract --jsonl [--threads N] [--keep-going] [--timeout S] [FILE]",
        "");
    usage.description(
        "Summarizes a UTF-8 text: picks its most important sentences, in document order.",
        "Reads FILE, or standard input when FILE is missing or '-'; with --html, an HTML",
        "page in any charset. A URL (http:// or https://) is fetched and its article is",
        "summarized: tldr fetches from any address, including localhost and private",
        "networks, since it runs for the machine's own user. 'tldr extract' prints the",
        "article of a page.",
        "");
    usage.exitCodeListHeading("%nExit status:%n");
    Map<String, String> exitStatus = new LinkedHashMap<>();
    exitStatus.put("0", "success");
    exitStatus.put(
        "1",
        "bad input: a missing or unreadable FILE, invalid UTF-8, a bad JSON Lines line, a page"
            + " that cannot be fetched or read (HTTP error, timeout, not HTML), a failure writing"
            + " the output");
    exitStatus.put(
        "2",
        "usage error: an unknown option, a missing or invalid value, two budgets, an option that"
            + " does not apply, more than one FILE");
    usage.exitCodeList(exitStatus);
    usage.footerHeading("%n");
    usage.footer("-h or --help anywhere before -- shows this help, even next to a wrong option.");
    spec.addOption(option("--words", "N", "at most N words; give at most one budget (default --ratio 0.3)"));
    spec.addOption(option("--sentences", "N", "at most N sentences"));
    spec.addOption(option("--ratio", "R", "at most R times the original words but at least one sentence, 0 < R <= 1 (default 0.3)"));
    List<String> algorithms = new ArrayList<>();
    for (Algorithm algorithm : Algorithm.values()) {
      algorithms.add(algorithm.id());
    }
    spec.addOption(
        OptionSpec.builder("--algorithm")
            .paramLabel("NAME")
            .type(String.class)
            .completionCandidates(algorithms)
            .description(
                "how sentences are scored (default tfidf): ${COMPLETION-CANDIDATES}; with --jsonl"
                    + " a line's \"algorithm\" overrides it")
            .build());
    addLanguage(spec);
    spec.addOption(option("--title", "TEXT", "headline; sentences sharing its words score higher"));
    spec.addOption(
        OptionSpec.builder("--format")
            .paramLabel("F")
            .type(String.class)
            .completionCandidates(List.of("text", "markdown", "json"))
            .description(
                "text (default): one sentence a line, a blank line, the statistics;",
                "markdown: a reply as the AutoTL;DR bot writes it",
                "(the statistics and the reply's first line are in the --lang language for de en es"
                    + " fr it nl pt ru, else in English);",
                "json: {\"summary\", \"indices\", \"stats\"}",
                "(for a page, markdown starts with its title and link, json adds \"title\" and"
                    + " \"url\")")
            .build());
    spec.addOption(flag("--html", "read FILE or standard input as an HTML page and summarize its article"));
    addCommon(spec);
    return spec;
  }

  /**
   * The {@code extract} subcommand.
   *
   * @return a new model
   */
  static CommandSpec extract() {
    CommandSpec spec = CommandSpec.create().name(EXTRACT);
    usage(spec)
        .description(
            "Prints the article of a web page: a URL, or FILE or standard input read as HTML. With"
                + " --jsonl, {\"id\", \"html\"[, \"url\"]} or {\"id\", \"url\"} per line gives"
                + " {\"id\", \"title\", \"text\", \"paragraphs\", \"language\", \"url\","
                + " \"byline\", \"published\"}.");
    spec.addOption(
        OptionSpec.builder("--format")
            .paramLabel("F")
            .type(String.class)
            .completionCandidates(List.of("text", "json"))
            .description(
                "text (default): the title, then the paragraphs, separated by blank lines;",
                "json: {\"title\", \"text\", \"paragraphs\", \"language\", \"url\", \"byline\","
                    + " \"published\"}")
            .build());
    addCommon(spec);
    return spec;
  }

  /**
   * The model of a subcommand.
   *
   * @param name one of {@link #SUBCOMMANDS}
   * @return a new model
   */
  static CommandSpec subcommand(String name) {
    return name.equals(EXTRACT) ? extract() : split();
  }

  /**
   * The {@code split} subcommand.
   *
   * @return a new model
   */
  static CommandSpec split() {
    CommandSpec spec = CommandSpec.create().name(SPLIT);
    usage(spec)
        .description(
            "Splits the text into sentences and prints one a line. With --jsonl, {\"id\", \"text\"[,"
                + " \"lang\"]} per line gives {\"id\", \"sentences\"}.");
    addLanguage(spec);
    addCommon(spec);
    return spec;
  }

  private static UsageMessageSpec usage(CommandSpec spec) {
    return spec.usageMessage()
        .width(80)
        .synopsisHeading("Usage: ")
        .parameterListHeading("Arguments:%n")
        .optionListHeading("%nOptions:%n")
        .commandListHeading("%nCommands:%n")
        .sortOptions(false);
  }

  private static void addLanguage(CommandSpec spec) {
    spec.addOption(
        OptionSpec.builder("--lang")
            .paramLabel("CODE")
            .type(String.class)
            .completionCandidates(() -> Analyzers.supportedLanguages().iterator()) // read when shown
            .description(
                "language of the text (default en): any ISO 639-1 code (case-insensitive; a"
                    + " region such as en-US is ignored); stop words and stemming for"
                    + " ${COMPLETION-CANDIDATES}")
            .build());
  }

  /** The options that summarizing, splitting and extracting share, and FILE. */
  private static void addCommon(CommandSpec spec) {
    spec.addOption(
        flag(
            "--jsonl",
            "JSON Lines in and out: {\"id\", \"text\"[, \"title\"][, \"language\"][,"
                + " \"algorithm\"]} per line gives {\"id\", \"summary\", \"indices\", \"stats\"} (split:"
                + " {\"id\", \"sentences\"}), in input order; instead of \"text\", a line may give"
                + " \"html\" (with an optional \"url\", the page's address) or only \"url\" (fetched),"
                + " and its output line gets the page's \"title\" and \"url\" before \"summary\""));
    spec.addOption(option("--threads", "N", "worker threads for --jsonl, 1 to 1024 (default: the number of processors)"));
    spec.addOption(
        flag(
            "--keep-going",
            "with --jsonl, write {\"id\", \"error\"} for a bad line and go on (default: stop at"
                + " the first bad line)"));
    if (!spec.name().equals(SPLIT)) {
      spec.addOption(
          option(
              "--timeout",
              "S",
              "seconds to wait for a fetched page's whole response, 1 to 3600 (default 20); with"
                  + " --jsonl, at most 8 pages are fetched at once"));
    }
    spec.addOption(
        OptionSpec.builder("-h", "--help").usageHelp(true).description("show this help").build());
    spec.addPositional(
        PositionalParamSpec.builder()
            .arity("0..*")
            .paramLabel(spec.name().equals(SPLIT) ? "[FILE]" : "[FILE | URL]")
            .hideParamSyntax(true)
            .type(List.class)
            .auxiliaryTypes(String.class)
            .description(
                spec.name().equals(SPLIT)
                    ? "the UTF-8 text to read; standard input when missing or '-'"
                    : "the UTF-8 text (HTML with --html" + (spec.name().equals(EXTRACT) ? ", always for extract" : "")
                        + ") to read, standard input when missing or '-'; or an http(s) URL to fetch")
            .build());
  }

  /**
   * An option that takes a value, kept as a string.
   *
   * @param name the option, {@code --name}
   * @param label what the value is, for the help ({@code N}, {@code CODE})
   * @param description one line of help; picocli wraps it
   * @return the option
   */
  static OptionSpec option(String name, String label, String description) {
    return OptionSpec.builder(name).paramLabel(label).type(String.class).description(description).build();
  }

  /**
   * An option without a value; {@code --name=value} is a usage error.
   *
   * @param name the option, {@code --name}
   * @param description one line of help
   * @return the option
   */
  static OptionSpec flag(String name, String description) {
    return OptionSpec.builder(name).arity("0").type(boolean.class).description(description).build();
  }

  /**
   * A parser for one command; picocli's defaults are tightened so that the command line means
   * what it says: no {@code @file} expansion (a FILE may start with {@code @}), no abbreviated
   * option names, an option given twice is an error, and an option's value may look like an
   * option ({@code --title --words}).
   *
   * @param spec a fresh model from {@link #summarize()} or {@link #subcommand(String)}
   * @return the parser
   */
  static CommandLine parser(CommandSpec spec) {
    CommandLine line = new CommandLine(spec);
    line.setExpandAtFiles(false);
    line.setAbbreviatedOptionsAllowed(false);
    line.setOverwrittenOptionsAllowed(false);
    line.setAllowOptionsAsOptionParameters(true);
    return line;
  }

  /**
   * The whole command, {@code tldr} with its subcommands, for the help text, the man page and the
   * completion script. Parsing goes through {@link #parser} with one command instead, since a
   * subcommand is one only as the first argument.
   *
   * @return the command line
   */
  static CommandLine full() {
    CommandLine full = parser(summarize());
    for (String name : SUBCOMMANDS) {
      full.addSubcommand(name, parser(subcommand(name)));
    }
    return full;
  }
}
