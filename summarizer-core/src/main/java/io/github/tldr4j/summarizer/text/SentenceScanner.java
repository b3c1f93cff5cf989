package io.github.tldr4j.summarizer.text;

import static io.github.tldr4j.summarizer.text.AttachedRules.isUncasedLetter;
import static io.github.tldr4j.summarizer.text.QuotationRules.isSpeechDash;
import static io.github.tldr4j.summarizer.text.SegmentationRules.BULLET;
import static io.github.tldr4j.summarizer.text.SegmentationRules.CLOSER;
import static io.github.tldr4j.summarizer.text.SegmentationRules.DOUBLE_QUOTE;
import static io.github.tldr4j.summarizer.text.SegmentationRules.ELLIPSIS;
import static io.github.tldr4j.summarizer.text.SegmentationRules.EXTENDER;
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
import static io.github.tldr4j.summarizer.text.WordShapes.isCjk;
import static io.github.tldr4j.summarizer.text.WordShapes.isColon;
import static io.github.tldr4j.summarizer.text.WordShapes.isRangeDash;

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
  static final int NONE = 0;
  static final int UPPER = 1;
  static final int LOWER = 2;
  static final int DIGIT = 3;
  static final int UNCASED = 4;
  static final int CONTINUATION = 5;
  static final int SYMBOL = 6;

  /** Longest word examined before a period (abbreviations, initials, numbers). */
  static final int MAX_WORD = 48;
  /** Longest next word examined (starters, months). */
  static final int MAX_NEXT = 24;
  /** Most words a heading line may have. */
  static final int HEADING_WORDS = 10;
  /** Farthest a quotation's end is looked for after a question or exclamation inside it. */
  static final int MAX_QUOTE_AHEAD = 160;
  /** How far around a word its lower-case use is looked for (orthographic evidence). */
  static final int EVIDENCE_WINDOW = 1500;
  /** Most quotation marks and brackets carried open from one sentence into the next. */
  private static final int MAX_CARRIED = 4;
  /** Most words of a line that is a list item without punctuation. */
  static final int ITEM_WORDS = 5;
  /** Most characters of a line that is a list item without punctuation. */
  static final int ITEM_CHARS = 40;
  /** Most characters of a heading run into its text (the punctuation test reads them all). */
  static final int RUN_IN_CHARS = 240;
  /** Most characters a heading line may have. */
  static final int HEADING_CHARS = 80;
  /** How far back the sentence is searched for a verb before an abbreviation (opensSubjectOfLaterVerb). */
  static final int MAX_VERB_BEFORE = 200;
  /** How many words the subject of a clause after an abbreviation may have before its verb. */
  static final int MAX_SUBJECT_WORDS = 6;

  final SegmentationRules rules;
  /** The rules' character kinds ({@link SegmentationRules#kinds()}), read in the scanner's loops. */
  final byte[] kinds;
  /** The text, read through {@link #chars}. */
  final TextChars s;
  /**
   * The text's characters, which the loops over every character read ({@code String.charAt} tests
   * the string's coding at each call); one array shared by a long text's pieces, never written.
   */
  final char[] chars;
  final int n;
  /**
   * The sentences found so far: the start, end and paragraph of each, three ints a sentence; sized
   * for a sentence every 64 characters, so that running text seldom grows it.
   */
  private int[] found;
  int sentenceCount;
  final ListMarkers markers;
  final InlineList list;
  /** The decisions taken, in text order, when explaining; null otherwise. */
  private final List<BoundaryRule.Decision> trace;
  private final Citations citations;
  /**
   * Characters the orthographic evidence ({@link EvidenceRules#isCommonWordNearby}) may still
   * read: a bounded multiple of the text's length, so that a text made of nothing but candidates
   * stays linear.
   */
  long evidenceBudget;

  // The piece of the text this scanner reads (the whole text but for a long text's pieces, see
  // RuleBasedSegmenter): it starts at from, a paragraph's first character, and ends at limit; the
  // look-aheads and look-behinds still read the whole text.
  private final int from;
  private final int limit;
  /**
   * Whether {@link #scan} passes a space before a lower-case word itself, without calling {@link
   * LayoutRules#whitespace} and {@link #startToken} (see there). Tests turn it off to compare the
   * quick way with theirs.
   */
  boolean quickSpaces = true;
  /** The run ended at limit, after whitespace with a blank line: the next piece starts afresh. */
  private boolean paragraphEnd;

  // Current sentence.
  int sentStart = -1;
  int sentEnd;
  int tokens;
  int doubleQuotes;
  int singleQuoteTokens;
  /** Single quotes opened ("'who") and not closed yet in the current sentence. */
  int singleOpen;
  int depth;
  boolean startsLine;
  boolean wrapped;
  /** The end of the date-and-time stamp read last ({@code 03/27/2001 09:11 AM}), or -1. */
  int stampEnd = -1;
  /** The stamp read last follows a lower-case word inside a sentence ({@code met on 04/25/2001 10:30}). */
  boolean stampInText;
  char bullet;

  /**
   * Quotation marks and brackets left open by the earlier sentences of the paragraph ("« Je pars.
   * Tu viens ? »"), and whether a straight double quote is: a closer after a space may close them.
   */
  int carriedOpen;
  boolean carriedDoubleQuote;

  // Layout.
  /** The last line break of the paragraph ended a line of its own: a heading or a list item. */
  boolean lineItems;
  private int paragraph;
  boolean paragraphPending;
  int tokenStart;
  int lastBreaks;


  // The terminator cluster being decided: its periods (an ellipsis counts 3), a ? or !, a hard
  // terminator, spaced dots; closing quotes or brackets after it; the rule deciding a period.
  private int dots;
  boolean question;
  private boolean hard;
  boolean spacedDot;
  boolean quoteClosed;
  /** The number that continues the last list numbered with a script's full stop, and where it was. */
  int scriptListNext = -1;
  int scriptListAt;
  /** Where the last marker of an inline list that goes on inside its sentence starts. */
  int listMarkerAt = -1;
  boolean closedAfter;
  BoundaryRule periodRule = BoundaryRule.WORD;

  // The token after the current candidate boundary.
  int nextClass;
  int nextWordStart;
  int nextWordStartRaw;
  int nextWordEnd;

  // The rules, one object per phenomenon family (SEGMENTATION.md, Code map), each reading and
  // writing this scanner's state; created last in the constructor, as they copy its final fields.
  final LayoutRules layoutRules;
  final QuotationRules quotationRules;
  final AttachedRules attachedRules;
  final AbbreviationRules abbreviationRules;
  final EvidenceRules evidenceRules;
  final NumberRules numberRules;
  final WordShapes wordShapes;
  final NextToken nextToken;

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
    this.layoutRules = new LayoutRules(this);
    this.quotationRules = new QuotationRules(this);
    this.attachedRules = new AttachedRules(this);
    this.abbreviationRules = new AbbreviationRules(this);
    this.evidenceRules = new EvidenceRules(this);
    this.numberRules = new NumberRules(this);
    this.wordShapes = new WordShapes(this);
    this.nextToken = new NextToken(this);
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
        char d;
        if (c == ' '
            && quickSpaces
            && i + 1 < limit
            && (d = chars[i + 1]) >= 'a'
            && d <= 'z'
            && kinds[d] <= EXTENDER
            && sentStart >= 0
            && tokens > 0
            && bullet == 0
            && i != stampEnd
            && !list.isOpen()
            && !isColon(chars[i - 1])) {
          // one space inside a sentence, past its first token, before a plain lower-case ASCII
          // word, with no bullet, list or date stamp open and no colon before it: whitespace passes
          // it without a decision and startToken only counts the word, so neither is called (most
          // tokens of running text: the segmentation of bbc-news-dev, C1 only, 25.3 -> 23.0 ms)
          lastBreaks = 0;
          tokenStart = i + 1;
          tokens++;
          i = plainRunEnd(i + 2);
          sentEnd = i;
          continue;
        }
        i = layoutRules.whitespace(i);
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
          } else if ((i == 0 || kinds[chars[i - 1]] == SPACE || quotationRules.isOpenChar(chars[i - 1]))
              && i + 1 < n && Character.isLetterOrDigit(chars[i + 1])) {
            singleOpen++;
          } else if (singleOpen > 0 && (i + 1 == n || !Character.isLetterOrDigit(chars[i + 1]))) {
            singleOpen--;
          }
        }
        case OPENER -> {
          if (quotationRules.closesLowQuote(i)) {
            depth = Math.max(0, depth - 1);
          } else {
            depth++;
          }
        }
        case PUNCTUATION -> {
          int e = quotationRules.punctuation(i, c);
          if (e > i) {
            i = e;
            continue;
          }
        }
        case CLOSER -> {
          if (c == '\u201D' && quotationRules.opensSwapped(i)) {
            depth++; // "کہا: ”میں …“": right-to-left text typed with the marks swapped
          } else {
            depth = Math.max(0, depth - 1);
          }
        }
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

  // ---------------------------------------------------------------- tokens and sentences
  // (the layout rules that decide at whitespace: LayoutRules)

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
      layoutRules.stamp(i);
    }
    if (sentStart >= 0 && list.isOpen() && layoutRules.isNextListMarker(i)) {
      if (sentEnd > sentStart && (s.charAt(sentEnd - 1) == ',' || s.charAt(sentEnd - 1) == ';'
          || layoutRules.endsWithOpenWord())) {
        // "Wir brauchen: 1. Mehl, 2. Zucker und 3. Eier": items joined by commas or a conjunction
        // make one sentence; the list goes on counting, and the marker's period ends nothing
        list.open(i, list.inProse());
        listMarkerAt = i;
      } else {
        emit(sentEnd, BoundaryRule.INLINE_LIST);
      }
    } else if (sentStart >= 0 && list.isOpen() && list.inProse() && layoutRules.nextListMarkerBeforeUncased(i)) {
      // "المطلوب: 1. قلم 2. ورقة.": after a colon, items in a script without case go on as
      // lower-case ones do
      list.open(i, true);
      listMarkerAt = i;
    }
    if (sentStart >= 0 && bullet != 0 && s.charAt(i) == bullet && tokens > 0 && layoutRules.isBullet(i)) {
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
    bullet = layoutRules.isBullet(i) ? c : 0;
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
    if (rules.kind(s.charAt(k)) != SPACE && hard && j == i + 1 && k == j && numberRules.isScriptListMarker(i)) {
      // "１．準備する": the number of a list item, glued to it with the fullwidth full stop
      record(end, BoundaryRule.LIST_MARKER, false);
      return k;
    }
    if (rules.kind(s.charAt(k)) != SPACE) {
      BoundaryRule rule = hard ? BoundaryRule.HARD_TERMINATOR : BoundaryRule.ATTACHED;
      if (record(end, rule, attachedRules.attachedBoundary(i, j, k, hard, dots, isPeriod))) {
        emit(end, rule);
      }
      return k;
    }
    // The whitespace after the cluster, then the next token.
    int m = k;
    while (m < n && rules.kind(s.charAt(m)) == SPACE) {
      m++;
    }
    int breaks = layoutRules.lineBreaks(k, m);
    if (m >= n || breaks >= 2) {
      emit(end, m >= n ? BoundaryRule.END_OF_TEXT : BoundaryRule.BLANK_LINE);
      return k;
    }
    boolean lineEnd = breaks == 1;
    nextToken.classifyNext(m);
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
    if (hard && j == i + 1 && numberRules.isScriptListMarker(i)) {
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
        && !closedAfter && quotationRules.isQuoteOpen()
        && quotationRules.quotationContinues(m, !question && "\u061F\uFF1F\uFF01\u1367".indexOf(s.charAt(i)) < 0)) {
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
        && s.charAt(m + 1) == ' ' && quotationRules.isQuoteOpen() && quotationRules.quoteClosesOnLine(m)) {
      // "«Ты куда собрался? – удивился отец. – Уже темно»": the narrator's words inside a
      // quotation, set off by dashes; the quotation goes on after the second dash
      rule = BoundaryRule.QUOTATION_CONTINUES;
      boundary = false;
    }
    if (boundary && question && closedAfter && !lineEnd && nextClass == UPPER
        && nextWordStartRaw == nextWordStart && nextToken.isReportingNext() && !quotationRules.isIntroducedBySaying(i)) {
      // "'Yes!' I said.", "'Why?' Anna asked": the speaker and a verb of saying after the quotation;
      // not a new quotation ("\"Is it safe?\" \"I think so.\"": its first word is no speaker), nor
      // the reply to a quotation that a verb of saying introduced ("Mutter fragte: „Hast du
      // gegessen?“ Ich antwortete: …": the next speaker's sentence)
      rule = BoundaryRule.QUOTATION_CONTINUES;
      boundary = false;
    }
    if (boundary && (question || hard && "\u061F\u1367".indexOf(s.charAt(i)) >= 0) && closedAfter && !lineEnd
        && nextClass == UNCASED && nextToken.endsInReportingVerb(m) && !quotationRules.isIntroducedBySaying(i)) {
      // "“बचाओ! कोई मदद करो!” वह किनारे से चिल्लाई।", "“تم کہاں تھے؟” امی نے پوچھا۔": in a script
      // without case, the clause after the quotation ends in a verb of saying (the languages put the
      // verb last); not after a quotation that a verb of saying introduced ("उसने पूछा, “…?” मैंने कुछ
      // नहीं कहा।": the next clause is a sentence of its own)
      rule = BoundaryRule.QUOTATION_CONTINUES;
      boundary = false;
    }
    if (boundary && (question || hard && "\u061F\u1367".indexOf(s.charAt(i)) >= 0) && closedAfter && !lineEnd
        && nextClass == UNCASED && (nextToken.isNextWordWithMarksIn(rules.openWords)
            || rules.startsWithClausePrefix(s, nextWordStart, nextWordEnd) && quotationRules.isEmbedded(i))) {
      // "وہ بولا: ”میں نہیں جاؤں گا!“ اور کمرے سے نکل گیا۔": in a script without case, a conjunction
      // of [open-words] after a quoted question or exclamation goes on with its sentence, as a
      // lower-case word does in cased text ("He yelled "Fire!" and ran"); so does one of
      // [clause-prefixes] glued to its word after a quotation embedded in the sentence ("صرخ «توقف!»
      // وركض."; after a colon the reply opens a sentence: "سأل: «لماذا؟» فضحك أبوه.")
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
        && isUncasedLetter(s.charAt(m)) && !nextToken.isStarter() && nextToken.parenthesisOpensInside(i)) {
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
      } else if (j > i && quotationRules.extenderLength(j) > 0) {
        // a combining mark or variation selector stays with its terminator: "!\uFE0F"
        j += quotationRules.extenderLength(j);
        continue;
      } else if (kind == HARD_TERMINATOR) {
        if (c == '\uFF0E' && j > 0 && j + 1 < n && Character.isDigit(s.charAt(j - 1))
            && Character.isDigit(s.charAt(j + 1))) {
          break;
        }
        hard = true;
      } else if (c == ' ' && dots > 0 && !question && !hard && j + 1 < n && s.charAt(j + 1) == '.'
          && (j + 2 == n || s.charAt(j + 2) == ' ' || s.charAt(j + 2) == '.' || quotationRules.isCloseChar(s.charAt(j + 2))
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
      if (kind == OPENER && quotationRules.closesLowQuote(k)) {
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
      int extender = quotationRules.extenderLength(k);
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
      if (kind == SPACE && c != '\n' && c != '\r' && k + 1 < n && quotationRules.spacedCloser(k + 1)) {
        k += 2;
        continue;
      }
      if (kind == SPACE && c != '\n' && c != '\r' && k + 2 < n && (s.charAt(k + 1) == ':' || s.charAt(k + 1) == ';')) {
        int e = quotationRules.emoticonEnd(k + 1);
        if (e > 0) {
          k = e;
          continue;
        }
      }
      if (kind == SPACE && c != '\n' && c != '\r' && k + 2 < n && (s.charAt(k + 1) == '(' || s.charAt(k + 1) == '\uFF08')) {
        // "楽しかった！ (^_^) また": a kaomoji after the space, before a space or the end
        int e = kaomojiEnd(k + 1);
        if (e > k + 1 && (e == n || Words.isWhitespace(s.charAt(e)))) {
          k = e;
          continue;
        }
      }
      if (kind == SPACE && c != '\n' && c != '\r' && k + 1 < n && (s.charAt(k + 1) >= '\u2600')) {
        int e = quotationRules.emojiEnd(k + 1);
        if (e > 0) {
          k = e;
          continue;
        }
      }
      break;
    }
    int trailing;
    while (k < n && (trailing = quotationRules.extenderLength(k)) > 0) {
      k += trailing;
    }
    return k;
  }

  private boolean questionBoundary(int i, int j, boolean standalone, boolean lineEnd) {
    if (!standalone) {
      int w = wordShapes.wordStart(i);
      if (i - w <= MAX_WORD && rules.names.contains(s, w, j)) {
        return lineEnd && nextClass != LOWER;
      }
    }
    if (nextClass == CONTINUATION) {
      return false;
    }
    if (!standalone && !lineEnd && j == i + 1 && s.charAt(i) == '!' && wordShapes.isFactorial(i)) {
      return false; // "Hence n! grows faster", "3! = 6 ways": a factorial, not an exclamation
    }
    if (standalone && !rules.spacedTerminators) {
      return true;
    }
    if (lineEnd) {
      return true;
    }
    // "sure? i doubt it": informal text starts sentences in lower case; after a capitalised word
    // only before a pronoun, a determiner or "it" ("did you ask Maria? she knows")
    return nextClass != LOWER || !standalone && (isLowerCaseEnd(wordShapes.wordStart(i), i, 1)
        || rules.lowerCaseStarts && !closedAfter && isCapitalisedWord(wordShapes.wordStart(i), i)
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
    if (!nextToken.isNextIn(rules.auxiliaries) || nextWordEnd + 3 >= n || s.charAt(nextWordEnd) != ' ') {
      return false;
    }
    int p = nextWordEnd + 1;
    int e = nextToken.letterRunEnd(p);
    if (e == p || !Character.isLowerCase(s.charAt(p)) || e < n && Character.isLetterOrDigit(s.charAt(e))) {
      return false;
    }
    return rules.pronouns.contains(s, p, e) || rules.determiners.contains(s, p, e)
        || e - p == 2 && s.regionMatches(p, "it", 0, 2) || e - p == 5 && s.regionMatches(p, "there", 0, 5);
  }

  private boolean ellipsisBoundary(int i, int dots, boolean lineEnd) {
    boolean withPeriod = dots >= 4;
    return switch (nextClass) {
      case UPPER -> withPeriod || lineEnd || !nextToken.isNextWord("i");
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
    int wordStart = wordShapes.wordStart(i);
    int length = i - wordStart;
    if (length == 0) {
      return nextClass != CONTINUATION;
    }
    if (length > MAX_WORD || quotationRules.isCloseChar(s.charAt(i - 1))) {
      // "(ext. 3264). you know": after a closing bracket as after a word
      return normalBoundary(lineEnd) || length <= MAX_WORD && isInformalStart();
    }
    int type = wordShapes.wordType(wordStart, i);
    if (type != KeyTable.ABSENT && type != TIME && length >= 2 && wordShapes.isAllUpper(wordStart, i) && abbreviationRules.followsTime(wordStart)) {
      // "at 8 p.m. EST. Be there": a time zone in capitals after a clock time, not the abbreviation
      // it happens to spell ("est."); it ends the sentence as the time would
      type = TIME;
    }
    if (type == KeyTable.ABSENT && tokens == 1 && nextClass == UPPER && wordShapes.isTitleInCapitals(wordStart, i)) {
      // "MR. HALE: Objection", "DR. OKAFOR: The results": a title in capitals that opens its sentence,
      // before a word in capitals, is the title of a speaker's name in a transcript, not an acronym
      type = TITLE;
    }
    if (length <= 4 && wordShapes.startsSpacedAbbreviation(wordStart) || type == NUMERIC && (nextClass == DIGIT || nextToken.isNextDesignator()
        || nextToken.isSectionSignNext())) {
      periodRule = BoundaryRule.ABBREVIATION;
      return false;
    }
    boolean capital = nextClass == UPPER || nextClass == UNCASED;
    if ((length == 1 && Character.isLetter(s.charAt(wordStart)) || markers.romanMarkerEnd(wordStart) == i + 1)
        && wordShapes.isSentenceMarker(wordStart) && (capital || nextClass == DIGIT)) {
      // a lettered list item ("c. The third item"), even if the letter is an abbreviation too
      periodRule = BoundaryRule.LIST_MARKER;
      return false;
    }
    if (type == KeyTable.ABSENT && nextClass == DIGIT && wordShapes.isAbbreviationLike(wordStart, i)
        && wordShapes.isDateAhead(nextWordStart)) {
      // "(f. 4 maj 1950)", "(nar. 3. března 1961)": a short token before a date is an abbreviation
      // ("born"), even where the language's list lacks it
      periodRule = BoundaryRule.DATE_NOTE;
      return false;
    }
    if (type == KeyTable.ABSENT && !lineEnd && (nextClass == DIGIT || nextClass == UPPER) && nextToken.closesBracketAhead()
        && nextToken.parenthesisOpensInside(i)) {
      // "(2d Cir. 1994)": the next token closes a bracket opened inside the sentence, which goes on to
      // it; no sentence starts with the end of a bracket it did not open
      periodRule = BoundaryRule.ABBREVIATION;
      return false;
    }
    if (type == KeyTable.ABSENT && !lineEnd && AbbreviatedCitations.isInside(s, wordStart, i, rules)) {
      // "Fed. R. Civ. P. 56", "Am. J. Bot. 88", "(Civ. Div.)": a run of abbreviated words before a
      // number, a lower-case word or a closing bracket names a rule, a code or a journal
      periodRule = BoundaryRule.ABBREVIATION;
      return false;
    }
    if (type != KeyTable.ABSENT) {
      periodRule = BoundaryRule.ABBREVIATION;
      return abbreviationRules.abbreviationBoundary(type, wordStart, capital, lineEnd)
          || type != TITLE && type != PREFIX && abbreviationRules.closesQuotation(wordStart)
          || length == 1 && nextClass == UPPER && !lineEnd && Character.isUpperCase(s.charAt(wordStart))
              && (numberRules.isRepeatedDesignator(wordStart) // "Option C. Option D": a letter that is also an abbreviation
                  || numberRules.followsDesignatorNoun(wordStart)); // "from Platform C. Tickets are sold inside"
    }
    if (wordStart > 0 && s.charAt(wordStart - 1) == '(' && !lineEnd && (capital || nextClass == DIGIT)
        && wordShapes.isAbbreviationLike(wordStart, i)) {
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
      if (rules.ordinalDot && (nextClass == LOWER || nextToken.isNextIn(rules.months)
          || nextClass == UPPER && !lineEnd && !nextToken.isStarter() && wordShapes.isOrdinalBefore(digits - 1))) {
        // "vom 12.–14. August", "aus dem 2. -4. Jahrhundert": a range of ordinals
        return false;
      }
      return normalBoundary(lineEnd);
    }
    if (length <= 3 && wordShapes.allDigits(wordStart, i)) {
      periodRule = wordShapes.isSentenceMarker(wordStart) ? BoundaryRule.LIST_MARKER : BoundaryRule.NUMBER;
      return numberRules.numberBoundary(wordStart, i, lineEnd);
    }
    if (digits > wordStart && digits < i && i - digits <= 3 && wordShapes.isCjkListSeparator(digits - 1)) {
      // "注意事项：1. 带好证件；2. 提前到场": in Chinese and Japanese text a number right after a colon,
      // a semicolon or an enumeration comma numbers an item
      periodRule = BoundaryRule.LIST_MARKER;
      return false;
    }
    int cp = s.codePointAt(wordStart);
    if (length == Character.charCount(cp) && Character.isLetter(cp)) {
      periodRule = BoundaryRule.INITIAL;
      return numberRules.letterBoundary(wordStart, cp, capital, lineEnd);
    }
    if (length == 2 && wordShapes.isNameAbbreviation(wordStart) && nextClass == UPPER && !lineEnd && !nextToken.isStarter()
        && !wordShapes.previousIsName(wordStart) && !evidenceRules.isCommonWordNearby()) {
      // "von Th. Mann", "на Хр. Ботев", "Дж. Смит": first names are abbreviated to a capital and a
      // consonant; after a name the token ends it ("Капустин Яр. Завоевание")
      periodRule = BoundaryRule.INITIAL;
      return false;
    }
    if (rules.ordinalDot && length > 1 && markers.romanMarkerEnd(wordStart) == i + 1 && nextClass == UPPER && !lineEnd
        && (wordShapes.previousIsName(wordStart) || wordShapes.previousWordIn(wordStart)) && !nextToken.isStarter() && !evidenceRules.isCommonWordNearby()) {
      // a regnal number: "hatte Ferdinand II. Schulden", or an ordinal after a preposition or an
      // article ("v XV. Pešom pluku"), unless a starter ("Heinrich VIII. Niemand") or a word the text
      // uses in lower case follows
      periodRule = BoundaryRule.NUMBER;
      return false;
    }
    if (wordShapes.isInitialism(wordStart, i)) {
      periodRule = BoundaryRule.ABBREVIATION;
      return capital && (nextToken.isStarter() || evidenceRules.isCommonWordNearby() || evidenceRules.isPluralCommonNoun(wordStart)
          || evidenceRules.opensClauseAfterObject(wordStart)) || abbreviationRules.closesQuotation(wordStart);
    }
    if (nextClass == UNCASED && !lineEnd && wordShapes.isAksaraInitial(wordStart, i)) {
      // "ना. सी. फडके", "पु. ल. देशपांडे", "ए.पी.जे. अब्दुल कलाम": initials of an Indic script
      periodRule = BoundaryRule.INITIAL;
      return false;
    }
    // "i loved it. why do you ask": informal text starts sentences in lower case; a lower-case word
    // that is no abbreviation ends one. Without a language file, whose abbreviation lists are meant to
    // be complete, only a word of four letters or more (short ones are often abbreviations).
    // Where a lower-case word may start a sentence (lower-case-starts, en), a word of one or two
    // lower-case letters right after a number is a unit of measure before one ("5 ft. 10 in. tall").
    return normalBoundary(lineEnd)
        || nextClass == LOWER && isLowerCaseEnd(wordStart, i, rules.ownData ? 2 : 4)
            && !(rules.lowerCaseStarts && length <= 2 && wordShapes.followsNumber(wordStart))
            && (rules.lowerCaseStarts || !isTruncated(wordStart, i) || nextToken.isNextIn(rules.starters)
                || wordShapes.followsNumber(wordStart))
        || rules.lowerCaseStarts && nextClass == LOWER && !closedAfter && isNumberWithUnit(wordStart, i)
        || (isCapitalisedWord(wordStart, i) || isLongNumber(wordStart, i)) && isInformalStart();
  }

  /**
   * Tells whether {@code [from, to)} is a number of four digits or more, or with separators ({@code
   * 1999}, {@code 303-555-0199}, {@code 1,250}): no list marker or ordinal, which have at most three.
   */
  boolean isLongNumber(int from, int to) {
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
  boolean isInformalStart() {
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
    return nextToken.isNextIn(rules.pronouns) || nextToken.isNextIn(rules.determiners) || nextToken.isNextWord("it");
  }

  /**
   * Tells whether {@code [from, to)} is a number with its unit or clock suffix glued on ({@code
   * 3pm}, {@code 10am}, {@code 5km}): informal text ends a sentence after it before a lower-case
   * word as after a word ({@code moved to 3pm. can you make it}).
   */
  boolean isNumberWithUnit(int from, int to) {
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

  boolean normalBoundary(boolean lineEnd) {
    return switch (nextClass) {
      case LOWER -> lineEnd;
      case CONTINUATION, NONE -> false;
      default -> true;
    };
  }

  // ---------------------------------------------------------------- output

  /** Ends the open sentence at {@code end} (trimmed), as {@code rule} decided. */
  void emit(int end, BoundaryRule rule) {
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
