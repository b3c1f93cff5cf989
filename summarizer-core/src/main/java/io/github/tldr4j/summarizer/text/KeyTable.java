package io.github.tldr4j.summarizer.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable, case-insensitive map from short keys to small integer values that is queried with
 * a range of a {@link CharSequence}, without allocating.
 *
 * <p>Keys are folded with {@link Character#toLowerCase(char)} and every run of whitespace inside a
 * key (or a queried range) counts as one space, so {@code "z.  B"} finds the key {@code "z. b"}. A
 * key written with a capital letter matches only that spelling, and before a folded key of the same
 * letters (Greek {@code "π.Χ"}, "before Christ", against {@code "π.χ"}, "for example").
 * Lookups take time linear in the length of the queried range. Instances are immutable and safe for
 * use by multiple concurrent threads.
 */
final class KeyTable {

  /** Value returned by {@link #get} for a range that is not a key. */
  static final int ABSENT = 0;

  private static final KeyTable EMPTY = new KeyTable(Map.of());

  private final char[][] keys;
  /** The spelling of a key written with a capital, which matches only so; null for folded keys. */
  private final char[][] exact;
  private final int[] values;
  private final int mask;
  private final int maxLength;
  /**
   * A bit for the first and last character of every key ({@link #endsBit}): a range whose pair's
   * bit is clear is no key, which most lookups learn from two characters instead of reading the
   * whole range.
   */
  private final long[] ends = new long[1 << (ENDS_BITS - 6)];

  private static final int ENDS_BITS = 10;

  private KeyTable(Map<String, Integer> entries) {
    int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 3)) << 1;
    keys = new char[capacity][];
    exact = new char[capacity][];
    values = new int[capacity];
    mask = capacity - 1;
    int longest = 0;
    // Keys with a capital first, so that a lookup meets them before a folded key of the same letters.
    for (int pass = 0; pass < 2; pass++) {
      for (Map.Entry<String, Integer> e : entries.entrySet()) {
        boolean caseSensitive = hasUpperCase(e.getKey());
        if (caseSensitive != (pass == 0)) {
          continue;
        }
        char[] key = normalize(e.getKey(), true);
        char[] spelling = caseSensitive ? normalize(e.getKey(), false) : null;
        int value = e.getValue();
        if (value == ABSENT) {
          throw new IllegalArgumentException("value must not be " + ABSENT + ": " + e.getKey());
        }
        longest = Math.max(longest, key.length);
        int slot = hash(key, 0, key.length) & mask;
        while (keys[slot] != null && !(Arrays.equals(keys[slot], key) && Arrays.equals(exact[slot], spelling))) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        int bit = endsBit(key[0], key[key.length - 1]);
        ends[bit >>> 6] |= 1L << bit;
        exact[slot] = spelling;
        values[slot] = value;
      }
    }
    maxLength = longest;
  }

  private static boolean hasUpperCase(String key) {
    for (int i = 0; i < key.length(); i++) {
      if (Character.isUpperCase(key.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Builds a table from keys to non-zero values.
   *
   * @param entries the keys and their values
   * @return the table
   * @throws IllegalArgumentException if a value is {@link #ABSENT}
   */
  static KeyTable of(Map<String, Integer> entries) {
    Objects.requireNonNull(entries, "entries");
    return entries.isEmpty() ? EMPTY : new KeyTable(entries);
  }

  /** Returns true if the table has no keys. */
  boolean isEmpty() {
    return maxLength == 0;
  }

  /**
   * Returns the value of the key equal to {@code text[from, to)} (case-insensitively, whitespace
   * runs counting as one space), or {@link #ABSENT}.
   */
  int get(CharSequence text, int from, int to) {
    if (to - from > maxLength * 4 + 4 || to <= from) {
      return ABSENT;
    }
    char first = Letters.fold(text.charAt(from));
    char last = Letters.fold(text.charAt(to - 1));
    if (first != 0 && last != 0) {
      // the range's key starts and ends with these (else whitespace at an end: the full test)
      int bit = endsBit(first, last);
      if ((ends[bit >>> 6] & 1L << bit) == 0) {
        return ABSENT;
      }
    }
    int h = 0;
    int length = 0;
    boolean space = false;
    for (int i = from; i < to; i++) {
      char c = Letters.fold(text.charAt(i));
      if (c == 0) {
        space = true;
        continue;
      }
      if (space && length > 0) {
        h = 31 * h + ' ';
        length++;
      }
      space = false;
      h = 31 * h + c;
      length++;
    }
    if (length > maxLength) {
      return ABSENT;
    }
    int slot = mix(h) & mask;
    char[] key;
    while ((key = keys[slot]) != null) {
      if (key.length == length && matches(key, text, from, to)
          && (exact[slot] == null || matchesExactly(exact[slot], text, from, to))) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return ABSENT;
  }

  /** Returns true if {@code text[from, to)} is a key. */
  boolean contains(CharSequence text, int from, int to) {
    return get(text, from, to) != ABSENT;
  }

  private static boolean matches(char[] key, CharSequence text, int from, int to) {
    int k = 0;
    boolean space = false;
    for (int i = from; i < to; i++) {
      char c = Letters.fold(text.charAt(i));
      if (c == 0) {
        space = true;
        continue;
      }
      if (space && k > 0 && key[k++] != ' ') {
        return false;
      }
      space = false;
      if (key[k++] != c) {
        return false;
      }
    }
    return true;
  }

  private static boolean matchesExactly(char[] key, CharSequence text, int from, int to) {
    int k = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Words.isWhitespace(c)) {
        continue;
      }
      while (key[k] == ' ') {
        k++;
      }
      if (key[k++] != c) {
        return false;
      }
    }
    return true;
  }

  private static char[] normalize(String key, boolean fold) {
    StringBuilder sb = new StringBuilder(key.length());
    boolean space = false;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (Words.isWhitespace(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(fold ? Character.toLowerCase(c) : c);
    }
    if (sb.length() == 0) {
      throw new IllegalArgumentException("blank key: '" + key + "'");
    }
    return sb.toString().toCharArray();
  }

  private static int hash(char[] key, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + key[i];
    }
    return mix(h);
  }

  /** The bit of {@link #ends} for a key's first and last characters (folded). */
  private static int endsBit(char first, char last) {
    return ((first * 31 + last) * 0x9E3779B9) >>> (32 - ENDS_BITS);
  }

  private static int mix(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  @Override
  public String toString() {
    int count = 0;
    for (char[] key : keys) {
      if (key != null) {
        count++;
      }
    }
    return String.format(Locale.ROOT, "KeyTable[%d keys]", count);
  }
}
