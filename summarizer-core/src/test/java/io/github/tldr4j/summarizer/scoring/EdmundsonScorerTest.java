package io.github.tldr4j.summarizer.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Edmundson's cue method: the scorer looks up only the words whose first two characters a cue
 * word or prefix may start with, and reads ASCII without the JDK's general calls; the sums must be
 * those of looking up every letter run, as the scorer did before.
 */
final class EdmundsonScorerTest {

  /** Pieces of random sentences: cue words, letters of several scripts, separators. */
  private static final String[] PIECES = {
    "a", "Z", "q", "-", " ", ".", ",", "'", "0", "9", "é", "É", "ß", "İ", "Σ", "ς", "ж", "中",
    "\uD835\uDC9C", "\uD835\uDC9C", "\uDC9C", "\uD835", "\u00AA", "_", "@", "[", "`", "{", "\t"
  };

  @Test
  void cueSumsAreThoseOfLookingUpEveryWord() {
    List<String> cues = new ArrayList<>(EdmundsonScorer.CUE_WORDS.keySet());
    cues.addAll(EdmundsonScorer.BONUS_PREFIXES);
    cues.addAll(EdmundsonScorer.STIGMA_PREFIXES);
    Random random = new Random(1413);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sentence = new StringBuilder();
      for (int k = random.nextInt(30); k > 0; k--) {
        if (random.nextInt(4) == 0) {
          String cue = cues.get(random.nextInt(cues.size()));
          // as written, capitalised, shouted, cut short or run on
          switch (random.nextInt(5)) {
            case 0 -> sentence.append(cue.toUpperCase(Locale.ROOT));
            case 1 -> sentence.append(cue, 0, random.nextInt(cue.length() + 1));
            case 2 -> sentence.append(cue).append(PIECES[random.nextInt(PIECES.length)]);
            case 3 -> sentence.append(Character.toUpperCase(cue.charAt(0))).append(cue, 1, cue.length());
            default -> sentence.append(cue);
          }
        } else {
          sentence.append(PIECES[random.nextInt(PIECES.length)]);
        }
      }
      String s = sentence.toString();
      assertEquals(reference(s), EdmundsonScorer.cue(s), s);
    }
  }

  @Test
  void wordsStartingAsACueWordOrPrefixAreAlwaysLookedUp() {
    // made-up entries: one-letter words and prefixes, non-ASCII ones; a word that is or starts
    // with one of them may start a cue word, whatever else the table holds
    Random random = new Random(1414);
    String letters = "abcé-zß";
    for (int round = 0; round < 2_000; round++) {
      List<String> words = new ArrayList<>();
      List<String> bonus = new ArrayList<>();
      List<String> stigma = new ArrayList<>();
      for (int k = random.nextInt(6); k > 0; k--) {
        String entry = randomWord(random, letters, 1 + random.nextInt(3));
        (random.nextBoolean() ? words : random.nextBoolean() ? bonus : stigma).add(entry);
      }
      EdmundsonScorer.Starts starts = new EdmundsonScorer.Starts(words, bonus, stigma);
      for (int k = 0; k < 50; k++) {
        String word = randomWord(random, letters, 1 + random.nextInt(4));
        boolean matches = words.contains(word);
        for (String prefix : bonus) {
          matches |= word.startsWith(prefix);
        }
        for (String prefix : stigma) {
          matches |= word.startsWith(prefix);
        }
        String text = "(" + word + ")";
        assertTrue(!matches || starts.mayStart(text, 1, 1 + word.length()), words + " " + word);
      }
    }
    // an empty prefix starts every word
    assertTrue(new EdmundsonScorer.Starts(List.of(), List.of(""), List.of()).mayStart("qq", 0, 2));
    assertTrue(!new EdmundsonScorer.Starts(List.of("ab"), List.of(), List.of()).mayStart("qq", 0, 2));
  }

  private static String randomWord(Random random, String letters, int length) {
    StringBuilder word = new StringBuilder();
    for (int k = 0; k < length; k++) {
      word.append(letters.charAt(random.nextInt(letters.length())));
    }
    return word.toString();
  }

  /** Every lower-cased letter run (with inner hyphens) looked up, as the scorer did before. */
  private static int reference(String sentence) {
    int sum = 0;
    String lower = sentence.toLowerCase(Locale.ROOT);
    int k = 0;
    while (k < lower.length()) {
      int c = lower.codePointAt(k);
      if (!Character.isLetter(c)) {
        k += Character.charCount(c);
        continue;
      }
      int start = k;
      while (k < lower.length()
          && (Character.isLetter(lower.codePointAt(k)) || lower.charAt(k) == '-')) {
        k += Character.charCount(lower.codePointAt(k));
      }
      String word = lower.substring(start, k);
      Integer sign = EdmundsonScorer.CUE_WORDS.get(word);
      if (sign != null) {
        sum += sign;
      } else if (EdmundsonScorer.BONUS_PREFIXES.stream().anyMatch(word::startsWith)) {
        sum++;
      } else if (EdmundsonScorer.STIGMA_PREFIXES.stream().anyMatch(word::startsWith)) {
        sum--;
      }
    }
    return sum;
  }
}
