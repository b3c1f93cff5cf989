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
 * tokenizer itself.
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
   * collector}, as the analyzer's own token stream gives them; returns false, with the collector in an unspecified state, if a form on its own is
   * not one token (then the caller analyzes the text the usual way).
   *
   * <p>A long text is tokenized in pieces cut after line feeds ({@link Parallel}), each piece's
   * forms in a dictionary of its own; the standard tokenizer never joins characters across a line
   * feed (Unicode word boundaries, UAX #29 rules WB3a and WB3b), so the pieces' tokens, one piece
   * after the other, are the whole text's. The forms are then analyzed, and the terms collected,
   * in text order on this thread.
   */
  static boolean collect(Analyzer analyzer, String text, TermCollector collector, int pieces)
      throws IOException {
    int maxTokenLength =
        analyzer instanceof StandardAnalyzer standard
            ? standard.getMaxTokenLength()
            : StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH;
    int[] cuts = lineCuts(text, pieces);
    List<Piece> read =
        Parallel.map(
            cuts.length - 1,
            p -> Piece.read(text, cuts[p], cuts[p + 1], maxTokenLength, collector));
    Forms forms = new Forms(analyzer, maxTokenLength, text.length());
    for (Piece piece : read) {
      int[] termOf = new int[piece.forms.size()];
      for (int f = 0; f < termOf.length; f++) {
        termOf[f] = forms.analyzed(piece.forms, f);
        if (termOf[f] == UNSURE) {
          return false;
        }
      }
      int[] form = piece.form;
      int[] sentence = piece.sentence;
      for (int t = 0; t < piece.count; t++) {
        int term = termOf[form[t]];
        if (term != DROPPED) {
          collector.add(sentence[t], forms.id(term, collector.dictionary));
        }
      }
    }
    return true;
  }

  /** A piece is at least this long: its tokenizer and forms dictionary start empty. */
  static final int MIN_PIECE_CHARS = 1 << 17;

  /** The number of pieces a text of {@code length} characters is read in when shared out. */
  static int pieces(int length) {
    return Parallel.pieces(length, MIN_PIECE_CHARS);
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
   * The tokens of a piece of the text that start in a sentence: each token's form, an id in the
   * piece's own dictionary of forms, and its sentence.
   */
  private static final class Piece {
    final TermDictionary forms;
    final int[] form;
    final int[] sentence;
    final int count;

    private Piece(TermDictionary forms, int[] form, int[] sentence, int count) {
      this.forms = forms;
      this.form = form;
      this.sentence = sentence;
      this.count = count;
    }

    /** Tokenizes {@code text[from, to)}; thread-safe (the collector is only read). */
    static Piece read(String text, int from, int to, int maxTokenLength, TermCollector collector) {
      int length = to - from;
      TermDictionary forms = new TermDictionary((int) Math.min(length / 16, 16 * Math.sqrt(length)));
      int[] form = new int[Math.max(16, length / 6)];
      int[] sentence = new int[form.length];
      int count = 0;
      int cursor = 0;
      try (StandardTokenizer tokenizer = new StandardTokenizer()) {
        tokenizer.setMaxTokenLength(maxTokenLength);
        tokenizer.setReader(new RegionReader(text, from, to));
        CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
        tokenizer.reset();
        while (tokenizer.incrementToken()) {
          int s = collector.locate(from + offset.startOffset(), cursor);
          if (s < 0) {
            continue;
          }
          cursor = s;
          if (count == form.length) {
            form = Arrays.copyOf(form, count * 2);
            sentence = Arrays.copyOf(sentence, count * 2);
          }
          form[count] = forms.add(term.buffer(), term.length());
          sentence[count] = s;
          count++;
        }
        tokenizer.end();
      } catch (IOException e) {
        throw new UncheckedIOException("analysis of an in-memory text failed", e);
      }
      return new Piece(forms, form, sentence, count);
    }
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
    /** The terms of the forms, in order of first form. */
    private final TermDictionary terms = new TermDictionary();
    /** Per term: its id in the text's dictionary, once a sentence uses it; else -1. */
    private int[] idOf = new int[64];
    /** Tells whether a form on its own is one token. */
    private final StandardTokenizer single = new StandardTokenizer();
    private final OffsetAttribute singleOffset = single.addAttribute(OffsetAttribute.class);

    Forms(Analyzer analyzer, int maxTokenLength, int length) {
      this.analyzer = analyzer;
      // forms: a third more than the terms they stem to (see TermCollector)
      int expected = (int) Math.min(length / 16, 16 * Math.sqrt(length));
      this.forms = new TermDictionary(expected);
      this.termOf = new int[Math.max(64, expected)];
      single.setMaxTokenLength(maxTokenLength);
      Arrays.fill(idOf, -1);
    }

    /** The term of form {@code id} of a piece (analyzing it if new), DROPPED, or UNSURE. */
    int analyzed(TermDictionary pieceForms, int id) throws IOException {
      int known = forms.size();
      int form = forms.add(pieceForms, id);
      if (form < known) {
        return termOf[form];
      }
      if (form == termOf.length) {
        termOf = Arrays.copyOf(termOf, form * 2);
      }
      int term = analyze(pieceForms.term(id));
      termOf[form] = term;
      return term;
    }

    /** The text dictionary's id of a term, added on first use. */
    int id(int term, TermDictionary dictionary) {
      if (term >= idOf.length) {
        int old = idOf.length;
        idOf = Arrays.copyOf(idOf, Math.max(term + 1, old * 2));
        Arrays.fill(idOf, old, idOf.length, -1);
      }
      int id = idOf[term];
      if (id < 0) {
        id = dictionary.add(terms, term);
        idOf[term] = id;
      }
      return id;
    }

    private int analyze(String form) throws IOException {
      single.setReader(new StringReader(form));
      single.reset();
      boolean oneToken =
          single.incrementToken()
              && singleOffset.startOffset() == 0
              && singleOffset.endOffset() == form.length()
              && !single.incrementToken();
      single.end();
      single.close();
      if (!oneToken) {
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
