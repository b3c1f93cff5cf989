package io.github.tldr4j.cli;

import io.github.tldr4j.summarizer.analysis.Analyzers;
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
 * (summarize only), {@link #split()} (split only) or {@link #addCommon} (both), then read and check
 * its value in {@link Arguments#parse}. To add a subcommand: write a method like {@link #split()}
 * that calls {@link #addCommon}, and register it in {@link #full()} and in {@link Arguments#parse}.
 * Options are listed in the order they are added. Values are strings; {@link Arguments} converts
 * them and owns every message.
 */
final class TldrCommand {

  /** The name of the command, for the usage, the man page and the completion script. */
  static final String NAME = "tldr";

  /** The name of the subcommand that splits into sentences. */
  static final String SPLIT = "split";

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
        "tldr [--words N | --sentences N | --ratio R] [--lang CODE] [--title TEXT]",
        "            [--format text|markdown|json] [FILE]",
        "       tldr --jsonl [--words N | --sentences N | --ratio R] [--lang CODE]",
        "            [--threads N] [--keep-going] [FILE]",
        "       tldr split [--lang CODE] [--jsonl [--threads N] [--keep-going]] [FILE]",
        "");
    usage.description(
        "Summarizes a UTF-8 text: picks its most important sentences, in document order.",
        "Reads FILE, or standard input when FILE is missing or '-'.",
        "");
    usage.exitCodeListHeading("%nExit status:%n");
    Map<String, String> exitStatus = new LinkedHashMap<>();
    exitStatus.put("0", "success");
    exitStatus.put(
        "1",
        "bad input: a missing or unreadable FILE, invalid UTF-8, a bad JSON Lines line, a failure"
            + " writing the output");
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
                "json: {\"summary\", \"indices\", \"stats\"}")
            .build());
    addCommon(spec);
    return spec;
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

  /** The options after {@code --lang} that summarizing and splitting share, and FILE. */
  private static void addCommon(CommandSpec spec) {
    spec.addOption(
        flag(
            "--jsonl",
            "JSON Lines in and out: {\"id\", \"text\"[, \"title\"][, \"language\"]} per line gives"
                + " {\"id\", \"summary\", \"indices\", \"stats\"} (split: {\"id\", \"sentences\"}), in"
                + " input order"));
    spec.addOption(option("--threads", "N", "worker threads for --jsonl, 1 to 1024 (default: the number of processors)"));
    spec.addOption(
        flag(
            "--keep-going",
            "with --jsonl, write {\"id\", \"error\"} for a bad line and go on (default: stop at"
                + " the first bad line)"));
    spec.addOption(
        OptionSpec.builder("-h", "--help").usageHelp(true).description("show this help").build());
    spec.addPositional(
        PositionalParamSpec.builder()
            .arity("0..*")
            .paramLabel("[FILE]")
            .hideParamSyntax(true)
            .type(List.class)
            .auxiliaryTypes(String.class)
            .description("the UTF-8 text to read; standard input when missing or '-'")
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
   * @param spec a fresh model from {@link #summarize()} or {@link #split()}
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
   * The whole command, {@code tldr} with its {@code split} subcommand, for the help text, the man
   * page and the completion script. Parsing goes through {@link #parser} with one command instead,
   * since {@code split} is a subcommand only as the first argument.
   *
   * @return the command line
   */
  static CommandLine full() {
    return parser(summarize()).addSubcommand(SPLIT, parser(split()));
  }
}
