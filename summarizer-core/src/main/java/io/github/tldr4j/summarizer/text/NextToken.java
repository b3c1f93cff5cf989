package io.github.tldr4j.summarizer.text;

import static io.github.tldr4j.summarizer.text.AttachedRules.isUncasedLetter;
import static io.github.tldr4j.summarizer.text.SegmentationRules.BULLET;
import static io.github.tldr4j.summarizer.text.SegmentationRules.DOUBLE_QUOTE;
import static io.github.tldr4j.summarizer.text.SegmentationRules.OPENER;
import static io.github.tldr4j.summarizer.text.SegmentationRules.PREFIX;
import static io.github.tldr4j.summarizer.text.SegmentationRules.SINGLE_QUOTE;
import static io.github.tldr4j.summarizer.text.SegmentationRules.SPACE;
import static io.github.tldr4j.summarizer.text.SentenceScanner.CONTINUATION;
import static io.github.tldr4j.summarizer.text.SentenceScanner.DIGIT;
import static io.github.tldr4j.summarizer.text.SentenceScanner.LOWER;
import static io.github.tldr4j.summarizer.text.SentenceScanner.MAX_NEXT;
import static io.github.tldr4j.summarizer.text.SentenceScanner.MAX_QUOTE_AHEAD;
import static io.github.tldr4j.summarizer.text.SentenceScanner.MAX_WORD;
import static io.github.tldr4j.summarizer.text.SentenceScanner.NONE;
import static io.github.tldr4j.summarizer.text.SentenceScanner.SYMBOL;
import static io.github.tldr4j.summarizer.text.SentenceScanner.UNCASED;
import static io.github.tldr4j.summarizer.text.SentenceScanner.UPPER;
import static io.github.tldr4j.summarizer.text.WordShapes.isCjk;
import static io.github.tldr4j.summarizer.text.WordShapes.isRangeDash;

/**
 * The token after a candidate boundary: its class (upper, lower, digit, uncased, continuation,
 * symbol), starter words, reporting verbs after a quotation, opening dashes and low quotes, initials,
 * acronyms, designators and time zones, and the word lists it is looked up in.
 *
 * <p>Decides no boundary itself: every rule that looks ahead reads it. Reads and writes the
 * next-token state of its {@link SentenceScanner}, one object a scanner; moved out of the scanner
 * unchanged, see SEGMENTATION.md (Code map).
 */
final class NextToken {

  private final SentenceScanner sc;
  private final SegmentationRules rules;
  private final TextChars s;
  private final int n;

  NextToken(SentenceScanner sc) {
    this.sc = sc;
    this.rules = sc.rules;
    this.s = sc.s;
    this.n = sc.n;
  }

  /** Classifies the token at {@code m}, skipping opening quotes and brackets. */
  void classifyNext(int m) {
    int p = m;
    int limit = Math.min(n, m + 4);
    while (p < limit) {
      byte kind = rules.kind(s.charAt(p));
      if (kind == OPENER || kind == DOUBLE_QUOTE || kind == SINGLE_QUOTE || kind == BULLET) {
        p++;
      } else if (isLowQuote(p)) {
        // ",, Mijn": a Dutch opening quote, possibly spaced
        p += 2;
        if (p + 1 < n && s.charAt(p) == ' ' && Character.isLetterOrDigit(s.charAt(p + 1))) {
          p++;
        }
        limit = Math.min(n, p + 2);
      } else {
        break;
      }
    }
    sc.nextWordStartRaw = m;
    sc.nextWordStart = p;
    sc.nextWordEnd = p;
    if (p >= n || rules.kind(s.charAt(p)) == SPACE) {
      sc.nextClass = p > m ? SYMBOL : NONE;
      return;
    }
    int cp = s.codePointAt(p);
    if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
      sc.nextClass = UPPER;
    } else if (Character.isLowerCase(cp)) {
      sc.nextClass = LOWER;
      if (p > m && (cp == 's' || cp == 't') && p + 2 < n && s.charAt(p + 1) == ' '
          && (s.charAt(p - 1) == '\'' || s.charAt(p - 1) == '\u2019') && Character.isUpperCase(s.charAt(p + 2))) {
        // "'s Middags", "'t Zand": an elided Dutch article, the word after it takes the capital
        sc.nextClass = UPPER;
      } else if (isCamelCase(p)) {
        // "eBay reported", "iPhone sales rose": a name spelled with a lower-case first letter takes
        // the place of a capital
        sc.nextClass = UPPER;
      }
    } else if (Character.isDigit(cp)) {
      sc.nextClass = DIGIT;
    } else if (Character.isLetter(cp)) {
      sc.nextClass = UNCASED;
    } else if (p == m && isContinuation(cp)) {
      // "R. -- A ideia": a one-word label (an interview's question or answer) keeps its dash
      sc.nextClass = sc.tokens > 1 && isOpeningDash(m) ? SYMBOL : CONTINUATION;
    } else {
      sc.nextClass = SYMBOL;
    }
    sc.nextWordEnd = letterRunEnd(p);
  }

  /**
   * Tells whether the word at {@code p} is a name in camel case: one lower-case ASCII letter, a
   * capital, and at least one more letter ({@code eBay}, {@code iPhone}, {@code mRNA}; not {@code pH}).
   */
  private boolean isCamelCase(int p) {
    return p + 2 < n && s.charAt(p) >= 'a' && s.charAt(p) <= 'z' && s.charAt(p + 1) >= 'A' && s.charAt(p + 1) <= 'Z'
        && Character.isLetter(s.charAt(p + 2));
  }

  /** The end of the run of letters from {@code from}, at most {@link SentenceScanner#MAX_NEXT} of them. */
  int letterRunEnd(int from) {
    int e = from;
    while (e < n && e - from < MAX_NEXT && Letters.isLetter(s.charAt(e))) {
      e++;
    }
    return e;
  }

  /**
   * Tells whether {@code ",,"} at {@code i} opens a quotation (Dutch {@code ,,Ja''}): it follows
   * whitespace or the start of the text, and a letter or digit follows it, after at most one space.
   */
  boolean isLowQuote(int i) {
    if (i + 2 >= n || s.charAt(i) != ',' || s.charAt(i + 1) != ',' || i > 0 && rules.kind(s.charAt(i - 1)) != SPACE) {
      return false;
    }
    int p = s.charAt(i + 2) == ' ' ? i + 3 : i + 2;
    return p < n && Character.isLetterOrDigit(s.charAt(p));
  }

  /**
   * Tells whether the dash at {@code m} opens a new sentence rather than continuing one: a run of at
   * most three dashes followed by a capitalised word, directly or after a space and an optional
   * quote ({@code ... in time. -- The talks}, {@code -Wie}), as in dialogue, a sign-off or a news
   * brief. A dash before a number or a lower-case word continues ({@code 3 p.m. - 5 p.m.}).
   */
  private boolean isOpeningDash(int m) {
    int p = m;
    while (p < n && p - m <= 3 && (isRangeDash(s.charAt(p)) || s.charAt(p) == '\u2014')) {
      p++;
    }
    if (p == m || p - m > 3 || p >= n) {
      return false;
    }
    if (s.charAt(p) == ' ') {
      p++;
    }
    while (p < n && p - m < 6 && sc.quotationRules.isOpenChar(s.charAt(p))) {
      p++;
    }
    return p < n && (Character.isUpperCase(s.charAt(p)) || Character.isTitleCase(s.charAt(p)));
  }

  private static boolean isContinuation(int cp) {
    switch (Character.getType(cp)) {
      case Character.END_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
        return true;
      default:
        return cp == ',' || cp == ';' || cp == ':' || cp == '%' || cp == '/' || cp == '&' || cp == '\u3001'
            || cp == '\uFF0C' || cp == '\u060C';
    }
  }

  boolean isStarter() {
    if (sc.nextWordEnd == sc.nextWordStart) {
      return false;
    }
    if (rules.starters.contains(s, sc.nextWordStart, sc.nextWordEnd)) {
      return true;
    }
    // A title such as "Mr." also starts a sentence.
    return sc.nextWordEnd < n && s.charAt(sc.nextWordEnd) == '.'
        && rules.abbreviations.get(s, sc.nextWordStart, sc.nextWordEnd) == PREFIX;
  }

  /**
   * Tells whether the clause that starts at {@code q} (after a closing quote) is a short one of a
   * script without case, on the same line, whose last word before its terminator is a verb of saying
   * ({@code वह किनारे से चिल्लाई।}, {@code ابا نے کہا۔}), or in which a verb of saying is followed by a
   * conjunction ({@code وہ چیخا اور بھاگ گیا۔}, "he shouted and ran"): it reports the quotation before it.
   */
  boolean endsInReportingVerb(int q) {
    if (q < n && s.charAt(q) == ' ') {
      q++;
    }
    if (q >= n || !Character.isLetter(s.charAt(q)) || Character.isUpperCase(s.charAt(q))
        || Character.isLowerCase(s.charAt(q))) {
      return false;
    }
    if (opensWithReportingVerb(q)) {
      return true;
    }
    int limit = Math.min(n, q + MAX_QUOTE_AHEAD / 2);
    int word = q;
    for (int p = q; p < limit; p++) {
      char c = s.charAt(p);
      if (c == '\n' || c == '\r' || sc.quotationRules.isOpenChar(c)) {
        return false;
      }
      if (c == ' ') {
        if (p > word && rules.reportingVerbs.contains(s, word, p) && isOpenWordAt(p + 1)) {
          return true; // "“رکو!” وہ چیخا اور بھاگ گیا۔": the verb of saying, then "and" and another verb
        }
        word = p + 1;
      }
      if (rules.isTerminator(c)) {
        int w = p;
        while (w > q && s.charAt(w - 1) != ' ') {
          w--;
        }
        return w < p && rules.reportingVerbs.contains(s, w, p);
      }
    }
    return false;
  }

  /**
   * Tells whether a conjunction of {@code [open-words]} starts at {@code p}, a word of its own (with
   * its combining marks): after a verb of saying it joins a second verb to the reporting clause.
   */
  private boolean isOpenWordAt(int p) {
    int e = p;
    while (e < n && e - p < MAX_NEXT && !Words.isWhitespace(s.charAt(e)) && !rules.isTerminator(s.charAt(e))
        && s.charAt(e) != ',' && s.charAt(e) != '\u060C') {
      e++;
    }
    return e > p && rules.openWords.contains(s, p, e);
  }

  /**
   * Tells whether the clause that starts at {@code q} (after a closing quote) opens with a verb of
   * saying ({@code «متى ستعود؟» سألت الأم.}): Arabic puts the verb first, as English puts it after
   * the speaker.
   */
  private boolean opensWithReportingVerb(int q) {
    int e = q;
    while (e < n && e - q < MAX_WORD && Character.isLetter(s.charAt(e))) {
      e++;
    }
    return e > q && e < n && (s.charAt(e) == ' ' || rules.isTerminator(s.charAt(e)))
        && rules.reportingVerbs.contains(s, q, e);
  }

  /**
   * Tells whether the bracket closed right after the terminator at {@code i} was opened inside the
   * current sentence, after some of its words (at most {@value #MAX_QUOTE_AHEAD} characters back, on
   * the same line): the bracketed sentence is a remark inside another.
   */
  boolean parenthesisOpensInside(int i) {
    int low = Math.max(sc.sentStart + 1, i - MAX_QUOTE_AHEAD);
    for (int p = i - 1; p >= low; p--) {
      char c = s.charAt(p);
      if (c == ')' || c == '\n' || c == '\r') {
        return false;
      }
      if (c == '(') {
        return s.charAt(p - 1) == ' ';
      }
    }
    return false;
  }

  /** A single letter of an abjad (Arabic, Hebrew, Syriac and Thaana scripts). */
  boolean isAbjadInitial(int cp) {
    if (!isUncasedLetter((char) cp) || cp > 0xFFFF || sc.nextWordEnd <= sc.nextWordStart) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return (script == Character.UnicodeScript.ARABIC || script == Character.UnicodeScript.HEBREW
        || script == Character.UnicodeScript.SYRIAC || script == Character.UnicodeScript.THAANA)
        && Character.UnicodeScript.of(s.codePointAt(sc.nextWordStart)) == script;
  }

  /**
   * Tells whether the capitalised next word, or a name of up to three capitalised words, is followed
   * by a verb of saying ({@code I said}, {@code Anna Berg asked}). A starter other than a personal
   * pronoun opens a sentence of its own ({@code Nobody answered}).
   */
  boolean isReportingNext() {
    if (isStarter() && !isNextIn(rules.pronouns) && !isNextIn(rules.capitalised)) {
      return false; // "Nobody answered", "Nie odpowiedziała": a sentence of its own
    }
    int p = sc.nextWordEnd;
    for (int words = 0; words < 3 && sc.nextWordEnd > sc.nextWordStart; words++) {
      if (p + 1 >= n || s.charAt(p) != ' ') {
        return false;
      }
      int w = p + 1;
      int e = letterRunEnd(w);
      if (e == w) {
        return false;
      }
      if (rules.reportingVerbs.contains(s, w, e)) {
        return true;
      }
      if (!Character.isUpperCase(s.charAt(w))) {
        return false;
      }
      p = e;
    }
    return false;
  }

  /**
   * Tells whether a verb of saying follows a closing quote glued to the next text at {@code k},
   * within a subject of at most three characters and before a stop or a comma ({@code “走吧！”他说。});
   * before a colon the verb opens a new quotation ({@code “……？”我说：“……”}). After a longer subject
   * (up to seven characters) only a verb of saying compounded with {@code 道} counts ({@code
   * “救命！”她在岸边喊道。}), since {@code 道} alone also ends other words ({@code 知道}, {@code 味道}),
   * or one after the adverbial {@code 地} or {@code 着} ({@code “我不去！”他生气地说，}).
   */
  boolean isReportingAfter(int k) {
    // the loop in a method of its own, reached only by a word of Chinese or Japanese characters:
    // the quick compiler compiles this test alone for other scripts
    return k < n && isCjk(s.codePointAt(k)) && isReportingAfterCjk(k);
  }

  /** {@link #isReportingAfter} for a word starting with a Chinese or Japanese character at k. */
  private boolean isReportingAfterCjk(int k) {
    for (int q = k; q < n && q - k <= 7 && isCjk(s.codePointAt(q)); q++) {
      if (rules.reportingVerbs.contains(s, q, q + 1)
          && (q + 1 == n || rules.isTerminator(s.charAt(q + 1)) || ",\uFF0C\u3001".indexOf(s.charAt(q + 1)) >= 0)
          && (q - k <= 3 || s.charAt(q) == '\u9053' && rules.reportingVerbs.contains(s, q - 1, q)
              || s.charAt(q - 1) == '\u5730' || s.charAt(q - 1) == '\u7740')) {
        return true;
      }
    }
    return false;
  }

  /** The next token is an initial too: "J. R. R. Tolkien". */
  boolean isNextInitial() {
    return sc.nextWordEnd - sc.nextWordStart == 1 && sc.nextWordEnd < n && s.charAt(sc.nextWordEnd) == '.'
        && Character.isUpperCase(s.charAt(sc.nextWordStart));
  }

  /**
   * Tells whether the capitalised next word, after a clock time, names a time zone: it is followed,
   * directly or after one more capitalised word, by the word {@code time} ({@code 10 a.m. Eastern
   * time}, {@code 7 p.m. Pacific Standard Time}).
   */
  boolean isZoneName() {
    int p = sc.nextWordEnd;
    for (int words = 0; words < 2 && p + 5 <= n && s.charAt(p) == ' '; words++) {
      int e = letterRunEnd(p + 1);
      if (e - p - 1 == 4 && s.regionMatches(true, p + 1, "time", 0, 4)) {
        return true;
      }
      if (e == p + 1 || !Character.isUpperCase(s.charAt(p + 1))) {
        return false;
      }
      p = e;
    }
    return false;
  }

  boolean isNextAcronym() {
    int length = sc.nextWordEnd - sc.nextWordStart;
    if (length < 2 || length > 4 || sc.nextWordEnd < n && Character.isLetterOrDigit(s.charAt(sc.nextWordEnd))) {
      return false;
    }
    for (int p = sc.nextWordStart; p < sc.nextWordEnd; p++) {
      if (!Character.isUpperCase(s.charAt(p))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether the next token is a single capital letter followed by a space and a lower-case
   * word, a comma or a closing bracket: after a numeric abbreviation it
   * designates a figure, a table or an appendix ({@code Compare Fig. A with Fig. B}, {@code in App.
   * C of}) as a number would, even where the letter is an article ({@code A}).
   */
  boolean isNextDesignator() {
    if (sc.nextClass != UPPER || sc.nextWordEnd - sc.nextWordStart != 1 || sc.nextWordEnd + 1 >= n || sc.numberRules.isLetterWord(sc.nextWordStart)) {
      return false; // "No. I will not": the letter is a word of the language that opens sentences
    }
    char after = s.charAt(sc.nextWordEnd);
    return after == ',' || after == ')' || after == ' ' && Character.isLowerCase(s.charAt(sc.nextWordEnd + 1));
  }

  /** The next token, a word or number of at most a dozen characters, ends with a closing bracket ({@code 1994)}). */
  boolean closesBracketAhead() {
    for (int p = sc.nextWordStart; p < n && p - sc.nextWordStart < 12; p++) {
      char c = s.charAt(p);
      if (c == ')') {
        return true;
      }
      if (Words.isWhitespace(c) || c == '(') {
        return false;
      }
    }
    return false;
  }

  /** The next token is a section or paragraph sign ({@code id. § 4}): a number follows it. */
  boolean isSectionSignNext() {
    return sc.nextClass == SYMBOL && sc.nextWordStart < n
        && (s.charAt(sc.nextWordStart) == '\u00A7' || s.charAt(sc.nextWordStart) == '\u00B6');
  }

  boolean isNextWord(String word) {
    if (sc.nextWordEnd - sc.nextWordStart != word.length()) {
      return false;
    }
    return s.regionMatches(true, sc.nextWordStart, word, 0, word.length());
  }

  boolean isNextIn(KeyTable table) {
    return sc.nextWordEnd > sc.nextWordStart && table.contains(s, sc.nextWordStart, sc.nextWordEnd);
  }

  /**
   * {@link #isNextIn} for a word of a script that writes vowels as combining marks (Devanagari
   * {@code आणि}): the word runs on through its marks and joiners.
   */
  boolean isNextWordWithMarksIn(KeyTable table) {
    int e = sc.nextWordStart;
    while (e < n && e - sc.nextWordStart < MAX_NEXT) {
      char c = s.charAt(e);
      int type = Character.getType(c);
      if (!Letters.isLetter(c) && type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
          && c != '\u200C' && c != '\u200D') {
        break;
      }
      e++;
    }
    return e > sc.nextWordStart && table.contains(s, sc.nextWordStart, e);
  }
}
