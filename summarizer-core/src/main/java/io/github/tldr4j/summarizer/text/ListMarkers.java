package io.github.tldr4j.summarizer.text;

import static io.github.tldr4j.summarizer.text.SegmentationRules.BULLET;
import static io.github.tldr4j.summarizer.text.SegmentationRules.SPACE;
import static io.github.tldr4j.summarizer.text.SentenceScanner.isAsciiDigit;
import static io.github.tldr4j.summarizer.text.SentenceScanner.isAsciiLetter;

/**
 * The rule on list markers: bullets, dashes, numbered and lettered markers ({@code 1.}, {@code 1)},
 * {@code 1.)}, {@code a.}, {@code a)}, {@code (a)}, {@code (1)}) and Roman numerals ({@code II.}).
 *
 * <p>Reads one text for one {@link SentenceScanner}; every look-ahead is bounded by a small
 * constant. Immutable; confined to the scanner's thread like the scanner itself.
 */
final class ListMarkers {

  private final SegmentationRules rules;
  private final String s;
  private final int n;

  ListMarkers(SegmentationRules rules, String s) {
    this.rules = rules;
    this.s = s;
    this.n = s.length();
  }

  /** Tells whether a list item (bullet, dash, "1.", "1)", "a)", "(a)") starts at {@code i}. */
  boolean isListItem(int i) {
    char c = s.charAt(i);
    if (rules.kind(c) == BULLET) {
      return true;
    }
    if (c == '-' || c == '*' || c == '+' || c == '\u2013' || c == '\u2014') {
      return i + 1 < n && rules.kind(s.charAt(i + 1)) == SPACE;
    }
    return markerEnd(i) > 0 || romanMarkerEnd(i) > 0 || scriptMarkerEnd(i) > 0;
  }

  /**
   * Returns the end of a number marker written with its script's full stop at {@code i} (Urdu
   * {@code ۱۔}, Burmese {@code ၁။}: these scripts number lists so), followed by whitespace, or -1.
   */
  int scriptMarkerEnd(int i) {
    int k = i;
    while (k < n && k - i < 3 && Character.isDigit(s.charAt(k))) {
      k++;
    }
    if (k == i || k + 1 >= n || !isScriptListStop(s.charAt(k))
        || rules.kind(s.charAt(k + 1)) != SPACE && !(s.charAt(k) == '\uFF0E' && Character.isLetter(s.charAt(k + 1)))) {
      return -1;
    }
    return k + 1;
  }

  /**
   * The full stops that also follow the number of a list item: Urdu {@code ۔}, Burmese {@code ။},
   * and the fullwidth full stop of Chinese and Japanese ({@code １．準備する}, glued to its item).
   */
  static boolean isScriptListStop(char c) {
    return c == '\u06D4' || c == '\u104B' || c == '\uFF0E';
  }

  /**
   * Returns the end of a Roman-numeral list marker at {@code i} ("II.", "iv)") followed by
   * whitespace, or -1.
   */
  int romanMarkerEnd(int i) {
    int k = i;
    while (k < n && k - i < 5 && isRoman(s.charAt(k))) {
      k++;
    }
    if (k == i || k - i > 4 || k + 1 >= n || (s.charAt(k) != '.' && s.charAt(k) != ')')
        || rules.kind(s.charAt(k + 1)) != SPACE) {
      return -1;
    }
    return k + 1;
  }

  static boolean isRoman(char c) {
    return c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C' || c == 'i' || c == 'v' || c == 'x';
  }

  /**
   * Returns the end of a list marker at {@code i} ("12.", "3)", "4.)", "b)", "(c)", "a."), followed
   * by whitespace or, for a number and its period, by the item glued to it ("1.Wash"), or -1.
   */
  int markerEnd(int i) {
    int k = i;
    boolean paren = false;
    if (k < n && s.charAt(k) == '(') {
      paren = true;
      k++;
    }
    int body = k;
    while (k < n && k - body < 3 && isAsciiDigit(s.charAt(k))) {
      k++;
    }
    if (k == body) {
      if (k < n && (isAsciiLetter(s.charAt(k))
          || isListLetter(s.charAt(k)) && k + 1 < n && s.charAt(k + 1) == ')')) {
        k++;
      } else {
        return -1;
      }
    }
    if (k >= n) {
      return -1;
    }
    char c = s.charAt(k);
    if (paren) {
      if (c != ')') {
        return -1;
      }
      k++;
    } else if (c == ')') {
      k++;
    } else if (c == '.') {
      k++;
      if (k < n && s.charAt(k) == ')') {
        k++;
      } else if (k - body <= 3 && isAsciiDigit(s.charAt(body)) && isGluedItem(k)) {
        // "1.Wash the plates 2.Dry them": a number glued to its item
        return k;
      }
    } else {
      return -1;
    }
    return k < n && rules.kind(s.charAt(k)) == SPACE ? k : -1;
  }

  /**
   * A list item glued to its number's period starts at {@code k}: a capital, then a lower-case
   * letter, after a number at the start of a token ({@code 1.Wash}, not {@code 3.5} or
   * {@code v1.Beta}).
   */
  private boolean isGluedItem(int k) {
    int start = k - 1;
    while (start > 0 && isAsciiDigit(s.charAt(start - 1))) {
      start--;
    }
    return k + 1 < n && Character.isUpperCase(s.charAt(k)) && Character.isLowerCase(s.charAt(k + 1))
        && (start == 0 || rules.kind(s.charAt(start - 1)) == SPACE || rules.kind(s.charAt(start - 1)) == BULLET);
  }

  /** A list marker that opens a list: "1.", "1)", "1.)", "a.", "a)", "(a)", "(1)", "i.", "(i)". */
  boolean isFirstMarker(int i) {
    if (markerEnd(i) < 0) {
      return false;
    }
    char first = s.charAt(s.charAt(i) == '(' ? i + 1 : i);
    return first == '1' && !isAsciiDigit(s.charAt(s.charAt(i) == '(' ? i + 2 : i + 1))
        || first != '1' && isFirstSymbol(first);
  }

  /** The number or letter of a first list marker: {@code 1}, {@code a}, {@code A}, Roman {@code i}, {@code а}, {@code α}. */
  static boolean isFirstSymbol(char c) {
    return c == '1' || c == 'a' || c == 'A' || c == 'i' || c == '\u0430' || c == '\u03B1' || c == '\u0915'
        || c == '\u0561';
  }

  /**
   * A lower-case Cyrillic, Greek or Armenian letter or a Devanagari consonant, which letter list
   * items before a bracket ({@code а) б) в)}, {@code α) β) γ)}, {@code ա) բ) գ)}, {@code (क) (ख)
   * (ग)}); with a period it is far more often an initial ({@code А. С. Пушкин}), so only the
   * bracket makes it a marker.
   */
  static boolean isListLetter(char c) {
    return c >= '\u0430' && c <= '\u044F' || c >= '\u03B1' && c <= '\u03C9' || c >= '\u0915' && c <= '\u0939'
        || c >= '\u0561' && c <= '\u0586'
        // the other Cyrillic alphabets' letters: kk "а) ә) б)", uk "є) ж)"
        || c >= '\u0450' && c <= '\u04FF' && Character.isLowerCase(c);
  }
}
