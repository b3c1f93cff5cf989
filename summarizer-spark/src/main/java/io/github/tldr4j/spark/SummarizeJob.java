package io.github.tldr4j.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.github.tldr4j.summarizer.text.Words;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/**
 * The batch job: summarizes every document of a JSON Lines or Parquet input with {@link
 * TldrSummarizer} and writes the summaries as JSON Lines or Parquet, a folder of part files.
 *
 * <pre>{@code
 * ./tldr-spark --input articles.jsonl --output summaries --words 75          # local, every core
 * spark-submit --class io.github.tldr4j.spark.SummarizeJob summarizer-spark/target/tldr-spark.jar \
 *     --input s3a://bucket/articles.parquet --output s3a://bucket/summaries --format parquet --words 75
 * }</pre>
 *
 * <p>Input rows are {@code {"id", "text"[, "title"][, "language" or "lang"]}}, as for {@code tldr
 * --jsonl}; other fields are ignored. Each output row is the line {@code tldr --jsonl} writes for
 * the document, {@code {"id", "summary", "indices", "stats"}}, or {@code {"id", "error"}} for a bad
 * one (a null text, an unsupported language, a malformed JSON line): bad rows never fail the job.
 * Run with {@code --help} for the options. Exit status: 0 when the output was written, 1 if the
 * job failed, 2 for a usage error.
 *
 * @since 0.1
 */
public final class SummarizeJob {

  private static final String CORRUPT = "_corrupt_record";
  private static final String LANGUAGE = "__tldr_language";

  /** The JSON Lines input: every field read as a string (a numeric id keeps its digits). */
  static final StructType JSONL_INPUT =
      new StructType()
          .add("id", DataTypes.StringType)
          .add("text", DataTypes.StringType)
          .add("title", DataTypes.StringType)
          .add("language", DataTypes.StringType)
          .add("lang", DataTypes.StringType)
          .add(CORRUPT, DataTypes.StringType);

  private SummarizeJob() {}

  /**
   * Runs the job and exits with its status.
   *
   * @param args the command line; {@code --help} prints the options
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err, null));
  }

  /**
   * Runs the job.
   *
   * @param args the command line
   * @param out where the usage goes
   * @param err where the report and errors go, each line starting with {@code tldr-spark: }
   * @param session the session to run in, or null to start one (and stop it at the end)
   * @return the exit status: 0 on success, 1 if the job failed, 2 for a usage error
   */
  static int run(String[] args, PrintStream out, PrintStream err, SparkSession session) {
    Objects.requireNonNull(args, "args");
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (JobOptions.UsageException e) {
      err.println("tldr-spark: " + e.getMessage() + " (--help for the usage)");
      return 2;
    }
    if (options.help()) {
      out.print(JobOptions.usage());
      out.flush();
      return 0;
    }
    long started = System.nanoTime();
    SparkSession spark = session == null ? start(options) : session;
    try {
      long ready = System.nanoTime();
      LongAccumulator documents = spark.sparkContext().longAccumulator("tldr documents");
      LongAccumulator errors = spark.sparkContext().longAccumulator("tldr errors");
      Dataset<Row> result = summarize(spark, options, documents, errors);
      DataFrameWriter<Row> writer =
          result.write().mode(options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
      if (options.outputFormat().equals("parquet")) {
        writer.parquet(options.output());
      } else {
        writer.json(options.output());
      }
      long done = System.nanoTime();
      double seconds = (done - ready) / 1e9;
      err.printf(
          Locale.ROOT,
          "tldr-spark: %d documents (%d with an error) written to %s in %.1f s, %.0f documents/s"
              + " (Spark started in %.1f s)%n",
          documents.value(),
          errors.value(),
          options.output(),
          seconds,
          documents.value() / Math.max(seconds, 1e-9),
          (ready - started) / 1e9);
      return 0;
    } catch (Exception e) { // Scala code throws checked exceptions undeclared
      if (e instanceof IllegalArgumentException || e instanceof AnalysisException) {
        // a bad input path or column, an existing output: the message says which
        err.println("tldr-spark: " + oneLine(e.getMessage()));
      } else {
        err.println("tldr-spark: the job failed: " + oneLine(String.valueOf(e)));
      }
      return 1;
    } finally {
      if (session == null) {
        spark.stop();
      }
    }
  }

  private static String oneLine(String message) {
    String line = Words.oneLine(String.valueOf(message));
    return line.length() > 500 ? line.substring(0, 500) + " ..." : line;
  }

  private static SparkSession start(JobOptions options) {
    SparkSession.Builder builder = SparkSession.builder().appName("tldr4j SummarizeJob");
    if (options.master().isPresent()) {
      builder.master(options.master().get());
    } else if (!new SparkConf().contains("spark.master")) {
      builder.master("local[*]");
    }
    if (options.master().isPresent() || !new SparkConf().contains("spark.master")) {
      // started by hand, not by spark-submit: a local run needs no web UI
      builder.config("spark.ui.enabled", "false");
    }
    return builder.getOrCreate();
  }

  /**
   * Reads the input and adds the summaries: the output rows, not yet written.
   *
   * @param spark the session
   * @param options the options
   * @param documents counts the documents, or null
   * @param errors counts the documents with an error, or null
   * @return {@code id} (if the input has one), {@code summary}, {@code indices}, {@code stats},
   *     {@code error}
   * @throws IllegalArgumentException if the input lacks a string {@code text} column
   */
  static Dataset<Row> summarize(
      SparkSession spark, JobOptions options, LongAccumulator documents, LongAccumulator errors) {
    Dataset<Row> input;
    if (options.inputFormat().equals("parquet")) {
      input = spark.read().parquet(options.input());
    } else {
      input =
          spark
              .read()
              .schema(JSONL_INPUT)
              .option("mode", "PERMISSIVE")
              .option("columnNameOfCorruptRecord", CORRUPT)
              .json(options.input());
    }
    List<String> columns = Arrays.asList(input.columns());
    boolean corruptible = columns.contains(CORRUPT);
    if (corruptible) {
      // a malformed line: no summary of whatever part of it Spark could read
      input = input.withColumn("text", when(col(CORRUPT).isNull(), col("text")));
    }
    TldrSummarizer tldr =
        new TldrSummarizer()
            .setInputCol("text")
            .setOutputCol("__tldr")
            .setErrorCol("__tldr_error")
            .setLanguage(options.language())
            .setAlgorithm(options.algorithm());
    tldr.set(tldr.budgetUnit(), options.budgetUnit());
    tldr.set(tldr.budgetSize(), options.budgetSize());
    if (columns.contains("title")) {
      tldr.setTitleCol("title");
    }
    List<Column> languages = new ArrayList<>();
    for (String name : new String[] {"language", "lang"}) {
      if (columns.contains(name)) {
        languages.add(col(name));
      }
    }
    if (!languages.isEmpty()) {
      input = input.withColumn(LANGUAGE, coalesce(languages.toArray(new Column[0])));
      tldr.setLanguageCol(LANGUAGE);
    }
    Dataset<Row> summarized = tldr.transformCounting(input, documents, errors);
    Column error = col("__tldr_error");
    if (corruptible) {
      error = when(col(CORRUPT).isNotNull(), lit("malformed JSON")).otherwise(error);
    }
    List<Column> output = new ArrayList<>();
    if (columns.contains("id")) {
      output.add(col("id"));
    }
    output.add(col("__tldr.summary").as("summary"));
    output.add(col("__tldr.indices").as("indices"));
    output.add(col("__tldr.stats").as("stats"));
    output.add(error.as("error"));
    return summarized.select(output.toArray(new Column[0]));
  }
}
