package io.github.tldr4j.cli;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tldr4j.summarizer.CompressionStats;
import io.github.tldr4j.summarizer.ScoredSentence;
import io.github.tldr4j.summarizer.Summary;
import io.github.tldr4j.summarizer.text.Sentence;
import java.util.List;
import java.util.Objects;

/**
 * The JSON shapes the command line writes, and the shared Jackson mapper.
 *
 * <p>The mapper reads numbers exactly (big decimals, no rounding), so a numeric {@code id} is
 * echoed with the value it was given; it rejects trailing content after a JSON value and leaves
 * the input out of error messages. Thread-safe.
 */
final class Json {

  /** The shared mapper; thread-safe once configured. */
  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .build();

  private Json() {}

  /**
   * Builds {@code {"summary": [...], "indices": [...], "stats": {...}}} for a summary, with the
   * sentences on one line each ({@link Texts#oneLine(String)}).
   *
   * @param target the object to add the fields to (so that an {@code id} can come first)
   * @param summary the summary
   * @return {@code target}
   * @throws NullPointerException if an argument is null
   */
  static ObjectNode summary(ObjectNode target, Summary summary) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(summary, "summary");
    ArrayNode sentences = target.putArray("summary");
    ArrayNode indices = target.putArray("indices");
    for (ScoredSentence s : summary.sentences()) {
      sentences.add(Texts.oneLine(s.text()));
      indices.add(s.index());
    }
    stats(target.putObject("stats"), summary.stats());
    return target;
  }

  /**
   * Fills a {@code stats} object: the counts, {@code saved} as a fraction in [0, 1] and {@code
   * savedPercent} as a whole percentage.
   *
   * @param target the object to fill
   * @param stats the statistics
   * @return {@code target}
   */
  static ObjectNode stats(ObjectNode target, CompressionStats stats) {
    target.put("originalWords", stats.originalWords());
    target.put("originalSentences", stats.originalSentences());
    target.put("originalCharacters", stats.originalCharacters());
    target.put("summaryWords", stats.summaryWords());
    target.put("summarySentences", stats.summarySentences());
    target.put("saved", stats.saved());
    target.put("savedPercent", stats.savedPercent());
    return target;
  }

  /**
   * Builds {@code {"sentences": [...]}} for a segmentation, one line each.
   *
   * @param target the object to add the field to
   * @param sentences the sentences
   * @return {@code target}
   */
  static ObjectNode sentences(ObjectNode target, List<Sentence> sentences) {
    ArrayNode array = target.putArray("sentences");
    for (Sentence s : sentences) {
      array.add(Texts.oneLine(s.text()));
    }
    return target;
  }

  /**
   * Returns a new empty object node.
   *
   * @return the node
   */
  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /**
   * Writes a node as compact JSON on one line (JSON escapes every line break inside strings).
   *
   * @param node the node
   * @return the JSON text, without a line terminator
   */
  static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }
}
