package io.github.tldr4j.benchmarks;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads JSON Lines files: one JSON object a line, blank lines ignored. Stateless. */
final class JsonLines {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonLines() {}

  /** One parsed line and where it came from, for error messages. */
  record Line(Path file, int number, JsonNode json) {

    String where() {
      return file + ":" + number;
    }

    /** The string field {@code name}; a DataException if missing or not a string. */
    String requiredText(String name) {
      JsonNode node = json.get(name);
      if (node == null || !node.isTextual()) {
        throw new DataException(where() + ": field \"" + name + "\" must be a string");
      }
      return node.asText();
    }

    /** The string field {@code name}, or {@code fallback} if it is absent or null. */
    String optionalText(String name, String fallback) {
      JsonNode node = json.get(name);
      if (node == null || node.isNull()) {
        return fallback;
      }
      if (!node.isTextual()) {
        throw new DataException(where() + ": field \"" + name + "\" must be a string");
      }
      return node.asText();
    }

    /** The array-of-strings field {@code name}; a DataException if missing or malformed. */
    List<String> requiredTextList(String name) {
      JsonNode node = json.get(name);
      if (node == null || !node.isArray()) {
        throw new DataException(where() + ": field \"" + name + "\" must be an array of strings");
      }
      List<String> values = new ArrayList<>(node.size());
      for (JsonNode element : node) {
        if (!element.isTextual()) {
          throw new DataException(where() + ": field \"" + name + "\" must be an array of strings");
        }
        values.add(element.asText());
      }
      return values;
    }

    boolean has(String name) {
      JsonNode node = json.get(name);
      return node != null && !node.isNull();
    }
  }

  /**
   * Reads every object of a JSON Lines file, gzip-compressed if its name ends in {@code .gz} (as
   * the peers' summaries in the shared data are).
   *
   * @throws DataException if the file cannot be read or a line is not a JSON object
   */
  static List<Line> read(Path file) {
    requireNonNull(file, "file");
    List<Line> lines = new ArrayList<>();
    try (BufferedReader reader = open(file)) {
      int number = 0;
      for (String text = reader.readLine(); text != null; text = reader.readLine()) {
        number++;
        if (text.isBlank()) {
          continue;
        }
        JsonNode json;
        try {
          json = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
          throw new DataException(
              file + ":" + number + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (json == null || !json.isObject()) {
          throw new DataException(file + ":" + number + ": not a JSON object");
        }
        lines.add(new Line(file, number, json));
      }
    } catch (NoSuchFileException e) {
      throw new DataException("no such file: " + file, e);
    } catch (IOException e) {
      throw new DataException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return lines;
  }

  /** A strict UTF-8 reader of the file, through gzip if its name ends in {@code .gz}. */
  private static BufferedReader open(Path file) throws IOException {
    Path name = file.getFileName();
    if (name == null || !name.toString().endsWith(".gz")) {
      return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }
    InputStream in = Files.newInputStream(file);
    try {
      return new BufferedReader(
          new InputStreamReader(
              new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8.newDecoder()));
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }
}
