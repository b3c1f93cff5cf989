package io.github.tldr4j.summarizer.text;

import static io.github.tldr4j.summarizer.text.SentenceScanner.EVIDENCE_WINDOW;
import static io.github.tldr4j.summarizer.text.SentenceScanner.MAX_NEXT;
import static io.github.tldr4j.summarizer.text.SentenceScanner.MAX_SUBJECT_WORDS;
import static io.github.tldr4j.summarizer.text.SentenceScanner.MAX_VERB_BEFORE;
import static io.github.tldr4j.summarizer.text.SentenceScanner.UPPER;

/**
 * Evidence from the text around a capitalised word after an abbreviation: whether the text uses the
 * word in lower case elsewhere (orthographic evidence, within a budget that keeps the scan linear),
 * and whether the sentence before or after has the shape of a complete clause (an object ended, a
 * subject opened, a verb before or ahead).
 *
 * <p>Feeds {@link BoundaryRule#ABBREVIATION} and {@link BoundaryRule#WORD}. Reads the state of its
 * {@link SentenceScanner} (and charges its evidence budget), one object a scanner; moved out of the
 * scanner unchanged, see SEGMENTATION.md (Code map).
 */
final class EvidenceRules {

  private final SentenceScanner sc;
  private final SegmentationRules rules;
  private final TextChars s;
  /** The text's characters ({@link SentenceScanner#chars}). */
  private final char[] chars;
  private final int n;

  EvidenceRules(SentenceScanner sc) {
    this.sc = sc;
    this.rules = sc.rules;
    this.s = sc.s;
    this.chars = sc.chars;
    this.n = sc.n;
  }

  /**
   * Tells whether the capitalised next word is a common word, capitalised here because a sentence
   * starts with it: the text around it (at most {@value #EVIDENCE_WINDOW} characters each side) uses
   * it in lower case ("thousands"), and never capitalised after a lower-case word, as a name would be
   * ("the Army"). Orthographic evidence as in Kiss and Strunk's Punkt (2006), from the text itself.
   */
  boolean isCommonWordNearby() {
    int length = sc.nextWordEnd - sc.nextWordStart;
    if (sc.nextClass != UPPER || length < 3 || length >= MAX_NEXT
        || sc.nextWordEnd < n && Character.isLetterOrDigit(s.charAt(sc.nextWordEnd))
        || sc.wordShapes.isAllUpper(sc.nextWordStart, sc.nextWordEnd)) {
      return false; // too short, or an acronym ("NATO"), not a common word
    }
    int lo = Math.max(0, sc.nextWordStart - EVIDENCE_WINDOW);
    int hi = Math.min(n, sc.nextWordEnd + EVIDENCE_WINDOW);
    sc.evidenceBudget -= hi - lo;
    if (sc.evidenceBudget < 0) {
      return false; // a text made of such candidates: no more evidence, so that time stays linear
    }
    // if so, a name ("the Army")
    return isLowerCaseNearby(lo, hi, length) && !isCapitalisedAfterLowerCase(lo, hi, length);
  }

  /**
   * Whether the next word, of {@code length} characters, appears in {@code text[lo, hi)} in lower
   * case, as a whole word. The first letter is looked for in the scanner's array, without a call
   * per character: until the batch has compiled this loop (it runs for a few of a document's
   * capitalised words, so late), the interpreter reads up to 3,000 characters per call.
   */
  private boolean isLowerCaseNearby(int lo, int hi, int length) {
    char lowerFirst = Character.toLowerCase(chars[sc.nextWordStart]);
    char[] text = chars;
    for (int p = lo, last = hi - length; p <= last; p++) {
      if (text[p] == lowerFirst
          && isWholeWord(p, p + length, hi)
          && s.regionMatches(p + 1, s, sc.nextWordStart + 1, length - 1)) {
        return true;
      }
    }
    return false;
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
  boolean isPluralCommonNoun(int wordStart) {
    int length = sc.nextWordEnd - sc.nextWordStart;
    if (!rules.pluralNouns || sc.tokens <= 2 || sc.nextClass != UPPER || length < 4 || length >= MAX_NEXT || sc.nextWordEnd + 1 >= n
        || s.charAt(sc.nextWordEnd - 1) != 's' || "siu".indexOf(s.charAt(sc.nextWordEnd - 2)) >= 0
        || !Character.isLowerCase(s.charAt(sc.nextWordEnd - 2)) || !Character.isLowerCase(s.charAt(sc.nextWordStart + 1))
        || s.charAt(sc.nextWordEnd) != ' ' || !Character.isLowerCase(s.charAt(sc.nextWordEnd + 1))) {
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
    int lo = Math.max(0, sc.nextWordStart - EVIDENCE_WINDOW);
    int hi = Math.min(n, sc.nextWordEnd + EVIDENCE_WINDOW);
    sc.evidenceBudget -= hi - lo;
    return sc.evidenceBudget >= 0 && !isCapitalisedAfterLowerCase(lo, hi, length);
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
  boolean opensAfterCompleteName(int wordStart) {
    int length = sc.nextWordEnd - sc.nextWordStart;
    if (rules.nameEnds.isEmpty() || !isCapitalisedWordBeforeLowerCase(length)) {
      return false;
    }
    int end = sc.nextToken.letterRunEnd(wordStart);
    while (end + 1 < n && s.charAt(end) == '.' && Letters.isLetter(s.charAt(end + 1))) {
      end = sc.nextToken.letterRunEnd(end + 1); // a dotted legal form: "Stavby s.r.o. Práce začnú"
    }
    int w = wordBefore(wordStart);
    if (w < 0 || !Character.isUpperCase(s.charAt(w)) || !rules.nameEnds.contains(s, wordStart, end)
        || isClauseSubject(wordStart, false)) {
      return false;
    }
    if (withDeterminer(w) != w) {
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
    int p = sc.nextWordEnd + 1;
    int e = sc.nextToken.letterRunEnd(p);
    return e > p && rules.openWords.contains(s, p, e) && !rules.auxiliaries.contains(s, p, e);
  }

  /**
   * Tells whether the abbreviation at {@code wordStart}, with at most a determiner before it,
   * follows a lower-case word that is no open word, a verb whose object it names ({@code praised
   * the U.S.}); after a preposition ({@code moved to the U.S. Prices for housing rose}) it ends a
   * phrase, where sentences end as often, and a plural after it opens the next one.
   */
  private boolean endsObject(int wordStart) {
    int p = withDeterminer(wordStart);
    int w = wordBefore(p);
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
    int p = withDeterminer(wordStart);
    boolean determiner = p != wordStart;
    int w = wordBefore(p);
    if (p <= sc.sentStart) {
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
   * Tells whether the next word, of {@code length} characters, is a capitalised word of three
   * letters or more (upper case, then lower case) followed by a space and a lower-case word: the
   * shape of a word that may open a sentence after an abbreviation, which the rules above then
   * weigh.
   */
  private boolean isCapitalisedWordBeforeLowerCase(int length) {
    return sc.nextClass == UPPER && length >= 3 && length < MAX_NEXT && sc.nextWordEnd + 2 < n
        && s.charAt(sc.nextWordEnd) == ' ' && Character.isLowerCase(s.charAt(sc.nextWordStart + 1))
        && Character.isLowerCase(s.charAt(sc.nextWordEnd + 1));
  }

  /**
   * The start of the determiner of {@code [determiners]} right before the word at {@code wordStart}
   * ({@code the U.S.}), or {@code wordStart} when there is none.
   */
  private int withDeterminer(int wordStart) {
    int w = wordBefore(wordStart);
    return w >= 0 && rules.determiners.contains(s, w, wordStart - 1) ? w : wordStart;
  }

  /**
   * The start of the word of letters that ends, within the open sentence, at the single space before
   * {@code p}, or -1.
   */
  int wordBefore(int p) {
    int e = p - 1;
    if (e <= sc.sentStart || s.charAt(e) != ' ') {
      return -1;
    }
    int w = e;
    while (w > sc.sentStart && e - w < MAX_NEXT && Character.isLetter(s.charAt(w - 1))) {
      w--;
    }
    return w < e && (w == sc.sentStart || !Character.isLetterOrDigit(s.charAt(w - 1))) ? w : -1;
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
  boolean opensClauseAfterObject(int wordStart) {
    int length = sc.nextWordEnd - sc.nextWordStart;
    if (!isCapitalisedWordBeforeLowerCase(length)) {
      return false;
    }
    int e = sc.nextToken.letterRunEnd(sc.nextWordEnd + 1);
    if (!rules.auxiliaries.contains(s, sc.nextWordEnd + 1, e) || e < n && Character.isLetterOrDigit(s.charAt(e))) {
      return false;
    }
    int p = withDeterminer(wordStart);
    int w = wordBefore(p);
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
  boolean opensSubjectOfLaterVerb(int wordStart) {
    int length = sc.nextWordEnd - sc.nextWordStart;
    if (rules.pastVerbs.isEmpty() || !isCapitalisedWordBeforeLowerCase(length)) {
      return false;
    }
    int p = withDeterminer(wordStart);
    int w = wordBefore(p);
    if (w < 0 || !Character.isLowerCase(s.charAt(w)) || isClauseSubject(wordStart, true)
        || !hasVerbBefore(p) || !isVerbAhead(sc.nextWordEnd + 1)) {
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
    int lo = Math.max(sc.sentStart, end - MAX_VERB_BEFORE);
    int previous = -1;
    for (int p = lo; p < end; ) {
      if (!Character.isLetter(s.charAt(p))) {
        p++;
        continue;
      }
      int e = sc.nextToken.letterRunEnd(p);
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
      int e = sc.nextToken.letterRunEnd(p);
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
    char first = s.charAt(sc.nextWordStart);
    for (int p = Math.max(lo, 2); p + length <= hi; p++) {
      if (s.charAt(p) == first && p != sc.nextWordStart && s.charAt(p - 1) == ' '
          && Character.isLowerCase(s.charAt(p - 2)) && isWholeWord(p, p + length, hi)
          && s.regionMatches(p + 1, s, sc.nextWordStart + 1, length - 1)) {
        return true;
      }
    }
    return false;
  }

  private boolean isWholeWord(int from, int to, int hi) {
    return (from == 0 || !Character.isLetterOrDigit(s.charAt(from - 1)))
        && (to == hi || !Character.isLetterOrDigit(s.charAt(to)));
  }
}
