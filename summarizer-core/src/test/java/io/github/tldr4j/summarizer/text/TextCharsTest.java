package io.github.tldr4j.summarizer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link TextChars} answers as the {@link String} it reads, at every index of random texts. */
final class TextCharsTest {

  private static final String ALPHABET = "aZ .?é\u00A0ßπЖ\u3002日\uD83D\uDE00\uD835\uDC00";

  @Test
  void answersAsTheString() {
    Random random = new Random(7);
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(40);
      while (sb.length() < length) {
        int at = random.nextInt(ALPHABET.length());
        char c = ALPHABET.charAt(at);
        // a lone surrogate now and then, else the pair whole
        if (Character.isHighSurrogate(c) && random.nextInt(4) > 0) {
          sb.append(c).append(ALPHABET.charAt(at + 1));
        } else {
          sb.append(c);
        }
      }
      String text = sb.toString();
      TextChars chars = new TextChars(text, text.toCharArray());
      assertEquals(text.length(), chars.length());
      assertSame(text, chars.toString());
      for (int i = 0; i < text.length(); i++) {
        assertEquals(text.charAt(i), chars.charAt(i));
        assertEquals(text.codePointAt(i), chars.codePointAt(i), text);
        assertEquals(text.codePointBefore(i + 1), chars.codePointBefore(i + 1), text);
        assertEquals(text.indexOf('.', i), chars.indexOf('.', i));
        int to = i + random.nextInt(text.length() - i + 1);
        assertEquals(text.substring(i, to), chars.substring(i, to));
        assertEquals(text.subSequence(i, to), chars.subSequence(i, to));
        int j = random.nextInt(text.length());
        int len = random.nextInt(4);
        assertEquals(text.regionMatches(i, text, j, len), chars.regionMatches(i, chars, j, len));
        assertEquals(text.regionMatches(true, i, "É ß", 0, len), chars.regionMatches(true, i, "É ß", 0, len));
        assertEquals(text.regionMatches(i, "aZ", 0, Math.min(len, 2)), chars.regionMatches(i, "aZ", 0, Math.min(len, 2)));
      }
    }
  }
}
