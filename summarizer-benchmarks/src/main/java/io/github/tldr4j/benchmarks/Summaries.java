package io.github.tldr4j.benchmarks;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * System summaries in JSON Lines, one a line: {@code {"id", "summary": [sentences]}} or {@code
 * {"id", "text"}} (a text is split into sentences by the caller's splitter).
 *
 * <p>Instances are immutable and safe for use by multiple concurrent threads.
 *
 * @since 0.1
 */
public final class Summaries {

  private final Map<String, List<String>> byId;

  private Summaries(Map<String, List<String>> byId) {
    this.byId = Collections.unmodifiableMap(byId);
  }

  /**
   * Reads a summaries file.
   *
   * @param file the JSON Lines file
   * @param sentenceSplitter splits a {@code "text"} summary into sentences, given its id and text
   * @return the summaries, by id in file order
   * @throws NullPointerException if an argument is null
   * @throws DataException if the file is missing or malformed, or an id repeats
   */
  public static Summaries read(
      Path file, BiFunction<String, String, List<String>> sentenceSplitter) {
    requireNonNull(sentenceSplitter, "sentenceSplitter");
    Map<String, List<String>> byId = new LinkedHashMap<>();
    for (JsonLines.Line line : JsonLines.read(file)) {
      String id = line.requiredText("id");
      List<String> sentences;
      if (line.has("summary")) {
        sentences = List.copyOf(line.requiredTextList("summary"));
      } else if (line.has("text")) {
        sentences = List.copyOf(sentenceSplitter.apply(id, line.requiredText("text")));
      } else {
        throw new DataException(line.where() + ": needs a \"summary\" array or a \"text\" string");
      }
      if (byId.put(id, sentences) != null) {
        throw new DataException(line.where() + ": duplicate id \"" + id + "\"");
      }
    }
    return new Summaries(byId);
  }

  /**
   * Returns the summaries by id, in file order.
   *
   * @return an unmodifiable map from id to summary sentences
   */
  public Map<String, List<String>> byId() {
    return byId;
  }
}
