package io.github.tldr4j.summarizer.text;

import static io.github.tldr4j.summarizer.text.SegmentationRules.BULLET;
import static io.github.tldr4j.summarizer.text.SegmentationRules.ELLIPSIS;
import static io.github.tldr4j.summarizer.text.SegmentationRules.HARD_TERMINATOR;
import static io.github.tldr4j.summarizer.text.SegmentationRules.OPENER;
import static io.github.tldr4j.summarizer.text.SegmentationRules.PERIOD;
import static io.github.tldr4j.summarizer.text.SegmentationRules.SPACE;
import static io.github.tldr4j.summarizer.text.SegmentationRules.TERMINATOR;
import static io.github.tldr4j.summarizer.text.SentenceScanner.CONTINUATION;
import static io.github.tldr4j.summarizer.text.SentenceScanner.DIGIT;
import static io.github.tldr4j.summarizer.text.SentenceScanner.HEADING_CHARS;
import static io.github.tldr4j.summarizer.text.SentenceScanner.HEADING_WORDS;
import static io.github.tldr4j.summarizer.text.SentenceScanner.ITEM_CHARS;
import static io.github.tldr4j.summarizer.text.SentenceScanner.ITEM_WORDS;
import static io.github.tldr4j.summarizer.text.SentenceScanner.LOWER;
import static io.github.tldr4j.summarizer.text.SentenceScanner.MAX_NEXT;
import static io.github.tldr4j.summarizer.text.SentenceScanner.MAX_QUOTE_AHEAD;
import static io.github.tldr4j.summarizer.text.SentenceScanner.MAX_WORD;
import static io.github.tldr4j.summarizer.text.SentenceScanner.NONE;
import static io.github.tldr4j.summarizer.text.SentenceScanner.RUN_IN_CHARS;
import static io.github.tldr4j.summarizer.text.SentenceScanner.UNCASED;
import static io.github.tldr4j.summarizer.text.SentenceScanner.UPPER;
import static io.github.tldr4j.summarizer.text.SentenceScanner.isAsciiDigit;
import static io.github.tldr4j.summarizer.text.WordShapes.isCjk;

/**
 * Layout: what the whitespace between tokens says. A blank line, a heading line, a heading run into
 * its text, list lines and short line items, the salutation and closing of a letter, date-and-time
 * stamps of mail headers and posts, bullets and the markers of lists that go on inside a line.
 *
 * <p>Decides {@link BoundaryRule#BLANK_LINE}, {@link BoundaryRule#HEADING}, {@link
 * BoundaryRule#RUN_IN_HEADING}, {@link BoundaryRule#LIST_LINE}, {@link BoundaryRule#SHORT_LINE_ITEM},
 * {@link BoundaryRule#LETTER}, {@link BoundaryRule#DATE_STAMP}, {@link BoundaryRule#BULLET} and {@link
 * BoundaryRule#INLINE_LIST}. Reads and writes the state of its {@link SentenceScanner}, one object a
 * scanner; moved out of the scanner unchanged, see SEGMENTATION.md (Code map).
 */
final class LayoutRules {

  private final SentenceScanner sc;
  private final SegmentationRules rules;
  private final byte[] kinds;
  private final TextChars s;
  private final char[] chars;
  private final int n;
  private final ListMarkers markers;
  private final InlineList list;

  LayoutRules(SentenceScanner sc) {
    this.sc = sc;
    this.rules = sc.rules;
    this.kinds = sc.kinds;
    this.s = sc.s;
    this.chars = sc.chars;
    this.n = sc.n;
    this.markers = sc.markers;
    this.list = sc.list;
  }

  /**
   * Handles the whitespace run starting at {@code i}: ends the sentence at a blank line, at a
   * heading, or before a list item. Returns the end of the run.
   */
  int whitespace(int i) {
    int j = i + 1; // the character at i is whitespace
    while (j < n && kinds[chars[j]] == SPACE) {
      j++;
    }
    int breaks = lineBreaks(i, j);
    sc.lastBreaks = breaks;
    if (breaks > 0) {
      lineBreak(j, breaks);
    } else if (j < n && sc.sentStart >= 0 && (i == sc.stampEnd || sc.tokens >= 2 && isCapitalCandidate(chars[j]))) {
      withinLine(i, j);
    }
    return j;
  }

  /** Handles {@code breaks} line breaks before the token at {@code j}. */
  private void lineBreak(int j, int breaks) {
    if (breaks >= 2) {
      sc.emit(sc.sentEnd, BoundaryRule.BLANK_LINE);
      if (sc.sentenceCount > 0) {
        sc.paragraphPending = true;
      }
      list.close();
      sc.lineItems = false;
      sc.carriedOpen = 0;
      sc.carriedDoubleQuote = false;
    } else if (sc.sentStart >= 0 && j < n) {
      BoundaryRule rule = isHeading(j) ? BoundaryRule.HEADING
          : isLetterLine(j) || isFieldLine(j) ? BoundaryRule.LETTER
          : markers.isListItem(j) ? BoundaryRule.LIST_LINE
          : isShortLineItem(j) ? BoundaryRule.SHORT_LINE_ITEM : null;
      if (rule != null) {
        sc.emit(sc.sentEnd, rule);
        sc.lineItems = true;
      } else {
        sc.wrapped = true;
        sc.lineItems = false;
      }
    }
  }

  /** A capital ASCII letter, or any non-ASCII character (which may be one): a cheap first test. */
  private static boolean isCapitalCandidate(char c) {
    return c >= 'A' && c <= 'Z' || c >= 0x80;
  }

  /**
   * Decides a space inside a line at {@code i} before the token at {@code j}, kept out of {@link
   * #whitespace} so that the common case stays small: the end of a date stamp, a run-in heading.
   */
  private void withinLine(int i, int j) {
    if (i == sc.stampEnd) {
      if (stampEnds(j)) {
        sc.emit(sc.sentEnd, BoundaryRule.DATE_STAMP);
      }
    } else if (Letters.isUpperCase(chars[j]) && Letters.isLowerCase(chars[i - 1]) && runInHeadingEnds(i, j)) {
      sc.emit(sc.sentEnd, BoundaryRule.RUN_IN_HEADING);
    }
  }

  /**
   * Tells whether the open sentence is a heading run into its text without a line break or any
   * punctuation ({@code Storm floods the old town The storm that hit ...}), given the space at
   * {@code i} and the capitalised word at {@code j}: the sentence starts with a capital, has at least
   * two words, at most {@value #RUN_IN_CHARS} characters and no comma, colon, semicolon, opening
   * bracket or quote, and ends in a lower-case word that
   * is no function word of the language; the next word is a sentence starter (an article, a pronoun,
   * an adverb) that the language does not capitalise inside a sentence, followed by a lower-case
   * word (or any word where nouns are capitalised: {@code eröffnet Die Bauarbeiten}), and a one-letter article by a word that is no function word ({@code la gripe A en}).
   * Titles of works in sentence case ({@code the album A day in the sun}) are the known cost.
   */
  private boolean runInHeadingEnds(int i, int j) {
    if (i - sc.sentStart > RUN_IN_CHARS || !Letters.isUpperCase(s.charAt(sc.sentStart))) {
      return false;
    }
    // the next word first: a starter is rare after a lower-case word, and one lookup rules most out
    int e = j + 1;
    while (e < n && e - j < MAX_NEXT && Letters.isLowerCase(s.charAt(e))) {
      e++;
    }
    if (e + 1 >= n || s.charAt(e) != ' '
        || !(Letters.isLowerCase(s.charAt(e + 1)) || rules.capitalisedNouns && Letters.isUpperCase(s.charAt(e + 1)))
        || !rules.starters.contains(s, j, e) || rules.capitalised.contains(s, j, e) || sc.quotationRules.isQuoteOpen()) {
      return false;
    }
    if (rules.strongStarters.contains(s, j, e) && isTitleCaseRun(i)) {
      return true;
    }
    int w = lowerCaseRunStart(i);
    if (i - w < 3 || w == sc.sentStart || rules.kind(s.charAt(w - 1)) != SPACE
        || rules.starters.contains(s, w, i) || rules.openWords.contains(s, w, i)) {
      return false;
    }
    if (e - j == 1) {
      int f = sc.nextToken.letterRunEnd(e + 1);
      if (rules.starters.contains(s, e + 1, f) || rules.openWords.contains(s, e + 1, f)) {
        return false;
      }
    }
    if (rules.pronouns.contains(s, sc.sentStart, sc.nextToken.letterRunEnd(sc.sentStart))
        || rules.determiners.contains(s, letterRunStart(w - 1), w - 1)) {
      // headlines drop their subject pronouns ("We read the novel A tale of ..." is a sentence), and
      // a determiner and a noun name the title that follows ("saw the film The quiet harbour")
      return false;
    }
    for (int p = sc.sentStart; p < i; p++) {
      char c = s.charAt(p);
      if (c == ',' || c == ':' || c == ';' || rules.kind(c) == OPENER) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether the open sentence, up to the space at {@code i}, is a heading in title case: two to
   * {@value #HEADING_WORDS} words, each capitalised, of letters (and inner hyphens, apostrophes, {@code
   * &}), and nothing else ({@code Lovely Cottage This cottage is …}, {@code Great Service We were
   * …}). Before a capitalised strong starter followed by a lower-case word, no sentence goes on from
   * such a run of names: the run is a title run into its text, as review and forum titles are.
   */
  private boolean isTitleCaseRun(int i) {
    int words = 0;
    boolean wordStart = true;
    for (int p = sc.sentStart; p < i; p++) {
      char c = s.charAt(p);
      if (c == ' ') {
        if (wordStart) {
          return false;
        }
        wordStart = true;
      } else if (wordStart) {
        if (!Character.isUpperCase(c) || ++words > HEADING_WORDS) {
          return false;
        }
        wordStart = false;
      } else if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '\u2019' && c != '&') {
        return false;
      }
    }
    return words >= 2;
  }

  /**
   * Tells whether the line holding the open sentence is the salutation or the closing of a letter or
   * an e-mail ({@code Dear Anna,}, {@code Best regards,}, {@code Liebe Grüße,}) above the next line,
   * which starts with a capital: a line of its own of at most four words ending in a comma.
   */
  private boolean isLetterLine(int next) {
    if (!sc.startsLine || sc.wrapped || sc.tokens > 4 || s.charAt(sc.sentEnd - 1) != ',') {
      return false;
    }
    sc.nextToken.classifyNext(next);
    return sc.nextClass == UPPER;
  }

  /**
   * Tells whether the line of the open sentence and the next one, at {@code next}, are fields of an
   * e-mail's header or a form, each opening with a label and a colon ({@code From: Mark Hill} /
   * {@code To: Jane Doe}, {@code Phone: …} / {@code Fax: …}, a script's {@code ANNA: …} / {@code
   * BEN: …}), or the open line is a banner of a repeated dash, underscore, equals sign, asterisk or
   * tilde before such a field ({@code -----Original Message-----}): each line is a sentence of its
   * own, where a hard wrap would join them.
   */
  private boolean isFieldLine(int next) {
    return sc.startsLine && !sc.wrapped && isFieldLabel(next) && (isFieldLabel(sc.sentStart) || isBanner(sc.sentStart));
  }

  /**
   * A label of at most three words at {@code p}, the first capitalised, of letters and hyphens,
   * followed by a colon and a space ({@code Subject: }, {@code Reply-To: }, {@code Direct Dial: }).
   */
  private boolean isFieldLabel(int p) {
    if (p < 0 || p >= n || !Character.isUpperCase(s.charAt(p))) {
      return false;
    }
    int spaces = 0;
    for (int k = p + 1; k < n && k - p <= MAX_NEXT; k++) {
      char c = s.charAt(k);
      if (c == ':') {
        return k + 1 < n && (s.charAt(k + 1) == ' ' || s.charAt(k + 1) == '\t');
      }
      if (c == ' ') {
        if (++spaces > 2 || s.charAt(k - 1) == ' ') {
          return false;
        }
      } else if (!Character.isLetter(c) && c != '-') {
        return false;
      }
    }
    return false;
  }

  /** A run of at least three of the same {@code - _ = * ~} at {@code p}: a banner or a rule line. */
  private boolean isBanner(int p) {
    char c = s.charAt(p);
    if ("-_=*~".indexOf(c) < 0) {
      return false;
    }
    int k = p;
    while (k < n && k - p < 3 && s.charAt(k) == c) {
      k++;
    }
    return k - p == 3;
  }

  /**
   * Tells whether the stamp just read ends its sentence before the token at {@code j}: a header's
   * stamp before anything but a continuing mark, a stamp inside a sentence only before a capital.
   */
  private boolean stampEnds(int j) {
    sc.nextToken.classifyNext(j);
    return sc.nextClass != CONTINUATION && sc.nextClass != NONE && (!sc.stampInText || sc.nextClass != LOWER);
  }

  /** Reads a date stamp at {@code i}, if there is one, and ends the sentence before it. */
  void stamp(int i) {
    int e = stampAt(i);
    if (e > 0) {
      sc.stampEnd = e;
      sc.stampInText = sc.sentStart >= 0 && endsWithLowerCaseWord();
      if (sc.sentStart >= 0 && !sc.stampInText) {
        // "Kay Mann 04/26/2001 07:17 AM": a header line run together; "on 04/25/01 12:42" goes on
        sc.emit(sc.sentEnd, BoundaryRule.DATE_STAMP);
      }
    }
  }

  /**
   * Returns the end of a date-and-time stamp at {@code i}, as e-mail headers and forum posts write
   * them ({@code 03/27/2001 09:11 AM}, {@code 4/5/05 14:02:33}), or -1: a date of numbers separated
   * by slashes, a clock time with an optional {@code AM} or {@code PM}, then whitespace or the end.
   */
  private int stampAt(int i) {
    int p = i;
    for (int part = 0; part < 3; part++) {
      int d = p;
      while (p < n && p - d < 4 && isAsciiDigit(s.charAt(p))) {
        p++;
      }
      if (p == d || part < 2 && (p - d > 2 || p >= n || s.charAt(p++) != '/')) {
        return -1;
      }
    }
    return clockAfterDate(p);
  }

  /**
   * The rest of {@link #stampAt} after its date, which ends at {@code p}: the clock time and what
   * may follow it. A method of its own, as few numbers are dates: the quick compiler, which
   * compiles stampAt for every batch, seldom compiles this part.
   */
  private int clockAfterDate(int p) {
    if (p < n && s.charAt(p) == ',') {
      p++;
    }
    if (p >= n || s.charAt(p) != ' ') {
      return -1;
    }
    p++;
    int d = p;
    while (p < n && p - d < 2 && isAsciiDigit(s.charAt(p))) {
      p++;
    }
    if (p == d) {
      return -1;
    }
    for (int part = 0; part < 2; part++) {
      if (p + 2 < n && s.charAt(p) == ':' && isAsciiDigit(s.charAt(p + 1)) && isAsciiDigit(s.charAt(p + 2))) {
        p += 3;
      } else if (part == 0) {
        return -1;
      }
    }
    if (p + 3 <= n && s.charAt(p) == ' ' && "AaPp".indexOf(s.charAt(p + 1)) >= 0
        && (s.charAt(p + 2) == 'M' || s.charAt(p + 2) == 'm') && (p + 3 == n || rules.kind(s.charAt(p + 3)) == SPACE)) {
      p += 3;
    }
    return p == n || rules.kind(s.charAt(p)) == SPACE ? p : -1;
  }

  /** The comma at {@code i} ends a closing formula before the signature ({@code Best regards, Anna}). */
  boolean closingEnds(int i) {
    return i + 2 < n && rules.kind(s.charAt(i + 1)) == SPACE && rules.closings.contains(s, sc.sentStart, i)
        && isCapitalAfterSpace(i + 1);
  }

  /** The first non-space character from {@code i} on is a capital letter. */
  private boolean isCapitalAfterSpace(int i) {
    int m = i;
    while (m < n && m - i < 4 && rules.kind(s.charAt(m)) == SPACE) {
      m++;
    }
    return m < n && Character.isUpperCase(s.charAt(m));
  }

  /** The open sentence ends with a word of lower-case letters ({@code on}, {@code at}). */
  private boolean endsWithLowerCaseWord() {
    int p = lowerCaseRunStart(sc.sentEnd);
    return p < sc.sentEnd && (p == sc.sentStart || rules.kind(s.charAt(p - 1)) == SPACE);
  }

  /**
   * The start of the run of lower-case letters that ends at {@code end}, within the sentence and at
   * most {@link SentenceScanner#MAX_WORD} of them.
   */
  private int lowerCaseRunStart(int end) {
    int p = end;
    while (p > sc.sentStart && end - p < MAX_WORD && Character.isLowerCase(s.charAt(p - 1))) {
      p--;
    }
    return p;
  }

  /** The start of the run of letters before {@code end} in the open sentence, at most {@link SentenceScanner#MAX_NEXT}. */
  private int letterRunStart(int end) {
    int p = end;
    while (p > sc.sentStart && end - p < MAX_NEXT && Character.isLetter(s.charAt(p - 1))) {
      p--;
    }
    return p;
  }

  /** Counts line breaks in {@code [i, j)}; CR LF counts once, a paragraph separator twice. */
  int lineBreaks(int i, int j) {
    if (j == i + 1 && chars[i] == ' ') {
      return 0; // the common case, one space: no call
    }
    return Words.lineBreaks(s, i, j, true);
  }

  /** Tells whether the line holding the open sentence is a heading, given the next line's start. */
  private boolean isHeading(int next) {
    if (!sc.startsLine || sc.wrapped) {
      return false;
    }
    char first = s.charAt(sc.sentStart);
    if (first == '#') {
      return true;
    }
    if (sc.tokens > HEADING_WORDS || sc.sentEnd - sc.sentStart > HEADING_CHARS) {
      return false;
    }
    if (Character.isLowerCase(first)) {
      return false;
    }
    if (endsWithOpenWord() || sc.tokens > 5 && hasCommaClause()) {
      // "Zehn Tipps sollen helfen, eine möglichst ruhige" / "Schwangerschaft zu erleben:": a line
      // that goes on after a comma with a lower-case word is running text, not a heading
      return false;
    }
    char last = s.charAt(sc.sentEnd - 1);
    byte lastKind = rules.kind(last);
    if (last == ':' && sc.tokens <= 3) {
      // a label line: "Introduction:" above its text
      sc.nextToken.classifyNext(next);
      return sc.nextClass == UPPER;
    }
    if (lastKind == PERIOD || lastKind == TERMINATOR || lastKind == ELLIPSIS || ",;:-\u2013\u2014&/(+=".indexOf(last) >= 0) {
      return false;
    }
    sc.nextToken.classifyNext(next);
    return sc.nextClass == UPPER || sc.nextClass == DIGIT || sc.nextClass == UNCASED;
  }

  /**
   * Tells whether the open sentence is a short line of its own that the next line, also short,
   * follows as another item of a list written without punctuation ("tent", "stove", "rope" on
   * lines of their own). Both lines have at most {@value #ITEM_WORDS} words and {@value
   * #ITEM_CHARS} characters and end without a terminator or a continuing mark, the sentence does not
   * end in an open word, and a run of such lines confirms the list: the line before was an item or
   * a heading, or the line after the next one is short too. A hard-wrapped paragraph has long
   * lines, and its short last line ends in a terminator. After an item, such a line is the last
   * item before a line of any length that starts with a capital ({@code a pinch of salt} / {@code
   * Mix it all in a bowl.}).
   */
  private boolean isShortLineItem(int next) {
    if (!sc.startsLine || sc.wrapped || sc.tokens > ITEM_WORDS || sc.sentEnd - sc.sentStart > ITEM_CHARS
        || !endsItem(s.charAt(sc.sentEnd - 1)) || endsWithOpenWord()) {
      return false;
    }
    int end = shortLineEnd(next);
    if (end < 0) {
      // "a pinch of salt" / "Mix it all in a bowl.": the last item of a list before a sentence
      return sc.lineItems && Character.isUpperCase(s.charAt(next));
    }
    if (sc.lineItems) {
      return true;
    }
    int after = end;
    while (after < n && rules.kind(s.charAt(after)) == SPACE) {
      after++;
    }
    return after < n && lineBreaks(end, after) == 1 && shortLineEnd(after) >= 0;
  }

  /**
   * Returns the end of the short unpunctuated line starting at {@code p} (its line break or the end
   * of the text), or -1 if it is longer or ends in punctuation.
   */
  private int shortLineEnd(int p) {
    int words = 0;
    int last = -1;
    int k = p;
    for (; k < n && !Words.isLineBreak(s.charAt(k)); k++) {
      if (k - p > ITEM_CHARS) {
        return -1;
      }
      if (rules.kind(s.charAt(k)) != SPACE) {
        if (k == p || rules.kind(s.charAt(k - 1)) == SPACE) {
          words++;
        }
        last = k;
      }
    }
    return last >= 0 && words <= ITEM_WORDS && endsItem(s.charAt(last)) ? k : -1;
  }

  /** A list item may end with {@code c}: no terminator and no mark that continues the line. */
  private boolean endsItem(char c) {
    byte kind = rules.kind(c);
    return kind != PERIOD && kind != TERMINATOR && kind != HARD_TERMINATOR && kind != ELLIPSIS
        && ",;-\u2013\u2014&/(+=".indexOf(c) < 0;
  }

  /** The open sentence (at most a heading's length) has a comma followed by a lower-case word. */
  private boolean hasCommaClause() {
    for (int p = sc.sentStart; p + 2 < sc.sentEnd; p++) {
      if (s.charAt(p) == ',' && s.charAt(p + 1) == ' ' && Character.isLowerCase(s.charAt(p + 2))) {
        return true;
      }
    }
    return false;
  }

  /** The open sentence ends with a word such as "the" or "eine" that never ends a heading. */
  boolean endsWithOpenWord() {
    int e = sc.sentEnd;
    int p = e;
    while (p > sc.sentStart && e - p < MAX_NEXT && Character.isLetter(s.charAt(p - 1))) {
      p--;
    }
    if (p < e && (p == sc.sentStart || rules.kind(s.charAt(p - 1)) == SPACE)
        && rules.openWords.contains(s, p, e) && !(e - p == 1 && p > sc.sentStart && Character.isUpperCase(s.charAt(p)))) {
      // a capital letter alone after a word is no function word ("Rozdział I", "Klasa A"), which
      // would be in lower case there
      return true;
    }
    // "これは母の" / "料理です。": Chinese and Japanese lines break inside words, so a line that ends in
    // a particle or a function word of one character ("の", "的") is hard-wrapped
    return p < e && isCjk(s.codePointBefore(e)) && rules.openWords.contains(s, e - 1, e) && !isSpacedCjkLine();
  }

  /**
   * Tells whether the open sentence, a short line of Chinese or Japanese (the callers bound it), has
   * a space in it ({@code 第1章　はじめに}): running text in those scripts has none, so the line is a
   * heading or an item set out by hand, not a line wrapped inside a word.
   */
  private boolean isSpacedCjkLine() {
    for (int p = sc.sentStart + 1; p < sc.sentEnd - 1; p++) {
      char c = s.charAt(p);
      if ((c == '\u3000' || c == ' ') && isCjk(s.codePointAt(p + 1))
          && (isCjk(s.codePointBefore(p)) || Character.isDigit(s.charAt(p - 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A bullet starts at {@code i}: a bullet character, or an asterisk standing alone ({@code * Check
   * the tyres * Fill the tank}: the bullet that opened the sentence opens the next item too).
   */
  boolean isBullet(int i) {
    char c = s.charAt(i);
    return rules.kind(c) == BULLET || c == '*' && i + 1 < n && rules.kind(s.charAt(i + 1)) == SPACE;
  }

  /**
   * Tells whether the next marker of the open inline list starts at {@code i} and a capital, a
   * digit or an uncased letter follows it, or a lower-case word after an item that ends in a word
   * without punctuation that is no function word, in a list that opened its sentence ({@code 1) open
   * the box 2) lift the lamp}; but {@code (a) a tent and (b) a stove}, {@code (a) a tent, (b) a
   * stove} and lists after a colon, {@code You need: 1) a pen 2) paper}, go on).
   */
  boolean isNextListMarker(int i) {
    if (!classifyAfterNextListMarker(i)) {
      return false;
    }
    return sc.nextClass == UPPER && !isSecondInitial(i) || sc.nextClass == DIGIT || sc.nextClass == UNCASED && !list.inProse()
        || sc.nextClass == LOWER && !list.inProse() && endsBareItem(i);
  }

  /**
   * Tells whether what looks like the second marker of a list of capital letters that opened the
   * sentence is the initial of a name instead ({@code A. Moreau met B. Lindgren at the station.}):
   * the first item has no punctuation of its own, but the text after the letter ends in a terminator
   * on the same line before any further capital letter with a period. A list punctuates its items
   * alike ({@code A. Buy the paint B. Sand the wall}, {@code A. Open the valve. B. Wait.}); a
   * sentence does not. Two items of which only the second has a full stop are the cost.
   */
  private boolean isSecondInitial(int i) {
    char c = s.charAt(i);
    if (c < 'A' || c > 'Z' || list.items() != 1 || !list.isLettered() || list.inProse()
        || s.charAt(i + 1) != '.' || sc.nextToken.isStarter() || sc.wordShapes.isAllUpper(sc.nextWordStart, sc.nextWordEnd)) {
      return false;
    }
    for (int p = sc.nextWordEnd; p < n && p - i < MAX_QUOTE_AHEAD; p++) {
      char ch = s.charAt(p);
      if (Words.isLineBreak(ch)) {
        return false;
      }
      if (ch == '.' && Character.isUpperCase(s.charAt(p - 1)) && Words.isWhitespace(s.charAt(p - 2))) {
        return false; // "C. Stir slowly": the list goes on
      }
      if (ch == '.' || ch == '!' || ch == '?') {
        return p + 1 == n || Words.isWhitespace(s.charAt(p + 1));
      }
    }
    return false;
  }

  /** The next marker of the open list starts at {@code i} and a letter of a script without case follows it. */
  boolean nextListMarkerBeforeUncased(int i) {
    return classifyAfterNextListMarker(i) && sc.nextClass == UNCASED;
  }

  /**
   * If the next marker of the open inline list starts at {@code i}, classifies what follows it and
   * its spaces ({@link NextToken#classifyNext}) and returns true; else returns false.
   */
  private boolean classifyAfterNextListMarker(int i) {
    int end = list.nextMarkerEnd(i);
    if (end < 0) {
      return false;
    }
    int m = end;
    while (m < n && rules.kind(s.charAt(m)) == SPACE) {
      m++;
    }
    sc.nextToken.classifyNext(m);
    return true;
  }

  /** The open sentence ends, before {@code i}, in a word without punctuation that is no function word. */
  private boolean endsBareItem(int i) {
    int e = i;
    while (e > sc.sentStart && rules.kind(s.charAt(e - 1)) == SPACE) {
      e--;
    }
    int w = letterRunStart(e);
    return w < e && e - w < MAX_NEXT && (w == sc.sentStart || rules.kind(s.charAt(w - 1)) == SPACE)
        && !rules.starters.contains(s, w, e) && !rules.openWords.contains(s, w, e);
  }
}
