package io.github.tldr4j.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import io.github.tldr4j.summarizer.Budget;
import io.github.tldr4j.summarizer.analysis.Analyzers;
import io.github.tldr4j.summarizer.scoring.Algorithm;
import java.util.Arrays;
import java.util.Objects;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.ParamValidators;
import org.apache.spark.ml.util.DefaultParamsReadable;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/**
 * A {@code spark.ml} {@link Transformer} that summarizes a text column: each row gets the summary
 * of its text, with the same fields as a line of {@code tldr --jsonl}, in a struct column, and an
 * error column that is null unless the row could not be summarized.
 *
 * <pre>{@code
 * TldrSummarizer tldr = new TldrSummarizer()
 *     .setInputCol("text")          // the default
 *     .setTitleCol("title")         // optional: sentences sharing the title's words score higher
 *     .setLanguageCol("language")   // optional: per-row language; null falls back to setLanguage
 *     .setWords(75)                 // or setSentences(3), setRatio(0.3) (the default)
 *     .setAlgorithm("tfidf");       // the default
 * Dataset<Row> out = tldr.transform(articles);
 * out.select("id", "tldr.summary", "tldr.stats.savedPercent", "tldr_error").show();
 * new Pipeline().setStages(new PipelineStage[] {tldr}).fit(articles).write().save(path);
 * }</pre>
 *
 * <p>The output column ({@link #outputCol()}, default {@code tldr}) is a struct of {@code summary}
 * (the chosen sentences in document order, each on one line), {@code indices} (their zero-based
 * positions) and {@code stats} ({@code originalWords}, {@code originalSentences}, {@code
 * originalCharacters}, {@code summaryWords}, {@code summarySentences}, {@code saved}, {@code
 * savedPercent}). <b>Bad rows never fail the job:</b> a null text or an unsupported language gives
 * a null output and a message in the error column ({@link #errorCol()}, default {@code
 * tldr_error}); an empty text is not an error (an empty summary).
 *
 * <p>Every executor JVM builds one summarizer per language, lazily, and its tasks share it. Saved
 * and loaded like any Spark ML stage ({@link #write()}, {@link #load(String)}, or inside a {@code
 * Pipeline}). A configured instance is not thread-safe to modify, like every Spark ML stage, but
 * {@link #transform} may run on any number of rows and cores.
 *
 * @since 0.1
 */
public final class TldrSummarizer extends Transformer implements DefaultParamsWritable {

  private static final long serialVersionUID = 1L;

  private static final DefaultParamsReadable<TldrSummarizer> READABLE =
      new DefaultParamsReadable<>() {};

  private static final String[] UNITS = {"words", "sentences", "ratio"};

  /** The stage's unique id. */
  private final String uid;
  /** The text column. */
  private final Param<String> inputCol;
  /** The summary column. */
  private final Param<String> outputCol;
  /** The error column. */
  private final Param<String> errorCol;
  /** The title column, if any. */
  private final Param<String> titleCol;
  /** The language column, if any. */
  private final Param<String> languageCol;
  /** The language of rows without one. */
  private final Param<String> language;
  /** What {@code budgetSize} counts: words, sentences or ratio. */
  private final Param<String> budgetUnit;
  /** The budget's size. */
  private final DoubleParam budgetSize;
  /** The sentence scoring algorithm. */
  private final Param<String> algorithm;

  /** Creates a transformer with a random uid and the defaults. */
  public TldrSummarizer() {
    this(Identifiable.randomUID("tldr"));
  }

  /**
   * Creates a transformer with the given uid and the defaults (used when a saved stage is loaded).
   *
   * @param uid the stage's unique id
   */
  public TldrSummarizer(String uid) {
    this.uid = Objects.requireNonNull(uid, "uid");
    inputCol = new Param<>(this, "inputCol", "the text column (string)");
    outputCol = new Param<>(this, "outputCol", "the summary column (struct summary, indices, stats)");
    errorCol = new Param<>(this, "errorCol", "the error column: null, or why the row has no summary");
    titleCol = new Param<>(this, "titleCol", "the title column (string), if any");
    languageCol =
        new Param<>(this, "languageCol", "the language column (string), if any; null rows use language");
    language = new Param<>(this, "language", "the language of rows without one, e.g. en");
    budgetUnit =
        new Param<>(
            this,
            "budgetUnit",
            "what budgetSize counts: words, sentences or ratio",
            ParamValidators.inArray(UNITS));
    budgetSize =
        new DoubleParam(
            this,
            "budgetSize",
            "at most this many words or sentences (a whole number), or this share of the words (0, 1]",
            ParamValidators.gt(0));
    algorithm =
        new Param<>(this, "algorithm", "the sentence scoring algorithm: " + Algorithm.names());
    setDefault(inputCol, "text");
    setDefault(outputCol, "tldr");
    setDefault(errorCol, "tldr_error");
    setDefault(language, Budgets.DEFAULT_LANGUAGE);
    setDefault(budgetUnit, "ratio");
    setDefault(budgetSize, 0.3);
    setDefault(algorithm, Algorithm.TFIDF.id());
  }

  @Override
  public String uid() {
    return uid;
  }

  /**
   * The text column.
   *
   * @return the param (default {@code text})
   */
  public Param<String> inputCol() {
    return inputCol;
  }

  /**
   * The output column: a struct of {@code summary}, {@code indices} and {@code stats}, null for a
   * bad row.
   *
   * @return the param (default {@code tldr})
   */
  public Param<String> outputCol() {
    return outputCol;
  }

  /**
   * The error column: null for a summarized row, else why there is no summary.
   *
   * @return the param (default {@code tldr_error})
   */
  public Param<String> errorCol() {
    return errorCol;
  }

  /**
   * The title column, if any.
   *
   * @return the param (no default: no title)
   */
  public Param<String> titleCol() {
    return titleCol;
  }

  /**
   * The language column, if any; a null value means {@link #language()}.
   *
   * @return the param (no default: every row in {@link #language()})
   */
  public Param<String> languageCol() {
    return languageCol;
  }

  /**
   * The language of rows without one.
   *
   * @return the param (default {@code en})
   */
  public Param<String> language() {
    return language;
  }

  /**
   * What {@link #budgetSize()} counts: {@code words}, {@code sentences} or {@code ratio}.
   *
   * @return the param (default {@code ratio})
   */
  public Param<String> budgetUnit() {
    return budgetUnit;
  }

  /**
   * The budget: a number of words or sentences, or a share of the words.
   *
   * @return the param (default 0.3)
   */
  public DoubleParam budgetSize() {
    return budgetSize;
  }

  /**
   * The sentence scoring algorithm, by name ({@link Algorithm#id()}).
   *
   * @return the param (default {@code tfidf})
   */
  public Param<String> algorithm() {
    return algorithm;
  }

  /**
   * Sets the text column.
   *
   * @param value the column name
   * @return this
   */
  public TldrSummarizer setInputCol(String value) {
    return (TldrSummarizer) set(inputCol, value);
  }

  /**
   * Sets the output column.
   *
   * @param value the column name
   * @return this
   */
  public TldrSummarizer setOutputCol(String value) {
    return (TldrSummarizer) set(outputCol, value);
  }

  /**
   * Sets the error column.
   *
   * @param value the column name
   * @return this
   */
  public TldrSummarizer setErrorCol(String value) {
    return (TldrSummarizer) set(errorCol, value);
  }

  /**
   * Sets the title column.
   *
   * @param value the column name
   * @return this
   */
  public TldrSummarizer setTitleCol(String value) {
    return (TldrSummarizer) set(titleCol, value);
  }

  /**
   * Sets the language column; rows where it is null use {@link #setLanguage(String)}.
   *
   * @param value the column name
   * @return this
   */
  public TldrSummarizer setLanguageCol(String value) {
    return (TldrSummarizer) set(languageCol, value);
  }

  /**
   * Sets the language of rows without one.
   *
   * @param value a supported language tag, such as {@code en} or {@code pt-BR}
   * @return this
   * @throws IllegalArgumentException if the language is not supported
   */
  public TldrSummarizer setLanguage(String value) {
    Analyzers.normalize(value);
    return (TldrSummarizer) set(language, value);
  }

  /**
   * Sets the sentence scoring algorithm.
   *
   * @param value an algorithm name, such as {@code tfidf} (case-insensitive)
   * @return this
   * @throws IllegalArgumentException if no algorithm has that name
   */
  public TldrSummarizer setAlgorithm(String value) {
    return (TldrSummarizer) set(algorithm, Algorithm.forName(value).id());
  }

  /**
   * Keeps at most {@code n} words per summary.
   *
   * @param n the word ceiling, at least 1
   * @return this
   * @throws IllegalArgumentException if {@code n} is less than 1
   */
  public TldrSummarizer setWords(int n) {
    return budget("words", n);
  }

  /**
   * Keeps at most {@code n} sentences per summary.
   *
   * @param n the sentence ceiling, at least 1
   * @return this
   * @throws IllegalArgumentException if {@code n} is less than 1
   */
  public TldrSummarizer setSentences(int n) {
    return budget("sentences", n);
  }

  /**
   * Keeps at most {@code floor(r × words)} words per summary.
   *
   * @param r the share, {@code 0 < r <= 1}
   * @return this
   * @throws IllegalArgumentException if {@code r} is out of range
   */
  public TldrSummarizer setRatio(double r) {
    return budget("ratio", r);
  }

  private TldrSummarizer budget(String unit, double size) {
    Budgets.of(unit, size);
    set(budgetUnit, unit);
    return (TldrSummarizer) set(budgetSize, size);
  }

  /**
   * Returns the text column.
   *
   * @return the column name
   */
  public String getInputCol() {
    return $(inputCol);
  }

  /**
   * Returns the output column.
   *
   * @return the column name
   */
  public String getOutputCol() {
    return $(outputCol);
  }

  /**
   * Returns the error column.
   *
   * @return the column name
   */
  public String getErrorCol() {
    return $(errorCol);
  }

  /**
   * Returns the language of rows without one.
   *
   * @return the language tag
   */
  public String getLanguage() {
    return $(language);
  }

  /**
   * Returns the budget the params describe.
   *
   * @return the budget
   * @throws IllegalArgumentException if the params do not describe a valid budget
   */
  Budget budget() {
    return Budgets.of($(budgetUnit), (Double) $(budgetSize));
  }

  @Override
  public StructType transformSchema(StructType schema) {
    requireString(schema, $(inputCol));
    if (isDefined(titleCol)) {
      requireString(schema, $(titleCol));
    }
    if (isDefined(languageCol)) {
      requireString(schema, $(languageCol));
    }
    Analyzers.normalize($(language));
    Algorithm.forName($(algorithm));
    budget();
    for (String out : new String[] {$(outputCol), $(errorCol)}) {
      if (Arrays.asList(schema.fieldNames()).contains(out)) {
        throw new IllegalArgumentException("output column '" + out + "' already exists");
      }
    }
    if ($(outputCol).equals($(errorCol))) {
      throw new IllegalArgumentException("outputCol and errorCol are both '" + $(outputCol) + "'");
    }
    return schema
        .add(DataTypes.createStructField($(outputCol), SummaryRows.SUMMARY_TYPE, true))
        .add(DataTypes.createStructField($(errorCol), DataTypes.StringType, true));
  }

  private static void requireString(StructType schema, String name) {
    if (!Arrays.asList(schema.fieldNames()).contains(name)) {
      throw new IllegalArgumentException(
          "no column '" + name + "' among " + Arrays.toString(schema.fieldNames()));
    }
    DataType type = schema.apply(name).dataType();
    if (!type.equals(DataTypes.StringType)) {
      throw new IllegalArgumentException(
          "column '" + name + "' must be a string, got " + type.simpleString());
    }
  }

  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    return transformCounting(dataset, null, null);
  }

  /**
   * Transforms, counting the rows summarized and the error rows (for the batch job's report).
   *
   * @param dataset the input
   * @param documents counts every row, or null
   * @param errors counts the error rows, or null
   * @return the input with the output and error columns added
   */
  Dataset<Row> transformCounting(
      Dataset<?> dataset, LongAccumulator documents, LongAccumulator errors) {
    transformSchema(dataset.schema(), true);
    UserDefinedFunction summarize =
        org.apache.spark.sql.functions.udf(
            new SummarizeRow(
                new TaskSettings(
                    $(budgetUnit),
                    (Double) $(budgetSize),
                    $(language),
                    Algorithm.forName($(algorithm)),
                    documents,
                    errors)),
            SummaryRows.RESULT_TYPE);
    Column text = dataset.col($(inputCol));
    Column title = isDefined(titleCol) ? dataset.col($(titleCol)) : lit(null).cast(DataTypes.StringType);
    Column lang =
        isDefined(languageCol) ? dataset.col($(languageCol)) : lit(null).cast(DataTypes.StringType);
    // The struct is evaluated once: Spark does not inline a UDF referenced twice (CollapseProject).
    String result = "__tldr_result_" + uid;
    Column fields = col(result);
    Column summary =
        when(
            fields.getField("error").isNull(),
            struct(
                fields.getField("summary").as("summary"),
                fields.getField("indices").as("indices"),
                fields.getField("stats").as("stats")));
    return dataset
        .withColumn(result, summarize.apply(text, title, lang))
        .withColumn($(outputCol), summary)
        .withColumn($(errorCol), fields.getField("error"))
        .drop(result);
  }

  @Override
  public TldrSummarizer copy(ParamMap extra) {
    return defaultCopy(extra);
  }

  /**
   * Returns a reader of saved stages.
   *
   * @return the reader
   */
  public static MLReader<TldrSummarizer> read() {
    return READABLE.read();
  }

  /**
   * Loads a stage saved with {@code write().save(path)}.
   *
   * @param path where it was saved
   * @return the stage
   */
  public static TldrSummarizer load(String path) {
    return READABLE.load(path);
  }

  @Override
  public String toString() {
    return "TldrSummarizer: uid="
        + uid
        + ", budget="
        + $(budgetUnit)
        + " "
        + $(budgetSize)
        + ", algorithm="
        + $(algorithm);
  }

  /** The transformer's UDF: a fixed budget and default language, optional counters. */
  private static final class SummarizeRow implements UDF3<String, String, String, Row> {

    private static final long serialVersionUID = 1L;

    private final TaskSettings settings;

    SummarizeRow(TaskSettings settings) {
      this.settings = settings;
    }

    @Override
    public Row call(String text, String title, String language) {
      SummaryRows.Outcome outcome = settings.summarize(text, title, language);
      settings.count(outcome.error() != null);
      return SummaryRows.row(outcome);
    }
  }
}
