package io.github.tldr4j.summarizer;

import io.github.tldr4j.summarizer.internal.Parallel;
import io.github.tldr4j.summarizer.text.Sentence;
import io.github.tldr4j.summarizer.text.SentenceSegmenter;
import io.github.tldr4j.summarizer.text.Words;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells the article apart from page furniture in a plain text, such as the visible text of a web
 * page copied from a browser: one block (paragraph, list item, heading, menu entry) per line or
 * paragraph.
 *
 * <p>The text is cut into <em>blocks</em>: a block starts with every sentence that starts a line.
 * Each block is one of:
 *
 * <ul>
 *   <li><b>prose</b>: most of its words are in sentences that end in sentence punctuation ({@code
 *       . ! ? …}, {@code 。}, {@code ؟}, {@code ।} and the like, before any closing quotes or
 *       brackets), its last sentence too unless it has {@value #MIN_PARAGRAPH_SENTENCES} or more,
 *       and it has more than one sentence or at least {@value #MIN_PROSE_WORDS} words;
 *   <li><b>short</b>: one punctuated sentence of fewer words (a tagline, "Our standards: …"): a
 *       candidate when it lies inside the article, but it neither extends nor separates runs of
 *       prose;
 *   <li><b>tiny</b>: punctuated, under {@value #MIN_SENTENCE_WORDS} words ("Yes.", a subheading
 *       such as "What next?"): like short, but never chosen;
 *   <li><b>furniture</b>: not punctuated: headlines, menu entries, captions' credits, bylines,
 *       "Share", unpunctuated list items; short lines that the segmenter ran together into one
 *       sentence; a line that repeats the title; a short block with a copyright sign, or a
 *       sentence of a few words with both a year and a clock time (a dateline), punctuated or not;
 *   <li><b>heading</b>: a line in heading markup, {@code #} to {@code ######} (Markdown) or {@code =}
 *       to {@code ======} (MediaWiki, AsciiDoc) before its text: a section heading of a structured
 *       text. Like a tiny block, it is never chosen and neither extends nor separates runs of prose,
 *       so that a heading with a subheading or a list's lead-in under it does not cut an article's
 *       lead section off from its body (issue 15).
 * </ul>
 *
 * <p>Two or more lines of furniture in a row separate <em>runs</em> of prose. The article is the run
 * with the most words, with every other run of at least {@value #KEEP_SHARE} of its words (an
 * article cut in two by a picture and its credit keeps both halves); everything between the first
 * and the last kept run stays. What is left out — the headline, standfirst, captions and bullets
 * above the article, the credits, author biographies and teasers below it, and the furniture
 * blocks inside it — is never chosen. When the text has no title, the furniture blocks before the
 * first prose block (at most {@value #MAX_TITLE_BLOCKS}: the headline and the standfirst) become
 * its title, which guides the scoring.
 *
 * <p>A text without furniture (running prose, one paragraph per line) or without prose (no
 * sentence punctuation at all, as in Thai or in chat) is left as it is: every sentence is a
 * candidate.
 */
final class PageLayout {

  // Lengths are in words; in scripts written without spaces, two characters count as a word.

  /** A punctuated block of one sentence needs this many words to count as prose. */
  static final int MIN_PROSE_WORDS = 10;

  /**
   * A block with fewer sentences is furniture when its last one is not punctuated (a caption and
   * its credit); a longer paragraph may end in a line without punctuation.
   */
  static final int MIN_PARAGRAPH_SENTENCES = 3;

  /** A punctuated block of fewer words is never chosen. */
  static final int MIN_SENTENCE_WORDS = 4;

  /** A run of prose is kept when it has at least this share of the main run's words. */
  static final double KEEP_SHARE = 0.25;

  /** The lines of a hard-wrapped paragraph have at least this many words on average. */
  static final int MIN_WRAPPED_LINE_WORDS = 5;

  /** A run of prose after the main one is kept when it has at least this share of its words. */
  static final double KEEP_AFTER_SHARE = 0.5;

  /** The headline is looked for among this many blocks above the article. */
  static final int HEADLINE_WINDOW = 8;

  /** A headline has at most this many words. */
  private static final int MAX_TITLE_WORDS = 40;

  /** A dateline has at most this many words. */
  static final int MAX_DATELINE_WORDS = 15;

  /**
   * The layout's regular expressions, compiled on first use: a block is tested against them only
   * after a cheaper test ({@link #hasFourDigits}, a first {@code #} or {@code =}), which most
   * documents never pass, and a run that compiles none loads none of the regular expression
   * classes.
   */
  private static final class Patterns {
    static final Pattern YEAR =
        Pattern.compile("(?<![\\p{L}\\p{N}])(?:19|20)\\d\\d(?![\\p{L}\\p{N}])");
    static final Pattern CLOCK =
        Pattern.compile("(?<![\\p{L}\\p{N}:])\\d{1,2}[:h]\\d\\d(?![\\p{N}])");

    /**
     * A heading in Markdown ({@code ## Text}) or MediaWiki and AsciiDoc ({@code == Text}, {@code
     * ==Text==}) markup.
     */
    static final Pattern HEADING_MARKUP =
        Pattern.compile("(?:#{1,6}|={1,6})[ \\t]+\\S.*|(={1,6})[^=\\s].*\\1[ \\t]*");
  }

  private static final int PROSE = 0;
  private static final int SHORT = 1;
  private static final int TINY = 2;
  private static final int FURNITURE = 3;
  private static final int HEADING = 4;


  private final List<Sentence> content;
  private final String title;
  /** The words of all sentences ({@link Words#count}), or -1 if not counted. */
  private final int words;
  /** The {@link Words#count} of each content sentence, or null if not counted. */
  private final int[] contentWords;

  private PageLayout(List<Sentence> content, String title, int words, int[] contentWords) {
    this.content = content;
    this.title = title;
    this.words = words;
    this.contentWords = contentWords;
  }

  /**
   * Reads the layout of a segmented text.
   *
   * @param text the text
   * @param sentences its sentences, in order
   * @param title the document's title, or null
   * @return the layout: the candidate sentences and the title to score with
   */
  static PageLayout of(String text, List<Sentence> sentences, String title) {
    return of(text, sentences, title, Parallel.ranges(Parallel.shares(text.length())));
  }

  /** Reads the layout, the blocks in {@code ranges} ranges (see {@link Parallel#forRanges}). */
  static PageLayout of(String text, List<Sentence> sentences, String title, int ranges) {
    int n = sentences.size();
    if (n < 2) {
      return new PageLayout(sentences, title, -1, null);
    }
    // blocks: [blockStart[b], blockStart[b + 1]) in sentence indices
    int[] blockStart = new int[n + 1];
    int blocks = blocks(text, sentences, blockStart, ranges);
    String normalizedTitle = title == null ? null : normalize(title);
    int[] kind = new int[blocks];
    int[] words = new int[blocks];
    int[] sentenceWords = new int[blocks];
    int[] counts = new int[n];
    int[] lines = new int[blocks];
    // one loop per method: a loop that runs once over a long text is compiled while it runs,
    // together with the rest of its method; the blocks of a long text are read on several threads
    // (each writes its own blocks' entries)
    Parallel.forRanges(
        blocks,
        ranges,
        (from, to) ->
            classify(
                text,
                sentences,
                blockStart,
                normalizedTitle,
                kind,
                words,
                sentenceWords,
                counts,
                lines,
                from,
                to));
    int allWords = 0;
    boolean anyProse = false;
    boolean anyFurniture = false;
    for (int b = 0; b < blocks; b++) {
      allWords += sentenceWords[b];
      anyProse |= kind[b] == PROSE;
      anyFurniture |= kind[b] == FURNITURE || kind[b] == HEADING;
    }
    if (!anyProse || !anyFurniture) {
      return new PageLayout(sentences, title, allWords, counts);
    }

    // runs of prose, separated by two or more furniture blocks in a row (short, tiny and heading
    // blocks between them do not count)
    List<int[]> runs = new ArrayList<>(); // {first block, last block, prose words}
    int runFirst = -1;
    int runLast = -1;
    int runWords = 0;
    int furnitureInARow = 0;
    for (int b = 0; b < blocks; b++) {
      if (kind[b] == FURNITURE) {
        furnitureInARow += lines[b];
        if (furnitureInARow >= 2 && runFirst >= 0) {
          runs.add(new int[] {runFirst, runLast, runWords});
          runFirst = -1;
          runWords = 0;
        }
      } else if (kind[b] == PROSE) {
        furnitureInARow = 0;
        if (runFirst < 0) {
          runFirst = b;
        }
        runLast = b;
        runWords += words[b];
      }
    }
    if (runFirst >= 0) {
      runs.add(new int[] {runFirst, runLast, runWords});
    }
    int main = 0;
    for (int r = 1; r < runs.size(); r++) {
      if (runs.get(r)[2] > runs.get(main)[2]) {
        main = r;
      }
    }
    int mainWords = runs.get(main)[2];
    // runs before the main one: the lead may sit above a picture or a gallery; runs after it are
    // more often the page's own blurbs, so they must weigh more to stay
    int first = runs.get(main)[0];
    for (int r = 0; r < main; r++) {
      if (runs.get(r)[2] >= KEEP_SHARE * mainWords) {
        first = runs.get(r)[0];
        break;
      }
    }
    int last = runs.get(main)[1];
    for (int r = runs.size() - 1; r > main; r--) {
      if (runs.get(r)[2] >= KEEP_AFTER_SHARE * mainWords) {
        last = runs.get(r)[1];
        break;
      }
    }

    List<Sentence> content = new ArrayList<>(n);
    int[] contentWords = new int[n];
    for (int b = first; b <= last; b++) {
      if (kind[b] == PROSE || kind[b] == SHORT) {
        System.arraycopy(
            counts, blockStart[b], contentWords, content.size(), blockStart[b + 1] - blockStart[b]);
        content.addAll(sentences.subList(blockStart[b], blockStart[b + 1]));
      }
    }
    return new PageLayout(
        List.copyOf(content),
        title != null ? title : headline(text, kind, blockStart, sentences, words, first),
        allWords,
        Arrays.copyOf(contentWords, content.size()));
  }

  /**
   * Fills {@code blockStart} with the first sentence of each block; returns the block count. The
   * sentences that start a line are found in {@code ranges} ranges.
   */
  private static int blocks(String text, List<Sentence> sentences, int[] blockStart, int ranges) {
    int n = sentences.size();
    boolean[] lineStart = new boolean[n];
    Parallel.forRanges(
        n,
        ranges,
        (from, to) -> {
          for (int i = from; i < to; i++) {
            lineStart[i] =
                i == 0 || startsLine(text, sentences.get(i - 1).end(), sentences.get(i).start());
          }
        });
    int blocks = 0;
    for (int i = 0; i < n; i++) {
      if (lineStart[i]) {
        blockStart[blocks++] = i;
      }
    }
    blockStart[blocks] = n;
    return blocks;
  }

  /**
   * Fills the kind and length of blocks {@code from .. to - 1}, the {@link Words#count} of their
   * sentences' words, the count of each of their sentences, and the lines of each furniture block.
   */
  private static void classify(
      String text,
      List<Sentence> sentences,
      int[] blockStart,
      String normalizedTitle,
      int[] kind,
      int[] words,
      int[] sentenceWords,
      int[] counts,
      int[] lines,
      int from,
      int to) {
    for (int b = from; b < to; b++) {
      int punctuated = 0;
      // what the block holds besides its sentences' unspaced characters (see scan), the gaps
      // between its sentences included
      long found = 0;
      long sentenceFound = 0;
      for (int i = blockStart[b]; i < blockStart[b + 1]; i++) {
        Sentence s = sentences.get(i);
        int count = Words.count(text, s.start(), s.end());
        counts[i] = count;
        sentenceWords[b] += count;
        if (i > blockStart[b]) {
          found |= scan(text, sentences.get(i - 1).end(), s.start());
        }
        sentenceFound = scan(text, s.start(), s.end());
        found |= sentenceFound;
        int size = count + (int) sentenceFound / 2;
        words[b] += size;
        punctuated += endsSentence(s.text()) ? size : 0;
      }
      boolean breaks = (found & LINE_BREAK) != 0;
      Sentence last = sentences.get(blockStart[b + 1] - 1);
      if (normalizedTitle != null
          && blockStart[b + 1] - blockStart[b] == 1
          && normalizesTo(last.text(), normalizedTitle)) {
        kind[b] = FURNITURE;
      } else if (blockStart[b + 1] - blockStart[b] == 1
          && words[b] <= MAX_TITLE_WORDS
          && (sentenceFound & LINE_BREAK) == 0
          && isHeadingMarkup(last.text().strip())) {
        kind[b] = HEADING;
      } else if (2 * punctuated <= words[b]
          || isCreditOrDateline(
              text,
              sentences.get(blockStart[b]).start(),
              last.end(),
              words[b],
              blockStart[b + 1] - blockStart[b],
              (found & COPYRIGHT) != 0)
          || (!endsSentence(last.text()) && blockStart[b + 1] - blockStart[b] < MIN_PARAGRAPH_SENTENCES)
          || breaks
              && runsShortLinesTogether(text, sentences.get(blockStart[b]).start(), last.end())) {
        kind[b] = FURNITURE;
      } else {
        boolean oneSentence = blockStart[b + 1] - blockStart[b] == 1;
        kind[b] =
            words[b] < MIN_SENTENCE_WORDS
                ? TINY
                : oneSentence && words[b] < MIN_PROSE_WORDS ? SHORT : PROSE;
      }
      if (kind[b] == FURNITURE) {
        lines[b] = breaks ? lines(text, sentences.get(blockStart[b]).start(), last.end()) : 1;
      }
    }
  }

  /**
   * Whether a block is a credit or a dateline, even when it ends in a full stop: a short block with
   * a copyright sign ("© 2026 Harbour Press.", a picture credit before its caption), or a sentence
   * of at most {@value #MAX_DATELINE_WORDS} words that holds both a year and a clock time ("By Ann
   * Lee on Monday, May 4th, 2026 at 9:40 a.m.").
   */
  private static boolean isCreditOrDateline(
      String text, int from, int to, int words, int sentences, boolean copyright) {
    if (copyright && sentences <= 2 && words <= MAX_TITLE_WORDS) {
      return true;
    }
    // the block's region of the text, not a copy: the region's bounds are opaque, so the
    // look-arounds see the block's ends as a substring would show them
    return sentences == 1
        && words <= MAX_DATELINE_WORDS
        && hasFourDigits(text, from, to)
        && Patterns.YEAR.matcher(text).region(from, to).find()
        && Patterns.CLOCK.matcher(text).region(from, to).find();
  }

  /**
   * Whether {@code text[from, to)} holds four ASCII digits in a row, as every {@link
   * Patterns#YEAR} does: most blocks have none, and then the pattern is not run (a matcher and a
   * look-behind at every character of the block, for each short block of a document).
   */
  static boolean hasFourDigits(String text, int from, int to) {
    int run = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++run == 4) {
          return true;
        }
      } else {
        run = 0;
      }
    }
    return false;
  }

  /**
   * Whether a stripped block is a heading in markup ({@link Patterns#HEADING_MARKUP}), which
   * starts with {@code #} or {@code =}: any other block is answered without a matcher.
   */
  static boolean isHeadingMarkup(String stripped) {
    return !stripped.isEmpty()
        && (stripped.charAt(0) == '#' || stripped.charAt(0) == '=')
        && Patterns.HEADING_MARKUP.matcher(stripped).matches();
  }

  /**
   * The headline: the longest furniture line among the {@value #HEADLINE_WINDOW} blocks above the
   * article (the headline sits close to the text, under the menus, with the byline and the date).
   */
  private static String headline(
      String text, int[] kind, int[] blockStart, List<Sentence> sentences, int[] words, int first) {
    int best = -1;
    for (int b = first - 1; b >= 0 && b >= first - HEADLINE_WINDOW; b--) {
      int from = sentences.get(blockStart[b]).start();
      int to = sentences.get(blockStart[b + 1] - 1).end();
      if ((kind[b] == FURNITURE || kind[b] == HEADING)
          && lines(text, from, to) == 1
          && words[b] <= MAX_TITLE_WORDS
          && (best < 0 || words[b] > words[best])) {
        best = b;
      }
    }
    return best < 0
        ? null
        : text.substring(
            sentences.get(blockStart[best]).start(), sentences.get(blockStart[best + 1] - 1).end());
  }

  /** The sentences a summary may choose, in document order. */
  List<Sentence> content() {
    return content;
  }

  /**
   * The {@link Words#count} of each {@linkplain #content() content} sentence when the layout
   * counted them, for the analysis (which then need not count them again); else null. Shared: do
   * not modify.
   */
  int[] contentWords() {
    return contentWords;
  }

  /** The title to score with: the document's own, else the headline found in the text, or null. */
  String title() {
    return title;
  }

  /**
   * The words of all the sentences, furniture included, as {@link Words#count} counts them; -1 if
   * the layout did not count them (fewer than two sentences).
   */
  int words() {
    return words;
  }

  /**
   * Whether the block {@code text[from, to)}, which starts a line, holds lines that end before it
   * does and have on average fewer than {@value #MIN_WRAPPED_LINE_WORDS} words: menu entries or
   * list items without punctuation that the segmenter ran together, not a hard-wrapped paragraph.
   */
  private static boolean runsShortLinesTogether(String text, int from, int to) {
    int lines = 0;
    int words = 0;
    int lineStart = from;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (Words.isLineBreak(c)) {
        lines++;
        words += size(text, lineStart, k);
        if (c == '\r' && k + 1 < to && text.charAt(k + 1) == '\n') {
          k++; // CR LF is one line break
        }
        lineStart = k + 1;
      }
    }
    return lines > 0 && words < MIN_WRAPPED_LINE_WORDS * lines;
  }

  /**
   * The length of {@code text[from, to)} in words: its whitespace-separated words, plus one for
   * every two characters of a script written without spaces (Han, kana, Thai, ...).
   */
  static int size(String text, int from, int to) {
    return Words.count(text, from, to) + (int) scan(text, from, to) / 2;
  }

  /** {@link #scan} found a line break ({@link Words#isLineBreak}). */
  private static final long LINE_BREAK = 1L << 32;

  /** {@link #scan} found a copyright sign. */
  private static final long COPYRIGHT = 1L << 33;

  /**
   * The characters of {@code text[from, to)} in scripts written without spaces (the low 32 bits;
   * the scripts start at U+0E00, so most text never needs a code point), and whether it holds a
   * {@link #LINE_BREAK} or a {@link #COPYRIGHT} sign: one pass for what the tests of a block read
   * (most blocks are one line without the sign, and need not be read again).
   */
  private static long scan(String text, int from, int to) {
    int unspaced = 0;
    long found = 0;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c < ' ') {
        if (Words.isLineBreak(c)) {
          found |= LINE_BREAK;
        }
      } else if (c >= 0x80) {
        if (c == '\u00A9') {
          found |= COPYRIGHT;
        } else if (Words.isLineBreak(c)) {
          found |= LINE_BREAK;
        } else if (c >= 0x0E00) {
          int cp = text.codePointAt(k);
          if (Character.isSupplementaryCodePoint(cp) && k + 1 < to) {
            k++;
          }
          if (isUnspaced(cp)) {
            unspaced++;
          }
        }
      }
    }
    return found | unspaced;
  }

  private static boolean isUnspaced(int c) {
    if (c < 0x0E00) {
      return false;
    }
    switch (Character.UnicodeScript.of(c)) {
      case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN, YI:
        return true;
      default:
        return false;
    }
  }

  /** The number of lines {@code text[from, to)} spans (CR LF is one line break). */
  private static int lines(String text, int from, int to) {
    return 1 + Words.lineBreaks(text, from, to);
  }

  /** Whether a line break separates {@code text[from, to)}. */
  private static boolean startsLine(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Words.isLineBreak(text.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a sentence ends in sentence punctuation, before closing quotes and brackets. */
  static boolean endsSentence(String sentence) {
    int k = sentence.length();
    while (k > 0) {
      int c = sentence.codePointBefore(k);
      if (Character.isWhitespace(c) || isCloser(c)) {
        k -= Character.charCount(c);
      } else {
        return SentenceSegmenter.isTerminator(c);
      }
    }
    return false;
  }

  private static boolean isCloser(int c) {
    int type = Character.getType(c);
    return type == Character.END_PUNCTUATION
        || type == Character.FINAL_QUOTE_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION // ” closes in some languages, „ opens
        || c == '"'
        || c == '\''
        || c == '*'
        || c == '_'
        || c == '\u00A0'
        || c == '\u200B';
  }

  /**
   * Whether {@code normalize(line).equals(normalized)}, without the copies when the line is ASCII:
   * its letters and digits, lower-cased, and one space between their runs are compared with {@code
   * normalized} as they are read, and the first difference answers (each one-sentence block of a
   * titled document is compared; bbc-news-dev spent 1.5 ms of the batch's compiled code in
   * normalize). ASCII lower-cases one character at a time, so the form of the line up to its first
   * other character is known; from there, the line is normalized.
   */
  static boolean normalizesTo(String line, String normalized) {
    int k = 0; // the characters of normalized matched so far
    int length = normalized.length();
    boolean space = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c >= 0x80) {
        return normalize(line).equals(normalized);
      }
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
        if (space && k > 0) {
          if (k == length || normalized.charAt(k) != ' ') {
            return false;
          }
          k++;
        }
        space = false;
        char lower = c <= 'Z' && c >= 'A' ? (char) (c + ('a' - 'A')) : c;
        if (k == length || normalized.charAt(k) != lower) {
          return false;
        }
        k++;
      } else {
        space = true;
      }
    }
    return k == length;
  }

  /** Case- and space-insensitive form of a line, to recognize a repeated title. */
  static String normalize(String line) {
    StringBuilder out = new StringBuilder(line.length());
    boolean space = false;
    for (int k = 0; k < line.length(); ) {
      int c = line.codePointAt(k);
      k += Character.charCount(c);
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.appendCodePoint(c);
      } else {
        space = true;
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
