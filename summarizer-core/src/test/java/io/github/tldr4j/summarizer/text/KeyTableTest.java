package io.github.tldr4j.summarizer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link KeyTable#get} against a plain map of the normalised keys, on random keys and random
 * ranges: its quick rejection by a key's first and last characters never loses a key.
 */
final class KeyTableTest {

  private static final String LETTERS = "abcxyzABCXYZäÄßéÉпрПРλΛ.-";
  private static final String SPACES = " \t\n\u00A0\u2009";

  @Test
  void findsExactlyTheKeysOfAPlainMap() {
    Random random = new Random(12);
    for (int round = 0; round < 200; round++) {
      Map<String, Integer> entries = new HashMap<>();
      int size = 1 + random.nextInt(random.nextBoolean() ? 8 : 400);
      while (entries.size() < size) {
        entries.put(word(random, 1 + random.nextInt(6), false).toLowerCase(Locale.ROOT), entries.size() + 1);
      }
      KeyTable table = KeyTable.of(entries);
      Map<String, Integer> folded = new HashMap<>();
      entries.forEach((k, v) -> folded.put(normalise(k), v));
      String[] keys = entries.keySet().toArray(new String[0]);
      for (int q = 0; q < 200; q++) {
        String text = random.nextBoolean() ? word(random, 1 + random.nextInt(7), true)
            : vary(random, keys[random.nextInt(keys.length)]);
        String padded = "x " + text + " y";
        int expected = folded.getOrDefault(normalise(text), KeyTable.ABSENT);
        assertEquals(expected, table.get(padded, 2, 2 + text.length()), () -> "'" + text + "' in " + entries);
      }
    }
  }

  /** A key as the table reads it: lower case, whitespace runs as one space, none at the ends. */
  private static String normalise(String s) {
    StringBuilder sb = new StringBuilder();
    boolean space = false;
    for (char c : s.toCharArray()) {
      if (Words.isWhitespace(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(Character.toLowerCase(c));
    }
    return sb.toString();
  }

  private static String word(Random random, int length, boolean spaces) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      boolean space = spaces ? random.nextInt(5) == 0 : i > 0 && i < length - 1 && random.nextInt(6) == 0;
      String from = space ? SPACES : LETTERS;
      sb.append(from.charAt(random.nextInt(from.length())));
    }
    return sb.toString();
  }

  /** The key with its letters' case changed at random and whitespace added around or inside. */
  private static String vary(Random random, String key) {
    StringBuilder sb = new StringBuilder();
    if (random.nextInt(4) == 0) {
      sb.append(SPACES.charAt(random.nextInt(SPACES.length())));
    }
    for (char c : key.toCharArray()) {
      sb.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
      if (c == ' ' && random.nextBoolean()) {
        sb.append(SPACES.charAt(random.nextInt(SPACES.length())));
      }
    }
    if (random.nextInt(4) == 0) {
      sb.append(SPACES.charAt(random.nextInt(SPACES.length())));
    }
    return sb.toString();
  }
}
