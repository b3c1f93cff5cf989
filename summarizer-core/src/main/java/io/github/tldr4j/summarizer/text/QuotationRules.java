package io.github.tldr4j.summarizer.text;

import static io.github.tldr4j.summarizer.text.SegmentationRules.BULLET;
import static io.github.tldr4j.summarizer.text.SegmentationRules.CLOSER;
import static io.github.tldr4j.summarizer.text.SegmentationRules.DOUBLE_QUOTE;
import static io.github.tldr4j.summarizer.text.SegmentationRules.EXTENDER;
import static io.github.tldr4j.summarizer.text.SegmentationRules.HARD_TERMINATOR;
import static io.github.tldr4j.summarizer.text.SegmentationRules.OPENER;
import static io.github.tldr4j.summarizer.text.SegmentationRules.PERIOD;
import static io.github.tldr4j.summarizer.text.SegmentationRules.RIGHT_SINGLE_QUOTE;
import static io.github.tldr4j.summarizer.text.SegmentationRules.SINGLE_QUOTE;
import static io.github.tldr4j.summarizer.text.SegmentationRules.SPACE;
import static io.github.tldr4j.summarizer.text.SentenceScanner.LOWER;
import static io.github.tldr4j.summarizer.text.SentenceScanner.MAX_QUOTE_AHEAD;
import static io.github.tldr4j.summarizer.text.SentenceScanner.MAX_WORD;
import static io.github.tldr4j.summarizer.text.SentenceScanner.UPPER;
import static io.github.tldr4j.summarizer.text.WordShapes.isCjk;
import static io.github.tldr4j.summarizer.text.WordShapes.isColon;

/**
 * Quotation marks, brackets and dashes around a terminator: low quotes, a semicolon or a spaced dash
 * inside a sentence, whether a quotation goes on after a question or exclamation inside it, which
 * closing marks after a space still belong to the sentence, emoticons and emoji after a terminator.
 *
 * <p>Decides {@link BoundaryRule#SEMICOLON} and {@link BoundaryRule#INTERRUPTION}, and gives
 * {@link SentenceScanner} the evidence for {@link BoundaryRule#QUOTATION_CONTINUES}. Reads and
 * writes the state of its scanner, one object a scanner; moved out of the scanner unchanged, see
 * SEGMENTATION.md (Code map).
 */
final class QuotationRules {

  private final SentenceScanner sc;
  private final SegmentationRules rules;
  private final TextChars s;
  private final int n;

  QuotationRules(SentenceScanner sc) {
    this.sc = sc;
    this.rules = sc.rules;
    this.s = sc.s;
    this.n = sc.n;
  }

  /**
   * Handles a low quote, a semicolon or a dash at {@code i}; returns the index to go on from if it
   * ended a sentence, or {@code i}.
   */
  int punctuation(int i, char c) {
    if (sc.nextToken.isLowQuote(i)) {
      sc.doubleQuotes++;
    } else if (c == ',' && sc.tokens <= 4 && sc.layoutRules.closingEnds(i)) {
      sc.sentEnd = i + 1;
      sc.emit(i + 1, BoundaryRule.LETTER);
      return i + 1;
    } else if (c == ';' && semicolonEnds(i)) {
      sc.sentEnd = i + 1;
      sc.emit(i + 1, BoundaryRule.SEMICOLON);
      return i + 1;
    } else if ((c == '-' || c == '\u2013' || c == '\u2014') && sc.tokenStart == i && sc.tokens >= 4) {
      int e = interruptionEnd(i);
      if (e > 0) {
        sc.sentEnd = e;
        sc.emit(e, BoundaryRule.INTERRUPTION);
        return e;
      }
    } else if ((c == '-' || c == '\u2013' || c == '\u2014') && sc.tokenStart < i) {
      int e = brokenOffQuotationEnd(i);
      if (e > 0) {
        sc.sentEnd = e;
        sc.emit(e, BoundaryRule.INTERRUPTION);
        return e;
      }
    }
    return i;
  }

  /**
   * Returns the end of a dash glued to a lower-case word and followed by the closing quote of an open
   * quotation, or -1: speech broken off mid-phrase ({@code "But I never—" "Never what?"}, {@code "And
   * then—" The phone rang.}) ends its sentence before a new quotation, or before a capitalised word
   * that only a new sentence capitalises (a starter, or a word the text uses in lower case); the
   * speaker after it goes on ({@code "Wait—" Tom said}, {@code "I—" I began}).
   */
  private int brokenOffQuotationEnd(int i) {
    if (i < 2 || !Character.isLowerCase(s.charAt(i - 1)) || !isQuoteOpen()) {
      return -1;
    }
    int j = i + 1;
    if (j < n && s.charAt(i) == '-' && s.charAt(j) == '-') {
      j++; // "never--"
    }
    int k = j;
    while (k < n && k - j < 2 && isCloseChar(s.charAt(k))) {
      k++;
    }
    if (k == j || k + 1 >= n || s.charAt(k) != ' ') {
      return -1;
    }
    sc.nextToken.classifyNext(k + 1);
    boolean newQuotation = sc.nextWordStart > k + 1;
    if (sc.nextClass != UPPER || !newQuotation && (sc.nextToken.isNextWord("i")
        || !(sc.nextToken.isStarter() || sc.evidenceRules.isCommonWordNearby()))) {
      return -1;
    }
    closeMarks(j, k);
    return k;
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
    sc.nextToken.classifyNext(i + 2);
    return sc.nextClass == UPPER && sc.nextWordStart == i + 2 && (sc.nextToken.isStarter() || sc.evidenceRules.isCommonWordNearby());
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
    sc.nextToken.classifyNext(k + 1);
    if (sc.nextClass != UPPER || sc.nextToken.isNextWord("i") || !(sc.nextToken.isStarter() || sc.evidenceRules.isCommonWordNearby())) {
      return -1; // "Thank you -- I was wondering": "I" is capitalised anywhere
    }
    closeMarks(j, k);
    return k;
  }

  /**
   * Counts the closing quotes and brackets from {@code j} to {@code k} (after a dash that ends the
   * sentence there) into the scanner's balance of open quotation marks and brackets.
   */
  private void closeMarks(int j, int k) {
    for (int p = j; p < k; p++) {
      byte kind = rules.kind(s.charAt(p));
      if (kind == DOUBLE_QUOTE) {
        sc.doubleQuotes++;
      } else if (kind == CLOSER || kind == RIGHT_SINGLE_QUOTE) {
        sc.depth = Math.max(0, sc.depth - 1);
      } else if (kind == SINGLE_QUOTE && sc.singleOpen > 0) {
        sc.singleOpen--;
      }
    }
  }

  boolean isQuoteOpen() {
    return (sc.doubleQuotes & 1) == 1 || sc.singleOpen > 0 || sc.depth > 0;
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
  boolean quotationContinues(int m, boolean fullStop) {
    if (rules.colonQuotations && (opensAfterColon(m) || isIntroducedBySaying(m)) && quoteClosesOnLine(m)) {
      // "Он сказал: «Я устал. Пойду спать».", "他大喊：“救命！救命！”然后…": a quotation that a colon
      // introduces is part of the sentence before it; so is one after a verb of saying and a comma
      // ("उसने कहा, “मैं थक गया हूँ। अब सोऊँगा।”")
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
            || s.charAt(q) == ' ' && rules.startsQuoteParticle(s, q + 1) || sc.nextToken.isReportingAfter(q)
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
      if (sc.nextClass == LOWER && Character.isUpperCase(firstLetter())) {
        return true;
      }
      if (q < n && (rules.startsQuoteParticle(s, q) || sc.nextToken.isReportingAfter(q)) || dashedLowerCase(q)) {
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
          || rules.startsQuoteParticle(s, q) || sc.nextToken.endsInReportingVerb(q));
    }
    return false;
  }

  /**
   * "すごい!!2回目も", "ロビー?2008年": Chinese or Japanese text before {@code i}, where an ASCII
   * terminator takes no space, before a number either (the prolonged sound mark ー belongs to no one
   * script).
   */
  boolean isCjkBefore(int i) {
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

  static boolean isSpeechDash(char c) {
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
              && p + 1 < n && !Words.isWhitespace(s.charAt(p + 1))
          || c == '\u201D' && opensSwapped(p);
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

  /**
   * Tells whether the {@code ”} at {@code p} opens a quotation: right after a colon, directly or after
   * a space, and before a letter ({@code اس نے کہا: ”میں تھک گیا ہوں۔}). Right-to-left text is often
   * typed with the marks swapped, and no quotation closes right after a colon.
   */
  boolean opensSwapped(int p) {
    int b = p > 0 && s.charAt(p - 1) == ' ' ? p - 1 : p;
    return b > 0 && isColon(s.charAt(b - 1)) && p + 1 < n && Character.isLetter(s.charAt(p + 1));
  }

  /**
   * Tells whether the quotation closed after the terminator at {@code i} was introduced by a verb of
   * saying: the word before its opening mark, directly or before a comma or a colon, is one of
   * {@code [reporting-verbs]} ({@code उसने पूछा, “तुम कहाँ जा रहे हो?” मैंने कुछ नहीं कहा।}). The
   * reporting clause came first, so a clause after the quotation is a sentence of its own, even one
   * that ends in a verb of saying.
   */
  boolean isIntroducedBySaying(int i) {
    int p = openingMark(i);
    if (p < 0) {
      return false;
    }
    for (int q = p + 1; q < i; q++) {
      if (rules.kind(s.charAt(q)) == CLOSER || s.charAt(q) == '"') {
        return false; // closed before i: "preguntó: «¿Has comido?». Respondí" (the "¿" is no quotation)
      }
    }
    int e = p;
    if (e > sc.sentStart && s.charAt(e - 1) == ' ') {
      e--;
    }
    if (e > sc.sentStart && (isCommaChar(s.charAt(e - 1)) || isColon(s.charAt(e - 1)))) {
      e--;
      if (e > sc.sentStart && Words.isWhitespace(s.charAt(e - 1))) {
        e--; // French spaces its colon: "demanda : « … »"
      }
    }
    int w = e;
    while (w > sc.sentStart && e - w < MAX_WORD && !Words.isWhitespace(s.charAt(w - 1))) {
      w--;
    }
    return w < e && rules.reportingVerbs.contains(s, w, e);
  }

  /**
   * Tells whether the quotation closed after the terminator at {@code i} is embedded in its sentence:
   * it opened after a word, not after a colon ({@code صرخ «توقف!» وركض.}, "he shouted 'Stop!' and
   * ran", against {@code سأل الطفل: «لماذا؟» فضحك أبوه.}, where the reply is a sentence of its own).
   */
  boolean isEmbedded(int i) {
    int p = openingMark(i);
    if (p < 0) {
      return false;
    }
    int b = p > sc.sentStart && s.charAt(p - 1) == ' ' ? p - 1 : p;
    return b > sc.sentStart && Character.isLetter(s.charAt(b - 1));
  }

  /**
   * The opening mark of the quotation around the terminator at {@code i}: the nearest quotation mark
   * back on the line, within reach, at the start of a word (after a space, a comma, a colon or the
   * sentence's start); -1 if there is none.
   */
  private int openingMark(int i) {
    for (int p = i - 1; p >= sc.sentStart && i - p <= MAX_QUOTE_AHEAD; p--) {
      char c = s.charAt(p);
      if (c == '\n' || c == '\r') {
        return -1;
      }
      if ("\"\u201C\u201D\u00AB\u00BB\u201E".indexOf(c) >= 0 && (p == sc.sentStart
          || Words.isWhitespace(s.charAt(p - 1)) || isCommaChar(s.charAt(p - 1)) || isColon(s.charAt(p - 1)))) {
        return p;
      }
    }
    return -1;
  }

  /** A closing quotation mark (no bracket) follows {@code m} before the line ends, within reach. */
  boolean quoteClosesOnLine(int m) {
    int limit = Math.min(n, m + MAX_QUOTE_AHEAD);
    for (int p = m; p < limit; p++) {
      char c = s.charAt(p);
      if (c == '\n' || c == '\r') {
        return false;
      }
      if (isCloseChar(c) && ")]}\uFF09\uFF3D".indexOf(c) < 0
          && !(c == '\'' && p + 1 < n && Character.isLetter(s.charAt(p + 1))) || closesLowQuote(p)) {
        return true; // also a high quote that closes ("«…“", swapped "”…“")
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
  int emoticonEnd(int c) {
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
  int emojiEnd(int c) {
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
    for (int p = sc.sentStart; p < n && p - sc.sentStart < 4; p++) {
      if (Character.isLetterOrDigit(s.charAt(p))) {
        return s.charAt(p);
      }
    }
    return ' ';
  }

  /** Tells whether the closer at {@code c} after a space still belongs to the sentence. */
  boolean spacedCloser(int c) {
    char ch = s.charAt(c);
    byte kind = rules.kind(ch);
    boolean followedBySpace = c + 1 == n || rules.kind(s.charAt(c + 1)) == SPACE
        || isCloseChar(s.charAt(c + 1));
    if (!followedBySpace) {
      return false;
    }
    if (kind == DOUBLE_QUOTE) {
      if ((sc.doubleQuotes & 1) == 1) {
        sc.doubleQuotes++;
        return true;
      }
      if (sc.carriedDoubleQuote) {
        sc.carriedDoubleQuote = false;
        return true;
      }
      return false;
    }
    if (kind == SINGLE_QUOTE) {
      if ((sc.singleQuoteTokens & 1) == 1) {
        sc.singleQuoteTokens++;
        return true;
      }
      return false;
    }
    if ((kind == CLOSER || kind == RIGHT_SINGLE_QUOTE) && sc.depth > 0) {
      sc.depth--;
      return true;
    }
    if (kind == CLOSER && sc.carriedOpen > 0) {
      sc.carriedOpen--;
      return true;
    }
    return false;
  }

  /**
   * Returns how many code units at {@code k} continue the grapheme before them (a combining mark,
   * joiner, variation selector, emoji modifier or lone low surrogate), or 0.
   */
  int extenderLength(int k) {
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
  boolean closesLowQuote(int i) {
    char c = s.charAt(i);
    return (c == '\u201C' || c == '\u2018') && i > 0 && closesLowQuoteAt(i);
  }

  /**
   * {@link #closesLowQuote} for a high quotation mark at {@code i > 0}; a method of its own, which
   * text with straight quotes never calls.
   */
  private boolean closesLowQuoteAt(int i) {
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

  boolean isOpenChar(char c) {
    byte kind = rules.kind(c);
    return kind == OPENER || kind == DOUBLE_QUOTE || kind == SINGLE_QUOTE;
  }

  boolean isCloseChar(char c) {
    byte kind = rules.kind(c);
    return kind == CLOSER || kind == DOUBLE_QUOTE || kind == SINGLE_QUOTE || kind == RIGHT_SINGLE_QUOTE;
  }

  /** {@link AttachedRules#attachedBoundary} for a hard terminator ({@code 。他}), kept apart so that both stay small. */
  boolean hardAttachedBoundary(int j, int k, char next) {
    if (sc.quoteClosed && (rules.startsQuoteParticle(s, k) || sc.nextToken.isReportingAfter(k))) {
      return false;
    }
    if (k == j && isQuoteOpen() && Character.isLetter(next) && gluedQuotationContinues(k)) {
      return false;
    }
    if (k > j && sc.wordShapes.isTitleClose(j, k) && Character.isLetter(next)) {
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
    sc.nextToken.classifyNext(k);
    return quotationContinues(k, true);
  }
}
