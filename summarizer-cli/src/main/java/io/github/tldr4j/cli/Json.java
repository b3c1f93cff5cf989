package io.github.tldr4j.cli;

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
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The JSON shapes the command line writes, and how it reads and writes JSON.
 *
 * <p>Lines are read and written by hand into and out of Jackson's tree nodes: a strict reader of
 * one line ({@link #read}), a reader of a JSON Lines object straight from its UTF-8 bytes that
 * gives the same tree or leaves the line to the first ({@link #readBytes}), and a writer that
 * escapes as Jackson's generator did ({@link #write}).
 * Jackson's streaming parser and generator, with their buffers, symbol tables and factories, were
 * about a sixth of the work of a {@code --jsonl} run on a dev set and an eighth of the code the
 * JVM compiled during it; a line needs none of that. Numbers are read exactly (big decimals, no
 * rounding); trailing content after a JSON value is rejected and the input is left out of error
 * messages. A numeric top-level {@code id} is kept as written ({@link Line#id}), and lone
 * surrogates written as <code>&#92;ud800</code> escapes round-trip ({@link #write}). Thread-safe.
 */
final class Json {

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
   * <p>The three fields are written here as JSON text, raw values that {@link #write} copies, not
   * as trees of nodes: every document of a batch passes through here, and the nodes (an array of
   * text nodes, one of int nodes, an object of number nodes) and the writer's walk over them were
   * interpreted, then compiled, in every batch. The text is what the writer would write for the
   * nodes: the same escapes, the numbers as {@code StringBuilder.append} writes them.
   *
   * @param target the object to add the fields to (so that an {@code id} can come first)
   * @param summary the summary
   * @return {@code target}
   * @throws NullPointerException if an argument is null
   */
  static ObjectNode summary(ObjectNode target, Summary summary) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(summary, "summary");
    List<ScoredSentence> chosen = summary.sentences();
    StringBuilder out = scratchText();
    out.append('[');
    for (int i = 0; i < chosen.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      string(out, Words.oneLine(chosen.get(i).text()));
    }
    target.putRawValue("summary", new RawValue(out.append(']').toString()));
    out.setLength(0);
    out.append('[');
    for (int i = 0; i < chosen.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(chosen.get(i).index());
    }
    target.putRawValue("indices", new RawValue(out.append(']').toString()));
    out.setLength(0);
    target.putRawValue("stats", new RawValue(stats(out, summary.stats()).toString()));
    return target;
  }

  /**
   * Writes a {@code stats} object: the counts, {@code saved} as a fraction in [0, 1] and {@code
   * savedPercent} as a whole percentage.
   *
   * @param out where to write it
   * @param stats the statistics
   * @return {@code out}
   */
  static StringBuilder stats(StringBuilder out, CompressionStats stats) {
    return out.append("{\"originalWords\":")
        .append(stats.originalWords())
        .append(",\"originalSentences\":")
        .append(stats.originalSentences())
        .append(",\"originalCharacters\":")
        .append(stats.originalCharacters())
        .append(",\"summaryWords\":")
        .append(stats.summaryWords())
        .append(",\"summarySentences\":")
        .append(stats.summarySentences())
        .append(",\"saved\":")
        .append(stats.saved()) // always finite: a fraction in [0, 1]
        .append(",\"savedPercent\":")
        .append(stats.savedPercent())
        .append('}');
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

  /** A line that is not one JSON value; the message says what is wrong and at which column. */
  static final class MalformedJsonException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedJsonException(String message) {
      super(message);
    }
  }

  /**
   * Reads one JSON value, which must fill the text (whitespace aside).
   *
   * @param json the text
   * @return the value, with a top-level number {@code "id"} as written
   * @throws MalformedJsonException if the text is not one JSON value
   */
  static Line read(String json) throws MalformedJsonException {
    return new Reader(json).line();
  }

  /**
   * Writes a node as compact JSON on one line, escaped as Jackson's generator escapes it (the
   * quotation mark, the backslash and the control characters; a control character without a short
   * escape as <code>&#92;u00XX</code>), numbers by their type, a raw value verbatim, and each lone
   * surrogate as its <code>&#92;uxxxx</code> escape ({@link #escapeLoneSurrogates}).
   *
   * @param node the node
   * @return the JSON text, without a line terminator
   */
  static String write(JsonNode node) {
    StringBuilder out = new StringBuilder(256);
    write(out, node);
    return out.toString();
  }

  /**
   * Writes a node as {@link #write(JsonNode)} does, as one line of UTF-8: its bytes and a line
   * feed. The text is put together in the thread's scratch builder ({@link #scratchText}), so that
   * the line's string and its bytes are all it allocates.
   *
   * @param node the node
   * @return the line's UTF-8 bytes, ending with {@code \n}
   */
  static byte[] writeLine(JsonNode node) {
    StringBuilder out = scratchText();
    write(out, node);
    return out.append('\n').toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The thread's builder for JSON text, emptied: each document of a batch writes its output line
   * and its summary's fields through it, where a new builder for each, grown by doubling, had
   * allocated several times the text (and fresh memory costs the JVM a page fault per page on
   * first touch). One that grew beyond a megabyte is not kept.
   */
  private static StringBuilder scratchText() {
    StringBuilder out = SCRATCH_TEXT.get();
    if (out.capacity() > Scratch.KEPT) {
      out = new StringBuilder(1024);
      SCRATCH_TEXT.set(out);
    }
    out.setLength(0);
    return out;
  }

  /** Each thread's builder for {@link #scratchText}; a subclass rather than a lambda. */
  private static final ThreadLocal<StringBuilder> SCRATCH_TEXT =
      new ThreadLocal<>() {
        @Override
        protected StringBuilder initialValue() {
          return new StringBuilder(1024);
        }
      };

  /** Writes a node as the tree mapper did: numbers by their type, a raw value verbatim. */
  private static void write(StringBuilder out, JsonNode node) {
    switch (node.getNodeType()) {
      case OBJECT:
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          if (!first) {
            out.append(',');
          }
          first = false;
          string(out, field.getKey());
          out.append(':');
          write(out, field.getValue());
        }
        out.append('}');
        break;
      case ARRAY:
        out.append('[');
        for (int i = 0; i < node.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          write(out, node.get(i));
        }
        out.append(']');
        break;
      case STRING:
        string(out, node.textValue());
        break;
      case NUMBER:
        number(out, node);
        break;
      case BOOLEAN:
        out.append(node.booleanValue());
        break;
      case POJO:
        Object value = ((POJONode) node).getPojo();
        if (!(value instanceof RawValue raw)) {
          throw new IllegalStateException("not a raw JSON value: " + value);
        }
        out.append(raw.rawValue());
        break;
      default:
        out.append("null");
        break;
    }
  }

  private static void number(StringBuilder out, JsonNode node) {
    switch (node.numberType()) {
      case INT:
        out.append(node.intValue());
        break;
      case LONG:
        out.append(node.longValue());
        break;
      case BIG_INTEGER:
        out.append(node.bigIntegerValue());
        break;
      case FLOAT:
        float f = node.floatValue();
        if (Float.isFinite(f)) {
          out.append(f);
        } else {
          string(out, Float.toString(f));
        }
        break;
      case DOUBLE:
        double d = node.doubleValue();
        if (Double.isFinite(d)) {
          out.append(d);
        } else {
          string(out, Double.toString(d)); // quoted, as Jackson writes NaN and infinities
        }
        break;
      default:
        out.append(node.decimalValue().toString());
        break;
    }
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** A quoted string: JSON's escapes, control characters and lone surrogates escaped. */
  private static void string(StringBuilder out, String s) {
    out.append('"');
    int n = s.length();
    int copied = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= ' ' && c != '"' && c != '\\' && (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE)) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++; // a valid pair, written as it is
        continue;
      }
      out.append(s, copied, i);
      copied = i + 1;
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        default:
          if (c < ' ') {
            out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
          } else {
            // a lone surrogate: UTF-8 cannot encode it, its escape round-trips
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          }
          break;
      }
    }
    out.append(s, copied, n).append('"');
  }

  /**
   * The node of a number that is valid JSON: integers an int, long or big-integer node by size,
   * other numbers a big decimal, exactly as written.
   *
   * @param text the number
   * @param digits how many digits its integer part has
   * @param integer whether it has neither a fraction nor an exponent
   * @return the node, or null for an exponent beyond an int
   */
  private static JsonNode numberNode(String text, int digits, boolean integer) {
    if (!integer) {
      try {
        return DecimalNode.valueOf(new BigDecimal(text));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    if (digits <= 9) {
      return IntNode.valueOf(Integer.parseInt(text));
    }
    if (digits <= 18) {
      long value = Long.parseLong(text);
      return value == (int) value ? IntNode.valueOf((int) value) : LongNode.valueOf(value);
    }
    BigInteger value = new BigInteger(text);
    return value.bitLength() < 64 ? LongNode.valueOf(value.longValue()) : BigIntegerNode.valueOf(value);
  }

  /**
   * Reads a JSON Lines line that is one object, straight from its UTF-8 bytes. The result is the
   * one that {@link Inputs#decode decoding} the line and {@link #read reading} the text gives (the
   * same tree, the same {@code id}); anything else (a line that is not an object, a byte that is
   * not valid UTF-8, malformed JSON, a limit reached, containers nested more than {@value
   * ByteReader#MAX_DEPTH} deep, a blank line) gives null, and the caller takes that slower way,
   * which also finds the error to report. A batch's lines are nearly all objects of a few fields
   * and one long text: read here, each of its
   * characters is looked at once or twice, where decoding, checking for the replacement
   * character, finding the closing quote and the escapes, and copying the pieces between them
   * went over the text five times, in code that was interpreted, then compiled, in every batch.
   *
   * @param bytes the line, without its line terminator
   * @param length how many of the bytes are the line
   * @return the object, or null if the line must be decoded and read as text
   */
  static Line readBytes(byte[] bytes, int length) {
    return new ByteReader(bytes, length).line();
  }

  /**
   * A thread's arrays for decoding the strings of its lines, grown to the longest string up to
   * {@value #KEPT} characters (a longer one gets arrays of its own): a text decoded into a fresh
   * array and then copied into its string allocated three times its length for every line, and
   * fresh memory costs the JVM a page fault per page on first touch.
   */
  private static final class Scratch {
    static final int KEPT = 1 << 20;

    private byte[] latin = new byte[1 << 13];
    private char[] chars = new char[1 << 12];
    /** Where the string being read has a backslash or a byte of a multi-byte sequence. */
    private int[] marks = new int[1 << 8];

    /** A full array of marks, twice as long, with the same marks first. */
    int[] moreMarks(int[] full) {
      int[] grown = Arrays.copyOf(full, 2 * full.length);
      if (grown.length <= KEPT) {
        marks = grown;
      }
      return grown;
    }

    byte[] latin(int length) {
      if (length <= latin.length) {
        return latin;
      }
      byte[] grown = new byte[length];
      if (length <= KEPT) {
        latin = grown;
      }
      return grown;
    }

    char[] chars(int length) {
      if (length <= chars.length) {
        return chars;
      }
      char[] grown = new char[length];
      if (length <= KEPT) {
        chars = grown;
      }
      return grown;
    }
  }

  /** Each thread's {@link Scratch}; a subclass rather than a lambda (see {@code Tldr}'s warm-up). */
  private static final ThreadLocal<Scratch> SCRATCH =
      new ThreadLocal<>() {
        @Override
        protected Scratch initialValue() {
          return new Scratch();
        }
      };

  /** {@link #readBytes}: a cursor over the bytes of a line; each method gives up with null or false. */
  private static final class ByteReader {
    static final int MAX_DEPTH = 64;

    private final byte[] b;
    private final int n;
    private int at;
    private JsonNode id;

    ByteReader(byte[] bytes, int length) {
      this.b = bytes;
      this.n = length;
    }

    Line line() {
      if (n >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
        at = 3; // a byte order mark, which decoding drops
      }
      skipSpace();
      if (at >= n || b[at] != '{') {
        return null;
      }
      ObjectNode root = NODES.objectNode();
      if (!object(root, 0)) {
        return null;
      }
      skipSpace();
      return at == n ? new Line(root, Optional.ofNullable(id)) : null;
    }

    /** The members of an object, from its opening brace to after its closing one. */
    private boolean object(ObjectNode object, int depth) {
      at++;
      skipSpace();
      if (at < n && b[at] == '}') {
        at++;
        return true;
      }
      while (true) {
        if (at >= n || b[at] != '"') {
          return false;
        }
        String name = string(Reader.MAX_NAME);
        if (name == null) {
          return false;
        }
        skipSpace();
        if (at >= n || b[at] != ':') {
          return false;
        }
        at++;
        skipSpace();
        if (at >= n) {
          return false;
        }
        int valueStart = at;
        JsonNode value = value(depth);
        if (value == null) {
          return false;
        }
        object.set(name, value);
        if (depth == 0 && name.equals("id")) {
          id =
              value.isNumber()
                  ? new POJONode(
                      new RawValue(latin1(b, valueStart, at - valueStart)))
                  : value;
        }
        skipSpace();
        if (at >= n) {
          return false;
        }
        if (b[at] == '}') {
          at++;
          return true;
        }
        if (b[at] != ',') {
          return false;
        }
        at++;
        skipSpace();
      }
    }

    /** The elements of an array, from its opening bracket to after its closing one. */
    private boolean array(ArrayNode array, int depth) {
      at++;
      skipSpace();
      if (at < n && b[at] == ']') {
        at++;
        return true;
      }
      while (true) {
        if (at >= n) {
          return false;
        }
        JsonNode value = value(depth);
        if (value == null) {
          return false;
        }
        array.add(value);
        skipSpace();
        if (at >= n) {
          return false;
        }
        if (b[at] == ']') {
          at++;
          return true;
        }
        if (b[at] != ',') {
          return false;
        }
        at++;
        skipSpace();
      }
    }

    /**
     * A value inside a container {@code depth} levels deep; a scalar must be followed by what may
     * follow a member (else the reader of text decides: "truex", "1x" and "1é" are errors there).
     * Containers nest at most {@value #MAX_DEPTH} levels here (by recursion), the reader of text
     * reads deeper ones.
     */
    private JsonNode value(int depth) {
      byte c = b[at];
      JsonNode value;
      if (c == '"') {
        String text = string(Reader.MAX_STRING);
        return text == null ? null : TextNode.valueOf(text);
      } else if (c == '{' || c == '[') {
        if (depth + 1 >= MAX_DEPTH) {
          return null;
        }
        if (c == '{') {
          ObjectNode object = NODES.objectNode();
          return object(object, depth + 1) ? object : null;
        }
        ArrayNode array = NODES.arrayNode();
        return array(array, depth + 1) ? array : null;
      } else if (c == '-' || c >= '0' && c <= '9') {
        value = number();
      } else if (c == 't') {
        value = literal("true") ? BooleanNode.TRUE : null;
      } else if (c == 'f') {
        value = literal("false") ? BooleanNode.FALSE : null;
      } else if (c == 'n') {
        value = literal("null") ? NullNode.instance : null;
      } else {
        return null;
      }
      if (value == null
          || at < n && !isSpace(b[at]) && b[at] != ',' && b[at] != '}' && b[at] != ']') {
        return null;
      }
      return value;
    }

    private boolean literal(String word) {
      int end = at + word.length();
      if (end > n) {
        return false;
      }
      for (int k = 0; k < word.length(); k++) {
        if (b[at + k] != word.charAt(k)) {
          return false;
        }
      }
      at = end;
      return true;
    }

    private JsonNode number() {
      int start = at;
      if (b[at] == '-') {
        at++;
      }
      int digits = digits();
      if (digits == 0 || digits > 1 && b[at - digits] == '0') {
        return null;
      }
      boolean integer = true;
      if (at < n && b[at] == '.') {
        at++;
        integer = false;
        if (digits() == 0) {
          return null;
        }
      }
      if (at < n && (b[at] == 'e' || b[at] == 'E')) {
        at++;
        integer = false;
        if (at < n && (b[at] == '+' || b[at] == '-')) {
          at++;
        }
        if (digits() == 0) {
          return null;
        }
      }
      if (at - start > Reader.MAX_NUMBER) {
        return null;
      }
      return numberNode(latin1(b, start, at - start), digits, integer);
    }

    private int digits() {
      int start = at;
      while (at < n && b[at] >= '0' && b[at] <= '9') {
        at++;
      }
      return at - start;
    }

    /**
     * A string from its opening quote on: its closing quote found first, with the places where
     * decoding has work to do (a backslash, a byte of a multi-byte sequence) marked on the way;
     * then its bytes copied as Latin-1 when there are none, else decoded (strict UTF-8, JSON's
     * escapes): into Latin-1 bytes while every character fits, the ASCII runs between the marks
     * copied whole, into UTF-16 characters from the first one that does not. Both go to the
     * thread's scratch arrays ({@link Scratch}), so that the string itself is the only copy a
     * line allocates. Every text of a batch has line breaks (escaped), so every one is decoded:
     * copying the runs whole, where each byte went through a loop of its own, took the reading
     * of BBC News (1,007 stories, 3.4 MB) from 12.9 to 6.8 ms with the quick compiler (compiled),
     * of CNN/DailyMail from 24 to 16.
     */
    private String string(int max) {
      int start = ++at;
      int i = start;
      Scratch scratch = null;
      int[] marks = null;
      int marked = 0;
      while (true) {
        if (i >= n) {
          return null;
        }
        byte c = b[i];
        if (c >= ' ') {
          if (c == '"') {
            break;
          }
          if (c != '\\') {
            i++;
            continue;
          }
        } else if (c >= 0) {
          return null; // an unescaped control character
        }
        if (marks == null) {
          scratch = SCRATCH.get();
          marks = scratch.marks;
        } else if (marked == marks.length) {
          marks = scratch.moreMarks(marks);
        }
        marks[marked++] = i;
        i += c == '\\' ? 2 : 1; // what follows a backslash is checked while decoding
      }
      at = i + 1;
      if (marks == null) {
        return i - start > max ? null : latin1(b, start, i - start);
      }
      byte[] latin = scratch.latin(i - start);
      int o = 0;
      int p = start;
      for (int m = 0; m < marked; m++) {
        int mark = marks[m];
        if (mark < p) {
          continue; // a continuation byte of a sequence decoded
        }
        System.arraycopy(b, p, latin, o, mark - p);
        o += mark - p;
        p = mark;
        int c = b[p];
        int ch = c == '\\' ? escape(p, i) : codePoint(p, i);
        if (ch < 0) {
          return null;
        }
        if (ch > 0xFF) {
          char[] chars = scratch.chars(i - start);
          for (int k = 0; k < o; k++) {
            chars[k] = (char) (latin[k] & 0xFF);
          }
          o = wide(p, i, chars, o);
          return o < 0 || o > max ? null : new String(chars, 0, o);
        }
        latin[o++] = (byte) ch;
        p += c == '\\' ? escapeLength(p) : 2;
      }
      System.arraycopy(b, p, latin, o, i - p);
      o += i - p;
      return o > max ? null : latin1(latin, 0, o);
    }

    /** Decodes {@code b[p, end)} into {@code chars} from {@code o} on: the new length, or -1. */
    private int wide(int p, int end, char[] chars, int o) {
      while (p < end) {
        int c = b[p];
        if (c >= 0 && c != '\\') {
          chars[o++] = (char) c;
          p++;
        } else if (c == '\\') {
          int e = escape(p, end);
          if (e < 0) {
            return -1;
          }
          chars[o++] = (char) e;
          p += escapeLength(p);
        } else {
          int cp = codePoint(p, end);
          if (cp < 0) {
            return -1;
          }
          if (cp < 0x10000) {
            chars[o++] = (char) cp;
          } else {
            chars[o++] = Character.highSurrogate(cp);
            chars[o++] = Character.lowSurrogate(cp);
          }
          p += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        }
      }
      return o;
    }

    /** The bytes of the escape at {@code p} (a backslash, never the string's last byte). */
    private int escapeLength(int p) {
      return b[p + 1] == 'u' ? 6 : 2;
    }

    /** The character of the escape at {@code p}, before {@code end}; -1 if it is not one. */
    private int escape(int p, int end) {
      switch (b[p + 1]) {
        case '"':
          return '"';
        case '\\':
          return '\\';
        case '/':
          return '/';
        case 'b':
          return '\b';
        case 'f':
          return '\f';
        case 'n':
          return '\n';
        case 'r':
          return '\r';
        case 't':
          return '\t';
        case 'u':
          if (p + 6 > end) {
            return -1;
          }
          int code = 0;
          for (int k = p + 2; k < p + 6; k++) {
            int d = hex(b[k]);
            if (d < 0) {
              return -1;
            }
            code = code << 4 | d;
          }
          return code;
        default:
          return -1;
      }
    }

    /**
     * The code point of the multi-byte UTF-8 sequence at {@code p} (before {@code end}), or -1 if
     * it is not one that a strict decoder accepts (RFC 3629: no overlong forms, no surrogates,
     * nothing above U+10FFFF).
     */
    private int codePoint(int p, int end) {
      int c = b[p] & 0xFF;
      if (c >= 0xC2 && c <= 0xDF) {
        return p + 1 < end && isContinuation(b[p + 1]) ? (c & 0x1F) << 6 | b[p + 1] & 0x3F : -1;
      }
      if (c >= 0xE0 && c <= 0xEF) {
        if (p + 2 >= end || !isContinuation(b[p + 1]) || !isContinuation(b[p + 2])) {
          return -1;
        }
        int cp = (c & 0x0F) << 12 | (b[p + 1] & 0x3F) << 6 | b[p + 2] & 0x3F;
        return cp < 0x800 || cp >= 0xD800 && cp <= 0xDFFF ? -1 : cp;
      }
      if (c >= 0xF0 && c <= 0xF4) {
        if (p + 3 >= end
            || !isContinuation(b[p + 1])
            || !isContinuation(b[p + 2])
            || !isContinuation(b[p + 3])) {
          return -1;
        }
        int cp = (c & 0x07) << 18 | (b[p + 1] & 0x3F) << 12 | (b[p + 2] & 0x3F) << 6 | b[p + 3] & 0x3F;
        return cp < 0x10000 || cp > 0x10FFFF ? -1 : cp;
      }
      return -1;
    }

    /**
     * The bytes {@code bytes[from, from + length)}, Latin-1 characters, as a string: through the
     * constructor that copies bytes as Latin-1 characters (deprecated only because it cannot
     * decode other charsets), which is a copy of the array, where the charset constructor is a
     * large method that the JVM would compile for these calls alone.
     */
    @SuppressWarnings("deprecation")
    private static String latin1(byte[] bytes, int from, int length) {
      return new String(bytes, 0, from, length);
    }

    private static boolean isContinuation(byte c) {
      return (c & 0xC0) == 0x80;
    }

    private static int hex(byte c) {
      if (c >= '0' && c <= '9') {
        return c - '0';
      }
      if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
      }
      if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
      }
      return -1;
    }

    private static boolean isSpace(byte c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private void skipSpace() {
      while (at < n && isSpace(b[at])) {
        at++;
      }
    }
  }

  /**
   * A strict JSON reader of one line (RFC 8259): no comments, no trailing commas, no leading zeros,
   * no unescaped control characters; at most {@value #MAX_DEPTH} nested containers, strings of at
   * most {@value #MAX_STRING} characters, names of at most {@value #MAX_NAME} and numbers of at most
   * {@value #MAX_NUMBER} (Jackson's default limits, which read these lines before). Integers
   * become int, long or big-integer nodes by size, other numbers big decimals, exactly as
   * written; of duplicate names the last value counts, in the place of the first. Containers are
   * read without recursion: a deeply nested line costs heap, not stack.
   */
  private static final class Reader {
    static final int MAX_DEPTH = 1000;
    static final int MAX_STRING = 20_000_000;
    static final int MAX_NAME = 50_000;
    static final int MAX_NUMBER = 1000;

    private final String json;
    private final int n;
    private int at;

    Reader(String json) {
      this.json = json;
      this.n = json.length();
    }

    Line line() throws MalformedJsonException {
      skipSpace();
      if (at >= n) {
        throw error("no content");
      }
      JsonNode id = null;
      JsonNode root;
      char c = json.charAt(at);
      if (c != '{' && c != '[') {
        root = scalar();
      } else {
        Deque<ContainerNode<?>> open = new ArrayDeque<>();
        ContainerNode<?> top = container();
        root = top;
        while (top != null) {
          // after an opening bracket or a value: a member, a comma or the closing bracket
          skipSpace();
          boolean object = top instanceof ObjectNode;
          char close = object ? '}' : ']';
          if (at < n && json.charAt(at) == close) {
            at++;
            top = open.pollLast();
            if (top != null) {
              separator(top);
            }
            continue;
          }
          String field = null;
          if (object) {
            field = name();
            skipSpace();
            expect(':');
            skipSpace();
          }
          if (at >= n) {
            throw error("unexpected end of input");
          }
          c = json.charAt(at);
          boolean nested = c == '{' || c == '[';
          if (nested && open.size() + 1 >= MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH + " levels");
          }
          int valueStart = at;
          JsonNode value = nested ? container() : scalar();
          if (object) {
            ((ObjectNode) top).set(field, value);
            if (open.isEmpty() && field.equals("id")) {
              id =
                  value.isNumber()
                      ? new POJONode(new RawValue(json.substring(valueStart, at)))
                      : value;
            }
          } else {
            ((ArrayNode) top).add(value);
          }
          if (nested) {
            open.addLast(top);
            top = (ContainerNode<?>) value;
          } else {
            separator(top);
          }
        }
      }
      skipSpace();
      if (at < n) {
        throw error("more after the value: " + describe(json.charAt(at)));
      }
      return new Line(root, Optional.ofNullable(id));
    }

    /** After a member of {@code top}: a comma before the next one, or its closing bracket. */
    private void separator(ContainerNode<?> top) throws MalformedJsonException {
      skipSpace();
      if (at >= n) {
        throw error("unexpected end of input");
      }
      char c = json.charAt(at);
      char close = top instanceof ObjectNode ? '}' : ']';
      if (c == ',') {
        at++;
        skipSpace();
        if (at < n && json.charAt(at) == close) {
          throw error("a trailing comma before '" + close + "'");
        }
      } else if (c != close) {
        throw error("expected ',' or '" + close + "', found " + describe(c));
      }
    }

    private ContainerNode<?> container() {
      return json.charAt(at++) == '{' ? NODES.objectNode() : NODES.arrayNode();
    }

    private String name() throws MalformedJsonException {
      if (at >= n) {
        throw error("unexpected end of input");
      }
      if (json.charAt(at) != '"') {
        throw error("expected a name in quotes, found " + describe(json.charAt(at)));
      }
      return string(MAX_NAME, "name");
    }

    private JsonNode scalar() throws MalformedJsonException {
      char c = json.charAt(at);
      switch (c) {
        case '"':
          return TextNode.valueOf(string(MAX_STRING, "string"));
        case 't':
          literal("true");
          return BooleanNode.TRUE;
        case 'f':
          literal("false");
          return BooleanNode.FALSE;
        case 'n':
          literal("null");
          return NullNode.instance;
        default:
          if (c == '-' || c >= '0' && c <= '9') {
            return number();
          }
          throw error("unexpected " + describe(c));
      }
    }

    private void literal(String word) throws MalformedJsonException {
      int end = at + word.length();
      if (!json.startsWith(word, at) || end < n && isWordPart(json.charAt(end))) {
        int stop = at;
        while (stop < n && isWordPart(json.charAt(stop)) && stop - at < 32) {
          stop++;
        }
        throw error("unrecognized token '" + json.substring(at, Math.max(stop, at + 1)) + "'");
      }
      at = end;
    }

    private static boolean isWordPart(char c) {
      return Character.isLetterOrDigit(c) || c == '_';
    }

    private JsonNode number() throws MalformedJsonException {
      int start = at;
      if (json.charAt(at) == '-') {
        at++;
      }
      int digits = digits();
      if (digits == 0) {
        throw error("a number without digits");
      }
      if (digits > 1 && json.charAt(at - digits) == '0') {
        throw error("a number with a leading zero");
      }
      boolean integer = true;
      if (at < n && json.charAt(at) == '.') {
        at++;
        integer = false;
        if (digits() == 0) {
          throw error("no digit after a decimal point");
        }
      }
      if (at < n && (json.charAt(at) == 'e' || json.charAt(at) == 'E')) {
        at++;
        integer = false;
        if (at < n && (json.charAt(at) == '+' || json.charAt(at) == '-')) {
          at++;
        }
        if (digits() == 0) {
          throw error("no digit in an exponent");
        }
      }
      if (at - start > MAX_NUMBER) {
        throw error("a number longer than " + MAX_NUMBER + " characters");
      }
      JsonNode value = numberNode(json.substring(start, at), digits, integer);
      if (value == null) {
        throw error("a number out of range"); // an exponent beyond an int
      }
      return value;
    }

    private int digits() {
      int start = at;
      while (at < n && json.charAt(at) >= '0' && json.charAt(at) <= '9') {
        at++;
      }
      return at - start;
    }

    /**
     * A string from its opening quote on: found first (its closing quote, its escapes), then taken
     * as a substring of the line, or put together from its pieces between escapes.
     */
    private String string(int max, String what) throws MalformedJsonException {
      int start = ++at;
      int escapes = 0;
      int i = start;
      while (true) {
        if (i >= n) {
          at = n;
          throw error("a " + what + " without its closing quote");
        }
        char c = json.charAt(i);
        if (c == '"') {
          break;
        }
        if (c < ' ') {
          at = i;
          throw error("an unescaped control character (code " + (int) c + ") in a " + what);
        }
        if (c == '\\') {
          escapes++;
          i += 2; // what follows is checked below
        } else {
          i++;
        }
      }
      String value = escapes == 0 ? json.substring(start, i) : unescape(start, i);
      at = i + 1;
      if (value.length() > max) {
        throw error("a " + what + " longer than " + max + " characters");
      }
      return value;
    }

    /** The string {@code json[start, close)} with its escapes decoded. */
    private String unescape(int start, int close) throws MalformedJsonException {
      StringBuilder sb = new StringBuilder(close - start);
      int from = start;
      while (from < close) {
        int backslash = json.indexOf('\\', from);
        if (backslash < 0 || backslash >= close) {
          break;
        }
        sb.append(json, from, backslash);
        at = backslash + 1;
        char e = json.charAt(at++);
        switch (e) {
          case '"':
          case '\\':
          case '/':
            sb.append(e);
            break;
          case 'b':
            sb.append('\b');
            break;
          case 'f':
            sb.append('\f');
            break;
          case 'n':
            sb.append('\n');
            break;
          case 'r':
            sb.append('\r');
            break;
          case 't':
            sb.append('\t');
            break;
          case 'u':
            int code = 0;
            for (int k = 0; k < 4; k++) {
              int digit = at < close ? Character.digit(json.charAt(at), 16) : -1;
              if (digit < 0 || json.charAt(at) > 'f') {
                throw error("a \\u escape without four hex digits");
              }
              code = code * 16 + digit;
              at++;
            }
            sb.append((char) code);
            break;
          default:
            at--;
            throw error("an unknown escape: a backslash before " + describe(e));
        }
        from = at;
      }
      return sb.append(json, from, close).toString();
    }

    private void expect(char c) throws MalformedJsonException {
      if (at >= n) {
        throw error("unexpected end of input");
      }
      if (json.charAt(at) != c) {
        throw error("expected '" + c + "', found " + describe(json.charAt(at)));
      }
      at++;
    }

    private void skipSpace() {
      while (at < n) {
        char c = json.charAt(at);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
          return;
        }
        at++;
      }
    }

    private static String describe(char c) {
      return c >= ' ' && c < 0x7F
          ? "'" + c + "'"
          : String.format(Locale.ROOT, "U+%04X", (int) c);
    }

    private MalformedJsonException error(String message) {
      return new MalformedJsonException(message + " at column " + (Math.min(at, n) + 1));
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
