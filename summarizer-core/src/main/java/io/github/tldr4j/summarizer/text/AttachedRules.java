package io.github.tldr4j.summarizer.text;

import static io.github.tldr4j.summarizer.text.SegmentationRules.EXTENDER;
import static io.github.tldr4j.summarizer.text.SegmentationRules.NUMERIC;
import static io.github.tldr4j.summarizer.text.SegmentationRules.PERIOD;
import static io.github.tldr4j.summarizer.text.SegmentationRules.PREFIX;
import static io.github.tldr4j.summarizer.text.SegmentationRules.SPACE;
import static io.github.tldr4j.summarizer.text.SegmentationRules.TITLE;
import static io.github.tldr4j.summarizer.text.SegmentationRules.UNIT;
import static io.github.tldr4j.summarizer.text.SentenceScanner.MAX_WORD;
import static io.github.tldr4j.summarizer.text.SentenceScanner.isAsciiDigit;
import static io.github.tldr4j.summarizer.text.WordShapes.isCjk;

/**
 * A terminator glued to the next token ({@code done.Next}, {@code 很忙!明天}, {@code 。他}): scores and
 * ratios, dotted initials in lower case, glued pronouns and words of informal text.
 *
 * <p>Decides {@link BoundaryRule#ATTACHED} and {@link BoundaryRule#HARD_TERMINATOR} for a cluster
 * with no space after it. Reads the state of its {@link SentenceScanner}, one object a scanner;
 * moved out of the scanner unchanged, see SEGMENTATION.md (Code map).
 */
final class AttachedRules {

  private final SentenceScanner sc;
  private final SegmentationRules rules;
  private final TextChars s;
  private final int n;

  AttachedRules(SentenceScanner sc) {
    this.sc = sc;
    this.rules = sc.rules;
    this.s = sc.s;
    this.n = sc.n;
  }

  /** Decides a cluster directly followed by a non-space character, as in "done.Next" or "。他". */
  boolean attachedBoundary(int i, int j, int k, boolean hard, int dots,
      boolean isPeriod) {
    char next = s.charAt(k);
    if (hard) {
      return sc.quotationRules.hardAttachedBoundary(j, k, next);
    }
    if (dots >= 3 && k > j && sc.quoteClosed && i > 0 && isCjk(s.codePointAt(k)) && sc.quotationRules.isCjkBefore(i)) {
      // "他说：“我会来的……”但他没来。": a quotation that trails off ends its sentence at the closing
      // mark, unless a quotative particle or a verb of saying follows ("「そうか……」と彼は")
      return !(rules.startsQuoteParticle(s, k) || sc.nextToken.isReportingAfter(k));
    }
    if (isCjk(s.codePointAt(k)) && i > 0 && (dots == 0 || dots == 1 && isCjk(s.codePointBefore(i)))) {
      // "很忙!明天", "好的."然后": ASCII terminators in Chinese or Japanese text take no space, also
      // before a closing quote; a verb of saying or a quotative particle after the quote continues
      // ("好!"他说, 「行くの?」と聞いた)
      return k == j || !(sc.quoteClosed && (rules.startsQuoteParticle(s, k) || sc.nextToken.isReportingAfter(k)));
    }
    if (sc.question && k == j && i > 0 && isAsciiDigit(next) && sc.quotationRules.isCjkBefore(i)) {
      return true;
    }
    if (k != j || sc.spacedDot) {
      return false;
    }
    if (sc.question && Character.isLowerCase(next)) {
      // "was it open?they said no": informal text, a lower-case sentence glued to a question
      return isGluedWord(i, k);
    }
    if (dots == 1 && rules.lowerCaseStarts && Character.isLowerCase(next) && isGluedWord(i, k)) {
      // "the box was tiny.other than that it was fine": informal text, a lower-case sentence glued
      // to a full stop, opening with a function word of three letters or more that no file name,
      // domain or version ends in ("notes.txt", "example.com", "node.js" go on)
      int e = sc.nextToken.letterRunEnd(k);
      return (e - k >= 3 && rules.starters.contains(s, k, e) || isGluedPronoun(k, e))
          && rules.abbreviations.get(s, sc.wordShapes.wordStart(i), i) == KeyTable.ABSENT; // "pears etc.and plums"
    }
    if (isUncasedLetter(next) && (sc.question || dots == 1)) {
      // "ہے.کل", "आओगे?हाँ": scripts without case, glued to a word of the same script, unless an
      // abbreviation ("डॉ.")
      return isGluedWord(i, k) && isUncasedLetter(s.charAt(sc.wordShapes.wordStart(i)))
          && (sc.question || rules.abbreviations.get(s, sc.wordShapes.wordStart(i), i) == KeyTable.ABSENT);
    }
    if (!Character.isUpperCase(next)) {
      return false;
    }
    // "done.Next", "AFP.Selon": a word of two letters or more, then a capitalised word that is not
    // part of a dotted name, a domain, an address or a file name.
    int wordStart = sc.wordShapes.wordStart(i);
    if (i - wordStart > MAX_WORD) {
      return false;
    }
    boolean dotted = false;
    boolean unit = false;
    if (sc.wordShapes.isNumber(wordStart, i) || sc.isLongNumber(wordStart, i)
        || rules.lowerCaseStarts && sc.isNumberWithUnit(wordStart, i)) {
      // "at 3.Then", "came to 1,250.That", "call 1-800-555-0100.We", "at 9pm.Everyone": a number that does not open
      // the sentence (a list marker "1.Intro" would, or one after a colon: "Buy: 1.Bread, 2.Milk")
      if (sc.tokens <= 1 || s.charAt(wordStart - 1) != ' ' || wordStart == sc.listMarkerAt || sc.wordShapes.isSentenceMarker(wordStart)) {
        return false;
      }
    } else if (sc.isNumberWithUnit(wordStart, i) || isScore(wordStart, i)) {
      // "arrivés à 21h.Le dîner", "endete 2:1.Die Fans": a number with its unit, a score or a ratio
      // that does not open the sentence, as numbers above
      if (sc.tokens <= 1 || s.charAt(wordStart - 1) != ' ') {
        return false;
      }
    } else if (rules.abbreviations.get(s, wordStart, i) == UNIT && sc.wordShapes.followsNumber(wordStart)) {
      // "в 18 ч.Вечерята", "в 1812 г.Война": a unit after a number ends a sentence before a
      // capitalised word, glued as after a space
      if (sc.tokens <= 2) {
        return false;
      }
      unit = true;
    } else if (isLowerCaseDotted(wordStart, i)) {
      // "sal q.b.Gosto de": an abbreviation of lower-case initials glued to the next sentence, unless
      // it never ends one ("i.e.", a title)
      int type = rules.abbreviations.get(s, wordStart, i);
      if (type == PREFIX || type == TITLE) {
        return false;
      }
      dotted = true;
    } else {
      if (i - wordStart < 2) {
        return false;
      }
      for (int p = wordStart; p < i; p++) {
        if (!Character.isLetter(s.charAt(p))) {
          return false;
        }
      }
    }
    int e = k + 1;
    while (e < n && e - k < MAX_WORD && Character.isLowerCase(s.charAt(e))) {
      e++;
    }
    if (e - k < 2 && !((dots == 1 || sc.question) && e + 1 < n && s.charAt(e) == ' ' && Character.isLowerCase(s.charAt(e + 1)))) {
      // "the army.A meeting followed", "Really?I had no idea" end: a one-letter word, then a
      // lower-case one; so does
      // "жағдайы.XVIII ғасырдың": a century in Roman numerals opens the next sentence
      return dots == 1 && !dotted && sc.wordShapes.isRomanBeforeLowerCase(k)
          && rules.abbreviations.get(s, wordStart, i) == KeyTable.ABSENT;
    }
    if (!dotted && !unit && rules.abbreviations.get(s, wordStart, i) != KeyTable.ABSENT && !sc.wordShapes.isNumber(wordStart, i)
        && !isNumericWord(wordStart, i)) {
      // "St.John", "Dr.Lee": an abbreviation written without its space
      return false;
    }
    if (Character.isUpperCase(s.charAt(wordStart)) && rules.domains.contains(s, k, e)) {
      // "Yahoo.Com", "One.Tel": a name written as a domain (after a lower-case word, "Com" is a word)
      return false;
    }
    if (e == n) {
      return true;
    }
    char after = s.charAt(e);
    byte kind = rules.kind(after);
    if (kind == SPACE) {
      return true;
    }
    if (after == '@' || after == '/' || after == '_' || Character.isLetterOrDigit(after)) {
      return false;
    }
    if (kind == PERIOD) {
      return e + 1 >= n || !Character.isLetterOrDigit(s.charAt(e + 1));
    }
    return true;
  }

  /** {@code [from, to)} is a score or a ratio of short numbers ({@code 2:1}, {@code 10:7}). */
  private boolean isScore(int from, int to) {
    int colon = from;
    while (colon < to && isAsciiDigit(s.charAt(colon))) {
      colon++;
    }
    return colon > from && colon - from <= 2 && colon < to - 1 && to - colon - 1 <= 2 && s.charAt(colon) == ':'
        && sc.wordShapes.allDigits(colon + 1, to);
  }

  /**
   * A personal pronoun of two letters glued to a full stop in informal text ({@code was
   * delayed.we waited}, {@code the bus.he said}): no domain, file name or version ends so, as the
   * longer function words of {@link #attachedBoundary} do not either.
   */
  private boolean isGluedPronoun(int k, int e) {
    return e - k == 2 && e < n && s.charAt(e) == ' ' && rules.pronouns.contains(s, k, e);
  }

  /**
   * A {@code [numeric]} abbreviation written in lower case that is also a word opening sentences
   * ({@code no}): glued to a capitalised word, it is the word ({@code I said no.I meant it}), as it
   * is before a space.
   */
  private boolean isNumericWord(int wordStart, int end) {
    return rules.lowerCaseStarts && Character.isLowerCase(s.charAt(wordStart))
        && rules.abbreviations.get(s, wordStart, end) == NUMERIC && rules.starters.contains(s, wordStart, end);
  }

  /** {@code [from, to)} is lower-case initials joined by periods ({@code q.b}, {@code a.m}). */
  private boolean isLowerCaseDotted(int from, int to) {
    if (to - from < 3 || (to - from) % 2 == 0) {
      return false;
    }
    for (int p = from; p < to; p += 2) {
      if (!Character.isLowerCase(s.charAt(p)) || p + 1 < to && s.charAt(p + 1) != '.') {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether a terminator at {@code i}, glued to the lower-case or uncased word at {@code k},
   * ends a sentence: a word of two letters or more before it, and after it a word of two lower-case
   * or uncased letters or more (with their combining marks) followed by a space, a comma, a
   * terminator or the end, so that a query string ({@code page?id=3}) or a name ({@code Yahoo!mail}) stays whole.
   */
  private boolean isGluedWord(int i, int k) {
    int wordStart = sc.wordShapes.wordStart(i);
    if (i - wordStart < 2 || i - wordStart > MAX_WORD) {
      return false;
    }
    for (int p = wordStart; p < i; p++) {
      if (!Character.isLetter(s.charAt(p)) && rules.kind(s.charAt(p)) != EXTENDER) {
        return false;
      }
    }
    int e = k;
    while (e < n && e - k < MAX_WORD && (Character.isLowerCase(s.charAt(e)) || isUncasedLetter(s.charAt(e))
        || e > k && rules.kind(s.charAt(e)) == EXTENDER)) {
      e++;
    }
    return e - k >= 2 && (e == n || rules.kind(s.charAt(e)) == SPACE || rules.isTerminator(s.charAt(e))
        || ",;:\u060C\u061B".indexOf(s.charAt(e)) >= 0);
  }

  /** A letter of a script without case, other than Chinese and Japanese (which take no spaces). */
  static boolean isUncasedLetter(char c) {
    return Character.isLetter(c) && !Character.isUpperCase(c) && !Character.isLowerCase(c) && !isCjk(c)
        && !Character.isSurrogate(c);
  }
}
