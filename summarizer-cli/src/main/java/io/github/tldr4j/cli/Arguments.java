package io.github.tldr4j.cli;

import io.github.tldr4j.summarizer.Budget;
import io.github.tldr4j.summarizer.analysis.Analyzers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The parsed command line of {@code tldr}.
 *
 * <p>Picocli parses ({@link TldrCommand} declares the options); this class checks the values and
 * owns every message. Options take their value as the next argument or after {@code =} ({@code
 * --words 100} or {@code --words=100}); {@code --} ends the options; {@code -} as FILE, or no
 * FILE, means standard input. {@code split} is a subcommand only as the first argument. Every
 * option may be given once, and only where it applies: an option that the chosen mode ignores is
 * a usage error rather than silently dropped. {@code -h} or {@code --help} anywhere before {@code
 * --} asks for the usage, even next to a bad option. Immutable.
 *
 * @param command what to do
 * @param budget the summary budget (summarize only; default {@code --ratio 0.3})
 * @param language the normalized language code (default {@code en})
 * @param title the headline, if given (summarize, single document only)
 * @param format the output format (summarize, single document only)
 * @param jsonl whether the input is JSON Lines (one document per line)
 * @param threads worker threads for JSON Lines input
 * @param keepGoing whether a bad JSON Lines line is reported in the output instead of stopping
 * @param file the input file as given, or empty for standard input
 */
record Arguments(
    Command command,
    Budget budget,
    String language,
    Optional<String> title,
    OutputFormat format,
    boolean jsonl,
    int threads,
    boolean keepGoing,
    Optional<String> file) {

  /** The default budget: 30% of the words. */
  static final Budget DEFAULT_BUDGET = Budget.ratio(0.3);

  /** The largest accepted {@code --threads}. */
  static final int MAX_THREADS = 1024;

  /** A plain decimal number, with an optional exponent: {@code 0.25}, {@code .5}, {@code 1e-1}. */
  private static final Pattern DECIMAL =
      Pattern.compile("([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");

  /** What the command does. */
  enum Command {
    /** Summarize the input. */
    SUMMARIZE,
    /** Split the input into sentences. */
    SPLIT,
    /** Print the usage text. */
    HELP
  }

  /**
   * Validates and normalizes the components.
   *
   * @throws NullPointerException if a reference component is null
   */
  Arguments {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(file, "file");
  }

  /**
   * Parses a command line.
   *
   * @param args the arguments, as given to {@code main}
   * @return the parsed arguments; {@link Command#HELP} if {@code --help} or {@code -h} appears
   *     among the options, whatever else is given
   * @throws CliException with status {@link CliException#USAGE} for an unknown option, a missing
   *     or invalid value, an option given twice or one that does not apply to the mode, more than
   *     one FILE, or an unknown language
   * @throws NullPointerException if {@code args} or an element is null
   */
  static Arguments parse(String... args) throws CliException {
    Objects.requireNonNull(args, "args");
    for (String arg : args) {
      Objects.requireNonNull(arg, "argument");
    }
    boolean split = args.length > 0 && TldrCommand.SPLIT.equals(args[0]);
    CommandLine parser = TldrCommand.parser(split ? TldrCommand.split() : TldrCommand.summarize());
    ParseResult parsed;
    try {
      parsed = parser.parseArgs(split ? Arrays.copyOfRange(args, 1, args.length) : args);
    } catch (ParameterException e) {
      throw usageError(e, split, args);
    }
    if (parsed.isUsageHelpRequested()) {
      return help();
    }
    List<String> given = new ArrayList<>();
    for (OptionSpec option : parsed.matchedOptions()) {
      given.add(option.longestName());
    }
    List<String> files = parsed.matchedPositionalValue(0, List.<String>of());
    if (files.size() > 1) {
      throw CliException.usage(
          "only one FILE may be given, got '" + files.get(0) + "' and '" + files.get(1) + "'");
    }
    Budget budget = split ? DEFAULT_BUDGET : budget(parsed, given);
    String formatName = parsed.matchedOptionValue("--format", null);
    OutputFormat format = formatName == null ? OutputFormat.TEXT : OutputFormat.parse(formatName);
    String languageName = parsed.matchedOptionValue("--lang", null);
    String language = languageName == null ? "en" : language(languageName);
    String threadCount = parsed.matchedOptionValue("--threads", null);
    Integer threads = threadCount == null ? null : positiveInt("--threads", threadCount, MAX_THREADS);
    boolean jsonl = given.contains("--jsonl");
    String title = parsed.matchedOptionValue("--title", null);
    if (jsonl) {
      if (title != null) {
        throw CliException.usage("--title does not apply with --jsonl; give \"title\" on each line");
      }
      if (formatName != null) {
        throw CliException.usage("--format does not apply with --jsonl; the output is JSON Lines");
      }
    } else {
      for (String option : new String[] {"--threads", "--keep-going"}) {
        if (given.contains(option)) {
          throw CliException.usage(option + " only applies with --jsonl");
        }
      }
    }
    return new Arguments(
        split ? Command.SPLIT : Command.SUMMARIZE,
        budget,
        language,
        Optional.ofNullable(title),
        format,
        jsonl,
        threads == null ? Runtime.getRuntime().availableProcessors() : threads,
        given.contains("--keep-going"),
        files.stream().findFirst().filter(f -> !f.equals("-")));
  }

  /** Turns picocli's complaint into the command's own one-line message. */
  private static CliException usageError(ParameterException e, boolean split, String[] args) {
    if (e instanceof UnmatchedArgumentException) {
      String arg = ((UnmatchedArgumentException) e).getUnmatched().get(0);
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      if (split && TldrCommand.summarize().findOption(name) != null) {
        return CliException.usage(name + " does not apply to 'tldr split'");
      }
      return CliException.usage("unknown option '" + arg + "' (try 'tldr --help')");
    }
    String name = e.getArgSpec() instanceof OptionSpec ? ((OptionSpec) e.getArgSpec()).longestName() : "";
    if (e instanceof MissingParameterException) {
      List<ArgSpec> missing = ((MissingParameterException) e).getMissing();
      if (!missing.isEmpty() && missing.get(0) instanceof OptionSpec) {
        name = ((OptionSpec) missing.get(0)).longestName();
      }
      return CliException.usage(name + " needs a value");
    }
    if (e instanceof OverwrittenOptionException) {
      ArgSpec twice = ((OverwrittenOptionException) e).getOverwritten();
      return CliException.usage(
          (twice instanceof OptionSpec ? ((OptionSpec) twice).longestName() : name) + " given more than once");
    }
    if (e instanceof MaxValuesExceededException) {
      // picocli names no option here: find the flag given as --flag=value
      for (String arg : args) {
        int eq = arg.indexOf('=');
        OptionSpec flag = eq > 0 ? e.getCommandLine().getCommandSpec().findOption(arg.substring(0, eq)) : null;
        if (flag != null && flag.arity().max() == 0) {
          return CliException.usage(arg.substring(0, eq) + " does not take a value");
        }
      }
    }
    return CliException.usage(e.getMessage());
  }

  private static Arguments help() {
    return new Arguments(
        Command.HELP,
        DEFAULT_BUDGET,
        "en",
        Optional.empty(),
        OutputFormat.TEXT,
        false,
        1,
        false,
        Optional.empty());
  }

  /** The budget of the options given, checking that there is at most one. */
  private static Budget budget(ParseResult parsed, List<String> given) throws CliException {
    List<String> budgets =
        given.stream().filter(o -> List.of("--words", "--sentences", "--ratio").contains(o)).toList();
    if (budgets.isEmpty()) {
      return DEFAULT_BUDGET;
    }
    if (budgets.size() > 1) {
      throw CliException.usage(
          "give only one budget: " + budgets.get(0) + " and " + budgets.get(1) + " were both given");
    }
    String name = budgets.get(0);
    return budget(name, parsed.matchedOptionValue(name, ""));
  }

  private static Budget budget(String name, String value) throws CliException {
    switch (name) {
      case "--words":
        return Budget.words(positiveInt(name, value, Integer.MAX_VALUE));
      case "--sentences":
        return Budget.sentences(positiveInt(name, value, Integer.MAX_VALUE));
      default:
        double ratio = DECIMAL.matcher(value).matches() ? Double.parseDouble(value) : Double.NaN;
        if (!(ratio > 0.0 && ratio <= 1.0)) {
          throw CliException.usage(
              "--ratio must be a number greater than 0 and at most 1, got '" + value + "'");
        }
        return Budget.ratio(ratio);
    }
  }

  private static int positiveInt(String name, String value, int max) throws CliException {
    int n;
    try {
      n = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      n = -1;
    }
    if (n < 1 || n > max) {
      String range = max == Integer.MAX_VALUE ? "a positive whole number" : "a whole number from 1 to " + max;
      throw CliException.usage(name + " must be " + range + ", got '" + value + "'");
    }
    return n;
  }

  /**
   * Normalizes a language code given on the command line.
   *
   * @param value the code
   * @return the normalized code
   * @throws CliException with status {@link CliException#USAGE} if the language is not supported
   */
  private static String language(String value) throws CliException {
    try {
      return Analyzers.normalize(value);
    } catch (IllegalArgumentException e) {
      throw CliException.usage(e.getMessage());
    }
  }

  /**
   * Returns the text that {@code --help} prints, rendered by picocli from {@link TldrCommand}.
   *
   * @return the usage text, ending with a newline
   */
  static String usage() {
    String usage = TldrCommand.full().getUsageMessage(CommandLine.Help.Ansi.OFF);
    return usage.endsWith("\n") ? usage : usage + "\n";
  }
}
