package io.github.tldr4j.summarizer.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Runs an analyzer over a text; over a long one, on the threads of {@link
 * ForkJoinPool#commonPool()}, while the calling thread segments it.
 *
 * <p>A text of fewer than {@value #PARALLEL_CHARS} characters is read in one piece on the calling
 * thread, when its tokens are asked for. A longer one is read by tasks of the common pool as soon
 * as {@link #start} is called: in pieces cut after line breaks when the analyzer's tokens never
 * cross a line (see {@link #linesApart}), else whole; when the calling thread asks for the tokens,
 * it reads the pieces that no thread of the pool has taken yet, and waits for the others. The
 * tokens of the pieces, one after the other, are the tokens of the whole text, so the result does
 * not depend on how the text was cut or on the threads.
 *
 * <p>The common pool is the JDK's shared pool for such work: its size follows the processors (one
 * less than their number), and a caller that runs inside it, such as a parallel stream, does not
 * deadlock, since the caller reads the pieces itself when the pool is busy. Stateless and
 * thread-safe; a {@link Reading} belongs to the thread that started it.
 */
final class Pieces {

  /** A text of fewer characters is analyzed on the calling thread alone. */
  static final int PARALLEL_CHARS = 1 << 20;

  /** A piece has at least this many characters. */
  static final int MIN_PIECE_CHARS = 1 << 18;

  private static final String FIELD = "body";

  private Pieces() {}

  /**
   * Starts reading {@code text}: on the common pool's threads if it is long, else later, on this
   * thread.
   *
   * @param analyzer the analyzer, safe for concurrent use
   * @param text the text
   * @return the reading, whose {@link Reading#tokens()} this thread collects
   */
  static Reading start(Analyzer analyzer, String text) {
    if (!parallel(text)) {
      return new Reading(analyzer, text, new int[] {0, text.length()}, false);
    }
    // a few pieces per thread, so that a thread that finishes early takes another
    int threads = ForkJoinPool.getCommonPoolParallelism() + 1;
    int[] cuts =
        linesApart(analyzer)
            ? cuts(text, Math.max(MIN_PIECE_CHARS, text.length() / (4 * threads)))
            : new int[] {0, text.length()};
    return new Reading(analyzer, text, cuts, true);
  }

  /**
   * Whether work on {@code text} is shared with the common pool: a text of at least {@value
   * #PARALLEL_CHARS} characters, when the pool has a thread.
   */
  static boolean parallel(String text) {
    return text.length() >= PARALLEL_CHARS && ForkJoinPool.getCommonPoolParallelism() > 0;
  }

  /**
   * The result of a task forked earlier: this thread runs it if no thread of the pool has taken it
   * yet, else waits for it.
   */
  static <T> T finish(ForkJoinTask<T> task) {
    return task.tryUnfork() ? task.invoke() : task.join();
  }

  /** The tokens of {@code text} read in pieces of about {@code pieceChars}, on the pool and here. */
  static Tokens[] tokenize(Analyzer analyzer, String text, int pieceChars) {
    return new Reading(analyzer, text, cuts(text, pieceChars), true).tokens();
  }

  /**
   * Where to cut {@code text} into pieces: {@code 0}, then the offset after the first line feed at
   * or after each multiple of {@code pieceChars}, then the text's length; a piece never ends
   * inside a line.
   */
  static int[] cuts(String text, int pieceChars) {
    int[] cuts = new int[8];
    int count = 1;
    int from = 0;
    while (from < text.length()) {
      int next = from + pieceChars >= text.length() ? -1 : text.indexOf('\n', from + pieceChars);
      int to = next < 0 ? text.length() : next + 1;
      if (count + 1 > cuts.length) {
        cuts = Arrays.copyOf(cuts, cuts.length * 2);
      }
      cuts[count++] = to;
      from = to;
    }
    return Arrays.copyOf(cuts, Math.max(2, count));
  }

  /**
   * Whether the analyzer's tokens never cross a line break and each depends on its own text only,
   * so that the pieces of a text cut after line breaks give the text's tokens: Lucene's English
   * and standard analyzers (the Unicode word break rules always break at a line break; their
   * filters, possessives, lower case, stop words and the Porter stemmer, look at one token at a
   * time). Any other analyzer reads the whole text in one piece.
   */
  static boolean linesApart(Analyzer analyzer) {
    Class<?> type = analyzer.getClass();
    return type == EnglishAnalyzer.class || type == StandardAnalyzer.class;
  }

  /** A text being read, in pieces. Used by the thread that started it. */
  static final class Reading {
    private final List<ForkJoinTask<Tokens>> pieces;
    private final boolean forked;

    private Reading(Analyzer analyzer, String text, int[] cuts, boolean fork) {
      pieces = new ArrayList<>(cuts.length - 1);
      for (int p = 0; p + 1 < cuts.length; p++) {
        int from = cuts[p];
        int to = cuts[p + 1];
        pieces.add(ForkJoinTask.adapt(() -> tokenize(analyzer, text, from, to)));
      }
      // The pool's threads take the oldest task first, the first piece; this thread, when it asks
      // for the tokens, takes back the newest first, the last piece, and so on.
      forked = fork;
      if (fork) {
        for (ForkJoinTask<Tokens> piece : pieces) {
          piece.fork();
        }
      }
    }

    /** The tokens of each piece, in text order; reads the pieces no other thread has started. */
    Tokens[] tokens() {
      int n = pieces.size();
      Tokens[] tokens = new Tokens[n];
      for (int p = n - 1; p >= 0; p--) {
        ForkJoinTask<Tokens> piece = pieces.get(p);
        if (!forked || piece.tryUnfork()) {
          tokens[p] = piece.invoke();
        }
      }
      for (int p = 0; p < n; p++) {
        if (tokens[p] == null) {
          tokens[p] = pieces.get(p).join();
        }
      }
      return tokens;
    }

    /** Gives up the reading: the pieces not started yet never run. */
    void cancel() {
      for (ForkJoinTask<Tokens> piece : pieces) {
        piece.cancel(false);
      }
    }
  }

  /** Analyzes {@code text[from, to)}; the offsets it returns are offsets into {@code text}. */
  static Tokens tokenize(Analyzer analyzer, String text, int from, int to) {
    int length = to - from;
    TermDictionary dictionary =
        new TermDictionary((int) Math.min(length / 16, 12 * Math.sqrt(length)));
    int[] offsets = new int[Math.max(16, length / 8)];
    int[] terms = new int[offsets.length];
    int count = 0;
    try (TokenStream stream =
        from == 0 && to == text.length()
            ? analyzer.tokenStream(FIELD, text)
            : analyzer.tokenStream(FIELD, new RegionReader(text, from, to))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        int termLength = term.length();
        if (termLength == 0) {
          continue;
        }
        if (count == offsets.length) {
          offsets = Arrays.copyOf(offsets, count * 2);
          terms = Arrays.copyOf(terms, count * 2);
        }
        offsets[count] = from + offset.startOffset();
        terms[count] = dictionary.add(term.buffer(), termLength);
        count++;
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of an in-memory text failed", e);
    }
    return new Tokens(offsets, terms, count, dictionary);
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
}
