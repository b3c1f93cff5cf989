package io.github.tldr4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Json#readBytes}, the byte reader of JSON Lines objects, against the way every line was
 * read before (decoded strictly, then read as text): whenever it gives an answer, it is that way's
 * answer (the same fields in the same order, the same values, the same {@code id}); it gives one
 * for every object of valid UTF-8 within its depth; and it leaves every other line, every bad one
 * included, to that way.
 */
final class JsonBytesTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Characters for the strings: escapes, controls, Latin-1, BMP, a pair, lone surrogates. */
  private static final char[] CHARS = {
    'a', 'Q', '7', ' ', '"', '\\', '/', '\n', '\r', '\t', '\b', '\f', 0, 0x1B, 0x7F, 0x80, 0xA3,
    0xFF, 0x100, 0x7FF, 0x800, 0x20AC, 0x2028, 0xFEFF, 0xFFFD, 0xFFFF, 0xD83C, 0xDF0D, 0xD801,
    0xDC37, '{', '}', ',', ':'
  };

  /** What the text reader makes of a line: its object and id written out, "blank", or "error". */
  private static String slow(byte[] line) {
    String text;
    try {
      text = Inputs.decode(line, line.length, "line 1");
    } catch (CliException e) {
      return "error";
    }
    if (text.isBlank()) {
      return "blank";
    }
    try {
      return written(Json.read(text));
    } catch (Json.MalformedJsonException e) {
      return "error";
    }
  }

  private static String written(Json.Line line) {
    return Json.write(line.node()) + " id=" + line.id().map(Json::write).orElse("none");
  }

  /** The byte reader's answer, checked against the text reader's whenever there is one. */
  private static Json.Line fast(byte[] line) {
    Json.Line flat = Json.readBytes(line, line.length);
    if (flat != null) {
      assertEquals(slow(line), written(flat), () -> "line " + new String(line, StandardCharsets.UTF_8));
    }
    return flat;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readsTheFieldsOfAFlatObject() {
    Json.Line line =
        fast(utf8("{\"id\": \"doc-7\", \"title\": \"Caf\u00e9 \u20ac5\", \"text\": \"Line one.\\nLine \\\"two\\\" \ud83c\udf0d.\", \"n\": -0, \"ok\": true, \"x\": null}"));
    assertNotNull(line);
    JsonNode node = line.node();
    assertEquals("doc-7", node.get("id").textValue());
    assertEquals("Caf\u00e9 \u20ac5", node.get("title").textValue());
    assertEquals("Line one.\nLine \"two\" \ud83c\udf0d.", node.get("text").textValue());
    assertEquals(IntNode.valueOf(0), node.get("n"));
    assertEquals(BooleanNode.TRUE, node.get("ok"));
    assertEquals(NullNode.instance, node.get("x"));
    assertEquals("\"doc-7\"", Json.write(line.id().orElseThrow()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        " \t{ } \r",
        "{\"id\":1e3,\"text\":\"x\"}",
        "{\"id\":4.50}",
        "{\"id\":-0}",
        "{\"id\":12345678901234567890123}",
        "{\"id\":9223372036854775807}",
        "{\"id\":1,\"id\":\"two\",\"a\":false}",
        "{\"a\":\"\\u00e9\\u00E9\\ud83d\\ude00\\ud800\\/\\b\\f\\r\\t\"}",
        "{\"\u00e9t\u00e9\":\"\u4e2d\u6587\"}",
        "{\"text\":\"\uFEFF\uFFFD\"}",
        "{\"meta\":{\"id\":1,\"tags\":[]},\"text\":\"x\",\"id\":[1]}",
        "{\"references\":[\"One.\", \"Two.\" ],\"nested\":[[{}],{\"a\":[null,true]}]}",
        "\uFEFF{\"text\":\"after a byte order mark\"}"
      })
  void readsEveryFlatObjectAsTheTextReaderDoes(String json) {
    assertNotNull(fast(utf8(json)), json);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "[1]",
        "\"text\"",
        "{\"tags\":[\"a\",]}",
        "{\"tags\":[,]}",
        "{\"tags\":[1 2]}",
        "{\"tags\":[\"a\"}",
        "{\"tags\":{\"a\"]}",
        "{\"a\":[1]x}",
        "{\"a\":1,}",
        "{\"a\":01}",
        "{\"a\":1.}",
        "{\"a\":1e}",
        "{\"a\":truex}",
        "{\"a\":1x}",
        "{\"a\":\"\\x\"}",
        "{\"a\":\"\\u12g4\"}",
        "{\"a\":\"\\u12\"}",
        "{\"a\":\"tab\there\"}",
        "{\"a\":\"unclosed}",
        "{\"a\":1} x",
        "{\"a\" 1}",
        "{a:1}",
        "{\"a\":1e99999999999}",
        "\u000B{\"a\":1}"
      })
  void leavesEveryOtherLineToTheTextReader(String json) {
    assertNull(Json.readBytes(utf8(json), utf8(json).length), json);
  }

  @Test
  void leavesInvalidUtf8ToTheTextReader() {
    int[][] bad = {
      {0xC0, 0x80}, // overlong NUL
      {0xC1, 0xBF}, // overlong
      {0xE0, 0x9F, 0xBF}, // overlong three-byte
      {0xED, 0xA0, 0x80}, // an encoded surrogate
      {0xF0, 0x8F, 0xBF, 0xBF}, // overlong four-byte
      {0xF4, 0x90, 0x80, 0x80}, // above U+10FFFF
      {0xF5, 0x80, 0x80, 0x80},
      {0xFF},
      {0x80}, // a lone continuation
      {0xE2, 0x82}, // cut short
      {0xF0, 0x9F, 0x8C} // cut short
    };
    for (int[] sequence : bad) {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      line.writeBytes(utf8("{\"text\":\"a"));
      for (int b : sequence) {
        line.write(b);
      }
      line.writeBytes(utf8("b\"}"));
      byte[] bytes = line.toByteArray();
      assertNull(Json.readBytes(bytes, bytes.length));
      assertEquals("error", slow(bytes));
    }
  }

  @Test
  void leavesDeepNestingToTheTextReader() {
    String deep = "{\"a\":" + "[".repeat(70) + "]".repeat(70) + "}";
    assertNull(Json.readBytes(utf8(deep), utf8(deep).length));
    assertTrue(slow(utf8(deep)).startsWith("{\"a\":[[[["));
    String within = "{\"a\":" + "[".repeat(60) + "]".repeat(60) + "}";
    assertNotNull(fast(utf8(within)));
  }

  @Test
  void readsTheFirstBytesOfALongerBuffer() {
    byte[] bytes = utf8("{\"text\":\"kept\"}{\"more\":1}");
    Json.Line line = Json.readBytes(bytes, 15);
    assertNotNull(line);
    assertEquals("kept", line.node().get("text").textValue());
  }

  /** Random objects, written and spaced: every one is read, as the text reader reads it. */
  @Test
  void readsEveryRandomObject() {
    Random random = new Random(21);
    for (int i = 0; i < 4000; i++) {
      byte[] line = utf8(spaced(Json.write(randomObject(random, 0)), random));
      assertNotNull(fast(line), () -> new String(line, StandardCharsets.UTF_8));
    }
  }

  /**
   * Long strings, as a batch's texts are: runs of plain ASCII between escapes and multi-byte
   * characters, up to thousands of places to decode in one string (more than the thread's first
   * array of marks holds), with every character within Latin-1 in half of them (decoded into
   * bytes to the end) and any character in the other half.
   */
  @Test
  void readsLongStringsWithManyPlacesToDecode() {
    Random random = new Random(23);
    for (int i = 0; i < 300; i++) {
      boolean latin = i % 2 == 0;
      StringBuilder text = new StringBuilder();
      int places = random.nextInt(i % 10 == 0 ? 3000 : 300);
      for (int k = 0; k < places; k++) {
        for (int run = random.nextInt(random.nextBoolean() ? 3 : 80); run > 0; run--) {
          text.append((char) (' ' + random.nextInt(95)));
        }
        char c = CHARS[random.nextInt(CHARS.length)];
        text.append(latin && c > 0xFF ? (char) (0x80 + random.nextInt(0x80)) : c);
      }
      ObjectNode object = NODES.objectNode();
      object.put("id", i);
      object.put("text", text.toString());
      byte[] line = utf8(Json.write(object));
      Json.Line read = fast(line);
      assertNotNull(read, () -> new String(line, StandardCharsets.UTF_8));
      assertEquals(text.toString(), read.node().get("text").textValue());
    }
  }

  /** Random damage to random lines, as bytes: whatever it reads, it reads as the text reader. */
  @Test
  void agreesWithTheTextReaderOnDamagedLines() {
    Random random = new Random(22);
    int read = 0;
    for (int i = 0; i < 20000; i++) {
      byte[] line = damaged(utf8(spaced(Json.write(randomObject(random, 0)), random)), random);
      if (fast(line) != null) {
        read++;
      }
    }
    assertTrue(read > 1000, "too few damaged lines still flat objects: " + read);
  }

  private static ObjectNode randomObject(Random random, int depth) {
    ObjectNode object = NODES.objectNode();
    int fields = random.nextInt(6);
    for (int i = 0; i < fields; i++) {
      String name = random.nextInt(3) == 0 ? "id" : JsonTest.randomString(random, 5, CHARS);
      object.set(name, randomValue(random, depth + 1));
    }
    return object;
  }

  private static JsonNode randomValue(Random random, int depth) {
    switch (random.nextInt(depth > 3 ? 9 : 11)) {
      case 9:
        return randomObject(random, depth);
      case 10:
        ArrayNode array = NODES.arrayNode();
        int elements = random.nextInt(4);
        for (int i = 0; i < elements; i++) {
          array.add(randomValue(random, depth + 1));
        }
        return array;
      case 0:
      case 1:
      case 2:
        return TextNode.valueOf(JsonTest.randomString(random, 30, CHARS));
      case 3:
        return IntNode.valueOf(random.nextInt());
      case 4:
        return LongNode.valueOf(random.nextLong());
      case 5:
        return random.nextBoolean()
            ? BigIntegerNode.valueOf(new BigInteger(90, random).negate())
            : DecimalNode.valueOf(new BigDecimal(new BigInteger(50, random), random.nextInt(30) - 15));
      case 6:
        return new POJONode(new RawValue(new String[] {"1e3", "-0", "4.50", "0.0E-7", "7E+2"}[random.nextInt(5)]));
      case 7:
        return BooleanNode.valueOf(random.nextBoolean());
      default:
        return NullNode.instance;
    }
  }

  /** {@link JsonTest#spaced}, and a byte order mark first on one line in eight. */
  private static String spaced(String json, Random random) {
    String spaced = JsonTest.spaced(json, random);
    return random.nextInt(8) == 0 ? "\uFEFF" + spaced : spaced;
  }

  /** One to three byte edits: dropped, inserted or replaced, with syntax and UTF-8 pieces. */
  private static byte[] damaged(byte[] line, Random random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(line);
    byte[] bytes = out.toByteArray();
    int[] pieces = {
      '{', '}', '[', ']', ',', ':', '"', '\\', ' ', '0', '-', '.', 'e', 'u', 't', 'n', 'x', '1', '\t',
      0, 0x1F, 0x80, 0xBF, 0xC0, 0xC3, 0xE2, 0xED, 0xF0, 0xF4, 0xF5, 0xFF
    };
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits && bytes.length > 0; e++) {
      int at = random.nextInt(bytes.length);
      byte piece = (byte) pieces[random.nextInt(pieces.length)];
      ByteArrayOutputStream edited = new ByteArrayOutputStream();
      edited.write(bytes, 0, at);
      switch (random.nextInt(3)) {
        case 0:
          edited.write(bytes, at + 1, bytes.length - at - 1);
          break;
        case 1:
          edited.write(piece);
          edited.write(bytes, at, bytes.length - at);
          break;
        default:
          edited.write(piece);
          edited.write(bytes, at + 1, bytes.length - at - 1);
          break;
      }
      bytes = edited.toByteArray();
    }
    return bytes;
  }
}
