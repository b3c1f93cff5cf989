package io.github.tldr4j.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.FloatNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import io.github.tldr4j.summarizer.CompressionStats;
import io.github.tldr4j.summarizer.ScoredSentence;
import io.github.tldr4j.summarizer.Summary;
import io.github.tldr4j.summarizer.text.Words;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written JSON reader and writer against Jackson's streaming parser and generator, which
 * did this work before: the same trees from the same lines, the same lines rejected (random lines
 * and random damage to valid ones), the same bytes written.
 */
final class JsonTest {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Characters that test every escape: controls, quotes, slashes, DEL, Latin-1, CJK, surrogates. */
  private static final char[] CHARS = {
    'a', 'Z', '0', ' ', '"', '\\', '/', '\'', '\n', '\r', '\t', '\b', '\f', 0, 1, 0x1F, 0x7F, 0x80,
    0xE9, 0xA0, 0x2028, 0x4E2D, 0xFEFF, 0xD83D, 0xDE00, 0xD800, 0xDC00, '{', '}', '[', ']', ':', ','
  };

  @Test
  void writesWhatJacksonsGeneratorWrote() {
    Random random = new Random(11);
    for (int i = 0; i < 3000; i++) {
      JsonNode tree = randomTree(random, 0);
      assertEquals(jacksonWrite(tree), Json.write(tree), () -> "tree " + tree);
    }
  }

  /**
   * A summary's fields, written as text, are what Jackson's generator wrote for their tree of nodes
   * (text nodes of the sentences on one line, int nodes, the stats' numbers and the saved double).
   */
  @Test
  void summaryIsWrittenAsJacksonWroteItsTree() {
    Random random = new Random(13);
    for (int i = 0; i < 2000; i++) {
      int n = random.nextInt(5);
      List<ScoredSentence> sentences = new ArrayList<>();
      int index = random.nextInt(3);
      int start = 0;
      for (int k = 0; k < n; k++) {
        String text = randomString(random, 40, CHARS);
        sentences.add(new ScoredSentence(index, start, start + text.length(), random.nextDouble(), text));
        index += 1 + random.nextInt(4);
        start += text.length() + 1;
      }
      int originalWords = random.nextInt(5000);
      int summaryWords = originalWords == 0 ? 0 : random.nextInt(originalWords + 1);
      CompressionStats stats =
          new CompressionStats(originalWords, index + random.nextInt(3), random.nextInt(90_000), summaryWords, n);
      ObjectNode tree = NODES.objectNode();
      tree.put("id", i);
      ArrayNode texts = tree.putArray("summary");
      ArrayNode indices = tree.putArray("indices");
      for (ScoredSentence s : sentences) {
        texts.add(Words.oneLine(s.text()));
        indices.add(s.index());
      }
      tree.putObject("stats")
          .put("originalWords", stats.originalWords())
          .put("originalSentences", stats.originalSentences())
          .put("originalCharacters", stats.originalCharacters())
          .put("summaryWords", stats.summaryWords())
          .put("summarySentences", stats.summarySentences())
          .put("saved", stats.saved())
          .put("savedPercent", stats.savedPercent());
      ObjectNode written = NODES.objectNode();
      written.put("id", i);
      Json.summary(written, new Summary(sentences, stats));
      assertEquals(jacksonWrite(tree), Json.write(written), () -> "summary " + sentences + " " + stats);
    }
  }

  /** A line is the text of the tree and a line feed, in UTF-8, however long the lines before. */
  @Test
  void writesLinesAsUtf8WithALineFeed() {
    Random random = new Random(14);
    for (int i = 0; i < 2000; i++) {
      JsonNode tree =
          i % 500 == 7
              ? TextNode.valueOf("\u00e9".repeat(1_100_000))
              : randomTree(random, 0);
      byte[] expected = (jacksonWrite(tree) + "\n").getBytes(StandardCharsets.UTF_8);
      assertArrayEquals(expected, Json.writeLine(tree), () -> "tree " + tree);
    }
  }

  @Test
  void writesNumbersByTheirType() {
    ObjectNode node = NODES.objectNode();
    node.put("i", -7)
        .put("l", 1L << 40)
        .put("b", new BigInteger("123456789012345678901234567890"))
        .put("d", 0.25)
        .put("n", Double.NaN)
        .put("inf", Double.NEGATIVE_INFINITY)
        .put("f", 1.5f)
        .put("e", new BigDecimal("1E+3"))
        .put("t", true)
        .putNull("z");
    node.set("raw", new POJONode(new RawValue("4.50")));
    assertEquals(
        "{\"i\":-7,\"l\":1099511627776,\"b\":123456789012345678901234567890,\"d\":0.25,"
            + "\"n\":\"NaN\",\"inf\":\"-Infinity\",\"f\":1.5,\"e\":1E+3,\"t\":true,\"z\":null,"
            + "\"raw\":4.50}",
        Json.write(node));
  }

  @Test
  void escapesControlCharactersQuotesAndLoneSurrogates() {
    assertEquals(
        "\"a\\\"b\\\\c/\\n\\t\\u0000\\u001F\u007f\u00e9\ud83d\ude00\\ud800x\\udc00\"",
        Json.write(TextNode.valueOf("a\"b\\c/\n\t\u0000\u001f\u007f\u00e9\ud83d\ude00\ud800x\udc00")));
  }

  @Test
  void readsWhatJacksonsParserRead() throws Exception {
    Random random = new Random(12);
    for (int i = 0; i < 3000; i++) {
      String json = spaced(jacksonWrite(randomTree(random, 0)), random);
      Json.Line line = Json.read(json);
      Json.Line expected = jacksonRead(json);
      assertEquals(expected.node(), line.node(), json);
      assertEquals(expected.id().map(Json::write), line.id().map(Json::write), json);
    }
  }

  @Test
  void rejectsWhatJacksonsParserRejectedAndReadsTheRestAlike() throws Exception {
    Random random = new Random(13);
    int rejected = 0;
    for (int i = 0; i < 20000; i++) {
      String json = damaged(jacksonWrite(randomTree(random, 0)), random);
      Optional<Json.Line> expected = jacksonReadOrEmpty(json);
      Json.Line line;
      try {
        line = Json.read(json);
      } catch (Json.MalformedJsonException e) {
        assertTrue(expected.isEmpty(), () -> "Jackson read " + json + " as " + expected.get().node());
        assertTrue(e.getMessage().matches(".+ at column \\d+"), e.getMessage());
        rejected++;
        continue;
      }
      assertTrue(expected.isPresent(), () -> "Jackson rejected " + json);
      assertEquals(expected.get().node(), line.node(), json);
      assertEquals(expected.get().id().map(Json::write), line.id().map(Json::write), json);
    }
    assertTrue(rejected > 5000, "damage rejected " + rejected + " times");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "{",
        "}",
        "[1,]",
        "{\"a\":1,}",
        "{,}",
        "[,1]",
        "{\"a\" 1}",
        "{a:1}",
        "{'a':1}",
        "[01]",
        "[-01]",
        "[+1]",
        "[.5]",
        "[1.]",
        "[1e]",
        "[1e+]",
        "[-]",
        "[NaN]",
        "[Infinity]",
        "[nul]",
        "[nullx]",
        "[True]",
        "[\"a\\x\"]",
        "[\"a\\u12\"]",
        "[\"a\\u12g4\"]",
        "[\"tab\there\"]",
        "[\"open]",
        "[1e99999999999]",
        "[1 2]",
        "{} {}",
        "{}x",
        "[1]]",
        "\ufeff{}",
        "// comment\n{}",
        "{\"a\":1}\u0000"
      })
  void malformedLinesAreRejectedAsJacksonRejectedThem(String json) {
    assertTrue(jacksonReadOrEmpty(json).isEmpty(), "Jackson rejects " + json);
    assertThrows(Json.MalformedJsonException.class, () -> Json.read(json));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "|no content at column 1",
        "{\"id\":1,|unexpected end of input at column 9",
        "{\"id\":01}|a number with a leading zero at column 9",
        "[1,]|a trailing comma before ']' at column 4",
        "{\"a\":tru}|unrecognized token 'tru' at column 6",
        "{} x|more after the value: 'x' at column 4",
        "{\"a\" 1}|expected ':', found '1' at column 6"
      })
  void errorsSayWhatAndWhere(String json, String message) {
    Json.MalformedJsonException e =
        assertThrows(Json.MalformedJsonException.class, () -> Json.read(json == null ? "" : json));
    assertEquals(message, e.getMessage());
  }

  @Test
  void nestingIsBoundedAsJacksonBoundedIt() throws Exception {
    String deepest = "[".repeat(1000) + "]".repeat(1000);
    assertEquals(jacksonRead(deepest).node(), Json.read(deepest).node());
    String deeper = "[".repeat(1001) + "]".repeat(1001);
    assertTrue(jacksonReadOrEmpty(deeper).isEmpty());
    Json.MalformedJsonException e =
        assertThrows(Json.MalformedJsonException.class, () -> Json.read(deeper));
    assertEquals("nesting deeper than 1000 levels at column 1001", e.getMessage());
  }

  @Test
  void numbersAreReadByTheirSizeAndExactly() throws Exception {
    String json =
        "[0,-0,2147483647,-2147483648,2147483648,9223372036854775807,-9223372036854775808,"
            + "9223372036854775808,123456789012345678901234567890,4.50,1e3,-0.0,1.5E-300]";
    JsonNode node = Json.read(json).node();
    assertEquals(jacksonRead(json).node(), node);
    assertEquals(IntNode.valueOf(2147483647), node.get(2));
    assertEquals(LongNode.valueOf(2147483648L), node.get(4));
    assertEquals(BigIntegerNode.valueOf(new BigInteger("9223372036854775808")), node.get(7));
    assertEquals(new BigDecimal("4.50"), node.get(9).decimalValue());
    String longNumber = "[" + "1".repeat(1001) + "]";
    assertTrue(jacksonReadOrEmpty(longNumber).isEmpty());
    assertThrows(Json.MalformedJsonException.class, () -> Json.read(longNumber));
  }

  @Test
  void theLastTopLevelIdCountsAsWrittenAndANestedOneDoesNot() throws Exception {
    Json.Line line = Json.read("{\"id\":1,\"meta\":{\"id\":7},\"id\":4.50,\"text\":\"x\"}");
    assertEquals("4.50", Json.write(line.id().orElseThrow()));
    assertEquals("{\"id\":4.50,\"meta\":{\"id\":7},\"text\":\"x\"}", Json.write(line.node()));
    assertEquals("\"a\"", Json.write(Json.read("{\"id\":\"a\"}").id().orElseThrow()));
    assertTrue(Json.read("{\"text\":\"a\"}").id().isEmpty());
    assertTrue(Json.read("[{\"id\":1}]").id().isEmpty());
  }

  @Test
  void escapesAreDecoded() throws Exception {
    JsonNode node = Json.read("[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\u00E9\\ud83d\\ude00\\ud800\"]").node();
    assertEquals("\"\\/\b\f\n\r\t\u00e9\u00e9\ud83d\ude00\ud800", node.get(0).textValue());
  }

  // ---- random trees, spacing and damage ----

  private static JsonNode randomTree(Random random, int depth) {
    int kind = depth > 3 ? 2 + random.nextInt(10) : random.nextInt(12);
    switch (kind) {
      case 0:
        ObjectNode object = NODES.objectNode();
        int fields = random.nextInt(5);
        for (int i = 0; i < fields; i++) {
          String name = random.nextInt(4) == 0 ? "id" : randomString(random, 4, CHARS);
          object.set(name, randomTree(random, depth + 1));
        }
        return object;
      case 1:
        ArrayNode array = NODES.arrayNode();
        int elements = random.nextInt(5);
        for (int i = 0; i < elements; i++) {
          array.add(randomTree(random, depth + 1));
        }
        return array;
      case 2:
      case 3:
        return TextNode.valueOf(randomString(random, 12, CHARS));
      case 4:
        return IntNode.valueOf(random.nextInt());
      case 5:
        return LongNode.valueOf(random.nextLong());
      case 6:
        return BigIntegerNode.valueOf(new BigInteger(100, random).negate());
      case 7:
        return DecimalNode.valueOf(new BigDecimal(new BigInteger(60, random), random.nextInt(40) - 20));
      case 8:
        double[] doubles = {0.25, -0.0, 1e-300, 123456.789, Double.NaN, Double.POSITIVE_INFINITY};
        return random.nextBoolean()
            ? DoubleNode.valueOf(doubles[random.nextInt(doubles.length)])
            : DoubleNode.valueOf(random.nextGaussian() * 1e6);
      case 9:
        return random.nextBoolean() ? FloatNode.valueOf(random.nextFloat()) : NullNode.instance;
      case 10:
        return BooleanNode.valueOf(random.nextBoolean());
      default:
        return new POJONode(new RawValue(random.nextBoolean() ? "1e3" : "-0"));
    }
  }

  /** Up to {@code maxLength} characters: lower-case letters, and a third of them from {@code chars}. */
  static String randomString(Random random, int maxLength, char[] chars) {
    int length = random.nextInt(maxLength + 1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      sb.append(random.nextInt(3) == 0 ? chars[random.nextInt(chars.length)] : (char) ('a' + random.nextInt(26)));
    }
    return sb.toString();
  }

  /** JSON with whitespace (spaces, tabs, CR, LF) between tokens, found by re-reading it. */
  static String spaced(String json, Random random) {
    StringBuilder sb = new StringBuilder();
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (!inString && "{}[],:".indexOf(c) >= 0 && random.nextInt(3) == 0) {
        sb.append(" \t\r\n".charAt(random.nextInt(4)));
      }
      sb.append(c);
      if (c == '"' && !escaped(json, i)) {
        inString = !inString;
      }
    }
    return sb.toString();
  }

  private static boolean escaped(String json, int at) {
    int backslashes = 0;
    for (int i = at - 1; i >= 0 && json.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  /** A line with one to three random edits: characters dropped, doubled or replaced. */
  private static String damaged(String json, Random random) {
    StringBuilder sb = new StringBuilder(json);
    String pieces = "{}[],:\"\\ 0-.eE+tfnulx1\t/";
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits && sb.length() > 0; e++) {
      int at = random.nextInt(sb.length());
      switch (random.nextInt(3)) {
        case 0:
          sb.deleteCharAt(at);
          break;
        case 1:
          sb.insert(at, pieces.charAt(random.nextInt(pieces.length())));
          break;
        default:
          sb.setCharAt(at, pieces.charAt(random.nextInt(pieces.length())));
          break;
      }
    }
    return sb.toString();
  }

  // ---- Jackson, as the command line used it before ----

  private static String jacksonWrite(JsonNode node) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(out)) {
      jacksonWrite(generator, node);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return Json.escapeLoneSurrogates(out.toString());
  }

  private static void jacksonWrite(JsonGenerator generator, JsonNode node) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT:
        generator.writeStartObject();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          generator.writeFieldName(field.getKey());
          jacksonWrite(generator, field.getValue());
        }
        generator.writeEndObject();
        break;
      case ARRAY:
        generator.writeStartArray();
        for (JsonNode element : node) {
          jacksonWrite(generator, element);
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
        generator.writeRawValue(String.valueOf(((RawValue) ((POJONode) node).getPojo()).rawValue()));
        break;
      default:
        generator.writeNull();
        break;
    }
  }

  private static Optional<Json.Line> jacksonReadOrEmpty(String json) {
    try {
      return Optional.of(jacksonRead(json));
    } catch (IOException | NumberFormatException e) {
      // an exponent beyond an int failed inside Jackson's number parsing, an internal error then
      return Optional.empty();
    }
  }

  private static Json.Line jacksonRead(String json) throws IOException {
    try (JsonParser parser = FACTORY.createParser(json)) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        throw new IOException("no content");
      }
      JsonNode id = null;
      JsonNode root;
      if (token.isScalarValue()) {
        root = jacksonScalar(parser, token);
      } else {
        Deque<ContainerNode<?>> open = new ArrayDeque<>();
        ContainerNode<?> top = token == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
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
          JsonNode value =
              token.isScalarValue()
                  ? jacksonScalar(parser, token)
                  : token == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
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
      if (parser.nextToken() != null) {
        throw new IOException("trailing token");
      }
      return new Json.Line(root, Optional.ofNullable(id));
    }
  }

  private static JsonNode jacksonScalar(JsonParser parser, JsonToken token) throws IOException {
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
}
