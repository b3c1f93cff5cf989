package io.github.tldr4j.summarizer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link KeyTable}: a table of queries and the values written down by hand, then properties on
 * random tables whose keys are built in the table's own form (lower case, one space between
 * words), so that the expected value is the plain map's and no test repeats the table's folding.
 */
final class KeyTableTest {

  private static final int ABSENT = KeyTable.ABSENT;

  /** Keys of several scripts: folded ones, and ones with a capital that match only so. */
  private static final KeyTable TABLE =
      KeyTable.of(
          Map.ofEntries(
              Map.entry("etc", 1),
              Map.entry("z. b", 2),
              Map.entry("π.Χ", 3), // Greek "before Christ": its capital spelling only
              Map.entry("π.χ", 4), // Greek "for example"
              Map.entry("st", 6),
              Map.entry("u.s.a", 7),
              Map.entry("ул", 8),
              Map.entry("straße", 9),
              Map.entry("No", 10), // the number sign, never the word "no"
              Map.entry("S. A", 11),
              Map.entry("  bzw\t", 12))); // whitespace around a key is not part of it

  static Stream<Arguments> queries() {
    return Stream.of(
        // case does not matter for a key written in lower case
        Arguments.of("etc", 1),
        Arguments.of("ETC", 1),
        Arguments.of("eTc", 1),
        Arguments.of("УЛ", 8),
        Arguments.of("Ул", 8),
        Arguments.of("STRAßE", 9),
        Arguments.of("U.S.A", 7),
        Arguments.of("bzw", 12),
        // a whitespace run inside counts as the key's one space, whitespace at the ends as none
        Arguments.of("z. b", 2),
        Arguments.of("Z.  B", 2),
        Arguments.of("z.\tb", 2),
        Arguments.of("z.\u00A0b", 2),
        Arguments.of("z.\n \u2009b", 2),
        Arguments.of(" etc", 1),
        Arguments.of("etc\u00A0\n", 1),
        // a space of the key must be there, and nothing may be added or missing
        Arguments.of("z.b", ABSENT),
        Arguments.of("z. b.", ABSENT),
        Arguments.of("etc.", ABSENT),
        Arguments.of("et c", ABSENT),
        Arguments.of("et", ABSENT),
        Arguments.of("tc", ABSENT),
        Arguments.of("u.s.a.", ABSENT),
        Arguments.of("strasse", ABSENT),
        Arguments.of("", ABSENT),
        Arguments.of(" \t ", ABSENT),
        // a key with a capital matches its own spelling; another one finds the folded key, if any
        Arguments.of("π.Χ", 3),
        Arguments.of("π.χ", 4),
        Arguments.of("Π.Χ", 4),
        Arguments.of("Π.χ", 4),
        Arguments.of("No", 10),
        Arguments.of("no", ABSENT),
        Arguments.of("NO", ABSENT),
        Arguments.of("nO", ABSENT),
        Arguments.of("S. A", 11),
        Arguments.of("S.\t A", 11),
        Arguments.of("s. a", ABSENT),
        Arguments.of("S. a", ABSENT),
        Arguments.of("S.A", ABSENT));
  }

  @ParameterizedTest
  @MethodSource("queries")
  void findsTheValueOfARange(String query, int expected) {
    String text = "(" + query + ")";
    assertEquals(expected, TABLE.get(text, 1, 1 + query.length()), () -> "'" + query + "'");
    assertEquals(expected != ABSENT, TABLE.contains(text, 1, 1 + query.length()));
  }

  @Test
  void readsOnlyTheRangeAsked() {
    String text = "see etc. here, z.  b. too";
    int etc = text.indexOf("etc");
    assertEquals(1, TABLE.get(text, etc, etc + 3));
    assertEquals(ABSENT, TABLE.get(text, etc, etc + 4)); // "etc."
    assertEquals(ABSENT, TABLE.get(text, etc - 1, etc + 2)); // " et"
    int zb = text.indexOf("z.");
    assertEquals(2, TABLE.get(text, zb, zb + 5));
    assertEquals(ABSENT, TABLE.get(text, etc, etc)); // empty
    assertEquals(ABSENT, TABLE.get(text, etc + 3, etc)); // reversed
  }

  @Test
  void anEmptyTableHasNoKey() {
    KeyTable empty = KeyTable.of(Map.of());
    assertTrue(empty.isEmpty());
    assertFalse(TABLE.isEmpty());
    assertEquals(ABSENT, empty.get("etc", 0, 3));
  }

  @Test
  void rejectsBlankKeysAndTheAbsentValue() {
    assertThrows(IllegalArgumentException.class, () -> KeyTable.of(Map.of(" \t\u00A0", 1)));
    assertThrows(IllegalArgumentException.class, () -> KeyTable.of(Map.of("", 1)));
    assertThrows(IllegalArgumentException.class, () -> KeyTable.of(Map.of("etc", ABSENT)));
    assertThrows(NullPointerException.class, () -> KeyTable.of(null));
  }

  /** Letters whose capital folds back to them (ß has none), and punctuation of abbreviations. */
  private static final String LETTERS = "abcxyzäßéпрλ.-";

  private static final String SPACES = " \t\n\u00A0\u2009";

  /**
   * Random tables of keys in the table's own form, queried with random strings of that form (the
   * plain map says whether each is a key) and with variants of them in case and whitespace, which
   * must find the same value: the quick rejection by a key's first and last characters never loses
   * a key, and never finds one that is not there.
   */
  @Test
  void agreesWithAPlainMapOnRandomTables() {
    Random random = new Random(12);
    for (int round = 0; round < 200; round++) {
      Map<String, Integer> entries = new HashMap<>();
      int size = 1 + random.nextInt(random.nextBoolean() ? 8 : 400);
      while (entries.size() < size) {
        entries.putIfAbsent(canonical(random), entries.size() + 1);
      }
      KeyTable table = KeyTable.of(entries);
      List<String> keys = new ArrayList<>(entries.keySet());
      for (int q = 0; q < 200; q++) {
        String form = random.nextBoolean() ? canonical(random) : keys.get(random.nextInt(size));
        int expected = entries.getOrDefault(form, ABSENT);
        for (String query : new String[] {form, vary(random, form)}) {
          String text = "x " + query + " y";
          assertEquals(
              expected,
              table.get(text, 2, 2 + query.length()),
              () -> "'" + query + "' in " + entries);
        }
      }
    }
  }

  /** A key written with a capital is found in that spelling only; others find the folded key. */
  @Test
  void aCapitalisedKeyMatchesItsOwnSpellingOnRandomTables() {
    Random random = new Random(13);
    for (int round = 0; round < 200; round++) {
      String folded = canonical(random);
      String capitalised = withCapital(random, folded);
      boolean bothKeys = random.nextBoolean();
      Map<String, Integer> entries = new HashMap<>();
      entries.put(capitalised, 1);
      if (bothKeys) {
        entries.put(folded, 2);
      }
      KeyTable table = KeyTable.of(entries);
      int otherSpelling = bothKeys ? 2 : ABSENT;
      assertEquals(1, table.get(capitalised, 0, capitalised.length()), capitalised);
      assertEquals(otherSpelling, table.get(folded, 0, folded.length()), folded);
      String other = withCapital(random, folded);
      int expected = other.equals(capitalised) ? 1 : otherSpelling;
      assertEquals(expected, table.get(other, 0, other.length()), other + " against " + capitalised);
    }
  }

  /** One to three words of {@link #LETTERS}, joined by one space: a key as the table keeps it. */
  private static String canonical(Random random) {
    StringBuilder sb = new StringBuilder();
    int words = random.nextInt(4) == 0 ? 2 + random.nextInt(2) : 1;
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        sb.append(' ');
      }
      int length = 1 + random.nextInt(w == 0 ? 5 : 3);
      for (int i = 0; i < length; i++) {
        sb.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
      }
    }
    return sb.toString();
  }

  /** The form with letters' case changed at random and whitespace runs for its spaces and ends. */
  private static String vary(Random random, String form) {
    StringBuilder sb = new StringBuilder();
    if (random.nextInt(4) == 0) {
      sb.append(spaces(random));
    }
    for (char c : form.toCharArray()) {
      if (c == ' ') {
        sb.append(spaces(random));
      } else {
        sb.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
      }
    }
    if (random.nextInt(4) == 0) {
      sb.append(spaces(random));
    }
    return sb.toString();
  }

  /** The form with at least one letter made a capital. */
  private static String withCapital(Random random, String form) {
    char[] chars = form.toCharArray();
    List<Integer> letters = new ArrayList<>();
    for (int i = 0; i < chars.length; i++) {
      if (Character.toUpperCase(chars[i]) != chars[i]) {
        letters.add(i);
      }
    }
    if (letters.isEmpty()) {
      return "A" + form; // punctuation only: a capital in front
    }
    int first = letters.get(random.nextInt(letters.size()));
    for (int i : letters) {
      if (i == first || random.nextInt(3) == 0) {
        chars[i] = Character.toUpperCase(chars[i]);
      }
    }
    return new String(chars);
  }

  private static String spaces(Random random) {
    StringBuilder sb = new StringBuilder();
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      sb.append(SPACES.charAt(random.nextInt(SPACES.length())));
    }
    return sb.toString();
  }
}
