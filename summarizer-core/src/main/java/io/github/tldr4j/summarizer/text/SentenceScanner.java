package io.github.tldr4j.summarizer.text;

import static io.github.tldr4j.summarizer.text.SegmentationRules.BULLET;
import static io.github.tldr4j.summarizer.text.SegmentationRules.CLOSER;
import static io.github.tldr4j.summarizer.text.SegmentationRules.DATE;
import static io.github.tldr4j.summarizer.text.SegmentationRules.DOUBLE_QUOTE;
import static io.github.tldr4j.summarizer.text.SegmentationRules.ELLIPSIS;
import static io.github.tldr4j.summarizer.text.SegmentationRules.EXTENDER;
import static io.github.tldr4j.summarizer.text.SegmentationRules.FINAL;
import static io.github.tldr4j.summarizer.text.SegmentationRules.HARD_TERMINATOR;
import static io.github.tldr4j.summarizer.text.SegmentationRules.NUMERIC;
import static io.github.tldr4j.summarizer.text.SegmentationRules.OPENER;
import static io.github.tldr4j.summarizer.text.SegmentationRules.PERIOD;
import static io.github.tldr4j.summarizer.text.SegmentationRules.PREFIX;
import static io.github.tldr4j.summarizer.text.SegmentationRules.PUNCTUATION;
import static io.github.tldr4j.summarizer.text.SegmentationRules.RIGHT_SINGLE_QUOTE;
import static io.github.tldr4j.summarizer.text.SegmentationRules.SINGLE_QUOTE;
import static io.github.tldr4j.summarizer.text.SegmentationRules.SPACE;
import static io.github.tldr4j.summarizer.text.SegmentationRules.TERMINATOR;
import static io.github.tldr4j.summarizer.text.SegmentationRules.TIME;
import static io.github.tldr4j.summarizer.text.SegmentationRules.TITLE;
import static io.github.tldr4j.summarizer.text.SegmentationRules.UNIT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One run of the rule-based segmenter over one text: a single forward pass that decides at every
 * terminator and every line break whether a sentence ends there.
 *
 * <p>Every look-behind and look-ahead is bounded by a small constant (or consumes what it reads),
 * so a run takes time linear in the length of the text. Not thread-safe: create one per text.
 */
final class SentenceScanner {

  /** Vowels of the Latin, Greek and Cyrillic alphabets, with their accented forms. */
  private static final String VOWELS = "aeiouyáéíóúýàèìòùâêîôûäëïöüåæøœěůąęőűãõ"
      + "αεηιουωάέήίόύώϊϋΐΰ" + "аеёиоуыэюяіїєөұүә";

  /* Classes of the token after a candidate boundary. */
  private static final int NONE = 0;
  private static final int UPPER = 1;
  private static final int LOWER = 2;
  private static final int DIGIT = 3;
  private static final int UNCASED = 4;
  private static final int CONTINUATION = 5;
  private static final int SYMBOL = 6;

  /** Longest word examined before a period (abbreviations, initials, numbers). */
  private static final int MAX_WORD = 48;
  /** Longest next word examined (starters, months). */
  private static final int MAX_NEXT = 24;
  /** Most words a heading line may have. */
  private static final int HEADING_WORDS = 10;
  /** Farthest a quotation's end is looked for after a question or exclamation inside it. */
  private static final int MAX_QUOTE_AHEAD = 160;
  /** How far around a word its lower-case use is looked for (orthographic evidence). */
  private static final int EVIDENCE_WINDOW = 1500;
  /** Most quotation marks and brackets carried open from one sentence into the next. */
  private static final int MAX_CARRIED = 4;
  /** Most words of a line that is a list item without punctuation. */
  private static final int ITEM_WORDS = 5;
  /** Most characters of a line that is a list item without punctuation. */
  private static final int ITEM_CHARS = 40;
  /** Most characters of a heading run into its text (the punctuation test reads them all). */
  private static final int RUN_IN_CHARS = 240;
  /** Most characters a heading line may have. */
  private static final int HEADING_CHARS = 80;
  /** How far back the sentence is searched for a verb before an abbreviation (opensSubjectOfLaterVerb). */
  private static final int MAX_VERB_BEFORE = 200;
  /** How many words the subject of a clause after an abbreviation may have before its verb. */
  private static final int MAX_SUBJECT_WORDS = 6;

  private final SegmentationRules rules;
  /** The rules' character kinds ({@link SegmentationRules#kinds()}), read in the scanner's loops. */
  private final byte[] kinds;
  /** The text, read through {@link #chars}. */
  private final TextChars s;
  /**
   * The text's characters, which the loops over every character read ({@code String.charAt} tests
   * the string's coding at each call); one array shared by a long text's pieces, never written.
   */
  private final char[] chars;
  private final int n;
  /**
   * The sentences found so far: the start, end and paragraph of each, three ints a sentence; sized
   * for a sentence every 64 characters, so that running text seldom grows it.
   */
  private int[] found;
  private int sentenceCount;
  private final ListMarkers markers;
  private final InlineList list;
  /** The decisions taken, in text order, when explaining; null otherwise. */
  private final List<BoundaryRule.Decision> trace;
  private final Citations citations;
  /**
   * Characters the orthographic evidence ({@link #isCommonWordNearby}) may still read: a bounded
   * multiple of the text's length, so that a text made of nothing but candidates stays linear.
   */
  private long evidenceBudget;

  // The piece of the text this scanner reads (the whole text but for a long text's pieces, see
  // RuleBasedSegmenter): it starts at from, a paragraph's first character, and ends at limit; the
  // look-aheads and look-behinds still read the whole text.
  private final int from;
  private final int limit;
  /** The run ended at limit, after whitespace with a blank line: the next piece starts afresh. */
  private boolean paragraphEnd;

  // Current sentence.
  private int sentStart = -1;
  private int sentEnd;
  private int tokens;
  private int doubleQuotes;
  private int singleQuoteTokens;
  /** Single quotes opened ("'who") and not closed yet in the current sentence. */
  private int singleOpen;
  private int depth;
  private boolean startsLine;
  private boolean wrapped;
  /** The end of the date-and-time stamp read last ({@code 03/27/2001 09:11 AM}), or -1. */
  private int stampEnd = -1;
  /** The stamp read last follows a lower-case word inside a sentence ({@code met on 04/25/2001 10:30}). */
  private boolean stampInText;
  private char bullet;

  /**
   * Quotation marks and brackets left open by the earlier sentences of the paragraph ("« Je pars.
   * Tu viens ? »"), and whether a straight double quote is: a closer after a space may close them.
   */
  private int carriedOpen;
  private boolean carriedDoubleQuote;

  // Layout.
  /** The last line break of the paragraph ended a line of its own: a heading or a list item. */
  private boolean lineItems;
  private int paragraph;
  private boolean paragraphPending;
  private int tokenStart;
  private int lastBreaks;


  // The terminator cluster being decided: its periods (an ellipsis counts 3), a ? or !, a hard
  // terminator, spaced dots; closing quotes or brackets after it; the rule deciding a period.
  private int dots;
  private boolean question;
  private boolean hard;
  private boolean spacedDot;
  private boolean quoteClosed;
  /** The number that continues the last list numbered with a script's full stop, and where it was. */
  private int scriptListNext = -1;
  private int scriptListAt;
  /** Where the last marker of an inline list that goes on inside its sentence starts. */
  private int listMarkerAt = -1;
  private boolean closedAfter;
  private BoundaryRule periodRule = BoundaryRule.WORD;

  // The token after the current candidate boundary.
  private int nextClass;
  private int nextWordStart;
  private int nextWordStartRaw;
  private int nextWordEnd;

  SentenceScanner(SegmentationRules rules, String text) {
    this(rules, text, false);
  }

  /** A scanner that also records every decision when {@code explain} is true (tests, debugging). */
  SentenceScanner(SegmentationRules rules, String text, boolean explain) {
    this(rules, text, text.toCharArray(), explain, 0, text.length(), evidenceBudget(text.length()));
  }

  /**
   * A scanner for the piece {@code [from, limit)} of a text, with {@code evidenceBudget} characters
   * of orthographic evidence: {@code from} is 0 or the first character of a paragraph (after
   * whitespace with a blank line), where a scanner of the whole text has carried nothing over from
   * the paragraphs before but the sentence and paragraph numbers (see {@link #paragraphEnd()}).
   * {@code chars} holds the text's characters ({@code text.toCharArray()}), for every piece.
   */
  SentenceScanner(
      SegmentationRules rules, String text, char[] chars, int from, int limit, long evidenceBudget) {
    this(rules, text, chars, false, from, limit, evidenceBudget);
  }

  private SentenceScanner(SegmentationRules rules, String text, char[] chars, boolean explain,
      int from, int limit, long budget) {
    this.trace = explain ? new ArrayList<>() : null;
    this.rules = rules;
    this.kinds = rules.kinds();
    this.s = new TextChars(text, chars);
    this.chars = chars;
    this.n = text.length();
    this.markers = new ListMarkers(rules, text);
    this.list = new InlineList(rules, text, markers);
    this.citations = new Citations(rules, text);
    this.evidenceBudget = budget;
    this.from = from;
    this.limit = limit;
    this.found = new int[3 * Math.max(16, (limit - from) >> 6)];
  }

  /** The characters of orthographic evidence a text of {@code length} characters may read. */
  static long evidenceBudget(int length) {
    return 100_000L + 32L * length;
  }

  /** The evidence budget left after {@link #run()}; negative once it ran out. */
  long evidenceLeft() {
    return evidenceBudget;
  }

  /**
   * Whether {@link #run()} ended at its limit right after whitespace with a blank line (there the
   * whole text's scanner ends the open sentence and resets the paragraph's state: open quotes,
   * lists, list lines), so that a scanner starting afresh at the limit continues it exactly. The
   * fields that are left as they are hold nothing a later decision reads before setting it again
   * (the sentence's and the cluster's, which begin and readCluster set; the next token's, which
   * classifyNext sets), or a position before the limit (the end of the last date stamp). A field
   * added that carries over a blank line breaks this, and the parallel segmentation test with it.
   */
  boolean paragraphEnd() {
    return paragraphEnd;
  }

  /**
   * The number of sentences found by {@link #run()}; their offsets and paragraphs (numbered from 0
   * within the piece) are {@link #start}, {@link #end} and {@link #paragraph}.
   */
  int sentenceCount() {
    return sentenceCount;
  }

  int start(int sentence) {
    return found[3 * sentence];
  }

  int end(int sentence) {
    return found[3 * sentence + 1];
  }

  int paragraph(int sentence) {
    return found[3 * sentence + 2];
  }

  /** The sentences found by {@link #run()}, numbered from 0 (paragraphs too) within the piece. */
  List<Sentence> sentences() {
    Sentence[] sentences = new Sentence[sentenceCount];
    for (int k = 0; k < sentenceCount; k++) {
      int start = start(k);
      int end = end(k);
      sentences[k] = new Sentence(k, start, end, paragraph(k), s.substring(start, end));
    }
    return List.of(sentences);
  }

  /** Scans the text (or the piece) and returns its sentences. */
  List<Sentence> run() {
    scan();
    return sentences();
  }

  /** Scans the text (or the piece): finds the sentences, see {@link #sentenceCount()}. */
  void scan() {
    int i = from;
    if (from > 0) {
      // as after the whitespace before it: the token that starts a line
      startToken(from, true);
    }
    while (i < limit) {
      char c = chars[i];
      byte kind = kinds[c];
      if (kind == SPACE) {
        i = whitespace(i);
        if (i < limit) {
          startToken(i, lastBreaks > 0);
        } else {
          paragraphEnd = i == limit && lastBreaks >= 2;
        }
        continue;
      }
      if (sentStart < 0) {
        startToken(i, i == 0);
      }
      switch (kind) {
        case PERIOD, TERMINATOR, HARD_TERMINATOR, ELLIPSIS -> {
          i = terminator(i);
          continue;
        }
        case DOUBLE_QUOTE -> doubleQuotes++;
        case SINGLE_QUOTE -> {
          if (i + 1 < n && c == '\'' && chars[i + 1] == '\'') {
            // "''" closes a quotation as '"' does (Dutch ",,...''", tokenized text)
            doubleQuotes++;
            sentEnd = i + 2;
            i += 2;
            continue;
          }
          if ((i == 0 || kinds[chars[i - 1]] == SPACE)
              && (i + 1 == n || kinds[chars[i + 1]] == SPACE)) {
            singleQuoteTokens++;
          } else if ((i == 0 || kinds[chars[i - 1]] == SPACE || isOpenChar(chars[i - 1]))
              && i + 1 < n && Character.isLetterOrDigit(chars[i + 1])) {
            singleOpen++;
          } else if (singleOpen > 0 && (i + 1 == n || !Character.isLetterOrDigit(chars[i + 1]))) {
            singleOpen--;
          }
        }
        case OPENER -> {
          if (closesLowQuote(i)) {
            depth = Math.max(0, depth - 1);
          } else {
            depth++;
          }
        }
        case PUNCTUATION -> {
          int e = punctuation(i, c);
          if (e > i) {
            i = e;
            continue;
          }
        }
        case CLOSER -> depth = Math.max(0, depth - 1);
        default -> {
          // a plain character and the rest of its run (most of a word): nothing to track
          i = plainRunEnd(i + 1);
          sentEnd = i;
          continue;
        }
      }
      sentEnd = i + 1;
      i++;
    }
    emit(sentEnd, BoundaryRule.END_OF_TEXT);
  }

  /**
   * The end of the run of plain characters from {@code i} on, at most the limit: letters, digits
   * and whatever else {@link #scan} only adds to the open sentence (the kinds up to {@code
   * EXTENDER}), one comparison each.
   */
  private int plainRunEnd(int i) {
    int j = i;
    while (j < limit && kinds[chars[j]] <= EXTENDER) {
      j++;
    }
    return j;
  }

  /** Runs the scanner and returns its decisions (a scanner built to explain). */
  List<BoundaryRule.Decision> explain() {
    run();
    return trace == null ? List.of() : List.copyOf(trace);
  }

  // ---------------------------------------------------------------- layout

  /**
   * Handles the whitespace run starting at {@code i}: ends the sentence at a blank line, at a
   * heading, or before a list item. Returns the end of the run.
   */
  private int whitespace(int i) {
    int j = i + 1; // the character at i is whitespace
    while (j < n && kinds[chars[j]] == SPACE) {
      j++;
    }
    int breaks = lineBreaks(i, j);
    lastBreaks = breaks;
    if (breaks > 0) {
      lineBreak(j, breaks);
    } else if (j < n && sentStart >= 0 && (i == stampEnd || tokens >= 2 && isCapitalCandidate(chars[j]))) {
      withinLine(i, j);
    }
    return j;
  }

  /** Handles {@code breaks} line breaks before the token at {@code j}. */
  private void lineBreak(int j, int breaks) {
    if (breaks >= 2) {
      emit(sentEnd, BoundaryRule.BLANK_LINE);
      if (sentenceCount > 0) {
        paragraphPending = true;
      }
      list.close();
      lineItems = false;
      carriedOpen = 0;
      carriedDoubleQuote = false;
    } else if (sentStart >= 0 && j < n) {
      BoundaryRule rule = isHeading(j) ? BoundaryRule.HEADING
          : isLetterLine(j) || isFieldLine(j) ? BoundaryRule.LETTER
          : markers.isListItem(j) ? BoundaryRule.LIST_LINE
          : isShortLineItem(j) ? BoundaryRule.SHORT_LINE_ITEM : null;
      if (rule != null) {
        emit(sentEnd, rule);
        lineItems = true;
      } else {
        wrapped = true;
        lineItems = false;
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
    if (i == stampEnd) {
      if (stampEnds(j)) {
        emit(sentEnd, BoundaryRule.DATE_STAMP);
      }
    } else if (Letters.isUpperCase(chars[j]) && Letters.isLowerCase(chars[i - 1]) && runInHeadingEnds(i, j)) {
      emit(sentEnd, BoundaryRule.RUN_IN_HEADING);
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
    if (i - sentStart > RUN_IN_CHARS || !Letters.isUpperCase(s.charAt(sentStart))) {
      return false;
    }
    // the next word first: a starter is rare after a lower-case word, and one lookup rules most out
    int e = j + 1;
    while (e < n && e - j < MAX_NEXT && Letters.isLowerCase(s.charAt(e))) {
      e++;
    }
    if (e + 1 >= n || s.charAt(e) != ' '
        || !(Letters.isLowerCase(s.charAt(e + 1)) || rules.capitalisedNouns && Letters.isUpperCase(s.charAt(e + 1)))
        || !rules.starters.contains(s, j, e) || rules.capitalised.contains(s, j, e) || isQuoteOpen()) {
      return false;
    }
    if (rules.strongStarters.contains(s, j, e) && isTitleCaseRun(i)) {
      return true;
    }
    int w = lowerCaseRunStart(i);
    if (i - w < 3 || w == sentStart || rules.kind(s.charAt(w - 1)) != SPACE
        || rules.starters.contains(s, w, i) || rules.openWords.contains(s, w, i)) {
      return false;
    }
    if (e - j == 1) {
      int f = letterRunEnd(e + 1);
      if (rules.starters.contains(s, e + 1, f) || rules.openWords.contains(s, e + 1, f)) {
        return false;
      }
    }
    if (rules.pronouns.contains(s, sentStart, letterRunEnd(sentStart))
        || rules.determiners.contains(s, letterRunStart(w - 1), w - 1)) {
      // headlines drop their subject pronouns ("We read the novel A tale of ..." is a sentence), and
      // a determiner and a noun name the title that follows ("saw the film The quiet harbour")
      return false;
    }
    for (int p = sentStart; p < i; p++) {
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
    for (int p = sentStart; p < i; p++) {
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
    if (!startsLine || wrapped || tokens > 4 || s.charAt(sentEnd - 1) != ',') {
      return false;
    }
    classifyNext(next);
    return nextClass == UPPER;
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
    return startsLine && !wrapped && isFieldLabel(next) && (isFieldLabel(sentStart) || isBanner(sentStart));
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
    classifyNext(j);
    return nextClass != CONTINUATION && nextClass != NONE && (!stampInText || nextClass != LOWER);
  }

  /** Reads a date stamp at {@code i}, if there is one, and ends the sentence before it. */
  private void stamp(int i) {
    int e = stampAt(i);
    if (e > 0) {
      stampEnd = e;
      stampInText = sentStart >= 0 && endsWithLowerCaseWord();
      if (sentStart >= 0 && !stampInText) {
        // "Kay Mann 04/26/2001 07:17 AM": a header line run together; "on 04/25/01 12:42" goes on
        emit(sentEnd, BoundaryRule.DATE_STAMP);
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
  private boolean closingEnds(int i) {
    return i + 2 < n && rules.kind(s.charAt(i + 1)) == SPACE && rules.closings.contains(s, sentStart, i)
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
    int p = lowerCaseRunStart(sentEnd);
    return p < sentEnd && (p == sentStart || rules.kind(s.charAt(p - 1)) == SPACE);
  }

  /**
   * The start of the run of lower-case letters that ends at {@code end}, within the sentence and at
   * most {@link #MAX_WORD} of them.
   */
  private int lowerCaseRunStart(int end) {
    int p = end;
    while (p > sentStart && end - p < MAX_WORD && Character.isLowerCase(s.charAt(p - 1))) {
      p--;
    }
    return p;
  }

  /** The start of the run of letters before {@code end} in the open sentence, at most {@link #MAX_NEXT}. */
  private int letterRunStart(int end) {
    int p = end;
    while (p > sentStart && end - p < MAX_NEXT && Character.isLetter(s.charAt(p - 1))) {
      p--;
    }
    return p;
  }

  /** Counts line breaks in {@code [i, j)}; CR LF counts once, a paragraph separator twice. */
  private int lineBreaks(int i, int j) {
    if (j == i + 1 && chars[i] == ' ') {
      return 0; // the common case, one space: no call
    }
    return Words.lineBreaks(s, i, j, true);
  }

  /** Tells whether the line holding the open sentence is a heading, given the next line's start. */
  private boolean isHeading(int next) {
    if (!startsLine || wrapped) {
      return false;
    }
    char first = s.charAt(sentStart);
    if (first == '#') {
      return true;
    }
    if (tokens > HEADING_WORDS || sentEnd - sentStart > HEADING_CHARS) {
      return false;
    }
    if (Character.isLowerCase(first)) {
      return false;
    }
    if (endsWithOpenWord() || tokens > 5 && hasCommaClause()) {
      // "Zehn Tipps sollen helfen, eine möglichst ruhige" / "Schwangerschaft zu erleben:": a line
      // that goes on after a comma with a lower-case word is running text, not a heading
      return false;
    }
    char last = s.charAt(sentEnd - 1);
    byte lastKind = rules.kind(last);
    if (last == ':' && tokens <= 3) {
      // a label line: "Introduction:" above its text
      classifyNext(next);
      return nextClass == UPPER;
    }
    if (lastKind == PERIOD || lastKind == TERMINATOR || lastKind == ELLIPSIS || ",;:-\u2013\u2014&/(+=".indexOf(last) >= 0) {
      return false;
    }
    classifyNext(next);
    return nextClass == UPPER || nextClass == DIGIT || nextClass == UNCASED;
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
    if (!startsLine || wrapped || tokens > ITEM_WORDS || sentEnd - sentStart > ITEM_CHARS
        || !endsItem(s.charAt(sentEnd - 1)) || endsWithOpenWord()) {
      return false;
    }
    int end = shortLineEnd(next);
    if (end < 0) {
      // "a pinch of salt" / "Mix it all in a bowl.": the last item of a list before a sentence
      return lineItems && Character.isUpperCase(s.charAt(next));
    }
    if (lineItems) {
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
    for (int p = sentStart; p + 2 < sentEnd; p++) {
      if (s.charAt(p) == ',' && s.charAt(p + 1) == ' ' && Character.isLowerCase(s.charAt(p + 2))) {
        return true;
      }
    }
    return false;
  }

  /** The open sentence ends with a word such as "the" or "eine" that never ends a heading. */
  private boolean endsWithOpenWord() {
    int e = sentEnd;
    int p = e;
    while (p > sentStart && e - p < MAX_NEXT && Character.isLetter(s.charAt(p - 1))) {
      p--;
    }
    if (p < e && (p == sentStart || rules.kind(s.charAt(p - 1)) == SPACE)
        && rules.openWords.contains(s, p, e) && !(e - p == 1 && p > sentStart && Character.isUpperCase(s.charAt(p)))) {
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
    for (int p = sentStart + 1; p < sentEnd - 1; p++) {
      char c = s.charAt(p);
      if ((c == '\u3000' || c == ' ') && isCjk(s.codePointAt(p + 1))
          && (isCjk(s.codePointBefore(p)) || Character.isDigit(s.charAt(p - 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Called at the first character of every token. The common case, a word inside a sentence with
   * no list or bullet open, takes the few tests it needs here, so that the method stays small
   * enough for the JIT to inline into {@link #scan}'s loop; every other token takes {@link
   * #startOtherToken}, which decides the same for this case.
   */
  private void startToken(int i, boolean lineStart) {
    if (sentStart >= 0 && tokens > 0 && bullet == 0 && !list.isOpen()
        && (i <= stampEnd || !isAsciiDigit(chars[i]))) {
      tokenStart = i;
      tokens++;
      if (i >= 2 && chars[i - 1] == ' ' && isColon(chars[i - 2]) && markers.isFirstMarker(i)) {
        // "Three steps: 1.) Sift ... 2.) Add ...": an inline list opened after a colon
        list.open(i, true);
      }
      return;
    }
    startOtherToken(i, lineStart);
  }

  /** {@link #startToken} for the first token of a sentence, a digit, an open list or bullet. */
  private void startOtherToken(int i, boolean lineStart) {
    tokenStart = i;
    if (isAsciiDigit(s.charAt(i)) && i > stampEnd) {
      stamp(i);
    }
    if (sentStart >= 0 && list.isOpen() && isNextListMarker(i)) {
      if (sentEnd > sentStart && (s.charAt(sentEnd - 1) == ',' || s.charAt(sentEnd - 1) == ';'
          || endsWithOpenWord())) {
        // "Wir brauchen: 1. Mehl, 2. Zucker und 3. Eier": items joined by commas or a conjunction
        // make one sentence; the list goes on counting, and the marker's period ends nothing
        list.open(i, list.inProse());
        listMarkerAt = i;
      } else {
        emit(sentEnd, BoundaryRule.INLINE_LIST);
      }
    } else if (sentStart >= 0 && list.isOpen() && list.inProse() && nextListMarkerBeforeUncased(i)) {
      // "المطلوب: 1. قلم 2. ورقة.": after a colon, items in a script without case go on as
      // lower-case ones do
      list.open(i, true);
      listMarkerAt = i;
    }
    if (sentStart >= 0 && bullet != 0 && s.charAt(i) == bullet && tokens > 0 && isBullet(i)) {
      emit(sentEnd, BoundaryRule.BULLET);
    }
    if (sentStart < 0) {
      begin(i, lineStart);
    }
    tokens++;
    if (tokens == 1 || (tokens == 2 && bullet != 0 && tokenStart > sentStart)) {
      list.open(i, false);
    } else if (i >= 2 && s.charAt(i - 1) == ' ' && isColon(s.charAt(i - 2)) && markers.isFirstMarker(i)) {
      // "Three steps: 1.) Sift ... 2.) Add ...": an inline list opened after a colon
      list.open(i, true);
    }
  }

  private void begin(int i, boolean lineStart) {
    if (paragraphPending) {
      paragraph++;
      paragraphPending = false;
    }
    sentStart = i;
    sentEnd = i;
    tokens = 0;
    doubleQuotes = 0;
    singleQuoteTokens = 0;
    singleOpen = 0;
    depth = 0;
    startsLine = lineStart;
    wrapped = false;
    char c = s.charAt(i);
    bullet = isBullet(i) ? c : 0;
  }

  /**
   * A bullet starts at {@code i}: a bullet character, or an asterisk standing alone ({@code * Check
   * the tyres * Fill the tank}: the bullet that opened the sentence opens the next item too).
   */
  private boolean isBullet(int i) {
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
  private boolean isNextListMarker(int i) {
    if (!classifyAfterNextListMarker(i)) {
      return false;
    }
    return nextClass == UPPER && !isSecondInitial(i) || nextClass == DIGIT || nextClass == UNCASED && !list.inProse()
        || nextClass == LOWER && !list.inProse() && endsBareItem(i);
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
        || s.charAt(i + 1) != '.' || isStarter() || isAllUpper(nextWordStart, nextWordEnd)) {
      return false;
    }
    for (int p = nextWordEnd; p < n && p - i < MAX_QUOTE_AHEAD; p++) {
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
  private boolean nextListMarkerBeforeUncased(int i) {
    return classifyAfterNextListMarker(i) && nextClass == UNCASED;
  }

  /**
   * If the next marker of the open inline list starts at {@code i}, classifies what follows it and
   * its spaces ({@link #classifyNext}) and returns true; else returns false.
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
    classifyNext(m);
    return true;
  }

  /** The open sentence ends, before {@code i}, in a word without punctuation that is no function word. */
  private boolean endsBareItem(int i) {
    int e = i;
    while (e > sentStart && rules.kind(s.charAt(e - 1)) == SPACE) {
      e--;
    }
    int w = letterRunStart(e);
    return w < e && e - w < MAX_NEXT && (w == sentStart || rules.kind(s.charAt(w - 1)) == SPACE)
        && !rules.starters.contains(s, w, e) && !rules.openWords.contains(s, w, e);
  }

  // ---------------------------------------------------------------- terminators

  /**
   * Handles the terminator cluster starting at {@code i}, emitting a sentence if it ends one.
   * Returns the index to continue from.
   */
  private int terminator(int i) {
    int j = readCluster(i);
    if (j == i) {
      // a fullwidth full stop inside a number
      sentEnd = i + 1;
      return i + 1;
    }
    boolean standalone = i == 0 || rules.kind(s.charAt(i - 1)) == SPACE;
    if (dots >= 3 && !question && !hard && i > 0 && j < n
        && (s.charAt(i - 1) == '[' || s.charAt(i - 1) == '(')
        && (s.charAt(j) == ']' || s.charAt(j) == ')')) {
      // "[...]" and "(...)" mark an omission, not an end.
      record(j, BoundaryRule.OMISSION, false);
      sentEnd = j;
      return j;
    }
    if (dots == 0 && i > 0 && j < n && j - i <= 2 && isEditorialMark(i, j)) {
      // "本当に（？）大丈夫かな", "he was (!) late": a doubt or an emphasis in brackets, never an end
      record(j, BoundaryRule.OMISSION, false);
      sentEnd = j;
      return j;
    }
    int k = closingMarks(j);
    k = kaomojiEnd(k);
    int end = k;
    sentEnd = end;
    if (k >= n) {
      return k;
    }
    boolean isPeriod = dots > 0 && !question && !hard;
    if (dots == 4 && spacedDot && !standalone && k == j && j == i + 5 && s.charAt(i + 1) == ' '
        && Character.isLetter(s.charAt(k)) && Character.isLetterOrDigit(s.charAt(i - 1))) {
      // "... the whole day. ...and still we went": the stop ends the sentence, and the ellipsis glued
      // to the next word marks an omission at the start of the next one
      emit(i + 1, BoundaryRule.LEADING_ELLIPSIS);
      startToken(i + 2, false);
      sentEnd = j;
      return j;
    }
    if (rules.kind(s.charAt(k)) != SPACE && hard && j == i + 1 && k == j && isScriptListMarker(i)) {
      // "１．準備する": the number of a list item, glued to it with the fullwidth full stop
      record(end, BoundaryRule.LIST_MARKER, false);
      return k;
    }
    if (rules.kind(s.charAt(k)) != SPACE) {
      BoundaryRule rule = hard ? BoundaryRule.HARD_TERMINATOR : BoundaryRule.ATTACHED;
      if (record(end, rule, attachedBoundary(i, j, k, hard, dots, isPeriod))) {
        emit(end, rule);
      }
      return k;
    }
    // The whitespace after the cluster, then the next token.
    int m = k;
    while (m < n && rules.kind(s.charAt(m)) == SPACE) {
      m++;
    }
    int breaks = lineBreaks(k, m);
    if (m >= n || breaks >= 2) {
      emit(end, m >= n ? BoundaryRule.END_OF_TEXT : BoundaryRule.BLANK_LINE);
      return k;
    }
    boolean lineEnd = breaks == 1;
    classifyNext(m);
    closedAfter = end > j;
    if (dots == 4 && spacedDot && !standalone && end == j && !lineEnd && nextClass == UPPER
        && s.charAt(i + 1) == ' ' && Character.isLetterOrDigit(s.charAt(i - 1))) {
      // "... into the towns. . . . The railway ...": the stop glued to the word ends the sentence,
      // and the spaced ellipsis marks an omission at the start of the next one
      emit(i + 1, BoundaryRule.LEADING_ELLIPSIS);
      startToken(i + 2, false);
      sentEnd = j;
      return j;
    }
    boolean boundary;
    BoundaryRule rule;
    if (hard && j == i + 1 && isScriptListMarker(i)) {
      // "۱۔ آٹا، ۲۔ چینی", "၁။ ဆန်": the number of a list item, written with the script's full stop
      rule = BoundaryRule.LIST_MARKER;
      boundary = false;
    } else if (hard) {
      rule = BoundaryRule.HARD_TERMINATOR;
      boundary = nextClass != CONTINUATION;
    } else if (question) {
      rule = BoundaryRule.QUESTION;
      boundary = questionBoundary(i, j, standalone, lineEnd);
    } else if (dots >= 4 && spacedDot) {
      rule = BoundaryRule.SPACED_PERIOD;
      boundary = nextClass != CONTINUATION;
    } else if (dots >= 3) {
      rule = BoundaryRule.ELLIPSIS;
      boundary = ellipsisBoundary(i, dots, lineEnd);
    } else if (standalone || spacedDot) {
      rule = BoundaryRule.SPACED_PERIOD;
      boundary = nextClass != CONTINUATION;
    } else {
      periodRule = BoundaryRule.WORD;
      boundary = periodBoundary(i, lineEnd);
      rule = periodRule;
    }
    if (boundary && (question || hard
        || dots == 1 && !spacedDot && (nextClass == UPPER || nextClass == UNCASED))
        && !closedAfter && isQuoteOpen()
        && quotationContinues(m, !question && "\u061F\uFF1F\uFF01\u1367".indexOf(s.charAt(i)) < 0)) {
      // "'Who goes there? Show yourself!' the guard shouted": the questions and exclamations of a
      // quotation that the sentence goes on after; in cased text a lower-case word after them goes
      // on with the quotation too ("she called, 'where are you going? why now?' Nobody ..."), also
      // when it closes with a comma, or before one and a verb of saying ("„Prídeš? Čakám ťa,“
      // povedala", "«Ты устал? Пойдём», — сказал он"); a full stop (or 。 ։ ።) only before a
      // quotative particle ("「疲れた。また明日話そう」と父は言った")
      rule = BoundaryRule.QUOTATION_CONTINUES;
      boundary = false;
    }
    if (boundary && !hard && !closedAfter && !lineEnd && m + 1 < n && isSpeechDash(s.charAt(m))
        && s.charAt(m + 1) == ' ' && isQuoteOpen() && quoteClosesOnLine(m)) {
      // "«Ты куда собрался? – удивился отец. – Уже темно»": the narrator's words inside a
      // quotation, set off by dashes; the quotation goes on after the second dash
      rule = BoundaryRule.QUOTATION_CONTINUES;
      boundary = false;
    }
    if (boundary && question && closedAfter && !lineEnd && nextClass == UPPER
        && nextWordStartRaw == nextWordStart && isReportingNext()) {
      // "'Yes!' I said.", "'Why?' Anna asked": the speaker and a verb of saying after the quotation;
      // not a new quotation ("\"Is it safe?\" \"I think so.\"": its first word is no speaker)
      rule = BoundaryRule.QUOTATION_CONTINUES;
      boundary = false;
    }
    if (boundary && (question || hard && "\u061F\u1367".indexOf(s.charAt(i)) >= 0) && closedAfter && !lineEnd
        && nextClass == UNCASED && endsInReportingVerb(m)) {
      // "“बचाओ! कोई मदद करो!” वह किनारे से चिल्लाई।", "“تم کہاں تھے؟” امی نے پوچھا۔": in a script
      // without case, the clause after the quotation ends in a verb of saying (the languages put the
      // verb last)
      rule = BoundaryRule.QUOTATION_CONTINUES;
      boundary = false;
    }
    if (boundary && (question || hard && "\u061F\u1367".indexOf(s.charAt(i)) >= 0) && closedAfter && !lineEnd
        && nextClass == UNCASED && isNextWordWithMarksIn(rules.openWords)) {
      // "وہ بولا: ”میں نہیں جاؤں گا!“ اور کمرے سے نکل گیا۔": in a script without case, a conjunction
      // of [open-words] after a quoted question or exclamation goes on with its sentence, as a
      // lower-case word does in cased text ("He yelled "Fire!" and ran")
      rule = BoundaryRule.QUOTATION_CONTINUES;
      boundary = false;
    }
    if (boundary && quoteClosed && closedAfter && !lineEnd && rules.startsQuoteParticle(s, m)) {
      // "「はい。」 と答えた", "... ပင်ပန်းတယ်။" လို့ ပြောတယ်", "«ትመጣለህ፧» ብላ ጠየቀችኝ": a quotative
      // particle or verb of saying after the quotation continues its sentence
      rule = BoundaryRule.QUOTATION_CONTINUES;
      boundary = false;
    }
    if (boundary && !lineEnd && k == j + 1 && s.charAt(j) == ')' && nextClass == UNCASED
        && isUncasedLetter(s.charAt(m)) && !isStarter() && parenthesisOpensInside(i)) {
      // "يدرّس الكيمياء (عمل صيدلانيا 5 سنوات.) في الجامعة": a sentence in brackets inside another,
      // which goes on after them; in a script without case only the bracket and a next word that is
      // no sentence starter tell ("تأخر القطار (بسبب العاصفة.) ثم وصل": "then" opens a sentence)
      rule = BoundaryRule.PARENTHETICAL;
      boundary = false;
    }
    if (boundary && quoteClosed && s.charAt(m) == '(' && citations.isCitation(m)) {
      rule = BoundaryRule.CITATION;
      boundary = false;
    }
    if (record(end, rule, boundary)) {
      emit(end, rule);
    }
    return k;
  }

  /**
   * The cluster {@code [i, j)} of {@code ? !} (or their fullwidth forms) stands alone in brackets:
   * {@code (?)}, {@code （！）}, an editor's doubt or emphasis inside a sentence.
   */
  private boolean isEditorialMark(int i, int j) {
    char open = s.charAt(i - 1);
    char close = s.charAt(j);
    for (int p = i; p < j; p++) {
      if ("?!\uFF1F\uFF01".indexOf(s.charAt(p)) < 0) {
        return false;
      }
    }
    return open == '(' && close == ')' || open == '\uFF08' && close == '\uFF09' || open == '[' && close == ']';
  }

  /**
   * The end of a kaomoji in brackets glued to the terminator's closing marks at {@code k} ({@code
   * やった！(^^)また}, {@code (T_T)}, {@code (´・ω・｀)}): at most ten characters without spaces, digits,
   * kana or ideographs, with a face's {@code ^ _ ; * ・ ´}; it stays with the sentence before it, as
   * an emoticon does. Else {@code k}.
   */
  private int kaomojiEnd(int k) {
    if (k >= n || s.charAt(k) != '(' && s.charAt(k) != '\uFF08') {
      return k;
    }
    boolean face = false;
    for (int p = k + 1; p < n && p - k <= 11; p++) {
      char c = s.charAt(p);
      if (c == ')' || c == '\uFF09') {
        return face ? p + 1 : k;
      }
      if (Words.isWhitespace(c) || Character.isDigit(c) || isCjk(c)) {
        return k;
      }
      face |= "^_;*\u30FB\u00B4\uFF3E\uFF1B".indexOf(c) >= 0;
    }
    return k;
  }

  /** Records a decision not to end a sentence when explaining; returns {@code boundary}. */
  private boolean record(int offset, BoundaryRule rule, boolean boundary) {
    if (trace != null && !boundary) {
      trace.add(new BoundaryRule.Decision(offset, rule, false));
    }
    return boundary;
  }

  /**
   * Reads the terminator cluster at {@code i} ({@code .}, {@code ?!}, {@code ...}, {@code . . .},
   * {@code 。}, with the marks that modify them) into {@link #dots}, {@link #question}, {@link #hard}
   * and {@link #spacedDot}; returns its end.
   */
  private int readCluster(int i) {
    dots = 0;
    question = false;
    hard = false;
    spacedDot = false;
    int j = i;
    while (j < n) {
      char c = s.charAt(j);
      byte kind = rules.kind(c);
      if (kind == PERIOD) {
        dots++;
      } else if (kind == ELLIPSIS) {
        dots += 3;
      } else if (kind == TERMINATOR) {
        question = true;
      } else if (j > i && extenderLength(j) > 0) {
        // a combining mark or variation selector stays with its terminator: "!\uFE0F"
        j += extenderLength(j);
        continue;
      } else if (kind == HARD_TERMINATOR) {
        if (c == '\uFF0E' && j > 0 && j + 1 < n && Character.isDigit(s.charAt(j - 1))
            && Character.isDigit(s.charAt(j + 1))) {
          break;
        }
        hard = true;
      } else if (c == ' ' && dots > 0 && !question && !hard && j + 1 < n && s.charAt(j + 1) == '.'
          && (j + 2 == n || s.charAt(j + 2) == ' ' || s.charAt(j + 2) == '.' || isCloseChar(s.charAt(j + 2))
              || rules.kind(s.charAt(j + 2)) == SPACE)) {
        spacedDot = true;
        j++;
        dots++;
      } else {
        break;
      }
      j++;
    }
    return j;
  }

  /**
   * Reads the closing quotes, brackets, citations and superscripts after a cluster ending at {@code
   * j} that belong to its sentence; sets {@link #quoteClosed}; returns
   * their end.
   */
  private int closingMarks(int j) {
    int k = j;
    quoteClosed = false;
    for (int guard = 0; guard < 8 && k < n; guard++) {
      char c = s.charAt(k);
      byte kind = rules.kind(c);
      if (c == '\'' && k + 1 < n && s.charAt(k + 1) == '\'') {
        // "''" right after the terminator closes a quotation as '"' does (Dutch ",,Stop!'' riep hij")
        doubleQuotes++;
        quoteClosed = true;
        k += 2;
        continue;
      }
      if (kind == OPENER && closesLowQuote(k)) {
        // "„Утре заминавам.“ Никой": the high quote closes what a low one opened
        depth = Math.max(0, depth - 1);
        quoteClosed = true;
        k++;
        continue;
      }
      if (kind == CLOSER || kind == DOUBLE_QUOTE || kind == SINGLE_QUOTE || kind == RIGHT_SINGLE_QUOTE) {
        if (kind == DOUBLE_QUOTE) {
          doubleQuotes++;
        }
        if (kind == CLOSER) {
          depth = Math.max(0, depth - 1);
          quoteClosed |= c == '\u201D' || c == '\u00BB' || c == '\u203A' || c == '\u300D' || c == '\u300F';
        } else {
          quoteClosed = true;
          if (kind == RIGHT_SINGLE_QUOTE && depth > 0) {
            depth--;
          }
          if (kind == SINGLE_QUOTE && singleOpen > 0) {
            singleOpen--;
          }
        }
        k++;
        continue;
      }
      if (c == '[') {
        int e = citations.citationEnd(k);
        if (e > 0) {
          k = e;
          continue;
        }
        break;
      }
      if (c >= '\u2070' && c <= '\u2079' || c == '\u00B9' || c == '\u00B2' || c == '\u00B3') {
        k++;
        continue;
      }
      int extender = extenderLength(k);
      if (extender > 0) {
        k += extender;
        continue;
      }
      if (c == ' ' && k + 1 < n && s.charAt(k + 1) == '[' && dots > 0) {
        // "growth. [4, 7] Later": a numeric citation after the full stop stays with its sentence
        int e = citations.citationEnd(k + 1);
        if (e > 0 && citations.isNumericCitation(k + 1, e)) {
          k = e;
          continue;
        }
      }
      if (kind == SPACE && c != '\n' && c != '\r' && k + 3 <= n && s.charAt(k + 1) == '\''
          && k + 2 < n && s.charAt(k + 2) == '\''
          && (k + 3 == n || rules.kind(s.charAt(k + 3)) == SPACE)) {
        // "zei hij. '' Daarna": "''" only ever closes a quotation (Dutch ",,...''", Penn
        // Treebank "``...''"), even one opened sentences ago
        doubleQuotes++;
        quoteClosed = true;
        k += 3;
        continue;
      }
      if (kind == SPACE && c != '\n' && c != '\r' && k + 1 < n && spacedCloser(k + 1)) {
        k += 2;
        continue;
      }
      if (kind == SPACE && c != '\n' && c != '\r' && k + 2 < n && (s.charAt(k + 1) == ':' || s.charAt(k + 1) == ';')) {
        int e = emoticonEnd(k + 1);
        if (e > 0) {
          k = e;
          continue;
        }
      }
      if (kind == SPACE && c != '\n' && c != '\r' && k + 1 < n && (s.charAt(k + 1) >= '\u2600')) {
        int e = emojiEnd(k + 1);
        if (e > 0) {
          k = e;
          continue;
        }
      }
      break;
    }
    int trailing;
    while (k < n && (trailing = extenderLength(k)) > 0) {
      k += trailing;
    }
    return k;
  }

  /**
   * Handles a low quote, a semicolon or a dash at {@code i}; returns the index to go on from if it
   * ended a sentence, or {@code i}.
   */
  private int punctuation(int i, char c) {
    if (isLowQuote(i)) {
      doubleQuotes++;
    } else if (c == ',' && tokens <= 4 && closingEnds(i)) {
      sentEnd = i + 1;
      emit(i + 1, BoundaryRule.LETTER);
      return i + 1;
    } else if (c == ';' && semicolonEnds(i)) {
      sentEnd = i + 1;
      emit(i + 1, BoundaryRule.SEMICOLON);
      return i + 1;
    } else if ((c == '-' || c == '\u2013' || c == '\u2014') && tokenStart == i && tokens >= 4) {
      int e = interruptionEnd(i);
      if (e > 0) {
        sentEnd = e;
        emit(e, BoundaryRule.INTERRUPTION);
        return e;
      }
    }
    return i;
  }

  /**
   * Tells whether the {@code ;} at {@code i} ends a sentence: outside quotes and brackets, after a
   * word, and before a capitalised word that only a new sentence would capitalise, a sentence starter
   * of the language ("; The", "; La") or a word the text around uses in lower case. Prose writes
   * lower case after a semicolon, so a capitalised common word shows a sentence that ended there.
   */
  private boolean semicolonEnds(int i) {
    if (i < 2 || i + 2 >= n || s.charAt(i + 1) != ' ' || isQuoteOpen()) {
      return false;
    }
    // "mot ; Le": French typography spaces the semicolon
    int p = s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\u00A0' || s.charAt(i - 1) == '\u202F' ? i - 2 : i - 1;
    if (!Character.isLetterOrDigit(s.charAt(p))) {
      return false;
    }
    int w = p;
    while (w > 0 && p - w < MAX_WORD && rules.kind(s.charAt(w - 1)) != SPACE) {
      w--;
    }
    if (s.charAt(w) == '&') {
      return false; // an HTML entity such as "&amp;"
    }
    classifyNext(i + 2);
    return nextClass == UPPER && nextWordStart == i + 2 && (isStarter() || isCommonWordNearby());
  }

  /**
   * Returns the end of a spaced dash at {@code i} (with the closing quotes after it) that breaks off
   * a sentence, or -1: {@code He started to say — The door opened}. The dash follows a lower-case
   * word, as a sentence broken off mid-phrase does, and a capitalised word that only a new sentence
   * capitalises follows it (a starter, or a word the text uses in lower case); an aside or a
   * subtitle ({@code The winner — Maria Lopez — thanked}, {@code Star Wars — A New Hope}) does not.
   */
  private int interruptionEnd(int i) {
    if (i < 3 || s.charAt(i - 1) != ' ') {
      return -1;
    }
    int w = i - 1;
    while (w > 0 && i - w <= MAX_WORD && Letters.isLetter(s.charAt(w - 1))) {
      w--;
    }
    if (w == i - 1 || !Character.isLowerCase(s.charAt(w))) {
      return -1;
    }
    int j = i;
    while (j < n && j - i <= 2 && (s.charAt(j) == '-' || s.charAt(j) == '\u2013' || s.charAt(j) == '\u2014')) {
      j++;
    }
    if (j - i > 2 || j - i == 2 && s.charAt(i) != '-') {
      return -1;
    }
    int k = j;
    while (k < n && k - j < 2 && isCloseChar(s.charAt(k)) && isQuoteOpen()) {
      k++;
    }
    if (k + 1 >= n || s.charAt(k) != ' ') {
      return -1;
    }
    classifyNext(k + 1);
    if (nextClass != UPPER || isNextWord("i") || !(isStarter() || isCommonWordNearby())) {
      return -1; // "Thank you -- I was wondering": "I" is capitalised anywhere
    }
    for (int p = j; p < k; p++) {
      byte kind = rules.kind(s.charAt(p));
      if (kind == DOUBLE_QUOTE) {
        doubleQuotes++;
      } else if (kind == CLOSER || kind == RIGHT_SINGLE_QUOTE) {
        depth = Math.max(0, depth - 1);
      } else if (kind == SINGLE_QUOTE && singleOpen > 0) {
        singleOpen--;
      }
    }
    return k;
  }

  private boolean isQuoteOpen() {
    return (doubleQuotes & 1) == 1 || singleOpen > 0 || depth > 0;
  }

  /**
   * Looks ahead (a bounded distance, never past a line break) from {@code m} for the end of the open
   * quotation: true if it closes after {@code ? ! , .} and the sentence goes on after it, in lower
   * case or with a comma, possibly in parentheses ({@code ... yourself!' (no one moved.)}), or if a
   * lower-case word follows the terminator in a sentence that starts with a capital ({@code 'where
   * are you going? why now?'}: in text written in lower case throughout, that is no evidence); if it
   * closes after a comma, or a word and then a comma, a dash before a lower-case word or a quotative
   * particle. {@code fullStop}: the terminator is a full stop, after which only a quotative particle
   * lets the quotation go on.
   */
  private boolean quotationContinues(int m, boolean fullStop) {
    if (rules.colonQuotations && opensAfterColon(m) && quoteClosesOnLine(m)) {
      // "Он сказал: «Я устал. Пойду спать».", "他大喊：“救命！救命！”然后…": a quotation that a colon
      // introduces is part of the sentence before it
      return true;
    }
    int limit = Math.min(n, m + MAX_QUOTE_AHEAD);
    for (int p = m; p < limit; p++) {
      char c = s.charAt(p);
      if (c == '\n' || c == '\r') {
        return false;
      }
      if (!isCloseChar(c) || c == '\'' && p + 1 < n && Character.isLetter(s.charAt(p + 1))) {
        continue;
      }
      int b = p - 1;
      if (b > m && (c == '\u00BB' || c == '\u203A')
          && (s.charAt(b) == ' ' || s.charAt(b) == '\u00A0' || s.charAt(b) == '\u202F')) {
        // French spaces its terminators and closing guillemets: "qui t'envoie ? »"; a straight
        // quote after a space is tokenized text ("for what ? people ... , \" he said"), where a
        // question before a lower-case word is no evidence of a quotation going on
        b--;
      }
      char before = s.charAt(b);
      int q = p + 1;
      while (q < n && q - p < 4 && isCloseChar(s.charAt(q))) {
        q++;
      }
      if (fullStop) {
        // after a full stop only a quotative particle ("「疲れた。また明日話そう」と父は"): the
        // treebanks, and the English tables, end the sentence at the stop of "\"No. Not now,\" he
        // said" and "«Estou cansado. Vamos embora», disse ele"
        if (q >= n) {
          return false;
        }
        int r = isCommaChar(s.charAt(q)) ? q + 1 : q;
        return rules.startsQuoteParticle(s, q)
            || s.charAt(q) == ' ' && rules.startsQuoteParticle(s, q + 1) || isReportingAfter(q)
            || (r > q || isCommaChar(before)) && r + 1 < n && s.charAt(r) == ' '
                && Character.isLowerCase(s.charAt(r + 1)) && opensLow(m);
      }
      if (isCommaChar(before) && ")]}\uFF09\uFF3D".indexOf(c) < 0) {
        // "„Prídeš? Čakám ťa,“ povedala", "\"क्या तुम आओगे? मैं रुकूँगा,\" उसने कहा": a quotation
        // that closes with a comma goes on in its sentence
        return true;
      }
      if ("?!.\u2026".indexOf(before) < 0 && rules.kind(before) != HARD_TERMINATOR) {
        // "«Ты устал? Пойдём домой», — сказал он", "«…؟ …غدا»، قال": a comma, a dash and a
        // lower-case word, or a quotative particle after the closing mark
        return q < n && (isCommaChar(s.charAt(q)) || rules.startsQuoteParticle(s, q)
            || s.charAt(q) == ' ' && rules.startsQuoteParticle(s, q + 1) || dashedLowerCase(q));
      }
      if (nextClass == LOWER && Character.isUpperCase(firstLetter())) {
        return true;
      }
      if (q < n && (rules.startsQuoteParticle(s, q) || isReportingAfter(q)) || dashedLowerCase(q)) {
        // "「本当に行くの?」と母が", "“你累了吗？明天再说吧。”爸爸说。": a quotative particle, or a
        // Chinese verb of saying right after the closing quote
        return true;
      }
      if (q < n && s.charAt(q) == ' ') {
        q++;
      }
      if (q < n && s.charAt(q) == '(') {
        q++;
      }
      return q < n && (Character.isLowerCase(s.charAt(q)) || isCommaChar(s.charAt(q))
          || rules.startsQuoteParticle(s, q) || endsInReportingVerb(q));
    }
    return false;
  }

  /**
   * "すごい!!2回目も", "ロビー?2008年": Chinese or Japanese text before {@code i}, where an ASCII
   * terminator takes no space, before a number either (the prolonged sound mark ー belongs to no one
   * script).
   */
  private boolean isCjkBefore(int i) {
    return isCjk(s.codePointBefore(i)) || s.charAt(i - 1) == '\u30FC';
  }

  /**
   * The quotation open at {@code m} was opened with a low quote ({@code „} or {@code ‚}), looked for
   * on the same line within reach: the languages that open quotations low (sk, cs, de, bg, …) set
   * the verb of saying after a quotation of several sentences off with a comma ({@code „Výsledky ma
   * neprekvapili. Čakal som to,“ povedal}), and the sentence goes on after it; the treebanks that open
   * with {@code «} or {@code "} end the sentence at the inner full stop.
   */
  private boolean opensLow(int m) {
    for (int p = m - 1; p >= 0 && m - p <= 2 * MAX_QUOTE_AHEAD; p--) {
      char c = s.charAt(p);
      if (c == '\u201E' || c == '\u201A') {
        return true;
      }
      if (c == '\n' || c == '\r' || c == '"' || c == '\u00AB' || c == '\u00BB' || c == '\u201C'
          || c == '\u201D') {
        return false;
      }
    }
    return false;
  }

  private static boolean isSpeechDash(char c) {
    return c == '\u2014' || c == '\u2013';
  }

  /**
   * Tells whether the quotation open before {@code m} was opened right after a colon, directly or
   * after a space ({@code сказал: «}, {@code 说：“}), looking back on the same line within reach:
   * quotations nested in it and closed before {@code m} are skipped ({@code «Я читал „Новые
   * горизонты“. Она …»}), and the opening mark of the open one follows a colon.
   */
  private boolean opensAfterColon(int m) {
    int nested = 0;
    for (int p = m - 1; p >= 0 && m - p <= MAX_QUOTE_AHEAD; p--) {
      char c = s.charAt(p);
      if (c == '\n' || c == '\r') {
        return false;
      }
      if ("\"\u201C\u201D\u00AB\u00BB\u201E\u300C\u300D\u300E\u300F".indexOf(c) < 0) {
        continue;
      }
      // „ 「 『 always open and ” 」 』 always close; " “ « » open after a space, a colon or another
      // opening mark and before a non-space (da »Lukket i dag.«, ru «…»)
      boolean opening = c == '\u201E' || c == '\u300C' || c == '\u300E'
          || "\"\u201C\u00AB\u00BB".indexOf(c) >= 0 && (p == 0 || Words.isWhitespace(s.charAt(p - 1))
              || isColon(s.charAt(p - 1)) || isOpenChar(s.charAt(p - 1)))
              && p + 1 < n && !Words.isWhitespace(s.charAt(p + 1));
      if (!opening) {
        nested++; // a closing mark: the quotation it closes is skipped
      } else if (nested > 0) {
        nested--;
      } else {
        int b = p > 0 && s.charAt(p - 1) == ' ' ? p - 1 : p;
        return b > 0 && isColon(s.charAt(b - 1)) && p + 1 < n && !Words.isWhitespace(s.charAt(p + 1));
      }
    }
    return false;
  }

  /** A closing quotation mark (no bracket) follows {@code m} before the line ends, within reach. */
  private boolean quoteClosesOnLine(int m) {
    int limit = Math.min(n, m + MAX_QUOTE_AHEAD);
    for (int p = m; p < limit; p++) {
      char c = s.charAt(p);
      if (c == '\n' || c == '\r') {
        return false;
      }
      if (isCloseChar(c) && ")]}\uFF09\uFF3D".indexOf(c) < 0
          && !(c == '\'' && p + 1 < n && Character.isLetter(s.charAt(p + 1)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCommaChar(char c) {
    return c == ',' || c == '\u060C' || c == '\u3001' || c == '\uFF0C';
  }

  /** A space, a dash, a space and a lower-case word at {@code q} ({@code » — сказал он}). */
  private boolean dashedLowerCase(int q) {
    return q + 3 < n && s.charAt(q) == ' ' && isSpeechDash(s.charAt(q + 1))
        && s.charAt(q + 2) == ' ' && Character.isLowerCase(s.charAt(q + 3));
  }

  /**
   * Returns the end of an emoticon at {@code c} ({@code :)}, {@code :-(}, {@code ;)}, {@code :D})
   * followed by whitespace or the end of the text, or -1: after a terminator it stays with its
   * sentence ({@code We got the flat! :) Moving day ...}).
   */
  private int emoticonEnd(int c) {
    int k = c + 1;
    if (k < n && s.charAt(k) == '-') {
      k++;
    }
    if (k >= n || "()DPp".indexOf(s.charAt(k)) < 0) {
      return -1;
    }
    k++;
    return k == n || rules.kind(s.charAt(k)) == SPACE ? k : -1;
  }

  /**
   * Returns the end of a run of emoji at {@code c} ({@code 🎉}, {@code 👍🏽}, {@code ❤️}, with their
   * joiners and modifiers) followed by whitespace or the end of the text, or -1: after a terminator
   * it stays with its sentence, as an emoticon does ({@code We won! 🎉 The team ...}). Bullets of the
   * symbol blocks ({@code ✓ ❖ ➤}) open list items instead.
   */
  private int emojiEnd(int c) {
    int k = c;
    int symbols = 0;
    while (k < n && k - c < 16) {
      int cp = s.codePointAt(k);
      if (symbols > 0 && SegmentationRules.isExtender(cp)) {
        k += Character.charCount(cp);
      } else if (isEmoji(cp) && rules.kind(s.charAt(k)) != BULLET) {
        symbols++;
        k += Character.charCount(cp);
      } else {
        break;
      }
    }
    return symbols > 0 && (k == n || rules.kind(s.charAt(k)) == SPACE) ? k : -1;
  }

  /** Pictographs of the emoji blocks and the miscellaneous symbols and dingbats. */
  private static boolean isEmoji(int cp) {
    return cp >= 0x1F300 && cp <= 0x1FAFF || cp >= 0x2600 && cp <= 0x27BF || cp >= 0x1F000 && cp <= 0x1F2FF;
  }

  /** The first letter or digit of the open sentence (after its quotes and brackets), or a space. */
  private char firstLetter() {
    for (int p = sentStart; p < n && p - sentStart < 4; p++) {
      if (Character.isLetterOrDigit(s.charAt(p))) {
        return s.charAt(p);
      }
    }
    return ' ';
  }

  /** Tells whether the closer at {@code c} after a space still belongs to the sentence. */
  private boolean spacedCloser(int c) {
    char ch = s.charAt(c);
    byte kind = rules.kind(ch);
    boolean followedBySpace = c + 1 == n || rules.kind(s.charAt(c + 1)) == SPACE
        || isCloseChar(s.charAt(c + 1));
    if (!followedBySpace) {
      return false;
    }
    if (kind == DOUBLE_QUOTE) {
      if ((doubleQuotes & 1) == 1) {
        doubleQuotes++;
        return true;
      }
      if (carriedDoubleQuote) {
        carriedDoubleQuote = false;
        return true;
      }
      return false;
    }
    if (kind == SINGLE_QUOTE) {
      if ((singleQuoteTokens & 1) == 1) {
        singleQuoteTokens++;
        return true;
      }
      return false;
    }
    if ((kind == CLOSER || kind == RIGHT_SINGLE_QUOTE) && depth > 0) {
      depth--;
      return true;
    }
    if (kind == CLOSER && carriedOpen > 0) {
      carriedOpen--;
      return true;
    }
    return false;
  }

  /**
   * Returns how many code units at {@code k} continue the grapheme before them (a combining mark,
   * joiner, variation selector, emoji modifier or lone low surrogate), or 0.
   */
  private int extenderLength(int k) {
    char c = s.charAt(k);
    if (rules.kind(c) == EXTENDER) {
      return 1;
    }
    if (Character.isHighSurrogate(c) && k + 1 < n && Character.isLowSurrogate(s.charAt(k + 1))
        && SegmentationRules.isExtender(Character.toCodePoint(c, s.charAt(k + 1)))) {
      return 2;
    }
    return 0;
  }

  /**
   * Tells whether the high quote {@code “} or {@code ‘} at {@code i} closes a quotation, as in the
   * languages that open with a low one ({@code „так“}, {@code ‚so‘}) and in right-to-left text typed
   * with the marks swapped: it follows a character that is no space or opener and precedes a space,
   * the end, punctuation or a closer, where no quotation ever opens.
   */
  private boolean closesLowQuote(int i) {
    char c = s.charAt(i);
    if (c != '\u201C' && c != '\u2018' || i == 0) {
      return false;
    }
    char before = s.charAt(i - 1);
    if (rules.kind(before) == SPACE || isOpenChar(before)) {
      return false;
    }
    if (i + 1 == n) {
      return true;
    }
    char after = s.charAt(i + 1);
    return rules.kind(after) == SPACE || isCloseChar(after) || rules.kind(after) == PERIOD
        || after == ',' || after == ';' || after == ':' || rules.isTerminator(after);
  }

  private boolean isOpenChar(char c) {
    byte kind = rules.kind(c);
    return kind == OPENER || kind == DOUBLE_QUOTE || kind == SINGLE_QUOTE;
  }

  private boolean isCloseChar(char c) {
    byte kind = rules.kind(c);
    return kind == CLOSER || kind == DOUBLE_QUOTE || kind == SINGLE_QUOTE || kind == RIGHT_SINGLE_QUOTE;
  }

  /** {@link #attachedBoundary} for a hard terminator ({@code 。他}), kept apart so that both stay small. */
  private boolean hardAttachedBoundary(int j, int k, char next) {
    if (quoteClosed && (rules.startsQuoteParticle(s, k) || isReportingAfter(k))) {
      return false;
    }
    if (k == j && isQuoteOpen() && Character.isLetter(next) && gluedQuotationContinues(k)) {
      return false;
    }
    if (k > j && isTitleClose(j, k) && Character.isLetter(next)) {
      // "去看《哪吒闹海！》好不好": a title that ends in a terminator, inside the sentence that names it
      return false;
    }
    return rules.kind(next) != HARD_TERMINATOR && next != ',' && next != '\u3001' && next != '\uFF0C';
  }

  /**
   * "「疲れた。また明日話そう」と父は言った": a quotation of several sentences that its sentence goes on
   * after, the next one glued to the full stop at {@code k}.
   */
  private boolean gluedQuotationContinues(int k) {
    classifyNext(k);
    return quotationContinues(k, true);
  }

  /** Decides a cluster directly followed by a non-space character, as in "done.Next" or "。他". */
  private boolean attachedBoundary(int i, int j, int k, boolean hard, int dots,
      boolean isPeriod) {
    char next = s.charAt(k);
    if (hard) {
      return hardAttachedBoundary(j, k, next);
    }
    if (dots >= 3 && k > j && quoteClosed && i > 0 && isCjk(s.codePointAt(k)) && isCjkBefore(i)) {
      // "他说：“我会来的……”但他没来。": a quotation that trails off ends its sentence at the closing
      // mark, unless a quotative particle or a verb of saying follows ("「そうか……」と彼は")
      return !(rules.startsQuoteParticle(s, k) || isReportingAfter(k));
    }
    if (isCjk(s.codePointAt(k)) && i > 0 && (dots == 0 || dots == 1 && isCjk(s.codePointBefore(i)))) {
      // "很忙!明天", "好的."然后": ASCII terminators in Chinese or Japanese text take no space, also
      // before a closing quote; a verb of saying or a quotative particle after the quote continues
      // ("好!"他说, 「行くの?」と聞いた)
      return k == j || !(quoteClosed && (rules.startsQuoteParticle(s, k) || isReportingAfter(k)));
    }
    if (question && k == j && i > 0 && isAsciiDigit(next) && isCjkBefore(i)) {
      return true;
    }
    if (k != j || spacedDot) {
      return false;
    }
    if (question && Character.isLowerCase(next)) {
      // "was it open?they said no": informal text, a lower-case sentence glued to a question
      return isGluedWord(i, k);
    }
    if (dots == 1 && rules.lowerCaseStarts && Character.isLowerCase(next) && isGluedWord(i, k)) {
      // "the box was tiny.other than that it was fine": informal text, a lower-case sentence glued
      // to a full stop, opening with a function word of three letters or more that no file name,
      // domain or version ends in ("notes.txt", "example.com", "node.js" go on)
      int e = letterRunEnd(k);
      return (e - k >= 3 && rules.starters.contains(s, k, e) || isGluedPronoun(k, e))
          && rules.abbreviations.get(s, wordStart(i), i) == KeyTable.ABSENT; // "pears etc.and plums"
    }
    if (isUncasedLetter(next) && (question || dots == 1)) {
      // "ہے.کل", "आओगे?हाँ": scripts without case, glued to a word of the same script, unless an
      // abbreviation ("डॉ.")
      return isGluedWord(i, k) && isUncasedLetter(s.charAt(wordStart(i)))
          && (question || rules.abbreviations.get(s, wordStart(i), i) == KeyTable.ABSENT);
    }
    if (!Character.isUpperCase(next)) {
      return false;
    }
    // "done.Next", "AFP.Selon": a word of two letters or more, then a capitalised word that is not
    // part of a dotted name, a domain, an address or a file name.
    int wordStart = wordStart(i);
    if (i - wordStart > MAX_WORD) {
      return false;
    }
    boolean dotted = false;
    if (isNumber(wordStart, i) || isLongNumber(wordStart, i)
        || rules.lowerCaseStarts && isNumberWithUnit(wordStart, i)) {
      // "at 3.Then", "came to 1,250.That", "call 1-800-555-0100.We", "at 9pm.Everyone": a number that does not open
      // the sentence (a list marker "1.Intro" would, or one after a colon: "Buy: 1.Bread, 2.Milk")
      if (tokens <= 1 || s.charAt(wordStart - 1) != ' ' || wordStart == listMarkerAt || isSentenceMarker(wordStart)) {
        return false;
      }
    } else if (isNumberWithUnit(wordStart, i) || isScore(wordStart, i)) {
      // "arrivés à 21h.Le dîner", "endete 2:1.Die Fans": a number with its unit, a score or a ratio
      // that does not open the sentence, as numbers above
      if (tokens <= 1 || s.charAt(wordStart - 1) != ' ') {
        return false;
      }
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
    if (e - k < 2 && !((dots == 1 || question) && e + 1 < n && s.charAt(e) == ' ' && Character.isLowerCase(s.charAt(e + 1)))) {
      // "the army.A meeting followed", "Really?I had no idea" end: a one-letter word, then a
      // lower-case one; so does
      // "жағдайы.XVIII ғасырдың": a century in Roman numerals opens the next sentence
      return dots == 1 && !dotted && isRomanBeforeLowerCase(k)
          && rules.abbreviations.get(s, wordStart, i) == KeyTable.ABSENT;
    }
    if (!dotted && rules.abbreviations.get(s, wordStart, i) != KeyTable.ABSENT && !isNumber(wordStart, i)
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
        && allDigits(colon + 1, to);
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
    int wordStart = wordStart(i);
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
  private static boolean isUncasedLetter(char c) {
    return Character.isLetter(c) && !Character.isUpperCase(c) && !Character.isLowerCase(c) && !isCjk(c)
        && !Character.isSurrogate(c);
  }

  private boolean questionBoundary(int i, int j, boolean standalone, boolean lineEnd) {
    if (!standalone) {
      int w = wordStart(i);
      if (i - w <= MAX_WORD && rules.names.contains(s, w, j)) {
        return lineEnd && nextClass != LOWER;
      }
    }
    if (nextClass == CONTINUATION) {
      return false;
    }
    if (standalone && !rules.spacedTerminators) {
      return true;
    }
    if (lineEnd) {
      return true;
    }
    // "sure? i doubt it": informal text starts sentences in lower case; after a capitalised word
    // only before a pronoun, a determiner or "it" ("did you ask Maria? she knows")
    return nextClass != LOWER || !standalone && (isLowerCaseEnd(wordStart(i), i, 1)
        || rules.lowerCaseStarts && !closedAfter && isCapitalisedWord(wordStart(i), i)
            && (isLowerCaseOpening() || j == i + 1 && s.charAt(i) == '?' && isInvertedQuestionNext()));
  }

  /**
   * Tells whether the lower-case next word opens a question of informal text by inversion (rule
   * {@code QUESTION}, {@code lower-case-starts}): an auxiliary of {@code [auxiliaries]} followed by
   * its subject, a personal pronoun, a determiner, {@code it} or {@code there} ({@code Have you
   * tried Lakeview? is it any good}, {@code Miramar? are they real}). A title that ends in a
   * question mark is followed by a verb and its complement instead ({@code Shall We Dance? is a
   * film}).
   */
  private boolean isInvertedQuestionNext() {
    if (!isNextIn(rules.auxiliaries) || nextWordEnd + 3 >= n || s.charAt(nextWordEnd) != ' ') {
      return false;
    }
    int p = nextWordEnd + 1;
    int e = letterRunEnd(p);
    if (e == p || !Character.isLowerCase(s.charAt(p)) || e < n && Character.isLetterOrDigit(s.charAt(e))) {
      return false;
    }
    return rules.pronouns.contains(s, p, e) || rules.determiners.contains(s, p, e)
        || e - p == 2 && s.regionMatches(p, "it", 0, 2) || e - p == 5 && s.regionMatches(p, "there", 0, 5);
  }

  private boolean ellipsisBoundary(int i, int dots, boolean lineEnd) {
    boolean withPeriod = dots >= 4;
    return switch (nextClass) {
      case UPPER -> withPeriod || lineEnd || !isNextWord("i");
      case UNCASED -> withPeriod || lineEnd || i > 0 && isCasedLetter(s.charAt(i - 1));
      case SYMBOL -> withPeriod || lineEnd;
      case DIGIT -> withPeriod;
      default -> false;
    };
  }

  /**
   * Tells whether {@code c} is a letter with case ({@code молчала…}): an ellipsis after it before a
   * word of a script without case ({@code 彼は}, {@code कल}) changes script, which a sentence does
   * not do at a pause; within uncased text ({@code अच्छा... कल}) the ellipsis stays a pause.
   */
  private static boolean isCasedLetter(char c) {
    return Character.isLowerCase(c) || Character.isUpperCase(c);
  }

  /** Decides a single period after a word, followed by whitespace and a token. */
  private boolean periodBoundary(int i, boolean lineEnd) {
    int wordStart = wordStart(i);
    int length = i - wordStart;
    if (length == 0) {
      return nextClass != CONTINUATION;
    }
    if (length > MAX_WORD || isCloseChar(s.charAt(i - 1))) {
      // "(ext. 3264). you know": after a closing bracket as after a word
      return normalBoundary(lineEnd) || length <= MAX_WORD && isInformalStart();
    }
    int type = wordType(wordStart, i);
    if (type != KeyTable.ABSENT && type != TIME && length >= 2 && isAllUpper(wordStart, i) && followsTime(wordStart)) {
      // "at 8 p.m. EST. Be there": a time zone in capitals after a clock time, not the abbreviation
      // it happens to spell ("est."); it ends the sentence as the time would
      type = TIME;
    }
    if (length <= 4 && startsSpacedAbbreviation(wordStart) || type == NUMERIC && (nextClass == DIGIT || isNextDesignator())) {
      periodRule = BoundaryRule.ABBREVIATION;
      return false;
    }
    boolean capital = nextClass == UPPER || nextClass == UNCASED;
    if ((length == 1 && Character.isLetter(s.charAt(wordStart)) || markers.romanMarkerEnd(wordStart) == i + 1)
        && isSentenceMarker(wordStart) && (capital || nextClass == DIGIT)) {
      // a lettered list item ("c. The third item"), even if the letter is an abbreviation too
      periodRule = BoundaryRule.LIST_MARKER;
      return false;
    }
    if (type == KeyTable.ABSENT && nextClass == DIGIT && isAbbreviationLike(wordStart, i)
        && isDateAhead(nextWordStart)) {
      // "(f. 4 maj 1950)", "(nar. 3. března 1961)": a short token before a date is an abbreviation
      // ("born"), even where the language's list lacks it
      periodRule = BoundaryRule.DATE_NOTE;
      return false;
    }
    if (type != KeyTable.ABSENT) {
      periodRule = BoundaryRule.ABBREVIATION;
      return abbreviationBoundary(type, wordStart, capital, lineEnd)
          || type != TITLE && type != PREFIX && closesQuotation(wordStart)
          || length == 1 && nextClass == UPPER && !lineEnd && Character.isUpperCase(s.charAt(wordStart))
              && isRepeatedDesignator(wordStart); // "Option C. Option D": a letter that is also an abbreviation
    }
    if (wordStart > 0 && s.charAt(wordStart - 1) == '(' && !lineEnd && (capital || nextClass == DIGIT)
        && isAbbreviationLike(wordStart, i)) {
      // "(f. Ciudad de México, 21 ...)", "(b. Leeds, 1950)": a short lower-case token right after an
      // opening bracket is an abbreviation; no sentence inside brackets is a word of four letters
      periodRule = BoundaryRule.DATE_NOTE;
      return false;
    }
    // Numbers: list markers and ordinals.
    // "vom 12.–14. August": the number after a range dash
    int digits = i;
    while (digits > wordStart && i - digits <= 3 && isAsciiDigit(s.charAt(digits - 1))) {
      digits--;
    }
    if (digits > wordStart && digits < i && i - digits <= 3 && isRangeDash(s.charAt(digits - 1))) {
      periodRule = BoundaryRule.NUMBER;
      if (rules.ordinalDot && (nextClass == LOWER || isNextIn(rules.months)
          || nextClass == UPPER && !lineEnd && !isStarter() && isOrdinalBefore(digits - 1))) {
        // "vom 12.–14. August", "aus dem 2. -4. Jahrhundert": a range of ordinals
        return false;
      }
      return normalBoundary(lineEnd);
    }
    if (length <= 3 && allDigits(wordStart, i)) {
      periodRule = isSentenceMarker(wordStart) ? BoundaryRule.LIST_MARKER : BoundaryRule.NUMBER;
      return numberBoundary(wordStart, i, lineEnd);
    }
    if (digits > wordStart && digits < i && i - digits <= 3 && isCjkListSeparator(digits - 1)) {
      // "注意事项：1. 带好证件；2. 提前到场": in Chinese and Japanese text a number right after a colon,
      // a semicolon or an enumeration comma numbers an item
      periodRule = BoundaryRule.LIST_MARKER;
      return false;
    }
    int cp = s.codePointAt(wordStart);
    if (length == Character.charCount(cp) && Character.isLetter(cp)) {
      periodRule = BoundaryRule.INITIAL;
      return letterBoundary(wordStart, cp, capital, lineEnd);
    }
    if (length == 2 && isNameAbbreviation(wordStart) && nextClass == UPPER && !lineEnd && !isStarter()
        && !previousIsName(wordStart) && !isCommonWordNearby()) {
      // "von Th. Mann", "на Хр. Ботев", "Дж. Смит": first names are abbreviated to a capital and a
      // consonant; after a name the token ends it ("Капустин Яр. Завоевание")
      periodRule = BoundaryRule.INITIAL;
      return false;
    }
    if (rules.ordinalDot && length > 1 && markers.romanMarkerEnd(wordStart) == i + 1 && nextClass == UPPER && !lineEnd
        && (previousIsName(wordStart) || previousWordIn(wordStart)) && !isStarter() && !isCommonWordNearby()) {
      // a regnal number: "hatte Ferdinand II. Schulden", or an ordinal after a preposition or an
      // article ("v XV. Pešom pluku"), unless a starter ("Heinrich VIII. Niemand") or a word the text
      // uses in lower case follows
      periodRule = BoundaryRule.NUMBER;
      return false;
    }
    if (isInitialism(wordStart, i)) {
      periodRule = BoundaryRule.ABBREVIATION;
      return capital && (isStarter() || isCommonWordNearby() || isPluralCommonNoun(wordStart)
          || opensClauseAfterObject(wordStart)) || closesQuotation(wordStart);
    }
    // "i loved it. why do you ask": informal text starts sentences in lower case; a lower-case word
    // that is no abbreviation ends one. Without a language file, whose abbreviation lists are meant to
    // be complete, only a word of four letters or more (short ones are often abbreviations).
    // Where a lower-case word may start a sentence (lower-case-starts, en), a word of one or two
    // lower-case letters right after a number is a unit of measure before one ("5 ft. 10 in. tall").
    return normalBoundary(lineEnd)
        || nextClass == LOWER && isLowerCaseEnd(wordStart, i, rules.ownData ? 2 : 4)
            && !(rules.lowerCaseStarts && length <= 2 && followsNumber(wordStart))
            && (rules.lowerCaseStarts || !isTruncated(wordStart, i) || isNextIn(rules.starters)
                || followsNumber(wordStart))
        || rules.lowerCaseStarts && nextClass == LOWER && !closedAfter && isNumberWithUnit(wordStart, i)
        || (isCapitalisedWord(wordStart, i) || isLongNumber(wordStart, i)) && isInformalStart();
  }

  /**
   * Tells whether {@code [from, to)} is a number of four digits or more, or with separators ({@code
   * 1999}, {@code 303-555-0199}, {@code 1,250}): no list marker or ordinal, which have at most three.
   */
  private boolean isLongNumber(int from, int to) {
    if (to - from < 4 || !isAsciiDigit(s.charAt(from)) || !isAsciiDigit(s.charAt(to - 1))) {
      return false;
    }
    for (int p = from + 1; p < to - 1; p++) {
      char c = s.charAt(p);
      if (!isAsciiDigit(c) && "-,./:".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * In informal English ({@code lower-case-starts}), a single period followed by a lower-case
   * personal pronoun, determiner or {@code it} and no closing mark starts a sentence ({@link
   * #isLowerCaseOpening}).
   */
  private boolean isInformalStart() {
    return rules.lowerCaseStarts && nextClass == LOWER && !closedAfter && dots == 1 && isLowerCaseOpening();
  }

  /**
   * Tells whether {@code [from, to)} is a capitalised word of three letters or more with a vowel, the
   * rest in lower case ({@code Maria}, {@code Miramar}): a name or a word, not an abbreviation cut to
   * its consonants ({@code Mgr}); the listed abbreviations were decided before.
   */
  private boolean isCapitalisedWord(int from, int to) {
    if (to - from < 3 || to - from > MAX_NEXT || !Character.isUpperCase(s.charAt(from))) {
      return false;
    }
    boolean vowel = false;
    for (int p = from + 1; p < to; p++) {
      char c = s.charAt(p);
      if (!Character.isLowerCase(c)) {
        return false;
      }
      vowel |= VOWELS.indexOf(c) >= 0;
    }
    return vowel;
  }

  /**
   * Tells whether the lower-case next word opens a sentence of informal text (rule {@code WORD},
   * {@code lower-case-starts}): a personal pronoun, a determiner or {@code it} ({@code I called
   * Maria. she did not answer}, {@code than Miramar. i think}), which no name or abbreviation is
   * followed by inside a sentence.
   */
  private boolean isLowerCaseOpening() {
    return isNextIn(rules.pronouns) || isNextIn(rules.determiners) || isNextWord("it");
  }

  /**
   * Tells whether {@code [from, to)} is a number with its unit or clock suffix glued on ({@code
   * 3pm}, {@code 10am}, {@code 5km}): informal text ends a sentence after it before a lower-case
   * word as after a word ({@code moved to 3pm. can you make it}).
   */
  private boolean isNumberWithUnit(int from, int to) {
    int p = from;
    while (p < to && isAsciiDigit(s.charAt(p))) {
      p++;
    }
    if (p == from || to - p < 1 || to - p > 3) {
      return false;
    }
    for (int q = p; q < to; q++) {
      if (!Character.isLowerCase(s.charAt(q))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The abbreviation class of the word {@code [wordStart, end)} before a period: as listed, after an
   * elision ("L'Avv."), by a numeric suffix ("Goethestr.") or by the last part of a hyphenated word
   * ("Mozart-Str."); a title spelled in capitals ("MS.") is an acronym, not a title.
   */
  private int wordType(int wordStart, int end) {
    int type = abbreviationType(wordStart, end);
    if (type == KeyTable.ABSENT) {
      int elided = afterApostrophe(wordStart, end);
      if (elided > wordStart) {
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

  /** Decides a period after an abbreviation of class {@code type} (see SegmentationRules). */
  private boolean abbreviationBoundary(int type, int wordStart, boolean capital, boolean lineEnd) {
    if (Character.isUpperCase(s.charAt(wordStart)) && s.charAt(wordStart + 1) == '.' && isNextInitial()) {
      return false; // "В 2020 г. В. В. Петров": a capital letter before another initial is one too
    }
    switch (type) {
      case PREFIX:
        return false;
      case TITLE:
        return nextClass == UPPER && isNextIn(rules.strongStarters);
      case FINAL:
        if (capital && tokens == 2 && opensWithStarter()) {
          return false; // "W ub.r. Polska …": a time phrase after a preposition that opens the sentence
        }
        // "… proper food etc. the easiest …": in informal text before a pronoun or a determiner
        return capital || lineEnd && nextClass != LOWER || isInformalStart();
      case DATE:
        return capital || lineEnd && nextClass == SYMBOL;
      case UNIT: {
        // a unit written with a space ("a. C.", "d. C.") is looked at from its first part
        int first = spacedUnitStart(wordStart);
        if (!followsNumber(wordStart) && !followsRomanNumeral(first) && !followsOrdinal(first)
            || tokens - (first < wordStart ? 1 : 0) <= 3 && !lineEnd && opensWithDate()
            || tokens <= 5 && !lineEnd && isOpeningFullDate(first)) {
          // a title ("г. Казань"), or a date that opens the sentence ("W 1410 r. Jagiełło ...",
          // "В 1812 г. Наполеон ..."): no sentence is a year alone; but "Бағасы 500 тг." is one
          return nextClass == UPPER && isNextIn(rules.strongStarters);
        }
        return capital;
      }
      case TIME:
        if (!capital || tokens <= 4 && !isNextIn(rules.strongStarters) && opensWithTime(wordStart)) {
          return false;
        }
        return !isNextIn(rules.months) && !isNextAcronym() && !isZoneName();
      case NUMERIC:
        if (followsNumber(wordStart) && Character.isLowerCase(s.charAt(wordStart))) {
          // "до 21 ч. Выходных нет": after a number it is a unit, and ends a sentence before any
          // capitalised word as [units] do
          return capital;
        }
        // "No. Definitely not.": without a number, a numeric abbreviation opening a sentence is a word;
        // so is one written in lower case that is a word of the language ("Hell no. Thats a name")
        return capital && (tokens == 1 || isStarter() || rules.lowerCaseStarts && nextClass == UPPER
            && nextWordEnd - nextWordStart > 1
            && Character.isLowerCase(s.charAt(nextWordStart + 1)) && Character.isLowerCase(s.charAt(wordStart))
            && rules.starters.contains(s, wordStart, s.indexOf('.', wordStart)));
      default:
        if (followsNumber(wordStart) && Character.isLowerCase(s.charAt(wordStart))) {
          // "a ridge of 12 km. Hikers ...": a unit of measure after a number ends a sentence
          // before any capitalised word, as [units] do
          return capital;
        }
        // "عام 1965 م. وأصبح": a word of an uncased script that opens with a clause prefix
        return capital && (isStarter() || isCommonWordNearby() || isPluralCommonNoun(wordStart)
            || opensClauseAfterObject(wordStart) || opensAfterCompleteName(wordStart)
            || opensSubjectOfLaterVerb(wordStart)
            || nextClass == UNCASED && rules.startsWithClausePrefix(s, nextWordStart, nextWordEnd));
    }
  }

  /**
   * Tells whether the capitalised next word is a common word, capitalised here because a sentence
   * starts with it: the text around it (at most {@value #EVIDENCE_WINDOW} characters each side) uses
   * it in lower case ("thousands"), and never capitalised after a lower-case word, as a name would be
   * ("the Army"). Orthographic evidence as in Kiss and Strunk's Punkt (2006), from the text itself.
   */
  private boolean isCommonWordNearby() {
    int length = nextWordEnd - nextWordStart;
    if (nextClass != UPPER || length < 3 || length >= MAX_NEXT
        || nextWordEnd < n && Character.isLetterOrDigit(s.charAt(nextWordEnd))
        || isAllUpper(nextWordStart, nextWordEnd)) {
      return false; // too short, or an acronym ("NATO"), not a common word
    }
    int lo = Math.max(0, nextWordStart - EVIDENCE_WINDOW);
    int hi = Math.min(n, nextWordEnd + EVIDENCE_WINDOW);
    evidenceBudget -= hi - lo;
    if (evidenceBudget < 0) {
      return false; // a text made of such candidates: no more evidence, so that time stays linear
    }
    char lowerFirst = Character.toLowerCase(s.charAt(nextWordStart));
    boolean common = false;
    for (int p = lo; p + length <= hi && !common; p++) {
      common = s.charAt(p) == lowerFirst && isWholeWord(p, p + length, hi)
          && s.regionMatches(p + 1, s, nextWordStart + 1, length - 1);
    }
    if (!common) {
      return false;
    }
    return !isCapitalisedAfterLowerCase(lo, hi, length); // if so, a name ("the Army")
  }

  /**
   * Tells whether the capitalised next word is a plural common noun that opens a sentence, in a
   * language that marks plurals with a final {@code s} ({@code plural-nouns}): a word of four letters
   * or more ending in {@code s} after a lower-case letter other than {@code s}, {@code i} or {@code
   * u} ({@code Crowds}, {@code Tickets}; not {@code Congress}, {@code Davis}, {@code Campus}),
   * followed by a lower-case word ({@code in the U.K. Crowds came}), and not capitalised after a
   * lower-case word nearby, as a name would be ({@code the Marines}), in a sentence of more than
   * the abbreviation and an article ({@code The U.S. Marines landed}), and not where the abbreviation
   * opens the subject of a clause ({@code when the U.S. Marines landed}, see {@link
   * #isClauseSubject}). Names of bodies in the plural after an abbreviation that ends an object
   * ({@code praised the U.S. Marines for}) are the cost, where the text gives no evidence.
   */
  private boolean isPluralCommonNoun(int wordStart) {
    int length = nextWordEnd - nextWordStart;
    if (!rules.pluralNouns || tokens <= 2 || nextClass != UPPER || length < 4 || length >= MAX_NEXT || nextWordEnd + 1 >= n
        || s.charAt(nextWordEnd - 1) != 's' || "siu".indexOf(s.charAt(nextWordEnd - 2)) >= 0
        || !Character.isLowerCase(s.charAt(nextWordEnd - 2)) || !Character.isLowerCase(s.charAt(nextWordStart + 1))
        || s.charAt(nextWordEnd) != ' ' || !Character.isLowerCase(s.charAt(nextWordEnd + 1))) {
      return false;
    }
    if (isClauseSubject(wordStart, false) || isFunctionWordAfterNext() && endsObject(wordStart)) {
      return false;
    }
    return isNotCapitalisedNearby(length);
  }

  /**
   * Tells whether the text within {@code EVIDENCE_WINDOW} of the next word never capitalises it
   * after a lower-case word (so it is no name or title), charging the window to the evidence budget.
   */
  private boolean isNotCapitalisedNearby(int length) {
    int lo = Math.max(0, nextWordStart - EVIDENCE_WINDOW);
    int hi = Math.min(n, nextWordEnd + EVIDENCE_WINDOW);
    evidenceBudget -= hi - lo;
    return evidenceBudget >= 0 && !isCapitalisedAfterLowerCase(lo, hi, length);
  }

  /**
   * Tells whether the capitalised next word opens a sentence after an abbreviation of {@code
   * [name-ends]} that completes a name (a company's {@code Ltd.}, {@code Inc.}, a street's {@code
   * Ave.}) after a capitalised word ({@code sold to Halvorsen Ltd. Trading resumed}, {@code at 40
   * Elm Ave. Parking is free}): no name goes on after its company or street type, so a word of three
   * letters or more, with lower case after its capital and a lower-case word after it, starts a
   * sentence; not where the abbreviation opens the subject of a clause ({@code when Halvorsen Ltd.
   * Shares fell}), and not before a word the text capitalises after a lower-case word nearby (a
   * name or a title: {@code met the Chairman}), nor after a determiner and the name ({@code the Ferro
   * Bros. Circus came}: the name goes on to its head noun). A title before a name ({@code Orbis Inc.
   * Chairman Paul Ferro}) is followed by a capital and goes on.
   */
  private boolean opensAfterCompleteName(int wordStart) {
    int length = nextWordEnd - nextWordStart;
    if (rules.nameEnds.isEmpty() || nextClass != UPPER || length < 3 || length >= MAX_NEXT || nextWordEnd + 2 >= n
        || s.charAt(nextWordEnd) != ' ' || !Character.isLowerCase(s.charAt(nextWordStart + 1))
        || !Character.isLowerCase(s.charAt(nextWordEnd + 1))) {
      return false;
    }
    int end = letterRunEnd(wordStart);
    while (end + 1 < n && s.charAt(end) == '.' && Letters.isLetter(s.charAt(end + 1))) {
      end = letterRunEnd(end + 1); // a dotted legal form: "Stavby s.r.o. Práce začnú"
    }
    int w = wordBefore(wordStart);
    if (w < 0 || !Character.isUpperCase(s.charAt(w)) || !rules.nameEnds.contains(s, wordStart, end)
        || isClauseSubject(wordStart, false)) {
      return false;
    }
    int d = wordBefore(w);
    if (d >= 0 && rules.determiners.contains(s, d, w - 1)) {
      return false; // "the Ferro Bros. Circus came": a determiner before the name, whose head follows
    }
    return isNotCapitalisedNearby(length);
  }

  /**
   * Tells whether the word after the capitalised next word is a function word of {@code
   * [open-words]} (a preposition, a conjunction, an article) that is no auxiliary ({@code praised
   * the U.S. Marines for their help}, {@code thanked the U.K. Ministers and …}): a plural that opens
   * a sentence is followed by its verb ({@code toured the U.K. Tickets sold out}, {@code Roads were
   * closed}), a plural that goes on with the name of a body in the object of a verb by a preposition
   * or a conjunction as often as not, so the name keeps it there (see {@link #endsObject}).
   */
  private boolean isFunctionWordAfterNext() {
    int p = nextWordEnd + 1;
    int e = letterRunEnd(p);
    return e > p && rules.openWords.contains(s, p, e) && !rules.auxiliaries.contains(s, p, e);
  }

  /**
   * Tells whether the abbreviation at {@code wordStart}, with at most a determiner before it,
   * follows a lower-case word that is no open word, a verb whose object it names ({@code praised
   * the U.S.}); after a preposition ({@code moved to the U.S. Prices for housing rose}) it ends a
   * phrase, where sentences end as often, and a plural after it opens the next one.
   */
  private boolean endsObject(int wordStart) {
    int p = wordStart;
    int w = wordBefore(p);
    if (w >= 0 && rules.determiners.contains(s, w, p - 1)) {
      p = w;
      w = wordBefore(p);
    }
    return w >= 0 && Character.isLowerCase(s.charAt(w)) && !rules.openWords.contains(s, w, p - 1);
  }

  /**
   * Tells whether the abbreviation at {@code wordStart}, with at most a determiner before it, opens
   * the subject of a clause: it opens the sentence, or follows a comma and a determiner, a conjunction of {@code
   * [subordinators]} or a verb of saying ({@code When the U.S. Marines landed}, {@code as the U.K.
   * Ministers arrived}, {@code said U.S. Officials were}); the capitalised word after it then goes on
   * with the name, since the clause has no verb yet. With {@code determinerAfterConjunction}, a
   * conjunction counts only before a determiner: {@code as C.E.O.} names a role, {@code as the
   * U.K.} opens a clause.
   */
  private boolean isClauseSubject(int wordStart, boolean determinerAfterConjunction) {
    int p = wordStart;
    int w = wordBefore(p);
    boolean determiner = w >= 0 && rules.determiners.contains(s, w, p - 1);
    if (determiner) {
      p = w;
      w = wordBefore(p);
    }
    if (p <= sentStart) {
      return true;
    }
    if (w < 0) {
      // ", the U.S. Marines landed"; but "Cape Town, S.A. Roads were closed": a place after a comma
      return determiner && p >= 2 && s.charAt(p - 1) == ' ' && s.charAt(p - 2) == ',';
    }
    return (determiner || !determinerAfterConjunction) && rules.subordinators.contains(s, w, p - 1)
        || rules.reportingVerbs.contains(s, w, p - 1);
  }

  /**
   * The start of the word of letters that ends, within the open sentence, at the single space before
   * {@code p}, or -1.
   */
  private int wordBefore(int p) {
    int e = p - 1;
    if (e <= sentStart || s.charAt(e) != ' ') {
      return -1;
    }
    int w = e;
    while (w > sentStart && e - w < MAX_NEXT && Character.isLetter(s.charAt(w - 1))) {
      w--;
    }
    return w < e && (w == sentStart || !Character.isLetterOrDigit(s.charAt(w - 1))) ? w : -1;
  }

  /**
   * Tells whether the capitalised next word opens a clause of its own after an abbreviation that
   * ends an object or a prepositional phrase (rule {@code ABBREVIATION}, {@code [auxiliaries]}): a
   * word of three letters or more, not in capitals, followed by a finite auxiliary ({@code hired as
   * C.E.O. Staff were told}, {@code flew to the U.K. Parliament was sitting}), after an abbreviation
   * that follows a lower-case word, directly or after a determiner, and opens no subject ({@link
   * #isClauseSubject}). A name after the abbreviation is followed by its verb only where the
   * abbreviation opens the subject ({@code when the U.S. Army was}, {@code The U.K. Parliament has}).
   */
  private boolean opensClauseAfterObject(int wordStart) {
    int length = nextWordEnd - nextWordStart;
    if (nextClass != UPPER || length < 3 || length >= MAX_NEXT || nextWordEnd + 2 >= n
        || s.charAt(nextWordEnd) != ' ' || !Character.isLowerCase(s.charAt(nextWordStart + 1))
        || !Character.isLowerCase(s.charAt(nextWordEnd + 1))) {
      return false;
    }
    int e = letterRunEnd(nextWordEnd + 1);
    if (!rules.auxiliaries.contains(s, nextWordEnd + 1, e) || e < n && Character.isLetterOrDigit(s.charAt(e))) {
      return false;
    }
    int p = wordStart;
    int w = wordBefore(p);
    if (w >= 0 && rules.determiners.contains(s, w, p - 1)) {
      p = w;
      w = wordBefore(p);
    }
    return w >= 0 && Character.isLowerCase(s.charAt(w)) && !isClauseSubject(wordStart, true)
        && (rules.pastVerbs.isEmpty() || hasVerbBefore(p)); // "An official at the U.S. Embassy was hurt"
  }

  /**
   * Tells whether the capitalised next word opens the subject of a clause whose verb follows a few
   * words later, after an abbreviation that ends an object or a prepositional phrase of a clause
   * that already has its verb ({@code got a job with the U.N. Work there is demanding}, {@code
   * emigrated from the U.K. Life in Canada was hard}, {@code toured the U.K. Tickets for every
   * concert sold out}): a clause has one finite verb, so a second one, reached without a
   * punctuation mark, a conjunction, a relative or a pronoun between ({@code served in the U.S. Navy
   * and was}, {@code the U.N. Mission, which was}), needs the capitalised word's phrase as its
   * subject. The verb before is an auxiliary, a verb of {@code [past-verbs]} or a lower-case word in
   * {@code -ed} after no determiner; without one the abbreviation is in the sentence's subject ({@code
   * An official at the U.S. Embassy was hurt}). Not a word capitalised after a lower-case word
   * nearby (a name).
   */
  private boolean opensSubjectOfLaterVerb(int wordStart) {
    int length = nextWordEnd - nextWordStart;
    if (rules.pastVerbs.isEmpty() || nextClass != UPPER || length < 3 || length >= MAX_NEXT || nextWordEnd + 2 >= n
        || s.charAt(nextWordEnd) != ' ' || !Character.isLowerCase(s.charAt(nextWordStart + 1))
        || !Character.isLowerCase(s.charAt(nextWordEnd + 1))) {
      return false;
    }
    int p = wordStart;
    int w = wordBefore(p);
    if (w >= 0 && rules.determiners.contains(s, w, p - 1)) {
      p = w;
      w = wordBefore(p);
    }
    if (w < 0 || !Character.isLowerCase(s.charAt(w)) || isClauseSubject(wordStart, true)
        || !hasVerbBefore(p) || !isVerbAhead(nextWordEnd + 1)) {
      return false;
    }
    return isNotCapitalisedNearby(length);
  }

  /**
   * Tells whether the open sentence has a finite verb before {@code end} (looking back at most
   * {@value #MAX_VERB_BEFORE} characters): an auxiliary, a verb of {@code [past-verbs]}, or a
   * lower-case word of four letters or more in {@code -ed} that follows no determiner ({@code the
   * tired crew} is no verb).
   */
  private boolean hasVerbBefore(int end) {
    int lo = Math.max(sentStart, end - MAX_VERB_BEFORE);
    int previous = -1;
    for (int p = lo; p < end; ) {
      if (!Character.isLetter(s.charAt(p))) {
        p++;
        continue;
      }
      int e = letterRunEnd(p);
      if ((p == 0 || !Character.isLetterOrDigit(s.charAt(p - 1))) && (e == n || s.charAt(e) != '\'')
          && Character.isLowerCase(s.charAt(p))
          && (rules.auxiliaries.contains(s, p, e) || rules.pastVerbs.contains(s, p, e)
              || isEdForm(p, e) && !(previous >= 0 && rules.determiners.contains(s, previous, p - 1)))) {
        return true;
      }
      previous = p;
      p = Math.max(e, p + 1);
    }
    return false;
  }

  /**
   * A word of four letters or more in {@code -ed} that is no {@code -eed} word ({@code need}, {@code
   * speed}) or {@code hundred}: the past of a regular verb, or its participle.
   */
  private boolean isEdForm(int p, int e) {
    return e - p >= 4 && s.charAt(e - 2) == 'e' && s.charAt(e - 1) == 'd' && s.charAt(e - 3) != 'e'
        && !(s.charAt(e - 3) == 'r' && s.charAt(e - 4) == 'd');
  }

  /**
   * Tells whether a finite verb (an auxiliary or a verb of {@code [past-verbs]}) follows {@code p}
   * within {@value #MAX_SUBJECT_WORDS} words separated by single spaces, before any word of {@code
   * [clause-links]}, {@code [subordinators]} or {@code [pronouns]}, which would open a clause of its
   * own.
   */
  private boolean isVerbAhead(int p) {
    for (int words = 0; words < MAX_SUBJECT_WORDS && p < n; words++) {
      int e = letterRunEnd(p);
      if (e == p || e - p >= MAX_NEXT) {
        return false;
      }
      if (Character.isLowerCase(s.charAt(p))) {
        if (rules.auxiliaries.contains(s, p, e) || rules.pastVerbs.contains(s, p, e)) {
          return e == n || !Character.isLetterOrDigit(s.charAt(e)) && s.charAt(e) != '\'';
        }
        if (rules.clauseLinks.contains(s, p, e) || rules.subordinators.contains(s, p, e)
            || rules.pronouns.contains(s, p, e)) {
          return false;
        }
      }
      if (e + 1 >= n || s.charAt(e) != ' ') {
        return false;
      }
      p = e + 1;
    }
    return false;
  }

  /** Tells whether the text in {@code [lo, hi)} capitalises the next word after a lower-case word elsewhere. */
  private boolean isCapitalisedAfterLowerCase(int lo, int hi, int length) {
    char first = s.charAt(nextWordStart);
    for (int p = Math.max(lo, 2); p + length <= hi; p++) {
      if (s.charAt(p) == first && p != nextWordStart && s.charAt(p - 1) == ' '
          && Character.isLowerCase(s.charAt(p - 2)) && isWholeWord(p, p + length, hi)
          && s.regionMatches(p + 1, s, nextWordStart + 1, length - 1)) {
        return true;
      }
    }
    return false;
  }

  private boolean isWholeWord(int from, int to, int hi) {
    return (from == 0 || !Character.isLetterOrDigit(s.charAt(from - 1)))
        && (to == hi || !Character.isLetterOrDigit(s.charAt(to)));
  }

  /**
   * Tells whether a quotation that did not open right before the abbreviation at {@code wordStart}
   * closes after its period, before a capitalised word on the same line: the quoted sentence ends
   * there ({@code mentions "delays in the U.S." Experts disagree}), as no name goes on outside
   * the quotation it began in.
   */
  private boolean closesQuotation(int wordStart) {
    return quoteClosed && closedAfter && nextClass == UPPER && nextWordStartRaw == nextWordStart
        && (wordStart == 0 || !isOpenChar(s.charAt(wordStart - 1)))
        && lineBreaks(sentEnd, nextWordStartRaw) == 0;
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
    while (number > sentStart && p - number < MAX_NEXT && !Words.isWhitespace(s.charAt(number - 1))) {
      number--;
    }
    int e = number - 1; // the space before the number
    if (e < 3 || s.charAt(e) != ' ') {
      return true;
    }
    if (s.charAt(e - 1) == 's' && (s.charAt(e - 2) == '\'' || s.charAt(e - 2) == '\u2019')) {
      return false; // "It's 10 p.m."
    }
    int w = wordBefore(number);
    return w < 0 || !rules.auxiliaries.contains(s, w, e);
  }

  /** Tells whether the word at {@code wordStart} follows a {@code [times]} abbreviation ("p.m. EST"). */
  private boolean followsTime(int wordStart) {
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
    int p = sentStart;
    while (p < end && isOpenChar(s.charAt(p))) {
      p++;
    }
    if (p < end && Character.isLetter(s.charAt(p))) {
      int e = letterRunEnd(p);
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
    return tokens <= 2 || opensWithStarter();
  }

  /** The open sentence opens with a starter word (a preposition: "W", "В"), after any opening marks. */
  private boolean opensWithStarter() {
    int p = sentStart;
    while (p < n && isOpenChar(s.charAt(p))) {
      p++;
    }
    int e = letterRunEnd(p);
    return e > p && rules.starters.contains(s, p, e);
  }

  /**
   * Tells whether the full stop at {@code i} ({@code ۔} or {@code ။}, see {@link
   * ListMarkers#isScriptListStop}) follows the number of a list item: one that opens the sentence,
   * a 1 after a colon, or the number that continues such a list within a few hundred characters
   * ({@code ۱۔ آٹا، ۲۔ چینی اور ۳۔ دودھ۔}). A number that ends a sentence ({@code قیمت ۲۵۰۔}) is
   * none of these.
   */
  private boolean isScriptListMarker(int i) {
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
    boolean marker = d <= sentStart
        || value == 1 && d >= 2 && isColon(s.charAt(d - 2))
        || value == scriptListNext && i - scriptListAt < 400;
    if (marker) {
      scriptListNext = value + 1;
      scriptListAt = i;
    }
    return marker;
  }

  /** Decides a period after a number of at most three digits: list marker, ordinal or end. */
  private boolean numberBoundary(int wordStart, int i, boolean lineEnd) {
    if (isSentenceMarker(wordStart)) {
      return false;
    }
    if (nextClass == DIGIT && !lineEnd && isSpacedDate(wordStart, i)) {
      return false;
    }
    if (rules.ordinalDot && (nextClass == LOWER || isNextIn(rules.months)
        || previousWordIn(wordStart) && !(nextClass == UPPER && isStarter()))) {
      // "am 3. Oktober", "im 3. Stock"; but "seit dem 12. Das Kino ...": a starter opens a sentence
      return false;
    }
    if (rules.ordinalDot && rules.capitalisedNouns && nextClass == UPPER && !lineEnd && !isStarter()
        && !afterNumericAbbreviation(wordStart)) {
      // "des 20. Jahrhunderts": an ordinal before a capitalised noun, unless a sentence starts; in
      // the languages that write nouns in lower case ("i 3. klasse", "v 15. storočí") a capital
      // after the number opens a sentence ("bor i værelse 12. Hans søster …")
      return false;
    }
    if (nextClass == UPPER && !lineEnd && isRomanBeforeLowerCase(nextWordStart)) {
      // "z lat 80. XX w.", "the 1880s. XIX century": an ordinal or a decade before a century in
      // Roman numerals, which no sentence starts with
      return false;
    }
    return normalBoundary(lineEnd);
  }

  /** Decides a period after a single letter: list marker ("a."), initial ("John F. Kennedy") or word ("I."). */
  private boolean letterBoundary(int wordStart, int cp, boolean capital, boolean lineEnd) {
    if (isSentenceMarker(wordStart) && (capital || nextClass == DIGIT)) {
      periodRule = BoundaryRule.LIST_MARKER;
      return false;
    }
    if (nextClass == UPPER && !lineEnd && (isNumeralAfterName(wordStart) || isLatinNumeralAfterName(wordStart))) {
      // "after World War I. Peace lasted": a Roman number ends the name, and the sentence
      periodRule = BoundaryRule.NUMBER;
      return true;
    }
    if (Character.isUpperCase(cp) && nextClass == UPPER && !lineEnd && isRepeatedDesignator(wordStart)) {
      // "labelled Sample A. Sample B was lost", "chose Plan A. Plan B …": a letter that designates
      // one of a series, before the series' next member, is no initial: no name repeats the word
      return true;
    }
    if (Character.isUpperCase(cp) && nextClass == UPPER && !isNextIn(rules.strongStarters)
        && !(isNextIn(rules.pronouns) && !isNextInitial())
        && (previousIsName(wordStart) && !(isLetterWord(wordStart) && isCommonWordNearby())
            || isSpacedInitial(wordStart) || isNextInitial())) {
      return false;
    }
    if (Character.isUpperCase(cp) && nextClass == UPPER && !lineEnd && !isLetterWord(wordStart)
        && !isStarter() && !isCommonWordNearby()) {
      // "the psychologist F. Mertens": a capital letter that is no word of the language, then a
      // capitalised word that is no sentence starter, is an initial after any word
      return false;
    }
    if (Character.isUpperCase(cp) && nextClass == DIGIT && !lineEnd && !isLetterWord(wordStart) && isOrdinalNext()) {
      // "the corner of S. 10th and Pine": a compass point or an initial before a street's ordinal
      return false;
    }
    if (nextClass == UNCASED && !lineEnd && isAbjadInitial(cp)) {
      // "دکتر م. رضایی", "علی ر. محمدی": a single letter of an abjad before a word of the same script
      // is an initial (no word of Arabic, Persian, Urdu or Hebrew is one letter before a period)
      return false;
    }
    return normalBoundary(lineEnd);
  }

  /**
   * Tells whether the capitalised word before the letter at {@code wordStart} is the next word too
   * ({@code Sample A. Sample B}, {@code Gate 4 … Plan A. Plan B}): the letter designates a member of
   * a series, and the word opens the next member's sentence.
   */
  private boolean isRepeatedDesignator(int wordStart) {
    int w = wordBefore(wordStart);
    int length = nextWordEnd - nextWordStart;
    return w >= 0 && wordStart - 1 - w == length && length >= 2 && Character.isUpperCase(s.charAt(w))
        && nextWordEnd < n && s.charAt(nextWordEnd) == ' ' && s.regionMatches(w, s, nextWordStart, length)
        && isLoneCapital(nextWordEnd + 1)
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
    int w = wordBefore(wordStart);
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
    return letter >= 1 && letter > sentStart && Character.isUpperCase(s.charAt(letter))
        && !Character.isLetterOrDigit(s.charAt(letter - 1));
  }

  /**
   * Tells whether the next token is an ordinal written with digits and a suffix of one to three
   * lower-case letters ({@code 10th}, {@code 2nd}, {@code 5e}), then no letter or digit: the number
   * of a street after a compass point ({@code S. 10th St.}), which no sentence opens with after a
   * single capital letter.
   */
  private boolean isOrdinalNext() {
    int p = nextWordStart;
    while (p < n && p - nextWordStart < 4 && isAsciiDigit(s.charAt(p))) {
      p++;
    }
    int e = p;
    while (e < n && e - p < 4 && Character.isLowerCase(s.charAt(e))) {
      e++;
    }
    return p > nextWordStart && e > p && e - p <= 3 && (e == n || !Character.isLetterOrDigit(s.charAt(e)));
  }

  /**
   * The letter at {@code wordStart} is a word of the language that may end a sentence: a starter
   * that is not an open word ("Marta and I." but not the article "A.").
   */
  private boolean isLetterWord(int wordStart) {
    int end = wordStart + Character.charCount(s.codePointAt(wordStart));
    return rules.starters.contains(s, wordStart, end) && !rules.openWords.contains(s, wordStart, end);
  }

  /**
   * Tells whether a lower-case word before a period looks cut short, as abbreviations are: before a
   * vowel ({@code napr.}, {@code καθημ.}, {@code tgl.}), so that it ends in a consonant, and shorter
   * than seven letters. Where informal text does not start sentences in lower case, such a word
   * before a lower-case one that is no sentence starter is an abbreviation that the lists lack
   * (after a number it is a unit, as before).
   */
  private boolean isTruncated(int from, int to) {
    return to - from < 7 && VOWELS.indexOf(Character.toLowerCase(s.charAt(to - 1))) < 0;
  }

  /**
   * Tells whether the word {@code [from, to)} before a terminator is an ordinary lower-case word of
   * at least {@code minLength} characters (letters, inner apostrophes and hyphens), with no closing
   * quote or bracket after the terminator ({@code "Stop!" she said} continues).
   */
  private boolean isLowerCaseEnd(int from, int to, int minLength) {
    if (closedAfter || to - from < minLength || to - from > MAX_WORD || !Character.isLowerCase(s.charAt(from))) {
      return false;
    }
    for (int p = from + 1; p < to; p++) {
      char c = s.charAt(p);
      if (!Character.isLetter(c) && !((c == '\'' || c == '\u2019' || c == '-') && p + 1 < to)) {
        return false;
      }
    }
    return true;
  }

  private boolean normalBoundary(boolean lineEnd) {
    return switch (nextClass) {
      case LOWER -> lineEnd;
      case CONTINUATION, NONE -> false;
      default -> true;
    };
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
  private boolean afterNumericAbbreviation(int wordStart) {
    int p = previousDottedToken(wordStart);
    return p >= 0 && rules.abbreviations.get(s, p, wordStart - 2) == NUMERIC;
  }

  /**
   * The word at {@code wordStart} follows a number and a single space or no-break space, directly or
   * after another abbreviated unit ("5 тыс. руб.").
   */
  private boolean followsNumber(int wordStart) {
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
  private boolean isNameAbbreviation(int wordStart) {
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
  private boolean followsRomanNumeral(int wordStart) {
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
  private boolean isSpacedDate(int wordStart, int i) {
    int value = smallNumber(wordStart, i);
    int next = nextWordStart;
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
    if (p == wordStart || p == end - 1 || !isRangeDash(s.charAt(p)) || !Character.isLetter(s.charAt(p - 1))) {
      return KeyTable.ABSENT;
    }
    int type = rules.suffixes.get(s, p + 1, end);
    return type != KeyTable.ABSENT ? type : rules.abbreviations.get(s, p + 1, end);
  }

  /**
   * Tells whether {@code [from, to)} looks like an abbreviation that the lists may lack: lower-case
   * letters only, at most four, and inside brackets unless at most two.
   */
  private boolean isAbbreviationLike(int from, int to) {
    int length = to - from;
    if (length > 4 || length > 2 && depth == 0 || !Character.isLowerCase(s.charAt(from))) {
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
  private boolean isDateAhead(int p) {
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
    k = letterRunEnd(w);
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
  private boolean startsSpacedAbbreviation(int wordStart) {
    int e1 = dottedTokenEnd(nextWordStartRaw);
    if (e1 < 0) {
      return false;
    }
    int end1 = e1 - 1;
    if (end1 - 1 > nextWordStartRaw && s.charAt(end1 - 1) == '.') {
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
  private int spacedUnitStart(int wordStart) {
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
    while (p < end - 1 && isOpenChar(s.charAt(p))) {
      p++;
    }
    return p;
  }

  /** Start of the word that ends at {@code i}: the token, without leading openers and bullets. */
  private int wordStart(int i) {
    int w = Math.max(tokenStart, i - MAX_WORD - 1);
    if (w > tokenStart) {
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
  private boolean isSentenceMarker(int wordStart) {
    if (tokens == 1) {
      return true;
    }
    if (tokens == 2 && bullet != 0 || wordStart == listMarkerAt) {
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

  private boolean previousIsName(int wordStart) {
    return previousNameStart(wordStart) >= 0;
  }

  /**
   * Tells whether the letter {@code I} at {@code wordStart}, in a language that writes no period
   * after its Roman numerals (no {@code ordinal-dot}), follows a name of two capitalised words
   * that does not open with a starter: a number ({@code World War I}, {@code Queen Elizabeth I}),
   * not a middle initial, which follows a first name alone ({@code see Albert I. Jones}) or a
   * title ({@code Dr. Albert I. Jones}).
   */
  private boolean isNumeralAfterName(int wordStart) {
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
  private boolean isLatinNumeralAfterName(int wordStart) {
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
    if (p < sentStart) {
      return -1;
    }
    char first = s.charAt(p);
    char last = s.charAt(k);
    return Character.isUpperCase(first) && (Character.isLetter(last) || last == '.') ? p : -1;
  }

  /** "J. R. R. Tolkien": the letter follows another initial. */
  private boolean isSpacedInitial(int wordStart) {
    return wordStart >= 3 && s.charAt(wordStart - 1) == ' ' && s.charAt(wordStart - 2) == '.'
        && Character.isUpperCase(s.charAt(wordStart - 3))
        && (wordStart == 3 || rules.kind(s.charAt(wordStart - 4)) == SPACE);
  }

  /** Letters separated by single periods, each run at most two letters: "U.S", "Ph.D", "e.g". */
  private boolean isInitialism(int from, int to) {
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

  private static boolean isCjk(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }

  /**
   * A Roman numeral in capitals of two letters or more starts at {@code p}, followed by a space and a
   * lower-case letter: a century ("XIX ғасыр", "XX w."), not the first word of a sentence.
   */
  private boolean isRomanBeforeLowerCase(int p) {
    int e = p;
    while (e < n && e - p < 8 && "IVXLCDM".indexOf(s.charAt(e)) >= 0) {
      e++;
    }
    return e - p >= 2 && e + 1 < n && s.charAt(e) == ' ' && Character.isLowerCase(s.charAt(e + 1));
  }

  /** The closing marks {@code [from, to)} are the brackets of a title: 《》 or 〈〉. */
  private boolean isTitleClose(int from, int to) {
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
  private boolean isCjkListSeparator(int p) {
    char c = s.charAt(p);
    if (c == '\uFF1A' || c == '\uFF1B' || c == '\u3001' || c == '\uFF0C') {
      return true;
    }
    return (c == ':' || c == ';') && p > 0 && isCjk(s.codePointBefore(p));
  }

  /** An ordinal number ends just before the range dash at {@code dash}: "2. -4.", "12.–14.". */
  private boolean isOrdinalBefore(int dash) {
    int p = dash;
    if (p > 0 && s.charAt(p - 1) == ' ') {
      p--;
    }
    return p >= 2 && s.charAt(p - 1) == '.' && isAsciiDigit(s.charAt(p - 2));
  }

  private static boolean isRangeDash(char c) {
    return c == '-' || c == '\u2013' || c == '\u2012' || c == '\u2010';
  }

  private boolean isAllUpper(int from, int to) {
    for (int p = from; p < to; p++) {
      if (!Character.isUpperCase(s.charAt(p))) {
        return false;
      }
    }
    return true;
  }

  /** Digits, with single separators between them: "3", "1,250", "9/10", "2.5". */
  private boolean isNumber(int from, int to) {
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

  private boolean allDigits(int from, int to) {
    for (int p = from; p < to; p++) {
      if (!Character.isDigit(s.charAt(p))) {
        return false;
      }
    }
    return to > from;
  }

  /** The word before an ordinal ("am 3. Oktober") is an article or preposition. */
  private boolean previousWordIn(int wordStart) {
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

  // ---------------------------------------------------------------- the next token

  /** Classifies the token at {@code m}, skipping opening quotes and brackets. */
  private void classifyNext(int m) {
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
    nextWordStartRaw = m;
    nextWordStart = p;
    nextWordEnd = p;
    if (p >= n || rules.kind(s.charAt(p)) == SPACE) {
      nextClass = p > m ? SYMBOL : NONE;
      return;
    }
    int cp = s.codePointAt(p);
    if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
      nextClass = UPPER;
    } else if (Character.isLowerCase(cp)) {
      nextClass = LOWER;
      if (p > m && (cp == 's' || cp == 't') && p + 2 < n && s.charAt(p + 1) == ' '
          && (s.charAt(p - 1) == '\'' || s.charAt(p - 1) == '\u2019') && Character.isUpperCase(s.charAt(p + 2))) {
        // "'s Middags", "'t Zand": an elided Dutch article, the word after it takes the capital
        nextClass = UPPER;
      } else if (isCamelCase(p)) {
        // "eBay reported", "iPhone sales rose": a name spelled with a lower-case first letter takes
        // the place of a capital
        nextClass = UPPER;
      }
    } else if (Character.isDigit(cp)) {
      nextClass = DIGIT;
    } else if (Character.isLetter(cp)) {
      nextClass = UNCASED;
    } else if (p == m && isContinuation(cp)) {
      // "R. -- A ideia": a one-word label (an interview's question or answer) keeps its dash
      nextClass = tokens > 1 && isOpeningDash(m) ? SYMBOL : CONTINUATION;
    } else {
      nextClass = SYMBOL;
    }
    nextWordEnd = letterRunEnd(p);
  }

  /**
   * Tells whether the word at {@code p} is a name in camel case: one lower-case ASCII letter, a
   * capital, and at least one more letter ({@code eBay}, {@code iPhone}, {@code mRNA}; not {@code pH}).
   */
  private boolean isCamelCase(int p) {
    return p + 2 < n && s.charAt(p) >= 'a' && s.charAt(p) <= 'z' && s.charAt(p + 1) >= 'A' && s.charAt(p + 1) <= 'Z'
        && Character.isLetter(s.charAt(p + 2));
  }

  /** The end of the run of letters from {@code from}, at most {@link #MAX_NEXT} of them. */
  private int letterRunEnd(int from) {
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
  private boolean isLowQuote(int i) {
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
    while (p < n && p - m < 6 && isOpenChar(s.charAt(p))) {
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

  private boolean isStarter() {
    if (nextWordEnd == nextWordStart) {
      return false;
    }
    if (rules.starters.contains(s, nextWordStart, nextWordEnd)) {
      return true;
    }
    // A title such as "Mr." also starts a sentence.
    return nextWordEnd < n && s.charAt(nextWordEnd) == '.'
        && rules.abbreviations.get(s, nextWordStart, nextWordEnd) == PREFIX;
  }

  /**
   * Tells whether the clause that starts at {@code q} (after a closing quote) is a short one of a
   * script without case, on the same line, whose last word before its terminator is a verb of saying
   * ({@code वह किनारे से चिल्लाई।}, {@code ابا نے کہا۔}): it reports the quotation before it.
   */
  private boolean endsInReportingVerb(int q) {
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
    for (int p = q; p < limit; p++) {
      char c = s.charAt(p);
      if (c == '\n' || c == '\r' || isOpenChar(c)) {
        return false;
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
  private boolean parenthesisOpensInside(int i) {
    int low = Math.max(sentStart + 1, i - MAX_QUOTE_AHEAD);
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
  private boolean isAbjadInitial(int cp) {
    if (!isUncasedLetter((char) cp) || cp > 0xFFFF || nextWordEnd <= nextWordStart) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return (script == Character.UnicodeScript.ARABIC || script == Character.UnicodeScript.HEBREW
        || script == Character.UnicodeScript.SYRIAC || script == Character.UnicodeScript.THAANA)
        && Character.UnicodeScript.of(s.codePointAt(nextWordStart)) == script;
  }

  /**
   * Tells whether the capitalised next word, or a name of up to three capitalised words, is followed
   * by a verb of saying ({@code I said}, {@code Anna Berg asked}). A starter other than a personal
   * pronoun opens a sentence of its own ({@code Nobody answered}).
   */
  private boolean isReportingNext() {
    if (isStarter() && !isNextIn(rules.pronouns) && !isNextIn(rules.capitalised)) {
      return false; // "Nobody answered", "Nie odpowiedziała": a sentence of its own
    }
    int p = nextWordEnd;
    for (int words = 0; words < 3 && nextWordEnd > nextWordStart; words++) {
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
  private boolean isReportingAfter(int k) {
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
  private boolean isNextInitial() {
    return nextWordEnd - nextWordStart == 1 && nextWordEnd < n && s.charAt(nextWordEnd) == '.'
        && Character.isUpperCase(s.charAt(nextWordStart));
  }

  /**
   * Tells whether the capitalised next word, after a clock time, names a time zone: it is followed,
   * directly or after one more capitalised word, by the word {@code time} ({@code 10 a.m. Eastern
   * time}, {@code 7 p.m. Pacific Standard Time}).
   */
  private boolean isZoneName() {
    int p = nextWordEnd;
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

  private boolean isNextAcronym() {
    int length = nextWordEnd - nextWordStart;
    if (length < 2 || length > 4 || nextWordEnd < n && Character.isLetterOrDigit(s.charAt(nextWordEnd))) {
      return false;
    }
    for (int p = nextWordStart; p < nextWordEnd; p++) {
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
  private boolean isNextDesignator() {
    if (nextClass != UPPER || nextWordEnd - nextWordStart != 1 || nextWordEnd + 1 >= n || isLetterWord(nextWordStart)) {
      return false; // "No. I will not": the letter is a word of the language that opens sentences
    }
    char after = s.charAt(nextWordEnd);
    return after == ',' || after == ')' || after == ' ' && Character.isLowerCase(s.charAt(nextWordEnd + 1));
  }

  private boolean isNextWord(String word) {
    if (nextWordEnd - nextWordStart != word.length()) {
      return false;
    }
    return s.regionMatches(true, nextWordStart, word, 0, word.length());
  }

  private boolean isNextIn(KeyTable table) {
    return nextWordEnd > nextWordStart && table.contains(s, nextWordStart, nextWordEnd);
  }

  /**
   * {@link #isNextIn} for a word of a script that writes vowels as combining marks (Devanagari
   * {@code आणि}): the word runs on through its marks and joiners.
   */
  private boolean isNextWordWithMarksIn(KeyTable table) {
    int e = nextWordStart;
    while (e < n && e - nextWordStart < MAX_NEXT) {
      char c = s.charAt(e);
      int type = Character.getType(c);
      if (!Letters.isLetter(c) && type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
          && c != '\u200C' && c != '\u200D') {
        break;
      }
      e++;
    }
    return e > nextWordStart && table.contains(s, nextWordStart, e);
  }

  // ---------------------------------------------------------------- output

  /** Ends the open sentence at {@code end} (trimmed), as {@code rule} decided. */
  private void emit(int end, BoundaryRule rule) {
    if (sentStart < 0) {
      return;
    }
    int e = end;
    while (e > sentStart && kinds[chars[e - 1]] == SPACE) {
      e--;
    }
    if (e > sentStart) {
      if (3 * sentenceCount == found.length) {
        found = Arrays.copyOf(found, found.length * 2);
      }
      found[3 * sentenceCount] = sentStart;
      found[3 * sentenceCount + 1] = e;
      found[3 * sentenceCount + 2] = paragraph;
      sentenceCount++;
      if (trace != null) {
        trace.add(new BoundaryRule.Decision(e, rule, true));
      }
    }
    carriedOpen = Math.min(MAX_CARRIED, carriedOpen + depth);
    carriedDoubleQuote ^= (doubleQuotes & 1) == 1;
    sentStart = -1;
    tokens = 0;
    bullet = 0;
  }

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }
}
