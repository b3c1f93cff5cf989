package io.github.tldr4j.benchmarks.rouge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

final class TokenizationTest {

  @Test
  void keepsMaximalRunsOfAsciiLettersAndDigitsLowerCased() {
    Rouge155Tokenizer tokenizer = new Rouge155Tokenizer(false);
    assertEquals(
        List.of("knee", "jerk", "u", "s", "1", "2871", "caf", "t", "the", "end"),
        tokenizer.tokenize("Knee-jerk: U.S. $1.2871 Café-t -- THE_END"));
  }

  @Test
  void dropsEverythingOutsideAscii() {
    assertEquals(List.of(), new Rouge155Tokenizer(true).tokenize("— « » ... ¿ 東京"));
  }

  @Test
  void stemsOnlyTokensLongerThanThreeCharacters() {
    Rouge155Tokenizer tokenizer = new Rouge155Tokenizer(true);
    assertEquals(
        List.of("go", "was", "ran", "run", "mouse", "is", "agre"),
        tokenizer.tokenize("Went was ran running mice is agreed"));
  }

  @Test
  void unicodeTokenizationKeepsLettersOfAnyScriptAndComposes() {
    UnicodeTokenizer tokenizer = UnicodeTokenizer.unstemmed();
    assertEquals(
        List.of("élève", "à", "l", "école", "naïve", "straße", "東京"),
        tokenizer.tokenize("Élève à l'e\u0301cole, NAÏVE Straße; 東京"));
  }

  @Test
  void unicodeTokenizationKeepsCombiningMarksInsideWords() {
    // Devanagari vowel signs and virama are combining marks
    assertEquals(List.of("हिन्दी", "भाषा"), UnicodeTokenizer.unstemmed().tokenize("हिन्दी भाषा।"));
  }

  @Test
  void unicodeTokenizationStemsWithTheLanguagesSnowballStemmer() {
    UnicodeTokenizer french = UnicodeTokenizer.stemmed("fr").orElseThrow();
    assertEquals(french.tokenize("chat"), french.tokenize("Chats"));
    assertEquals(List.of(), UnicodeTokenizer.stemmed("xx").stream().toList());
  }

  @Test
  void rejectsNullSentences() {
    assertThrows(NullPointerException.class, () -> new Rouge155Tokenizer(true).tokenize(null));
    assertThrows(NullPointerException.class, () -> UnicodeTokenizer.unstemmed().tokenize(null));
  }
}
