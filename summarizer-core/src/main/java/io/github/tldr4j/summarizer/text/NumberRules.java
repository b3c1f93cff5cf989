package io.github.tldr4j.summarizer.text;

import static io.github.tldr4j.summarizer.text.SentenceScanner.DIGIT;
import static io.github.tldr4j.summarizer.text.SentenceScanner.LOWER;
import static io.github.tldr4j.summarizer.text.SentenceScanner.UNCASED;
import static io.github.tldr4j.summarizer.text.SentenceScanner.UPPER;
import static io.github.tldr4j.summarizer.text.SentenceScanner.isAsciiDigit;
import static io.github.tldr4j.summarizer.text.WordShapes.isColon;

/**
 * A period after a number or a single letter: list markers ({@code 1.}, {@code a.}, the full stops
 * of scripts that number lists with them), ordinals and regnal numbers, initials ({@code John F.
 * Kennedy}) and series of letters ({@code Sample A. Sample B}).
 *
 * <p>Decides {@link BoundaryRule#LIST_MARKER}, {@link BoundaryRule#NUMBER} and {@link
 * BoundaryRule#INITIAL}. Reads the state of its {@link SentenceScanner}, one object a scanner;
 * moved out of the scanner unchanged, see SEGMENTATION.md (Code map).
 */
final class NumberRules {

  private final SentenceScanner sc;
  private final SegmentationRules rules;
  private final TextChars s;
  private final int n;

  NumberRules(SentenceScanner sc) {
    this.sc = sc;
    this.rules = sc.rules;
    this.s = sc.s;
    this.n = sc.n;
  }

  /**
   * Tells whether the full stop at {@code i} ({@code ۔} or {@code ။}, see {@link
   * ListMarkers#isScriptListStop}) follows the number of a list item: one that opens the sentence,
   * a 1 after a colon, or the number that continues such a list within a few hundred characters
   * ({@code ۱۔ آٹا، ۲۔ چینی اور ۳۔ دودھ۔}). A number that ends a sentence ({@code قیمت ۲۵۰۔}) is
   * none of these.
   */
  boolean isScriptListMarker(int i) {
    if (!ListMarkers.isScriptListStop(s.charAt(i))) {
      return false;
    }
    int d = i;
    int value = 0;
    int scale = 1;
    while (d > 0 && i - d < 3 && Character.isDigit(s.charAt(d - 1))) {
      d--;
      value += Character.digit(s.charAt(d), 10) * scale;
      scale *= 10;
    }
    if (d == i || d > 0 && !Words.isWhitespace(s.charAt(d - 1)) && s.charAt(d - 1) != '(') {
      return false;
    }
    boolean marker = d <= sc.sentStart
        || value == 1 && d >= 2 && isColon(s.charAt(d - 2))
        || value == sc.scriptListNext && i - sc.scriptListAt < 400;
    if (marker) {
      sc.scriptListNext = value + 1;
      sc.scriptListAt = i;
    }
    return marker;
  }

  /** Decides a period after a number of at most three digits: list marker, ordinal or end. */
  boolean numberBoundary(int wordStart, int i, boolean lineEnd) {
    if (sc.wordShapes.isSentenceMarker(wordStart)) {
      return false;
    }
    if (sc.nextClass == DIGIT && !lineEnd && sc.wordShapes.isSpacedDate(wordStart, i)) {
      return false;
    }
    if (rules.ordinalDot && (sc.nextClass == LOWER || sc.nextToken.isNextIn(rules.months)
        || sc.wordShapes.previousWordIn(wordStart) && !(sc.nextClass == UPPER && sc.nextToken.isStarter()))) {
      // "am 3. Oktober", "im 3. Stock"; but "seit dem 12. Das Kino ...": a starter opens a sentence
      return false;
    }
    if (rules.ordinalDot && rules.capitalisedNouns && sc.nextClass == UPPER && !lineEnd && !sc.nextToken.isStarter()
        && !sc.wordShapes.afterNumericAbbreviation(wordStart)) {
      // "des 20. Jahrhunderts": an ordinal before a capitalised noun, unless a sentence starts; in
      // the languages that write nouns in lower case ("i 3. klasse", "v 15. storočí") a capital
      // after the number opens a sentence ("bor i værelse 12. Hans søster …")
      return false;
    }
    if (sc.nextClass == UPPER && !lineEnd && sc.wordShapes.isRomanBeforeLowerCase(sc.nextWordStart)) {
      // "z lat 80. XX w.", "the 1880s. XIX century": an ordinal or a decade before a century in
      // Roman numerals, which no sentence starts with
      return false;
    }
    return sc.normalBoundary(lineEnd);
  }

  /**
   * Tells whether the letter at {@code wordStart} follows a noun of {@code [designators]} ({@code
   * vitamin D}, {@code Gate B}, {@code Row F}): it designates a member of a kind, as a number would.
   */
  boolean followsDesignatorNoun(int wordStart) {
    int w = sc.evidenceRules.wordBefore(wordStart);
    return w >= 0 && rules.designators.contains(s, w, wordStart - 1);
  }

  /** Decides a period after a single letter: list marker ("a."), initial ("John F. Kennedy") or word ("I."). */
  boolean letterBoundary(int wordStart, int cp, boolean capital, boolean lineEnd) {
    if (sc.wordShapes.isSentenceMarker(wordStart) && (capital || sc.nextClass == DIGIT)) {
      sc.periodRule = BoundaryRule.LIST_MARKER;
      return false;
    }
    if (sc.nextClass == UPPER && !lineEnd && (sc.wordShapes.isNumeralAfterName(wordStart) || sc.wordShapes.isLatinNumeralAfterName(wordStart))) {
      // "after World War I. Peace lasted": a Roman number ends the name, and the sentence
      sc.periodRule = BoundaryRule.NUMBER;
      return true;
    }
    if (Character.isUpperCase(cp) && sc.nextClass == UPPER && !lineEnd && isRepeatedDesignator(wordStart)) {
      // "labelled Sample A. Sample B was lost", "chose Plan A. Plan B …": a letter that designates
      // one of a series, before the series' next member, is no initial: no name repeats the word
      return true;
    }
    if (Character.isUpperCase(cp) && sc.nextClass == UPPER && !lineEnd && followsDesignatorNoun(wordStart)
        && !sc.nextToken.isNextInitial()) {
      // "lack vitamin D. Doctors recommend", "in Row F. Boarding begins": a letter after a noun of
      // [designators] names a member, not a person; no name follows such a noun and an initial
      return true;
    }
    if (Character.isUpperCase(cp) && sc.nextClass == UPPER && !sc.nextToken.isNextIn(rules.strongStarters)
        && !(sc.nextToken.isNextIn(rules.pronouns) && !sc.nextToken.isNextInitial())
        && (sc.wordShapes.previousIsName(wordStart) && !(isLetterWord(wordStart) && sc.evidenceRules.isCommonWordNearby())
            || sc.wordShapes.isSpacedInitial(wordStart) || sc.nextToken.isNextInitial())) {
      return false;
    }
    if (Character.isUpperCase(cp) && sc.nextClass == UPPER && !lineEnd && !isLetterWord(wordStart)
        && !sc.nextToken.isStarter() && !sc.evidenceRules.isCommonWordNearby()) {
      // "the psychologist F. Mertens": a capital letter that is no word of the language, then a
      // capitalised word that is no sentence starter, is an initial after any word
      return false;
    }
    if (Character.isUpperCase(cp) && sc.nextClass == DIGIT && !lineEnd && !isLetterWord(wordStart) && isOrdinalNext()) {
      // "the corner of S. 10th and Pine": a compass point or an initial before a street's ordinal
      return false;
    }
    if (sc.nextClass == UNCASED && !lineEnd && sc.wordShapes.isAksaraInitial(wordStart, wordStart + Character.charCount(cp))) {
      // "पु. ल. देशपांडे": a letter of an Indic script next to another initial
      return false;
    }
    if (sc.nextClass == UNCASED && !lineEnd && sc.nextToken.isAbjadInitial(cp)) {
      // "دکتر م. رضایی", "علی ر. محمدی": a single letter of an abjad before a word of the same script
      // is an initial (no word of Arabic, Persian, Urdu or Hebrew is one letter before a period)
      return false;
    }
    return sc.normalBoundary(lineEnd);
  }

  /**
   * Tells whether the capitalised word before the letter at {@code wordStart} is the next word too
   * ({@code Sample A. Sample B}, {@code Gate 4 … Plan A. Plan B}): the letter designates a member of
   * a series, and the word opens the next member's sentence.
   */
  boolean isRepeatedDesignator(int wordStart) {
    int w = sc.evidenceRules.wordBefore(wordStart);
    int length = sc.nextWordEnd - sc.nextWordStart;
    return w >= 0 && wordStart - 1 - w == length && length >= 2 && Character.isUpperCase(s.charAt(w))
        && sc.nextWordEnd < n && s.charAt(sc.nextWordEnd) == ' ' && s.regionMatches(w, s, sc.nextWordStart, length)
        && isLoneCapital(sc.nextWordEnd + 1)
        || isLastOfLetterSeries(wordStart);
  }

  /**
   * Tells whether a capital letter standing alone as a word starts at {@code i}: the next member's
   * designator ({@code Sample B}); a name that repeats its first word after an initial
   * ({@code Horst P. Horst in Paris}) has none.
   */
  private boolean isLoneCapital(int i) {
    return i < n && Character.isUpperCase(s.charAt(i)) && (i + 1 == n || !Character.isLetterOrDigit(s.charAt(i + 1)));
  }

  /**
   * Tells whether the capital letter at {@code wordStart} ends a series of letters without periods
   * ({@code models A, B and C.}, {@code parts B, C, or D.}): the letters name members of a series,
   * and none is an initial, which takes a period.
   */
  private boolean isLastOfLetterSeries(int wordStart) {
    int p = wordStart - 1; // the space before the letter
    if (p < 3 || s.charAt(p) != ' ') {
      return false;
    }
    int w = sc.evidenceRules.wordBefore(wordStart);
    if (w >= 0 && rules.clauseLinks.contains(s, w, p)) {
      p = w - 1; // "B and C": the space before the conjunction
      if (p >= 1 && s.charAt(p - 1) == ',') {
        p--; // "B, and C"
      }
    } else if (s.charAt(p - 1) == ',') {
      p--;
    } else {
      return false;
    }
    int letter = p - 1; // the letter before the comma or the space
    return letter >= 1 && letter > sc.sentStart && Character.isUpperCase(s.charAt(letter))
        && !Character.isLetterOrDigit(s.charAt(letter - 1));
  }

  /**
   * Tells whether the next token is an ordinal written with digits and a suffix of one to three
   * lower-case letters ({@code 10th}, {@code 2nd}, {@code 5e}), then no letter or digit: the number
   * of a street after a compass point ({@code S. 10th St.}), which no sentence opens with after a
   * single capital letter.
   */
  private boolean isOrdinalNext() {
    int p = sc.nextWordStart;
    while (p < n && p - sc.nextWordStart < 4 && isAsciiDigit(s.charAt(p))) {
      p++;
    }
    int e = p;
    while (e < n && e - p < 4 && Character.isLowerCase(s.charAt(e))) {
      e++;
    }
    return p > sc.nextWordStart && e > p && e - p <= 3 && (e == n || !Character.isLetterOrDigit(s.charAt(e)));
  }

  /**
   * The letter at {@code wordStart} is a word of the language that may end a sentence: a starter
   * that is not an open word ("Marta and I." but not the article "A.").
   */
  boolean isLetterWord(int wordStart) {
    int end = wordStart + Character.charCount(s.codePointAt(wordStart));
    return rules.starters.contains(s, wordStart, end) && !rules.openWords.contains(s, wordStart, end);
  }
}
