package io.github.tldr4j.summarizer.text;

import static io.github.tldr4j.summarizer.text.SegmentationRules.BULLET;
import static io.github.tldr4j.summarizer.text.SegmentationRules.SPACE;
import static io.github.tldr4j.summarizer.text.SentenceScanner.isAsciiDigit;

/**
 * The rule on inline lists ({@link BoundaryRule#INLINE_LIST}): a sentence that opens with a list
 * marker ({@code 1.}, {@code 1)}, {@code 1.)}, {@code a.}, {@code a)}, {@code (a)}, {@code (1)},
 * after a bullet too: {@code • 9.}), or a first marker right after a colon, opens a list, and the
 * next marker in the same style and sequence ({@code 2.)} after {@code 1.)}, {@code (b)} after
 * {@code (a)}, {@code 10.} after {@code 9.}, {@code ii.} or {@code (ii)} after {@code i.} or {@code (i)},
 * {@code III.} after {@code II.}) may start the next sentence. A list opened with {@code i} may go on
 * with {@code j} or with {@code ii}: the marker that comes decides.
 *
 * <p>Holds the marker expected next for one {@link SentenceScanner} and reads at most a marker's
 * length at each call. Not thread-safe: confined to the scanner's thread like the scanner itself.
 */
final class InlineList {

  private final SegmentationRules rules;
  private final String s;
  private final ListMarkers markers;
  /** The number or lower-case letter of the marker expected next, or -1: no list is open. */
  private int next = -1;
  /** What follows the number or letter ({@code . )}), or {@code (} for markers in brackets. */
  private char style;
  private boolean letter;
  /** Roman numerals ({@code ii.}, {@code (iv)}, {@code III.}) rather than letters or digits. */
  private boolean roman;
  /** The Roman value expected next when a list of letters might be one of numerals ("i." opened it), or -1. */
  private int romanNext = -1;
  /** The list was opened inside a sentence, after a colon ({@code You need: 1) a pen 2) paper}). */
  private boolean inProse;
  /** How many markers of the open list have come so far, the last one included. */
  private int items;

  InlineList(SegmentationRules rules, String s, ListMarkers markers) {
    this.rules = rules;
    this.s = s;
    this.markers = markers;
  }

  /** Tells whether a list is open. */
  boolean isOpen() {
    return next >= 0;
  }

  /** Closes the open list (a blank line). */
  void close() {
    next = -1;
    romanNext = -1;
  }

  /** Tells whether the open list started inside a sentence, after a colon. */
  boolean inProse() {
    return inProse;
  }

  /** How many markers of the open list have come so far: 1 until its second marker opens an item. */
  int items() {
    return items;
  }

  /** The open list numbers its items with letters ({@code a.}, {@code B.}, {@code (c)}), not digits or Roman numerals. */
  boolean isLettered() {
    return isOpen() && letter && !roman;
  }

  /**
   * Opens a list if a marker (after a bullet, if any) starts at {@code i}, so that the next one in
   * sequence ends the sentence; closes it otherwise. {@code afterColon}: the marker follows a colon
   * inside a sentence rather than opening one.
   */
  void open(int i, boolean afterColon) {
    items = isOpen() && nextMarkerEnd(i) >= 0 ? items + 1 : 1;
    inProse = afterColon;
    int k = i;
    if (rules.kind(s.charAt(k)) == BULLET) {
      k++;
    }
    if (k >= s.length()) {
      next = -1;
      return;
    }
    boolean paren = s.charAt(k) == '(';
    int body = paren ? k + 1 : k;
    int end = markers.markerEnd(k);
    int expectedRoman = !isOpen() ? -1 : roman ? next : romanNext;
    romanNext = -1;
    if (end < 0) {
      int e = romanDigitsEnd(body);
      if (e < 0 || markerClose(e, paren) < 0) {
        next = -1;
        return;
      }
      openRoman(romanValue(body, e), paren ? '(' : s.charAt(e));
      return;
    }
    char first = s.charAt(body);
    int numeral = isAsciiDigit(first) ? -1 : romanValue(body, body + 1);
    if (numeral > 0 && numeral == expectedRoman) {
      // "iv. ... v. ...": a letter that goes on a list of Roman numerals
      openRoman(numeral, paren ? '(' : s.charAt(body + 1));
      return;
    }
    roman = false;
    if (isAsciiDigit(first)) {
      int value = 0;
      int d = body;
      while (isAsciiDigit(s.charAt(d))) {
        value = value * 10 + (s.charAt(d) - '0');
        d++;
      }
      next = value + 1;
      letter = false;
      style = paren ? '(' : s.charAt(d);
    } else {
      next = Character.toLowerCase(first) + 1;
      if (next == '\u0439' || next == '\u03C2') {
        // Cyrillic lists skip "й" (и, к), Greek ones the final sigma (ρ, σ)
        next++;
      }
      letter = true;
      style = paren ? '(' : s.charAt(body + 1);
      romanNext = numeral == 1 ? 2 : -1;
    }
  }

  private void openRoman(int value, char markerStyle) {
    roman = true;
    letter = false;
    next = value + 1;
    style = markerStyle;
  }

  /**
   * Returns the end of the marker at {@code i} (after a bullet, if any) if it is the next one of the
   * open list, or -1.
   */
  int nextMarkerEnd(int i) {
    int k = i;
    if (rules.kind(s.charAt(k)) == BULLET) {
      k++;
    }
    if (k >= s.length()) {
      return -1;
    }
    boolean paren = s.charAt(k) == '(';
    if (paren != (style == '(')) {
      return -1;
    }
    int body = paren ? k + 1 : k;
    int end = markers.markerEnd(k);
    if (end < 0 || roman) {
      // Roman numerals: "ii." after "i.", "v." after "iv."
      int expected = roman ? next : romanNext;
      if (expected < 0) {
        return -1;
      }
      int e = end < 0 ? romanDigitsEnd(body) : body + 1;
      int close = e < 0 ? -1 : end < 0 ? markerClose(e, paren) : end;
      if (close < 0 || romanValue(body, e) != expected || !paren && s.charAt(e) != style) {
        return -1;
      }
      return close;
    }
    if (letter) {
      if (Character.toLowerCase(s.charAt(body)) != next || !paren && s.charAt(body + 1) != style) {
        return -1;
      }
    } else {
      int value = 0;
      int d = body;
      while (isAsciiDigit(s.charAt(d))) {
        value = value * 10 + (s.charAt(d) - '0');
        d++;
      }
      if (d == body || value != next || !paren && s.charAt(d) != style) {
        return -1;
      }
    }
    return end;
  }

  /** Returns the end of a run of two to four Roman digits at {@code body} ({@code ii}, {@code XIV}), or -1. */
  private int romanDigitsEnd(int body) {
    int e = body;
    while (e < s.length() && e - body < 5 && ListMarkers.isRoman(s.charAt(e))) {
      e++;
    }
    return e - body >= 2 && e - body <= 4 ? e : -1;
  }

  /**
   * Returns the end of a marker's closing marks at {@code e} ({@code .}, {@code )}, {@code .)}, only
   * {@code )} in brackets) when whitespace follows them, or -1.
   */
  private int markerClose(int e, boolean paren) {
    int k = e;
    if (k < s.length() && s.charAt(k) == '.' && !paren) {
      k++;
    }
    if (k < s.length() && s.charAt(k) == ')' && (paren || k == e || s.charAt(k - 1) == '.')) {
      k++;
    }
    return k > e && k < s.length() && rules.kind(s.charAt(k)) == SPACE ? k : -1;
  }

  /** The value of the Roman numeral in {@code [from, to)} (subtractive pairs count), or -1. */
  private int romanValue(int from, int to) {
    int total = 0;
    int max = 0;
    for (int p = to - 1; p >= from; p--) {
      int v = switch (Character.toLowerCase(s.charAt(p))) {
        case 'i' -> 1;
        case 'v' -> 5;
        case 'x' -> 10;
        case 'l' -> 50;
        case 'c' -> 100;
        default -> -1;
      };
      if (v < 0) {
        return -1;
      }
      total += v < max ? -v : v;
      max = Math.max(max, v);
    }
    return total;
  }
}
