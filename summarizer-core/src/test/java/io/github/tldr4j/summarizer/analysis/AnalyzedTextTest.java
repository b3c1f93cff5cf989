package io.github.tldr4j.summarizer.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.tldr4j.summarizer.text.Sentence;
import io.github.tldr4j.summarizer.text.Words;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.util.AttributeSource;
import org.junit.jupiter.api.Test;

final class AnalyzedTextTest {

  private static final Analyzer WHITESPACE = new WhitespaceAnalyzer();

  // --- title terms

  @Test
  void titleTermIdsAreTheSortedDistinctIdsOfTheTitlesWordsThatTheTextHas() {
    Random random = new Random(11);
    String[] words = {"ant", "bee", "cat", "dog", "elk", "fox", "gnu", "hen"};
    for (int round = 0; round < 500; round++) {
      String text = randomWords(random, words, 1 + random.nextInt(12));
      // a title of up to 49 words now and then: more ids than the insertion sort takes
      String title = randomWords(random, words, random.nextInt(round % 5 == 0 ? 50 : 10));
      List<Sentence> one = List.of(new Sentence(0, 0, text.length(), 0, text));
      AnalyzedText analyzed = AnalyzedText.analyze(WHITESPACE, text, one, title);
      String[] tokens = text.split(" ");
      java.util.Map<String, Integer> ids = new java.util.HashMap<>();
      for (int i = 0; i < tokens.length; i++) {
        ids.put(tokens[i], analyzed.termIds()[i]);
      }
      java.util.SortedSet<Integer> expected = new java.util.TreeSet<>();
      for (String word : title.isEmpty() ? new String[0] : title.split(" ")) {
        if (ids.containsKey(word)) {
          expected.add(ids.get(word));
        }
      }
      int[] want = expected.stream().mapToInt(Integer::intValue).toArray();
      assertArrayEquals(want, analyzed.titleTermIds(), text + " | " + title);
    }
  }

  @Test
  void insertionSortSortsAsArraysSortDoes() {
    Random random = new Random(33);
    for (int round = 0; round < 2_000; round++) {
      int count = random.nextInt(AnalyzedText.SMALL_SORT + 1);
      int[] ids = new int[count + random.nextInt(3)];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = random.nextInt(round % 2 == 0 ? 5 : 1_000) - (round % 7 == 0 ? 500 : 0);
      }
      int[] expected = ids.clone();
      java.util.Arrays.sort(expected, 0, count);
      AnalyzedText.insertionSort(ids, count);
      assertArrayEquals(expected, ids, () -> java.util.Arrays.toString(expected));
    }
  }

  private static String randomWords(Random random, String[] words, int count) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(words[random.nextInt(words.length)]);
    }
    return sb.toString();
  }

  // --- word counts

  @Test
  void wordCountsOfSentencesCutAnywhere() {
    Random random = new Random(5);
    String alphabet = "ab .\n\u00A0";
    for (int round = 0; round < 2_000; round++) {
      char[] chars = new char[random.nextInt(40)];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = alphabet.charAt(random.nextInt(alphabet.length()));
      }
      String text = new String(chars);
      List<Sentence> sentences = randomSentences(random, text);
      AnalyzedText analyzed = AnalyzedText.analyze(WHITESPACE, text, sentences, null);
      int total = 0;
      for (int i = 0; i < sentences.size(); i++) {
        // the words that start in the sentence: one cut inside a word does not count it twice
        Sentence s = sentences.get(i);
        assertEquals(Words.count(text, s.start(), s.end()), analyzed.wordCount(i));
        total += analyzed.wordCount(i);
      }
      assertEquals(total, analyzed.totalWordCount());
      if (!sentences.isEmpty()) {
        int from = sentences.get(0).start();
        int to = sentences.get(sentences.size() - 1).end();
        boolean gapsAreSpace = true;
        for (int i = 1; i < sentences.size(); i++) {
          gapsAreSpace &= text.substring(sentences.get(i - 1).end(), sentences.get(i).start()).isBlank();
        }
        if (gapsAreSpace) {
          assertEquals(Words.count(text, from, to), total, text);
        }
      }
    }
  }

  /** Non-overlapping, non-empty ranges in order, cut anywhere (inside words too). */
  private static List<Sentence> randomSentences(Random random, String text) {
    List<Sentence> sentences = new ArrayList<>();
    int position = 0;
    while (position < text.length()) {
      int start = position + random.nextInt(Math.min(4, text.length() - position));
      int end = start + 1 + random.nextInt(Math.min(8, text.length() - start));
      sentences.add(
          new Sentence(sentences.size(), start, end, 0, text.substring(start, end)));
      position = end;
    }
    return sentences;
  }

  // --- term grouping

  @Test
  void termsWithADigitAreTold() {
    // term ids follow first occurrence: Arabic-Indic and fullwidth digits count, letters alone not
    String[] terms = {"2014", "7,000", "40s", "word", "\u0663", "x\uFF15", "twenty-one", "co-op"};
    boolean[] digit = {true, true, true, false, true, true, false, false};
    AnalyzedText analyzed = analyze(WHITESPACE, String.join(" ", terms) + ".");
    assertEquals(terms.length, analyzed.vocabularySize());
    for (int t = 0; t < terms.length; t++) {
      assertEquals(digit[t], analyzed.hasDigit(t), terms[t]);
    }
    assertThrows(IndexOutOfBoundsException.class, () -> analyzed.hasDigit(terms.length));
    assertThrows(IndexOutOfBoundsException.class, () -> analyzed.hasDigit(-1));
  }

  @Test
  void singleLettersOfAnAlphabetAreTold() {
    String[] terms = {"s", "d", "ab", "\u03b1", "\u0436", "7", "\u4e2d", "\u00e9", "-"};
    boolean[] letter = {true, true, false, true, true, false, false, true, false};
    AnalyzedText analyzed = analyze(WHITESPACE, String.join(" ", terms) + " end.");
    for (int t = 0; t < terms.length; t++) {
      assertEquals(letter[t], analyzed.isLetter(t), terms[t]);
    }
    assertThrows(IndexOutOfBoundsException.class, () -> analyzed.isLetter(-1));
  }

  @Test
  void termsAreGroupedBySentenceInOrder() {
    String text = "alpha beta. gamma alpha. beta";
    AnalyzedText analyzed = analyze(WHITESPACE, text);
    assertEquals(3, analyzed.sentenceCount());
    assertEquals(5, analyzed.vocabularySize()); // alpha beta. gamma alpha. beta
    assertArrayEquals(new int[] {0, 1}, termsOf(analyzed, 0));
    assertArrayEquals(new int[] {2, 3}, termsOf(analyzed, 1));
    assertArrayEquals(new int[] {4}, termsOf(analyzed, 2));
  }

  @Test
  void tokensArrivingOutOfSentenceOrderAreRegrouped() {
    // sentences [a.] [b c.] [d e.] [f g.]; tokens arrive as b a. d c. f e. g.
    AnalyzedText analyzed = analyze(new SwappingAnalyzer(), "a. b c. d e. f g.");
    assertEquals(4, analyzed.sentenceCount());
    assertEquals(7, analyzed.vocabularySize());
    // ids in order of arrival: b=0 a.=1 d=2 c.=3 f=4 e.=5 g.=6
    assertArrayEquals(new int[] {1}, termsOf(analyzed, 0));
    assertArrayEquals(new int[] {0, 3}, termsOf(analyzed, 1));
    assertArrayEquals(new int[] {2, 5}, termsOf(analyzed, 2));
    assertArrayEquals(new int[] {4, 6}, termsOf(analyzed, 3));
  }

  @Test
  void manyTokensGrowTheArrays() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      text.append("w").append(i % 700).append(i % 10 == 9 ? ". " : " ");
    }
    String s = text.toString();
    AnalyzedText analyzed = analyze(Analyzers.forLanguage("en"), s);
    assertEquals(500, analyzed.sentenceCount());
    assertEquals(5_000, analyzed.termIds().length);
    assertEquals(700, analyzed.vocabularySize());
  }

  /** Analyzes {@code text} split after every period, independently of the segmenter's rules. */
  private static AnalyzedText analyze(Analyzer analyzer, String text) {
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '.') {
        int end = Math.min(i + 1, text.length());
        String s = text.substring(start, end).strip();
        if (!s.isEmpty()) {
          int from = text.indexOf(s, start);
          sentences.add(new Sentence(sentences.size(), from, from + s.length(), 0, s));
        }
        start = end;
      }
    }
    return AnalyzedText.analyze(analyzer, text, sentences, null);
  }

  private static int[] termsOf(AnalyzedText analyzed, int sentence) {
    return Arrays.copyOfRange(
        analyzed.termIds(), analyzed.termStart(sentence), analyzed.termStart(sentence + 1));
  }

  /** Whitespace tokens, each pair of them emitted in reverse order. */
  private static final class SwappingAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer tokenizer = new WhitespaceTokenizer();
      return new TokenStreamComponents(tokenizer, new PairSwapFilter(tokenizer));
    }
  }

  private static final class PairSwapFilter extends TokenFilter {
    private AttributeSource.State held;

    PairSwapFilter(TokenStream input) {
      super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (held != null) {
        restoreState(held);
        held = null;
        return true;
      }
      if (!input.incrementToken()) {
        return false;
      }
      AttributeSource.State first = captureState();
      if (!input.incrementToken()) {
        restoreState(first); // odd one out: as is
        return true;
      }
      held = first;
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      held = null;
    }
  }
}
