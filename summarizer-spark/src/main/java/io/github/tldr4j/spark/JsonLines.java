package io.github.tldr4j.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.github.tldr4j.summarizer.CompressionStats;
import io.github.tldr4j.summarizer.ScoredSentence;
import io.github.tldr4j.summarizer.Summary;
import io.github.tldr4j.summarizer.text.Words;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The JSON Lines codec of {@link SummarizeJob} when both its input and its output are JSON Lines:
 * reads an input line of {@code tldr --jsonl} ({@code {"id", "text"[, "title"][, "language" or
 * "lang"]}}, other fields ignored) and writes the line {@code tldr --jsonl} writes for it, byte for
 * byte, without Spark's rows: Jackson's streaming parser and generator on the executors.
 *
 * <p>As in {@code tldr --jsonl}: a numeric {@code id} is echoed as written, a missing one is
 * {@code null}, of duplicate fields the last counts, content after the object is an error, and a
 * lone surrogate (from a <code>&#92;ud800</code> escape) is written back as that escape. Stateless and
 * thread-safe.
 */
final class JsonLines {

  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

  /** The fields read, by position in {@link Line#fields}. */
  private static final String[] FIELDS = {"text", "title", "language", "lang"};

  private static final int TEXT = 0;
  private static final int TITLE = 1;
  private static final int LANGUAGE = 2;
  private static final int LANG = 3;

  private JsonLines() {}

  /**
   * One input line, read: the id as JSON and the fields, or why the line cannot be summarized.
   *
   * @param id the id as JSON: a string literal, a number as written, or {@code null}
   * @param text the text, or null if missing
   * @param title the title, or null
   * @param language the {@code language} field, else {@code lang}, or null
   * @param error why the line has no summary, or null
   */
  record Line(String id, String text, String title, String language, String error) {}

  /**
   * Reads one input line.
   *
   * @param bytes the line's UTF-8 bytes, without the line break
   * @param length how many of {@code bytes} hold the line
   * @return the line, or null for a blank line (skipped, as {@code tldr --jsonl} skips it)
   */
  static Line read(byte[] bytes, int length) {
    String id = "null";
    String[] values = new String[FIELDS.length];
    String badType = null;
    String[] badTypes = new String[FIELDS.length];
    try (JsonParser parser = JSON.createParser(bytes, 0, length)) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        return new Line("null", null, null, null, "malformed JSON");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("id")) {
          badType = null;
          if (value == JsonToken.VALUE_STRING) {
            id = quote(parser.getText());
          } else if (value.isNumeric()) {
            id = parser.getText(); // as written: 4.50 stays 4.50
          } else if (value == JsonToken.VALUE_NULL) {
            id = "null";
          } else {
            id = "null";
            badType = "\"id\" must be a string or a number, got " + describe(value);
          }
        } else {
          int field = indexOf(name);
          if (field >= 0) {
            values[field] = value == JsonToken.VALUE_STRING ? parser.getText() : null;
            badTypes[field] =
                value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NULL
                    ? null
                    : "\"" + name + "\" must be a string, got " + describe(value);
          }
        }
        parser.skipChildren();
      }
      if (parser.nextToken() != null) {
        return new Line("null", null, null, null, "malformed JSON");
      }
    } catch (IOException e) {
      // Jackson's parse errors, invalid UTF-8 included
      return new Line("null", null, null, null, "malformed JSON");
    }
    if (badType != null) {
      return new Line(id, null, null, null, badType);
    }
    for (String error : badTypes) {
      if (error != null) {
        return new Line(id, null, null, null, error);
      }
    }
    String language = values[LANGUAGE] != null ? values[LANGUAGE] : values[LANG];
    return new Line(id, values[TEXT], values[TITLE], language, null);
  }

  private static int indexOf(String name) {
    for (int i = 0; i < FIELDS.length; i++) {
      if (FIELDS[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static String describe(JsonToken token) {
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      default:
        return token.isNumeric() ? "a number" : "a " + token.name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Writes the output line of a summary: {@code {"id", "summary", "indices", "stats"}}, the
   * sentences each on one line.
   *
   * @param id the id as JSON ({@link Line#id()})
   * @param summary the summary
   * @return the line, without a line break
   */
  static String summaryLine(String id, Summary summary) {
    StringWriter out = new StringWriter(256);
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeFieldName("id");
      json.writeRawValue(id);
      json.writeArrayFieldStart("summary");
      for (ScoredSentence s : summary.sentences()) {
        json.writeString(Words.oneLine(s.text()));
      }
      json.writeEndArray();
      json.writeArrayFieldStart("indices");
      for (ScoredSentence s : summary.sentences()) {
        json.writeNumber(s.index());
      }
      json.writeEndArray();
      CompressionStats stats = summary.stats();
      json.writeObjectFieldStart("stats");
      json.writeNumberField("originalWords", stats.originalWords());
      json.writeNumberField("originalSentences", stats.originalSentences());
      json.writeNumberField("originalCharacters", stats.originalCharacters());
      json.writeNumberField("summaryWords", stats.summaryWords());
      json.writeNumberField("summarySentences", stats.summarySentences());
      json.writeNumberField("saved", stats.saved());
      json.writeNumberField("savedPercent", stats.savedPercent());
      json.writeEndObject();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return escapeLoneSurrogates(out.toString());
  }

  /**
   * Writes the output line of a document that has no summary: {@code {"id", "error"}}.
   *
   * @param id the id as JSON ({@link Line#id()})
   * @param error why
   * @return the line, without a line break
   */
  static String errorLine(String id, String error) {
    return escapeLoneSurrogates("{\"id\":" + id + ",\"error\":" + quote(error) + "}");
  }

  private static String quote(String value) {
    StringWriter out = new StringWriter(value.length() + 16);
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes each lone surrogate of serialized JSON as its <code>&#92;uxxxx</code> escape, so that
   * the line can be encoded as UTF-8 and reads back as the same string (outside strings, JSON
   * holds ASCII only, so every surrogate is inside one).
   */
  static String escapeLoneSurrogates(String json) {
    int n = json.length();
    int i = 0;
    while (i < n && !Character.isSurrogate(json.charAt(i))) {
      i++;
    }
    if (i == n) {
      return json;
    }
    StringBuilder sb = new StringBuilder(n + 16).append(json, 0, i);
    while (i < n) {
      int cp = json.codePointAt(i);
      if (Character.isSurrogate((char) cp) && cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
        sb.append(String.format(Locale.ROOT, "\\u%04x", cp));
      } else {
        sb.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return sb.toString();
  }
}
