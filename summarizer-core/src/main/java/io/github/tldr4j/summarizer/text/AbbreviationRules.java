package io.github.tldr4j.summarizer.text;

import static io.github.tldr4j.summarizer.text.SegmentationRules.DATE;
import static io.github.tldr4j.summarizer.text.SegmentationRules.FINAL;
import static io.github.tldr4j.summarizer.text.SegmentationRules.NUMERIC;
import static io.github.tldr4j.summarizer.text.SegmentationRules.PREFIX;
import static io.github.tldr4j.summarizer.text.SegmentationRules.TIME;
import static io.github.tldr4j.summarizer.text.SegmentationRules.TITLE;
import static io.github.tldr4j.summarizer.text.SegmentationRules.UNIT;
import static io.github.tldr4j.summarizer.text.SentenceScanner.LOWER;
import static io.github.tldr4j.summarizer.text.SentenceScanner.MAX_NEXT;
import static io.github.tldr4j.summarizer.text.SentenceScanner.SYMBOL;
import static io.github.tldr4j.summarizer.text.SentenceScanner.UNCASED;
import static io.github.tldr4j.summarizer.text.SentenceScanner.UPPER;
import static io.github.tldr4j.summarizer.text.SentenceScanner.isAsciiDigit;

/**
 * A period after an abbreviation of the data files: whether the next word opens a sentence, by the
 * abbreviation's class, clock times and time zones, ordinals before units, full dates and starter
 * words opening the sentence, and quotations closed after the abbreviation.
 *
 * <p>Decides {@link BoundaryRule#ABBREVIATION} (with {@link EvidenceRules} for the capitalised next
 * word). Reads the state of its {@link SentenceScanner}, one object a scanner; moved out of the
 * scanner unchanged, see SEGMENTATION.md (Code map).
 */
final class AbbreviationRules {

  private final SentenceScanner sc;
  private final SegmentationRules rules;
  private final TextChars s;
  private final int n;

  AbbreviationRules(SentenceScanner sc) {
    this.sc = sc;
    this.rules = sc.rules;
    this.s = sc.s;
    this.n = sc.n;
  }

  /**
   * Tells whether the next word is a month or a day of {@code [months]}, with or without its period,
   * followed by a number: the date of the day before it ({@code Sat. Nov. 30}, {@code Wed. March 5}).
   */
  private boolean isDateNext() {
    int p = sc.nextWordEnd;
    if (p < n && s.charAt(p) == '.') {
      p++;
    }
    return p + 1 < n && s.charAt(p) == ' ' && isAsciiDigit(s.charAt(p + 1)) && sc.nextToken.isNextIn(rules.months);
  }

  /** Decides a period after an abbreviation of class {@code type} (see SegmentationRules). */
  boolean abbreviationBoundary(int type, int wordStart, boolean capital, boolean lineEnd) {
    if (Character.isUpperCase(s.charAt(wordStart)) && s.charAt(wordStart + 1) == '.' && sc.nextToken.isNextInitial()) {
      return false; // "В 2020 г. В. В. Петров": a capital letter before another initial is one too
    }
    switch (type) {
      case PREFIX:
        return false;
      case TITLE:
        return sc.nextClass == UPPER && sc.nextToken.isNextIn(rules.strongStarters);
      case FINAL:
        if (capital && sc.tokens == 2 && opensWithStarter()) {
          return false; // "W ub.r. Polska …": a time phrase after a preposition that opens the sentence
        }
        // "… proper food etc. the easiest …": in informal text before a pronoun or a determiner
        return capital || lineEnd && sc.nextClass != LOWER || sc.isInformalStart();
      case DATE:
        // "ends Sat. Nov. 30": a day before its date goes on ("open Mon.–Sat. Sunday hours vary" ends)
        return capital && !(sc.nextClass == UPPER && !lineEnd && isDateNext())
            || lineEnd && sc.nextClass == SYMBOL;
      case UNIT: {
        // a unit written with a space ("a. C.", "d. C.") is looked at from its first part
        int first = sc.wordShapes.spacedUnitStart(wordStart);
        if (!sc.wordShapes.followsNumber(wordStart) && !sc.wordShapes.followsRomanNumeral(first) && !followsOrdinal(first)
            || sc.tokens - (first < wordStart ? 1 : 0) <= 3 && !lineEnd && opensWithDate()
            || sc.tokens <= 5 && !lineEnd && isOpeningFullDate(first)) {
          // a title ("г. Казань"), or a date that opens the sentence ("W 1410 r. Jagiełło ...",
          // "В 1812 г. Наполеон ..."): no sentence is a year alone; but "Бағасы 500 тг." is one
          return sc.nextClass == UPPER && sc.nextToken.isNextIn(rules.strongStarters);
        }
        return capital;
      }
      case TIME:
        if (!capital || sc.tokens <= 4 && !sc.nextToken.isNextIn(rules.strongStarters) && opensWithTime(wordStart)) {
          return false;
        }
        return !sc.nextToken.isNextIn(rules.months) && !sc.nextToken.isNextAcronym() && !sc.nextToken.isZoneName();
      case NUMERIC:
        if (sc.wordShapes.followsNumber(wordStart) && Character.isLowerCase(s.charAt(wordStart))) {
          // "до 21 ч. Выходных нет": after a number it is a unit, and ends a sentence before any
          // capitalised word as [units] do
          return capital;
        }
        // "No. Definitely not.": without a number, a numeric abbreviation opening a sentence is a word;
        // so is one written in lower case that is a word of the language ("Hell no. Thats a name")
        return capital && (sc.tokens == 1 || sc.nextToken.isStarter() || rules.lowerCaseStarts && sc.nextClass == UPPER
            && sc.nextWordEnd - sc.nextWordStart > 1
            && Character.isLowerCase(s.charAt(sc.nextWordStart + 1)) && Character.isLowerCase(s.charAt(wordStart))
            && rules.starters.contains(s, wordStart, s.indexOf('.', wordStart)))
            // "oh no. we missed it": the word in informal text, before a pronoun or a determiner
            || Character.isLowerCase(s.charAt(wordStart)) && sc.isInformalStart()
                && rules.starters.contains(s, wordStart, s.indexOf('.', wordStart));
      default:
        if (sc.wordShapes.followsNumber(wordStart) && Character.isLowerCase(s.charAt(wordStart))) {
          // "a ridge of 12 km. Hikers ...": a unit of measure after a number ends a sentence
          // before any capitalised word, as [units] do
          return capital;
        }
        // "عام 1965 م. وأصبح": a word of an uncased script that opens with a clause prefix
        return capital && (sc.nextToken.isStarter() || sc.evidenceRules.isCommonWordNearby() || sc.evidenceRules.isPluralCommonNoun(wordStart)
            || sc.evidenceRules.opensClauseAfterObject(wordStart) || sc.evidenceRules.opensAfterCompleteName(wordStart)
            || sc.evidenceRules.opensSubjectOfLaterVerb(wordStart)
            || sc.nextClass == UNCASED && rules.startsWithClausePrefix(s, sc.nextWordStart, sc.nextWordEnd));
    }
  }

  /**
   * Tells whether a quotation that did not open right before the abbreviation at {@code wordStart}
   * closes after its period, before a capitalised word on the same line: the quoted sentence ends
   * there ({@code mentions "delays in the U.S." Experts disagree}), as no name goes on outside
   * the quotation it began in.
   */
  boolean closesQuotation(int wordStart) {
    return sc.quoteClosed && sc.closedAfter && sc.nextClass == UPPER && sc.nextWordStartRaw == sc.nextWordStart
        && (wordStart == 0 || !sc.quotationRules.isOpenChar(s.charAt(wordStart - 1)))
        && sc.layoutRules.lineBreaks(sc.sentEnd, sc.nextWordStartRaw) == 0;
  }

  /**
   * Tells whether the clock time whose {@code [times]} abbreviation starts at {@code wordStart} opens
   * the sentence, alone or after a preposition ({@code By 7 a.m. Ms. Okoro had left}, {@code Until 9
   * a.m. Dr. Brandt …}); after a form of "be", an auxiliary or a contracted {@code 's}, it is the
   * complement that ends a clause ({@code It's 10 p.m. Do you know …}, {@code It is 6 a.m. Wake
   * up}).
   */
  private boolean opensWithTime(int wordStart) {
    int p = wordStart - 1;
    if (p < 1 || s.charAt(p) != ' ') {
      return true;
    }
    int number = p;
    while (number > sc.sentStart && p - number < MAX_NEXT && !Words.isWhitespace(s.charAt(number - 1))) {
      number--;
    }
    int e = number - 1; // the space before the number
    if (e < 3 || s.charAt(e) != ' ') {
      return true;
    }
    if (s.charAt(e - 1) == 's' && (s.charAt(e - 2) == '\'' || s.charAt(e - 2) == '\u2019')) {
      return false; // "It's 10 p.m."
    }
    int w = sc.evidenceRules.wordBefore(number);
    return w < 0 || !rules.auxiliaries.contains(s, w, e);
  }

  /** Tells whether the word at {@code wordStart} follows a {@code [times]} abbreviation ("p.m. EST"). */
  boolean followsTime(int wordStart) {
    int end = wordStart - 2;
    if (end < 1 || s.charAt(wordStart - 1) != ' ' || s.charAt(end) != '.') {
      return false;
    }
    int start = end;
    while (start > 0 && end - start < 8 && !Words.isWhitespace(s.charAt(start - 1))) {
      start--;
    }
    return rules.abbreviations.get(s, start, end) == TIME;
  }

  /** "o 10. hod.": in a language with ordinal dots, a unit after an ordinal number. */
  private boolean followsOrdinal(int wordStart) {
    return rules.ordinalDot && wordStart >= 3 && s.charAt(wordStart - 1) == ' ' && s.charAt(wordStart - 2) == '.'
        && Character.isDigit(s.charAt(wordStart - 3));
  }

  /**
   * Tells whether the sentence so far, up to {@code end}, is a full date that opens it: a day, a
   * month written as a lower-case word and a year, after a starter such as a preposition or
   * nothing ({@code 12 marca 2024 r. Sejm …}, {@code На 12 март 2024 г. Парламентът …}); a
   * sentence is no date alone, and a verb before the date ({@code Zmarł 12 marca 2024 r.
   * Pogrzeb …}) makes it a sentence that the date ends.
   */
  private boolean isOpeningFullDate(int end) {
    int p = sc.sentStart;
    while (p < end && sc.quotationRules.isOpenChar(s.charAt(p))) {
      p++;
    }
    if (p < end && Character.isLetter(s.charAt(p))) {
      int e = sc.nextToken.letterRunEnd(p);
      if (e >= end || s.charAt(e) != ' ' || !rules.starters.contains(s, p, e)) {
        return false;
      }
      p = e + 1;
    }
    int day = p;
    while (p < end && p - day < 2 && isAsciiDigit(s.charAt(p))) {
      p++;
    }
    if (p == day || p >= end || s.charAt(p) != ' ') {
      return false;
    }
    int month = ++p;
    while (p < end && p - month < 12 && Character.isLowerCase(s.charAt(p))) {
      p++;
    }
    if (p - month < 3 || p >= end || s.charAt(p) != ' ') {
      return false;
    }
    int year = ++p;
    while (p < end && p - year < 4 && isAsciiDigit(s.charAt(p))) {
      p++;
    }
    return p - year == 4 && p + 1 == end && s.charAt(p) == ' ';
  }

  /**
   * The open sentence of at most three tokens is a number and its unit after at most a starter word
   * (a preposition: "W 1410 r.", "В 1812 г."), not after a noun ("Бағасы 500 тг.": the price is).
   */
  private boolean opensWithDate() {
    return sc.tokens <= 2 || opensWithStarter();
  }

  /** The open sentence opens with a starter word (a preposition: "W", "В"), after any opening marks. */
  private boolean opensWithStarter() {
    int p = sc.sentStart;
    while (p < n && sc.quotationRules.isOpenChar(s.charAt(p))) {
      p++;
    }
    int e = sc.nextToken.letterRunEnd(p);
    return e > p && rules.starters.contains(s, p, e);
  }
}
