package io.github.tldr4j.summarizer.analysis;

import java.util.Arrays;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Splits a line of ASCII and Latin-1 text (with the typographic quotes and dashes of English news)
 * into the tokens Lucene's {@link StandardTokenizer} gives it, several times faster: a line with any
 * other character, or with a token longer than the tokenizer's limit, is left to the tokenizer.
 *
 * <p>The tokenizer follows the Unicode word boundaries (UAX #29). For the characters here only
 * these rules matter: letters, digits and the underscore join ({@code WB5}, {@code WB8} to {@code
 * WB10}, {@code WB13a}, {@code WB13b}); a period, apostrophe or single quotation mark joins two
 * letters or two digits, a colon or middle dot two letters, and a comma or semicolon two digits
 * ({@code WB6}, {@code WB7}, {@code WB11}, {@code WB12}); anything else breaks, and a segment
 * without a letter or digit is not a token. Characters whose rules reach further (format and
 * combining characters, emoji such as the copyright sign, control characters beyond ASCII, other
 * scripts) are not handled here. {@code LatinTokensTest} checks the tokens against the tokenizer's
 * on random lines. Not thread-safe: one instance per thread.
 */
final class LatinTokens {

  /** A character this class does not handle: the line goes to the standard tokenizer. */
  static final byte UNKNOWN = 0;
  /** Breaks on both sides: spaces, controls, most punctuation and symbols. */
  static final byte OTHER = 1;
  static final byte LETTER = 2;
  static final byte DIGIT = 3;
  /** The underscore (UAX #29 ExtendNumLet). */
  static final byte CONNECTOR = 4;
  /** Joins two letters: colon, middle dot (MidLetter). */
  static final byte MID_LETTER = 5;
  /** Joins two digits: comma, semicolon (MidNum). */
  static final byte MID_NUM = 6;
  /** Joins two letters or two digits: period, apostrophe, single quotation marks (MidNumLet). */
  static final byte MID_NUM_LET = 7;

  /** The class of each character below U+0100. */
  private final byte[] latin = latin();

  /** Token {@code k}: {@code bounds[2k]} its start, {@code bounds[2k + 1]} its end. */
  private int[] bounds = new int[256];

  private static byte[] latin() {
    byte[] latin = new byte[256];
    for (int c = 0; c < 0x80; c++) {
      latin[c] = OTHER;
    }
    for (int c = 'a'; c <= 'z'; c++) {
      latin[c] = LETTER;
      latin[c - 'a' + 'A'] = LETTER;
    }
    for (int c = '0'; c <= '9'; c++) {
      latin[c] = DIGIT;
    }
    latin['_'] = CONNECTOR;
    latin[':'] = MID_LETTER;
    latin[','] = MID_NUM;
    latin[';'] = MID_NUM;
    latin['.'] = MID_NUM_LET;
    latin['\''] = MID_NUM_LET;
    // U+0080..U+009F (C1 controls, NEL among them) stay UNKNOWN
    for (int c = 0xA0; c < 0xC0; c++) {
      latin[c] = OTHER;
    }
    latin[0xA9] = UNKNOWN; // ©, an emoji
    latin[0xAE] = UNKNOWN; // ®, an emoji
    latin[0xAD] = UNKNOWN; // soft hyphen, a format character
    latin[0xAA] = LETTER; // ª
    latin[0xB5] = LETTER; // µ
    latin[0xBA] = LETTER; // º
    latin[0xB7] = MID_LETTER; // ·
    for (int c = 0xC0; c < 0x100; c++) {
      latin[c] = LETTER;
    }
    latin[0xD7] = OTHER; // ×
    latin[0xF7] = OTHER; // ÷
    return latin;
  }

  /** The word-break class of {@code c} (see the constants). */
  byte classOf(char c) {
    if (c < 0x100) {
      return latin[c];
    }
    switch (c) {
      case '\u2018', '\u2019':
        return MID_NUM_LET;
      case '\u2013', '\u2014', '\u201C', '\u201D', '\u2022', '\u2026':
        return OTHER;
      default:
        return UNKNOWN;
    }
  }

  /**
   * Splits {@code line[0, length)} into tokens.
   *
   * @return the number of tokens (see {@link #start} and {@link #end}), or -1 if the line has a
   *     character not handled here or a token longer than {@code maxTokenLength}
   */
  int split(char[] line, int length, int maxTokenLength) {
    int count = 0;
    int i = 0;
    byte[] latin = this.latin;
    while (i < length) {
      // the table's class of a character below U+0100 read here, as classOf would: a call per
      // character otherwise (the quick compiler does not inline classOf, too long for it)
      char ch = line[i];
      byte c = ch < 0x100 ? latin[ch] : classOf(ch);
      if (c == UNKNOWN) {
        return -1;
      }
      if (c != LETTER && c != DIGIT && c != CONNECTOR) {
        i++;
        continue;
      }
      int start = i;
      boolean word = c != CONNECTOR;
      byte last = c;
      i++;
      while (i < length) {
        char next = line[i];
        byte d = next < 0x100 ? latin[next] : classOf(next);
        if (d == LETTER || d == DIGIT || d == CONNECTOR) {
          word |= d != CONNECTOR;
          last = d;
          i++;
          continue;
        }
        if (d >= MID_LETTER && i + 1 < length) {
          byte e = classOf(line[i + 1]);
          if (last == LETTER && e == LETTER && d != MID_NUM
              || last == DIGIT && e == DIGIT && d != MID_LETTER) {
            i += 2;
            continue;
          }
        }
        break;
      }
      if (!word) {
        continue; // underscores alone
      }
      if (i - start > maxTokenLength) {
        return -1;
      }
      if (2 * count + 1 >= bounds.length) {
        bounds = Arrays.copyOf(bounds, bounds.length * 2);
      }
      bounds[2 * count] = start;
      bounds[2 * count + 1] = i;
      count++;
    }
    return count;
  }

  /** The start of token {@code k} of the last {@link #split}. */
  int start(int k) {
    return bounds[2 * k];
  }

  /** The end of token {@code k} of the last {@link #split}. */
  int end(int k) {
    return bounds[2 * k + 1];
  }
}
