package io.github.tldr4j.summarizer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the fast split of Latin lines gives the standard tokenizer's tokens, or declines the
 * line.
 */
final class LatinTokensTest {

  /** Every character the class handles, and some next to them that it must decline. */
  private static final String ALL;

  static {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x100; c++) {
      all.append(c);
    }
    all.append("\u2013\u2014\u2018\u2019\u201C\u201D\u2022\u2026");
    // declined: combining acute, zero-width space and joiner, word joiner, fullwidth period,
    // one-dot leader, Greek, katakana, Hebrew, variation selector, keycap
    all.append("\u0301\u200B\u200D\u2060\uFF0E\u2024\u03B1\u30AB\u05D0\uFE0F\u20E3");
    ALL = all.toString();
  }

  /** Characters weighted toward the ones that join or split words. */
  private static final String COMMON = "aZé9_.,;:'’‘· \u00A0-\"ß0";

  @Test
  void randomLinesGetTheStandardTokenizersTokens() throws IOException {
    Random random = new Random(14);
    LatinTokens tokens = new LatinTokens();
    int handled = 0;
    for (int round = 0; round < 20_000; round++) {
      int maxTokenLength = round % 3 == 0 ? 1 + random.nextInt(12) : 255;
      String line =
          line(tokens, random, 1 + random.nextInt(round % 10 == 0 ? 600 : 40), round % 4 == 0);
      List<String> expected = standard(line, maxTokenLength);
      int count = tokens.split(line.toCharArray(), line.length(), maxTokenLength);
      if (count < 0) {
        continue;
      }
      handled++;
      List<String> actual = new ArrayList<>();
      for (int k = 0; k < count; k++) {
        actual.add(tokens.start(k) + ":" + line.substring(tokens.start(k), tokens.end(k)));
      }
      assertEquals(expected, actual, () -> "line <" + escape(line) + ">");
    }
    assertTrue(handled > 10_000, handled + " lines handled");
  }

  @Test
  void eachHandledCharacterAloneAndBetweenLettersAndDigits() throws IOException {
    LatinTokens tokens = new LatinTokens();
    for (int k = 0; k < ALL.length(); k++) {
      char c = ALL.charAt(k);
      for (String line :
          new String[] {"" + c, "a" + c + "b", "1" + c + "2", "a" + c + "2", "1" + c + "b", "_" + c + "_",
            c + "a" + c, "ab" + c + c + "cd", "x_" + c + "y"}) {
        int count = tokens.split(line.toCharArray(), line.length(), 255);
        if (tokens.classOf(c) == LatinTokens.UNKNOWN) {
          assertEquals(-1, count, () -> "declined: " + escape(line));
          continue;
        }
        List<String> actual = new ArrayList<>();
        for (int t = 0; t < count; t++) {
          actual.add(tokens.start(t) + ":" + line.substring(tokens.start(t), tokens.end(t)));
        }
        assertEquals(standard(line, 255), actual, () -> "line <" + escape(line) + ">");
      }
    }
  }

  @Test
  void aTokenOverTheLimitDeclinesTheLine() {
    LatinTokens tokens = new LatinTokens();
    char[] line = "ferries of the harbour".toCharArray();
    assertEquals(4, tokens.split(line, line.length, 7));
    assertEquals(-1, tokens.split(line, line.length, 6));
    assertEquals(2, tokens.split(line, 10, 7)); // "ferries of": the first 10 characters only
    assertEquals(8, tokens.start(1));
    assertEquals(10, tokens.end(1));
  }

  private static String line(LatinTokens tokens, Random random, int length, boolean common) {
    StringBuilder line = new StringBuilder(length);
    for (int k = 0; k < length; k++) {
      String from = common && random.nextInt(3) > 0 ? COMMON : ALL;
      char c = from.charAt(random.nextInt(from.length()));
      while (tokens.classOf(c) == LatinTokens.UNKNOWN && random.nextInt(200) > 0) {
        c = ALL.charAt(random.nextInt(ALL.length())); // a declined character now and then
      }
      line.append(c);
    }
    return line.toString();
  }

  /** The standard tokenizer's tokens, as "start:text". */
  private static List<String> standard(String line, int maxTokenLength) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (StandardTokenizer tokenizer = new StandardTokenizer()) {
      tokenizer.setMaxTokenLength(maxTokenLength);
      OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
      tokenizer.setReader(new StringReader(line));
      tokenizer.reset();
      while (tokenizer.incrementToken()) {
        tokens.add(
            offset.startOffset() + ":" + line.substring(offset.startOffset(), offset.endOffset()));
      }
      tokenizer.end();
    }
    return tokens;
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      out.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
    }
    return out.toString();
  }
}
