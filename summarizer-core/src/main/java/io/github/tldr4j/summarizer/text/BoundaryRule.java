package io.github.tldr4j.summarizer.text;

/**
 * The rules of {@link SentenceScanner}, one per phenomenon, so that a test (or a person reading a
 * wrong split) can see which rule decided a boundary: {@link RuleBasedSegmenter#explain} lists the
 * decisions. SEGMENTATION.md describes each rule.
 */
enum BoundaryRule {
  /** A blank line or paragraph separator ends the sentence. */
  BLANK_LINE,
  /** A heading line ends before the next line. */
  HEADING,
  /** The next line starts a list item (bullet, dash, {@code 1.}, {@code (a)}), see {@link ListMarkers}. */
  LIST_LINE,
  /** A short line without punctuation and the short lines around it are list items. */
  SHORT_LINE_ITEM,
  /** The next marker of an inline list ({@code 2.)} after {@code 1.)}) starts a sentence. */
  INLINE_LIST,
  /** The bullet that opened the sentence starts the next one. */
  BULLET,
  /** The end of the text ends the last sentence. */
  END_OF_TEXT,
  /**
   * {@code [...]} or {@code (...)} marks an omission, and {@code (?)} or {@code （！）} a doubt or an
   * emphasis: never an end.
   */
  OMISSION,
  /** A full stop of a script that takes no space ({@code 。 । ؟}). */
  HARD_TERMINATOR,
  /** A terminator with no space after it ({@code done.Next}, {@code 很忙!明天}). */
  ATTACHED,
  /** {@code ?} and {@code !}, and names that end in them ({@code Jeopardy!}). */
  QUESTION,
  /** {@code ...}, {@code …}, {@code . . .} and {@code ....}. */
  ELLIPSIS,
  /**
   * A stop glued to a word before a spaced ellipsis and a capital ends the sentence, and the
   * ellipsis opens the next one ({@code the towns. . . . The railway}).
   */
  LEADING_ELLIPSIS,
  /** A period standing alone ({@code word .}) or spaced dots. */
  SPACED_PERIOD,
  /** A period after an abbreviation of the data files, an initialism or a unit after a number. */
  ABBREVIATION,
  /** A period after a list marker ({@code a.}, {@code 1.}, {@code II.}) opening a sentence or list. */
  LIST_MARKER,
  /** A period after a short token before a date ({@code (f. 4 maj 1950)}). */
  DATE_NOTE,
  /** A period after a number: ordinals, ranges, regnal numbers. */
  NUMBER,
  /** A period after a single letter: an initial or a word. */
  INITIAL,
  /** A period after any other word, in upper or lower case. */
  WORD,
  /**
   * A {@code ?} or {@code !} inside a quotation that the sentence goes on after, or a full stop
   * inside one that a quotative particle follows ({@code 「疲れた。また明日」と}); see
   * SEGMENTATION.md.
   */
  QUOTATION_CONTINUES,
  /** A citation in parentheses after a closing quote stays with the sentence. */
  CITATION,
  /** A {@code ;} before a capitalised sentence starter ({@code ... the harbour; The boats}). */
  SEMICOLON,
  /** A spaced dash that breaks off a sentence before a new one ({@code to say — The door}). */
  INTERRUPTION,
  /** A heading run into its text without punctuation ({@code Storm floods the town The storm ...}). */
  RUN_IN_HEADING,
  /** The salutation or closing of a letter ({@code Dear Anna,} on its own line, {@code Best regards,}). */
  LETTER,
  /** A date-and-time stamp of an e-mail header or a post ({@code Kay Mann 04/26/2001 07:17 AM}). */
  DATE_STAMP,
  /**
   * A terminator inside brackets opened within the sentence, before a word of a script without
   * case: the bracketed sentence is a remark, and its sentence goes on ({@code (… سنوات.) في}).
   */
  PARENTHETICAL;

  /**
   * One decision at a candidate boundary: the offset where the sentence would end (after its
   * closing marks), the rule that decided, and whether a sentence ends there.
   */
  record Decision(int offset, BoundaryRule rule, boolean boundary) {}
}
