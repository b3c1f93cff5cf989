package io.github.tldr4j.summarizer.text;

import static io.github.tldr4j.summarizer.text.SegmentationRules.BULLET;
import static io.github.tldr4j.summarizer.text.SentenceScanner.isAsciiDigit;

/**
 * The rule on inline lists ({@link BoundaryRule#INLINE_LIST}): a sentence that opens with a list
 * marker ({@code 1.}, {@code 1)}, {@code 1.)}, {@code a.}, {@code a)}, {@code (a)}, {@code (1)},
 * after a bullet too: {@code • 9.}), or a first marker right after a colon, opens a list, and the
 * next marker in the same style and sequence ({@code 2.)} after {@code 1.)}, {@code (b)} after
 * {@code (a)}, {@code 10.} after {@code 9.}) may start the next sentence.
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
  }

  /**
   * Opens a list if a marker (after a bullet, if any) starts at {@code i}, so that the next one in
   * sequence ends the sentence; closes it otherwise.
   */
  void open(int i) {
    int k = i;
    if (rules.kind(s.charAt(k)) == BULLET) {
      k++;
    }
    int end = markers.markerEnd(k);
    if (end < 0) {
      next = -1;
      return;
    }
    boolean paren = s.charAt(k) == '(';
    int body = paren ? k + 1 : k;
    char first = s.charAt(body);
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
      letter = true;
      style = paren ? '(' : s.charAt(body + 1);
    }
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
    int end = markers.markerEnd(k);
    if (end < 0) {
      return -1;
    }
    boolean paren = s.charAt(k) == '(';
    if (paren != (style == '(')) {
      return -1;
    }
    int body = paren ? k + 1 : k;
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
}
