package io.github.tldr4j.summarizer.analysis;

import io.github.tldr4j.summarizer.internal.Parallel;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Analyzes a long text word form by word form: the text's words are found by Lucene's {@link
 * StandardTokenizer}, and each distinct form ("Ferries", "ferry's") goes through the analyzer once,
 * its term (or its removal as a stop word) remembered for every later occurrence. News repeats its
 * word forms: in 20 MB of English most tokens are forms seen before, and the filters after the
 * tokenizer (possessives, lower case, stop words, the Porter stemmer) cost about as much as the
 * tokenizer itself. On lines of Latin text the tokenizer is skipped as well: {@link LatinTokens}
 * finds the same tokens several times faster.
 *
 * <p>The result is the analyzer's own. It applies to Lucene's English and standard analyzers (final
 * classes whose tokenizer is the standard one and whose filters each look at one token at a time,
 * whatever their stop and stem exclusion sets), and only when a form on its own is one token of the
 * standard tokenizer, as it is in the text; should one not be (no such form is known), the text
 * is analyzed the usual way instead. Stateless.
 */
final class SurfaceTerms {

  /** Shorter texts repeat too few forms to pay for the cache: they take the usual way. */
  static final int MIN_CHARS = 1 << 16;

  private static final String FIELD = "body";
  /** A form that the analyzer removes (a stop word) or leaves empty. */
  private static final int DROPPED = -1;
  /** A form that is not one token on its own. */
  private static final int UNSURE = -2;

  private SurfaceTerms() {}

  /** Whether {@link #collect} may analyze {@code text} with {@code analyzer}. */
  static boolean applies(Analyzer analyzer, String text) {
    Class<?> type = analyzer.getClass();
    return text.length() >= MIN_CHARS
        && (type == EnglishAnalyzer.class || type == StandardAnalyzer.class);
  }

  /**
   * Collects the terms of {@code text}, read in about {@code pieces} pieces, into {@code
   * collector}, as the analyzer's own token stream gives them; returns false, with the collector in
   * an unspecified state, if a form on its own is not one token (then the caller analyzes the text
   * the usual way).
   *
   * <p>A long text is read in pieces cut after line feeds, on several threads ({@link Parallel});
   * the standard tokenizer never joins characters across a line feed (Unicode word boundaries, UAX
   * #29 rules WB3a and WB3b), so the pieces' tokens, one piece after the other, are the whole
   * text's. Each piece analyzes its own forms and numbers its terms in order of first occurrence;
   * the text's dictionary takes the pieces' terms in that order, piece after piece, which is the
   * text's order of first occurrence; then each piece writes its tokens' ids and counts.
   */
  static boolean collect(Analyzer analyzer, String text, TermCollector collector, int pieces)
      throws IOException {
    int maxTokenLength =
        analyzer instanceof StandardAnalyzer standard
            ? standard.getMaxTokenLength()
            : StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH;
    int[] cuts = lineCuts(text, pieces);
    int k = cuts.length - 1;
    List<Piece> read =
        Parallel.map(
            k, p -> Piece.read(analyzer, text, cuts[p], cuts[p + 1], maxTokenLength, collector));
    int[][] ids = new int[k][];
    int[] firstToken = new int[k + 1];
    for (int p = 0; p < k; p++) {
      Piece piece = read.get(p);
      if (piece.unsure) {
        return false;
      }
      ids[p] = new int[piece.terms.size()];
      for (int t = 0; t < ids[p].length; t++) {
        ids[p][t] = collector.dictionary.add(piece.terms, t);
      }
      firstToken[p + 1] = firstToken[p] + piece.count;
    }
    int[] terms = new int[firstToken[k]];
    int[] counts = collector.counts;
    // each piece counts the terms of its sentences but the first, which the piece before may share
    int[] firstCount = new int[k];
    Parallel.forRanges(
        k,
        k,
        (from, to) -> {
          for (int p = from; p < to; p++) {
            firstCount[p] = read.get(p).place(ids[p], terms, firstToken[p], counts);
          }
        });
    for (int p = 0; p < k; p++) {
      if (read.get(p).count > 0) {
        counts[read.get(p).sentence[0] + 1] += firstCount[p];
      }
    }
    collector.addAll(terms);
    return true;
  }

  /**
   * A longer line is read by the standard tokenizer from the text itself, not copied for {@link
   * LatinTokens}: a text without line feeds is not held twice.
   */
  static final int MAX_LINE_COPY = 1 << 16;

  /** A piece is at least this long: its tokenizer and forms dictionary start empty. */
  static final int MIN_PIECE_CHARS = 1 << 17;

  /** The number of pieces a text of {@code length} characters is read in when shared out. */
  static int pieces(int length) {
    // one piece per thread: each piece analyzes the forms it has not seen, so more pieces would
    // analyze the common forms more often
    return Math.min(Parallel.threads(), Parallel.pieces(length, MIN_PIECE_CHARS));
  }

  /**
   * Where to cut {@code text} into about {@code pieces} pieces: 0, then after the first line feed
   * at or after each share of the text, then the text's length.
   */
  static int[] lineCuts(String text, int pieces) {
    int n = text.length();
    int[] cuts = new int[pieces + 1];
    int count = 1;
    int at = 0;
    for (int p = 1; p < pieces; p++) {
      int feed = text.indexOf('\n', Math.max(at, (int) ((long) n * p / pieces)));
      if (feed < 0 || feed + 1 >= n) {
        break;
      }
      at = feed + 1;
      cuts[count++] = at;
    }
    cuts[count++] = n;
    return Arrays.copyOf(cuts, count);
  }

  /**
   * The terms of a piece of the text, in a dictionary of the piece's own in order of first
   * occurrence, and each term's sentence, for the tokens that start in a sentence and are not stop
   * words.
   */
  private static final class Piece {
    private final Forms forms;
    final TermDictionary terms;
    int[] term;
    int[] sentence;
    int count;
    /** A form of the piece on its own is not one token. */
    boolean unsure;
    /** The sentence of the last token. */
    private int cursor;

    private Piece(Analyzer analyzer, int length, int maxTokenLength) {
      this.forms = new Forms(analyzer, maxTokenLength, length);
      this.terms = forms.terms;
      this.term = new int[Math.max(16, length / 6)];
      this.sentence = new int[term.length];
    }

    /**
     * Adds the token {@code buffer[offset, offset + length)} that starts at {@code start} in the
     * text; false if its form is not one token on its own.
     */
    boolean add(TermCollector collector, int start, char[] buffer, int offset, int length)
        throws IOException {
      int s = collector.locate(start, cursor);
      if (s < 0) {
        return true;
      }
      cursor = s;
      int analyzed = forms.analyzed(buffer, offset, length);
      if (analyzed == UNSURE) {
        return false;
      }
      if (analyzed == DROPPED) {
        return true;
      }
      if (count == term.length) {
        term = Arrays.copyOf(term, count * 2);
        sentence = Arrays.copyOf(sentence, count * 2);
      }
      term[count] = analyzed;
      sentence[count] = s;
      count++;
      return true;
    }

    /** This piece, marked unsure and without tokens. */
    Piece unsure() {
      unsure = true;
      count = 0;
      return this;
    }

    /**
     * Reads {@code text[from, to)}; thread-safe (the collector is only read). Line by line: a line
     * of Latin text is split by {@link LatinTokens}, any other (and one over {@value
     * #MAX_LINE_COPY} characters) by the standard tokenizer, which never joins characters across a
     * line feed, so the tokens are the same.
     */
    static Piece read(
        Analyzer analyzer,
        String text,
        int from,
        int to,
        int maxTokenLength,
        TermCollector collector) {
      Piece piece = new Piece(analyzer, to - from, maxTokenLength);
      LatinTokens latin = new LatinTokens();
      char[] line = new char[1024];
      StandardTokenizer tokenizer = new StandardTokenizer();
      tokenizer.setMaxTokenLength(maxTokenLength);
      CharTermAttribute attribute = tokenizer.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
      try {
        for (int at = from; at < to; ) {
          int feed = text.indexOf('\n', at);
          int end = feed < 0 || feed >= to ? to : feed;
          int length = end - at;
          int count = -1;
          if (length <= MAX_LINE_COPY) {
            if (line.length < length) {
              line = new char[Math.max(length, 2 * line.length)];
            }
            text.getChars(at, end, line, 0);
            count = latin.split(line, length, maxTokenLength);
          }
          for (int k = 0; k < count; k++) {
            int start = latin.start(k);
            if (!piece.add(collector, at + start, line, start, latin.end(k) - start)) {
              return piece.unsure();
            }
          }
          if (count < 0) {
            tokenizer.setReader(new RegionReader(text, at, end));
            try {
              tokenizer.reset();
              while (tokenizer.incrementToken()) {
                int start = at + offset.startOffset();
                if (!piece.add(collector, start, attribute.buffer(), 0, attribute.length())) {
                  return piece.unsure();
                }
              }
              tokenizer.end();
            } finally {
              tokenizer.close();
            }
          }
          at = end + 1;
        }
      } catch (IOException e) {
        throw new UncheckedIOException("analysis of an in-memory text failed", e);
      }
      return piece;
    }

    /**
     * Writes the text's id of each term ({@code ids} of the piece's ids) into {@code terms} from
     * {@code first} on, and counts the terms of each sentence in {@code counts[sentence + 1]}; but
     * those of the piece's first sentence, which it returns.
     */
    int place(int[] ids, int[] terms, int first, int[] counts) {
      int firstSentence = count == 0 ? -1 : sentence[0];
      int firstCount = 0;
      for (int t = 0; t < count; t++) {
        terms[first + t] = ids[term[t]];
        if (sentence[t] == firstSentence) {
          firstCount++;
        } else {
          counts[sentence[t] + 1]++;
        }
      }
      return firstCount;
    }
  }

  /**
   * Whether a form is made of ASCII letters and digits only: one token of the standard tokenizer
   * (Unicode word boundaries never break between letters and digits, UAX #29 rules WB5 and WB8 to
   * WB10), so it needs no check.
   */
  static boolean isAsciiAlphanumeric(String form) {
    for (int i = 0; i < form.length(); i++) {
      char c = form.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return !form.isEmpty();
  }

  /** A region of a string as a reader, without copying it. Not thread-safe. */
  private static final class RegionReader extends Reader {
    private final String text;
    private int next;
    private final int end;

    RegionReader(String text, int from, int to) {
      this.text = text;
      this.next = from;
      this.end = to;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (next >= end) {
        return -1;
      }
      int n = Math.min(length, end - next);
      text.getChars(next, next + n, buffer, offset);
      next += n;
      return n;
    }

    @Override
    public void close() {}
  }

  /** The word forms seen so far and their terms. Not thread-safe. */
  private static final class Forms {
    private final Analyzer analyzer;
    private final TermDictionary forms;
    /** Per form: its term in {@link #terms}, or DROPPED. */
    private int[] termOf;
    /** The terms of the forms, in order of first occurrence. */
    final TermDictionary terms;
    /** Tells whether a form on its own is one token. */
    private final StandardTokenizer single = new StandardTokenizer();
    private final OffsetAttribute singleOffset = single.addAttribute(OffsetAttribute.class);

    Forms(Analyzer analyzer, int maxTokenLength, int length) {
      this.analyzer = analyzer;
      // forms: a third more than the terms they stem to (see TermCollector)
      int expected = (int) Math.min(length / 16, 16 * Math.sqrt(length));
      this.forms = new TermDictionary(expected);
      this.terms = new TermDictionary(expected * 3 / 4);
      this.termOf = new int[Math.max(64, expected)];
      single.setMaxTokenLength(maxTokenLength);
    }

    /** The term of a form (analyzing it if new), DROPPED, or UNSURE. */
    int analyzed(char[] buffer, int offset, int length) throws IOException {
      int known = forms.size();
      int form = forms.add(buffer, offset, length);
      if (form < known) {
        return termOf[form];
      }
      if (form == termOf.length) {
        termOf = Arrays.copyOf(termOf, form * 2);
      }
      int term = analyze(new String(buffer, offset, length));
      termOf[form] = term;
      return term;
    }

    /** Whether a form on its own is one token of the standard tokenizer. */
    private boolean isOneToken(String form) throws IOException {
      single.setReader(new StringReader(form));
      single.reset();
      boolean oneToken =
          single.incrementToken()
              && singleOffset.startOffset() == 0
              && singleOffset.endOffset() == form.length()
              && !single.incrementToken();
      single.end();
      single.close();
      return oneToken;
    }

    private int analyze(String form) throws IOException {
      if (!isAsciiAlphanumeric(form) && !isOneToken(form)) {
        return UNSURE;
      }
      int term = DROPPED;
      try (TokenStream stream = analyzer.tokenStream(FIELD, form)) {
        CharTermAttribute attribute = stream.addAttribute(CharTermAttribute.class);
        stream.reset();
        if (stream.incrementToken()) {
          if (attribute.length() > 0) {
            term = terms.add(attribute.buffer(), attribute.length());
          }
          if (stream.incrementToken()) {
            term = UNSURE;
          }
        }
        stream.end();
      }
      return term;
    }
  }
}
