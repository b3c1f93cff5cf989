package io.github.tldr4j.summarizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tldr4j.summarizer.scoring.Algorithm;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Known answers of Luhn, Edmundson, SumBasic and KL-Sum on small hand-made texts. */
final class ClassicAlgorithmsTest {

  private static Map<Integer, Double> scores(Algorithm algorithm, Document document) {
    return Summarizer.builder().algorithm(algorithm).build().rank(document).stream()
        .collect(Collectors.toMap(ScoredSentence::index, ScoredSentence::score));
  }

  private static List<Integer> chosen(Algorithm algorithm, String text, int sentences) {
    return Summarizer.builder().algorithm(algorithm).build()
        .summarize(text, Budget.sentences(sentences)).sentences().stream()
        .map(ScoredSentence::index).toList();
  }

  /** Beekeepers and honey recur: packed in sentence 1, spread in 4, alone in 3. */
  private static final String BEES =
      "Weather was mild in the valley this spring. "
          + "Beekeepers harvest honey, and beekeepers sell honey. "
          + "A school fair sold cakes and lemonade. "
          + "Visitors walked along the river to see the old mill and the new bridge before lunch,"
          + " and some bought honey. "
          + "Honey from local beekeepers won a prize.";

  @Test
  void luhnPrefersTheDensestClusterOfSignificantWords() {
    Map<Integer, Double> s = scores(Algorithm.LUHN, Document.of(BEES));
    assertTrue(s.get(1) > s.get(4), s.toString());
    assertTrue(s.get(4) > 0.0, s.toString());
    assertEquals(0.0, s.get(3), "one significant word is no cluster");
    assertEquals(0.0, s.get(0), "no significant word");
    assertEquals(0.0, s.get(2), "no significant word");
  }

  @Test
  void sumBasicDoesNotRepeatWhatItHasChosen() {
    String text =
        "The river flooded the old town after three days of rain. "
            + "The river flooded the old town after three days of rain. "
            + "Volunteers filled sandbags at the school while the mayor asked for army help. "
            + "Insurance claims are expected to reach record levels this year.";
    for (Algorithm algorithm : List.of(Algorithm.SUMBASIC)) {
      List<Integer> two = chosen(algorithm, text, 2);
      assertEquals(2, two.size());
      assertTrue(!(two.contains(0) && two.contains(1)), algorithm + " chose the copy: " + two);
    }
  }

  @Test
  void sumBasicStartsWithTheSentenceOfTheMostProbableWords() {
    Map<Integer, Double> s = scores(Algorithm.SUMBASIC, Document.of(BEES));
    int best = s.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    assertTrue(best == 1 || best == 4, "a honey-and-beekeepers sentence first: " + s);
  }

  @Test
  void klSumCoversTheDocumentsMainWordsFirst() {
    List<Integer> one = chosen(Algorithm.KLSUM, BEES, 1);
    assertTrue(one.equals(List.of(1)) || one.equals(List.of(4)), one.toString());
  }

  @Test
  void edmundsonRewardsBonusWordsTitleWordsAndLocation() {
    String body =
        "The council met on Tuesday evening in the town hall.\n\n"
            + "The most important decision was to rebuild the harbour wall this year.\n\n"
            + "Perhaps the weather might hardly matter to the builders.\n\n"
            + "The harbour wall will close the beach for a month.\n\n"
            + "Residents can send comments until Friday.";
    Function<Document, Map<Integer, Double>> edmundson = d -> scores(Algorithm.EDMUNDSON, d);
    Map<Integer, Double> s = edmundson.apply(Document.of(body));
    // cue: sentence 1 has bonus words, sentence 2 stigma words; both are middle paragraphs
    assertTrue(s.get(1) > s.get(2), s.toString());
    // location: the first paragraph outranks a middle one without cue words
    assertTrue(s.get(0) > s.get(3), s.toString());
    // title: sharing the title's words lifts a sentence
    Map<Integer, Double> titled = edmundson.apply(Document.of("Beach closed for harbour works", body));
    assertTrue(titled.get(3) > s.get(3), titled + " vs " + s);
  }
}
