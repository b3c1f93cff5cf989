package io.github.tldr4j.benchmarks;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A summarization dataset in JSON Lines: one document a line, {@code {"id", "text", "references":
 * [..], "language"[, "title", "source"]}}, each reference string holding one sentence per line.
 *
 * <p>Instances are immutable and safe for use by multiple concurrent threads.
 *
 * @since 0.1
 */
public final class Dataset {

  /**
   * One document of a dataset.
   *
   * @param id unique identifier
   * @param text the full text
   * @param references the reference summaries, one sentence per line each
   * @param language ISO 639-1 code ({@code "en"} when the file does not say)
   * @param title the title, empty when absent
   */
  public record Document(
      String id, String text, List<String> references, String language, String title) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if a component is null
     */
    public Document {
      requireNonNull(id, "id");
      requireNonNull(text, "text");
      references = List.copyOf(references);
      requireNonNull(language, "language");
      requireNonNull(title, "title");
    }

    /**
     * Returns each reference as its list of sentences (its non-empty lines), the form ROUGE-1.5.5
     * reads in its one-sentence-per-line format.
     *
     * @return one list of sentences per reference
     */
    public List<List<String>> referenceSentences() {
      List<List<String>> result = new ArrayList<>(references.size());
      for (String reference : references) {
        result.add(lines(reference));
      }
      return result;
    }
  }

  private final Path file;
  private final List<Document> documents;

  private Dataset(Path file, List<Document> documents) {
    this.file = file;
    this.documents = Collections.unmodifiableList(documents);
  }

  /**
   * Reads a dataset file.
   *
   * @param file the JSON Lines file
   * @return the dataset
   * @throws NullPointerException if {@code file} is null
   * @throws DataException if the file is missing or malformed, an id repeats, or a document has no
   *     reference
   */
  public static Dataset read(Path file) {
    List<Document> documents = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (JsonLines.Line line : JsonLines.read(file)) {
      String id = line.requiredText("id");
      if (!ids.add(id)) {
        throw new DataException(line.where() + ": duplicate id \"" + id + "\"");
      }
      List<String> references = line.requiredTextList("references");
      if (references.isEmpty()) {
        throw new DataException(line.where() + ": document \"" + id + "\" has no reference");
      }
      documents.add(
          new Document(
              id,
              line.requiredText("text"),
              references,
              line.optionalText("language", "en"),
              line.optionalText("title", "")));
    }
    return new Dataset(file, documents);
  }

  /**
   * Returns the file this dataset was read from.
   *
   * @return the path
   */
  public Path file() {
    return file;
  }

  /**
   * Returns the documents, in file order.
   *
   * @return an unmodifiable list
   */
  public List<Document> documents() {
    return documents;
  }

  /** Splits a reference into its non-empty lines (ROUGE-1.5.5 skips empty lines). */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (!line.isEmpty()) {
        lines.add(line);
      }
    }
    return lines;
  }
}
