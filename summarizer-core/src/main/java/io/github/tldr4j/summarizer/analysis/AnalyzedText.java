package io.github.tldr4j.summarizer.analysis;

import io.github.tldr4j.summarizer.internal.CountedAnalysis;
import io.github.tldr4j.summarizer.internal.Parallel;
import io.github.tldr4j.summarizer.text.Sentence;
import io.github.tldr4j.summarizer.text.Words;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A segmented text after term analysis: for each sentence, the ids of its analyzed terms (stemmed,
 * stop words removed, in order, with repeats), plus its word count.
 *
 * <p>The whole text goes through the analyzer once; each token is assigned to the sentence that
 * contains its start offset. (A text of 64K characters or more, with Lucene's English or standard
 * analyzer, is read by the standard tokenizer and each distinct word form goes through the
 * analyzer once, with the same result; a shorter one of ASCII and Latin-1 letters and the marks of
 * English news is split by a scanner of the tokenizer's rules for them, and only the analyzer's
 * filters run, see {@link LatinAnalysis}.) Term ids are dense, {@code 0 .. vocabularySize() - 1}, in
 * order of first occurrence. Immutable once built and safe to share between threads.
 *
 * <p>Its accessors are the input of every {@link io.github.tldr4j.summarizer.scoring.SentenceScorer}
 * and part of the stable API; {@link #analyze} is not.
 *
 * @since 0.1
 */
public final class AnalyzedText {

  private static final String FIELD = "body";

  static {
    CountedAnalysis.register(new WithCounts());
  }

  private final List<Sentence> sentences;
  private final int[] termStart;
  private final int[] terms;
  private final int[] wordCounts;
  private final int totalWordCount;
  private final int vocabularySize;
  private final int[] titleTerms;
  private final boolean[] standalone;
  private final TermDictionary dictionary;

  private AnalyzedText(
      List<Sentence> sentences,
      int[] termStart,
      int[] terms,
      int[] wordCounts,
      int vocabularySize,
      int[] titleTerms,
      boolean[] standalone,
      TermDictionary dictionary) {
    this.sentences = sentences;
    this.termStart = termStart;
    this.terms = terms;
    this.wordCounts = wordCounts;
    int total = 0;
    for (int count : wordCounts) {
      total += count;
    }
    this.totalWordCount = total;
    this.vocabularySize = vocabularySize;
    this.titleTerms = titleTerms;
    this.standalone = standalone;
    this.dictionary = dictionary;
  }

  /**
   * Analyzes {@code text}, split into {@code sentences}, with {@code analyzer}.
   *
   * @param analyzer the Lucene analyzer; used, never closed
   * @param text the original text the sentences come from
   * @param sentences its sentences, in document order, with offsets into {@code text}
   * @param title an optional title whose terms are looked up in the text's vocabulary, or null
   * @return the analyzed text
   * @throws NullPointerException if {@code analyzer}, {@code text} or {@code sentences} is null
   * @throws UncheckedIOException if the analyzer fails (it reads from memory, so only a broken
   *     analyzer does)
   */
  public static AnalyzedText analyze(
      Analyzer analyzer, String text, List<Sentence> sentences, String title) {
    Objects.requireNonNull(text, "text");
    return analyze(analyzer, text, sentences, title, Parallel.shares(text.length()));
  }

  /**
   * Analyzes as {@link #analyze(Analyzer, String, List, String)} does, sharing the work with the
   * common pool if {@code shared} (see {@link Parallel}); the result is the same either way.
   */
  static AnalyzedText analyze(
      Analyzer analyzer, String text, List<Sentence> sentences, String title, boolean shared) {
    return analyze(analyzer, text, sentences, null, title, shared);
  }

  /**
   * The summarizer's analysis ({@link CountedAnalysis}): the sentences' word counts come from its
   * page layout, which has counted them.
   */
  private static final class WithCounts implements CountedAnalysis.Entry {
    @Override
    public AnalyzedText analyze(
        Analyzer analyzer, String text, List<Sentence> sentences, int[] wordCounts, String title) {
      Objects.requireNonNull(text, "text");
      return AnalyzedText.analyze(
          analyzer, text, sentences, wordCounts, title, Parallel.shares(text.length()));
    }
  }

  /**
   * Analyzes as {@link #analyze(Analyzer, String, List, String, boolean)} does, with the sentences'
   * word counts when the caller has them ({@code counted}, as many as the sentences), else (null)
   * counting them.
   */
  private static AnalyzedText analyze(
      Analyzer analyzer,
      String text,
      List<Sentence> sentences,
      int[] counted,
      String title,
      boolean shared) {
    Objects.requireNonNull(analyzer, "analyzer");
    Objects.requireNonNull(text, "text");
    List<Sentence> copy = List.copyOf(sentences);
    int n = copy.size();
    int[] starts = new int[n];
    int[] ends = new int[n];
    int ranges = Parallel.ranges(shared);
    Parallel.forRanges(
        n,
        ranges,
        (from, to) -> {
          for (int i = from; i < to; i++) {
            Sentence s = copy.get(i);
            starts[i] = s.start();
            ends[i] = s.end();
          }
        });
    // Each pass over the text is a method of its own: a loop that runs once over a long text is
    // compiled while it runs (on-stack replacement), together with the rest of its method, so one
    // loop per method keeps those compilations small and the profile they use complete.
    int[] wordCounts = counted != null ? counted : wordCounts(text, starts, ends, ranges);
    TermCollector collected = collect(analyzer, text, starts, ends, shared);
    int[] termStart = new int[n + 1];
    int[] terms = collected.finish(termStart);
    TermDictionary dictionary = collected.dictionary;
    int[] titleTerms = title == null || n == 0 ? new int[0] : lookUp(analyzer, title, dictionary);
    boolean[] standalone = standalone(text, starts, ends, collected.counts, ranges);
    return new AnalyzedText(
        copy, termStart, terms, wordCounts, dictionary.size(), titleTerms, standalone, dictionary);
  }

  /**
   * Runs the analyzer over the text and interns its terms by sentence: a long text word form by
   * word form when the analyzer allows it ({@link SurfaceTerms}), any other token by token.
   */
  private static TermCollector collect(
      Analyzer analyzer, String text, int[] starts, int[] ends, boolean shared) {
    try {
      if (starts.length > 0 && SurfaceTerms.applies(analyzer, text)) {
        TermCollector collector = new TermCollector(starts, ends, text.length());
        int pieces = shared ? SurfaceTerms.pieces(text.length()) : 1;
        if (SurfaceTerms.collect(analyzer, text, collector, pieces)) {
          return collector;
        }
      }
      TermCollector collector = new TermCollector(starts, ends, text.length());
      if (starts.length > 0 && !LatinAnalysis.collect(analyzer, text, collector)) {
        collect(analyzer.tokenStream(FIELD, text), collector);
      }
      return collector;
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of an in-memory text failed", e);
    }
  }

  /** The sentences' word counts; a long text's on several threads, each its own sentences. */
  private static int[] wordCounts(String text, int[] starts, int[] ends, int ranges) {
    int[] wordCounts = new int[starts.length];
    Parallel.forRanges(
        starts.length,
        ranges,
        (from, to) -> {
          for (int i = from; i < to; i++) {
            wordCounts[i] = Words.count(text, starts[i], ends[i]);
          }
        });
    return wordCounts;
  }

  private static boolean[] standalone(
      String text, int[] starts, int[] ends, int[] counts, int ranges) {
    boolean[] standalone = new boolean[starts.length];
    Parallel.forRanges(
        starts.length,
        ranges,
        (from, to) -> {
          for (int i = from; i < to; i++) {
            standalone[i] = Standalone.check(text, starts[i], ends[i], counts[i + 1]);
          }
        });
    return standalone;
  }

  /** Collects the terms of a token stream, token by token; closes the stream. */
  static void collect(TokenStream tokens, TermCollector collector) throws IOException {
    try (TokenStream stream = tokens) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        int length = term.length();
        if (length == 0) {
          continue;
        }
        int sentence = collector.sentenceOf(offset.startOffset());
        if (sentence >= 0) {
          collector.add(sentence, collector.dictionary.add(term.buffer(), length));
        }
      }
      stream.end();
    }
  }

  private static int[] lookUp(Analyzer analyzer, String title, TermDictionary dictionary) {
    int[] ids = new int[8];
    int count = 0;
    try (TokenStream stream = LatinAnalysis.tokenStream(analyzer, FIELD, title)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        int id = dictionary.find(term.buffer(), term.length());
        if (id >= 0) {
          if (count == ids.length) {
            ids = Arrays.copyOf(ids, count * 2);
          }
          ids[count++] = id;
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of an in-memory title failed", e);
    }
    // Sorted and distinct by hand: a stream pipeline here is some forty JDK methods that a short
    // run interprets and compiles for a handful of ids per document (issue 11); and a title's few
    // ids by insertion, as Arrays.sort's dual-pivot quicksort (about 1,100 bytes of code for the
    // quick compiler, used nowhere else in a batch) would sort so few itself.
    if (count <= SMALL_SORT) {
      insertionSort(ids, count);
    } else {
      Arrays.sort(ids, 0, count);
    }
    int distinct = 0;
    for (int i = 0; i < count; i++) {
      if (distinct == 0 || ids[i] != ids[distinct - 1]) {
        ids[distinct++] = ids[i];
      }
    }
    return Arrays.copyOf(ids, distinct);
  }

  /** At most this many ids are sorted by {@link #insertionSort}. */
  static final int SMALL_SORT = 32;

  /** Sorts {@code ids[0, count)} in ascending order. */
  static void insertionSort(int[] ids, int count) {
    for (int i = 1; i < count; i++) {
      int id = ids[i];
      int j = i - 1;
      while (j >= 0 && ids[j] > id) {
        ids[j + 1] = ids[j];
        j--;
      }
      ids[j + 1] = id;
    }
  }

  /**
   * Returns the sentences.
   *
   * @return the sentences in document order
   */
  public List<Sentence> sentences() {
    return sentences;
  }

  /**
   * Returns the number of sentences.
   *
   * @return the sentence count
   */
  public int sentenceCount() {
    return sentences.size();
  }

  /**
   * Returns the number of distinct terms in the text.
   *
   * @return the vocabulary size
   */
  public int vocabularySize() {
    return vocabularySize;
  }

  /**
   * Returns the index in {@link #termIds()} of the first term of sentence {@code i}; the terms of
   * sentence {@code i} are {@code termIds()[termStart(i) .. termStart(i + 1))}.
   *
   * @param i a sentence index, or the sentence count for the end
   * @return the offset into the term array
   */
  public int termStart(int i) {
    return termStart[i];
  }

  /**
   * Returns the term ids of all sentences, concatenated in sentence order. The array is shared:
   * do not modify it.
   *
   * @return the term ids
   */
  public int[] termIds() {
    return terms;
  }

  /**
   * Tells whether a term has a decimal digit, as the terms of numbers, years, scores, ages and
   * amounts do ({@code 2014}, {@code 7,000}, {@code 1.5}, {@code 40s}): the tokens that are not
   * words in the sense of the papers that compare sentences by their words.
   *
   * @param term a term id, {@code 0 .. vocabularySize() - 1}
   * @return whether its analyzed form contains a character of Unicode category Nd
   * @throws IndexOutOfBoundsException if {@code term} is not a term id
   */
  public boolean hasDigit(int term) {
    Objects.checkIndex(term, vocabularySize);
    return dictionary.hasDigit(term);
  }

  /**
   * Tells whether a term is a single letter of an alphabet (Latin, Greek or Cyrillic): an initial,
   * a label, or a clitic split off by the text's tokenization ({@code s} of {@code it 's}, {@code
   * d} of {@code they 'd}), where a word of that alphabet has more letters.
   *
   * @param term a term id, {@code 0 .. vocabularySize() - 1}
   * @return whether its analyzed form is one such letter
   * @throws IndexOutOfBoundsException if {@code term} is not a term id
   */
  public boolean isLetter(int term) {
    Objects.checkIndex(term, vocabularySize);
    return dictionary.isLetter(term);
  }

  /**
   * Returns the word count of sentence {@code i} (maximal runs of non-whitespace characters).
   *
   * @param i a sentence index
   * @return its word count
   */
  public int wordCount(int i) {
    return wordCounts[i];
  }

  /**
   * Returns the sum of the sentences' word counts: the text's words as the summary statistics
   * count them. (It can exceed the text's runs of non-whitespace when a sentence boundary falls
   * inside one, as in {@code "。the"}.)
   *
   * @return the total word count
   */
  public int totalWordCount() {
    return totalWordCount;
  }

  /**
   * Tells whether sentence {@code i} can be read alone, out of its context: false for a fragment
   * of fewer than three terms, a line ending with a colon, the end of a quotation opened in an
   * earlier sentence without its speaker, and a line of fewer than five terms without
   * sentence-final punctuation (a heading or a label). Summaries are made of sentences that can.
   *
   * @param i a sentence index
   * @return whether the sentence can stand alone in a summary
   */
  public boolean standalone(int i) {
    return standalone[i];
  }

  /**
   * Returns the distinct ids of the title's terms that occur in the text, sorted; empty without a
   * title. The array is shared: do not modify it.
   *
   * @return the title term ids
   */
  public int[] titleTermIds() {
    return titleTerms;
  }
}
