package io.github.tldr4j.spark;

import io.github.tldr4j.summarizer.Budget;
import io.github.tldr4j.summarizer.scoring.Algorithm;
import java.io.Serializable;
import org.apache.spark.util.LongAccumulator;

/**
 * What a task needs to summarize documents, shipped from the driver with the task: the budget (as
 * a unit and a size, checked on the driver, built once per deserialized copy), the language of
 * documents without one, the algorithm, and optional counters of documents and errors.
 */
final class TaskSettings implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String unit;
  private final double size;
  private final String defaultLanguage;
  private final Algorithm algorithm;
  private final LongAccumulator documents;
  private final LongAccumulator errors;
  private transient volatile Budget budget;

  TaskSettings(
      String unit,
      double size,
      String defaultLanguage,
      Algorithm algorithm,
      LongAccumulator documents,
      LongAccumulator errors) {
    this.unit = unit;
    this.size = size;
    this.defaultLanguage = defaultLanguage;
    this.algorithm = algorithm;
    this.documents = documents;
    this.errors = errors;
  }

  /** Summarizes one document; never throws ({@link SummaryRows#outcome}). */
  SummaryRows.Outcome summarize(String text, String title, String language) {
    Budget b = budget;
    if (b == null) {
      b = Budgets.of(unit, size); // validated on the driver
      budget = b;
    }
    return SummaryRows.outcome(text, title, language, defaultLanguage, algorithm, b);
  }

  /** Counts one document, and one error if it has one. */
  void count(boolean error) {
    if (documents != null) {
      documents.add(1);
    }
    if (error && errors != null) {
      errors.add(1);
    }
  }
}
