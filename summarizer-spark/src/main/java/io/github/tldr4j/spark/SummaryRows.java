package io.github.tldr4j.spark;

import io.github.tldr4j.summarizer.Budget;
import io.github.tldr4j.summarizer.CompressionStats;
import io.github.tldr4j.summarizer.Document;
import io.github.tldr4j.summarizer.ScoredSentence;
import io.github.tldr4j.summarizer.Summary;
import io.github.tldr4j.summarizer.scoring.Algorithm;
import io.github.tldr4j.summarizer.text.Words;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Turns one document into one Spark row with the fields of a {@code tldr --jsonl} output line:
 * {@code summary} (the sentences, each on one line), {@code indices}, {@code stats}, and {@code
 * error}, which is set instead of the others when the row cannot be summarized.
 *
 * <p>A bad row (null text, an unsupported language, an invalid budget) never throws: it gives a
 * row whose {@code error} says why, so one bad document cannot fail a job. Stateless and
 * thread-safe; the summarizers come from the per-JVM {@link SummarizerCache}.
 */
final class SummaryRows {

  /** {@code stats}: the same names and meanings as {@code tldr --jsonl}. */
  static final StructType STATS_TYPE =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("originalWords", DataTypes.IntegerType, false),
            DataTypes.createStructField("originalSentences", DataTypes.IntegerType, false),
            DataTypes.createStructField("originalCharacters", DataTypes.IntegerType, false),
            DataTypes.createStructField("summaryWords", DataTypes.IntegerType, false),
            DataTypes.createStructField("summarySentences", DataTypes.IntegerType, false),
            DataTypes.createStructField("saved", DataTypes.DoubleType, false),
            DataTypes.createStructField("savedPercent", DataTypes.IntegerType, false)
          });

  /** The summary without the error: the transformer's output column. */
  static final StructType SUMMARY_TYPE =
      new StructType(
          new StructField[] {
            DataTypes.createStructField(
                "summary", DataTypes.createArrayType(DataTypes.StringType, false), false),
            DataTypes.createStructField(
                "indices", DataTypes.createArrayType(DataTypes.IntegerType, false), false),
            DataTypes.createStructField("stats", STATS_TYPE, false)
          });

  /** The summary fields, nullable, and the error: what the SQL functions return. */
  static final StructType RESULT_TYPE =
      new StructType(
          new StructField[] {
            DataTypes.createStructField(
                "summary", DataTypes.createArrayType(DataTypes.StringType, false), true),
            DataTypes.createStructField(
                "indices", DataTypes.createArrayType(DataTypes.IntegerType, false), true),
            DataTypes.createStructField("stats", STATS_TYPE, true),
            DataTypes.createStructField("error", DataTypes.StringType, true)
          });

  private SummaryRows() {}

  /**
   * Summarizes one document into a {@link #RESULT_TYPE} row: {@link #outcome} as a row.
   *
   * @return the row; never null
   */
  static Row summarize(
      String text,
      String title,
      String language,
      String defaultLanguage,
      Algorithm algorithm,
      Budget budget) {
    return row(outcome(text, title, language, defaultLanguage, algorithm, budget));
  }

  /**
   * Returns the {@link #RESULT_TYPE} row of an outcome.
   *
   * @param outcome a summary or an error
   * @return the row
   */
  static Row row(Outcome outcome) {
    return outcome.error() == null ? row(outcome.summary()) : error(outcome.error());
  }

  /**
   * A document's summary, or why it has none.
   *
   * @param summary the summary, or null
   * @param error a one-line message, or null
   */
  record Outcome(Summary summary, String error) {}

  /**
   * Summarizes one document with the per-JVM summarizer of its language; never throws.
   *
   * @param text the text, or null (an error)
   * @param title the title, or null for none
   * @param language the language tag, or null for {@code defaultLanguage}
   * @param defaultLanguage the language of rows without one
   * @param algorithm the scoring algorithm
   * @param budget the budget
   * @return the summary, or the error: a missing text, an unsupported language
   */
  static Outcome outcome(
      String text,
      String title,
      String language,
      String defaultLanguage,
      Algorithm algorithm,
      Budget budget) {
    if (text == null) {
      return new Outcome(null, "missing text");
    }
    try {
      Document document = title == null ? Document.of(text) : Document.of(title, text);
      String tag = language == null ? defaultLanguage : language;
      return new Outcome(SummarizerCache.forLanguage(tag, algorithm).summarize(document, budget), null);
    } catch (IllegalArgumentException e) {
      // an unsupported language: Analyzers names the value and the supported codes
      return new Outcome(null, Words.oneLine(e.getMessage()));
    } catch (RuntimeException e) {
      return new Outcome(null, Words.oneLine("internal error: " + e));
    }
  }

  /**
   * Summarizes one document with a budget given as values of SQL columns.
   *
   * @param text the text, or null
   * @param title the title, or null
   * @param language the language tag, or null for English
   * @param unit {@code words}, {@code sentences} or {@code ratio}
   * @param size the number of words or sentences, or the ratio
   * @param algorithm the algorithm's name, or null for the default
   * @return the row; an error row for a bad budget or algorithm
   */
  static Row summarize(
      String text, String title, String language, String unit, Number size, String algorithm) {
    Budget budget;
    Algorithm scoring;
    try {
      budget = Budgets.of(unit, size == null ? Double.NaN : size.doubleValue());
      scoring = algorithm == null ? Algorithm.TFIDF : Algorithm.forName(algorithm);
    } catch (IllegalArgumentException e) {
      return error(Words.oneLine(e.getMessage()));
    }
    return summarize(text, title, language, Budgets.DEFAULT_LANGUAGE, scoring, budget);
  }

  /**
   * Returns the error row for a message.
   *
   * @param message what went wrong
   * @return a row with only {@code error} set
   */
  static Row error(String message) {
    return RowFactory.create(null, null, null, message);
  }

  private static Row row(Summary summary) {
    List<ScoredSentence> chosen = summary.sentences();
    String[] sentences = new String[chosen.size()];
    int[] indices = new int[chosen.size()];
    for (int i = 0; i < sentences.length; i++) {
      ScoredSentence s = chosen.get(i);
      sentences[i] = Words.oneLine(s.text());
      indices[i] = s.index();
    }
    CompressionStats stats = summary.stats();
    Row statsRow =
        RowFactory.create(
            stats.originalWords(),
            stats.originalSentences(),
            stats.originalCharacters(),
            stats.summaryWords(),
            stats.summarySentences(),
            stats.saved(),
            stats.savedPercent());
    return RowFactory.create(sentences, indices, statsRow, null);
  }
}
