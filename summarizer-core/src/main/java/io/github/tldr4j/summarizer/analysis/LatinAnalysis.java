package io.github.tldr4j.summarizer.analysis;

import java.io.IOException;
import java.lang.ref.WeakReference;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The token stream of a text of Latin characters as Lucene's English or standard analyzer gives
 * it, with {@link LatinTokens} in place of the standard tokenizer and the analyzer's own filters
 * after it (possessives, lower case, stop words, the Porter stemmer): the same terms at the same
 * offsets, without the tokenizer's generated scanner, which was about a third of a news story's
 * analysis and a large method for the quick compiler.
 *
 * <p>It applies to the analyzers whose chain is known: {@link StandardAnalyzer} (lower case and its
 * stop words, whatever its maximum token length) and an {@link EnglishAnalyzer} that {@link
 * Analyzers} made (no stem exclusions, which an analyzer does not tell). A text with a character
 * that {@link LatinTokens} leaves to the tokenizer, or a token longer than its limit, gets the
 * analyzer's own stream. {@code LatinAnalysisTest} compares both on random texts. Stateless.
 */
final class LatinAnalysis {

  /** Each thread's characters of the text and its Latin scanner, reused from text to text. */
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private LatinAnalysis() {}

  /**
   * The analyzer's token stream of {@code text}: this class's when it applies, else the
   * analyzer's own ({@link Analyzer#tokenStream(String, String)} with {@code field}). The caller
   * resets, reads, ends and closes it, as any token stream; this class's is read on the thread
   * that asked for it, before that thread asks for another.
   */
  static TokenStream tokenStream(Analyzer analyzer, String field, String text) {
    Class<?> type = analyzer.getClass();
    boolean english = type == EnglishAnalyzer.class;
    if (!english && type != StandardAnalyzer.class) {
      return analyzer.tokenStream(field, text);
    }
    Scratch scratch = SCRATCH.get();
    // the thread's chain is for this analyzer, or it is one whose chain is known (asked only when
    // the analyzer changes: the set of English analyzers is a synchronized weak map)
    if (!scratch.isFor(analyzer) && english && !Analyzers.stemsEveryWord(analyzer)) {
      return analyzer.tokenStream(field, text);
    }
    int maxTokenLength =
        english
            ? StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH
            : ((StandardAnalyzer) analyzer).getMaxTokenLength();
    int n = text.length();
    if (scratch.chars.length < n) {
      scratch.chars = new char[Math.max(n, 2 * scratch.chars.length)];
    }
    char[] chars = scratch.chars;
    text.getChars(0, n, chars, 0);
    // LatinTokens breaks at line feeds and other controls as the tokenizer does (UAX #29 WB3a,
    // WB3b), so the whole text is one "line" to it
    int count = scratch.latin.split(chars, n, maxTokenLength);
    if (count < 0) {
      return analyzer.tokenStream(field, text);
    }
    return scratch.chain(analyzer, english).start(chars, n, count);
  }

  /**
   * A thread's reusable buffers, and its token stream for the analyzer it read last (held
   * weakly: the thread keeps the chain of filters, not the analyzer).
   */
  private static final class Scratch {
    char[] chars = new char[4096];
    final LatinTokens latin = new LatinTokens();
    private WeakReference<Analyzer> owner = new WeakReference<>(null);
    private Tokens source;

    /** Whether the thread's chain is {@code analyzer}'s. */
    boolean isFor(Analyzer analyzer) {
      return owner.get() == analyzer;
    }

    /** The source of a chain of {@code analyzer}'s filters over this thread's Latin tokens. */
    Tokens chain(Analyzer analyzer, boolean english) {
      if (!isFor(analyzer)) {
        build(analyzer, english);
      }
      return source;
    }

    /** Builds the chain for {@code analyzer} (a method of its own: once per thread and analyzer). */
    private void build(Analyzer analyzer, boolean english) {
      source = new Tokens(latin);
      source.sink =
          english
              ? new PorterStemFilter(
                  new StopFilter(
                      new LowerCaseFilter(new EnglishPossessiveFilter(source)),
                      ((EnglishAnalyzer) analyzer).getStopwordSet()))
              : new StopFilter(
                  new LowerCaseFilter(source), ((StandardAnalyzer) analyzer).getStopwordSet());
      owner = new WeakReference<>(analyzer);
    }
  }

  /**
   * The tokens of the last {@link LatinTokens#split}, with their offsets, as a token stream: the
   * source of a chain of filters, which {@link #start} returns.
   */
  private static final class Tokens extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final LatinTokens latin;
    /** The last filter of the chain that reads this source. */
    TokenStream sink;
    private char[] chars;
    private int length;
    private int count;
    private int next;

    Tokens(LatinTokens latin) {
      this.latin = latin;
    }

    /** The chain over the {@code count} tokens of {@code chars[0, length)} just split. */
    TokenStream start(char[] chars, int length, int count) {
      this.chars = chars;
      this.length = length;
      this.count = count;
      this.next = 0;
      return sink;
    }

    @Override
    public boolean incrementToken() {
      if (next == count) {
        return false;
      }
      clearAttributes();
      int start = latin.start(next);
      int end = latin.end(next);
      next++;
      term.copyBuffer(chars, start, end - start);
      offset.setOffset(start, end);
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(length, length);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }
}
