package io.github.tldr4j.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.github.tldr4j.summarizer.CompressionStats;
import io.github.tldr4j.summarizer.ScoredSentence;
import io.github.tldr4j.summarizer.Summary;
import io.github.tldr4j.summarizer.text.Sentence;
import io.github.tldr4j.summarizer.text.Words;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The JSON shapes the command line writes, and how it reads and writes JSON.
 *
 * <p>Lines are read and written with Jackson's streaming parser and generator into and out of
 * Jackson's tree nodes, without a databind {@code ObjectMapper}: the mapper's set-up (its
 * serializers, deserializers and date formats, whose locale data alone cost about 6% of a
 * {@code --jsonl} run on a dev set) bought nothing here. Numbers are read exactly (big decimals,
 * no rounding); trailing content after a JSON value is rejected and the input is left out of
 * error messages. A numeric top-level {@code id} is kept as written ({@link Line#id}), and lone
 * surrogates written as <code>&#92;ud800</code> escapes round-trip ({@link #write}). Thread-safe.
 */
final class Json {

  /** The shared factory; thread-safe once configured. */
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * A JSON value read from one line.
   *
   * @param node the value
   * @param id if the value is an object whose {@code "id"} (the last, of duplicates) is a number:
   *     that number exactly as written ({@code 1e3}, {@code -0}, {@code 4.50} stay so), as a node
   *     that serializes verbatim; else the {@code "id"} node itself, or empty if there is none
   */
  record Line(JsonNode node, Optional<JsonNode> id) {}

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
    return NODES.objectNode();
  }

  /**
   * Reads one JSON value, which must fill the text (whitespace aside).
   *
   * @param json the text
   * @return the value, with a top-level number {@code "id"} as written
   * @throws JsonProcessingException if the text is not one JSON value
   */
  static Line read(String json) throws JsonProcessingException {
    try (JsonParser parser = FACTORY.createParser(json)) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        throw new JsonParseException(parser, "No content to map due to end-of-input");
      }
      JsonNode id = null;
      JsonNode root;
      if (token.isScalarValue()) {
        root = scalar(parser, token);
      } else {
        // Containers without recursion: a deeply nested line costs heap, not stack.
        Deque<ContainerNode<?>> open = new ArrayDeque<>();
        ContainerNode<?> top = container(token);
        root = top;
        String field = null;
        while (top != null) {
          token = parser.nextToken();
          if (token == JsonToken.FIELD_NAME) {
            field = parser.currentName();
            continue;
          }
          if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
            top = open.pollLast();
            continue;
          }
          JsonNode value;
          if (token.isScalarValue()) {
            value = scalar(parser, token);
          } else {
            value = container(token);
          }
          if (top instanceof ObjectNode object) {
            object.set(field, value);
            if (open.isEmpty() && field.equals("id")) {
              id = token.isNumeric() ? new POJONode(new RawValue(parser.getText())) : value;
            }
          } else {
            ((ArrayNode) top).add(value);
          }
          if (value instanceof ContainerNode<?> child) {
            open.addLast(top);
            top = child;
          }
        }
      }
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        throw new JsonParseException(
            parser, "Trailing token (of type " + trailing + ") found after value: not allowed");
      }
      return new Line(root, Optional.ofNullable(id));
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read from a string", e);
    }
  }

  private static ContainerNode<?> container(JsonToken token) {
    return token == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
  }

  /** The node of a scalar token: numbers exactly (floats as big decimals), as the tree mapper did. */
  private static JsonNode scalar(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case VALUE_STRING:
        return TextNode.valueOf(parser.getText());
      case VALUE_NUMBER_INT:
        switch (parser.getNumberType()) {
          case INT:
            return IntNode.valueOf(parser.getIntValue());
          case LONG:
            return LongNode.valueOf(parser.getLongValue());
          default:
            return BigIntegerNode.valueOf(parser.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return DecimalNode.valueOf(parser.getDecimalValue());
      case VALUE_TRUE:
        return BooleanNode.TRUE;
      case VALUE_FALSE:
        return BooleanNode.FALSE;
      default:
        return NullNode.instance;
    }
  }

  /**
   * Writes a node as compact JSON on one line (JSON escapes every line break inside strings).
   *
   * @param node the node
   * @return the JSON text, without a line terminator
   */
  static String write(JsonNode node) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(out)) {
      write(generator, node);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
    return escapeLoneSurrogates(out.toString());
  }

  /** Writes a node as the tree mapper did: numbers by their type, a raw value verbatim. */
  private static void write(JsonGenerator generator, JsonNode node) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT:
        generator.writeStartObject();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          generator.writeFieldName(field.getKey());
          write(generator, field.getValue());
        }
        generator.writeEndObject();
        break;
      case ARRAY:
        generator.writeStartArray();
        for (JsonNode element : node) {
          write(generator, element);
        }
        generator.writeEndArray();
        break;
      case STRING:
        generator.writeString(node.textValue());
        break;
      case NUMBER:
        switch (node.numberType()) {
          case INT:
            generator.writeNumber(node.intValue());
            break;
          case LONG:
            generator.writeNumber(node.longValue());
            break;
          case BIG_INTEGER:
            generator.writeNumber(node.bigIntegerValue());
            break;
          case FLOAT:
            generator.writeNumber(node.floatValue());
            break;
          case DOUBLE:
            generator.writeNumber(node.doubleValue());
            break;
          default:
            generator.writeNumber(node.decimalValue());
            break;
        }
        break;
      case BOOLEAN:
        generator.writeBoolean(node.booleanValue());
        break;
      case POJO:
        Object value = ((POJONode) node).getPojo();
        if (!(value instanceof RawValue raw)) {
          throw new IllegalStateException("not a raw JSON value: " + value);
        }
        generator.writeRawValue(String.valueOf(raw.rawValue()));
        break;
      default:
        generator.writeNull();
        break;
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
}
