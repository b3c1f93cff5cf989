package io.github.tldr4j.summarizer.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
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
   * Collects the terms of {@code text} into {@code collector}, as the analyzer's own token stream
   * gives them; returns false, with the collector in an unspecified state, if a form on its own is
   * not one token (then the caller analyzes the text the usual way).
   */
  static boolean collect(Analyzer analyzer, String text, TermCollector collector)
      throws IOException {
    int maxTokenLength =
        analyzer instanceof StandardAnalyzer standard
            ? standard.getMaxTokenLength()
            : StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH;
    Forms forms = new Forms(analyzer, maxTokenLength, text.length());
    try (StandardTokenizer tokenizer = new StandardTokenizer()) {
      tokenizer.setMaxTokenLength(maxTokenLength);
      tokenizer.setReader(new StringReader(text));
      CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
      tokenizer.reset();
      while (tokenizer.incrementToken()) {
        int analyzed = forms.analyzed(term.buffer(), term.length());
        if (analyzed == UNSURE) {
          return false;
        }
        if (analyzed != DROPPED) {
          int sentence = collector.sentenceOf(offset.startOffset());
          if (sentence >= 0) {
            collector.add(sentence, forms.id(analyzed, collector.dictionary));
          }
        }
      }
      tokenizer.end();
    }
    return true;
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

    /** The term of a form (analyzing it if new), DROPPED, or UNSURE. */
    int analyzed(char[] buffer, int length) throws IOException {
      int known = forms.size();
      int form = forms.add(buffer, length);
      if (form < known) {
        return termOf[form];
      }
      if (form == termOf.length) {
        termOf = Arrays.copyOf(termOf, form * 2);
      }
      int term = analyze(new String(buffer, 0, length));
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
