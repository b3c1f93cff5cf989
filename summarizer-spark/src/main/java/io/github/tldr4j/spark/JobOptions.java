package io.github.tldr4j.spark;

import io.github.tldr4j.summarizer.Budget;
import io.github.tldr4j.summarizer.analysis.Analyzers;
import io.github.tldr4j.summarizer.scoring.Algorithm;
import java.util.Locale;
import java.util.Optional;

/**
 * The command line of {@link SummarizeJob}, parsed and checked.
 *
 * @param input the input path (a file or a folder, any Hadoop file system URI)
 * @param inputFormat {@code jsonl} or {@code parquet}
 * @param output the output folder
 * @param outputFormat {@code jsonl} or {@code parquet}
 * @param budgetUnit {@code words}, {@code sentences} or {@code ratio}
 * @param budgetSize the budget's size
 * @param language the normalized language of rows without one
 * @param algorithm the scoring algorithm's name
 * @param master the Spark master, if given
 * @param overwrite whether an existing output folder is replaced
 * @param help whether the usage was asked for
 */
record JobOptions(
    String input,
    String inputFormat,
    String output,
    String outputFormat,
    String budgetUnit,
    double budgetSize,
    String language,
    String algorithm,
    Optional<String> master,
    boolean overwrite,
    boolean help) {

  /** A usage error: the message is printed with the usage hint, and the exit status is 2. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  static String usage() {
    return String.join(
        "\n",
        "Usage: tldr-spark --input IN --output OUT [--format jsonl|parquet]",
        "                  [--input-format jsonl|parquet] [--words N | --sentences N | --ratio R]",
        "                  [--lang CODE] [--algorithm NAME] [--master URL] [--overwrite]",
        "",
        "Summarizes every document of IN on Apache Spark and writes OUT, a folder of part files.",
        "",
        "  --input IN            JSON Lines ({\"id\", \"text\"[, \"title\"][, \"language\" or \"lang\"]}",
        "                        per line) or Parquet with those columns; a file or a folder",
        "  --input-format F      jsonl or parquet; default: parquet if IN ends in .parquet, else jsonl",
        "  --output OUT          the output folder; it must not exist unless --overwrite",
        "  --format F            jsonl (default) or parquet: {\"id\", \"summary\", \"indices\", \"stats\"}",
        "                        per document as tldr --jsonl writes it, or {\"id\", \"error\"} for a",
        "                        bad one (null text, unsupported language, malformed JSON line)",
        "  --words N             at most N words per summary (N >= 1)",
        "  --sentences N         at most N sentences per summary (N >= 1)",
        "  --ratio R             at most floor(R x words) words, 0 < R <= 1 (default 0.3)",
        "  --lang CODE           language of documents without one (default en)",
        "  --algorithm NAME      sentence scoring: " + Algorithm.names() + " (default tfidf)",
        "  --master URL          the Spark master; default: spark-submit's, else local[*]",
        "  --overwrite           replace OUT if it exists",
        "  -h, --help            print this help",
        "",
        "Exit status: 0 when every document was written (bad documents are written with an",
        "error), 1 if the job failed, 2 for a usage error.",
        "");
  }

  /**
   * Parses a command line.
   *
   * @param args the arguments, as {@code --name value} or {@code --name=value}
   * @return the options
   * @throws UsageException for an unknown option, a missing or invalid value, two budgets, or a
   *     missing {@code --input} or {@code --output}
   */
  static JobOptions parse(String[] args) throws UsageException {
    String input = null;
    String inputFormat = null;
    String output = null;
    String outputFormat = "jsonl";
    String unit = null;
    double size = 0.3;
    String language = Budgets.DEFAULT_LANGUAGE;
    String algorithm = Algorithm.TFIDF.id();
    String master = null;
    boolean overwrite = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("-h") || arg.equals("--help")) {
        return new JobOptions(
            null, null, null, null, "ratio", 0.3, language, algorithm, Optional.empty(), false, true);
      }
      if (arg.equals("--overwrite")) {
        overwrite = true;
        continue;
      }
      String name = arg;
      String value;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        value = null;
      }
      switch (name) {
        case "--input":
          input = nonEmpty(name, value);
          break;
        case "--output":
          output = nonEmpty(name, value);
          break;
        case "--input-format":
          inputFormat = format(name, value);
          break;
        case "--format":
          outputFormat = format(name, value);
          break;
        case "--words":
        case "--sentences":
        case "--ratio":
          if (unit != null) {
            throw new UsageException("give at most one of --words, --sentences and --ratio");
          }
          unit = name.substring(2);
          size = budgetSize(name, unit, value);
          break;
        case "--lang":
          try {
            language = Analyzers.normalize(nonEmpty(name, value));
          } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
          }
          break;
        case "--algorithm":
          try {
            algorithm = Algorithm.forName(nonEmpty(name, value)).id();
          } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
          }
          break;
        case "--master":
          master = nonEmpty(name, value);
          break;
        default:
          throw new UsageException("unknown option '" + arg + "'");
      }
    }
    if (input == null) {
      throw new UsageException("--input is required");
    }
    if (output == null) {
      throw new UsageException("--output is required");
    }
    if (inputFormat == null) {
      inputFormat = stripSlashes(input).toLowerCase(Locale.ROOT).endsWith(".parquet") ? "parquet" : "jsonl";
    }
    return new JobOptions(
        input,
        inputFormat,
        output,
        outputFormat,
        unit == null ? "ratio" : unit,
        size,
        language,
        algorithm,
        Optional.ofNullable(master),
        overwrite,
        false);
  }

  private static String stripSlashes(String path) {
    String p = path;
    while (p.endsWith("/") && p.length() > 1) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }

  private static String nonEmpty(String name, String value) throws UsageException {
    if (value == null || value.isEmpty()) {
      throw new UsageException(name + " needs a value");
    }
    return value;
  }

  private static String format(String name, String value) throws UsageException {
    String f = nonEmpty(name, value).toLowerCase(Locale.ROOT);
    if (!f.equals("jsonl") && !f.equals("parquet")) {
      throw new UsageException(name + " must be jsonl or parquet, got '" + value + "'");
    }
    return f;
  }

  private static double budgetSize(String name, String unit, String value) throws UsageException {
    String v = nonEmpty(name, value);
    try {
      Budget.of(unit, v);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--" + e.getMessage());
    }
    return Double.parseDouble(v); // a valid budget is a valid Java number
  }
}
