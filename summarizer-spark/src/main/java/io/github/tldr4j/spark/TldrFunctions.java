package io.github.tldr4j.spark;

import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.api.java.UDF6;

/**
 * SQL functions that summarize, registered with one call:
 *
 * <pre>{@code
 * TldrFunctions.register(spark);
 * spark.sql("SELECT id, tldr_summarize(text, 'words', 75) AS t FROM articles");
 * spark.sql("SELECT id, tldr_summarize_doc(text, title, language, 'sentences', 3, NULL).* FROM articles");
 * }</pre>
 *
 * <ul>
 *   <li>{@code tldr_summarize(text, unit, size)}: an English text;
 *   <li>{@code tldr_summarize_doc(text, title, language, unit, size, algorithm)}: with a title, a
 *       language tag and an algorithm name ({@code 'tfidf'}, ...), any of which may be null (no
 *       title; English; the default algorithm).
 * </ul>
 *
 * <p>{@code unit} is {@code 'words'}, {@code 'sentences'} or {@code 'ratio'}; {@code size} a
 * whole number of words or sentences, or a ratio in (0, 1]. Both return a struct of {@code
 * summary} (array of sentences, each on one line), {@code indices} (array of int), {@code stats}
 * (the counts and savings of {@code tldr --jsonl}) and {@code error}. <b>A bad row never fails the
 * query:</b> a null text, an unsupported language, an unknown algorithm or an invalid budget gives null {@code summary},
 * {@code indices} and {@code stats} and a message in {@code error}, which is null otherwise.
 *
 * @since 0.1
 */
public final class TldrFunctions {

  /** The name of the three-argument function. */
  public static final String SUMMARIZE = "tldr_summarize";

  /** The name of the six-argument function. */
  public static final String SUMMARIZE_DOC = "tldr_summarize_doc";

  private TldrFunctions() {}

  /**
   * Registers {@value #SUMMARIZE} and {@value #SUMMARIZE_DOC} in a session (replacing functions
   * of the same names).
   *
   * @param spark the session
   * @throws NullPointerException if {@code spark} is null
   */
  public static void register(SparkSession spark) {
    Objects.requireNonNull(spark, "spark");
    spark
        .udf()
        .register(
            SUMMARIZE,
            (UDF3<String, String, Number, Row>)
                (text, unit, size) -> SummaryRows.summarize(text, null, null, unit, size, null),
            SummaryRows.RESULT_TYPE);
    spark
        .udf()
        .register(
            SUMMARIZE_DOC,
            (UDF6<String, String, String, String, Number, String, Row>) SummaryRows::summarize,
            SummaryRows.RESULT_TYPE);
  }
}
