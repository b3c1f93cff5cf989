package io.github.tldr4j.summarizer.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The segmentation data of one language: character classes, abbreviation classes and word lists,
 * read from {@code segmentation/generic.txt} merged with {@code segmentation/<language>.txt} (both
 * compiled in, see {@link SegmentationData}).
 *
 * <p>A data file is UTF-8 text made of {@code [section]} headers followed by comma- or
 * line-separated entries; {@code #} starts a comment. Abbreviations are written without their final
 * period ({@code u.s}, {@code z. b}) and match case-insensitively. Characters may be written
 * literally or as {@code U+XXXX}. See {@code summarizer-core/SEGMENTATION.md} for the sections.
 * Instances are immutable after construction and safe for use by multiple concurrent threads.
 */
final class SegmentationRules {

  // Character kinds, one byte per UTF-16 code unit. The kinds up to EXTENDER are the plain ones,
  // which the scanner only adds to the open sentence: it skips a run of them with one comparison each.
  static final byte OTHER = 0;
  static final byte RIGHT_SINGLE_QUOTE = 1;
  static final byte BULLET = 2;
  /**
   * Continues the grapheme before it and never starts one: combining marks, joiners, variation
   * selectors and low surrogates. A boundary never falls before one.
   */
  static final byte EXTENDER = 3;
  static final byte SPACE = 4;
  static final byte PERIOD = 5;
  static final byte TERMINATOR = 6;
  static final byte HARD_TERMINATOR = 7;
  static final byte ELLIPSIS = 8;
  static final byte OPENER = 9;
  static final byte CLOSER = 10;
  static final byte DOUBLE_QUOTE = 11;
  static final byte SINGLE_QUOTE = 12;
  /**
   * The comma, the semicolon, the hyphen-minus and the en and em dashes: otherwise like {@link
   * #OTHER}, but the scanner looks at each (a low quote, a closing formula, a semicolon or a dash
   * that ends a sentence).
   */
  static final byte PUNCTUATION = 13;
  /** The characters of kind {@link #PUNCTUATION} unless a language gives them another. */
  static final String PUNCTUATION_CHARS = ",;-\u2013\u2014";

  // Abbreviation classes (values of the abbreviation table).
  /** Never ends a sentence: titles before a name ("Mr.", "Dr.", "e.g."). */
  static final int PREFIX = 1;
  /** Ends a sentence only before a typical sentence starter ("U.S. The" but "U.S. Army"). */
  static final int ABBREVIATION = 2;
  /** Does not end a sentence before a number ("No. 7", "p. 12"); otherwise an abbreviation. */
  static final int NUMERIC = 3;
  /** Often ends a sentence: ends it before any capitalised word ("etc."). */
  static final int FINAL = 4;
  /**
   * A clock abbreviation ("a.m."): ends a sentence before a capitalised word, but not in an
   * introductory phrase ("By 7 a.m. Ms. Okoro had left"), nor before a day, a month or a time zone.
   */
  static final int TIME = 5;
  /** A title ("Mr.", "St."): never ends a sentence, except before a strong starter ("St. The"). */
  static final int TITLE = 6;
  /** A month ("Sept."): continues before a number ("Sept. 11"), ends before a capitalised word. */
  static final int DATE = 7;
  /**
   * A unit after a number ("1812 г.", "1990 гг."): ends a sentence before a capitalised word there;
   * elsewhere ("г. Казань") a title.
   */
  static final int UNIT = 8;

  static final String OPENERS = "([{\u201C\u201E\u00AB\u2039\u2018\u201A\u300C\u300E\u3008\u300A\u3010\u3014\uFF08\uFF3B\u00BF\u00A1\u2E18";
  static final String CLOSERS = ")]}\u201D\u00BB\u203A\u300D\u300F\u3009\u300B\u3011\u3015\uFF09\uFF3D\uFF02";
  /**
   * Bullets: round, square, triangular and diamond ones ({@code • ◦ ○ ● ▪ ■ □ ‣ ▸ ► ▶ ◆ ◇ ❖}),
   * arrowheads ({@code ➢ ➤}), check marks and boxes ({@code ✓ ✔ ☐}).
   */
  static final String BULLETS = "\u2022\u2043\u25E6\u25AA\u2023\u25CF\u25A0\u2219\u25CB\u25A1\u25B8\u25BA\u25B6"
      + "\u25C6\u25C7\u2756\u27A2\u27A4\u2713\u2714\u2610";

  final String language;
  private final byte[] kinds;
  final KeyTable abbreviations;
  final KeyTable starters;
  final KeyTable strongStarters;
  final KeyTable suffixes;
  final KeyTable openWords;
  final KeyTable ordinalContexts;
  final KeyTable months;
  final KeyTable names;
  final KeyTable domains;
  /** Words written with a capital inside a sentence too (en {@code I}, de {@code Sie}). */
  final KeyTable capitalised;
  /** Verbs that report speech after a quotation ({@code "Yes!" I said}, zh {@code “走吧！”他说}). */
  final KeyTable reportingVerbs;
  /** Personal pronouns: the speaker of a quotation ({@code "Basta!" Ella gritó}). */
  final KeyTable pronouns;
  /** Closing formulas of letters ({@code Best regards}), followed by a comma and the signature. */
  final KeyTable closings;
  /**
   * Articles and possessives: a capitalised starter after a determiner and a noun begins the title
   * of a work ({@code the novel A tale of ...}), not a sentence after a run-in heading.
   */
  final KeyTable determiners;
  /**
   * Conjunctions that open a clause (en {@code when}, {@code because}, {@code that}): a noun phrase
   * right after one is the clause's subject, so a capitalised word after an abbreviation in it goes
   * on with the name ({@code when the U.S. Marines landed}).
   */
  final KeyTable subordinators;
  /**
   * Finite auxiliaries and forms of "be" and "have" (en {@code was}, {@code were}, {@code has}): a
   * capitalised word followed by one is the subject of a new clause ({@code hired as C.E.O. Staff
   * were told}).
   */
  final KeyTable auxiliaries;
  /**
   * Finite verbs in the past not formed with {@code -ed} (en {@code got}, {@code sold}): with the
   * auxiliaries and {@code -ed} forms, the evidence that a clause has its verb ({@code got a job with
   * the U.N. Work there is demanding}).
   */
  final KeyTable pastVerbs;
  /**
   * Coordinating conjunctions and relative pronouns (en {@code and}, {@code which}): a verb after one
   * belongs to a clause of its own, not to the words before it.
   */
  final KeyTable clauseLinks;
  /**
   * Abbreviations that complete a name (en {@code Ltd}, {@code Inc}, {@code Ave}): a capitalised
   * word followed by a lower-case one after them opens a sentence ({@code Halvorsen Ltd. Trading
   * resumed}).
   */
  final KeyTable nameEnds;
  /**
   * Nouns that take a capital letter as the designator of a member (en {@code vitamin}, {@code
   * gate}, {@code row}): the letter after one names the member, not a person's initial, so a
   * capitalised word after it opens a sentence ({@code lack vitamin D. Doctors recommend}).
   */
  final KeyTable designators;
  /**
   * Words that follow a closing quote and continue the sentence of the quotation: quotative
   * particles and verbs of saying (am {@code ብሎ}); an entry ending in {@code *} is the start of a
   * word, for scripts written without spaces (ja {@code と*}, my {@code လို့*}).
   */
  private final String[] quoteParticles;
  private final String[] clausePrefixes;
  final boolean ordinalDot;
  final boolean spacedTerminators;
  /** The language capitalises its nouns (de): an article before a capitalised word is no title. */
  final boolean capitalisedNouns;
  /**
   * Informal text in the language starts sentences in lower case (en {@code ok. see you}): a
   * lower-case word that is no listed abbreviation ends a sentence before a lower-case word even if
   * it looks cut short.
   */
  final boolean lowerCaseStarts;
  /**
   * The language forms plurals of nouns with a final {@code s} (en): a capitalised plural followed
   * by a lower-case word after an abbreviation starts a sentence ({@code the U.K. Crowds came}).
   */
  final boolean pluralNouns;
  /**
   * A quotation opened after a colon belongs to the sentence that introduces it (ru {@code Он
   * сказал: «Я устал. Пойду спать».}, zh {@code 他大喊：“救命！救命！”然后…}): the terminators inside it
   * end no sentence when it closes within reach on the same line.
   */
  final boolean colonQuotations;
  /** The language has a data file of its own, so its abbreviation lists are meant to be complete. */
  final boolean ownData;

  private SegmentationRules(String language, Builder b) {
    this.language = language;
    this.kinds = b.kinds;
    this.abbreviations = KeyTable.of(b.abbreviations);
    this.starters = KeyTable.of(b.starters);
    this.strongStarters = KeyTable.of(b.strongStarters);
    this.suffixes = KeyTable.of(b.suffixes);
    this.openWords = KeyTable.of(b.openWords);
    this.ordinalContexts = KeyTable.of(b.ordinalContexts);
    this.months = KeyTable.of(b.months);
    this.names = KeyTable.of(b.names);
    this.domains = KeyTable.of(b.domains);
    this.capitalised = KeyTable.of(b.capitalised);
    this.reportingVerbs = KeyTable.of(b.reportingVerbs);
    this.pronouns = KeyTable.of(b.pronouns);
    this.closings = KeyTable.of(b.closings);
    this.determiners = KeyTable.of(b.determiners);
    this.subordinators = KeyTable.of(b.subordinators);
    this.auxiliaries = KeyTable.of(b.auxiliaries);
    this.pastVerbs = KeyTable.of(b.pastVerbs);
    this.clauseLinks = KeyTable.of(b.clauseLinks);
    this.nameEnds = KeyTable.of(b.nameEnds);
    this.designators = KeyTable.of(b.designators);
    this.quoteParticles = b.quoteParticles.toArray(new String[0]);
    this.clausePrefixes = b.clausePrefixes.toArray(new String[0]);
    this.ordinalDot = b.ordinalDot;
    this.spacedTerminators = b.spacedTerminators;
    this.capitalisedNouns = b.capitalisedNouns;
    this.lowerCaseStarts = b.lowerCaseStarts;
    this.pluralNouns = b.pluralNouns;
    this.colonQuotations = b.colonQuotations;
    this.ownData = b.ownData;
  }

  /**
   * The character kinds every language starts from, computed once (65,536 code units, each
   * classified by the JDK's Unicode tables) and copied for each language's own additions.
   */
  private static final BaseKinds BASE_KINDS = new BaseKinds();

  /** Holds the base table; never written after construction. */
  private static final class BaseKinds {
    private final byte[] kinds = baseKinds();

    byte[] copy() {
      return kinds.clone();
    }
  }

  static byte[] baseKinds() {
    byte[] kinds = new byte[65536];
    // Skipped, as they hold neither whitespace nor marks in any Unicode version: CJK ideographs
    // (extension A 3400-4DBF, unified 4E00-9FFF: letters or unassigned), Hangul syllables
    // (AC00-D7A3, letters), the high surrogates and the private use area (E000-F8FF). That is
    // three quarters of the table, whose classification took about 25 ms of CPU at every start
    // of a short run (issue 11).
    classify(kinds, 0, 0x3400);
    classify(kinds, 0x4DC0, 0x4E00);
    classify(kinds, 0xA000, 0xAC00);
    classify(kinds, 0xD7A4, 0xD800);
    Arrays.fill(kinds, 0xDC00, 0xE000, EXTENDER); // a low surrogate continues its pair
    classify(kinds, 0xF900, 0x10000);
    set(kinds, OPENERS, OPENER);
    set(kinds, CLOSERS, CLOSER);
    set(kinds, BULLETS, BULLET);
    kinds['"'] = DOUBLE_QUOTE;
    kinds['\''] = SINGLE_QUOTE;
    kinds['\u2019'] = RIGHT_SINGLE_QUOTE;
    kinds['.'] = PERIOD;
    set(kinds, PUNCTUATION_CHARS, PUNCTUATION);
    return kinds;
  }

  private static void classify(byte[] kinds, int from, int to) {
    for (int c = from; c < to; c++) {
      char ch = (char) c;
      // The same whitespace as word counting, so that sentences and words agree.
      if (Words.isWhitespace(ch)) {
        kinds[c] = SPACE;
      } else if (isExtender(ch)) {
        kinds[c] = EXTENDER;
      }
    }
  }

  /**
   * Tells whether a code point continues the grapheme before it: a combining mark, a zero-width
   * (non-)joiner, a variation selector, an emoji skin-tone modifier or a tag character.
   */
  static boolean isExtender(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || cp == 0x200C || cp == 0x200D
        || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)
        || (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xE0020 && cp <= 0xE007F);
  }

  private static void set(byte[] kinds, String chars, byte kind) {
    for (int i = 0; i < chars.length(); i++) {
      kinds[chars.charAt(i)] = kind;
    }
  }

  /** Tells whether a code unit ends sentences: a period, terminator, hard terminator or ellipsis. */
  boolean isTerminator(char c) {
    byte kind = kinds[c];
    return kind == PERIOD || kind == TERMINATOR || kind == HARD_TERMINATOR || kind == ELLIPSIS;
  }

  /**
   * Tells whether a quote particle of the language starts at {@code at}: a whole word, or the start
   * of one for an entry written with a final {@code *}. Japanese writes its particles in hiragana
   * between words in kanji or katakana, so a particle in hiragana ends before a character that is
   * not ({@code 』は有名}, but not {@code 」はい}).
   */
  boolean startsQuoteParticle(CharSequence s, int at) {
    // the loop in a method of its own: a language without particles (most) never runs it, and
    // the quick compiler then compiles this test alone
    return quoteParticles.length > 0 && startsParticle(s, at);
  }

  /** {@link #startsQuoteParticle} for a language with quotative particles. */
  private boolean startsParticle(CharSequence s, int at) {
    for (String particle : quoteParticles) {
      boolean prefix = particle.endsWith("*");
      int length = prefix ? particle.length() - 1 : particle.length();
      if (at + length > s.length()) {
        continue;
      }
      int i = 0;
      while (i < length && s.charAt(at + i) == particle.charAt(i)) {
        i++;
      }
      if (i == length && (prefix || at + length == s.length() || !isWordPart(s.charAt(at + length))
          || isHiragana(particle.charAt(length - 1)) && !isHiragana(s.charAt(at + length)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHiragana(char c) {
    return c >= '\u3041' && c <= '\u309F';
  }

  /**
   * Tells whether the word {@code [from, to)} opens with one of the language's clause prefixes
   * glued to a word of three letters or more (ar {@code وأصبح}, "and it became"), not to a number.
   */
  boolean startsWithClausePrefix(CharSequence s, int from, int to) {
    for (String prefix : clausePrefixes) {
      int length = prefix.length();
      if (to - from < length + 3) {
        continue;
      }
      int i = 0;
      while (i < length && s.charAt(from + i) == prefix.charAt(i)) {
        i++;
      }
      if (i == length && Character.isLetter(s.charAt(from + length))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWordPart(char c) {
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /** Returns the kind of a UTF-16 code unit. */
  byte kind(char c) {
    return kinds[c];
  }

  /** The kinds of all UTF-16 code units, indexed by the code unit: for the scanner's loops, never written. */
  byte[] kinds() {
    return kinds;
  }

  /**
   * Loads the generic rules merged with the language's own file, if there is one.
   *
   * @param language a lower-case primary language subtag
   * @return the rules
   * @throws UncheckedIOException if a data file cannot be read
   * @throws IllegalStateException if a data file is malformed
   */
  static SegmentationRules load(String language) {
    Objects.requireNonNull(language, "language");
    Builder b = new Builder();
    b.read("generic", true);
    b.ownData = b.read(language, false);
    return new SegmentationRules(language, b);
  }

  /**
   * The tokens of an entry of a character section: its pieces between runs of the characters of a
   * regular expression's {@code \s} (space, tab, line feed, vertical tab, form feed, carriage
   * return), as {@code entry.split("\\s+")} gave them for an entry without whitespace at its ends.
   * Split here rather than by a pattern: the segmenters' data then compile no regular expression,
   * and a run that needs none loads none of their classes (one document: 0.134 -> 0.128
   * CPU-seconds with PageLayout's patterns compiled on first use, medians of 41 interleaved runs).
   */
  static List<String> tokens(String entry) {
    List<String> tokens = new ArrayList<>(2);
    int n = entry.length();
    for (int from = 0; from < n; ) {
      int to = from;
      while (to < n && " \t\n\u000B\f\r".indexOf(entry.charAt(to)) < 0) {
        to++;
      }
      if (to > from) {
        tokens.add(entry.substring(from, to));
      }
      from = to + 1;
    }
    return tokens;
  }

  private static final class Builder {
    final byte[] kinds;
    final Map<String, Integer> abbreviations = new HashMap<>();
    final Map<String, Integer> starters = new HashMap<>();
    final Map<String, Integer> strongStarters = new HashMap<>();
    final Map<String, Integer> suffixes = new HashMap<>();
    final Map<String, Integer> openWords = new HashMap<>();
    final Map<String, Integer> ordinalContexts = new HashMap<>();
    final Map<String, Integer> months = new HashMap<>();
    final Map<String, Integer> names = new HashMap<>();
    final Map<String, Integer> domains = new HashMap<>();
    final Map<String, Integer> capitalised = new HashMap<>();
    final Map<String, Integer> reportingVerbs = new HashMap<>();
    final Map<String, Integer> pronouns = new HashMap<>();
    final Map<String, Integer> closings = new HashMap<>();
    final Map<String, Integer> determiners = new HashMap<>();
    final Map<String, Integer> subordinators = new HashMap<>();
    final Map<String, Integer> auxiliaries = new HashMap<>();
    final Map<String, Integer> pastVerbs = new HashMap<>();
    final Map<String, Integer> clauseLinks = new HashMap<>();
    final Map<String, Integer> nameEnds = new HashMap<>();
    final Map<String, Integer> designators = new HashMap<>();
    final List<String> quoteParticles = new ArrayList<>();
    final List<String> clausePrefixes = new ArrayList<>();
    boolean ordinalDot;
    boolean spacedTerminators;
    boolean capitalisedNouns;
    boolean lowerCaseStarts;
    boolean pluralNouns;
    boolean colonQuotations;
    boolean ownData;

    Builder() {
      kinds = BASE_KINDS.copy();
    }

    /** Reads a data file; returns false if an optional one does not exist. */
    boolean read(String name, boolean required) {
      String resource = "segmentation/" + name + ".txt";
      String data = SegmentationData.text(name);
      if (data == null) {
        if (required) {
          throw new IllegalStateException("missing segmentation data: " + resource);
        }
        return false;
      }
      try {
        BufferedReader reader = new BufferedReader(new StringReader(data));
        String section = null;
        Map<String, Integer> keys = null;
        Integer value = null;
        int lineNumber = 0;
        for (String line; (line = reader.readLine()) != null; ) {
          lineNumber++;
          int hash = line.indexOf('#');
          if (hash >= 0) {
            line = line.substring(0, hash);
          }
          line = line.strip();
          if (line.isEmpty()) {
            continue;
          }
          if (line.startsWith("[") && line.endsWith("]")) {
            section = line.substring(1, line.length() - 1).strip();
            keys = keys(section);
            value = value(section);
            continue;
          }
          if (section == null) {
            throw new IllegalStateException(resource + ":" + lineNumber + ": entry outside a section");
          }
          for (String entry : line.split(",")) {
            entry = entry.strip();
            if (entry.isEmpty()) {
              continue;
            }
            if (keys != null) {
              keys.put(entry, value);
            } else {
              add(section, entry, resource + ":" + lineNumber);
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
      return true;
    }

    /**
     * The map of a section whose entries are keys of one map, all with one value ({@link
     * #value}), or null for a section that {@link #add} reads. Looked up once per section, not per
     * entry: the files hold about a thousand entries for English, and one method that chose among
     * all the sections for each of them was a long one for the quick compiler to compile at every
     * start.
     */
    private Map<String, Integer> keys(String section) {
      return switch (section) {
        case "prefixes", "abbreviations", "numeric", "final", "times", "titles", "dates", "units" ->
            abbreviations;
        case "numeric-suffixes" -> suffixes;
        case "open-words" -> openWords;
        case "starters" -> starters;
        case "ordinal-contexts" -> ordinalContexts;
        case "months" -> months;
        case "names" -> names;
        case "domains" -> domains;
        case "capitalised" -> capitalised;
        case "reporting-verbs" -> reportingVerbs;
        case "pronouns" -> pronouns;
        case "closings" -> closings;
        case "determiners" -> determiners;
        case "subordinators" -> subordinators;
        case "auxiliaries" -> auxiliaries;
        case "past-verbs" -> pastVerbs;
        case "clause-links" -> clauseLinks;
        case "name-ends" -> nameEnds;
        case "designators" -> designators;
        default -> null;
      };
    }

    /** The value of the entries of a section that {@link #keys} gives a map for. */
    private static Integer value(String section) {
      return switch (section) {
        case "prefixes" -> PREFIX;
        case "abbreviations" -> ABBREVIATION;
        case "numeric", "numeric-suffixes" -> NUMERIC;
        case "final" -> FINAL;
        case "times" -> TIME;
        case "titles" -> TITLE;
        case "dates" -> DATE;
        case "units" -> UNIT;
        default -> 1;
      };
    }

    /** Reads an entry of a section that {@link #keys} gives no map for. */
    private void add(String section, String entry, String where) {
      switch (section) {
        case "terminators" -> chars(entry, TERMINATOR, where);
        case "hard-terminators" -> chars(entry, HARD_TERMINATOR, where);
        case "ellipses" -> chars(entry, ELLIPSIS, where);
        case "openers" -> chars(entry, OPENER, where);
        case "closers" -> chars(entry, CLOSER, where);
        case "others" -> chars(entry, OTHER, where);
        case "quotes" -> chars(entry, DOUBLE_QUOTE, where);
        case "strong-starters" -> {
          starters.put(entry, 1);
          strongStarters.put(entry, 1);
        }
        case "quote-particles" -> quoteParticles.add(entry);
        case "clause-prefixes" -> clausePrefixes.add(entry);
        case "options" -> option(entry, where);
        default -> throw new IllegalStateException(where + ": unknown section [" + section + "]");
      }
    }

    private void chars(String entry, byte kind, String where) {
      for (String token : tokens(entry)) {
        int c;
        if (token.startsWith("U+") || token.startsWith("u+")) {
          c = Integer.parseInt(token.substring(2), 16);
        } else if (token.length() == 1) {
          c = token.charAt(0);
        } else {
          throw new IllegalStateException(where + ": not one character: '" + token + "'");
        }
        if (c > 0xFFFF) {
          throw new IllegalStateException(where + ": outside the BMP: '" + token + "'");
        }
        // a language's "others" leave the scanner's punctuation to it
        kinds[c] = kind == OTHER && PUNCTUATION_CHARS.indexOf(c) >= 0 ? PUNCTUATION : kind;
      }
    }

    private void option(String entry, String where) {
      String[] kv = entry.split("=", 2);
      String key = kv[0].strip().toLowerCase(Locale.ROOT);
      boolean value = kv.length < 2 || Boolean.parseBoolean(kv[1].strip());
      switch (key) {
        case "ordinal-dot" -> ordinalDot = value;
        case "spaced-terminators" -> spacedTerminators = value;
        case "capitalised-nouns" -> capitalisedNouns = value;
        case "lower-case-starts" -> lowerCaseStarts = value;
        case "plural-nouns" -> pluralNouns = value;
        case "colon-quotations" -> colonQuotations = value;
        default -> throw new IllegalStateException(where + ": unknown option '" + key + "'");
      }
    }
  }
}
