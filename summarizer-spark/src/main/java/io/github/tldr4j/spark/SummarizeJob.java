package io.github.tldr4j.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.github.tldr4j.summarizer.scoring.Algorithm;
import io.github.tldr4j.summarizer.text.Words;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
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
import scala.Tuple2;

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
   * @param context the Spark context to run in, or null to start one (and stop it at the end)
   * @return the exit status: 0 on success, 1 if the job failed, 2 for a usage error
   */
  static int run(String[] args, PrintStream out, PrintStream err, SparkContext context) {
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
    SparkContext spark = context == null ? start(options) : context;
    try {
      long ready = System.nanoTime();
      LongAccumulator documents = spark.longAccumulator("tldr documents");
      LongAccumulator errors = spark.longAccumulator("tldr errors");
      if (options.inputFormat().equals("jsonl") && options.outputFormat().equals("jsonl")) {
        summarizeLines(spark, options, documents, errors);
      } else {
        write(summarize(SparkSession.builder().getOrCreate(), options, documents, errors), options);
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
      if (context == null) {
        spark.stop();
      }
    }
  }

  private static String oneLine(String message) {
    String line = Words.oneLine(String.valueOf(message));
    return line.length() > 500 ? line.substring(0, 500) + " ..." : line;
  }

  /**
   * Starts Spark's core only: the JSON Lines path needs no SQL engine, and a DataFrame path
   * builds its session on this context.
   */
  private static SparkContext start(JobOptions options) {
    SparkConf conf = new SparkConf().setAppName("tldr4j SummarizeJob");
    boolean byHand = options.master().isPresent() || !conf.contains("spark.master");
    if (options.master().isPresent()) {
      conf.setMaster(options.master().get());
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    if (byHand) {
      // started by hand, not by spark-submit: a local run needs no web UI
      conf.set("spark.ui.enabled", "false");
    }
    return SparkContext.getOrCreate(conf);
  }

  private static void write(Dataset<Row> result, JobOptions options) {
    DataFrameWriter<Row> writer =
        result.write().mode(options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
    if (options.outputFormat().equals("parquet")) {
      writer.parquet(options.output());
    } else {
      writer.json(options.output());
    }
  }

  /**
   * The JSON Lines to JSON Lines job: the input's lines, split as Spark SQL would split the files
   * ({@link #splitBytes}), each summarized into the line {@code tldr --jsonl} writes ({@link
   * JsonLines}), in input order, written as text part files. No rows, no SQL engine.
   *
   * @throws IOException if the file system fails
   * @throws IllegalArgumentException if the input does not exist, or the output exists without
   *     {@code --overwrite} or holds the input
   */
  static void summarizeLines(
      SparkContext spark, JobOptions options, LongAccumulator documents, LongAccumulator errors)
      throws IOException {
    Configuration conf = new Configuration(spark.hadoopConfiguration());
    Path input = new Path(options.input());
    FileSystem inputFs = input.getFileSystem(conf);
    FileStatus[] matches = inputFs.globStatus(input);
    if (matches == null || matches.length == 0) {
      throw new IllegalArgumentException("input path does not exist: " + inputFs.makeQualified(input));
    }
    long bytes = 0;
    for (FileStatus match : matches) {
      bytes += inputFs.getContentSummary(match.getPath()).getLength();
    }
    long split =
        splitBytes(bytes, spark.defaultParallelism(), conf.getLong(FileInputFormat.SPLIT_MAXSIZE, 0));
    conf.setLong(FileInputFormat.SPLIT_MINSIZE, split);
    conf.setLong(FileInputFormat.SPLIT_MAXSIZE, split);

    Path output = new Path(options.output());
    FileSystem outputFs = output.getFileSystem(conf);
    Path target = outputFs.makeQualified(output);
    if (outputFs.exists(output)) {
      if (!options.overwrite()) {
        throw new IllegalArgumentException(target + " already exists (--overwrite replaces it)");
      }
      String in = inputFs.makeQualified(input).toString();
      if (in.equals(target.toString()) || in.startsWith(target + "/")) {
        throw new IllegalArgumentException("cannot overwrite " + target + ": the input is in it");
      }
      outputFs.delete(output, true);
    }
    new JavaSparkContext(spark)
        .newAPIHadoopFile(options.input(), TextInputFormat.class, LongWritable.class, Text.class, conf)
        .mapPartitions(
            new SummarizeLines(
                new TaskSettings(
                    options.budgetUnit(),
                    options.budgetSize(),
                    options.language(),
                    Algorithm.forName(options.algorithm()),
                    documents,
                    errors)))
        .saveAsTextFile(options.output());
  }

  /**
   * The bytes of one input split, as Spark SQL sizes file partitions: the input spread over the
   * cores ({@code total / parallelism}), but at least 4 MB (the cost of opening a file) and at
   * most 128 MB ({@code spark.sql.files.maxPartitionBytes}'s default) or {@code
   * mapreduce.input.fileinputformat.split.maxsize} if that is set.
   *
   * @param total the input's bytes
   * @param parallelism the cores of the application ({@code defaultParallelism})
   * @param maxSize the Hadoop configuration's largest split, or 0 if unset
   * @return the split size in bytes, at least 1
   */
  static long splitBytes(long total, int parallelism, long maxSize) {
    long max = maxSize > 0 ? maxSize : 128L << 20;
    long min = Math.min(4L << 20, max);
    long perCore = (total + Math.max(parallelism, 1) - 1) / Math.max(parallelism, 1);
    return Math.max(1, Math.min(max, Math.max(min, perCore)));
  }

  /** Summarizes a partition of input lines into output lines, lazily, in order. */
  private static final class SummarizeLines
      implements FlatMapFunction<Iterator<Tuple2<LongWritable, Text>>, String> {

    private static final long serialVersionUID = 1L;

    private final TaskSettings settings;

    SummarizeLines(TaskSettings settings) {
      this.settings = settings;
    }

    @Override
    public Iterator<String> call(Iterator<Tuple2<LongWritable, Text>> lines) {
      return new Iterator<>() {
        private String next;

        @Override
        public boolean hasNext() {
          while (next == null && lines.hasNext()) {
            Text line = lines.next()._2(); // the reader reuses it: read it now
            next = summarize(JsonLines.read(line.getBytes(), line.getLength()));
          }
          return next != null;
        }

        @Override
        public String next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          String line = next;
          next = null;
          return line;
        }
      };
    }

    /** The output line of an input line, or null for a blank one. */
    private String summarize(JsonLines.Line line) {
      if (line == null) {
        return null;
      }
      String error = line.error();
      if (error == null) {
        SummaryRows.Outcome outcome = settings.summarize(line.text(), line.title(), line.language());
        if (outcome.error() == null) {
          settings.count(false);
          return JsonLines.summaryLine(line.id(), outcome.summary());
        }
        error = outcome.error();
      }
      settings.count(true);
      return JsonLines.errorLine(line.id(), error);
    }
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
