package io.github.tldr4j.cli;

import io.github.tldr4j.summarizer.Budget;
import io.github.tldr4j.summarizer.analysis.Analyzers;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The parsed command line of {@code tldr}.
 *
 * <p>Options take their value as the next argument or after {@code =} ({@code --words 100} or
 * {@code --words=100}); {@code --} ends the options; {@code -} as FILE, or no FILE, means standard
 * input. {@code split} is a subcommand only as the first argument. Every option may be given once,
 * and only where it applies: an option that the chosen mode ignores is a usage error rather than
 * silently dropped. Immutable.
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

  private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]*)?|\\.[0-9]+");

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
   *     among the options
   * @throws CliException with status {@link CliException#USAGE} for an unknown option, a missing
   *     or invalid value, an option given twice or one that does not apply to the mode, more than
   *     one FILE, or an unknown language
   * @throws NullPointerException if {@code args} or an element is null
   */
  static Arguments parse(String... args) throws CliException {
    Objects.requireNonNull(args, "args");
    Command command = Command.SUMMARIZE;
    int i = 0;
    if (args.length > 0 && "split".equals(args[0])) {
      command = Command.SPLIT;
      i = 1;
    }
    Set<String> seen = new HashSet<>();
    Budget budget = null;
    String budgetOption = null;
    String language = "en";
    String title = null;
    OutputFormat format = OutputFormat.TEXT;
    boolean jsonl = false;
    Integer threads = null;
    boolean keepGoing = false;
    String file = null;
    boolean optionsEnded = false;
    for (; i < args.length; i++) {
      String arg = Objects.requireNonNull(args[i], "argument");
      if (optionsEnded || arg.equals("-") || !arg.startsWith("-")) {
        if (file != null) {
          throw CliException.usage("only one FILE may be given, got '" + file + "' and '" + arg + "'");
        }
        file = arg;
        continue;
      }
      if (arg.equals("--")) {
        optionsEnded = true;
        continue;
      }
      String name = arg;
      String inlineValue = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        inlineValue = arg.substring(eq + 1);
      }
      if (name.equals("--help") || name.equals("-h")) {
        return help();
      }
      if (!isKnown(name)) {
        throw CliException.usage("unknown option '" + arg + "' (try 'tldr --help')");
      }
      if (!seen.add(name)) {
        throw CliException.usage(name + " given more than once");
      }
      if (!takesValue(name)) {
        if (inlineValue != null) {
          throw CliException.usage(name + " does not take a value");
        }
        if (name.equals("--jsonl")) {
          jsonl = true;
        } else {
          keepGoing = true;
        }
        continue;
      }
      String value = inlineValue;
      if (value == null) {
        if (i + 1 >= args.length) {
          throw CliException.usage(name + " needs a value");
        }
        value = args[++i];
      }
      switch (name) {
        case "--words":
        case "--sentences":
        case "--ratio":
          if (budgetOption != null) {
            throw CliException.usage(
                "give only one budget: " + budgetOption + " and " + name + " were both given");
          }
          budgetOption = name;
          budget = budget(name, value);
          break;
        case "--lang":
          language = language(value);
          break;
        case "--title":
          title = value;
          break;
        case "--format":
          format = OutputFormat.parse(value);
          break;
        default: // --threads
          threads = positiveInt(name, value, MAX_THREADS);
          break;
      }
    }
    if (command == Command.SPLIT) {
      for (String option : new String[] {"--words", "--sentences", "--ratio", "--title", "--format"}) {
        if (seen.contains(option)) {
          throw CliException.usage(option + " does not apply to 'tldr split'");
        }
      }
    }
    if (jsonl) {
      if (title != null) {
        throw CliException.usage("--title does not apply with --jsonl; give \"title\" on each line");
      }
      if (seen.contains("--format")) {
        throw CliException.usage("--format does not apply with --jsonl; the output is JSON Lines");
      }
    } else {
      for (String option : new String[] {"--threads", "--keep-going"}) {
        if (seen.contains(option)) {
          throw CliException.usage(option + " only applies with --jsonl");
        }
      }
    }
    return new Arguments(
        command,
        budget == null ? DEFAULT_BUDGET : budget,
        language,
        Optional.ofNullable(title),
        format,
        jsonl,
        threads == null ? Runtime.getRuntime().availableProcessors() : threads,
        keepGoing,
        Optional.ofNullable(file).filter(f -> !f.equals("-")));
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

  private static boolean isKnown(String name) {
    return takesValue(name) || name.equals("--jsonl") || name.equals("--keep-going");
  }

  private static boolean takesValue(String name) {
    switch (name) {
      case "--words":
      case "--sentences":
      case "--ratio":
      case "--lang":
      case "--title":
      case "--format":
      case "--threads":
        return true;
      default:
        return false;
    }
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
   * Returns the text that {@code --help} prints.
   *
   * @return the usage text, ending with a newline
   */
  static String usage() {
    return String.join(
        "\n",
        "Usage: tldr [--words N | --sentences N | --ratio R] [--lang CODE] [--title TEXT]",
        "            [--format text|markdown|json] [FILE]",
        "       tldr --jsonl [--words N | --sentences N | --ratio R] [--lang CODE]",
        "            [--threads N] [--keep-going] [FILE]",
        "       tldr split [--lang CODE] [--jsonl [--threads N] [--keep-going]] [FILE]",
        "",
        "Summarizes a UTF-8 text: picks its most important sentences, in document order.",
        "Reads FILE, or standard input when FILE is missing or '-'.",
        "",
        "Budget (default --ratio 0.3):",
        "  --words N         at most N words",
        "  --sentences N     at most N sentences",
        "  --ratio R         at most R times the original words, 0 < R <= 1",
        "Options:",
        "  --lang CODE       language of the text (default en): any ISO 639-1 code;",
        "                    stop words and stemming for",
        wrap(String.join(" ", Analyzers.supportedLanguages()), 60, "                    "),
        "  --title TEXT      headline; sentences sharing its words score higher",
        "  --format F        text (default): one sentence a line, a blank line, the statistics",
        "                    markdown: a reply as the AutoTL;DR bot writes it",
        "                    (the statistics and the reply's first line are in the --lang",
        "                    language for de en es fr it nl pt ru, else in English)",
        "                    json: {\"summary\", \"indices\", \"stats\"}",
        "  --jsonl           JSON Lines in and out: {\"id\", \"text\"[, \"title\"][, \"language\"]}",
        "                    per line gives {\"id\", \"summary\", \"indices\", \"stats\"}, in input order",
        "  --threads N       worker threads for --jsonl (default: number of processors, here "
            + Runtime.getRuntime().availableProcessors()
            + ")",
        "  --keep-going      with --jsonl, write {\"id\", \"error\"} for a bad line and go on",
        "                    (default: stop at the first bad line)",
        "  -h, --help        show this help",
        "",
        "split prints one sentence a line; with --jsonl, {\"id\", \"text\"[, \"lang\"]} per line",
        "gives {\"id\", \"sentences\"}.",
        "",
        "Exit status: 0 success, 1 bad input, 2 usage error.",
        "");
  }

  private static String wrap(String words, int width, String indent) {
    StringBuilder out = new StringBuilder(indent);
    int lineLength = 0;
    for (String word : words.split(" ")) {
      if (lineLength > 0 && lineLength + 1 + word.length() > width) {
        out.append('\n').append(indent);
        lineLength = 0;
      } else if (lineLength > 0) {
        out.append(' ');
        lineLength++;
      }
      out.append(word);
      lineLength += word.length();
    }
    return out.toString();
  }
}
