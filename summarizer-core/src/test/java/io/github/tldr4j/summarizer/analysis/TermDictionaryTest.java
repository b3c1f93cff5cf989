package io.github.tldr4j.summarizer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class TermDictionaryTest {

  @Test
  void idsInOrderOfFirstOccurrenceThroughEveryGrowth() {
    Random random = new Random(2);
    TermDictionary dictionary = new TermDictionary();
    Map<String, Integer> expected = new LinkedHashMap<>();
    for (int i = 0; i < 20_000; i++) {
      String term = randomTerm(random);
      int id = dictionary.add(term.toCharArray(), term.length());
      assertEquals(expected.computeIfAbsent(term, t -> expected.size()), id, term);
    }
    assertEquals(expected.size(), dictionary.size());
    expected.forEach((term, id) -> assertEquals(term, dictionary.term(id)));
    assertEquals(-1, dictionary.find("absent!".toCharArray(), 7));
  }

  @Test
  void mergingAnotherDictionaryGivesTheIdsOfAddingItsTerms() {
    Random random = new Random(9);
    List<String> terms = new ArrayList<>();
    TermDictionary piece = new TermDictionary();
    for (int i = 0; i < 3_000; i++) {
      String term = randomTerm(random);
      terms.add(term);
      piece.add(term.toCharArray(), term.length());
    }
    TermDictionary direct = new TermDictionary();
    TermDictionary merged = new TermDictionary();
    for (String term : terms) {
      direct.add("x".toCharArray(), 1); // a term both already hold
      merged.add("x".toCharArray(), 1);
      int id = direct.add(term.toCharArray(), term.length());
      assertEquals(id, merged.add(piece, piece.find(term.toCharArray(), term.length())), term);
    }
    assertEquals(direct.size(), merged.size());
  }

  private static String randomTerm(Random random) {
    char[] chars = new char[1 + random.nextInt(7)];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = "abcdeé日🙂".charAt(random.nextInt(9));
    }
    return new String(chars);
  }
}
