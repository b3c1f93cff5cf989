package io.github.tldr4j.summarizer.analysis;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.util.Arrays;
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
 * analyzer's own stream. {@code LatinAnalysisTest} compares both on random texts.
 *
 * <p>Each thread remembers the term of each word form it has analyzed ({@link Forms}): the filters
 * each look at one token at a time, so a form gives the same term wherever it is, and news repeats
 * its forms from one story to the next (in a batch of a thousand BBC stories, some 95% of tokens
 * are forms seen before). The filters then run once per form, not once per token. The stream gives
 * each token's term and offsets, which is all the analysis reads of it. Stateless, but for each
 * thread's own buffers and forms.
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
    Tokens tokens = split(analyzer, text);
    return tokens != null ? tokens : analyzer.tokenStream(field, text);
  }

  /**
   * Collects the terms of {@code text} into {@code collector} as {@link #tokenStream} would give
   * them, without a token stream, and returns true; or, when this class does not apply, collects
   * nothing and returns false (the caller then reads the analyzer's own stream). Each term goes to
   * the collector's dictionary through the thread's forms ({@link Forms#idIn}), not hashed again.
   */
  static boolean collect(Analyzer analyzer, String text, TermCollector collector)
      throws IOException {
    Tokens tokens = split(analyzer, text);
    if (tokens == null) {
      return false;
    }
    Forms forms = tokens.forms;
    forms.startText();
    LatinTokens latin = tokens.latin;
    char[] chars = tokens.chars;
    TermDictionary dictionary = collector.dictionary;
    for (int k = 0, count = tokens.count; k < count; k++) {
      int start = latin.start(k);
      // a stop word, or an empty term (which the analysis skips)
      int term = forms.term(chars, start, latin.end(k));
      if (term >= 0) {
        int sentence = collector.sentenceOf(start);
        if (sentence >= 0) {
          collector.add(sentence, forms.idIn(dictionary, term));
        }
      }
    }
    return true;
  }

  /** The number of word forms this thread remembers now, for its last analyzer (tests). */
  static int formsKept() {
    Tokens source = SCRATCH.get().source;
    return source == null ? 0 : source.forms.size();
  }

  /**
   * The thread's tokens of {@code text}, split and ready to be read; null when this class does not
   * apply (another analyzer, a character that {@link LatinTokens} leaves to the tokenizer, a token
   * over the maximum length).
   */
  private static Tokens split(Analyzer analyzer, String text) {
    Class<?> type = analyzer.getClass();
    boolean english = type == EnglishAnalyzer.class;
    if (!english && type != StandardAnalyzer.class) {
      return null;
    }
    Scratch scratch = SCRATCH.get();
    // the thread's chain is for this analyzer, or it is one whose chain is known (asked only when
    // the analyzer changes: the set of English analyzers is a synchronized weak map)
    if (!scratch.isFor(analyzer) && english && !Analyzers.stemsEveryWord(analyzer)) {
      return null;
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
      return null;
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
      Single single = new Single();
      TokenStream filters =
          english
              ? new PorterStemFilter(
                  new StopFilter(
                      new LowerCaseFilter(new EnglishPossessiveFilter(single)),
                      ((EnglishAnalyzer) analyzer).getStopwordSet()))
              : new StopFilter(
                  new LowerCaseFilter(single), ((StandardAnalyzer) analyzer).getStopwordSet());
      source = new Tokens(latin, new Forms(single, filters));
      owner = new WeakReference<>(analyzer);
    }
  }

  /**
   * The word forms a thread has analyzed with one analyzer's filters, each with its term: the
   * filters run on a form the first time it is seen, on its own ({@link Single}), and the term is
   * looked up after that. At most {@value #MAX_FORMS} forms are kept (about a megabyte); past them
   * it starts afresh. Not thread-safe: one thread's.
   */
  static final class Forms {
    /** The forms kept before starting afresh. */
    static final int MAX_FORMS = 1 << 14;
    /** A form that the filters remove (a stop word). */
    private static final int DROPPED = -1;
    /** A form that the filters leave empty. */
    private static final int EMPTY = -2;

    private final Single single;
    private final TokenStream filters;
    private final CharTermAttribute filtered;
    private TermDictionary forms = new TermDictionary();
    /** Per form: its term in {@link #terms}, or DROPPED. */
    private int[] termOf = new int[64];
    private TermDictionary terms = new TermDictionary();
    /** Per term: its id in the dictionary of the text being collected, if its stamp is now's. */
    private int[] textId = new int[64];
    private int[] textStamp = new int[64];
    /** The text being collected ({@link #startText}). */
    private int stamp;

    Forms(Single single, TokenStream filters) {
      this.single = single;
      this.filters = filters;
      this.filtered = filters.addAttribute(CharTermAttribute.class);
    }

    /** The term of the form {@code chars[start, end)} (in {@link #terms}), DROPPED or EMPTY. */
    int term(char[] chars, int start, int end) throws IOException {
      int known = forms.size();
      int form = forms.add(chars, start, end - start);
      return form < known ? termOf[form] : analyze(form, chars, start, end);
    }

    /** Runs the filters on a new form (a method of its own: the rare case). */
    private int analyze(int form, char[] chars, int start, int end) throws IOException {
      if (form == MAX_FORMS) {
        forms = new TermDictionary();
        terms = new TermDictionary();
        Arrays.fill(textStamp, 0);
        form = forms.add(chars, start, end - start);
      }
      if (form == termOf.length) {
        termOf = Arrays.copyOf(termOf, form * 2);
      }
      single.set(chars, start, end);
      filters.reset();
      // each filter gives at most one token for a token
      int term = DROPPED;
      if (filters.incrementToken()) {
        int length = filtered.length();
        term = length == 0 ? EMPTY : terms.add(filtered.buffer(), length);
      }
      filters.end();
      termOf[form] = term;
      return term;
    }

    /** Starts collecting a text: the terms' ids in the last text's dictionary no longer hold. */
    void startText() {
      if (++stamp == Integer.MAX_VALUE) {
        Arrays.fill(textStamp, 0);
        stamp = 1;
      }
    }

    /**
     * The id in {@code dictionary}, the text's, of {@code term}: added to it on the term's first
     * occurrence in the text (in order of first occurrence, as its own analysis adds them), then
     * looked up here.
     */
    int idIn(TermDictionary dictionary, int term) {
      if (term >= textStamp.length) {
        int length = Math.max(term + 1, 2 * textStamp.length);
        textStamp = Arrays.copyOf(textStamp, length);
        textId = Arrays.copyOf(textId, length);
      }
      if (textStamp[term] != stamp) {
        textStamp[term] = stamp;
        textId[term] = dictionary.add(terms, term);
      }
      return textId[term];
    }

    /** Sets {@code attribute} to {@code term}: a term of {@link #terms}, or EMPTY. */
    void copyTo(int term, CharTermAttribute attribute) {
      if (term == EMPTY) {
        attribute.setEmpty();
      } else {
        terms.copyTo(term, attribute);
      }
    }

    /** The number of forms kept now. */
    int size() {
      return forms.size();
    }
  }

  /** One token, a form on its own, as the source of the filters. */
  private static final class Single extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private char[] chars;
    private int start;
    private int end;
    private boolean done;

    void set(char[] chars, int start, int end) {
      this.chars = chars;
      this.start = start;
      this.end = end;
    }

    @Override
    public boolean incrementToken() {
      if (done) {
        return false;
      }
      clearAttributes();
      term.copyBuffer(chars, start, end - start);
      done = true;
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      done = false;
    }
  }

  /**
   * The tokens of the last {@link LatinTokens#split}, with their offsets and their terms, as a
   * token stream: what {@link #start} returns.
   */
  private static final class Tokens extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    final LatinTokens latin;
    final Forms forms;
    char[] chars;
    private int length;
    int count;
    private int next;

    Tokens(LatinTokens latin, Forms forms) {
      this.latin = latin;
      this.forms = forms;
    }

    /** This stream over the {@code count} tokens of {@code chars[0, length)} just split. */
    Tokens start(char[] chars, int length, int count) {
      this.chars = chars;
      this.length = length;
      this.count = count;
      this.next = 0;
      return this;
    }

    @Override
    public boolean incrementToken() throws IOException {
      while (next < count) {
        int start = latin.start(next);
        int end = latin.end(next);
        next++;
        int id = forms.term(chars, start, end);
        if (id != Forms.DROPPED) {
          clearAttributes();
          forms.copyTo(id, term);
          offset.setOffset(start, end);
          return true;
        }
      }
      return false;
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
