package io.github.tldr4j.summarizer.text;

import static io.github.tldr4j.summarizer.text.SegmentationRules.BULLET;
import static io.github.tldr4j.summarizer.text.SegmentationRules.DOUBLE_QUOTE;
import static io.github.tldr4j.summarizer.text.SegmentationRules.NUMERIC;
import static io.github.tldr4j.summarizer.text.SegmentationRules.OPENER;
import static io.github.tldr4j.summarizer.text.SegmentationRules.PREFIX;
import static io.github.tldr4j.summarizer.text.SegmentationRules.SINGLE_QUOTE;
import static io.github.tldr4j.summarizer.text.SegmentationRules.SPACE;
import static io.github.tldr4j.summarizer.text.SegmentationRules.TITLE;
import static io.github.tldr4j.summarizer.text.SegmentationRules.UNIT;
import static io.github.tldr4j.summarizer.text.SentenceScanner.MAX_NEXT;
import static io.github.tldr4j.summarizer.text.SentenceScanner.MAX_WORD;
import static io.github.tldr4j.summarizer.text.SentenceScanner.isAsciiDigit;

/**
 * The shape of the word before a period: its abbreviation class (listed, spaced, suffixed,
 * hyphenated, after an elision), numbers with units, dates, Roman numerals, initialisms, names before
 * a numeral, ordinals, and the character classes these tests share.
 *
 * <p>Decides no boundary itself: tells {@link SentenceScanner#periodBoundary} which of {@link
 * BoundaryRule#ABBREVIATION}, {@link BoundaryRule#DATE_NOTE}, {@link BoundaryRule#NUMBER}, {@link
 * BoundaryRule#LIST_MARKER} or {@link BoundaryRule#INITIAL} applies. Reads the state of its scanner,
 * one object a scanner; moved out of the scanner unchanged, see SEGMENTATION.md (Code map).
 */
final class WordShapes {

  private final SentenceScanner sc;
  private final SegmentationRules rules;
  private final TextChars s;
  private final int n;

  WordShapes(SentenceScanner sc) {
    this.sc = sc;
    this.rules = sc.rules;
    this.s = sc.s;
    this.n = sc.n;
  }

  /**
   * The abbreviation class of the word {@code [wordStart, end)} before a period: as listed, after an
   * elision ("L'Avv."), by a numeric suffix ("Goethestr.") or by the last part of a hyphenated word
   * ("Mozart-Str."); a title spelled in capitals ("MS.") is an acronym, not a title.
   */
  int wordType(int wordStart, int end) {
    int type = abbreviationType(wordStart, end);
    if (type == KeyTable.ABSENT) {
      int elided = afterApostrophe(wordStart, end);
      if (elided > wordStart && end - elided >= 2) { // "L'Avv.", not the "s" of a possessive
        type = rules.abbreviations.get(s, elided, end);
      }
    }
    if (type == KeyTable.ABSENT) {
      type = suffixType(wordStart, end);
    }
    if (type == KeyTable.ABSENT) {
      type = hyphenatedType(wordStart, end);
    }
    if (type == TITLE && end - wordStart > 1 && isAllUpper(wordStart, end)) {
      // "patients with MS. Final approval": an acronym that happens to spell a title
      type = KeyTable.ABSENT;
    }
    return type;
  }

  /** Returns the abbreviation class of the word {@code [wordStart, end)}, trying spaced forms first. */
  private int abbreviationType(int wordStart, int end) {
    int p1 = previousDottedToken(wordStart);
    if (p1 >= 0) {
      int p2 = previousDottedToken(p1);
      if (p2 >= 0) {
        int type = rules.abbreviations.get(s, p2, end);
        if (type != KeyTable.ABSENT) {
          return type;
        }
      }
      int type = rules.abbreviations.get(s, p1, end);
      if (type != KeyTable.ABSENT) {
        return type;
      }
    }
    int p = wordStart - 1;
    if (p >= 2 && s.charAt(p) == ' ') {
      // "и пр.", "i in.": an abbreviation after a short conjunction, listed with it
      int q = p;
      while (q > 0 && p - q < 3 && Letters.isLetter(s.charAt(q - 1))) {
        q--;
      }
      if (q < p && (q == 0 || rules.kind(s.charAt(q - 1)) == SPACE)) {
        int type = rules.abbreviations.get(s, q, end);
        if (type != KeyTable.ABSENT) {
          return type;
        }
      }
    }
    return rules.abbreviations.get(s, wordStart, end);
  }

  /** The number at {@code wordStart} follows "kl.", "Nr." or "s.": a cardinal, not an ordinal. */
  boolean afterNumericAbbreviation(int wordStart) {
    int p = previousDottedToken(wordStart);
    return p >= 0 && rules.abbreviations.get(s, p, wordStart - 2) == NUMERIC;
  }

  /**
   * The word at {@code wordStart} follows a number and a single space or no-break space, directly or
   * after another abbreviated unit ("5 тыс. руб.").
   */
  boolean followsNumber(int wordStart) {
    if (wordStart >= 2 && rules.kind(s.charAt(wordStart - 1)) == SPACE && s.charAt(wordStart - 1) != '\n'
        && Character.isDigit(s.charAt(wordStart - 2))) {
      return true;
    }
    if (wordStart >= 4 && s.charAt(wordStart - 1) == ' ' && Character.isLowerCase(s.charAt(wordStart - 2))) {
      // "в 1990-х гг.": a number with a case ending; "2 mln zł.": a unit written without a period
      int p = wordStart - 2;
      while (p > 0 && wordStart - p <= 6 && Character.isLowerCase(s.charAt(p - 1))) {
        p--;
      }
      if (p >= 2 && s.charAt(p - 1) == '-' && Character.isDigit(s.charAt(p - 2)) && wordStart - 1 - p <= 3) {
        return true;
      }
      if (p >= 2 && s.charAt(p - 1) == ' ' && Character.isDigit(s.charAt(p - 2))
          && rules.abbreviations.get(s, p, wordStart - 1) == UNIT) {
        return true;
      }
      if (p >= 2 && s.charAt(p - 1) == ' ' && Character.isDigit(s.charAt(p - 2)) && wordStart - 1 - p <= 2
          && rules.abbreviations.get(s, p, wordStart - 1) == SegmentationRules.ABBREVIATION) {
        return true; // "25,000 sq ft.", "12 cu ft.": a unit after a short abbreviated modifier
      }
    }
    int p = previousDottedToken(wordStart);
    return p >= 2 && Character.isLetter(s.charAt(p)) && rules.kind(s.charAt(p - 1)) == SPACE
        && s.charAt(p - 1) != '\n' && Character.isDigit(s.charAt(p - 2));
  }

  /**
   * A capital and a lower-case consonant of the same script, Latin, Greek or Cyrillic ({@code Th},
   * {@code Χρ}, {@code Хр}, {@code Дж}): no word of these languages, a first name cut short.
   */
  boolean isNameAbbreviation(int wordStart) {
    char first = s.charAt(wordStart);
    char second = s.charAt(wordStart + 1);
    if (first >= 'A' && first <= 'Z') {
      return "bcdfghjklmnpqrstvwxz".indexOf(second) >= 0;
    }
    if (first >= '\u0391' && first <= '\u03A9') {
      return "\u03B2\u03B3\u03B4\u03B6\u03B8\u03BA\u03BB\u03BC\u03BD\u03BE\u03C0\u03C1\u03C2\u03C3\u03C4\u03C6\u03C7\u03C8"
          .indexOf(second) >= 0;
    }
    return first >= '\u0400' && first <= '\u042F' && "бвгджзйклмнпрстфхцчшщ".indexOf(second) >= 0;
  }

  /**
   * Tells whether a Roman numeral in capitals and a space come right before {@code wordStart}: a
   * century before a unit ("w XV w.", "в XIX в."), Latin or the Cyrillic look-alikes {@code Х І}.
   */
  boolean followsRomanNumeral(int wordStart) {
    if (wordStart < 2 || s.charAt(wordStart - 1) != ' ') {
      return false;
    }
    int p = wordStart - 1;
    while (p > 0 && wordStart - p <= 8 && "IVXLCDM\u0425\u0406".indexOf(s.charAt(p - 1)) >= 0) {
      p--;
    }
    return p < wordStart - 1 && wordStart - p <= 8 && (p == 0 || !Character.isLetterOrDigit(s.charAt(p - 1)));
  }

  /**
   * Tells whether the number {@code [wordStart, i)} before a period is part of a date written with
   * spaces ("do 30. 6. 2025", "am 1. 4. 1990"): a day before a month number with its period and a
   * year, or a month number after a day and before a year.
   */
  boolean isSpacedDate(int wordStart, int i) {
    int value = smallNumber(wordStart, i);
    int next = sc.nextWordStart;
    int nextEnd = next;
    while (nextEnd < n && nextEnd - next < 5 && isAsciiDigit(s.charAt(nextEnd))) {
      nextEnd++;
    }
    int nextDigits = nextEnd - next;
    if (nextEnd < n && Character.isLetterOrDigit(s.charAt(nextEnd))) {
      return false;
    }
    if (value >= 1 && value <= 31 && nextDigits >= 1 && nextDigits <= 2 && nextEnd + 2 < n
        && s.charAt(nextEnd) == '.' && s.charAt(nextEnd + 1) == ' ' && isAsciiDigit(s.charAt(nextEnd + 2))) {
      int month = smallNumber(next, nextEnd);
      int y = nextEnd + 2;
      while (y < n && y - nextEnd - 2 < 5 && isAsciiDigit(s.charAt(y))) {
        y++;
      }
      int yearDigits = y - nextEnd - 2;
      return month >= 1 && month <= 12 && (yearDigits == 2 || yearDigits == 4)
          && (y == n || !Character.isLetterOrDigit(s.charAt(y)));
    }
    if (value >= 1 && value <= 12 && nextDigits == 4 && wordStart >= 4 && s.charAt(wordStart - 1) == ' '
        && s.charAt(wordStart - 2) == '.') {
      int d = wordStart - 2;
      while (d > 0 && wordStart - 2 - d < 2 && isAsciiDigit(s.charAt(d - 1))) {
        d--;
      }
      int day = smallNumber(d, wordStart - 2);
      return day >= 1 && day <= 31 && (d == 0 || !Character.isLetterOrDigit(s.charAt(d - 1)) && s.charAt(d - 1) != '.');
    }
    return false;
  }

  /** The value of the one or two ASCII digits {@code [from, to)}, or -1. */
  private int smallNumber(int from, int to) {
    if (to - from < 1 || to - from > 2) {
      return -1;
    }
    int v = 0;
    for (int p = from; p < to; p++) {
      if (!isAsciiDigit(s.charAt(p))) {
        return -1;
      }
      v = v * 10 + s.charAt(p) - '0';
    }
    return v;
  }

  /** The class of an abbreviated word ending such as German "Goethestr.", or absent. */
  private int suffixType(int wordStart, int end) {
    for (int from = Math.max(wordStart + 1, end - 6); from < end - 1; from++) {
      int type = rules.suffixes.get(s, from, end);
      if (type != KeyTable.ABSENT && Character.isLetter(s.charAt(from - 1))) {
        return type;
      }
    }
    return KeyTable.ABSENT;
  }

  /**
   * The class of a hyphenated word whose last part is an abbreviation ("Goethe-Str." as "Str."), or
   * absent: a numeric suffix first, then the abbreviation tables.
   */
  private int hyphenatedType(int wordStart, int end) {
    int p = end - 1;
    while (p > wordStart && Letters.isLetter(s.charAt(p))) {
      p--;
    }
    if (p == wordStart || p == end - 1 || !isRangeDash(s.charAt(p))
        || !(Character.isLetter(s.charAt(p - 1)) || s.charAt(p - 1) == '.' && p - 1 > wordStart)) { // "Mon.-Fri."
      return KeyTable.ABSENT;
    }
    int type = rules.suffixes.get(s, p + 1, end);
    return type != KeyTable.ABSENT ? type : rules.abbreviations.get(s, p + 1, end);
  }

  /**
   * Tells whether {@code [from, to)} looks like an abbreviation that the lists may lack: lower-case
   * letters only, at most four, and inside brackets unless at most two.
   */
  boolean isAbbreviationLike(int from, int to) {
    int length = to - from;
    if (length > 4 || length > 2 && sc.depth == 0 || !Character.isLowerCase(s.charAt(from))) {
      return false;
    }
    for (int p = from; p < to; p++) {
      if (!Character.isLetter(s.charAt(p))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether a date starts at {@code p}: a day number (1 to 31, optionally with a period), a
   * space and a word followed by a year of three or four digits ("4 maj 1950", "3. března 1961"), or
   * a month of the language's {@code [months]} ("4. Mai").
   */
  boolean isDateAhead(int p) {
    int k = p;
    int day = 0;
    while (k < n && k - p < 2 && isAsciiDigit(s.charAt(k))) {
      day = day * 10 + s.charAt(k) - '0';
      k++;
    }
    if (k == p || day < 1 || day > 31) {
      return false;
    }
    if (k < n && s.charAt(k) == '.') {
      k++;
    }
    if (k >= n || s.charAt(k) != ' ' && s.charAt(k) != '\u00A0') {
      return false;
    }
    int w = ++k;
    k = sc.nextToken.letterRunEnd(w);
    if (k == w) {
      return false;
    }
    if (rules.months.contains(s, w, k)) {
      return true;
    }
    int y = k + 1;
    if (k >= n || s.charAt(k) != ' ') {
      return false;
    }
    int e = y;
    while (e < n && e - y < 5 && isAsciiDigit(s.charAt(e))) {
      e++;
    }
    return (e - y == 3 || e - y == 4) && (e == n || !Character.isLetterOrDigit(s.charAt(e)));
  }

  /** "L'Avv." and "dell'art.": the start of the word after an elision, or {@code from}. */
  private int afterApostrophe(int from, int to) {
    for (int p = to - 1; p > from; p--) {
      char c = s.charAt(p);
      if (c == '\'' || c == '\u2019') {
        return p + 1;
      }
    }
    return from;
  }

  /**
   * Tells whether the word before the period and the next short dotted token(s) form a spaced
   * abbreviation such as "z. B.", "e. V." or "i. d. R.".
   */
  boolean startsSpacedAbbreviation(int wordStart) {
    int e1 = dottedTokenEnd(sc.nextWordStartRaw);
    return e1 >= 0 && startsSpacedAbbreviation(wordStart, e1);
  }

  /**
   * {@link #startsSpacedAbbreviation(int)} once the next token is a short one ending with a period
   * at {@code e1 - 1}; a method of its own, which most texts seldom call.
   */
  private boolean startsSpacedAbbreviation(int wordStart, int e1) {
    int end1 = e1 - 1;
    if (end1 - 1 > sc.nextWordStartRaw && s.charAt(end1 - 1) == '.') {
      // "los EE. UU.. Luego": the abbreviation's period, then the sentence's
      end1--;
    }
    if (rules.abbreviations.get(s, wordStart, end1) != KeyTable.ABSENT) {
      return true;
    }
    int m = e1;
    if (m < n && s.charAt(m) == ' ') {
      int e2 = dottedTokenEnd(m + 1);
      return e2 > 0 && rules.abbreviations.get(s, wordStart, e2 - 1) != KeyTable.ABSENT;
    }
    return false;
  }

  /** Returns the end of a short token at {@code i} that ends with a period ("B.", "J.-C."), or -1. */
  private int dottedTokenEnd(int i) {
    int e = i;
    while (e < n && e - i < 7 && rules.kind(s.charAt(e)) != SPACE) {
      e++;
    }
    if (e == i || e - i > 6 || (e < n && rules.kind(s.charAt(e)) != SPACE) || s.charAt(e - 1) != '.') {
      return -1;
    }
    return e;
  }

  /**
   * The start of a unit written with a space whose last part starts at {@code wordStart} ({@code
   * d. C.}: the {@code d}), or {@code wordStart}.
   */
  int spacedUnitStart(int wordStart) {
    int p1 = previousDottedToken(wordStart);
    if (p1 < 0) {
      return wordStart;
    }
    int end = wordStart;
    while (end < n && end - wordStart < MAX_WORD && Character.isLetter(s.charAt(end))) {
      end++;
    }
    return rules.abbreviations.get(s, p1, end) == UNIT ? p1 : wordStart;
  }

  /** Returns the start of a short token ending in a period right before {@code start}, or -1. */
  private int previousDottedToken(int start) {
    int k = start - 1;
    if (k < 2 || rules.kind(s.charAt(k)) != SPACE || s.charAt(k) == '\n' || s.charAt(k - 1) != '.') {
      return -1;
    }
    int end = k - 1;
    int p = end;
    while (p > 0 && end - p < 6 && rules.kind(s.charAt(p - 1)) != SPACE) {
      p--;
    }
    if (p == end || end - p >= 6 || p > 0 && rules.kind(s.charAt(p - 1)) != SPACE) {
      return -1;
    }
    // "(z. B.": the abbreviation starts after an opening bracket or quote
    while (p < end - 1 && sc.quotationRules.isOpenChar(s.charAt(p))) {
      p++;
    }
    return p;
  }

  /**
   * Tells whether the word {@code [from, to)} before a period is an initial of an Indic script
   * (Devanagari, Bengali, Gujarati, …): one aksara (a letter and its vowel signs, no conjunct),
   * next to another such initial ({@code ना. सी. फडके}, {@code पु. ल. देशपांडे}), or a run of them
   * joined by periods ({@code ए.पी.जे. अब्दुल कलाम}), where a Latin letter spelled out in the
   * script counts when the language lists it as an initial ({@code बी.आर. अंबेडकर}). Marathi writes given names so; a single
   * aksara alone before a period is as often a word that ends a sentence ({@code हो.}).
   */
  boolean isAksaraInitial(int from, int to) {
    int segments = 0;
    int start = from;
    for (int p = from; p <= to; p++) {
      if (p == to || s.charAt(p) == '.') {
        if (!isAksara(start, p) && !((start > from || p < to) && rules.abbreviations.get(s, start, p) == PREFIX)) {
          return false; // a Latin letter spelled out may be a [prefixes] entry (hi "बी.आर.")
        }
        segments++;
        start = p + 1;
      }
    }
    if (segments > 1) {
      return true;
    }
    // the next token is one too ("ना. सी."), or the one before ("ना. सी. फडके")
    int e = sc.nextWordStart;
    while (e < n && e - sc.nextWordStart < 4 && !Words.isWhitespace(s.charAt(e)) && s.charAt(e) != '.') {
      e++;
    }
    if (e < n && s.charAt(e) == '.' && isAksara(sc.nextWordStart, e)) {
      return true;
    }
    int b = from - 2; // the period before "ना. " when from is "सी"
    if (b <= 0 || s.charAt(from - 1) != ' ' || s.charAt(b) != '.') {
      return false;
    }
    int w = b;
    while (w > 0 && b - w < 4 && !Words.isWhitespace(s.charAt(w - 1))) {
      w--;
    }
    return isAksara(w, b);
  }

  /** One letter of an Indic script followed only by its combining marks, at most three characters. */
  private boolean isAksara(int from, int to) {
    if (to <= from || to - from > 3 || !Character.isLetter(s.charAt(from))) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(s.charAt(from));
    if (script != Character.UnicodeScript.DEVANAGARI && script != Character.UnicodeScript.BENGALI
        && script != Character.UnicodeScript.GURMUKHI && script != Character.UnicodeScript.GUJARATI
        && script != Character.UnicodeScript.ORIYA && script != Character.UnicodeScript.TAMIL
        && script != Character.UnicodeScript.TELUGU && script != Character.UnicodeScript.KANNADA
        && script != Character.UnicodeScript.MALAYALAM && script != Character.UnicodeScript.SINHALA) {
      return false;
    }
    for (int p = from + 1; p < to; p++) {
      int type = Character.getType(s.charAt(p));
      if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
          || s.charAt(p) == '\u094D') {
        return false; // a virama joins a conjunct: "श्री" is a word
      }
    }
    return true;
  }

  /** Start of the word that ends at {@code i}: the token, without leading openers and bullets. */
  int wordStart(int i) {
    int w = Math.max(sc.tokenStart, i - MAX_WORD - 1);
    if (w > sc.tokenStart) {
      return w;
    }
    while (w < i) {
      byte kind = rules.kind(s.charAt(w));
      if (kind == OPENER || kind == DOUBLE_QUOTE || kind == SINGLE_QUOTE || kind == BULLET
          || s.charAt(w) == '\u2018') {
        w++;
      } else {
        break;
      }
    }
    return w;
  }

  /** A marker at the start of the sentence (or right after its bullet): "1." or "a." */
  boolean isSentenceMarker(int wordStart) {
    if (sc.tokens == 1) {
      return true;
    }
    if (sc.tokens == 2 && sc.bullet != 0 || wordStart == sc.listMarkerAt) {
      return true;
    }
    // "Three rules: a. Shower first", "Two parts: i. Survey": the first marker of an inline list,
    // after a colon
    return wordStart >= 2 && s.charAt(wordStart - 1) == ' ' && isColon(s.charAt(wordStart - 2))
        && ListMarkers.isFirstSymbol(s.charAt(wordStart))
        && wordStart + 1 < n && s.charAt(wordStart + 1) == '.';
  }

  /** A colon: ASCII, full-width, or the Ethiopic colon and preface colon ({@code ፥ ፦}). */
  static boolean isColon(char c) {
    return c == ':' || c == '\uFF1A' || c == '\u1365' || c == '\u1366';
  }

  boolean previousIsName(int wordStart) {
    return previousNameStart(wordStart) >= 0;
  }

  /**
   * Tells whether the letter {@code I} at {@code wordStart}, in a language that writes no period
   * after its Roman numerals (no {@code ordinal-dot}), follows a name of two capitalised words
   * that does not open with a starter: a number ({@code World War I}, {@code Queen Elizabeth I}),
   * not a middle initial, which follows a first name alone ({@code see Albert I. Jones}) or a
   * title ({@code Dr. Albert I. Jones}).
   */
  boolean isNumeralAfterName(int wordStart) {
    if (rules.ordinalDot || s.charAt(wordStart) != 'I') {
      return false;
    }
    int p = previousNameStart(wordStart);
    int q = p < 0 ? -1 : previousNameStart(p);
    if (q < 0 || !Character.isLetter(s.charAt(p - 2)) || rules.starters.contains(s, q, p - 1)) {
      return false;
    }
    for (int k = q; k < p - 1; k++) {
      if (!Character.isLetter(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether the Latin letter {@code I}, {@code V} or {@code X} at {@code wordStart}, in a
   * language that writes no period after its Roman numerals, follows a capitalised word of another
   * script ({@code Город основал Пётр I. Его …}): a Roman number that ends the name, since a name in
   * that script writes its initials in its own letters.
   */
  boolean isLatinNumeralAfterName(int wordStart) {
    char c = s.charAt(wordStart);
    if (rules.ordinalDot || c != 'I' && c != 'V' && c != 'X') {
      return false;
    }
    int p = previousNameStart(wordStart);
    return p >= 0 && Character.isLetter(s.charAt(p)) && s.charAt(p) >= '\u0370'
        && Character.UnicodeScript.of(s.charAt(p)) != Character.UnicodeScript.LATIN;
  }

  /** The start of the capitalised token before {@code wordStart} in the open sentence, or -1. */
  private int previousNameStart(int wordStart) {
    int k = wordStart - 1;
    int limit = Math.max(0, wordStart - MAX_WORD);
    while (k >= limit && rules.kind(s.charAt(k)) == SPACE) {
      if (s.charAt(k) == '\n') {
        return -1;
      }
      k--;
    }
    if (k < limit || k == wordStart - 1) {
      return -1;
    }
    int p = k;
    while (p > limit && rules.kind(s.charAt(p - 1)) != SPACE) {
      p--;
    }
    if (p < sc.sentStart) {
      return -1;
    }
    char first = s.charAt(p);
    char last = s.charAt(k);
    return Character.isUpperCase(first) && (Character.isLetter(last) || last == '.') ? p : -1;
  }

  /** "J. R. R. Tolkien": the letter follows another initial. */
  boolean isSpacedInitial(int wordStart) {
    return wordStart >= 3 && s.charAt(wordStart - 1) == ' ' && s.charAt(wordStart - 2) == '.'
        && Character.isUpperCase(s.charAt(wordStart - 3))
        && (wordStart == 3 || rules.kind(s.charAt(wordStart - 4)) == SPACE);
  }

  /** Letters separated by single periods, each run at most two letters: "U.S", "Ph.D", "e.g". */
  boolean isInitialism(int from, int to) {
    int run = 0;
    boolean dot = false;
    for (int p = from; p < to; p++) {
      char c = s.charAt(p);
      if (c == '.') {
        if (run == 0) {
          return false;
        }
        dot = true;
        run = 0;
      } else if (Letters.isLetter(c)) {
        if (++run > 2) {
          return false;
        }
      } else if (c != '-' || run != 0 || !dot || s.charAt(p - 1) != '.') {
        // a hyphen only right after a period: "J.-P. Morel", a double first name
        return false;
      }
    }
    return dot && run > 0;
  }

  static boolean isCjk(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }

  /**
   * A Roman numeral in capitals of two letters or more starts at {@code p}, followed by a space and a
   * lower-case letter: a century ("XIX ғасыр", "XX w."), not the first word of a sentence.
   */
  boolean isRomanBeforeLowerCase(int p) {
    int e = p;
    while (e < n && e - p < 8 && "IVXLCDM".indexOf(s.charAt(e)) >= 0) {
      e++;
    }
    return e - p >= 2 && e + 1 < n && s.charAt(e) == ' ' && Character.isLowerCase(s.charAt(e + 1));
  }

  /** The closing marks {@code [from, to)} are the brackets of a title: 《》 or 〈〉. */
  boolean isTitleClose(int from, int to) {
    for (int p = from; p < to; p++) {
      if (s.charAt(p) != '\u300B' && s.charAt(p) != '\u3009') {
        return false;
      }
    }
    return true;
  }

  /**
   * The character at {@code p} separates a number from the CJK text before it as an item's number
   * does: a full-width colon or semicolon, an enumeration comma, or an ASCII colon or semicolon glued
   * to a Chinese or Japanese character.
   */
  boolean isCjkListSeparator(int p) {
    char c = s.charAt(p);
    if (c == '\uFF1A' || c == '\uFF1B' || c == '\u3001' || c == '\uFF0C') {
      return true;
    }
    return (c == ':' || c == ';') && p > 0 && isCjk(s.codePointBefore(p));
  }

  /** An ordinal number ends just before the range dash at {@code dash}: "2. -4.", "12.–14.". */
  boolean isOrdinalBefore(int dash) {
    int p = dash;
    if (p > 0 && s.charAt(p - 1) == ' ') {
      p--;
    }
    return p >= 2 && s.charAt(p - 1) == '.' && isAsciiDigit(s.charAt(p - 2));
  }

  static boolean isRangeDash(char c) {
    return c == '-' || c == '\u2013' || c == '\u2012' || c == '\u2010';
  }

  /**
   * Tells whether {@code [from, to)} is a title of {@code [titles]} spelled in capitals before a word
   * of two letters or more in capitals ({@code MR. HALE}, {@code DR. OKAFOR}): text in capitals
   * capitalises the title with the name.
   */
  boolean isTitleInCapitals(int from, int to) {
    int next = sc.nextWordEnd - sc.nextWordStart;
    return to - from >= 2 && next >= 2 && isAllUpper(from, to) && rules.abbreviations.get(s, from, to) == TITLE
        && isAllUpper(sc.nextWordStart, sc.nextWordEnd);
  }

  /**
   * Tells whether the {@code !} at {@code i} is a factorial: after a number or a lone lower-case
   * letter, standing as a word, before an operator ({@code 3! = 6}, {@code n! > 2^n}). Not after the
   * letters that are words or chat spellings of words ({@code a i o b c u k r y}). Before a
   * lower-case word ({@code n! grows}) it stays an exclamation: there the letter is as often a name
   * ({@code the hit e! reality series}).
   */
  boolean isFactorial(int i) {
    int p = i;
    while (p > 0 && i - p < 4 && isAsciiDigit(s.charAt(p - 1))) {
      p--;
    }
    boolean number = p < i;
    if (!number && i >= 1 && s.charAt(i - 1) >= 'a' && s.charAt(i - 1) <= 'z' && "aiobcukry".indexOf(s.charAt(i - 1)) < 0) {
      p = i - 1;
    }
    if (p == i || p > 0 && (Character.isLetterOrDigit(s.charAt(p - 1)) || s.charAt(p - 1) == '.' || s.charAt(p - 1) == ',')) {
      return false;
    }
    if (i + 2 >= n || s.charAt(i + 1) != ' ') {
      return false;
    }
    return "=<>+\u2212\u00D7*/\u2264\u2265".indexOf(s.charAt(i + 2)) >= 0;
  }

  boolean isAllUpper(int from, int to) {
    for (int p = from; p < to; p++) {
      if (!Character.isUpperCase(s.charAt(p))) {
        return false;
      }
    }
    return true;
  }

  /** Digits, with single separators between them: "3", "1,250", "9/10", "2.5". */
  boolean isNumber(int from, int to) {
    if (to <= from || !isAsciiDigit(s.charAt(from)) || !isAsciiDigit(s.charAt(to - 1))) {
      return false;
    }
    for (int p = from + 1; p < to - 1; p++) {
      char c = s.charAt(p);
      if (!isAsciiDigit(c) && !((c == ',' || c == '.' || c == '/') && isAsciiDigit(s.charAt(p - 1)))) {
        return false;
      }
    }
    return true;
  }

  boolean allDigits(int from, int to) {
    for (int p = from; p < to; p++) {
      if (!Character.isDigit(s.charAt(p))) {
        return false;
      }
    }
    return to > from;
  }

  /** The word before an ordinal ("am 3. Oktober") is an article or preposition. */
  boolean previousWordIn(int wordStart) {
    int k = wordStart - 1;
    if (k < 1 || rules.kind(s.charAt(k)) != SPACE) {
      return false;
    }
    int end = k;
    int p = end;
    while (p > 0 && end - p < MAX_NEXT && Character.isLetter(s.charAt(p - 1))) {
      p--;
    }
    return p < end && rules.ordinalContexts.contains(s, p, end);
  }
}
