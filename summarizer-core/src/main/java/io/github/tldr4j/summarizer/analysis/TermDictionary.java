package io.github.tldr4j.summarizer.analysis;

import java.util.Arrays;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Interns analyzed terms as dense integer ids, without creating a String per token: an
 * open-addressing hash table over a shared character pool.
 *
 * <p>Not thread-safe: one instance serves one analysis run.
 */
final class TermDictionary {

  private static final int EMPTY = -1;

  private char[] pool;
  private int poolSize;
  private int[] termOffset;
  private int[] termLength;
  private int[] termHash;
  private int size;
  private int[] table;
  private int mask;

  /** A dictionary for a small text: grows as needed. */
  TermDictionary() {
    this(64);
  }

  /**
   * A dictionary sized for about {@code expectedTerms} distinct terms, so that a text whose
   * vocabulary can be estimated is interned without rehashing; it still grows past that.
   */
  TermDictionary(int expectedTerms) {
    int terms = Math.max(64, expectedTerms);
    pool = new char[terms * 8];
    termOffset = new int[terms];
    termLength = new int[terms];
    termHash = new int[terms];
    int capacity = Integer.highestOneBit(terms * 2 - 1) << 1; // a power of two >= 2 * terms
    table = newTable(capacity);
    mask = capacity - 1;
  }

  private static int[] newTable(int capacity) {
    int[] t = new int[capacity];
    Arrays.fill(t, EMPTY);
    return t;
  }

  int size() {
    return size;
  }

  /** Returns the id of the term, adding it if absent. */
  int add(char[] buffer, int length) {
    return add(buffer, 0, length);
  }

  /** Returns the id of the term {@code buffer[offset, offset + length)}, adding it if absent. */
  int add(char[] buffer, int offset, int length) {
    return add(buffer, offset, length, hash(buffer, offset, length));
  }

  /**
   * Returns the id here of term {@code id} of another dictionary, adding it if absent, without
   * hashing it again.
   */
  int add(TermDictionary other, int id) {
    return add(other.pool, other.termOffset[id], other.termLength[id], other.termHash[id]);
  }

  private int add(char[] buffer, int offset, int length, int hash) {
    int slot = hash & mask;
    while (true) {
      int id = table[slot];
      if (id == EMPTY) {
        break;
      }
      if (termHash[id] == hash && equals(id, buffer, offset, length)) {
        return id;
      }
      slot = (slot + 1) & mask;
    }
    int id = size++;
    if (id == termOffset.length) {
      int cap = id * 2;
      termOffset = Arrays.copyOf(termOffset, cap);
      termLength = Arrays.copyOf(termLength, cap);
      termHash = Arrays.copyOf(termHash, cap);
    }
    if (poolSize + length > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + length));
    }
    System.arraycopy(buffer, offset, pool, poolSize, length);
    termOffset[id] = poolSize;
    termLength[id] = length;
    termHash[id] = hash;
    poolSize += length;
    table[slot] = id;
    if (size * 2 > table.length) {
      rehash();
    }
    return id;
  }

  /** Returns the id of the term, or -1 if absent. */
  int find(char[] buffer, int length) {
    int hash = hash(buffer, 0, length);
    int slot = hash & mask;
    while (true) {
      int id = table[slot];
      if (id == EMPTY) {
        return -1;
      }
      if (termHash[id] == hash && equals(id, buffer, 0, length)) {
        return id;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Whether term {@code id} has a decimal digit. */
  boolean hasDigit(int id) {
    for (int i = termOffset[id], end = i + termLength[id]; i < end; i++) {
      if (Character.isDigit(pool[i])) {
        return true;
      }
    }
    return false;
  }

  /** Whether term {@code id} is one letter of the Latin, Greek or Cyrillic alphabet. */
  boolean isLetter(int id) {
    if (termLength[id] != 1) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(pool[termOffset[id]]);
    return script == Character.UnicodeScript.LATIN
        || script == Character.UnicodeScript.GREEK
        || script == Character.UnicodeScript.CYRILLIC;
  }

  /** Sets {@code attribute} to term {@code id}. */
  void copyTo(int id, CharTermAttribute attribute) {
    attribute.copyBuffer(pool, termOffset[id], termLength[id]);
  }

  String term(int id) {
    return new String(pool, termOffset[id], termLength[id]);
  }

  private boolean equals(int id, char[] buffer, int offset, int length) {
    if (termLength[id] != length) {
      return false;
    }
    // a plain loop: terms are short, and Arrays.equals's vectorized mismatch costs more to set up
    // than it saves on them
    char[] pool = this.pool;
    int off = termOffset[id];
    for (int i = 0; i < length; i++) {
      if (pool[off + i] != buffer[offset + i]) {
        return false;
      }
    }
    return true;
  }

  private void rehash() {
    int capacity = table.length * 2;
    table = newTable(capacity);
    mask = capacity - 1;
    for (int id = 0; id < size; id++) {
      int slot = termHash[id] & mask;
      while (table[slot] != EMPTY) {
        slot = (slot + 1) & mask;
      }
      table[slot] = id;
    }
  }

  private static int hash(char[] buffer, int offset, int length) {
    int h = 0;
    for (int i = offset; i < offset + length; i++) {
      h = 31 * h + buffer[i];
    }
    // spread the bits so that linear probing over a power-of-two table behaves
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    return h;
  }
}
