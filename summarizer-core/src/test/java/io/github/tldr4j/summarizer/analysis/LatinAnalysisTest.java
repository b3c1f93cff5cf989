package io.github.tldr4j.summarizer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: a short text of Latin characters analyzed with the Latin scanner in place of the
 * standard tokenizer gives the analyzer's own terms at the same offsets.
 */
final class LatinAnalysisTest {

  /** Words of several Latin-script languages, with possessives, contractions, numbers and case. */
  private static final String[] WORDS = {
    "The", "ferry", "Ferries", "ferry's", "harbour’s", "boats'", "isn't", "we'll", "O'Neill",
    "running", "runs", "generalisation", "organisations", "was", "would", "he", "and", "of",
    "2024", "3.5", "1,200", "12:30", "U.S.", "e.g.", "naïve", "Größe", "straße", "façade",
    "été", "Ñandú", "x_y", "_", "µs", "º", "AT&T", "well-known", "rock'n'roll", "l'été",
    "dell'anno", "don’t", "’tis", "cafés", "MAKING", "Happiness", "hopefully", "relational"
  };

  /** Separators and punctuation, with line breaks and the typographic marks of news. */
  private static final String[] GAPS = {
    " ", " ", " ", ", ", ". ", ".\n", "\n\n", "; ", ": ", " - ", " – ", " — ", " “", "” ",
    " ‘", "’ ", "\"", "'", "(", ") ", "!", "? ", "…", " • ", "\t", "\r\n", "\u00A0", "·", "/"
  };

  /** Characters the Latin scanner declines: the text then takes the analyzer's own way. */
  private static final String[] FOREIGN = {"\u0301", "\u200B", "©", "α", "カ", "😀", "\u2028"};

  @Test
  void randomTextsGetTheAnalyzersOwnTerms() throws IOException {
    Random random = new Random(11);
    List<Analyzer> analyzers =
        List.of(
            Analyzers.forLanguage("en"),
            Analyzers.forContentWords("en"),
            Analyzers.forLanguage("sw"),
            new StandardAnalyzer(new CharArraySet(List.of("the", "of", "and"), true)),
            withMaxTokenLength(6));
    int latin = 0;
    for (int round = 0; round < 3_000; round++) {
      Analyzer analyzer = analyzers.get(round % analyzers.size());
      String text = text(random, 1 + random.nextInt(round % 20 == 0 ? 400 : 40));
      List<String> expected = terms(analyzer.tokenStream("body", text));
      TokenStream stream = LatinAnalysis.tokenStream(analyzer, "body", text);
      assertEquals(expected, terms(stream), () -> analyzer + " on <" + text + ">");
      if (!isOwn(analyzer, stream, text)) {
        latin++;
      }
    }
    assertTrue(latin > 2_000, latin + " texts of Latin characters");
  }

  @Test
  void aTextWithAnotherScriptOrALongWordTakesTheAnalyzersOwnStream() throws IOException {
    Analyzer english = Analyzers.forLanguage("en");
    String greek = "The ferry sailed to Αθήνα at dawn.";
    assertTrue(isOwn(english, LatinAnalysis.tokenStream(english, "body", greek), greek));
    String latin = "The ferry sailed to Athens at dawn.";
    assertTrue(!isOwn(english, LatinAnalysis.tokenStream(english, "body", latin), latin));
    Analyzer shortTokens = withMaxTokenLength(5);
    assertTrue(isOwn(shortTokens, LatinAnalysis.tokenStream(shortTokens, "body", latin), latin));
  }

  @Test
  void anEnglishAnalyzerMadeElsewhereKeepsItsOwnStream() throws IOException {
    // its stem exclusions are not known: "ferries" is kept as it is here
    EnglishAnalyzer excluding =
        new EnglishAnalyzer(
            EnglishAnalyzer.getDefaultStopSet(), new CharArraySet(List.of("ferries"), false));
    String text = "Two ferries crossed.";
    TokenStream stream = LatinAnalysis.tokenStream(excluding, "body", text);
    assertTrue(isOwn(excluding, stream, text));
    assertEquals(
        List.of("0:3:two", "4:11:ferries", "12:19:cross", "end 20"),
        terms(LatinAnalysis.tokenStream(excluding, "body", text)));
  }

  @Test
  void eachThreadAndAnalyzerGetsItsOwnChain() throws Exception {
    Analyzer english = Analyzers.forLanguage("en");
    Analyzer generic = Analyzers.forLanguage("sw");
    String text = "Ferries' crossings were running late";
    List<String> englishTerms = terms(LatinAnalysis.tokenStream(english, "body", text));
    List<String> genericTerms = terms(LatinAnalysis.tokenStream(generic, "body", text));
    assertEquals(terms(english.tokenStream("body", text)), englishTerms);
    assertEquals(terms(generic.tokenStream("body", text)), genericTerms);
    assertEquals(englishTerms, terms(LatinAnalysis.tokenStream(english, "body", text)));
    List<List<String>> other = new ArrayList<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                other.add(terms(LatinAnalysis.tokenStream(english, "body", text)));
              } catch (IOException e) {
                throw new AssertionError(e);
              }
            });
    thread.start();
    thread.join();
    assertEquals(List.of(englishTerms), other);
  }

  @Test
  void collectedTermsAreTheAnalyzersOwnTextAfterText() throws IOException {
    // one analyzer for many texts on this thread: its forms are remembered from text to text
    Random random = new Random(12);
    for (Analyzer analyzer :
        List.of(Analyzers.forLanguage("en"), new StandardAnalyzer(EnglishAnalyzer.getDefaultStopSet()))) {
      int collected = 0;
      for (int round = 0; round < 600; round++) {
        String text = text(random, 1 + random.nextInt(round % 10 == 0 ? 300 : 30));
        int[][] sentences = sentences(random, text.length());
        TermCollector expected = new TermCollector(sentences[0], sentences[1], text.length());
        AnalyzedText.collect(analyzer.tokenStream("body", text), expected);
        TermCollector actual = new TermCollector(sentences[0], sentences[1], text.length());
        if (LatinAnalysis.collect(analyzer, text, actual)) {
          collected++;
          assertEquals(
              collectedTerms(expected, sentences[0].length),
              collectedTerms(actual, sentences[0].length),
              () -> analyzer + " on <" + text + ">");
        }
        // the title's way, through the same forms
        assertEquals(
            terms(analyzer.tokenStream("body", text)),
            terms(LatinAnalysis.tokenStream(analyzer, "body", text)));
      }
      assertTrue(collected > 400, collected + " texts collected by the Latin scanner");
      assertTrue(LatinAnalysis.formsKept() > 0, "forms remembered");
    }
  }

  @Test
  void theFormsStartAfreshPastTheirLimit() throws IOException {
    Analyzer english = Analyzers.forLanguage("en");
    Random random = new Random(13);
    String common = "The ferries were running late, and the harbour's crossings waited.";
    // texts of 1,500 to 3,000 forms never seen before, read the stream's way and the body's way in
    // turn, until each way has started afresh inside a text at least once
    int[] afresh = new int[2];
    for (int round = 0; round < 60 && (afresh[0] == 0 || afresh[1] == 0); round++) {
      StringBuilder text = new StringBuilder(common);
      for (int k = 1_500 + random.nextInt(1_500); k > 0; k--) {
        text.append(' ');
        for (int c = 5 + random.nextInt(6); c > 0; c--) {
          text.append((char) ('a' + random.nextInt(26)));
        }
      }
      String t = text.toString();
      int before = LatinAnalysis.formsKept();
      if (round % 2 == 0) {
        assertEquals(
            terms(english.tokenStream("body", t)),
            terms(LatinAnalysis.tokenStream(english, "body", t)));
      } else {
        // the text's dictionary keeps its ids across the fresh start
        int[][] sentences = sentences(random, t.length());
        TermCollector expected = new TermCollector(sentences[0], sentences[1], t.length());
        AnalyzedText.collect(english.tokenStream("body", t), expected);
        TermCollector actual = new TermCollector(sentences[0], sentences[1], t.length());
        assertTrue(LatinAnalysis.collect(english, t, actual));
        assertEquals(
            collectedTerms(expected, sentences[0].length),
            collectedTerms(actual, sentences[0].length));
      }
      int after = LatinAnalysis.formsKept();
      if (after < before) {
        afresh[round % 2]++;
      }
      assertTrue(after <= LatinAnalysis.Forms.MAX_FORMS, after + " forms kept");
    }
    assertTrue(afresh[0] > 0 && afresh[1] > 0, "started afresh in both ways");
  }

  /**
   * Sentences of a text of {@code length} characters at random: {starts, ends}, in order, with gaps
   * between some of them (characters outside every sentence).
   */
  private static int[][] sentences(Random random, int length) {
    List<int[]> ranges = new ArrayList<>();
    int at = random.nextInt(3) == 0 ? random.nextInt(Math.min(length, 5) + 1) : 0;
    while (at < length) {
      int end = Math.min(length, at + 1 + random.nextInt(60));
      ranges.add(new int[] {at, end});
      at = end + (random.nextInt(4) == 0 ? random.nextInt(4) : 0);
    }
    if (ranges.isEmpty()) {
      ranges.add(new int[] {0, length});
    }
    int[][] sentences = new int[2][ranges.size()];
    for (int i = 0; i < ranges.size(); i++) {
      sentences[0][i] = ranges.get(i)[0];
      sentences[1][i] = ranges.get(i)[1];
    }
    return sentences;
  }

  /** Each sentence's terms, as "sentence:id:term", in the collector's order. */
  private static List<String> collectedTerms(TermCollector collector, int sentences) {
    int[] termStart = new int[sentences + 1];
    int[] ids = collector.finish(termStart);
    List<String> terms = new ArrayList<>();
    for (int i = 0; i < sentences; i++) {
      for (int t = termStart[i]; t < termStart[i + 1]; t++) {
        terms.add(i + ":" + ids[t] + ":" + collector.dictionary.term(ids[t]));
      }
    }
    terms.add("size " + collector.dictionary.size());
    return terms;
  }

  private static Analyzer withMaxTokenLength(int length) {
    StandardAnalyzer analyzer = new StandardAnalyzer(CharArraySet.EMPTY_SET);
    analyzer.setMaxTokenLength(length);
    return analyzer;
  }

  /**
   * Whether {@code stream}, from {@link LatinAnalysis#tokenStream}, is the analyzer's own (its
   * reused chain, the same object on this thread); closes it (again).
   */
  private static boolean isOwn(Analyzer analyzer, TokenStream stream, String text)
      throws IOException {
    stream.close();
    try (TokenStream own = analyzer.tokenStream("body", text)) {
      return own == stream;
    }
  }

  private static String text(Random random, int words) {
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < words; k++) {
      text.append(WORDS[random.nextInt(WORDS.length)]);
      text.append(GAPS[random.nextInt(GAPS.length)]);
      if (random.nextInt(150) == 0) {
        text.append(FOREIGN[random.nextInt(FOREIGN.length)]);
      }
    }
    return text.toString();
  }

  /** The stream's terms as "start:end:term", and its final offset; resets, ends and closes it. */
  private static List<String> terms(TokenStream tokens) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = tokens) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(offset.startOffset() + ":" + offset.endOffset() + ":" + term);
      }
      stream.end();
      terms.add("end " + offset.endOffset());
    }
    return terms;
  }
}
