package io.github.tldr4j.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.github.tldr4j.summarizer.CompressionStats;
import io.github.tldr4j.summarizer.ScoredSentence;
import io.github.tldr4j.summarizer.Summary;
import io.github.tldr4j.summarizer.text.Sentence;
import io.github.tldr4j.summarizer.text.Words;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The JSON shapes the command line writes, and the shared Jackson mapper.
 *
 * <p>The mapper reads numbers exactly (big decimals, no rounding); it rejects trailing content
 * after a JSON value and leaves the input out of error messages. A numeric {@code id} is echoed
 * as written ({@link #verbatimNumber}), and lone surrogates written as <code>&#92;ud800</code> escapes
 * round-trip ({@link #write}). Thread-safe.
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
   * sentences on one line each ({@link Words#oneLine(String)}).
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
      sentences.add(Words.oneLine(s.text()));
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
      array.add(Words.oneLine(s.text()));
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
      return escapeLoneSurrogates(MAPPER.writeValueAsString(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }

  /**
   * Replaces each lone surrogate in serialized JSON by its <code>&#92;uXXXX</code> escape. Jackson reads
   * an escape such as <code>"x&#92;ud800y"</code> into a string holding the lone surrogate and writes
   * that character back as it is, which UTF-8 cannot encode (it would become {@code ?}). In
   * serialized JSON every character outside the syntax is inside a string, so the escape is
   * always valid there, and the value round-trips.
   *
   * @param json serialized JSON
   * @return the same JSON, encodable as UTF-8
   */
  static String escapeLoneSurrogates(String json) {
    StringBuilder sb = null;
    int copied = 0;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (!Character.isSurrogate(c)) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < json.length() && Character.isLowSurrogate(json.charAt(i + 1))) {
        i++; // a valid pair
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(json.length() + 16);
      }
      sb.append(json, copied, i).append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      copied = i + 1;
    }
    return sb == null ? json : sb.append(json, copied, json.length()).toString();
  }

  /**
   * Returns the number a top-level field of a JSON object holds, exactly as written ({@code 1e3},
   * {@code -0}, {@code -0.0} and {@code 4.50} stay so), as a node that serializes verbatim. A
   * tree built by the mapper normalizes numbers ({@code 1E+3}, {@code 0}), so this reads the
   * token's own text; of duplicate fields the last counts, as in the tree.
   *
   * @param json a JSON object the mapper has already read without error
   * @param field the field name
   * @return the number as written, or empty if the field is missing or not a number
   */
  static Optional<JsonNode> verbatimNumber(String json, String field) {
    try (JsonParser parser = MAPPER.createParser(json)) {
      String raw = null;
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        boolean wanted = field.equals(parser.currentName());
        JsonToken value = parser.nextToken();
        if (wanted) {
          raw = value.isNumeric() ? parser.getText() : null;
        }
        parser.skipChildren();
      }
      return raw == null ? Optional.empty() : Optional.of(new POJONode(new RawValue(raw)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
