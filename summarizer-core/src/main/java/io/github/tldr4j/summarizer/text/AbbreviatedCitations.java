package io.github.tldr4j.summarizer.text;

/**
 * Abbreviated names of rules, codes and journals as citations write them ({@code Fed. R. Civ. P.
 * 56}, {@code Am. J. Bot. 88, 1201}, {@code Ecol. Lett. 9}, {@code (Civ. Div.)}, {@code Int. Conf.
 * on}): a run of two or more short capitalised tokens, each with its period, that a number, a
 * closing bracket or a lower-case word follows. No period inside such a run ends a sentence: a
 * sentence does not start with an abbreviation that a number or a lower-case word follows unless the
 * abbreviation is one of the language's own ({@code Vol. 3}, {@code Fig. 2}, {@code No. 5}), and the
 * run's last token is never one of those.
 *
 * <p>A token of the run is a capital letter alone or a capital and at most seven lower-case letters
 * that do not end in {@code a e o u y} ({@code Fed}, {@code Civ}, {@code Ecol}, {@code Psychol}): words
 * cut short end in a consonant, and the short capitalised words that end a sentence before such a
 * run mostly end in a vowel ({@code Rome}, {@code Prize}). The look-around is bounded (at most
 * {@value #MAX_TOKENS} tokens each way, {@value #MAX_LETTERS} letters a token), so the check costs a constant.
 */
final class AbbreviatedCitations {

  private static final int MAX_TOKENS = 6;
  private static final int MAX_LETTERS = 8;

  private AbbreviatedCitations() {
  }

  /**
   * Tells whether the period at {@code end} after the token {@code [wordStart, end)} is inside an
   * abbreviated citation.
   */
  static boolean isInside(CharSequence s, int wordStart, int end, SegmentationRules rules) {
    if (!isToken(s, wordStart, end)) {
      return false;
    }
    int count = 1;
    int start = wordStart;
    while (count < MAX_TOKENS) {
      int previous = previousToken(s, start);
      if (previous < 0) {
        break;
      }
      start = previous;
      count++;
    }
    int lastStart = wordStart;
    int period = end;
    for (int ahead = 0; ahead < MAX_TOKENS; ahead++) {
      int next = period + 2;
      if (next >= s.length() || s.charAt(period + 1) != ' ') {
        break;
      }
      int e = next;
      while (e < s.length() && e - next <= MAX_LETTERS && Character.isLetter(s.charAt(e))) {
        e++;
      }
      if (e >= s.length() || s.charAt(e) != '.' || !isToken(s, next, e)) {
        break;
      }
      lastStart = next;
      period = e;
      count++;
    }
    return count >= 2 && isCitationEnd(s, lastStart, period, rules);
  }

  /**
   * The rest of {@link #isInside} for a run of two or more abbreviated tokens, the last from {@code
   * lastStart} to its period at {@code period}: whether the run ends inside the citation. A method
   * of its own, as few runs get here: the quick compiler compiles isInside for every batch, and
   * this part seldom.
   */
  private static boolean isCitationEnd(
      CharSequence s, int lastStart, int period, SegmentationRules rules) {
    if (isAcronymBeforeNumber(s, period + 1)) {
      return true; // "Proc. Natl. Acad. Sci. USA 101": a journal's name may end in an acronym
    }
    if (period + 1 < s.length() && s.charAt(period + 1) == ')') {
      return true; // "(Civ. Div.)"
    }
    if (period - lastStart > 1 && rules.abbreviations.get(s, lastStart, period) != KeyTable.ABSENT) {
      // "… met Bob. Vol. 3 has …", "… King Jr. 50 years on …": the language's own abbreviation may
      // open a sentence before a number, or end one
      return false;
    }
    if (period + 2 >= s.length() || s.charAt(period + 1) != ' ') {
      return false;
    }
    char after = s.charAt(period + 2);
    return Character.isDigit(after) || Character.isLowerCase(after);
  }

  /** A space, two to four capital letters, a space and a digit from {@code p} on ({@code  USA 101}). */
  private static boolean isAcronymBeforeNumber(CharSequence s, int p) {
    if (p >= s.length() || s.charAt(p) != ' ') {
      return false;
    }
    int e = p + 1;
    while (e < s.length() && e - p <= 5 && s.charAt(e) >= 'A' && s.charAt(e) <= 'Z') {
      e++;
    }
    return e - p - 1 >= 2 && e - p - 1 <= 4 && e + 1 < s.length() && s.charAt(e) == ' ' && Character.isDigit(s.charAt(e + 1));
  }

  /** The start of a token of a run that ends with its period and a space right before {@code start}, or -1. */
  private static int previousToken(CharSequence s, int start) {
    int period = start - 2;
    if (period < 1 || s.charAt(start - 1) != ' ' || s.charAt(period) != '.') {
      return -1;
    }
    int p = period;
    while (p > 0 && period - p < MAX_LETTERS && Character.isLetter(s.charAt(p - 1))) {
      p--;
    }
    if (p == period || p > 0 && Character.isLetterOrDigit(s.charAt(p - 1))) {
      return -1;
    }
    return isToken(s, p, period) ? p : -1;
  }

  /**
   * A capital letter alone, or a capital and at most seven lower-case letters not ending in a vowel
   * or {@code y}; Latin letters without marks, as the citations of English and the languages that
   * cite alike write them.
   */
  private static boolean isToken(CharSequence s, int from, int to) {
    int length = to - from;
    if (length < 1 || length > MAX_LETTERS || s.charAt(from) < 'A' || s.charAt(from) > 'Z') {
      return false;
    }
    for (int p = from + 1; p < to; p++) {
      if (s.charAt(p) < 'a' || s.charAt(p) > 'z') {
        return false;
      }
    }
    return length == 1 || "aeouy".indexOf(s.charAt(to - 1)) < 0;
  }
}
