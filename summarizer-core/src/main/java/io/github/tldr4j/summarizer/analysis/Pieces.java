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
 * Runs an analyzer over a text, in pieces on several threads when the text is long.
 *
 * <p>A text of at least {@value #PARALLEL_CHARS} characters, analyzed by an analyzer whose tokens
 * never cross a line break (see {@link #linesApart}), is cut into pieces after line breaks; the
 * pieces are analyzed as tasks of {@link ForkJoinPool#commonPool()}, and the calling thread runs
 * the pieces no worker has taken yet. Every other text is analyzed in one piece on the calling
 * thread. The tokens of the pieces, one after the other, are the tokens of the whole text, so the
 * result does not depend on how the text was cut or on the threads.
 *
 * <p>The common pool is the JDK's shared pool for such work: its size follows the processors
 * (one less than their number), and a caller that runs inside it, such as a parallel stream,
 * does not deadlock, since the caller runs the pieces itself when the pool is busy. Stateless and
 * thread-safe.
 */
final class Pieces {

  /** A text of fewer characters is analyzed in one piece, on the calling thread. */
  static final int PARALLEL_CHARS = 1 << 20;

  /** A piece has at least this many characters. */
  static final int MIN_PIECE_CHARS = 1 << 18;

  private static final String FIELD = "body";

  private Pieces() {}

  /**
   * Analyzes {@code text}: its tokens in order, in one or more pieces of consecutive text.
   *
   * @param analyzer the analyzer, safe for concurrent use
   * @param text the text
   * @return the tokens of each piece, in text order
   */
  static Tokens[] tokenize(Analyzer analyzer, String text) {
    if (!parallel(text) || !linesApart(analyzer)) {
      return new Tokens[] {tokenize(analyzer, text, 0, text.length())};
    }
    // a few pieces per thread, so that a thread that finishes early takes another
    int threads = ForkJoinPool.getCommonPoolParallelism() + 1;
    return tokenize(analyzer, text, Math.max(MIN_PIECE_CHARS, text.length() / (4 * threads)));
  }

  /**
   * Whether the analysis of {@code text} shares its work with the common pool: a text of at least
   * {@value #PARALLEL_CHARS} characters, when the pool has a thread.
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

  /**
   * Analyzes {@code text} in pieces of about {@code pieceChars} characters (more up to the next
   * line break), on the common pool's threads and this one.
   */
  static Tokens[] tokenize(Analyzer analyzer, String text, int pieceChars) {
    int[] cuts = cuts(text, pieceChars);
    int pieces = cuts.length - 1;
    List<ForkJoinTask<Tokens>> tasks = new ArrayList<>(pieces);
    for (int p = 0; p < pieces; p++) {
      int from = cuts[p];
      int to = cuts[p + 1];
      tasks.add(ForkJoinTask.adapt(() -> tokenize(analyzer, text, from, to)));
    }
    // The later pieces go to the pool, the last first: its threads take the oldest task first,
    // and this thread, after the first piece, takes back the newest, the second piece, and so on.
    for (int p = pieces - 1; p > 0; p--) {
      tasks.get(p).fork();
    }
    Tokens[] tokens = new Tokens[pieces];
    tokens[0] = tasks.get(0).invoke();
    for (int p = 1; p < pieces; p++) {
      tokens[p] = finish(tasks.get(p));
    }
    return tokens;
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
