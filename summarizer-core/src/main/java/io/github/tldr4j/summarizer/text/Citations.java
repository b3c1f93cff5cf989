package io.github.tldr4j.summarizer.text;

import static io.github.tldr4j.summarizer.text.SegmentationRules.PERIOD;
import static io.github.tldr4j.summarizer.text.SegmentationRules.SPACE;
import static io.github.tldr4j.summarizer.text.SentenceScanner.isAsciiDigit;

/**
 * The rule on citations that stay with the sentence they follow: {@code [12]}, {@code [3, 4]},
 * {@code [citation needed]} after a terminator, {@code [4, 7]} after a full stop and a space, and
 * {@code (Brown 12).} after a closing quote.
 *
 * <p>Reads one text for one {@link SentenceScanner}; every look-ahead is bounded by a small
 * constant. Immutable; confined to the scanner's thread like the scanner itself.
 */
final class Citations {

  private final SegmentationRules rules;
  private final String s;
  private final int n;

  Citations(SegmentationRules rules, String s) {
    this.rules = rules;
    this.s = s;
    this.n = s.length();
  }

  /** Returns the end of a citation such as "[12]" or "[3, 4]" at {@code i}, or -1. */
  int citationEnd(int i) {
    int limit = Math.min(n, i + 28);
    int k = i + 1;
    boolean digit = false;
    while (k < limit) {
      char c = s.charAt(k);
      if (c == ']') {
        return digit ? k + 1 : -1;
      }
      if (isAsciiDigit(c) || Character.isLowerCase(c)) {
        // "[12]", "[3, 4]", "[a]", "[citation needed]"; never a capitalised sentence "[The end.]"
        digit = true;
      } else if (c != ',' && c != '-' && c != '\u2013' && c != ' ') {
        return -1;
      }
      k++;
    }
    return -1;
  }

  /** The citation {@code [from, to)} holds only numbers: "[4]", "[4, 7]", "[12-14]". */
  boolean isNumericCitation(int from, int to) {
    for (int p = from + 1; p < to - 1; p++) {
      if (Character.isLetter(s.charAt(p))) {
        return false;
      }
    }
    return true;
  }

  /** Tells whether "(...)" at {@code i} is a citation closed by a period: {@code (Brown 12).} */
  boolean isCitation(int i) {
    int limit = Math.min(n, i + 80);
    for (int k = i + 1; k < limit; k++) {
      char c = s.charAt(k);
      if (c == ')') {
        return k + 1 < n && rules.kind(s.charAt(k + 1)) == PERIOD;
      }
      // "(Jones 2004, p. 7)." may hold an abbreviation, not the end of a sentence
      if (c == '\n' || c == '(' || rules.kind(c) == PERIOD && k + 2 < n
          && rules.kind(s.charAt(k + 1)) == SPACE && Character.isUpperCase(s.charAt(k + 2))) {
        return false;
      }
    }
    return false;
  }
}
