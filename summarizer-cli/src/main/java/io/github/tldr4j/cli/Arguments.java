package io.github.tldr4j.cli;

import io.github.tldr4j.summarizer.Budget;
import io.github.tldr4j.summarizer.analysis.Analyzers;
import io.github.tldr4j.summarizer.scoring.Algorithm;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
 * FILE, means standard input; a FILE that starts with {@code http://} or {@code https://} is a URL
 * to fetch. {@code split} and {@code extract} are subcommands only as the first argument. Every
 * option may be given once, and only where it applies: an option that the chosen mode ignores is
 * a usage error rather than silently dropped. {@code -h} or {@code --help} anywhere before {@code
 * --} asks for the usage, even next to a bad option. Immutable.
 *
 * @param command what to do
 * @param budget the summary budget (summarize only; default {@code --ratio 0.3})
 * @param algorithm the scoring algorithm (summarize only; default {@link Algorithm#TFIDF})
 * @param language the normalized language code (default {@code en})
 * @param languageGiven whether {@code --lang} was given (else a page's own language is used)
 * @param title the headline, if given (summarize, single document only)
 * @param format the output format (summarize and extract, single document only)
 * @param html whether FILE or standard input is an HTML page (always for extract)
 * @param jsonl whether the input is JSON Lines (one document per line)
 * @param threads worker threads for JSON Lines input
 * @param keepGoing whether a bad JSON Lines line is reported in the output instead of stopping
 * @param timeout how long to wait for a fetched page's response
 * @param file the input file or URL as given, or empty for standard input
 */
record Arguments(
    Command command,
    Budget budget,
    Algorithm algorithm,
    String language,
    boolean languageGiven,
    Optional<String> title,
    OutputFormat format,
    boolean html,
    boolean jsonl,
    int threads,
    boolean keepGoing,
    Duration timeout,
    Optional<String> file) {

  /** The default budget: 30% of the words. */
  static final Budget DEFAULT_BUDGET = Budget.ratio(0.3);

  /** The largest accepted {@code --threads}. */
  static final int MAX_THREADS = 1024;

  /** The default {@code --timeout}: 20 seconds, the library's default. */
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

  /** The largest accepted {@code --timeout}, in seconds: an hour. */
  static final int MAX_TIMEOUT_SECONDS = 3600;

  /** What the command does. */
  enum Command {
    /** Summarize the input. */
    SUMMARIZE,
    /** Split the input into sentences. */
    SPLIT,
    /** Print the article of a web page. */
    EXTRACT,
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
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(file, "file");
  }

  /**
   * Returns whether the input is a web page to fetch: FILE is an {@code http} or {@code https} URL.
   *
   * @return true for a URL
   */
  boolean url() {
    return file.isPresent() && isUrl(file.get());
  }

  /**
   * Returns whether a FILE argument is a URL to fetch rather than a file name.
   *
   * @param argument FILE as given
   * @return true if it starts with {@code http://} or {@code https://}, ignoring case
   */
  static boolean isUrl(String argument) {
    String lower = argument.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  /**
   * Parses a command line.
   *
   * @param args the arguments, as given to {@code main}
   * @return the parsed arguments; {@link Command#HELP} if {@code --help} or {@code -h} appears
   *     among the options, whatever else is given
   * @throws CliException with status {@link CliException#USAGE} for an unknown option, a missing
   *     or invalid value, an option given twice or one that does not apply to the mode, more than
   *     one FILE, an unknown language or algorithm
   * @throws NullPointerException if {@code args} or an element is null
   */
  static Arguments parse(String... args) throws CliException {
    Objects.requireNonNull(args, "args");
    for (String arg : args) {
      Objects.requireNonNull(arg, "argument");
    }
    Given plain = Given.plain(args);
    return plain != null ? check(Command.SUMMARIZE, plain) : parseWithPicocli(args);
  }

  /**
   * Parses a command line as {@link #parse} does, always through picocli.
   *
   * @param args the arguments, none null
   * @return the parsed arguments
   * @throws CliException as {@link #parse} does
   */
  static Arguments parseWithPicocli(String... args) throws CliException {
    String subcommand =
        args.length > 0 && TldrCommand.SUBCOMMANDS.contains(args[0]) ? args[0] : null;
    CommandLine parser =
        TldrCommand.parser(
            subcommand == null ? TldrCommand.summarize() : TldrCommand.subcommand(subcommand));
    ParseResult parsed;
    try {
      parsed = parser.parseArgs(subcommand == null ? args : Arrays.copyOfRange(args, 1, args.length));
    } catch (ParameterException e) {
      throw usageError(e, subcommand, args);
    }
    if (parsed.isUsageHelpRequested()) {
      return help();
    }
    Command command =
        subcommand == null
            ? Command.SUMMARIZE
            : subcommand.equals(TldrCommand.SPLIT) ? Command.SPLIT : Command.EXTRACT;
    List<String> names = new ArrayList<>();
    Map<String, String> values = new HashMap<>();
    for (OptionSpec option : parsed.matchedOptions()) {
      String name = option.longestName();
      names.add(name);
      if (option.arity().max() > 0) {
        String value = parsed.matchedOptionValue(name, null);
        values.put(name, value);
      }
    }
    return check(command, new Given(names, values, parsed.matchedPositionalValue(0, List.<String>of())));
  }

  /**
   * The options and FILE arguments of a command line, as given.
   *
   * @param names the options given, by their long names, in command-line order
   * @param values the values of the options that take one, by name
   * @param files the FILE arguments
   */
  record Given(List<String> names, Map<String, String> values, List<String> files) {

    /**
     * The summarizing command's options that take a value, as {@link TldrCommand#summarize()}
     * declares them. Written out rather than read from that model: building it costs a cold JVM
     * about 60 ms, which the fast path is there to save; {@code ArgumentsTest} checks that both
     * name the same options with the same arity.
     */
    static final Set<String> VALUED =
        Set.of(
            "--words",
            "--sentences",
            "--ratio",
            "--algorithm",
            "--lang",
            "--title",
            "--format",
            "--threads",
            "--timeout");

    /** The summarizing command's flags but {@code --help}. */
    static final Set<String> FLAGS = Set.of("--html", "--jsonl", "--keep-going");

    /**
     * Reads the usual summarizing command line without picocli, whose models, converters and
     * parser cost a cold JVM 20-90 ms of interpreted code before anything else can start: long
     * options of the summarizing command, each once, as {@code --name value} or {@code
     * --name=value} (flags without a value), and FILE arguments. Anything else is left to picocli,
     * which has the messages and the rules for it: a subcommand, {@code -h}, {@code --help} or
     * {@code --} anywhere, an unknown or repeated option, a flag with a value, a missing value, a
     * value that starts with {@code -} (picocli tells an option from a value there), an empty
     * argument. {@code ArgumentsTest} checks both ways agree on random command lines.
     *
     * @param args the arguments, none null
     * @return the options and files, or null if picocli must parse the command line
     */
    static Given plain(String[] args) {
      if (args.length > 0 && TldrCommand.SUBCOMMANDS.contains(args[0])) {
        return null;
      }
      List<String> names = new ArrayList<>(args.length);
      Map<String, String> values = new HashMap<>();
      List<String> files = new ArrayList<>(1);
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        if (arg.isEmpty()) {
          return null;
        }
        if (arg.equals("-") || arg.charAt(0) != '-') {
          files.add(arg);
          continue;
        }
        int eq = arg.indexOf('=');
        String name = eq < 0 ? arg : arg.substring(0, eq);
        if (names.contains(name)) {
          return null;
        }
        if (FLAGS.contains(name) && eq < 0) {
          names.add(name);
          continue;
        }
        if (!VALUED.contains(name)) {
          return null;
        }
        String value;
        if (eq >= 0) {
          value = arg.substring(eq + 1);
        } else if (i + 1 < args.length) {
          value = args[++i];
        } else {
          return null;
        }
        if (value.startsWith("-")) {
          return null;
        }
        names.add(name);
        values.put(name, value);
      }
      return new Given(names, values, files);
    }
  }

  /** Checks and converts the options and FILE arguments of a command. */
  private static Arguments check(Command command, Given parsed) throws CliException {
    List<String> given = parsed.names();
    Map<String, String> values = parsed.values();
    List<String> files = parsed.files();
    if (files.size() > 1) {
      throw CliException.usage(
          "only one FILE may be given, got '" + files.get(0) + "' and '" + files.get(1) + "'");
    }
    // (no stream or lambda on the way to a command's first document: a cold JVM links each one)
    Optional<String> file =
        files.isEmpty() || files.get(0).equals("-") ? Optional.empty() : Optional.of(files.get(0));
    boolean url = file.isPresent() && isUrl(file.get());
    Budget budget = command == Command.SUMMARIZE ? budget(values, given) : DEFAULT_BUDGET;
    String algorithmName = values.get("--algorithm");
    Algorithm algorithm = algorithmName == null ? Algorithm.TFIDF : algorithm(algorithmName);
    String formatName = values.get("--format");
    OutputFormat format = formatName == null ? OutputFormat.TEXT : OutputFormat.parse(formatName);
    if (command == Command.EXTRACT && format == OutputFormat.MARKDOWN) {
      throw CliException.usage(
          "--format must be text or json for 'tldr extract', got '" + formatName + "'");
    }
    String languageName = values.get("--lang");
    String language = languageName == null ? "en" : language(languageName);
    String threadCount = values.get("--threads");
    Integer threads = threadCount == null ? null : positiveInt("--threads", threadCount, MAX_THREADS);
    String timeoutValue = values.get("--timeout");
    Duration timeout =
        timeoutValue == null
            ? DEFAULT_TIMEOUT
            : Duration.ofSeconds(positiveInt("--timeout", timeoutValue, MAX_TIMEOUT_SECONDS));
    boolean jsonl = given.contains("--jsonl");
    boolean html = given.contains("--html");
    String title = values.get("--title");
    if (jsonl) {
      if (title != null) {
        throw CliException.usage("--title does not apply with --jsonl; give \"title\" on each line");
      }
      if (formatName != null) {
        throw CliException.usage("--format does not apply with --jsonl; the output is JSON Lines");
      }
      if (html) {
        throw CliException.usage("--html does not apply with --jsonl; give \"html\" on each line");
      }
      if (url) {
        throw CliException.usage(
            "with --jsonl, FILE is the JSON Lines input, not a URL; give \"url\" on each line");
      }
    } else {
      for (String option : new String[] {"--threads", "--keep-going"}) {
        if (given.contains(option)) {
          throw CliException.usage(option + " only applies with --jsonl");
        }
      }
      if (timeoutValue != null && !url) {
        throw CliException.usage("--timeout only applies to a URL or with --jsonl");
      }
    }
    if (url && html) {
      throw CliException.usage("--html does not apply to a URL: a fetched page is read as HTML");
    }
    if (url && command == Command.SPLIT) {
      throw CliException.usage(
          "'tldr split' reads text, not a URL; try 'tldr extract URL | tldr split'");
    }
    return new Arguments(
        command,
        budget,
        algorithm,
        language,
        languageName != null,
        Optional.ofNullable(title),
        format,
        html || command == Command.EXTRACT,
        jsonl,
        threads == null ? Runtime.getRuntime().availableProcessors() : threads,
        given.contains("--keep-going"),
        timeout,
        file);
  }

  /** Turns picocli's complaint into the command's own one-line message. */
  private static CliException usageError(ParameterException e, String subcommand, String[] args) {
    if (e instanceof UnmatchedArgumentException) {
      String arg = ((UnmatchedArgumentException) e).getUnmatched().get(0);
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      if (subcommand != null && TldrCommand.summarize().findOption(name) != null) {
        return CliException.usage(name + " does not apply to 'tldr " + subcommand + "'");
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
        Algorithm.TFIDF,
        "en",
        false,
        Optional.empty(),
        OutputFormat.TEXT,
        false,
        false,
        1,
        false,
        DEFAULT_TIMEOUT,
        Optional.empty());
  }

  /** The budget of the options given, checking that there is at most one. */
  private static Budget budget(Map<String, String> values, List<String> given)
      throws CliException {
    List<String> budgets = new ArrayList<>(1);
    for (String option : given) {
      if (option.equals("--words") || option.equals("--sentences") || option.equals("--ratio")) {
        budgets.add(option);
      }
    }
    if (budgets.isEmpty()) {
      return DEFAULT_BUDGET;
    }
    if (budgets.size() > 1) {
      throw CliException.usage(
          "give only one budget: " + budgets.get(0) + " and " + budgets.get(1) + " were both given");
    }
    String name = budgets.get(0);
    return budget(name, values.getOrDefault(name, ""));
  }

  private static Budget budget(String name, String value) throws CliException {
    try {
      return Budget.of(name.substring(2), value); // "--words" -> "words"
    } catch (IllegalArgumentException e) {
      throw CliException.usage("--" + e.getMessage());
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
   * Looks up an {@code --algorithm} value: the names of {@link Algorithm#forName}, the one lookup
   * that {@code ./bench quality --algorithm} uses too.
   *
   * @param value the name
   * @return the algorithm
   * @throws CliException with status {@link CliException#USAGE} naming the valid names
   */
  private static Algorithm algorithm(String value) throws CliException {
    try {
      return Algorithm.forName(value);
    } catch (IllegalArgumentException e) {
      throw CliException.usage("--algorithm: " + e.getMessage());
    }
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
